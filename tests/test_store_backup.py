"""Online backups, their rotation and second folder, restore with its safety copy, and the loss report."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from sync.store import (
    InvalidBackup,
    Store,
    describe_loss,
    inspect_backup,
    list_backups,
    restore_backup,
    sequence_journal,
)
from sync.store.migrations import LATEST_VERSION
from tests.store_fixtures import (  # noqa: F401  (fixtures)
    Desk,
    desk_fixture,
    make_dossier,
    memory_keyring_fixture,
    store_fixture,
)


def test_a_backup_is_a_whole_single_file_database(store: Store) -> None:
    saved = store.save_new(make_dossier(1), actor="lan")
    result = store.backup("manual")
    path = result.info.path
    assert path.parent == store.layout.backups
    assert path.name.startswith("motcua-20250715-") and path.name.endswith("-manual.sqlite3")
    contents = inspect_backup(path)
    assert (contents.dossiers, contents.schema_version) == (1, LATEST_VERSION)
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # no WAL to get separated from it
    assert conn.execute("SELECT code FROM dossiers").fetchone()[0] == saved.code
    conn.close()
    assert not Path(f"{path}-wal").exists()


def test_rotation_keeps_the_newest_n_and_safety_copies_apart(desk: Desk) -> None:
    with desk.open() as store:
        store.set_setting("backup.keep", "3")
        for _ in range(5):
            desk.clock.advance(days=1)
            store.backup("daily")
        store.backup("manual")
    names = [b.path.name for b in list_backups(desk.layout.backups)]
    rotating = [n for n in names if not n.endswith("pre-migration.sqlite3")]
    assert len(rotating) == 3
    assert rotating[0].endswith("-manual.sqlite3")
    assert "motcua-20250720-" in rotating[1]  # newest daily kept, oldest gone
    assert not any("motcua-20250716-" in n for n in names)


def test_daily_backup_once_a_day_and_exit_backup_on_close(desk: Desk) -> None:
    store = desk.open()
    assert store.backup_if_due() is not None
    assert store.backup_if_due() is None  # already one today
    desk.clock.advance(days=1)
    assert store.backup_if_due() is not None
    store.close(backup=True)
    reasons = sorted(b.reason for b in list_backups(desk.layout.backups))
    assert reasons == ["daily", "daily", "exit"]


def test_second_folder_receives_a_copy_and_its_absence_is_reported_not_fatal(desk: Desk, tmp_path: Path) -> None:
    usb = tmp_path / "usb" / "MotCua"
    with desk.open() as store:
        store.save_new(make_dossier(1), actor="lan")
        store.set_setting("backup.second_folder", str(usb))
        result = store.backup("daily")
        assert result.second_copy is not None and result.second_copy.parent == usb
        assert inspect_backup(result.second_copy).dossiers == 1
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        store.set_setting("backup.second_folder", str(blocker / "sub"))
        result = store.backup("daily")
        assert result.second_copy is None and result.second_copy_error
        assert result.info.path.exists()


def test_backup_to_a_chosen_file(store: Store, tmp_path: Path) -> None:
    store.save_new(make_dossier(1), actor="lan")
    target = tmp_path / "out" / "copy.sqlite3"
    store.backup("manual", target=target)
    assert inspect_backup(target).dossiers == 1


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 200])
def test_restore_refuses_a_file_that_is_not_a_whole_database_and_touches_nothing(desk: Desk, tmp_path: Path,
                                                                                 content: bytes) -> None:
    with desk.open() as store:
        store.save_new(make_dossier(1), actor="lan")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    before = desk.layout.database.read_bytes()
    with pytest.raises(InvalidBackup):
        restore_backup(desk.layout, bad)
    assert desk.layout.database.read_bytes() == before
    assert list_backups(desk.layout.backups) == []


def test_restore_refuses_another_applications_database(desk: Desk, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(str(other))
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(InvalidBackup, match="không phải là cơ sở dữ liệu của MotCua Desk"):
        restore_backup(desk.layout, other)


def test_restore_replaces_the_database_keeps_a_safety_copy_and_reports_the_loss(desk: Desk) -> None:
    with desk.open() as store:
        kept = store.save_new(make_dossier(1), actor="lan")
        backup = store.backup("daily").info.path
        desk.clock.advance(hours=3)
        new = store.save_new(make_dossier(2), actor="lan")
        store.update_fields(replace(store.get(kept.uuid), note="sửa"), actor="lan")
    loss = describe_loss(desk.layout, backup)
    assert loss.readable
    assert loss.lost_dossiers == 2
    assert set(loss.lost_codes) == {kept.code, new.code}
    assert "sẽ làm mất 2 hồ sơ" in loss.message()

    result = restore_backup(desk.layout, backup)
    assert result.loss == loss
    assert result.safety_copy is not None
    assert inspect_backup(result.safety_copy).dossiers == 2  # what was there before, kept
    with desk.open() as store:
        assert store.count() == 1
        assert store.get(kept.uuid).note == ""
        assert store.find(new.uuid) is None


def test_loss_report_with_nothing_lost(desk: Desk) -> None:
    with desk.open() as store:
        store.save_new(make_dossier(1), actor="lan")
        backup = store.backup("daily").info.path
    loss = describe_loss(desk.layout, backup)
    assert loss.lost_dossiers == 0
    assert "không mất hồ sơ nào" in loss.message()


def test_sequence_journal_ignores_torn_lines_and_compacts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = sequence_journal.journal_path(tmp_path)
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(1, 40):
            sequence_journal.append(handle, "000.00.12.H49", "2025-07-15", 1, n)
        sequence_journal.append(handle, "000.00.12.H49", "2025-07-15", 2, 1001)
        handle.write("000.00.12.H49\t2025-07-15\t1\t9")  # cut short by a crash: no newline
    assert sequence_journal.read_maxima(path) == {("000.00.12.H49", "2025-07-15", 1): 39,
                                                  ("000.00.12.H49", "2025-07-15", 2): 1001}
    monkeypatch.setattr(sequence_journal, "COMPACT_ABOVE_BYTES", 100)
    sequence_journal.open_for_append(path).close()
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2
    assert sequence_journal.read_maxima(path)[("000.00.12.H49", "2025-07-15", 1)] == 39


def test_saves_write_the_journal(store: Store) -> None:
    codes = [store.save_new(make_dossier(i), actor="lan").code for i in range(3)]
    maxima = sequence_journal.read_maxima(sequence_journal.journal_path(store.layout.root))
    assert maxima == {("000.00.12.H49", "2025-07-15", 1): 3}
    assert codes[-1].endswith("-0003")


def test_backup_timestamps_follow_the_clock(desk: Desk) -> None:
    with desk.open() as store:
        desk.clock.advance(days=10, hours=1)
        info = store.backup("manual").info
    assert info.taken_at == desk.clock.now.replace(microsecond=0)
    assert list_backups(desk.layout.backups)[0].taken_at == info.taken_at
