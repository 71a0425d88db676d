"""`Store`: the desk's durable local dossier store (see the package docstring for the whole API)."""

from __future__ import annotations

import builtins
import contextlib
import itertools
import logging
import sqlite3
import threading
import uuid as uuid_mod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from forms.clock import as_vn, now_vn
from forms.dossier import Dossier, DossierEvent, SyncState
from forms.dossier_code import is_valid_code, issue_code, parse_code, reception_day, validate_agency_code
from forms.i18n import N_
from sync.desk_profile import read_profile
from sync.layout import DataLayout
from sync.store import backup as backup_mod
from sync.store import queries
from sync.store.attachments import AttachmentFiles, is_sha256
from sync.store.codec import (
    DOSSIER_COLUMNS,
    EVENT_COLUMNS,
    diff,
    dossier_from_row,
    dossier_to_dict,
    dossier_to_row,
    dt_from_db,
    dt_to_db,
    event_from_row,
    event_to_dict,
    event_to_row,
    json_dumps,
    json_loads,
)
from sync.store.connection import (
    DEFAULT_BUSY_TIMEOUT_MS,
    connect,
    is_corruption,
    translate,
    translate_os_error,
)
from sync.store.errors import (
    AttachmentError,
    BackupInfo,
    CorruptDatabase,
    DossierNotFound,
    NotAMotcuaDatabase,
    SchemaTooNew,
    StaleDossier,
    StoreError,
)
from sync.store.migrations import LATEST_VERSION, migrate, user_version
from sync.store.models import (
    AttachmentInfo,
    Conflict,
    DossierFilter,
    DossierSummary,
    OutboxItem,
    OutboxState,
    PushOutcome,
    PushResult,
    Rating,
    ReferenceDocument,
)
from sync.store.secrets import KeyProvider, KeyringKeys, load_or_create_key

log = logging.getLogger(__name__)

STORE_ID_KEY = "store.id"
BACKUP_KEEP_KEY = "backup.keep"
BACKUP_SECOND_FOLDER_KEY = "backup.second_folder"
SYNC_CURSOR_KEY = "sync.cursor"
ORPHAN_GRACE = timedelta(hours=1)

_savepoints = itertools.count(1)


