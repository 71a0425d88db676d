"""The two-way sync engine: push the outbox, pull the portal's changes, fetch reference data.

Plain Python with no Qt: the GUI runs it in a worker (never on the GUI thread), the command line runs it
directly. It gives per-dossier sync states (pending, sent, conflict, rejected — derived by the store from the
outbox) and progress through callbacks, and it can be interrupted at any instant:
- a push is idempotent on the portal (by event UUID), and outbox rows are marked only after the portal's
  answer, in one local transaction with any conflict records: resending after a crash is answered
  `duplicate` (or the same conflict/refusal again), so nothing is applied twice or lost;
- a page of pulled changes is applied together with the new cursor in one local transaction: a crash
  before the commit re-pulls the same page, one after it continues from the next (exactly-once apply).

Merge rule: the portal's status wins over a desk transition not made from it; the receiving desk wins for
what it took in at the counter; each clash is kept with both versions in the conflicts table (`sync.merge`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from forms.clock import now_vn
from forms.dossier import Dossier, DossierEvent, SyncState
from forms.errors import MotcuaError
from forms.i18n import N_
from forms.status import Channel, DossierStatus
from sync.client import Change, NotLoggedIn, PortalClient, PortalRefused, PushOutcome, SyncError
from sync.contract.schema import ContractViolation, is_valid, validate
from sync.contract.transitions import Side, transition_problem
from sync.contract.wire import PortalDossier, WireError, dossier_to_wire, event_to_wire
from sync.credentials import load_credentials, normalise_url
from sync.layout import DataLayout
from sync.merge import differing_fields, merge_remote
from sync.store import AttachmentError, OutboxItem, PushResult, Store
from sync.store import PushOutcome as StoreOutcome
from sync.store.codec import dossier_from_dict, dossier_to_dict, event_from_dict

log = logging.getLogger(__name__)

SYNC_ACTOR = "dong-bo"  # the audit trail's actor for what the engine itself does
# Store settings shared with the GUI (desktop.settings.PORTAL_URL, desktop.sync_status).
PORTAL_URL_KEY = "portal_url"
LAST_SUCCESS_KEY = "sync/last_success"
REFERENCE_KINDS = ("catalogue", "calendar", "agencies")


class SyncStatus(StrEnum):
    OK = "ok"
    OFFLINE = "offline"  # the portal could not be reached; everything stays queued
    AUTH = "auth"  # no or wrong credentials
    INVALID_REPLY = "invalid_reply"  # the portal's replies kept breaking the contract
    SERVER = "server"  # the portal kept failing (5xx)
    REFUSED = "refused"  # the portal refused a request as a whole
    LOCAL = "local"  # the desk could not store what it received (disk full, …); nothing was lost
    CANCELLED = "cancelled"


class Phase(StrEnum):
    LOGIN = "login"
    PUSH = "push"
    PULL = "pull"
    REFERENCE = "reference"
    DONE = "done"


@dataclass(frozen=True)
class SyncProgress:
    phase: Phase
    done: int
    total: int | None  # None when unknown (the pull does not know how much is waiting)


@dataclass(frozen=True)
class DossierState:
    uuid: str
    code: str
    state: SyncState
    reason: str | None = None


@dataclass
class SyncReport:
    status: SyncStatus = SyncStatus.OK
    message: str = ""
    pushed: int = 0
    applied: int = 0
    duplicate: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    created: int = 0
    updated: int = 0
    reference: list[str] = field(default_factory=list)
    pending: int = 0
    open_conflicts: int = 0
    cursor: str = ""
    started_at: datetime = field(default_factory=now_vn)
    finished_at: datetime | None = None
    changed_dossiers: set[str] = field(default_factory=set)  # uuids whose local copy or sync state changed

    @property
    def ok(self) -> bool:
        return self.status is SyncStatus.OK

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status.value, "message": self.message, "pushed": self.pushed, "applied": self.applied,
            "duplicate": self.duplicate, "conflicts": self.conflicts, "rejected": self.rejected,
            "pulled": self.pulled, "created": self.created, "updated": self.updated,
            "reference": list(self.reference), "pending": self.pending, "open_conflicts": self.open_conflicts,
            "cursor": self.cursor, "started_at": self.started_at.isoformat(timespec="seconds"),
            "finished_at": None if self.finished_at is None else self.finished_at.isoformat(timespec="seconds"),
        }


_STATUS_OF_KIND = {
    "offline": SyncStatus.OFFLINE, "auth": SyncStatus.AUTH, "invalid_reply": SyncStatus.INVALID_REPLY,
    "server": SyncStatus.SERVER, "refused": SyncStatus.REFUSED,
}


class Cancelled(MotcuaError):
    kind = "cancelled"


@dataclass
class Hooks:
    """Test seams: called at the most dangerous instants (raise inside to simulate a crash there)."""

    after_push: Callable[[Sequence[PushOutcome]], None] | None = None  # the portal answered, nothing marked yet
    after_pull: Callable[[Sequence[Change]], None] | None = None  # a page arrived, nothing applied yet
    before_apply: Callable[[Change], None] | None = None  # inside the page's transaction, before each change


PUSH_WINDOW = 4  # batches read from the outbox at once
QUEUED = 2  # batches sent or waiting on the network thread while the oldest reply is recorded
MAX_BATCH = 500  # the contract's maxItems of a push


@dataclass
class _Prepared:
    rows: list[OutboxItem] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)


@dataclass
class _Flight:
    """A batch on its way: what was sent and the reply to come."""

    prepared: _Prepared
    reply: Future[list[PushOutcome]]


class _NotSent(Exception):
    """A batch queued behind one that failed is not sent (the failure is reported by that one)."""


def cursor_key(portal_url: str) -> str:
    """The cursor is per portal: pointing the desk at another portal starts that portal's feed afresh."""
    return f"sync.cursor:{normalise_url(portal_url)}"


