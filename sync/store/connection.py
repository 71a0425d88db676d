"""Opening the SQLite file with the store's pragmas, and turning SQLite's failures into typed errors.

Pragmas, and why:
- `journal_mode=WAL`: readers never block the writer, so the sync engine's connection and the GUI's worker
  can share the file; a commit is one append to the WAL.
- `synchronous=FULL`: the WAL is fsync'd at every commit, so a dossier whose save returned survives a power
  cut, not only a killed process.
- `foreign_keys=ON`: events, outbox rows and attachment links cannot point at a dossier that is not there.
- `busy_timeout`: a second connection (the sync engine) waits for the writer instead of failing at once.

Connections are opened in autocommit mode (`isolation_level=None`): every transaction in the store is an
explicit `BEGIN IMMEDIATE … COMMIT`, so what belongs together is written together and nothing else is.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from forms.i18n import N_
from sync.store.errors import (
    DatabaseLocked,
    DiskFull,
    ReadOnlyStore,
    StorageFailure,
    StoreError,
)

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT_MS = 5000

# Primary result codes (the low byte of an extended code), from sqlite3.h.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

CORRUPTION_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})


def primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        # Older builds without sqlite_errorcode: fall back on the stable English messages.
        text = str(exc).lower()
        for fragment, value in (("disk is full", SQLITE_FULL), ("readonly", SQLITE_READONLY),
                                ("read-only", SQLITE_READONLY), ("locked", SQLITE_BUSY),
                                ("malformed", SQLITE_CORRUPT), ("not a database", SQLITE_NOTADB),
                                ("unable to open", SQLITE_CANTOPEN), ("disk i/o", SQLITE_IOERR)):
            if fragment in text:
                return value
        return None
    return int(code) & 0xFF


def is_corruption(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and primary_code(exc) in CORRUPTION_CODES


def translate(exc: sqlite3.Error, path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> StoreError | None:
    """The typed error for a SQLite failure, or None when it is not a fault of the disk or the file.

    Corruption is not translated here: only the store knows the latest backup to name in that message.
    """
    code = primary_code(exc)
    if code == SQLITE_FULL:
        return DiskFull(
            N_("Ổ đĩa chứa dữ liệu ({folder}) đã đầy. Thao tác chưa được lưu; hãy giải phóng dung lượng "
               "rồi thực hiện lại."),
            folder=str(path.parent),
        )
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return ReadOnlyStore(
            N_("Thư mục dữ liệu {folder} chỉ cho phép đọc, không ghi được. Thao tác chưa được lưu; hãy kiểm "
               "tra quyền ghi của thư mục hoặc chọn thư mục dữ liệu khác."),
            folder=str(path.parent),
        )
    if code == SQLITE_CANTOPEN:
        return ReadOnlyStore(
            N_("Không mở được cơ sở dữ liệu trong thư mục {folder} (thư mục chỉ đọc, không tồn tại hoặc không "
               "có quyền). Thao tác chưa được lưu."),
            folder=str(path.parent),
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLocked(
            N_("Cơ sở dữ liệu đang bị một chương trình khác giữ (đã chờ {seconds} giây). Thao tác chưa được "
               "lưu; hãy đóng cửa sổ MotCua khác hoặc chương trình đang mở tệp rồi thử lại."),
            seconds=f"{busy_timeout_ms / 1000:g}",
        )
    if code == SQLITE_IOERR:
        return StorageFailure(
            N_("Lỗi đọc/ghi ổ đĩa tại {folder}. Thao tác chưa được lưu; hãy kiểm tra ổ đĩa (hoặc USB, ổ mạng) "
               "rồi thử lại."),
            folder=str(path.parent),
        )
    return None


def translate_os_error(exc: OSError, path: Path) -> StoreError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(
            N_("Ổ đĩa chứa dữ liệu ({folder}) đã đầy. Thao tác chưa được lưu; hãy giải phóng dung lượng "
               "rồi thực hiện lại."),
            folder=str(path.parent),
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyStore(
            N_("Thư mục dữ liệu {folder} chỉ cho phép đọc, không ghi được. Thao tác chưa được lưu; hãy kiểm "
               "tra quyền ghi của thư mục hoặc chọn thư mục dữ liệu khác."),
            folder=str(path.parent),
        )
    return StorageFailure(
        N_("Lỗi đọc/ghi ổ đĩa tại {folder} ({reason}). Thao tác chưa được lưu."),
        folder=str(path.parent), reason=exc.strerror or type(exc).__name__,
    )


@contextmanager
def translated(path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Iterator[None]:
    """Re-raise disk and lock faults as typed store errors (corruption passes through untouched)."""
    try:
        yield
    except sqlite3.Error as exc:
        typed = translate(exc, path, busy_timeout_ms)
        if typed is None:
            raise
        log.warning("store fault %s (sqlite code %s)", typed.kind, getattr(exc, "sqlite_errorcode", "?"))
        raise typed from exc
    except OSError as exc:
        typed = translate_os_error(exc, path)
        log.warning("store fault %s (errno %s)", typed.kind, exc.errno)
        raise typed from exc


def connect(path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS, read_only: bool = False) -> sqlite3.Connection:
    """A connection with the store's pragmas. Raises sqlite3 errors; callers translate them."""
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False, timeout=busy_timeout_ms / 1000)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                               timeout=busy_timeout_ms / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if not read_only:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("journal mode is %s, not WAL", mode)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn
