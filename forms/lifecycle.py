"""The dossier lifecycle. Every transition rule lives in this module, in one table: `TRANSITIONS`.

For each (status, action) the table says the status it leads to, the roles that may take it, the printed
form it requires (01 receipt, 02 supplement request, 03 refusal, 04 apology and new date, 05 control slip)
and whether a reason must be written. Statuses are the national portal's codes (`forms.status`).

    apply(dossier, action, *, actor, role, at, reason="", **details) -> (new dossier, DossierEvent)
    create(draft, action, ...)         the same for a dossier opened at the desk (received or refused)
    allowed_actions(dossier, role)     what the GUI offers

An illegal action raises `LifecycleError` (Vietnamese, `kind` says why) and changes nothing: dossiers are
frozen, the new one is made with `dataclasses.replace`. Every accepted action produces exactly one event
naming the actor, the time, the reason, both statuses and the form. The revision is left to the store.

Rules that are not a plain table lookup, and why:
- supplement received (5 →): back to "Mới đăng ký" (1) when the dossier was asked to complete before it was
  ever received (it has no due date yet), else back to "Đang xử lý" (4). The clock stood still meanwhile;
  the caller passes the due date recomputed by `forms.deadlines` (`due_at=`) with `pauses_from_events`.
- reschedule (form 04): at most once per dossier, sent at least one working day before the due date, to a
  later date — `forms.deadlines.check_reschedule`.
- return of the result (9 → 10): the official must have checked the receiver's ID (`id_checked=True`) and
  records the satisfaction rating (`rating=` one of three levels; optional `criteria`, `comment`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import IntEnum, StrEnum
from types import MappingProxyType
from typing import Any, Final

from forms.calendar import WorkingCalendar
from forms.clock import as_vn
from forms.deadlines import Pause, RescheduleError, check_reschedule
from forms.dossier import Dossier, DossierEvent
from forms.errors import MotcuaError
from forms.i18n import N_
from forms.status import DossierStatus as S


class Role(StrEnum):
    RECEPTION = "reception"  # công chức tiếp nhận và trả kết quả (the one-stop desk)
    PROCESSING = "processing"  # công chức chuyên môn giải quyết hồ sơ
    HEAD = "head"  # lãnh đạo trung tâm
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.RECEPTION: N_("Tiếp nhận và trả kết quả"),
    Role.PROCESSING: N_("Giải quyết hồ sơ"),
    Role.HEAD: N_("Lãnh đạo trung tâm"),
    Role.ADMIN: N_("Quản trị"),
}


class Action(StrEnum):
    RECEIVE = "receive"
    REFUSE = "refuse"
    FORWARD = "forward"
    REQUEST_SUPPLEMENT = "request_supplement"
    SUPPLEMENT_RECEIVED = "supplement_received"
    REQUEST_PAYMENT = "request_payment"
    PAYMENT_RECEIVED = "payment_received"
    WITHDRAW = "withdraw"
    STOP = "stop"
    RESULT_READY = "result_ready"
    RETURN_RESULT = "return_result"
    RESCHEDULE = "reschedule"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: dict[Action, str] = {
    Action.RECEIVE: N_("tiếp nhận"),
    Action.REFUSE: N_("từ chối tiếp nhận"),
    Action.FORWARD: N_("chuyển cơ quan giải quyết"),
    Action.REQUEST_SUPPLEMENT: N_("yêu cầu bổ sung hồ sơ"),
    Action.SUPPLEMENT_RECEIVED: N_("nhận hồ sơ bổ sung"),
    Action.REQUEST_PAYMENT: N_("yêu cầu thực hiện nghĩa vụ tài chính"),
    Action.PAYMENT_RECEIVED: N_("xác nhận đã thực hiện nghĩa vụ tài chính"),
    Action.WITHDRAW: N_("rút hồ sơ theo yêu cầu"),
    Action.STOP: N_("dừng xử lý"),
    Action.RESULT_READY: N_("nhận kết quả giải quyết"),
    Action.RETURN_RESULT: N_("trả kết quả"),
    Action.RESCHEDULE: N_("xin lỗi và hẹn lại ngày trả"),
}


class PrintedForm(StrEnum):
    """The one-stop forms (Circular 01/2018/TT-VPCP, 03/2025/TT-VPCP), by their numbers."""

    RECEIPT = "01"
    SUPPLEMENT = "02"
    REFUSAL = "03"
    APOLOGY = "04"
    CONTROL = "05"


class SatisfactionLevel(IntEnum):
    """The counter's three-level rating (3 = the top; the store's Rating uses the same numbers)."""

    DISSATISFIED = 1
    SATISFIED = 2
    VERY_SATISFIED = 3

    @property
    def label(self) -> str:
        return SATISFACTION_LABELS[self]


SATISFACTION_LABELS: dict[SatisfactionLevel, str] = {
    SatisfactionLevel.VERY_SATISFIED: N_("Rất hài lòng"),
    SatisfactionLevel.SATISFIED: N_("Hài lòng"),
    SatisfactionLevel.DISSATISFIED: N_("Không hài lòng"),
}


class Target(StrEnum):
    """Targets that depend on the dossier rather than on the status alone (see the module docstring)."""

    SAME = "same"  # the status does not change (reschedule)
    RESUME = "resume"  # where the dossier was before the supplement request


@dataclass(frozen=True)
class Transition:
    action: Action
    source: S | None  # None: the dossier is being opened at the desk
    target: S | Target
    roles: frozenset[Role]
    form: PrintedForm | None = None
    reason_required: bool = False


_DESK = frozenset({Role.RECEPTION, Role.HEAD, Role.ADMIN})
_AGENCY = frozenset({Role.PROCESSING, Role.HEAD, Role.ADMIN})

# (sources, action, target, roles, form, reason required) — the whole lifecycle.
_ROWS: Final[tuple[tuple[tuple[S | None, ...], Action, S | Target, frozenset[Role], PrintedForm | None, bool], ...]] = (
    ((None, S.NEW_ONLINE), Action.RECEIVE, S.RECEIVED, _DESK, PrintedForm.RECEIPT, False),
    ((None, S.NEW_ONLINE), Action.REFUSE, S.REFUSED, _DESK, PrintedForm.REFUSAL, True),
    ((S.RECEIVED,), Action.FORWARD, S.PROCESSING, _DESK, PrintedForm.CONTROL, False),
    ((S.NEW_ONLINE,), Action.REQUEST_SUPPLEMENT, S.SUPPLEMENT_REQUESTED, _DESK, PrintedForm.SUPPLEMENT, True),
    ((S.PROCESSING,), Action.REQUEST_SUPPLEMENT, S.SUPPLEMENT_REQUESTED, _AGENCY, PrintedForm.SUPPLEMENT, True),
    ((S.SUPPLEMENT_REQUESTED,), Action.SUPPLEMENT_RECEIVED, Target.RESUME, _DESK, None, False),
    ((S.PROCESSING,), Action.REQUEST_PAYMENT, S.PAYMENT_REQUESTED, _AGENCY, None, False),
    ((S.PAYMENT_REQUESTED,), Action.PAYMENT_RECEIVED, S.PROCESSING, _DESK, None, False),
    ((S.NEW_ONLINE, S.RECEIVED, S.PROCESSING, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED),
     Action.WITHDRAW, S.WITHDRAWN, _DESK, None, True),
    ((S.PROCESSING, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED), Action.STOP, S.STOPPED, _AGENCY, None, True),
    ((S.PROCESSING,), Action.RESULT_READY, S.RESULT_READY, _AGENCY, None, False),
    ((S.RESULT_READY,), Action.RETURN_RESULT, S.RETURNED, _DESK, None, False),
    ((S.RECEIVED, S.PROCESSING, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED),
     Action.RESCHEDULE, Target.SAME, _AGENCY, PrintedForm.APOLOGY, True),
)

TRANSITIONS: Final[Mapping[tuple[S | None, Action], Transition]] = MappingProxyType({
    (source, action): Transition(action, source, target, roles, form, reason)
    for sources, action, target, roles, form, reason in _ROWS
    for source in sources
})


class LifecycleError(MotcuaError):
    """An action the lifecycle refuses; nothing was changed. `kind` says why."""

    kind = "lifecycle"

    def __init__(self, kind: str, template: str, /, **params: Any) -> None:
        super().__init__(template, **params)
        self.kind = kind


def _status_label(status: S | None) -> str:
    return status.label if status is not None else N_("Chưa tiếp nhận")


def find_transition(status: S | None, action: Action, role: Role) -> Transition:
    """The table's row for this status and action, if `role` may take it; `LifecycleError` otherwise."""
    transition = TRANSITIONS.get((status, action))
    if transition is None:
        raise LifecycleError("illegal_transition", N_("Không thể '{action}' khi hồ sơ đang ở trạng thái '{status}'"),
                             action=action.label, status=_status_label(status))
    if role not in transition.roles:
        raise LifecycleError("forbidden_role", N_("Vai trò '{role}' không được '{action}'"),
                             role=role.label, action=action.label)
    return transition


