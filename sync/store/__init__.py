"""The desk's durable local dossier store: the single source of truth while the internet is down.

SQLite through `sqlite3` (schema and migrations with `sqlite-utils`), WAL + `synchronous=FULL` +
`foreign_keys`, one transaction per user action writing the state change, its audit event and its outbox row
together (transactional outbox). This docstring is the API other rooms build on; it stays stable.

Opening and threads
    Store.open(layout: DataLayout, *, clock=now_vn, busy_timeout_ms=5000, keys: KeyProvider | None = None,
               check=True) -> Store
        creates or upgrades the database (a "pre-migration" backup is taken before upgrading one that holds
        data), runs `PRAGMA quick_check` → `CorruptDatabase` (names the latest backup; `describe_loss` says
        what a restore would lose), probes for write access → `ReadOnlyStore`. Context manager;
        `close(*, backup=False)` ("exit" backup). quick_check reads the whole file (≈ 0.3 s per 100 MB):
        the GUI keeps it at start; read-only command-line tools may pass `check=False` — damage met later
        is still raised as `CorruptDatabase`.
    Thread rule: a Store is one connection. Use it from one thread at a time (an internal lock serialises
    accidental overlap). The GUI does all store work on its one DB worker thread; the sync engine opens its
    own Store on the same file in its thread — WAL lets them work side by side, `busy_timeout` makes a
    writer wait for the other instead of failing.
    store.connection -> sqlite3.Connection   autocommit; for `sync.accounts` (officials table) and reports.

Writes (each one atomic; each returns the stored value)
    save_new(dossier, *, actor, role="reception", history=(), rating=None) -> Dossier
        issues the code from this desk's block of the reception day's sequence (`forms.dossier_code`, agency
        and desk number from the DeskProfile in settings, `sync.desk_profile`), revision 1, a "create" event,
        an outbox row. `dossier.code` must be "". A number is never issued twice (also journalled beside the
        database, so restoring an old backup cannot reissue one). `history`/`rating`: events and a rating that
        already happened (bulk imports, training data), written in the same transaction.
    record(new: Dossier, event: DossierEvent) -> Dossier
        persists a lifecycle step from `forms.lifecycle`: `new.revision` must equal the stored revision
        (else `StaleDossier`), `event.from_status` (when set) must equal the stored status; revision + 1.
    update_fields(new: Dossier, *, actor, role="reception", reason="") -> Dossier
        an edit (status unchanged); the "edit" event lists {field: [old, new]}.
    set_rating(uuid, Rating, *, actor, role="reception") -> Dossier;  rating(uuid) -> Rating | None
    audit(dossier_uuid | None, action, actor, details=None, *, role="") -> DossierEvent
        audit-trail entry for actions that change nothing: "view", "print", "reprint", "export", … (no outbox).
    upsert_remote(dossier, events=(), *, portal_revision=None) -> Dossier     (sync engine; no outbox row)
    set_sync_state(uuid, SyncState);  portal_revision(uuid) -> int | None
    transaction() -> context manager yielding the Store: BEGIN IMMEDIATE … COMMIT around several calls.
    Training dossiers (`Dossier.training`) are never queued for the portal (sync state "local").

Reads
    get(uuid) / get_by_code(code) -> Dossier (raise DossierNotFound);  find(uuid) / find_by_code(code) -> | None
    events(uuid) -> list[DossierEvent] (oldest first);  audit_log(*, since=None, limit=500)
    list(filters: DossierFilter | None = None, limit=50, offset=0) -> list[DossierSummary]
    count(filters=None) -> int
    search(text, filters=None, limit=50, offset=0) -> list[DossierSummary]
        folded FTS5 (đ → d, no marks): every typed word matches a word prefix of the code, applicant name,
        ID numbers, phone or procedure; newest first.  DossierSummary.to_json() is the CLI's object.
    DossierFilter(statuses, received_from, received_to, due_state: DueState (IN_TIME | DUE_SOON | OVERDUE),
                  due_soon_within=24h, sync_states, procedure_code, channel, training, now)

Outbox and conflicts (sync engine)
    outbox_pending(limit=100) -> list[OutboxItem]   payload = {"event": …, "dossier": … [, "rating": …]}
    outbox_mark(results: Iterable[PushResult(event_uuid, PushOutcome, reason)]) — derives dossiers' sync state
    outbox_counts() -> {"pending": n, "sent": n, "conflict": n, "rejected": n};  outbox_prune(before) -> int
    add_conflict(dossier_uuid, local: dict, remote: dict, fields) -> id;  conflicts(*, open_only=True,
    dossier_uuid=None) -> list[Conflict];  resolve_conflict(id, *, resolution, resolved_by)
    sync_cursor() / set_sync_cursor(text)

Settings and reference data
    get_setting(key, default=None) -> str | None;  set_setting(key, str);  delete_setting(key);  settings(prefix)
    put_reference(kind, version, document);  get_reference(kind, version=None) -> ReferenceDocument | None;
    reference_versions(kind)   (kinds: "catalogue", "calendar", "agencies")

Attachments (content-addressed, see sync.store.attachments for exactly what is encrypted)
    add_attachment(data, *, mime, original_name="", sensitive=True) -> AttachmentInfo
    read_attachment(sha256, *, actor, dossier_uuid=None, role="") -> bytes   (audited)
    attachment_info(sha256);  dossier_attachments(uuid);  clean_orphan_attachments(*, grace=1h) -> int

Backups, restore, maintenance
    backup(reason="manual", *, target=None) -> BackupResult;  backup_if_due() (daily)
    latest_backup(layout) -> BackupInfo | None;  list_backups(folder)
    describe_loss(layout, backup_path) -> LossReport (.message() in Vietnamese)
    restore_backup(layout, path) -> RestoreResult   (store closed; safety copy kept; refuses a bad file)
    restore_latest_backup(layout) -> RestoreResult
    purge_training() -> int;  integrity_problems() -> list[str]

Errors (all `forms.errors.MotcuaError`, Vietnamese messages; after any of them nothing was half-written)
    DiskFull, ReadOnlyStore, DatabaseLocked, StorageFailure, CorruptDatabase(path, latest_backup),
    SchemaTooNew, NotAMotcuaDatabase, DossierNotFound, StaleDossier, AttachmentError, AttachmentKeyMissing,
    InvalidBackup;  forms.dossier_code.SequenceExhausted when a desk used its 999 numbers of the day.

Row ↔ domain mapping lives in `sync.store.codec` (dossier_to_row/from_row, dossier_to_dict/from_dict,
event_to_dict/from_dict) — never in forms/.
"""

from __future__ import annotations

from pathlib import Path

from forms.clock import now_vn
from forms.i18n import N_
from sync.layout import DataLayout
from sync.store.backup import (
    BackupContents,
    BackupResult,
    LossReport,
    RestoreResult,
    describe_loss,
    inspect_backup,
    latest_backup,
    list_backups,
)
from sync.store.backup import restore as _restore
from sync.store.errors import (
    AttachmentError,
    AttachmentKeyMissing,
    BackupInfo,
    CorruptDatabase,
    DatabaseLocked,
    DiskFull,
    DossierNotFound,
    InvalidBackup,
    NotAMotcuaDatabase,
    ReadOnlyStore,
    SchemaTooNew,
    StaleDossier,
    StorageFailure,
    StoreError,
)
from sync.store.migrations import LATEST_VERSION
from sync.store.models import (
    AttachmentInfo,
    Conflict,
    DossierFilter,
    DossierSummary,
    DueState,
    OutboxItem,
    OutboxState,
    PushOutcome,
    PushResult,
    Rating,
    ReferenceDocument,
)
from sync.store.secrets import KeyProvider, KeyringKeys, MemoryKeys
from sync.store.store import Store


def restore_backup(layout: DataLayout, path: Path) -> RestoreResult:
    """Replace the (closed) database with the backup at `path`; keeps a safety copy of the current one."""
    return _restore(layout, path, now=now_vn())


def restore_latest_backup(layout: DataLayout) -> RestoreResult:
    info = latest_backup(layout)
    if info is None:
        raise InvalidBackup(N_("Không có bản sao lưu nào trong {folder}"), folder=str(layout.backups))
    return restore_backup(layout, info.path)


__all__ = [
    "LATEST_VERSION",
    "AttachmentError",
    "AttachmentInfo",
    "AttachmentKeyMissing",
    "BackupContents",
    "BackupInfo",
    "BackupResult",
    "Conflict",
    "CorruptDatabase",
    "DatabaseLocked",
    "DiskFull",
    "DossierFilter",
    "DossierNotFound",
    "DossierSummary",
    "DueState",
    "InvalidBackup",
    "KeyProvider",
    "KeyringKeys",
    "LossReport",
    "MemoryKeys",
    "NotAMotcuaDatabase",
    "OutboxItem",
    "OutboxState",
    "PushOutcome",
    "PushResult",
    "Rating",
    "ReadOnlyStore",
    "ReferenceDocument",
    "RestoreResult",
    "SchemaTooNew",
    "StaleDossier",
    "StorageFailure",
    "Store",
    "StoreError",
    "describe_loss",
    "inspect_backup",
    "latest_backup",
    "list_backups",
    "restore_backup",
    "restore_latest_backup",
]
