"""Kill a writing process with SIGKILL at hundreds of random instants; nothing saved is lost or half-written.

A warm writer process (tests/store_killer.py) forks a child per round; the child saves dossiers in a loop and
reports each one right after its save returned; the test kills it after a random delay (during open, inside
a transaction, between saves, during a commit…). After every kill the database is checked; at the end it is
checked whole: every reported dossier is present and equal to what was saved, every dossier present is
complete (its create event, its outbox row, its search entry), numbers of each day run 1…n without a hole or
a repeat, and SQLite's integrity and foreign-key checks pass.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from forms.dossier import SyncState
from forms.dossier_code import parse_code
from sync.layout import DataLayout
from sync.store import MemoryKeys, Store
from tests.cli_helpers import REPO
from tests.store_killer import expected_dossier, index_of

KILLS = 220
MAX_DELAY_S = 0.100

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)"),
]


def _check_consistency(conn: sqlite3.Connection) -> None:
    """No partial dossier: each one has exactly its create event, its outbox row and its search entry."""
    orphans = conn.execute(
        """SELECT count(*) FROM dossiers d WHERE
             (SELECT count(*) FROM events e WHERE e.dossier_uuid = d.uuid AND e.action = 'create') != 1
          OR (SELECT count(*) FROM outbox o WHERE o.dossier_uuid = d.uuid) != 1"""
    ).fetchone()[0]
    assert orphans == 0
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == conn.execute(
        "SELECT count(*) FROM dossiers").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == conn.execute(
        "SELECT count(*) FROM dossiers").fetchone()[0]


def test_sigkill_at_random_instants_loses_nothing_and_leaves_nothing_half_written(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "desk")
    layout.root.mkdir()  # no database yet: the first kills may land inside the migrations
    rng = random.Random(20250715)
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.store_killer"], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, bufsize=1,
    )
    assert writer.stdin is not None and writer.stdout is not None
    reported: dict[str, tuple[int, str]] = {}  # uuid -> (index, code)
    kills_inside_work = 0
    started = time.monotonic()
    try:
        for round_number in range(KILLS):
            writer.stdin.write(f"run {layout.root}\n")
            writer.stdin.flush()
            pid = None
            before = len(reported)
            while pid is None:
                line = writer.stdout.readline()
                assert line, "the writer process died"
                if line.startswith("pid "):
                    pid = int(line.split()[1])
                elif line.startswith("saved "):
                    _, index, code, uuid = line.split()
                    reported[uuid] = (int(index), code)
            time.sleep(rng.uniform(0, MAX_DELAY_S))
            os.kill(pid, signal.SIGKILL)
            while True:
                line = writer.stdout.readline()
                assert line, "the writer process died"
                if line.startswith("saved "):
                    _, index, code, uuid = line.split()
                    reported[uuid] = (int(index), code)
                elif line.startswith("exit "):
                    status = int(line.split()[1])
                    break
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"round {round_number}: the child ended by itself (status {status}): a save raised"
            )
            kills_inside_work += len(reported) > before

            # After each kill: what was reported is there, and nothing is half-written.
            with Store.open(layout, keys=MemoryKeys(), check=round_number % 20 == 0) as store:
                for uuid, (_, saved_code) in list(reported.items())[before:]:
                    found = store.find(uuid)
                    assert found is not None, f"round {round_number}: dossier {saved_code} reported saved but missing"
                    assert found.code == saved_code
                _check_consistency(store.connection)
    finally:
        writer.stdin.close()
        writer.wait(timeout=30)

    elapsed = time.monotonic() - started
    assert len(reported) > KILLS, "the writer hardly saved anything: the kills did not land between saves"
    assert kills_inside_work > KILLS // 3  # most kills landed while saving, not during start-up

    with Store.open(layout, keys=MemoryKeys()) as store:
        conn = store.connection
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO dossier_fts(dossier_fts, rank) VALUES ('integrity-check', 1)")
        _check_consistency(conn)
        # Every dossier present — reported or saved just before a kill — is whole and exactly as saved.
        uuids = [r[0] for r in conn.execute("SELECT uuid FROM dossiers")]
        assert set(reported) <= set(uuids)
        numbers_by_day: dict[str, list[int]] = defaultdict(list)
        for uuid in uuids:
            stored = store.get(uuid)
            expected = expected_dossier(index_of(uuid))
            assert stored == replace(expected, code=stored.code, revision=1, sync_state=SyncState.PENDING)
            if uuid in reported:
                assert reported[uuid][1] == stored.code
            assert [s.uuid for s in store.search(stored.code)] == [uuid]
            parsed = parse_code(stored.code)
            numbers_by_day[parsed.day.isoformat()].append(parsed.number)
        # Indices run 0…n-1: a save is all or nothing, and the next writer resumed right after the last one.
        assert sorted(index_of(u) for u in uuids) == list(range(len(uuids)))
        # Numbers of each day run 1…n: none skipped by a half-done save, none issued twice.
        for day, numbers in numbers_by_day.items():
            assert sorted(numbers) == list(range(1, len(numbers) + 1)), day
            last = conn.execute("SELECT last FROM daily_sequences WHERE day = ?", (day,)).fetchone()[0]
            assert last == len(numbers)
    print(f"{KILLS} kills, {len(reported)} dossiers reported saved, {len(uuids)} present, {elapsed:.1f} s")