def _resume_status(dossier: Dossier) -> S:
    # A dossier asked to complete before reception has no due date yet: it goes back to wait for reception.
    return S.NEW_ONLINE if dossier.due_at is None else S.PROCESSING


def _datetime_detail(details: Mapping[str, Any], name: str) -> datetime | None:
    value = details.get(name)
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise LifecycleError("invalid_detail", N_("'{name}' phải là ngày giờ"), name=name)
    return as_vn(value)


def _rating(details: Mapping[str, Any]) -> dict[str, Any]:
    raw = details.get("rating")
    try:
        level = SatisfactionLevel(int(raw)) if isinstance(raw, int) and not isinstance(raw, bool) else None
    except ValueError:
        level = None
    if level is None:
        raise LifecycleError("rating_required",
                             N_("Cần ghi mức hài lòng của người nhận: Rất hài lòng, Hài lòng hoặc Không hài lòng"))
    criteria = details.get("criteria") or {}
    comment = details.get("comment") or ""
    if not isinstance(criteria, Mapping) or not isinstance(comment, str):
        raise LifecycleError("invalid_detail", N_("Tiêu chí đánh giá hoặc góp ý không hợp lệ"))
    return {"level": int(level), "scale": 3, "label": level.label, "criteria": dict(criteria),
            "comment": comment.strip()}


