"""The outbox the sync engine drains, and the conflicts it records (part of `Store`)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from forms.dossier import DossierEvent
from forms.i18n import N_
from sync.store._base import _IN_CHUNK, StoreBase
from sync.store.codec import dt_from_db, dt_to_db, json_dumps, json_loads
from sync.store.errors import StoreError
from sync.store.models import Conflict, OutboxItem, OutboxState, PushOutcome, PushResult

log = logging.getLogger(__name__)


_SETTLED_STATE = {
    PushOutcome.APPLIED: OutboxState.SENT, PushOutcome.DUPLICATE: OutboxState.SENT,
    PushOutcome.CONFLICT: OutboxState.CONFLICT, PushOutcome.REJECTED: OutboxState.REJECTED,
}


class OutboxMixin(StoreBase):
    def outbox_pending(self, limit: int = 100, *, after_id: int = 0) -> list[OutboxItem]:
        """The oldest changes not yet acknowledged by the portal, in the order they were made; `after_id`
        skips the rows up to that id (a push resumes after the rows it already has in flight)."""
        with self._read():
            rows = self._conn.execute(
                "SELECT id, event_uuid, dossier_uuid, kind, payload, created_at, state, attempts, last_error"
                " FROM outbox WHERE state = 'pending' AND id > ? ORDER BY id LIMIT ?", (after_id, limit)
            ).fetchall()
        return [
            OutboxItem(id=r[0], event_uuid=r[1], dossier_uuid=r[2], kind=r[3], payload=json_loads(r[4]),
                       created_at=dt_from_db(r[5]) or self.now(), state=OutboxState(r[6]), attempts=r[7],
                       last_error=r[8])
            for r in rows
        ]

    def outbox_mark(self, results: Iterable[PushResult]) -> None:
        """Record the portal's per-item answers in one transaction and update the dossiers' sync states.

        applied/duplicate → sent; conflict → conflict (the engine adds the `add_conflict` row in the same
        `transaction()`); rejected → rejected with the reason; retry → stays pending, attempts + 1.
        """
        now = dt_to_db(self.now())
        rows: list[tuple[str | None, str | None, str]] = []
        for result in results:
            outcome = PushOutcome(result.outcome)
            # retry: stays pending (and only if still pending); any other answer settles the row.
            state = None if outcome is PushOutcome.RETRY else _SETTLED_STATE[outcome].value
            rows.append((state, result.reason or None, result.event_uuid))
        if not rows:
            return
        with self._write() as conn:
            # One statement for both kinds keeps the answers' order when an event appears twice.
            conn.executemany(
                "UPDATE outbox SET state = coalesce(?1, state), attempts = attempts + 1, last_error = ?2,"
                " acknowledged_at = CASE WHEN ?1 IS NULL THEN acknowledged_at ELSE ?4 END"
                " WHERE event_uuid = ?3 AND (?1 IS NOT NULL OR state = 'pending')",
                [(*row, now) for row in rows])
            uuids = list(dict.fromkeys(row[2] for row in rows))
            touched: dict[str, bool] = {}
            for start in range(0, len(uuids), _IN_CHUNK):
                chunk = uuids[start:start + _IN_CHUNK]
                marks = ",".join("?" * len(chunk))
                touched.update(conn.execute(
                    "SELECT o.dossier_uuid, coalesce(d.training, 0) FROM outbox o"
                    f" LEFT JOIN dossiers d ON d.uuid = o.dossier_uuid WHERE o.event_uuid IN ({marks})", chunk))
            self._refresh_sync_states(conn, touched)

    def outbox_counts(self) -> dict[str, int]:
        with self._read():
            rows = self._conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
        counts = {s.value: 0 for s in OutboxState}
        counts.update({str(k): int(v) for k, v in rows})
        return counts

    def outbox_prune(self, acknowledged_before: datetime) -> int:
        """Delete sent rows acknowledged before the given time (the events stay in the audit trail)."""
        with self._write() as conn:
            cur = conn.execute("DELETE FROM outbox WHERE state = 'sent' AND acknowledged_at < ?",
                               (dt_to_db(acknowledged_before),))
            return cur.rowcount

    def add_conflict(self, dossier_uuid: str, local: Mapping[str, Any], remote: Mapping[str, Any],
                     fields: Sequence[str]) -> int:
        now = self.now()
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO conflicts (dossier_uuid, local, remote, fields, detected_at) VALUES (?, ?, ?, ?, ?)",
                (dossier_uuid, json_dumps(dict(local)), json_dumps(dict(remote)), json_dumps(list(fields)),
                 dt_to_db(now)),
            )
            training = conn.execute("SELECT training FROM dossiers WHERE uuid = ?", (dossier_uuid,)).fetchone()
            self._refresh_sync_state(conn, dossier_uuid, bool(training and training[0]))
            assert cur.lastrowid is not None
            return cur.lastrowid

    def conflicts(self, *, open_only: bool = True, dossier_uuid: str | None = None) -> list[Conflict]:
        sql = ("SELECT id, dossier_uuid, local, remote, fields, detected_at, resolved_at, resolution, resolved_by"
               " FROM conflicts")
        clauses: list[str] = []
        params: list[Any] = []
        if open_only:
            clauses.append("resolved_at IS NULL")
        if dossier_uuid is not None:
            clauses.append("dossier_uuid = ?")
            params.append(dossier_uuid)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        with self._read():
            rows = self._conn.execute(sql + " ORDER BY id", params).fetchall()
        return [
            Conflict(id=r[0], dossier_uuid=r[1], local=json_loads(r[2]), remote=json_loads(r[3]),
                     fields=tuple(json_loads(r[4]) or ()), detected_at=dt_from_db(r[5]) or self.now(),
                     resolved_at=dt_from_db(r[6]), resolution=r[7], resolved_by=r[8])
            for r in rows
        ]

    def resolve_conflict(self, conflict_id: int, *, resolution: str, resolved_by: str) -> None:
        """Record the official's choice ("keep_local", "take_remote", "merged", …), with an audit entry."""
        now = self.now()
        with self._write() as conn:
            row = conn.execute("SELECT dossier_uuid, resolved_at FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
            if row is None:
                raise StoreError(N_("Không tìm thấy xung đột số {id}"), id=conflict_id)
            if row[1] is not None:
                raise StoreError(N_("Xung đột số {id} đã được giải quyết"), id=conflict_id)
            conn.execute("UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?",
                         (dt_to_db(now), resolution, resolved_by, conflict_id))
            self._insert_event(conn, DossierEvent(dossier_uuid=row[0], action="resolve_conflict", actor=resolved_by,
                                                  at=now, changes={"conflict": conflict_id, "resolution": resolution}),
                               now)
            training = conn.execute("SELECT training FROM dossiers WHERE uuid = ?", (row[0],)).fetchone()
            self._refresh_sync_state(conn, row[0], bool(training and training[0]))
