"""Every migration, tested by upgrading a database made at every earlier version (data-driven)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sync.layout import DataLayout
from sync.store import LATEST_VERSION, MemoryKeys, NotAMotcuaDatabase, SchemaTooNew, Store, list_backups
from sync.store.migrations import MIGRATIONS, migrate, user_version
from tests.store_migration_samples import SAMPLES


def schema_of(conn: sqlite3.Connection) -> dict[str, Any]:
    """The structure of a database, independent of how its DDL text was formatted."""
    shape: dict[str, Any] = {}
    for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ):
        if kind == "table":
            shape[f"table {name}"] = [tuple(r) for r in conn.execute(f'PRAGMA table_xinfo("{name}")')]
            shape[f"fk {name}"] = sorted(tuple(r)[2:5] for r in conn.execute(f'PRAGMA foreign_key_list("{name}")'))
        elif kind == "index":
            shape[f"index {name}"] = (table, [tuple(r) for r in conn.execute(f'PRAGMA index_xinfo("{name}")')],
                                      re.sub(r"\s+", " ", sql or ""))
        else:
            shape[f"{kind} {name}"] = re.sub(r"\s+", " ", sql or "")
    return shape


def counts_of(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'dossier_fts_%'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def build_at(path: Path, version: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for v in range(1, version + 1):
        migrate(conn, target=v)
        SAMPLES[v](conn)
    assert user_version(conn) == version
    conn.close()


def test_migrations_are_numbered_and_every_one_has_sample_rows() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    assert set(SAMPLES) == set(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("start", range(0, LATEST_VERSION))
def test_upgrade_from_every_earlier_version_keeps_the_data(start: int, tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "desk")
    build_at(layout.database, start)
    before = sqlite3.connect(str(layout.database))
    counts_before = counts_of(before) if start else {}
    before.close()

    with Store.open(layout, keys=MemoryKeys()) as store:
        conn = store.connection
        assert user_version(conn) == LATEST_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO dossier_fts(dossier_fts, rank) VALUES ('integrity-check', 1)")
        after = counts_of(conn)
        for table, n in counts_before.items():
            # settings gains the store id when the sample had none; nothing is ever lost
            assert after[table] >= n, table
        if start >= 1:
            v1 = store.get("v1-dossier")
            assert v1.applicant.full_name == "Đặng Thị Hoa"
            assert v1.form_data == {"noi_sinh": "Trạm y tế"}
            # the search index covers rows that existed before it was created (v2 backfills them)
            assert [s.uuid for s in store.search("dang thi hoa")] == ["v1-dossier"]
            assert [s.uuid for s in store.search("0905111222")] == ["v1-dossier"]
            assert store.store_id == "v1-store"
            # an upgrade of a database holding data is preceded by a backup at the old version
            [backup] = [b for b in list_backups(layout.backups) if b.reason == "pre-migration"]
            old = sqlite3.connect(str(backup.path))
            assert user_version(old) == start
            old.close()
        if start >= 2:
            assert [s.uuid for s in store.search("nguyen van an")] == ["v2-dossier"]

    fresh = tmp_path / "fresh" / "motcua.sqlite3"
    build_at(fresh, 0)
    fresh_conn = sqlite3.connect(str(fresh), isolation_level=None)
    migrate(fresh_conn)
    upgraded = sqlite3.connect(str(layout.database))
    assert schema_of(upgraded) == schema_of(fresh_conn)
    upgraded.close()
    fresh_conn.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "desk")
    build_at(layout.database, LATEST_VERSION)
    conn = sqlite3.connect(str(layout.database), isolation_level=None)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew, match="phiên bản MotCua Desk mới hơn"):
        Store.open(layout, keys=MemoryKeys())


def test_a_foreign_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "desk")
    layout.root.mkdir()
    conn = sqlite3.connect(str(layout.database))
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAMotcuaDatabase):
        Store.open(layout, keys=MemoryKeys())


def test_a_migration_that_fails_leaves_the_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = DataLayout(tmp_path / "desk")
    build_at(layout.database, 1)
    import sync.store.migrations as migrations

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (x)")
        raise ZeroDivisionError

    broken = migrations.Migration(2, "broken", half_done)
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken, *migrations.MIGRATIONS[2:]))
    conn = sqlite3.connect(str(layout.database), isolation_level=None)
    with pytest.raises(ZeroDivisionError):
        migrations.migrate(conn)
    assert user_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    conn.close()
