"""The lifecycle table, walked cell by cell, and the rules that are more than a lookup."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from forms.calendar import CalendarOverride, WorkingCalendar
from forms.deadlines import Pause
from forms.dossier import Dossier, DossierEvent
from forms.lifecycle import (
    ACTION_LABELS,
    ROLE_LABELS,
    TRANSITIONS,
    Action,
    LifecycleError,
    PrintedForm,
    Role,
    SatisfactionLevel,
    Target,
    allowed_actions,
    apply,
    create,
    find_transition,
    pauses_from_events,
    required_form,
    transitions_between,
)
from forms.status import DossierStatus as S
from tests.lifecycle_fixtures import DUE_AT, RECEIVED_AT, dossier, moment_for, valid_details

ACTOR = "canbo.tiepnhan"


def _take(status: S | None, action: Action, role: Role) -> tuple[Dossier, DossierEvent]:
    details = valid_details(action)
    if status is None:
        return create(dossier(), action, actor=ACTOR, role=role, at=moment_for(action), **details)
    return apply(dossier(status), action, actor=ACTOR, role=role, at=moment_for(action), **details)


@pytest.mark.parametrize("status", [None, *S])
@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_every_cell_of_the_table(status: S | None, action: Action, role: Role) -> None:
    transition = TRANSITIONS.get((status, action))
    if transition is None or role not in transition.roles:
        with pytest.raises(LifecycleError) as caught:
            _take(status, action, role)
        assert caught.value.kind == ("illegal_transition" if transition is None else "forbidden_role")
        return
    new, event = _take(status, action, role)
    if transition.target is Target.SAME:
        expected = status
    elif transition.target is Target.RESUME:
        expected = S.PROCESSING  # the dossier has a due date: it was received before the request
    else:
        expected = transition.target
    assert new.status == expected
    assert (event.from_status, event.to_status) == (status, new.status)
    assert event.form == (transition.form.value if transition.form else None)
    assert event.action == action.value and event.actor == ACTOR and event.role == role.value
    assert event.at == moment_for(action)
    assert event.dossier_uuid == new.uuid
    if transition.reason_required:
        assert event.reason == "Thiếu bản sao giấy chứng sinh"


def test_the_table_covers_the_portal_statuses_and_needs_the_legal_forms() -> None:
    targets = {t.target for t in TRANSITIONS.values() if isinstance(t.target, S)}
    assert targets | {S.NEW_ONLINE} == set(S)
    assert required_form(None, Action.RECEIVE) is PrintedForm.RECEIPT
    assert required_form(S.NEW_ONLINE, Action.RECEIVE) is PrintedForm.RECEIPT
    assert required_form(S.NEW_ONLINE, Action.REFUSE) is PrintedForm.REFUSAL
    assert required_form(S.PROCESSING, Action.REQUEST_SUPPLEMENT) is PrintedForm.SUPPLEMENT
    assert required_form(S.PROCESSING, Action.RESCHEDULE) is PrintedForm.APOLOGY
    assert required_form(S.RECEIVED, Action.FORWARD) is PrintedForm.CONTROL
    assert required_form(S.RETURNED, Action.RECEIVE) is None
    for status in S:
        if status.is_final:
            assert not [key for key in TRANSITIONS if key[0] == status]


def test_the_illegal_action_message_names_the_action_and_the_status() -> None:
    with pytest.raises(LifecycleError) as caught:
        apply(dossier(S.PROCESSING), Action.RETURN_RESULT, actor=ACTOR, role=Role.RECEPTION, at=RECEIVED_AT,
              id_checked=True, rating=3)
    assert str(caught.value) == "Không thể 'trả kết quả' khi hồ sơ đang ở trạng thái 'Đang xử lý'"
    assert caught.value.kind == "illegal_transition"


def test_a_refused_action_changes_nothing() -> None:
    original = dossier(S.PROCESSING)
    snapshot = {f.name: getattr(original, f.name) for f in dataclasses.fields(original)}
    with pytest.raises(LifecycleError):
        apply(original, Action.STOP, actor=ACTOR, role=Role.PROCESSING, at=RECEIVED_AT)  # no reason
    with pytest.raises(LifecycleError):
        apply(original, Action.RESCHEDULE, actor=ACTOR, role=Role.HEAD, at=DUE_AT, reason="muộn",
              new_due_at=DUE_AT + timedelta(days=3))
    assert {f.name: getattr(original, f.name) for f in dataclasses.fields(original)} == snapshot
    assert original.status is S.PROCESSING and original.rescheduled_due_at is None


def test_forbidden_role_message() -> None:
    with pytest.raises(LifecycleError) as caught:
        find_transition(S.PROCESSING, Action.RESULT_READY, Role.RECEPTION)
    assert caught.value.kind == "forbidden_role"
    assert "Tiếp nhận và trả kết quả" in str(caught.value)


@pytest.mark.parametrize(("status", "action"), [
    (None, Action.REFUSE), (S.NEW_ONLINE, Action.REQUEST_SUPPLEMENT), (S.PROCESSING, Action.WITHDRAW),
    (S.PROCESSING, Action.STOP), (S.RECEIVED, Action.RESCHEDULE),
])
def test_reasons_are_required_where_the_law_wants_them(status: S | None, action: Action) -> None:
    details = {k: v for k, v in valid_details(action).items() if k != "reason"}
    target = dossier(status) if status else dossier()
    call = create if status is None else apply
    with pytest.raises(LifecycleError) as caught:
        call(target, action, actor=ACTOR, role=Role.ADMIN, at=moment_for(action), reason="   ", **details)
    assert caught.value.kind == "reason_required"


def test_an_actor_is_required() -> None:
    with pytest.raises(LifecycleError) as caught:
        apply(dossier(S.RECEIVED), Action.FORWARD, actor=" ", role=Role.RECEPTION, at=RECEIVED_AT)
    assert caught.value.kind == "actor_required"


def test_receiving_an_online_dossier_sets_reception_time_and_due_date() -> None:
    at = RECEIVED_AT + timedelta(days=1)
    new, event = apply(dossier(S.NEW_ONLINE), Action.RECEIVE, actor=ACTOR, role=Role.RECEPTION, at=at, due_at=DUE_AT)
    assert (new.status, new.received_at, new.due_at) == (S.RECEIVED, at, DUE_AT)
    assert event.form == "01" and event.changes["due_at"] == DUE_AT
    with pytest.raises(LifecycleError) as caught:
        apply(dossier(S.NEW_ONLINE), Action.RECEIVE, actor=ACTOR, role=Role.RECEPTION, at=at)
    assert caught.value.kind == "due_required"


def test_opening_at_the_desk() -> None:
    received, event = create(dossier(), Action.RECEIVE, actor=ACTOR, role=Role.RECEPTION, at=RECEIVED_AT)
    assert (received.status, event.from_status, event.to_status, event.form) == (S.RECEIVED, None, S.RECEIVED, "01")
    refused, event = create(dossier(), Action.REFUSE, actor=ACTOR, role=Role.RECEPTION, at=RECEIVED_AT,
                            reason="Không thuộc thẩm quyền")
    assert (refused.status, event.form, event.reason) == (S.REFUSED, "03", "Không thuộc thẩm quyền")
    with pytest.raises(LifecycleError):
        create(dossier(), Action.FORWARD, actor=ACTOR, role=Role.RECEPTION, at=RECEIVED_AT)


def test_supplement_goes_back_where_the_dossier_was() -> None:
    asked, event = apply(dossier(S.NEW_ONLINE), Action.REQUEST_SUPPLEMENT, actor=ACTOR, role=Role.RECEPTION,
                         at=RECEIVED_AT, reason="Ảnh chụp giấy chứng sinh bị mờ")
    assert (asked.status, event.form) == (S.SUPPLEMENT_REQUESTED, "02")
    back, _ = apply(asked, Action.SUPPLEMENT_RECEIVED, actor=ACTOR, role=Role.RECEPTION, at=RECEIVED_AT)
    assert back.status is S.NEW_ONLINE

    asked, _ = apply(dossier(S.PROCESSING), Action.REQUEST_SUPPLEMENT, actor="chuyenvien", role=Role.PROCESSING,
                     at=RECEIVED_AT, reason="Thiếu trích lục")
    later = DUE_AT + timedelta(days=3)
    back, event = apply(asked, Action.SUPPLEMENT_RECEIVED, actor=ACTOR, role=Role.RECEPTION,
                        at=RECEIVED_AT + timedelta(days=2), due_at=later)
    assert (back.status, back.due_at, event.changes["due_at"]) == (S.PROCESSING, later, later)


def test_return_needs_an_id_check_and_a_rating() -> None:
    ready = dossier(S.RESULT_READY)
    with pytest.raises(LifecycleError) as caught:
        apply(ready, Action.RETURN_RESULT, actor=ACTOR, role=Role.RECEPTION, at=DUE_AT, rating=3)
    assert caught.value.kind == "id_check_required"
    for bad in (None, 0, 4, "3", True):
        with pytest.raises(LifecycleError) as caught:
            apply(ready, Action.RETURN_RESULT, actor=ACTOR, role=Role.RECEPTION, at=DUE_AT, id_checked=True,
                  rating=bad)
        assert caught.value.kind == "rating_required"
    returned, event = apply(ready, Action.RETURN_RESULT, actor=ACTOR, role=Role.RECEPTION, at=DUE_AT,
                            id_checked=True, rating=SatisfactionLevel.SATISFIED,
                            criteria={"thai_do": 3, "dung_hen": 2}, comment=" Nhanh ", receiver="Trần Thị Bình")
    assert (returned.status, returned.returned_at) == (S.RETURNED, DUE_AT)
    assert event.changes["rating"] == {"level": 2, "scale": 3, "label": "Hài lòng",
                                       "criteria": {"thai_do": 3, "dung_hen": 2}, "comment": "Nhanh"}
    assert event.changes["receiver"] == "Trần Thị Bình"


def test_result_ready_records_the_end_of_processing() -> None:
    done, _ = apply(dossier(S.PROCESSING), Action.RESULT_READY, actor="cv", role=Role.PROCESSING, at=DUE_AT)
    assert done.finished_at == DUE_AT


def test_reschedule_once_at_least_a_working_day_ahead_to_a_later_date() -> None:
    new_due = DUE_AT + timedelta(days=7)
    moved, event = apply(dossier(S.PROCESSING), Action.RESCHEDULE, actor="ld", role=Role.HEAD,
                         at=RECEIVED_AT, reason="Cần xác minh thêm", new_due_at=new_due)
    assert (moved.status, moved.rescheduled_due_at, moved.effective_due_at, event.form) == (
        S.PROCESSING, new_due, new_due, "04")
    assert event.changes["old_due_at"] == DUE_AT
    with pytest.raises(LifecycleError) as caught:
        apply(moved, Action.RESCHEDULE, actor="ld", role=Role.HEAD, at=RECEIVED_AT, reason="Lần hai",
              new_due_at=new_due + timedelta(days=7))
    assert caught.value.kind == "reschedule" and "một lần" in str(caught.value)
    # On the due day itself (Monday 12/5) it is too late; Friday 9/5 is the last day.
    with pytest.raises(LifecycleError) as caught:
        apply(dossier(S.PROCESSING), Action.RESCHEDULE, actor="ld", role=Role.HEAD, at=DUE_AT - timedelta(hours=8),
              reason="Muộn", new_due_at=new_due)
    assert "ít nhất một ngày làm việc" in str(caught.value)
    with pytest.raises(LifecycleError):
        apply(dossier(S.PROCESSING), Action.RESCHEDULE, actor="ld", role=Role.HEAD, at=RECEIVED_AT,
              reason="Sớm hơn", new_due_at=DUE_AT - timedelta(days=1))
    assert Action.RESCHEDULE not in allowed_actions(moved, Role.HEAD)


def test_reschedule_uses_the_provinces_calendar_when_given() -> None:
    # With Friday 9/5 declared a day off, Thursday 8/5 is the last day for the apology.
    calendar = WorkingCalendar([CalendarOverride(DUE_AT.date() - timedelta(days=3), working=False)])
    friday = DUE_AT - timedelta(days=3)
    with pytest.raises(LifecycleError):
        apply(dossier(S.PROCESSING), Action.RESCHEDULE, actor="ld", role=Role.HEAD, at=friday, reason="x",
              new_due_at=DUE_AT + timedelta(days=7), calendar=calendar)
    moved, _ = apply(dossier(S.PROCESSING), Action.RESCHEDULE, actor="ld", role=Role.HEAD, at=friday, reason="x",
                     new_due_at=DUE_AT + timedelta(days=7))
    assert moved.rescheduled_due_at is not None


def test_allowed_actions_per_role() -> None:
    assert allowed_actions(dossier(S.RECEIVED), Role.RECEPTION) == [Action.FORWARD, Action.WITHDRAW]
    assert allowed_actions(dossier(S.PROCESSING), Role.PROCESSING) == [
        Action.REQUEST_SUPPLEMENT, Action.REQUEST_PAYMENT, Action.STOP, Action.RESULT_READY, Action.RESCHEDULE]
    assert allowed_actions(dossier(S.RESULT_READY), Role.RECEPTION) == [Action.RETURN_RESULT]
    assert allowed_actions(dossier(S.NEW_ONLINE), Role.PROCESSING) == []
    for status in S:
        for role in Role:
            offered = allowed_actions(dossier(status), role)
            assert all(find_transition(status, action, role) for action in offered)
            if status.is_final:
                assert offered == []


def test_transitions_between_statuses_for_sync() -> None:
    assert [t.action for t in transitions_between(S.RECEIVED, S.PROCESSING)] == [Action.FORWARD]
    assert {t.action for t in transitions_between(S.SUPPLEMENT_REQUESTED, S.PROCESSING)} == {
        Action.SUPPLEMENT_RECEIVED}
    assert transitions_between(S.RETURNED, S.PROCESSING) == ()
    assert transitions_between(S.RECEIVED, S.RESULT_READY) == ()


def test_pauses_from_events_feed_the_deadline() -> None:
    asked, e1 = apply(dossier(S.PROCESSING), Action.REQUEST_SUPPLEMENT, actor="cv", role=Role.PROCESSING,
                      at=RECEIVED_AT + timedelta(days=1), reason="Thiếu giấy tờ")
    _, e2 = apply(asked, Action.SUPPLEMENT_RECEIVED, actor=ACTOR, role=Role.RECEPTION,
                  at=RECEIVED_AT + timedelta(days=3))
    assert pauses_from_events([e2, e1]) == [Pause(e1.at, e2.at)]
    assert pauses_from_events([e1]) == [Pause(e1.at, None)]


def test_labels_are_vietnamese_and_complete() -> None:
    assert set(ACTION_LABELS) == set(Action) and set(ROLE_LABELS) == set(Role)
    assert Action.RETURN_RESULT.label == "trả kết quả"
    assert SatisfactionLevel.VERY_SATISFIED.label == "Rất hài lòng"
    assert SatisfactionLevel.DISSATISFIED.label == "Không hài lòng"
