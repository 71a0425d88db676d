"""Typed failures of the local store, each with a Vietnamese message for the official.

Every fault of the disk or the database file becomes one of these (never a bare `sqlite3.Error`), and every
one of them means: nothing was written — the transaction that hit it was rolled back whole. `kind` is stable
so the GUI can pick the action (offer a restore for `corrupt_database`, retry for `database_locked`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from forms.errors import MotcuaError
from forms.i18n import N_


class StoreError(MotcuaError):
    kind = "store"


class DiskFull(StoreError):
    kind = "disk_full"


class ReadOnlyStore(StoreError):
    kind = "read_only"


class DatabaseLocked(StoreError):
    kind = "database_locked"


class StorageFailure(StoreError):
    """An I/O error the OS reported (failing disk, removed USB drive, network share gone)."""

    kind = "storage_failure"


class SchemaTooNew(StoreError):
    kind = "schema_too_new"


class NotAMotcuaDatabase(StoreError):
    kind = "not_motcua_database"


class DossierNotFound(StoreError):
    kind = "dossier_not_found"


class StaleDossier(StoreError):
    """Optimistic check failed: the dossier changed since the caller read it (another window, the sync)."""

    kind = "stale_dossier"


class AttachmentError(StoreError):
    kind = "attachment"


class AttachmentKeyMissing(AttachmentError):
    kind = "attachment_key_missing"


class InvalidBackup(StoreError):
    kind = "invalid_backup"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of the database (see `sync.store.backup`)."""

    path: Path
    taken_at: datetime
    reason: str  # "daily" | "exit" | "manual" | "pre-migration" | "before-restore"
    size: int


class CorruptDatabase(StoreError):
    """The database file is damaged. Carries what the GUI needs to offer a restore."""

    kind = "corrupt_database"

    def __init__(self, path: Path, latest_backup: BackupInfo | None, detail: str = "") -> None:
        self.path = path
        self.latest_backup = latest_backup
        self.detail = detail
        if latest_backup is None:
            super().__init__(
                N_("Cơ sở dữ liệu {path} bị hỏng và không có bản sao lưu nào để khôi phục. "
                   "Hãy giữ nguyên tệp và liên hệ cán bộ kỹ thuật."),
                path=str(path),
            )
        else:
            super().__init__(
                N_("Cơ sở dữ liệu {path} bị hỏng. Có thể khôi phục bản sao lưu lúc {taken_at} ({backup}); "
                   "các hồ sơ tiếp nhận hoặc thay đổi sau thời điểm đó sẽ bị mất."),
                path=str(path),
                taken_at=latest_backup.taken_at.strftime("%H:%M ngày %d/%m/%Y"),
                backup=latest_backup.path.name,
            )