def _local_event(outbox: OutboxItem) -> tuple[DossierEvent, Dossier]:
    return event_from_dict(outbox.payload["event"]), dossier_from_dict(outbox.payload["dossier"])


class SyncEngine:
    def __init__(self, store: Store, client: PortalClient, *, portal_url: str, batch_size: int = 200,
                 page_size: int = 500, on_progress: Callable[[SyncProgress], None] | None = None,
                 on_dossier: Callable[[DossierState], None] | None = None,
                 cancel: threading.Event | None = None, should_stop: Callable[[], bool] | None = None,
                 hooks: Hooks | None = None, reference: bool = True) -> None:
        self.store = store
        self.client = client
        self.portal_url = normalise_url(portal_url)
        self.batch_size = max(1, min(batch_size, MAX_BATCH))
        self.page_size = page_size
        self.on_progress = on_progress
        self.on_dossier = on_dossier
        self.cancel = cancel or threading.Event()
        self.should_stop = should_stop
        self.hooks = hooks or Hooks()
        self.reference = reference

    # ----- one pass ----------------------------------------------------------------------------------------
    def run_once(self) -> SyncReport:
        report = SyncReport()
        try:
            self._progress(Phase.LOGIN, 0, 1)
            self.client.ensure_login()
            self._push(report)
            self._pull(report)
            if self.reference:
                self._reference(report)
            self.store.set_setting(LAST_SUCCESS_KEY, now_vn().isoformat(timespec="seconds"))
            self._progress(Phase.DONE, 1, 1)
        except Cancelled as exc:
            report.status, report.message = SyncStatus.CANCELLED, str(exc)
        except SyncError as exc:
            report.status = _STATUS_OF_KIND.get(exc.kind, SyncStatus.REFUSED)
            report.message = str(exc)
            log.warning("sync stopped: %s", exc.kind)
        except MotcuaError as exc:  # the store could not write (disk full, locked, …): nothing half-done
            report.status, report.message = SyncStatus.LOCAL, str(exc)
            log.warning("sync stopped by the local store: %s", exc.kind)
        report.finished_at = now_vn()
        try:
            report.pending = self.store.outbox_counts().get("pending", 0)
            report.open_conflicts = len(self.store.conflicts(open_only=True))
            report.cursor = self.store.get_setting(cursor_key(self.portal_url)) or ""
        except MotcuaError:
            pass
        log.info("sync %s: pushed %d (applied %d, duplicate %d, conflict %d, rejected %d), pulled %d "
                 "(new %d, updated %d), %d pending", report.status.value, report.pushed, report.applied,
                 report.duplicate, report.conflicts, report.rejected, report.pulled, report.created,
                 report.updated, report.pending)
        return report

    def run_forever(self, interval_s: float, on_report: Callable[[SyncReport], None] | None = None,
                    max_backoff_s: float = 900.0) -> None:
        """Sync every `interval_s` seconds until `cancel` is set; waits longer while the portal is away."""
        failures = 0
        while not self.cancel.is_set():
            report = self.run_once()
            if on_report is not None:
                on_report(report)
            if report.status is SyncStatus.CANCELLED:
                return
            failures = 0 if report.ok else failures + 1
            self.cancel.wait(min(max_backoff_s, interval_s * (2 ** min(failures, 10))))

    def _progress(self, phase: Phase, done: int, total: int | None) -> None:
        if self.cancel.is_set() or (self.should_stop is not None and self.should_stop()):
            raise Cancelled(N_("Đã dừng đồng bộ theo yêu cầu"))
        if self.on_progress is not None:
            self.on_progress(SyncProgress(phase, done, total))

    def _announce(self, report: SyncReport, uuids: Iterable[str], reasons: Mapping[str, str] | None = None
                  ) -> None:
        unique = list(dict.fromkeys(uuids))
        report.changed_dossiers.update(unique)
        if self.on_dossier is None:
            return
        for uuid in unique:
            dossier = self.store.find(uuid)
            if dossier is not None:
                self.on_dossier(DossierState(uuid, dossier.code, dossier.sync_state, (reasons or {}).get(uuid)))

    # ----- push --------------------------------------------------------------------------------------------
    def _push(self, report: SyncReport) -> None:
        """Drain the outbox in batches, pipelined: while the portal applies one batch, the next is read,
        converted and queued behind it here, and the reply before it is recorded — so neither side waits
        for the other. Batches reach the portal in outbox order, one request at a time, and a batch is sent
        only once the one before it was answered (`_send_after`): after a failure nothing later is applied
        ahead of it. Replies are recorded in order."""
        total = self.store.outbox_counts().get("pending", 0)
        self._progress(Phase.PUSH, 0, total)
        batch_size = self.batch_size
        # Rows up to this id were sent (or refused here) during this pass: the next read starts after them,
        # so a row still in flight is neither sent twice nor decoded twice.
        resume_after = 0
        flights: deque[_Flight] = deque()
        network = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push")
        try:
            while True:
                window = self.store.outbox_pending(limit=batch_size * PUSH_WINDOW, after_id=resume_after)
                if not window and not flights:
                    return
                resume_after = window[-1].id if window else resume_after
                batches = [window[start:start + batch_size] for start in range(0, len(window), batch_size)]
                for batch in batches or [[]]:
                    prepared = self._prepare(batch, report)
                    if prepared.items:
                        self._upload_attachments(prepared.items)
                        previous = flights[-1].reply if flights else None
                        flights.append(_Flight(prepared, network.submit(self._send_after, previous, prepared.items)))
                    # QUEUED batches stay queued behind the one the portal is answering, so that it keeps
                    # working while this thread reads the next window or records a reply; at the end, drain.
                    if len(flights) > (QUEUED if window else 0):
                        try:
                            self._settle(flights[0], report, total)
                        except PortalRefused as exc:
                            if exc.status != 413 or batch_size == 1:
                                raise
                            # The portal wants smaller requests: every batch from this one on again, halved
                            # (those queued behind it were not sent: see `_send_after`).
                            resume_after = min(row.id for flight in flights for row in flight.prepared.rows) - 1
                            for flight in flights:
                                flight.reply.exception()
                            flights.clear()
                            batch_size = max(1, batch_size // 2)
                            break
                        flights.popleft()
        finally:
            network.shutdown(wait=True, cancel_futures=True)

    def _send_after(self, previous: Future[list[PushOutcome]] | None, items: Sequence[Mapping[str, Any]]
                    ) -> list[PushOutcome]:
        """Push `items` once the batch before them was answered (on the single network thread, it was)."""
        if previous is not None and previous.exception() is not None:
            raise _NotSent()
        return self.client.push(items)

    def _prepare(self, batch: Sequence[OutboxItem], report: SyncReport) -> _Prepared:
        """The batch as contract items; rows the contract cannot carry are refused here, on their own row."""
        prepared = _Prepared()
        local_refusals: list[PushResult] = []
        converted: list[tuple[OutboxItem, dict[str, Any] | Exception]] = []
        for outbox in batch:
            try:
                event, dossier = _local_event(outbox)
                wire_event = event_to_wire(event, code=dossier.code)
                if "rating" in outbox.payload:
                    wire_event["ThayDoi"] = {**wire_event["ThayDoi"], "danh_gia": _plain(outbox.payload["rating"])}
                converted.append((outbox, {"SuKien": wire_event, "HoSo": dossier_to_wire(dossier)}))
            except (KeyError, ValueError, TypeError) as exc:
                converted.append((outbox, exc))
        # One validation of the whole request; item by item only to find the culprits of a failure.
        whole_batch_valid = is_valid("PushRequest", {"items": [c for _, c in converted if isinstance(c, dict)]})
        for outbox, item in converted:
            try:
                if isinstance(item, Exception):
                    raise item
                if not whole_batch_valid:
                    validate("PushItem", item)
            except (ContractViolation, KeyError, ValueError, TypeError) as exc:
                # This dossier cannot be described in the contract (e.g. a name over 200 characters): refuse
                # it here with the reason on its row, instead of blocking every other dossier behind it.
                where = exc.where if isinstance(exc, ContractViolation) else type(exc).__name__
                reason = N_("Dữ liệu hồ sơ không đúng hợp đồng đồng bộ (trường {where}); hãy sửa hồ sơ").format(
                    where=where)
                local_refusals.append(PushResult(outbox.event_uuid, StoreOutcome.REJECTED, reason))
                prepared.reasons[outbox.dossier_uuid] = reason
                log.warning("outbox item %d not sendable: %s", outbox.id, where)
                continue
            prepared.items.append(item)
            prepared.rows.append(outbox)
        if local_refusals:
            self.store.outbox_mark(local_refusals)
            report.rejected += len(local_refusals)
            self._announce(report, (r.dossier_uuid for r in batch if r not in prepared.rows), prepared.reasons)
        return prepared

    def _settle(self, flight: _Flight, report: SyncReport, total: int) -> None:
        """Wait for the portal's answer to one batch and record it in one local transaction."""
        outcomes = flight.reply.result()
        if self.hooks.after_push is not None:
            self.hooks.after_push(outcomes)
        sent, reasons = flight.prepared.rows, flight.prepared.reasons
        results: list[PushResult] = []
        # Every event of this batch is settled by this reply, so none of them counts as "still waiting"
        # when a conflict decides whether the portal's status may be taken.
        settled = frozenset(o.event_uuid for o in sent)
        with self.store.transaction():
            for outbox, outcome in zip(sent, outcomes, strict=True):
                if outcome.result == "conflict":
                    assert outcome.portal is not None  # the client refuses a conflict without the portal's version
                    self._take_conflict(outbox, outcome.portal, outcome.reason_code, settled)
                if outcome.reason_message:
                    reasons[outbox.dossier_uuid] = outcome.reason_message
                results.append(PushResult(outbox.event_uuid, StoreOutcome(outcome.result),
                                          outcome.reason_message or ""))
            self.store.outbox_mark(results)
        for outcome in outcomes:
            report.pushed += 1
            if outcome.result == "applied":
                report.applied += 1
            elif outcome.result == "duplicate":
                report.duplicate += 1
            elif outcome.result == "conflict":
                report.conflicts += 1
            else:
                report.rejected += 1
        self._announce(report, (o.dossier_uuid for o in sent), reasons)
        self._progress(Phase.PUSH, report.pushed + report.rejected, max(total, report.pushed + report.rejected))

    def _take_conflict(self, outbox: OutboxItem, remote: PortalDossier, reason_code: str | None,
                       settled: frozenset[str]) -> None:
        """Keep both versions, then adopt the portal's where it is authoritative (inside the caller's transaction)."""
        local = self.store.find(outbox.dossier_uuid)
        if local is None:
            return
        pending_transition, pending_edit = self._pending_kinds(local.uuid, settled=settled)
        merged = merge_remote(local, remote, me=self.client.username, pending_transition=pending_transition,
                              pending_edit=pending_edit)
        self.store.add_conflict(local.uuid, dossier_to_dict(local), dossier_to_dict(remote.dossier),
                                differing_fields(local, remote.dossier))
        self.store.audit(local.uuid, "sync_conflict", SYNC_ACTOR, {"reason": reason_code or "",
                                                                    "portal_revision": remote.revision})
        if merged is not local:
            self.store.upsert_remote(replace(merged, sync_state=SyncState.CONFLICT),
                                     portal_revision=remote.revision)
        log.info("conflict on dossier %s (%s)", local.code, reason_code)

    def _pending_kinds(self, dossier_uuid: str, *, settled: frozenset[str] = frozenset()) -> tuple[bool, bool]:
        """(a status change is waiting, another change is waiting) in this dossier's outbox, not counting
        the events a reply in hand has just settled."""
        rows = self.store.connection.execute(
            "SELECT event_uuid, kind FROM outbox WHERE dossier_uuid = ? AND state = 'pending'", (dossier_uuid,),
        ).fetchall()
        kinds = {kind for event_uuid, kind in rows if event_uuid not in settled}
        return "transition" in kinds, bool(kinds - {"transition"})

    def _upload_attachments(self, items: Sequence[Mapping[str, Any]]) -> None:
        wanted = {sha: item["HoSo"]["UUID"] for item in items for doc in item["HoSo"]["TaiLieuNop"]
                  for sha in doc["TepDinhKem"]}
        for sha, dossier_uuid in wanted.items():
            info = self.store.attachment_info(sha)
            if info is None:
                log.warning("attachment %s… referenced but not stored on this desk", sha[:12])
                continue
            offset, complete = self.client.attachment_offset(sha)
            if complete:
                continue
            try:
                data = self.store.read_attachment(sha, actor=SYNC_ACTOR, dossier_uuid=dossier_uuid)
            except AttachmentError as exc:
                log.warning("attachment %s… unreadable: %s", sha[:12], exc.kind)
                continue
            del offset

            def read(start: int, size: int, data: bytes = data) -> bytes:
                return data[start:start + size]

            self.client.upload_attachment(sha, len(data), read)

    # ----- pull --------------------------------------------------------------------------------------------
    def _pull(self, report: SyncReport) -> None:
        key = cursor_key(self.portal_url)
        done = 0
        self._progress(Phase.PULL, 0, None)
        while True:
            cursor = self.store.get_setting(key) or ""
            page = self.client.changes(cursor, self.page_size)
            if self.hooks.after_pull is not None:
                self.hooks.after_pull(page.changes)
            touched: list[str] = []
            with self.store.transaction():
                for change in page.changes:
                    if self.hooks.before_apply is not None:
                        self.hooks.before_apply(change)
                    outcome = self._apply(change)
                    touched.append(change.portal.dossier.uuid)
                    if outcome == "created":
                        report.created += 1
                    elif outcome in ("updated", "conflict"):
                        report.updated += 1
                        report.conflicts += outcome == "conflict"
                self.store.set_setting(key, page.next_cursor)
            report.pulled += len(page.changes)
            done += len(page.changes)
            self._announce(report, touched)
            self._progress(Phase.PULL, done, None)
            if not page.has_more or not page.changes:
                return

    def _apply(self, change: Change) -> str:
        remote = change.portal
        events = [change.event] if change.event is not None else []
        local = self.store.find(remote.dossier.uuid)
        if local is None:
            if remote.dossier.channel != Channel.ONLINE:
                # The portal only sends other desks' at-counter dossiers by mistake; never adopt them.
                log.warning("pulled change %s for an unknown at-counter dossier ignored", change.seq)
                return "ignored"
            self.store.upsert_remote(remote.dossier, events, portal_revision=remote.revision)
            return "created"
        pending_transition, pending_edit = self._pending_kinds(local.uuid)
        merged = merge_remote(local, remote, me=self.client.username, pending_transition=pending_transition,
                              pending_edit=pending_edit)
        if merged is local and not events:
            return "unchanged"
        if merged.status != local.status and not _lawful_move(local.status, merged.status):
            # The portal is authoritative for the status, but a step the lifecycle does not know is not taken
            # in silence: the official finds both versions in the conflict inbox.
            self.store.add_conflict(local.uuid, dossier_to_dict(local), dossier_to_dict(remote.dossier),
                                    differing_fields(local, remote.dossier))
            self.store.audit(local.uuid, "sync_conflict", SYNC_ACTOR,
                             {"reason": "unlawful_transition", "from": int(local.status),
                              "to": int(merged.status)})
            log.warning("pulled status change %d → %d of %s is not in the lifecycle; kept as a conflict",
                        local.status, merged.status, local.code)
            self.store.upsert_remote(merged, events, portal_revision=remote.revision)
            return "conflict"
        self.store.upsert_remote(merged, events, portal_revision=remote.revision)
        return "updated"

    # ----- reference data ----------------------------------------------------------------------------------
    def _reference(self, report: SyncReport) -> None:
        fetchers: dict[str, Callable[[], list[Mapping[str, Any]]]] = {
            "catalogue": self.client.catalogue, "calendar": self.client.calendar, "agencies": self.client.agencies,
        }
        for index, kind in enumerate(REFERENCE_KINDS):
            self._progress(Phase.REFERENCE, index, len(REFERENCE_KINDS))
            items = [dict(item) for item in fetchers[kind]()]
            text = json.dumps(items, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            version = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
            if version not in self.store.reference_versions(kind):
                self.store.put_reference(kind, version, {"items": items})
                report.reference.append(kind)
        self._progress(Phase.REFERENCE, len(REFERENCE_KINDS), len(REFERENCE_KINDS))


def _lawful_move(before: DossierStatus, after: DossierStatus) -> bool:
    """Whether some side (a desk, the processing agency, the citizen) may make this move (forms.lifecycle)."""
    return any(transition_problem(before, after, side) is None for side in Side)


def _plain(value: Any) -> Any:
    """JSON-ready copy (the store's rating has a datetime)."""
    try:
        return json.loads(json.dumps(value, ensure_ascii=False, default=str))
    except (TypeError, ValueError) as exc:
        raise WireError("danh_gia") from exc


_PHASE_TEXT = {
    Phase.LOGIN: N_("Đăng nhập cổng"), Phase.PUSH: N_("Gửi hồ sơ lên cổng"), Phase.PULL: N_("Nhận thay đổi từ cổng"),
    Phase.REFERENCE: N_("Cập nhật danh mục"), Phase.DONE: N_("Đồng bộ xong"),
}


def run_once(layout: DataLayout, portal_url: str, *, progress: Callable[[int, int | None, str], None] | None = None,
             should_stop: Callable[[], bool] | None = None, client: PortalClient | None = None) -> SyncReport:
    """One pass for a worker thread: opens its own store connection and the desk's credentials.

    `progress(done, total, text)` receives the phase in Vietnamese; `should_stop()` is polled between steps.
    """
    def relay(step: SyncProgress) -> None:
        if progress is not None:
            progress(step.done, step.total, _PHASE_TEXT[step.phase])

    with Store.open(layout) as store:
        if client is None:
            credentials = load_credentials(layout, portal_url)
            if credentials is None:
                report = SyncReport(status=SyncStatus.AUTH, message=str(NotLoggedIn(normalise_url(portal_url))))
                report.finished_at = now_vn()
                return report
            client = PortalClient(normalise_url(portal_url), credentials)
        with client:
            engine = SyncEngine(store, client, portal_url=portal_url, on_progress=relay, should_stop=should_stop)
            return engine.run_once()
