"""`Store`: the desk's durable local dossier store (the package docstring lists the whole API).

This module holds opening and the dossier operations; the shared core is in `_base`, the outbox and
conflicts in `_outbox`, scans in `_files`, reference data, backups and checks in `_upkeep`.
"""

from __future__ import annotations

import builtins
import contextlib
import logging
import sqlite3
import uuid as uuid_mod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from types import TracebackType
from typing import Any

from forms.clock import now_vn
from forms.dossier import Dossier, DossierEvent, SyncState
from forms.dossier_code import is_valid_code, issue_code, parse_code, reception_day, validate_agency_code
from forms.i18n import N_
from sync.desk_profile import read_profile
from sync.layout import DataLayout
from sync.store import backup as backup_mod
from sync.store import queries, sequence_journal
from sync.store._base import STORE_ID_KEY, StoreBase, dossier_of
from sync.store._files import AttachmentsMixin
from sync.store._outbox import OutboxMixin
from sync.store._upkeep import UpkeepMixin
from sync.store.codec import (
    DOSSIER_COLUMNS,
    EVENT_COLUMNS,
    diff,
    dossier_to_row,
    dt_from_db,
    dt_to_db,
    event_from_row,
    json_dumps,
    json_loads,
)
from sync.store.connection import DEFAULT_BUSY_TIMEOUT_MS, connect, translate_os_error
from sync.store.errors import CorruptDatabase, DossierNotFound, NotAMotcuaDatabase, SchemaTooNew, StoreError
from sync.store.migrations import LATEST_VERSION, migrate, user_version
from sync.store.models import DossierFilter, DossierSummary, Rating
from sync.store.secrets import KeyProvider

log = logging.getLogger(__name__)

_COLS = ", ".join(DOSSIER_COLUMNS)


