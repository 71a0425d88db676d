"""The core every part of `Store` shares: the connection, its lock, transactions, fault translation,
settings, and the row writes that keep a dossier, its audit trail and its outbox in step."""

from __future__ import annotations

import contextlib
import itertools
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, Self, TextIO

from forms.clock import as_vn, now_vn
from forms.dossier import Dossier, DossierEvent, SyncState
from forms.i18n import N_
from sync.layout import DataLayout
from sync.store import backup as backup_mod
from sync.store.attachments import AttachmentFiles, is_sha256
from sync.store.codec import (
    DOSSIER_COLUMNS,
    dossier_from_row,
    dossier_to_dict,
    dossier_to_row,
    dt_to_db,
    event_to_dict,
    event_to_row,
    json_dumps,
)
from sync.store.connection import DEFAULT_BUSY_TIMEOUT_MS, is_corruption, translate, translate_os_error
from sync.store.errors import AttachmentError, CorruptDatabase, DossierNotFound, StaleDossier, StoreError
from sync.store.models import OutboxState
from sync.store.secrets import KeyProvider, KeyringKeys, load_or_create_key

log = logging.getLogger(__name__)

STORE_ID_KEY = "store.id"
SYNC_CURSOR_KEY = "sync.cursor"

_savepoints = itertools.count(1)
_COLS = ", ".join(DOSSIER_COLUMNS)


def dossier_of(row: Sequence[Any]) -> Dossier:
    return dossier_from_row(dict(zip(DOSSIER_COLUMNS, row, strict=True)))


_IN_CHUNK = 500  # values per `IN (…)` list, well under SQLite's limit on bound parameters


class StoreBase:
    """Connection, lock, transactions and shared row writes (the rest of `Store` is built on these)."""

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
        self._journal: TextIO | None = None  # sequence_journal, opened at the first save

    @staticmethod
    def _typed(exc: sqlite3.Error, layout: DataLayout, busy_timeout_ms: int) -> StoreError:
        if is_corruption(exc):
            return CorruptDatabase(layout.database, backup_mod.latest_backup(layout), str(exc))
        typed = translate(exc, layout.database, busy_timeout_ms)
        if typed is not None:
            return typed
        return StoreError(N_("Lỗi cơ sở dữ liệu: {detail}"), detail=str(exc))

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
    def transaction(self) -> Iterator[Self]:
        """`BEGIN IMMEDIATE` … `COMMIT` around several store calls (the sync engine applies a pulled batch
        and its cursor together). Store writes inside become savepoints; any exception rolls back all."""
        with self._write():
            yield self

    @contextlib.contextmanager
    def _read(self) -> Iterator[None]:
        """Reads take the store's lock and get the same fault translation as writes."""
        with self._lock, self._faults():
            yield

    def now(self) -> datetime:
        return as_vn(self._clock())

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for `sync.accounts` and read-only report queries. Autocommit mode.

        Do not hold it across threads, and do not call functions that commit (`with conn:`) inside
        `transaction()`.
        """
        return self._conn

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

    def _attachment_key(self, create: bool) -> bytes:
        return load_or_create_key(self._keys, self.store_id, create=create)

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

    def _load(self, conn: sqlite3.Connection, uuid: str) -> Dossier:
        row = conn.execute(f"SELECT {_COLS} FROM dossiers WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise DossierNotFound(N_("Không tìm thấy hồ sơ {code}"), code=uuid)
        return dossier_of(row)

    @staticmethod
    def _stale(code: str, seen: int, current: int) -> StaleDossier:
        return StaleDossier(
            N_("Hồ sơ {code} vừa được thay đổi ở nơi khác (phiên bản {seen} → {now}); hãy mở lại hồ sơ rồi "
               "thực hiện lại."),
            code=code, seen=seen, now=current,
        )

    @staticmethod
    def _current_row(conn: sqlite3.Connection, uuid: str) -> dict[str, Any]:
        """The stored row as the database has it (no decoding): enough to check and to diff against."""
        row = conn.execute(f"SELECT {_COLS} FROM dossiers WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise DossierNotFound(N_("Không tìm thấy hồ sơ {code}"), code=uuid)
        return dict(zip(DOSSIER_COLUMNS, row, strict=True))

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

    def _link_attachments(self, conn: sqlite3.Connection, dossier: Dossier, now: datetime, *,
                          new: bool = False) -> None:
        wanted = {sha for item in dossier.documents for sha in item.attachment_sha256}
        if new and not wanted:
            return
        have: set[str] = set() if new else {r[0] for r in conn.execute(
            "SELECT sha256 FROM dossier_attachments WHERE dossier_uuid = ?", (dossier.uuid,))}
        for sha in sorted(wanted - have):
            if not is_sha256(sha) or conn.execute("SELECT 1 FROM attachments WHERE sha256 = ?", (sha,)).fetchone() is None:
                raise AttachmentError(N_("Tệp quét {sha} chưa được lưu; hãy quét hoặc đính kèm lại"), sha=sha[:12])
            conn.execute("INSERT INTO dossier_attachments (dossier_uuid, sha256, linked_at) VALUES (?, ?, ?)",
                         (dossier.uuid, sha, dt_to_db(now)))
        for sha in have - wanted:
            conn.execute("DELETE FROM dossier_attachments WHERE dossier_uuid = ? AND sha256 = ?", (dossier.uuid, sha))

    @staticmethod
    def _refresh_sync_state(conn: sqlite3.Connection, uuid: str, training: bool) -> SyncState:
        return StoreBase._refresh_sync_states(conn, {uuid: training})[uuid]

    @staticmethod
    def _refresh_sync_states(conn: sqlite3.Connection, training: Mapping[str, Any]) -> dict[str, SyncState]:
        """The rule, in one place: training → local; an open conflict → conflict; something still queued →
        pending (a newer change supersedes a refused one); the portal's latest answer was a refusal →
        rejected; otherwise → sent. Three queries per 500 dossiers, so a push that settles hundreds at once
        costs what one dossier does."""
        uuids = list(training)
        result: dict[str, SyncState] = {}
        for start in range(0, len(uuids), _IN_CHUNK):
            chunk = uuids[start:start + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            conflicted = {r[0] for r in conn.execute(
                f"SELECT DISTINCT dossier_uuid FROM conflicts WHERE resolved_at IS NULL AND dossier_uuid IN ({marks})",
                chunk)}
            pending = {r[0] for r in conn.execute(
                f"SELECT DISTINCT dossier_uuid FROM outbox WHERE state = 'pending' AND dossier_uuid IN ({marks})",
                chunk)}
            latest = dict(conn.execute(
                "SELECT dossier_uuid, state FROM outbox WHERE id IN (SELECT max(id) FROM outbox"
                f" WHERE state != 'pending' AND dossier_uuid IN ({marks}) GROUP BY dossier_uuid)", chunk).fetchall())
            for uuid in chunk:
                if training[uuid]:
                    state = SyncState.LOCAL
                elif uuid in conflicted:
                    state = SyncState.CONFLICT
                elif uuid in pending:
                    state = SyncState.PENDING
                elif latest.get(uuid) == OutboxState.REJECTED.value:
                    state = SyncState.REJECTED
                else:
                    state = SyncState.SENT
                result[uuid] = state
            conn.executemany("UPDATE dossiers SET sync_state = ? WHERE uuid = ? AND sync_state != ?",
                             [(result[uuid].value, uuid, result[uuid].value) for uuid in chunk])
        return result
