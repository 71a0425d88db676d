"""Online backups of the database, their rotation, and restoring one (with a safety copy of the current file).

Backups are made with SQLite's online backup API (`Connection.backup`): a consistent copy taken while the
desk keeps working, written to a temporary name, fsync'd and renamed, so a backup file is either whole or
absent. Names carry the local time and the reason: `motcua-20250715-170102-daily.sqlite3`.

- Rotating backups ("daily", "exit", "manual"): the newest `keep` are kept (setting `backup.keep`).
- Safety copies ("pre-migration", "before-restore"): the newest `KEEP_SAFETY` are kept.
- A second folder (setting `backup.second_folder`, e.g. a USB drive) receives a copy of each rotating backup
  when it is reachable; when it is not, the backup still succeeds and the reason is reported.

Attachments (scans) are files, not in the database: a backup copies the database only.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from forms.clock import VN_TZ, as_vn
from forms.i18n import N_
from sync.layout import DataLayout
from sync.store import connection as connection_mod
from sync.store.errors import BackupInfo, InvalidBackup
from sync.store.migrations import LATEST_VERSION
from sync.store.sequence_journal import journal_path, read_maxima

log = logging.getLogger(__name__)

ROTATING_REASONS = frozenset({"daily", "exit", "manual"})
SAFETY_REASONS = frozenset({"pre-migration", "before-restore"})
DEFAULT_KEEP = 10
KEEP_SAFETY = 5
_NAME = re.compile(r"^motcua-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent single-file copy of `source` to `target` atomically (temp file, fsync, rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    dest = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        source.backup(dest)
        # A backup is one self-contained file: no WAL next to it that could get separated from it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    try:
        _fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(target.parent)


def backup_name(taken_at: datetime, reason: str, folder: Path) -> Path:
    stamp = as_vn(taken_at).strftime("%Y%m%d-%H%M%S")
    parsed = [parse_backup_name(p) for p in folder.glob(f"motcua-{stamp}-*.sqlite3")] if folder.is_dir() else []
    taken = {item[1] for item in parsed if item is not None}
    if not taken:
        return folder / f"motcua-{stamp}-{reason}.sqlite3"
    # Two backups in one second (a double click, tests): number them so they still sort in order.
    return folder / f"motcua-{stamp}-{max(taken) + 1}-{reason}.sqlite3"


def parse_backup_name(path: Path) -> tuple[datetime, int, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=VN_TZ)
    return taken, int(match.group(2) or 1), match.group(3)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        parsed = parse_backup_name(path)
        if parsed is None or not path.is_file():
            continue
        taken, n, reason = parsed
        with contextlib.suppress(FileNotFoundError):
            found.append((taken, n, BackupInfo(path=path, taken_at=taken, reason=reason, size=path.stat().st_size)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def latest_backup(layout: DataLayout) -> BackupInfo | None:
    """The newest backup a damaged database can be restored from (any reason)."""
    backups = list_backups(layout.backups)
    return backups[0] if backups else None


def rotate(folder: Path, *, keep: int, keep_safety: int = KEEP_SAFETY) -> list[Path]:
    removed: list[Path] = []
    backups = list_backups(folder)
    for group, limit in ((ROTATING_REASONS, keep), (SAFETY_REASONS, keep_safety)):
        members = [b for b in backups if b.reason in group]
        for old in members[max(limit, 1):]:
            with contextlib.suppress(FileNotFoundError):
                old.path.unlink()
                removed.append(old.path)
    if removed:
        log.info("backup rotation removed %d old backup(s) from %s", len(removed), folder.name)
    return removed


@dataclass(frozen=True)
class BackupResult:
    info: BackupInfo
    second_copy: Path | None = None
    second_copy_error: str | None = None


def take_backup(
    source: sqlite3.Connection,
    layout: DataLayout,
    *,
    reason: str,
    now: datetime,
    keep: int = DEFAULT_KEEP,
    second_folder: Path | None = None,
) -> BackupResult:
    target = backup_name(now, reason, layout.backups)
    copy_database(source, target)
    info = BackupInfo(path=target, taken_at=as_vn(now).replace(microsecond=0), reason=reason,
                      size=target.stat().st_size)
    rotate(layout.backups, keep=keep)
    log.info("backup taken (%s), %d bytes", reason, info.size)
    if second_folder is None or reason not in ROTATING_REASONS:
        return BackupResult(info)
    try:
        second_folder.mkdir(parents=True, exist_ok=True)
        copy = second_folder / target.name
        shutil.copyfile(target, copy.with_name(copy.name + ".part"))
        _fsync_file(copy.with_name(copy.name + ".part"))
        os.replace(copy.with_name(copy.name + ".part"), copy)
        rotate(second_folder, keep=keep)
    except OSError as exc:
        log.warning("second backup folder unavailable (%s)", type(exc).__name__)
        return BackupResult(info, second_copy_error=exc.strerror or type(exc).__name__)
    return BackupResult(info, second_copy=copy)


# ---------------------------------------------------------------------------------------------- inspect


@dataclass(frozen=True)
class BackupContents:
    path: Path
    schema_version: int
    dossiers: int
    last_change: datetime | None  # the newest updated_at inside


def inspect_backup(path: Path) -> BackupContents:
    """Check that `path` is a whole MotCua database; raise `InvalidBackup` saying why not."""
    if not path.is_file():
        raise InvalidBackup(N_("Không tìm thấy tệp sao lưu {path}"), path=str(path))
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise InvalidBackup(N_("Tệp {path} không phải là cơ sở dữ liệu SQLite"), path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise InvalidBackup(N_("Không mở được tệp {path}: {reason}"), path=str(path), reason=str(exc)) from exc
    try:
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                raise InvalidBackup(N_("Tệp sao lưu {path} bị hỏng ({detail})"), path=str(path), detail=problems[0][:120])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version < 1 or "dossiers" not in tables:
                raise InvalidBackup(N_("Tệp {path} không phải là cơ sở dữ liệu của MotCua Desk"), path=str(path))
            if version > LATEST_VERSION:
                raise InvalidBackup(
                    N_("Tệp {path} do phiên bản MotCua Desk mới hơn tạo ra (lược đồ {found}); hãy cập nhật phần mềm"),
                    path=str(path), found=version,
                )
            count, last = conn.execute("SELECT count(*), max(updated_at) FROM dossiers").fetchone()
        except sqlite3.DatabaseError as exc:
            raise InvalidBackup(N_("Tệp sao lưu {path} bị hỏng ({detail})"), path=str(path), detail=str(exc)) from exc
    finally:
        conn.close()
    return BackupContents(path, version, int(count), None if last is None else as_vn(datetime.fromisoformat(last)))


# ---------------------------------------------------------------------------------------------- loss and restore


@dataclass(frozen=True)
class LossReport:
    """What restoring `backup` would lose compared with the current database."""

    backup_taken_at: datetime
    readable: bool  # False when the current database could not be read (then every later change is lost)
    lost_dossiers: int | None  # dossiers that are new or changed since the backup
    lost_codes: tuple[str, ...] = ()  # the first few of them, to name to the official

    def message(self) -> str:
        when = self.backup_taken_at.strftime("%H:%M ngày %d/%m/%Y")
        if not self.readable or self.lost_dossiers is None:
            return N_("Khôi phục bản sao lưu lúc {when}: mọi hồ sơ tiếp nhận hoặc thay đổi sau thời điểm đó sẽ bị "
                      "mất (không đọc được cơ sở dữ liệu hiện tại để đếm).").format(when=when)
        if self.lost_dossiers == 0:
            return N_("Khôi phục bản sao lưu lúc {when}: không mất hồ sơ nào.").format(when=when)
        codes = ", ".join(self.lost_codes)
        more = "…" if self.lost_dossiers > len(self.lost_codes) else ""
        return N_("Khôi phục bản sao lưu lúc {when} sẽ làm mất {n} hồ sơ mới hoặc đã thay đổi sau thời điểm đó: "
                  "{codes}{more}").format(when=when, n=self.lost_dossiers, codes=codes, more=more)


def backup_time(path: Path) -> datetime:
    parsed = parse_backup_name(path)
    if parsed is not None:
        return parsed[0]
    return datetime.fromtimestamp(path.stat().st_mtime, VN_TZ).replace(microsecond=0)


def describe_loss(layout: DataLayout, backup: Path, *, show: int = 10) -> LossReport:
    taken = backup_time(backup)
    database = layout.database
    if not database.exists():
        return LossReport(taken, readable=True, lost_dossiers=0)
    try:
        conn = connection_mod.connect(database, read_only=True, busy_timeout_ms=2000)
    except sqlite3.Error:
        return LossReport(taken, readable=False, lost_dossiers=None)
    try:
        conn.execute("ATTACH DATABASE ? AS backup", (f"{backup.resolve().as_uri()}?mode=ro",))
        rows = conn.execute(
            """SELECT d.code FROM main.dossiers d
               LEFT JOIN backup.dossiers b ON b.uuid = d.uuid
               WHERE b.uuid IS NULL OR d.revision > b.revision
               ORDER BY d.updated_at DESC"""
        ).fetchall()
    except sqlite3.Error:
        return LossReport(taken, readable=False, lost_dossiers=None)
    finally:
        conn.close()
    return LossReport(taken, readable=True, lost_dossiers=len(rows), lost_codes=tuple(r[0] for r in rows[:show]))


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the database as it was before the restore (None when there was none)
    loss: LossReport
    contents: BackupContents


def dt_to_text(value: datetime) -> str:
    return as_vn(value).isoformat(timespec="microseconds")


def _sequences_of(path: Path) -> list[tuple[str, str, int, int, str]]:
    """The issued-number counters of a (possibly damaged) database, best effort."""
    try:
        conn = connection_mod.connect(path, read_only=True, busy_timeout_ms=2000)
    except sqlite3.Error:
        return []
    try:
        return [tuple(r) for r in conn.execute("SELECT agency, day, desk, last, updated_at FROM daily_sequences")]
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def _safety_copy(layout: DataLayout, now: datetime) -> Path | None:
    database = layout.database
    if not database.exists():
        return None
    target = backup_name(now, "before-restore", layout.backups)
    try:
        conn = connection_mod.connect(database, read_only=True, busy_timeout_ms=2000)
        try:
            copy_database(conn, target)
        finally:
            conn.close()
        return target
    except sqlite3.Error:
        pass  # damaged beyond the backup API: keep the raw files instead, byte for byte
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(database, target)
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    return target


def restore(layout: DataLayout, source: Path, *, now: datetime) -> RestoreResult:
    """Replace the database with the backup `source`. The store must be closed.

    Refuses a file that is not a whole MotCua database (`InvalidBackup`) before touching anything. Keeps a
    safety copy of the current database. Dossier numbers already issued are never handed out again: the
    daily counters of the current database (when it can be read) and of the journal of issued numbers
    (`sequence_journal`) are carried over.
    """
    contents = inspect_backup(source)
    loss = describe_loss(layout, source)
    sequences = _sequences_of(layout.database) if layout.database.exists() else []
    stamp = dt_to_text(now)
    sequences += [(agency, day, desk, number, stamp)
                  for (agency, day, desk), number in read_maxima(journal_path(layout.root)).items()]
    safety = _safety_copy(layout, now)

    database = layout.database
    staging = database.with_name(database.name + ".restoring")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        copy_database(src, staging)
    finally:
        src.close()
    _merge_sequences(staging, sequences)
    # A WAL left from the old file must never be replayed onto the restored one.
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            database.with_name(database.name + suffix).unlink()
    os.replace(staging, database)
    _fsync_dir(database.parent)
    log.info("database restored from a backup (%s); safety copy kept", source.name)
    return RestoreResult(restored_from=source, safety_copy=safety, loss=loss, contents=contents)


def _merge_sequences(path: Path, sequences: Iterable[tuple[str, str, int, int, str]]) -> None:
    rows = list(sequences)
    if not rows:
        return
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            """INSERT INTO daily_sequences (agency, day, desk, last, updated_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (agency, day, desk) DO UPDATE SET last = max(last, excluded.last)""",
            rows,
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