class Store:
    """One open connection to the desk's database. Use from one thread at a time (see package docstring)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        layout: DataLayout,
        *,
        clock: Callable[[], datetime] = now_vn,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        keys: KeyProvider | None = None,
    ) -> None:
        self._conn = conn
        self.layout = layout
        self.path = layout.database
        self._clock = clock
        self._busy_timeout_ms = busy_timeout_ms
        self._keys: KeyProvider = keys if keys is not None else KeyringKeys()
        self._lock = threading.RLock()
        self._closed = False
        self._files = AttachmentFiles(layout.attachments, self._attachment_key)

    # ------------------------------------------------------------------------------------------ opening

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

    @staticmethod
    def _typed(exc: sqlite3.Error, layout: DataLayout, busy_timeout_ms: int) -> StoreError:
        if is_corruption(exc):
            return CorruptDatabase(layout.database, backup_mod.latest_backup(layout), str(exc))
        typed = translate(exc, layout.database, busy_timeout_ms)
        if typed is not None:
            return typed
        return StoreError(N_("Lỗi cơ sở dữ liệu: {detail}"), detail=str(exc))

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
        # Find a read-only file or folder now, before the official types a whole dossier.
        self._conn.execute("BEGIN IMMEDIATE")
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

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for `sync.accounts` and read-only report queries. Autocommit mode.

        Do not hold it across threads, and do not call functions that commit (`with conn:`) inside
        `transaction()`.
        """
        return self._conn

    # ------------------------------------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def _faults(self) -> Iterator[None]:
        """Disk, lock and corruption failures become typed errors; anything else (a bug) passes unchanged."""
        try:
            yield
        except sqlite3.Error as exc:
            if is_corruption(exc):
                log.error("database corruption detected (sqlite code %s)", getattr(exc, "sqlite_errorcode", "?"))
                raise CorruptDatabase(self.path, backup_mod.latest_backup(self.layout), str(exc)) from exc
            typed = translate(exc, self.path, self._busy_timeout_ms)
            if typed is None:
                raise
            log.warning("store fault %s", typed.kind)
            raise typed from exc
        except OSError as exc:
            typed = translate_os_error(exc, self.path)
            log.warning("store fault %s (errno %s)", typed.kind, exc.errno)
            raise typed from exc

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit: its own BEGIN IMMEDIATE … COMMIT, or a savepoint inside `transaction()`."""
        with self._lock, self._faults():
            conn = self._conn
            if conn.in_transaction:
                name = f"sp{next(_savepoints)}"
                conn.execute(f"SAVEPOINT {name}")
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:
                        conn.execute(f"ROLLBACK TO {name}")
                        conn.execute(f"RELEASE {name}")
                    raise
                conn.execute(f"RELEASE {name}")
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """`BEGIN IMMEDIATE` … `COMMIT` around several store calls (the sync engine applies a pulled batch
        and its cursor together). Store writes inside become savepoints; any exception rolls back all."""
        with self._write():
            yield self

    def _read(self) -> contextlib.AbstractContextManager[None]:
        return _ReadGuard(self)

    def now(self) -> datetime:
        return as_vn(self._clock())

    # ------------------------------------------------------------------------------------------ settings

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._read():
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (key, str(value), dt_to_db(self.now())),
            )

    def delete_setting(self, key: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    def settings(self, prefix: str = "") -> dict[str, str]:
        with self._read():
            rows = self._conn.execute(
                "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ? ORDER BY key", (len(prefix), prefix)
            ).fetchall()
        return {str(k): str(v) for k, v in rows}

    def sync_cursor(self) -> str | None:
        return self.get_setting(SYNC_CURSOR_KEY)

    def set_sync_cursor(self, cursor: str) -> None:
        self.set_setting(SYNC_CURSOR_KEY, cursor)

    @property
    def store_id(self) -> str:
        value = self.get_setting(STORE_ID_KEY)
        assert value is not None  # made at open
        return value

    # ------------------------------------------------------------------------------------------ writes

    def save_new(self, dossier: Dossier, *, actor: str, role: str = "reception") -> Dossier:
        """Record a dossier received at this desk: issue its code, write it, its "create" event and its outbox
        row in one transaction. Returns the stored dossier (code, revision 1, sync state).

        The code comes from this desk's block of the reception day's sequence (`forms.dossier_code`); a
        number is never issued twice, even if the dossier is later abandoned. Training dossiers are never
        queued for the portal.
        """
        if dossier.code:
            raise ValueError("save_new issues the code itself; portal dossiers go through upsert_remote")
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
            event = DossierEvent(dossier_uuid=stored.uuid, action="create", actor=actor, role=role, at=now,
                                 from_status=None, to_status=stored.status)
            self._insert_event(conn, event, now)
            self._link_attachments(conn, stored, now)
            if not stored.training:
                self._enqueue(conn, "create", event, stored, now)
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
                    raise self._stale(current, new.revision)
                return current
            event = DossierEvent(dossier_uuid=new.uuid, action="edit", actor=actor, role=role, at=self.now(),
                                 reason=reason, changes=changes)
            return self._update(new, event, kind="edit")

    def _update(self, new: Dossier, event: DossierEvent, *, kind: str) -> Dossier:
        if event.dossier_uuid != new.uuid:
            raise ValueError("the event belongs to another dossier")
        now = self.now()
        with self._write() as conn:
            current = self._load(conn, new.uuid)
            if current.revision != new.revision:
                raise self._stale(current, new.revision)
            if event.from_status is not None and event.from_status != current.status:
                raise self._stale(current, new.revision)
            if new.code != current.code or new.training != current.training:
                raise ValueError("the code and the training flag of a dossier never change")
            stored = replace(new, revision=current.revision + 1, sync_state=current.sync_state)
            self._write_dossier(conn, stored, now)
            self._insert_event(conn, event, now)
            self._link_attachments(conn, stored, now)
            if not stored.training:
                self._enqueue(conn, kind, event, stored, now)
            state = self._refresh_sync_state(conn, stored.uuid, stored.training)
        return replace(stored, sync_state=state)

    def set_rating(self, uuid: str, rating: Rating, *, actor: str, role: str = "reception") -> Dossier:
        """Record the citizen's satisfaction at return (stored offline, queued for the portal)."""
        if not 1 <= rating.level <= rating.scale or rating.scale not in (3, 5):
            raise ValueError("rating level outside its scale")
        now = self.now()
        rated_at = rating.rated_at or now
        with self._write() as conn:
            current = self._load(conn, uuid)
            conn.execute(
                "UPDATE dossiers SET rating = ?, rating_scale = ?, rating_comment = ?, rating_criteria = ?,"
                " rated_at = ?, revision = revision + 1, updated_at = ? WHERE uuid = ?",
                (rating.level, rating.scale, rating.comment, json_dumps(dict(rating.criteria)), dt_to_db(rated_at),
                 dt_to_db(now), uuid),
            )
            event = DossierEvent(dossier_uuid=uuid, action="rate", actor=actor, role=role, at=now,
                                 changes={"rating": rating.level, "scale": rating.scale})
            self._insert_event(conn, event, now)
            stored = replace(current, revision=current.revision + 1)
            if not current.training:
                self._enqueue(conn, "rating", event, stored, now,
                              extra={"rating": {"level": rating.level, "scale": rating.scale,
                                                "comment": rating.comment, "criteria": dict(rating.criteria),
                                                "rated_at": dt_to_db(rated_at)}})
            state = self._refresh_sync_state(conn, uuid, current.training)
        return replace(stored, sync_state=state)

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

    def audit(self, dossier_uuid: str | None, action: str, actor: str, details: Mapping[str, Any] | None = None,
              *, role: str = "") -> DossierEvent:
        """Add an audit-trail entry for an action that changes nothing: view, print, reprint, export, open a
        scan, log in… (Law 91/2025: keep who viewed, printed, exported). Not sent to the portal."""
        now = self.now()
        event = DossierEvent(dossier_uuid=dossier_uuid or "", action=action, actor=actor, role=role, at=now,
                             changes=dict(details or {}))
        with self._write() as conn:
            self._insert_event(conn, event, now)
        return event

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

    # ------------------------------------------------------------------------------------------ reads

    def find(self, uuid: str) -> Dossier | None:
        with self._read():
            row = self._conn.execute(f"SELECT {_COLS} FROM dossiers WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else _dossier(row)

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
        return None if row is None else _dossier(row)

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

    # ------------------------------------------------------------------------------------------ outbox

    def outbox_pending(self, limit: int = 100) -> list[OutboxItem]:
        """The oldest changes not yet acknowledged by the portal, in the order they were made."""
        with self._read():
            rows = self._conn.execute(
                "SELECT id, event_uuid, dossier_uuid, kind, payload, created_at, state, attempts, last_error"
                " FROM outbox WHERE state = 'pending' ORDER BY id LIMIT ?", (limit,)
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
        touched: set[str] = set()
        with self._write() as conn:
            for result in results:
                outcome = PushOutcome(result.outcome)
                if outcome is PushOutcome.RETRY:
                    cur = conn.execute(
                        "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE event_uuid = ? AND state = 'pending'"
                        " RETURNING dossier_uuid", (result.reason or None, result.event_uuid))
                else:
                    state = {
                        PushOutcome.APPLIED: OutboxState.SENT, PushOutcome.DUPLICATE: OutboxState.SENT,
                        PushOutcome.CONFLICT: OutboxState.CONFLICT, PushOutcome.REJECTED: OutboxState.REJECTED,
                    }[outcome]
                    cur = conn.execute(
                        "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, acknowledged_at = ?"
                        " WHERE event_uuid = ? RETURNING dossier_uuid",
                        (state.value, result.reason or None, now, result.event_uuid))
                touched.update(r[0] for r in cur.fetchall())
            for dossier_uuid in touched:
                training = conn.execute("SELECT training FROM dossiers WHERE uuid = ?", (dossier_uuid,)).fetchone()
                self._refresh_sync_state(conn, dossier_uuid, bool(training and training[0]))

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

    # ------------------------------------------------------------------------------------------ conflicts

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

    # ------------------------------------------------------------------------------------------ reference data

    def put_reference(self, kind: str, version: str, document: Any) -> None:
        """Keep a version of reference data (catalogue, calendar overrides, agency list) as pulled."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO reference_data (kind, version, document, received_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (kind, version) DO UPDATE SET document = excluded.document,"
                " received_at = excluded.received_at",
                (kind, version, json_dumps(document), dt_to_db(self.now())),
            )

    def get_reference(self, kind: str, version: str | None = None) -> ReferenceDocument | None:
        """A given version, or the most recently received one."""
        sql = "SELECT kind, version, document, received_at FROM reference_data WHERE kind = ?"
        params: list[Any] = [kind]
        if version is not None:
            sql += " AND version = ?"
            params.append(version)
        sql += " ORDER BY received_at DESC, version DESC LIMIT 1"
        with self._read():
            row = self._conn.execute(sql, params).fetchone()
        if row is None:
            return None
        return ReferenceDocument(kind=row[0], version=row[1], document=json_loads(row[2]),
                                 received_at=dt_from_db(row[3]) or self.now())

    def reference_versions(self, kind: str) -> list[str]:
        with self._read():
            rows = self._conn.execute(
                "SELECT version FROM reference_data WHERE kind = ? ORDER BY received_at DESC", (kind,)
            ).fetchall()
        return [r[0] for r in rows]

    # ------------------------------------------------------------------------------------------ attachments

    def _attachment_key(self, create: bool) -> bytes:
        return load_or_create_key(self._keys, self.store_id, create=create)

    def add_attachment(self, data: bytes, *, mime: str, original_name: str = "", sensitive: bool = True) -> AttachmentInfo:
        """Store a scan durably (encrypted unless `sensitive=False`) and return its info; reference it from a
        `DocumentItem.attachment_sha256` in the next save. Unreferenced scans are removed after an hour."""
        now = self.now()
        with self._lock, self._faults():
            sha = self._files.write(data, encrypt_it=sensitive)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO attachments (sha256, size, mime, encrypted, original_name, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                (sha, len(data), mime, int(sensitive), original_name, dt_to_db(now)),
            )
        info = self.attachment_info(sha)
        assert info is not None
        return info

    def attachment_info(self, sha256: str) -> AttachmentInfo | None:
        with self._read():
            row = self._conn.execute(
                "SELECT sha256, size, mime, encrypted, original_name, created_at FROM attachments WHERE sha256 = ?",
                (sha256,),
            ).fetchone()
        if row is None:
            return None
        return AttachmentInfo(sha256=row[0], size=row[1], mime=row[2], encrypted=bool(row[3]),
                              original_name=row[4], created_at=dt_from_db(row[5]) or self.now())

    def read_attachment(self, sha256: str, *, actor: str, dossier_uuid: str | None = None, role: str = "") -> bytes:
        """The original bytes of a scan (decrypted, hash-checked). Opening a scan is audited."""
        info = self.attachment_info(sha256)
        if info is None:
            raise AttachmentError(N_("Không có tệp quét {sha} trong cơ sở dữ liệu"), sha=sha256[:12])
        with self._lock, self._faults():
            data = self._files.read(sha256, encrypted=info.encrypted)
        self.audit(dossier_uuid, "open_attachment", actor, {"sha256": sha256}, role=role)
        return data

    def dossier_attachments(self, uuid: str) -> list[AttachmentInfo]:
        with self._read():
            rows = self._conn.execute("SELECT sha256 FROM dossier_attachments WHERE dossier_uuid = ? ORDER BY linked_at",
                                      (uuid,)).fetchall()
        infos = [self.attachment_info(r[0]) for r in rows]
        return [i for i in infos if i is not None]

    def clean_orphan_attachments(self, *, grace: timedelta = ORPHAN_GRACE) -> int:
        """Remove scans no dossier references (rows and files), and files without a row, once older than
        `grace`. Returns how many contents were removed."""
        cutoff = self.now() - grace
        removed = 0
        with self._write() as conn:
            rows = conn.execute(
                "SELECT sha256 FROM attachments a WHERE created_at < ? AND NOT EXISTS"
                " (SELECT 1 FROM dossier_attachments l WHERE l.sha256 = a.sha256)", (dt_to_db(cutoff),)
            ).fetchall()
            for (sha,) in rows:
                conn.execute("DELETE FROM attachments WHERE sha256 = ?", (sha,))
            known = {r[0] for r in conn.execute("SELECT sha256 FROM attachments")}
        # Files go after the rows are gone (committed): a crash in between leaves files without rows, which
        # the next run removes; never a row without its file.
        for (sha,) in rows:
            self._files.remove(sha)
            removed += 1
        limit = cutoff.timestamp()
        for sha, path in list(self._files.stored()):
            if sha in known:
                continue
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
        for tmp in list(self._files.stale_temporaries(grace.total_seconds())):
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        if removed:
            log.info("removed %d orphan attachment(s)", removed)
        return removed

    # ------------------------------------------------------------------------------------------ backups

    def backup(self, reason: str = "manual", *, target: Path | None = None) -> backup_mod.BackupResult:
        """An online backup: rotating into `backups/` (and the second folder when set), or to `target`."""
        with self._lock, self._faults():
            if target is not None:
                backup_mod.copy_database(self._conn, target)
                info = BackupInfo(path=target, taken_at=self.now().replace(microsecond=0),
                                             reason=reason, size=target.stat().st_size)
                return backup_mod.BackupResult(info)
            return self._take_backup(reason)

    def _take_backup(self, reason: str) -> backup_mod.BackupResult:
        keep_text = self.get_setting(BACKUP_KEEP_KEY) if reason != "pre-migration" else None
        keep = int(keep_text) if keep_text and keep_text.isdigit() and int(keep_text) > 0 else backup_mod.DEFAULT_KEEP
        second = self.get_setting(BACKUP_SECOND_FOLDER_KEY) if reason != "pre-migration" else None
        return backup_mod.take_backup(
            self._conn, self.layout, reason=reason, now=self.now(), keep=keep,
            second_folder=Path(second) if second else None,
        )

    def backup_if_due(self) -> backup_mod.BackupResult | None:
        """Take today's "daily" backup unless one exists (the GUI calls this at start and every hour)."""
        today = self.now().date()
        for info in backup_mod.list_backups(self.layout.backups):
            if info.reason == "daily" and info.taken_at.date() == today:
                return None
        return self.backup("daily")

    # ------------------------------------------------------------------------------------------ maintenance

    def purge_training(self) -> int:
        """Delete every training dossier with its events, links and conflicts; real data is untouched."""
        with self._write() as conn:
            uuids = [r[0] for r in conn.execute("SELECT uuid FROM dossiers WHERE training = 1")]
            for chunk_start in range(0, len(uuids), 500):
                chunk = uuids[chunk_start:chunk_start + 500]
                marks = ",".join("?" * len(chunk))
                for table in ("events", "outbox", "dossier_attachments", "conflicts"):
                    conn.execute(f"DELETE FROM {table} WHERE dossier_uuid IN ({marks})", chunk)
                conn.execute(f"DELETE FROM dossiers WHERE uuid IN ({marks}) AND training = 1", chunk)
        log.info("purged %d training dossier(s)", len(uuids))
        return len(uuids)

    def integrity_problems(self) -> list[str]:
        """A full check for `motcua db check`: SQLite's integrity and foreign keys, the search index against
        the dossiers, the audit trail and outbox against the dossiers, the scans against their files."""
        problems: list[str] = []
        with self._lock, self._faults():
            conn = self._conn
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
            if rows != ["ok"]:
                problems.extend(f"integrity_check: {r}" for r in rows)
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
                problems.append(f"foreign_key_check: {table} row {rowid} → {parent}")
            try:
                conn.execute("INSERT INTO dossier_fts(dossier_fts, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                problems.append(f"search index: {exc}")
            missing_create = conn.execute(
                "SELECT count(*) FROM dossiers d WHERE NOT EXISTS"
                " (SELECT 1 FROM events e WHERE e.dossier_uuid = d.uuid)"
            ).fetchone()[0]
            if missing_create:
                problems.append(f"{missing_create} dossier(s) without any event in the audit trail")
            unqueued = conn.execute(
                "SELECT count(*) FROM dossiers d WHERE d.training = 0 AND d.channel != 2 AND d.portal_revision IS NULL"
                " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_uuid = d.uuid)"
                " AND d.sync_state = 'pending'"
            ).fetchone()[0]
            if unqueued:
                problems.append(f"{unqueued} dossier(s) pending without an outbox row")
            for (sha, encrypted) in conn.execute("SELECT sha256, encrypted FROM attachments").fetchall():
                if not self._files.path_for(sha).exists():
                    problems.append(f"attachment {sha[:12]}… missing its file")
                elif not encrypted:
                    try:
                        self._files.read(sha, encrypted=False)
                    except AttachmentError:
                        problems.append(f"attachment {sha[:12]}… content does not match its hash")
        return problems

    # ------------------------------------------------------------------------------------------ internals

    def _load(self, conn: sqlite3.Connection, uuid: str) -> Dossier:
        row = conn.execute(f"SELECT {_COLS} FROM dossiers WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise DossierNotFound(N_("Không tìm thấy hồ sơ {code}"), code=uuid)
        return _dossier(row)

    @staticmethod
    def _stale(current: Dossier, seen: int) -> StaleDossier:
        return StaleDossier(
            N_("Hồ sơ {code} vừa được thay đổi ở nơi khác (phiên bản {seen} → {now}); hãy mở lại hồ sơ rồi "
               "thực hiện lại."),
            code=current.code, seen=seen, now=current.revision,
        )

    @staticmethod
    def _insert_dossier(conn: sqlite3.Connection, dossier: Dossier, now: datetime) -> None:
        row = dossier_to_row(dossier, updated_at=now)
        row["created_at"] = dt_to_db(now)
        columns = ", ".join(row)
        conn.execute(f"INSERT INTO dossiers ({columns}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))

    @staticmethod
    def _write_dossier(conn: sqlite3.Connection, dossier: Dossier, now: datetime) -> None:
        row = dossier_to_row(dossier, updated_at=now)
        uuid = row.pop("uuid")
        sets = ", ".join(f"{k} = ?" for k in row)
        conn.execute(f"UPDATE dossiers SET {sets} WHERE uuid = ?", (*row.values(), uuid))

    @staticmethod
    def _insert_event(conn: sqlite3.Connection, event: DossierEvent, now: datetime) -> None:
        row = event_to_row(event)
        row["recorded_at"] = dt_to_db(now)
        conn.execute(f"INSERT INTO events ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                     tuple(row.values()))

    @staticmethod
    def _enqueue(conn: sqlite3.Connection, kind: str, event: DossierEvent, dossier: Dossier, now: datetime,
                 extra: Mapping[str, Any] | None = None) -> None:
        payload: dict[str, Any] = {"event": event_to_dict(event), "dossier": dossier_to_dict(dossier)}
        payload.update(extra or {})
        conn.execute(
            "INSERT INTO outbox (event_uuid, dossier_uuid, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)",
            (event.uuid, dossier.uuid, kind, json_dumps(payload), dt_to_db(now)),
        )

    def _link_attachments(self, conn: sqlite3.Connection, dossier: Dossier, now: datetime) -> None:
        wanted = {sha for item in dossier.documents for sha in item.attachment_sha256}
        have = {r[0] for r in conn.execute("SELECT sha256 FROM dossier_attachments WHERE dossier_uuid = ?",
                                           (dossier.uuid,))}
        for sha in sorted(wanted - have):
            if not is_sha256(sha) or conn.execute("SELECT 1 FROM attachments WHERE sha256 = ?", (sha,)).fetchone() is None:
                raise AttachmentError(N_("Tệp quét {sha} chưa được lưu; hãy quét hoặc đính kèm lại"), sha=sha[:12])
            conn.execute("INSERT INTO dossier_attachments (dossier_uuid, sha256, linked_at) VALUES (?, ?, ?)",
                         (dossier.uuid, sha, dt_to_db(now)))
        for sha in have - wanted:
            conn.execute("DELETE FROM dossier_attachments WHERE dossier_uuid = ? AND sha256 = ?", (dossier.uuid, sha))

    @staticmethod
    def _refresh_sync_state(conn: sqlite3.Connection, uuid: str, training: bool) -> SyncState:
        """The rule, in one place: training → local; an open conflict → conflict; something still queued →
        pending (a newer change supersedes a refused one); the portal's latest answer was a refusal →
        rejected; otherwise → sent."""
        if training:
            state = SyncState.LOCAL
        elif conn.execute("SELECT 1 FROM conflicts WHERE dossier_uuid = ? AND resolved_at IS NULL LIMIT 1",
                          (uuid,)).fetchone():
            state = SyncState.CONFLICT
        else:
            latest = conn.execute(
                "SELECT state FROM outbox WHERE dossier_uuid = ? AND state != 'pending' ORDER BY id DESC LIMIT 1",
                (uuid,),
            ).fetchone()
            pending = conn.execute("SELECT 1 FROM outbox WHERE dossier_uuid = ? AND state = 'pending' LIMIT 1",
                                   (uuid,)).fetchone()
            if pending:
                state = SyncState.PENDING
            elif latest is not None and latest[0] == OutboxState.REJECTED.value:
                state = SyncState.REJECTED
            else:
                state = SyncState.SENT
        conn.execute("UPDATE dossiers SET sync_state = ? WHERE uuid = ? AND sync_state != ?",
                     (state.value, uuid, state.value))
        return state


    # ------------------------------------------------------------------------------------------ lists
    # (last in the class: a method named `list` would shadow the builtin in the annotations below it)

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


_COLS = ", ".join(DOSSIER_COLUMNS)


def _dossier(row: Sequence[Any]) -> Dossier:
    return dossier_from_row(dict(zip(DOSSIER_COLUMNS, row, strict=True)))


class _ReadGuard:
    """Reads take the store's lock and get the same fault translation as writes."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._faults: contextlib.AbstractContextManager[None] | None = None

    def __enter__(self) -> None:
        self._store._lock.acquire()
        self._faults = self._store._faults()
        self._faults.__enter__()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool | None:
        try:
            assert self._faults is not None
            return self._faults.__exit__(exc_type, exc, tb)
        finally:
            self._store._lock.release()