def _changes(transition: Transition, dossier: Dossier, at: datetime,
             details: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(fields of the new dossier, what the event records) for the action's own rules."""
    action = transition.action
    fields: dict[str, Any] = {}
    recorded: dict[str, Any] = {}
    if action is Action.RECEIVE:
        due = _datetime_detail(details, "due_at") or (dossier.due_at if transition.source is None else None)
        if due is None:
            raise LifecycleError("due_required", N_("Cần hạn trả kết quả khi tiếp nhận hồ sơ"))
        fields.update(due_at=due)
        if transition.source is S.NEW_ONLINE:
            fields.update(received_at=at)
        recorded.update(due_at=due)
    elif action is Action.SUPPLEMENT_RECEIVED:
        due = _datetime_detail(details, "due_at")
        if due is not None:
            fields.update(due_at=due)
            recorded.update(due_at=due)
    elif action is Action.RESULT_READY:
        fields.update(finished_at=at)
    elif action is Action.RETURN_RESULT:
        if details.get("id_checked") is not True:
            raise LifecycleError("id_check_required",
                                 N_("Phải kiểm tra giấy tờ tùy thân của người nhận trước khi trả kết quả"))
        fields.update(returned_at=at)
        recorded.update(id_checked=True, rating=_rating(details))
        receiver = details.get("receiver")
        if receiver:
            recorded.update(receiver=str(receiver))
    elif action is Action.RESCHEDULE:
        new_due = _datetime_detail(details, "new_due_at")
        current = dossier.effective_due_at
        if new_due is None or current is None:
            raise LifecycleError("due_required", N_("Cần ngày hẹn trả mới khi xin lỗi và hẹn lại"))
        calendar = details.get("calendar")
        try:
            check_reschedule(due=current, new_due=new_due, at=at,
                             calendar=calendar if isinstance(calendar, WorkingCalendar) else _default_calendar(),
                             already_rescheduled=dossier.rescheduled_due_at is not None)
        except RescheduleError as error:
            raise LifecycleError("reschedule", error.message.template, **error.message.params) from None
        fields.update(rescheduled_due_at=new_due)
        recorded.update(old_due_at=current, new_due_at=new_due)
    for key in ("to_unit", "receiver_unit", "amount", "note"):
        if details.get(key) not in (None, ""):
            recorded.setdefault(key, details[key])
    return fields, recorded


@functools.cache
def _default_calendar() -> WorkingCalendar:
    """The national calendar, for callers that do not pass the province's (`calendar=`)."""
    return WorkingCalendar()


def _take(dossier: Dossier, source: S | None, action: Action, *, actor: str, role: Role, at: datetime,
          reason: str, details: Mapping[str, Any]) -> tuple[Dossier, DossierEvent]:
    transition = find_transition(source, action, role)
    if not actor.strip():
        raise LifecycleError("actor_required", N_("Cần biết cán bộ thực hiện '{action}'"), action=action.label)
    reason = reason.strip()
    if transition.reason_required and not reason:
        raise LifecycleError("reason_required", N_("Cần ghi lý do khi '{action}'"), action=action.label)
    moment = as_vn(at)
    fields, recorded = _changes(transition, dossier, moment, details)
    if transition.target is Target.SAME:
        target = dossier.status
    elif transition.target is Target.RESUME:
        target = _resume_status(dossier)
    else:
        target = transition.target
    new = replace(dossier, status=target, **fields)
    event = DossierEvent(
        dossier_uuid=dossier.uuid,
        action=action.value,
        actor=actor,
        at=moment,
        from_status=source,
        to_status=target,
        role=role.value,
        reason=reason,
        changes=MappingProxyType(recorded),
        form=transition.form.value if transition.form else None,
    )
    return new, event


def apply(dossier: Dossier, action: Action, *, actor: str, role: Role, at: datetime, reason: str = "",
          **details: Any) -> tuple[Dossier, DossierEvent]:
    """Take `action` on `dossier`: the new dossier and its event, or `LifecycleError` with nothing changed.

    Details by action: receive `due_at`; supplement_received `due_at` (recomputed); reschedule `new_due_at`
    (and `calendar`); return_result `id_checked=True`, `rating`, optional `criteria`, `comment`, `receiver`;
    any action `to_unit`, `receiver_unit`, `amount`, `note` (recorded in the event for the control slip).
    """
    return _take(dossier, dossier.status, action, actor=actor, role=role, at=at, reason=reason, details=details)


def create(draft: Dossier, action: Action, *, actor: str, role: Role, at: datetime, reason: str = "",
           **details: Any) -> tuple[Dossier, DossierEvent]:
    """Open a dossier at the desk: receive it (form 01, status 2) or refuse it (form 03, status 3)."""
    return _take(draft, None, action, actor=actor, role=role, at=at, reason=reason, details=details)


def allowed_actions(dossier: Dossier, role: Role) -> list[Action]:
    """The actions the GUI offers this role for this dossier, in the table's order."""
    actions = [
        action for (source, action), transition in TRANSITIONS.items()
        if source == dossier.status and role in transition.roles
    ]
    if dossier.rescheduled_due_at is not None and Action.RESCHEDULE in actions:
        actions.remove(Action.RESCHEDULE)
    return actions


def transitions_between(before: S, after: S) -> tuple[Transition, ...]:
    """The rows that move a dossier from `before` to `after` (for sync: is a remote status change legal?)."""
    found: list[Transition] = []
    for (source, _), transition in TRANSITIONS.items():
        if source != before:
            continue
        target = transition.target
        if target == after or (target is Target.SAME and before == after) or (
                target is Target.RESUME and after in (S.NEW_ONLINE, S.PROCESSING)):
            found.append(transition)
    return tuple(found)


def pauses_from_events(events: Iterable[DossierEvent]) -> list[Pause]:
    """The supplement waits of a dossier's history, for `forms.deadlines.compute_deadline(pauses=...)`."""
    pauses: list[Pause] = []
    for event in sorted(events, key=lambda e: e.at):
        if event.action == Action.REQUEST_SUPPLEMENT.value:
            pauses.append(Pause(event.at))
        elif event.action == Action.SUPPLEMENT_RECEIVED.value and pauses and pauses[-1].resumed_at is None:
            pauses[-1] = Pause(pauses[-1].paused_at, event.at)
    return pauses


def required_form(status: S | None, action: Action) -> PrintedForm | None:
    transition = TRANSITIONS.get((status, action))
    return transition.form if transition else None