class Store(OutboxMixin, AttachmentsMixin, UpkeepMixin, StoreBase):
    """One open connection to the desk's database. Use from one thread at a time (see package docstring)."""

    @classmethod
    def open(
        cls,
        layout: DataLayout,
        *,
        clock: Callable[[], datetime] = now_vn,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        keys: KeyProvider | None = None,
        check: bool = True,
    ) -> Store:
        """Open (creating or upgrading) the database of the data folder `layout`.

        Runs `PRAGMA quick_check` (unless `check=False`): a damaged file raises `CorruptDatabase` naming the
        latest backup. Upgrading an existing database takes a "pre-migration" backup first.
        """
        path = layout.database
        try:
            layout.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise translate_os_error(exc, path) from exc
        existed = path.exists() and path.stat().st_size > 0
        try:
            conn = connect(path, busy_timeout_ms=busy_timeout_ms)
        except sqlite3.Error as exc:
            raise cls._typed(exc, layout, busy_timeout_ms) from exc
        store = cls(conn, layout, clock=clock, busy_timeout_ms=busy_timeout_ms, keys=keys)
        try:
            with store._faults():
                if check:
                    store._quick_check()
                store._upgrade(existed)
                store._probe_writable()
                store._ensure_store_id()
        except BaseException:
            conn.close()
            raise
        return store

    def _quick_check(self) -> None:
        rows = [r[0] for r in self._conn.execute("PRAGMA quick_check(3)")]
        if rows != ["ok"]:
            log.error("quick_check failed on the database (%d problem line(s))", len(rows))
            raise CorruptDatabase(self.path, backup_mod.latest_backup(self.layout), "; ".join(rows)[:300])

    def _upgrade(self, existed: bool) -> None:
        version = user_version(self._conn)
        if version > LATEST_VERSION:
            raise SchemaTooNew(
                N_("Cơ sở dữ liệu được tạo bởi phiên bản MotCua Desk mới hơn (lược đồ {found}, phần mềm này hiểu đến "
                   "{supported}); hãy cập nhật phần mềm."),
                found=version, supported=LATEST_VERSION,
            )
        if version == 0:
            tables = self._conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
            if tables:
                raise NotAMotcuaDatabase(
                    N_("Tệp {path} là một cơ sở dữ liệu khác, không phải của MotCua Desk"), path=str(self.path)
                )
        elif version < LATEST_VERSION and existed:
            self._take_backup("pre-migration")
        migrate(self._conn)

    def _probe_writable(self) -> None:
        # Find a read-only file or folder now, before the official types a whole dossier: a lock alone is
        # granted on a read-only file, only writing a page is refused. Rolled back, so nothing reaches disk.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._conn.execute("INSERT INTO settings (key, value, updated_at) VALUES ('store.write-probe', '', '')"
                               " ON CONFLICT (key) DO UPDATE SET value = value || ''")
        finally:
            self._conn.execute("ROLLBACK")

    def _ensure_store_id(self) -> None:
        if self.get_setting(STORE_ID_KEY) is None:
            self.set_setting(STORE_ID_KEY, str(uuid_mod.uuid4()))

    def close(self, *, backup: bool = False) -> None:
        """Close the connection; with `backup=True` take the "exit" backup first (the GUI does at exit)."""
        with self._lock:
            if self._closed:
                return
            try:
                if backup:
                    self.backup("exit")
            finally:
                self._closed = True
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA optimize")
                self._conn.close()
                if self._journal is not None:
                    with contextlib.suppress(OSError):
                        self._journal.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def save_new(self, dossier: Dossier, *, actor: str, role: str = "reception",
                 history: Sequence[DossierEvent] = (), rating: Rating | None = None) -> Dossier:
        """Record a dossier received at this desk: issue its code, write it, its "create" event and its outbox
        row in one transaction. Returns the stored dossier (code, revision 1, sync state).

        The code comes from this desk's block of the reception day's sequence (`forms.dossier_code`); a
        number is never issued twice, even if the dossier is later abandoned. Training dossiers are never
        queued for the portal. `history`: lifecycle events that already happened to this dossier (bulk
        imports, training data), written to the audit trail after the create event in the same
        transaction; `dossier` is then its state after them; `rating` the satisfaction already given.
        """
        if dossier.code:
            raise ValueError("save_new issues the code itself; portal dossiers go through upsert_remote")
        if any(event.dossier_uuid != dossier.uuid for event in history):
            raise ValueError("the history belongs to another dossier")
        if rating is not None:
            _check_rating(rating)
        profile = read_profile(self)
        agency = validate_agency_code(dossier.agency_code or profile.agency_code)
        now = self.now()
        day = reception_day(dossier.received_at).strftime("%Y-%m-%d")
        with self._write() as conn:
            row = conn.execute(
                "SELECT last FROM daily_sequences WHERE agency = ? AND day = ? AND desk = ?",
                (agency, day, profile.desk_number),
            ).fetchone()
            last: int | None = None if row is None else int(row[0])
            while True:
                code = issue_code(agency, dossier.received_at, profile.desk_number, last)
                last = code.number
                # A restored backup may lag behind codes already handed out: skip those, never reuse them.
                if conn.execute("SELECT 1 FROM dossiers WHERE code = ?", (str(code),)).fetchone() is None:
                    break
            if self._journal is None:
                self._journal = sequence_journal.open_for_append(sequence_journal.journal_path(self.layout.root))
            sequence_journal.append(self._journal, agency, day, profile.desk_number, code.number)
            conn.execute(
                "INSERT INTO daily_sequences (agency, day, desk, last, updated_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (agency, day, desk) DO UPDATE SET last = excluded.last, updated_at = excluded.updated_at",
                (agency, day, profile.desk_number, code.number, dt_to_db(now)),
            )
            stored = replace(
                dossier, code=str(code), agency_code=agency, revision=1,
                sync_state=SyncState.LOCAL if dossier.training else SyncState.PENDING,
            )
            self._insert_dossier(conn, stored, now)
            first_status = history[0].from_status if history else None
            event = DossierEvent(dossier_uuid=stored.uuid, action="create", actor=actor, role=role, at=now,
                                 from_status=None, to_status=first_status or stored.status)
            self._insert_event(conn, event, now)
            for past in history:
                self._insert_event(conn, past, now)
            self._link_attachments(conn, stored, now, new=True)
            if rating is not None:
                self._write_rating(conn, stored.uuid, rating, actor=actor, role=role, now=now)
                stored = replace(stored, revision=2)
            if not stored.training:
                extra = {"rating": _rating_document(rating, now)} if rating is not None else None
                self._enqueue(conn, "create", event, stored, now, extra=extra)
        return stored

    def record(self, new: Dossier, event: DossierEvent) -> Dossier:
        """Persist one lifecycle step (from `forms.lifecycle`): the new dossier, its event and its outbox row,
        atomically. `new.revision` must be the revision the caller read, else `StaleDossier`."""
        kind = "transition" if event.to_status is not None or event.from_status is not None else event.action
        return self._update(new, event, kind=kind)

    def update_fields(self, new: Dossier, *, actor: str, role: str = "reception", reason: str = "") -> Dossier:
        """Save an edit of a dossier's fields (not its status: that goes through `record`). The "edit" event
        lists each changed field with its old and new value. Nothing changed → nothing written."""
        with self._write() as conn:
            current = self._load(conn, new.uuid)
            if new.status != current.status:
                raise ValueError("a status change is a lifecycle action: use record()")
            changes = diff(current, replace(new, revision=current.revision, sync_state=current.sync_state))
            if not changes:
                if new.revision != current.revision:
                    raise self._stale(current.code, new.revision, current.revision)
                return current
            event = DossierEvent(dossier_uuid=new.uuid, action="edit", actor=actor, role=role, at=self.now(),
                                 reason=reason, changes=changes)
            return self._update(new, event, kind="edit")

    def _update(self, new: Dossier, event: DossierEvent, *, kind: str) -> Dossier:
        if event.dossier_uuid != new.uuid:
            raise ValueError("the event belongs to another dossier")
        now = self.now()
        with self._write() as conn:
            old = self._current_row(conn, new.uuid)
            if old["revision"] != new.revision:
                raise self._stale(old["code"], new.revision, old["revision"])
            if event.from_status is not None and int(event.from_status) != old["status"]:
                raise self._stale(old["code"], new.revision, old["revision"])
            if new.code != old["code"] or int(new.training) != old["training"]:
                raise ValueError("the code and the training flag of a dossier never change")
            stored = replace(new, revision=old["revision"] + 1, sync_state=SyncState(old["sync_state"]))
            row = dossier_to_row(stored, updated_at=now)
            # Only what changed is written: a lifecycle step touches a few columns, not the whole row.
            changed = {k: v for k, v in row.items() if k != "uuid" and old[k] != v}
            conn.execute(f"UPDATE dossiers SET {', '.join(f'{k} = ?' for k in changed)} WHERE uuid = ?",
                         (*changed.values(), stored.uuid))
            self._insert_event(conn, event, now)
            if "documents" in changed:
                self._link_attachments(conn, stored, now)
            if not stored.training:
                self._enqueue(conn, kind, event, stored, now)
            state = self._refresh_sync_state(conn, stored.uuid, stored.training)
        return replace(stored, sync_state=state)

    def set_rating(self, uuid: str, rating: Rating, *, actor: str, role: str = "reception") -> Dossier:
        """Record the citizen's satisfaction at return (stored offline, queued for the portal)."""
        _check_rating(rating)
        now = self.now()
        with self._write() as conn:
            current = self._load(conn, uuid)  # the whole dossier goes into the outbox payload
            event = self._write_rating(conn, uuid, rating, actor=actor, role=role, now=now)
            stored = replace(current, revision=current.revision + 1)
            if not current.training:
                self._enqueue(conn, "rating", event, stored, now, extra={"rating": _rating_document(rating, now)})
            state = self._refresh_sync_state(conn, uuid, current.training)
        return replace(stored, sync_state=state)

    def _write_rating(self, conn: sqlite3.Connection, uuid: str, rating: Rating, *, actor: str, role: str,
                      now: datetime) -> DossierEvent:
        conn.execute(
            "UPDATE dossiers SET rating = ?, rating_scale = ?, rating_comment = ?, rating_criteria = ?,"
            " rated_at = ?, revision = revision + 1, updated_at = ? WHERE uuid = ?",
            (rating.level, rating.scale, rating.comment, json_dumps(dict(rating.criteria)),
             dt_to_db(rating.rated_at or now), dt_to_db(now), uuid),
        )
        event = DossierEvent(dossier_uuid=uuid, action="rate", actor=actor, role=role, at=rating.rated_at or now,
                             changes={"rating": rating.level, "scale": rating.scale})
        self._insert_event(conn, event, now)
        return event

    def rating(self, uuid: str) -> Rating | None:
        with self._read():
            row = self._conn.execute(
                "SELECT rating, rating_scale, rating_comment, rating_criteria, rated_at FROM dossiers WHERE uuid = ?",
                (uuid,),
            ).fetchone()
        if row is None or row[0] is None:
            return None
        return Rating(level=int(row[0]), scale=int(row[1]), comment=row[2] or "",
                      criteria=json_loads(row[3]) or {}, rated_at=dt_from_db(row[4]))

    def upsert_remote(self, dossier: Dossier, events: Iterable[DossierEvent] = (), *,
                      portal_revision: int | None = None) -> Dossier:
        """Write a dossier as the portal has it (an online submission, a status set by the processing agency).

        No outbox row (it came from the portal). Events already present (same uuid) are skipped, so applying
        the same pull twice changes nothing. Call inside `transaction()` together with the new cursor.
        """
        now = self.now()
        with self._write() as conn:
            row = conn.execute("SELECT revision, training FROM dossiers WHERE uuid = ?", (dossier.uuid,)).fetchone()
            other = conn.execute("SELECT uuid FROM dossiers WHERE code = ?", (dossier.code,)).fetchone()
            if other is not None and other[0] != dossier.uuid:
                raise StoreError(N_("Mã hồ sơ {code} đã thuộc một hồ sơ khác trên bàn này"), code=dossier.code)
            if row is None:
                stored = replace(dossier, revision=1, sync_state=SyncState.SENT)
                self._insert_dossier(conn, stored, now)
            else:
                stored = replace(dossier, revision=int(row[0]) + 1, training=bool(row[1]))
                self._write_dossier(conn, stored, now)
            if portal_revision is not None:
                conn.execute("UPDATE dossiers SET portal_revision = ? WHERE uuid = ?", (portal_revision, dossier.uuid))
            for event in events:
                if conn.execute("SELECT 1 FROM events WHERE uuid = ?", (event.uuid,)).fetchone() is None:
                    self._insert_event(conn, event, now)
            self._link_attachments(conn, stored, now)
            state = self._refresh_sync_state(conn, stored.uuid, stored.training)
        return replace(stored, sync_state=state)

    def portal_revision(self, uuid: str) -> int | None:
        with self._read():
            row = self._conn.execute("SELECT portal_revision FROM dossiers WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def set_sync_state(self, uuid: str, state: SyncState) -> None:
        """Override a dossier's sync state (the engine normally lets `outbox_mark` derive it)."""
        with self._write() as conn:
            conn.execute("UPDATE dossiers SET sync_state = ? WHERE uuid = ?", (SyncState(state).value, uuid))

    def find(self, uuid: str) -> Dossier | None:
        with self._read():
            row = self._conn.execute(f"SELECT {_COLS} FROM dossiers WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else dossier_of(row)

    def get(self, uuid: str) -> Dossier:
        found = self.find(uuid)
        if found is None:
            raise DossierNotFound(N_("Không tìm thấy hồ sơ {code}"), code=uuid)
        return found

    def find_by_code(self, code: str) -> Dossier | None:
        text = code.strip()
        with self._read():
            row = self._conn.execute(f"SELECT {_COLS} FROM dossiers WHERE code = ?", (text,)).fetchone()
            if row is None and text.upper() != text:
                row = self._conn.execute(f"SELECT {_COLS} FROM dossiers WHERE code = ?", (text.upper(),)).fetchone()
        return None if row is None else dossier_of(row)

    def get_by_code(self, code: str) -> Dossier:
        found = self.find_by_code(code)
        if found is None:
            raise DossierNotFound(N_("Không tìm thấy hồ sơ {code}"), code=code.strip()[:60])
        return found

    def events(self, uuid: str) -> list[DossierEvent]:
        """The dossier's audit trail, oldest first."""
        with self._read():
            rows = self._conn.execute(
                f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE dossier_uuid = ? ORDER BY id", (uuid,)
            ).fetchall()
        return [event_from_row(dict(zip(EVENT_COLUMNS, r, strict=True))) for r in rows]

    def audit_log(self, *, since: datetime | None = None, limit: int = 500) -> list[DossierEvent]:
        """Every audit-trail entry (all dossiers and none), newest first."""
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
        params: list[Any] = []
        if since is not None:
            sql += " WHERE at >= ?"
            params.append(dt_to_db(since))
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        with self._read():
            rows = self._conn.execute(sql, params).fetchall()
        return [event_from_row(dict(zip(EVENT_COLUMNS, r, strict=True))) for r in rows]

    def list(self, filters: DossierFilter | None = None, limit: int = 50,
             offset: int = 0) -> builtins.list[DossierSummary]:
        """Dossiers, newest received first (most urgent first when filtering by due state)."""
        sql, params = queries.list_sql(filters, self.now(), limit, offset)
        with self._read():
            rows = self._conn.execute(sql, params).fetchall()
        return [queries.summary_from_row(r) for r in rows]

    def count(self, filters: DossierFilter | None = None) -> int:
        sql, params = queries.count_sql(filters, self.now())
        with self._read():
            return int(self._conn.execute(sql, params).fetchone()[0])

    def search(self, text: str, filters: DossierFilter | None = None, limit: int = 50,
               offset: int = 0) -> builtins.list[DossierSummary]:
        """Accent-insensitive search (đ = d) over code, applicant name, ID numbers, phone and procedure;
        every typed word must match the start of a word. A whole dossier code finds that dossier alone.
        Empty text lists instead."""
        tokens = queries.search_tokens(text)
        if not tokens:
            return self.list(filters, limit, offset)
        if is_valid_code(text) and offset == 0:
            # A whole code (typed or scanned from a receipt) means that dossier, not every prefix match.
            sql, params = queries.code_sql(parse_code(text), filters, self.now())
            with self._read():
                rows = self._conn.execute(sql, params).fetchall()
            if rows:
                return [queries.summary_from_row(r) for r in rows]
        sql, params = queries.search_sql(tokens, filters, self.now(), limit, offset)
        with self._read():
            rows = self._conn.execute(sql, params).fetchall()
        return [queries.summary_from_row(r) for r in rows]


def _check_rating(rating: Rating) -> None:
    if rating.scale not in (3, 5) or not 1 <= rating.level <= rating.scale:
        raise ValueError("rating level outside its scale")


def _rating_document(rating: Rating, now: datetime) -> dict[str, Any]:
    return {"level": rating.level, "scale": rating.scale, "comment": rating.comment,
            "criteria": dict(rating.criteria), "rated_at": dt_to_db(rating.rated_at or now)}
