"""Dossier histories for the report tests, written through the store's real write paths.

A `Case` says what happened to one dossier (reception, due time, how it ended, scans, rating) and which write
path records it: the counter's (`save_new`, then `record` for each step, `update_fields` for a later scan),
the sync engine's insert of a dossier already in its final state (`upsert_remote` with its events), or the
engine's two upserts (running, then final). `write_case` records it and returns the `DossierFacts` a person
would read off the history — computed here, independently of the database's triggers — for
`forms.reporting.tally`, the reference the SQL must agree with.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from forms.dossier import DocumentItem, DossierEvent
from forms.reporting import DossierFacts
from forms.status import Channel, DossierStatus
from sync.store import Rating, Store
from tests.store_fixtures import Clock, make_dossier

FIELDS: tuple[tuple[str, str], ...] = (
    ("ho-tich", "Hộ tịch"),
    ("chung-thuc", "Chứng thực"),
    ("dat-dai", "Đất đai"),
    ("", ""),  # a dossier the portal sent without its field
    ("ho-tich", "Hộ tịch, nuôi con nuôi"),  # the same field under an older catalogue name
)


class Outcome(StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    SUPPLEMENT = "supplement"
    RESULT_READY = "result_ready"
    RETURNED = "returned"
    RETURNED_NO_FINISH = "returned_no_finish"  # the portal knows only the return time
    STOPPED = "stopped"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"
    ONLINE_WAITING = "online_waiting"


class WritePath(StrEnum):
    COUNTER = "counter"  # save_new + record steps
    REMOTE_FINAL = "remote_final"  # one upsert_remote of the final state with its events
    REMOTE_STEPS = "remote_steps"  # upsert_remote running, then upsert_remote final


_FINAL_STATUS = {
    Outcome.RECEIVED: DossierStatus.RECEIVED,
    Outcome.PROCESSING: DossierStatus.PROCESSING,
    Outcome.SUPPLEMENT: DossierStatus.SUPPLEMENT_REQUESTED,
    Outcome.RESULT_READY: DossierStatus.RESULT_READY,
    Outcome.RETURNED: DossierStatus.RETURNED,
    Outcome.RETURNED_NO_FINISH: DossierStatus.RETURNED,
    Outcome.STOPPED: DossierStatus.STOPPED,
    Outcome.WITHDRAWN: DossierStatus.WITHDRAWN,
    Outcome.REFUSED: DossierStatus.REFUSED,
    Outcome.ONLINE_WAITING: DossierStatus.NEW_ONLINE,
}
_CLOSING = {Outcome.STOPPED: "stop", Outcome.WITHDRAWN: "withdraw", Outcome.RESULT_READY: "result_ready",
            Outcome.RETURNED: "return_result", Outcome.RETURNED_NO_FINISH: "return_result",
            Outcome.SUPPLEMENT: "request_supplement", Outcome.PROCESSING: "forward", Outcome.REFUSED: "refuse"}


@dataclass(frozen=True)
class Case:
    received_at: datetime
    due_after: timedelta
    outcome: Outcome
    end_after: timedelta = timedelta(hours=5)  # from reception to the end (or the last step)
    field: int = 0
    channel: Channel = Channel.AT_DESK
    rescheduled_by: timedelta | None = None
    path: WritePath = WritePath.COUNTER
    close_event: bool = True  # remote paths: the portal sent the event that closed the dossier
    training: bool = False
    scan_at_reception: bool = False
    result_scan: bool = False
    rating: int | None = None  # returned dossiers only
    rating_scale: int = 3
    rated_after: timedelta = timedelta(hours=1)  # from the return
    write_delay: timedelta = timedelta(minutes=30)  # from the last step to the moment it was written here

    @property
    def status(self) -> DossierStatus:
        return _FINAL_STATUS[self.outcome]


def _scan(store: Store, label: str) -> str:
    return store.add_attachment(f"scan {label}".encode(), mime="image/png", sensitive=False).sha256


def write_case(store: Store, clock: Clock, case: Case, index: int) -> DossierFacts:
    """Record the case through its write path; return the facts a person reads off its history."""
    code, name = FIELDS[case.field]
    received = case.received_at
    due = None if case.outcome is Outcome.ONLINE_WAITING else received + case.due_after
    rescheduled = due + case.rescheduled_by if due is not None and case.rescheduled_by is not None else None
    end = received + case.end_after
    status = case.status
    finished_at = end if case.outcome in (Outcome.RESULT_READY, Outcome.RETURNED) else None
    returned_at = None
    if case.outcome in (Outcome.RETURNED, Outcome.RETURNED_NO_FINISH):
        returned_at = end + timedelta(hours=2)
    link_times: list[datetime] = []
    documents = (DocumentItem(name="Tờ khai", received=True),)

    clock.now = received
    if case.scan_at_reception:
        documents = (DocumentItem(name="Tờ khai", received=True, attachment_sha256=(_scan(store, f"{index}-in"),)),)
    base = make_dossier(index, received_at=received, due_at=due, channel=case.channel, field_code=code,
                        field_name=name, training=case.training, documents=documents,
                        status=DossierStatus.RECEIVED)
    final_fields: dict[str, Any] = {"status": status, "finished_at": finished_at, "returned_at": returned_at,
                    "rescheduled_due_at": rescheduled}
    close_at = returned_at or end
    closing = _CLOSING.get(case.outcome)
    write_time = close_at + case.write_delay
    ended: datetime | None = finished_at or returned_at

    if case.path is WritePath.COUNTER and case.outcome not in (Outcome.ONLINE_WAITING,):
        saved = store.save_new(base, actor="lan")
        if case.scan_at_reception:
            link_times.append(received)
        current = saved
        if case.outcome in (Outcome.RETURNED, Outcome.RETURNED_NO_FINISH) and finished_at is not None:
            clock.now = end + timedelta(minutes=1)
            current = store.record(
                replace(current, status=DossierStatus.RESULT_READY, finished_at=finished_at),
                DossierEvent(current.uuid, "result_ready", "lan", end, from_status=current.status,
                             to_status=DossierStatus.RESULT_READY))
        if closing is not None:
            clock.now = write_time
            current = store.record(
                replace(current, **final_fields),
                DossierEvent(current.uuid, closing, "lan", close_at, from_status=current.status, to_status=status))
        elif case.rescheduled_by is not None:
            clock.now = write_time
            current = store.update_fields(replace(current, rescheduled_due_at=rescheduled), actor="lan")
        if status in (DossierStatus.STOPPED, DossierStatus.WITHDRAWN):
            ended = close_at
        uuid = current.uuid
    else:
        remote = replace(base, code=f"REMOTE-{index:06d}", **final_fields)
        create = DossierEvent(remote.uuid, "create", "portal", received, to_status=DossierStatus.RECEIVED)
        events = [create]
        if case.path is WritePath.REMOTE_STEPS:
            clock.now = received + timedelta(minutes=1)
            store.upsert_remote(replace(remote, status=DossierStatus.PROCESSING, finished_at=None, returned_at=None,
                                        rescheduled_due_at=None), [create])
            events = []
        if closing is not None and case.close_event:
            events.append(DossierEvent(remote.uuid, closing, "portal", close_at, to_status=status))
        clock.now = write_time
        stored = store.upsert_remote(remote, events)
        if case.scan_at_reception:
            # A remote path links the scan when it writes: the first upsert on the two-step path.
            link_times.append(received + timedelta(minutes=1) if case.path is WritePath.REMOTE_STEPS else write_time)
        if ended is None and status in (DossierStatus.STOPPED, DossierStatus.WITHDRAWN, DossierStatus.RESULT_READY,
                                        DossierStatus.RETURNED):
            ended = close_at if case.close_event else write_time
        uuid = stored.uuid

    if case.result_scan:
        clock.now = write_time + timedelta(minutes=5)
        current = store.get(uuid)
        extra = DocumentItem(name="Kết quả", received=True, attachment_sha256=(_scan(store, f"{index}-out"),))
        store.update_fields(replace(current, documents=(*current.documents, extra)), actor="lan")
        link_times.append(clock.now)
    rated_at = None
    if case.rating is not None and status is DossierStatus.RETURNED:
        rated_at = (returned_at or end) + case.rated_after
        clock.now = rated_at
        store.set_rating(uuid, Rating(level=case.rating, scale=case.rating_scale, rated_at=rated_at), actor="lan")

    return DossierFacts(
        field_code=code, field_name=name, channel=case.channel, status=status, received_at=received, due_at=due,
        rescheduled_due_at=rescheduled, ended_at=ended, training=case.training, digitised=bool(link_times),
        result_digitised=finished_at is not None and any(t >= finished_at for t in link_times),
        rating=case.rating if rated_at is not None else None, rating_scale=case.rating_scale, rated_at=rated_at,
    )
