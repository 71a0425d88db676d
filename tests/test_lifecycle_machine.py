"""A hypothesis state machine over the lifecycle: any sequence of actions, by any role, with or without the
details they need. It proves that no sequence reaches an undefined state, skips a required form, changes a
dossier when an action is refused, or reschedules twice."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from hypothesis import event as event_note
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from forms.dossier import Dossier, DossierEvent
from forms.lifecycle import (
    TRANSITIONS,
    Action,
    LifecycleError,
    Role,
    SatisfactionLevel,
    allowed_actions,
    apply,
    create,
)
from forms.status import DossierStatus as S
from tests.lifecycle_fixtures import RECEIVED_AT, dossier


class Lifecycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.current: Dossier = dossier(S.NEW_ONLINE)
        self.events: list[DossierEvent] = []
        self.now: datetime = RECEIVED_AT

    @initialize(start=st.sampled_from(["online", "desk_receive", "desk_refuse"]))
    def start(self, start: str) -> None:
        if start == "online":
            self.current = dossier(S.NEW_ONLINE)
            return
        action = Action.RECEIVE if start == "desk_receive" else Action.REFUSE
        self.current, event = create(dossier(), action, actor="tn", role=Role.RECEPTION, at=self.now,
                                     reason="Không đủ điều kiện")
        self.events.append(event)

    @rule(
        action=st.sampled_from(list(Action)),
        role=st.sampled_from(list(Role)),
        minutes=st.integers(min_value=0, max_value=60 * 24 * 2),
        reason=st.sampled_from(["", "  ", "Thiếu giấy tờ"]),
        id_checked=st.booleans(),
        rating=st.sampled_from([None, 0, 1, 2, 3, 4]),
        due_shift=st.integers(min_value=-3, max_value=10),
    )
    def act(self, action: Action, role: Role, minutes: int, reason: str, id_checked: bool, rating: int | None,
            due_shift: int) -> None:
        self.now += timedelta(minutes=minutes)
        details: dict[str, Any] = {"id_checked": id_checked, "rating": rating}
        if action is Action.RECEIVE:
            details["due_at"] = self.now + timedelta(days=max(due_shift, 1))
        if action is Action.RESCHEDULE and self.current.effective_due_at is not None:
            details["new_due_at"] = self.current.effective_due_at + timedelta(days=due_shift)
        before = self.current
        try:
            new, event = apply(before, action, actor="canbo", role=role, at=self.now, reason=reason, **details)
        except LifecycleError as error:
            assert error.kind
            event_note(f"refused {action.value}: {error.kind}")
            assert self.current is before
            return
        transition = TRANSITIONS[(before.status, action)]
        # Never an undefined state.
        assert isinstance(new.status, S)
        # Never a skipped form: the event names exactly the form the table requires.
        assert event.form == (transition.form.value if transition.form else None)
        # The event is complete and attributed.
        assert (event.from_status, event.to_status, event.actor) == (before.status, new.status, "canbo")
        assert event.at == self.now and role in transition.roles
        if transition.reason_required:
            assert event.reason
        if action is Action.RETURN_RESULT:
            assert id_checked and rating in (1, 2, 3)
            assert SatisfactionLevel(event.changes["rating"]["level"]) == rating
        self.current = new
        self.events.append(event)
        event_note(f"reached {new.status.name} by {action.value}")

    @invariant()
    def rescheduled_at_most_once(self) -> None:
        apologies = [e for e in self.events if e.action == Action.RESCHEDULE.value]
        assert len(apologies) <= 1
        assert (self.current.rescheduled_due_at is not None) == bool(apologies)
        if apologies:
            assert apologies[0].form == "04"

    @invariant()
    def history_is_a_chain_of_table_rows(self) -> None:
        status: S | None = self.events[0].from_status if self.events else S.NEW_ONLINE
        for event in self.events:
            assert event.from_status == status
            assert (event.from_status, Action(event.action)) in TRANSITIONS
            status = event.to_status
        assert status == self.current.status

    @invariant()
    def final_statuses_offer_nothing(self) -> None:
        for role in Role:
            offered = allowed_actions(self.current, role)
            if self.current.status.is_final:
                assert offered == []

    @invariant()
    def returned_dossiers_went_through_the_whole_path(self) -> None:
        if self.current.status is S.RETURNED:
            actions = [e.action for e in self.events]
            assert Action.RESULT_READY.value in actions and self.current.returned_at is not None
            assert self.current.finished_at is not None

    @invariant()
    def due_dates_only_move_later(self) -> None:
        current = self.current
        if current.rescheduled_due_at is not None and current.due_at is not None:
            assert current.rescheduled_due_at > current.due_at


Lifecycle.TestCase.settings = settings(max_examples=300, stateful_step_count=30, deadline=None)
TestLifecycle = Lifecycle.TestCase
