"""Faults of the disk and the file: each is a typed error with a Vietnamese message, and no half-written dossier.

Disk full is simulated with `PRAGMA max_page_count` (SQLite then fails exactly as on a full disk, with
SQLITE_FULL); the read-only folder is real (a child process without the capability that lets root ignore
file permissions); the lock is a second connection holding the write lock; corruption is real damage to the
file's pages.
"""

from __future__ import annotations

import ctypes
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from forms.dossier_code import parse_code
from sync.store import (
    CorruptDatabase,
    DatabaseLocked,
    DiskFull,
    MemoryKeys,
    Store,
    describe_loss,
    restore_latest_backup,
)
from tests.cli_helpers import REPO
from tests.store_fixtures import (  # noqa: F401  (fixtures)
    Desk,
    desk_fixture,
    make_dossier,
    memory_keyring_fixture,
    store_fixture,
)

pytestmark = pytest.mark.slow


def _table_counts(conn: sqlite3.Connection) -> tuple[int, ...]:
    return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("dossiers", "events", "outbox", "daily_sequences"))


# ------------------------------------------------------------------------------------------------ disk full


def test_disk_full_is_a_typed_error_and_the_save_is_rolled_back_whole(store: Store) -> None:
    store.save_new(make_dossier(1), actor="lan")
    conn = store.connection
    before = _table_counts(conn)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull) as info:
        # Big enough to need new pages for the dossier, its event and its outbox snapshot.
        store.save_new(make_dossier(2, note="Ghi chú dài " * 2000), actor="lan")
    assert "Ổ đĩa chứa dữ liệu" in str(info.value)
    assert "đã đầy" in str(info.value)
    assert not conn.in_transaction
    assert _table_counts(conn) == before  # no dossier without its event or outbox row, no number consumed
    conn.execute("PRAGMA max_page_count = 1073741823")
    again = store.save_new(make_dossier(2), actor="lan")
    assert again.code.endswith("-0002")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_disk_full_while_writing_a_scan_keeps_nothing_referenced(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import sync.store.attachments as attachments

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(attachments, "_fsync_handle", no_space)
    with pytest.raises(DiskFull):
        store.add_attachment(b"\x89PNG fake scan", mime="image/png")
    assert store.connection.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert list(store.layout.attachments.rglob("*")) == [] or all(
        p.is_dir() for p in store.layout.attachments.rglob("*"))


# ------------------------------------------------------------------------------------------------ locked


def test_a_database_locked_by_another_program_is_a_typed_error(desk: Desk) -> None:
    with desk.open(busy_timeout_ms=200) as store:
        store.save_new(make_dossier(1), actor="lan")
        other = sqlite3.connect(str(desk.layout.database), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            with pytest.raises(DatabaseLocked) as info:
                store.save_new(make_dossier(2), actor="lan")
            assert "đang bị một chương trình khác giữ" in str(info.value)
            assert "0.2 giây" in str(info.value)
            assert store.list()  # readers are not blocked by a writer (WAL)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.count() == 1
        assert store.save_new(make_dossier(2), actor="lan").code.endswith("-0002")


# ------------------------------------------------------------------------------------------------ read-only folder


_CHILD = r"""
import sys
from pathlib import Path
from sync.layout import DataLayout
from sync.store import MemoryKeys, Store, StoreError
try:
    Store.open(DataLayout(Path(sys.argv[1])), keys=MemoryKeys())
    print("opened")
except StoreError as exc:
    print(exc.kind)
    print(exc)
"""


def _without_permission_override() -> None:
    """In the child: drop CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH so root obeys file permissions too."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.mark.skipif(sys.platform != "linux", reason="permission model of Linux")
@pytest.mark.parametrize("what", ["folder", "file", "folder-and-file"])
def test_a_read_only_data_folder_is_refused_at_open_in_vietnamese(desk: Desk, what: str) -> None:
    with desk.open() as store:
        store.save_new(make_dossier(1), actor="lan")
    root, database = desk.layout.root, desk.layout.database
    try:
        if "file" in what:
            database.chmod(0o444)
        if "folder" in what:
            root.chmod(0o555)
        result = subprocess.run([sys.executable, "-c", _CHILD, str(root)], cwd=REPO, capture_output=True,
                                text=True, encoding="utf-8", preexec_fn=_without_permission_override, timeout=60)
    finally:
        root.chmod(0o755)
        database.chmod(0o644)
    kind, _, message = result.stdout.partition("\n")
    assert kind == "read_only", result.stdout + result.stderr
    assert "chỉ cho phép đọc" in message or "Không mở được cơ sở dữ liệu" in message
    assert "Traceback" not in result.stderr
    with desk.open() as store:
        assert store.count() == 1
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# ------------------------------------------------------------------------------------------------ corruption


def _damage_pages(path: Path, seed: int = 1, every: int = 5) -> None:
    rng = random.Random(seed)
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for page in range(4, size // 4096, every):
            handle.seek(page * 4096 + 64)
            handle.write(bytes(rng.randrange(256) for _ in range(512)))


def test_a_file_that_is_not_a_database_is_reported_with_the_latest_backup(desk: Desk) -> None:
    with desk.open() as store:
        store.save_new(make_dossier(1), actor="lan")
        backup = store.backup("daily").info
    for suffix in ("-wal", "-shm"):
        Path(f"{desk.layout.database}{suffix}").unlink(missing_ok=True)
    desk.layout.database.write_bytes(b"this is not a database, it was overwritten by a virus scanner " * 100)
    with pytest.raises(CorruptDatabase) as info:
        desk.open()
    assert info.value.latest_backup is not None
    assert info.value.latest_backup.path == backup.path
    assert backup.path.name in str(info.value)
    assert "bị hỏng" in str(info.value)
    assert "sau thời điểm đó sẽ bị mất" in str(info.value)


def test_restore_never_reissues_numbers_printed_after_the_backup(desk: Desk) -> None:
    with desk.open() as store:
        store.save_new(make_dossier(1), actor="lan")
        store.backup("daily")
        printed = [store.save_new(make_dossier(i), actor="lan").code for i in (2, 3)]  # receipts handed out
    for suffix in ("-wal", "-shm"):
        Path(f"{desk.layout.database}{suffix}").unlink(missing_ok=True)
    desk.layout.database.write_bytes(os.urandom(50_000))  # nothing can be read back from it
    result = restore_latest_backup(desk.layout)
    assert not result.loss.readable
    assert "mọi hồ sơ tiếp nhận hoặc thay đổi sau thời điểm đó sẽ bị mất" in result.loss.message()
    with desk.open() as store:
        assert store.count() == 1
        fresh = store.save_new(make_dossier(4), actor="lan")
    assert fresh.code not in printed
    assert parse_code(fresh.code).number == 4


def test_damaged_pages_are_caught_by_quick_check_at_start_and_the_latest_backup_restores(desk: Desk) -> None:
    with desk.open() as store:
        with store.transaction():
            kept = [store.save_new(make_dossier(i), actor="lan") for i in range(150)]
        store.backup("daily")
        desk.clock.advance(hours=2)
        lost = store.save_new(make_dossier(500), actor="lan")
    _damage_pages(desk.layout.database)
    with pytest.raises(CorruptDatabase) as info:
        desk.open()
    assert info.value.latest_backup is not None
    loss = describe_loss(desk.layout, info.value.latest_backup.path)
    assert "sau thời điểm đó" in loss.message()

    result = restore_latest_backup(desk.layout)
    assert result.safety_copy is not None and result.safety_copy.exists()  # the damaged file is kept
    with desk.open() as store:
        assert store.count() == 150
        assert store.get(kept[42].uuid) == kept[42]
        assert store.find(lost.uuid) is None
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The number printed on the lost dossier's receipt is never handed out again: the restored counters
        # are raised from the journal of issued numbers (the damaged file may be unreadable).
        fresh = store.save_new(make_dossier(600, received_at=lost.received_at), actor="lan")
        assert parse_code(fresh.code).number == parse_code(lost.code).number + 1


def test_corruption_found_while_reading_is_typed_too(desk: Desk) -> None:
    with desk.open() as store, store.transaction():
        for i in range(150):
            store.save_new(make_dossier(i), actor="lan")
    _damage_pages(desk.layout.database, seed=7, every=2)
    # Opened without the start-up check, the damage is met while reading, and typed the same way.
    with pytest.raises(CorruptDatabase), desk.open(check=False) as store:
        for summary in store.list(limit=1000):
            store.get(summary.uuid)
            store.events(summary.uuid)
        store.audit_log(limit=100_000)


def test_open_without_any_backup_says_so(tmp_path: Path) -> None:
    from sync.layout import DataLayout

    layout = DataLayout(tmp_path / "desk")
    layout.root.mkdir()
    layout.database.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    with pytest.raises(CorruptDatabase) as info:
        Store.open(layout, keys=MemoryKeys())
    assert info.value.latest_backup is None
    assert "không có bản sao lưu nào" in str(info.value)
