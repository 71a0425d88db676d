"""bench/reports.py runs end to end at a small size (the million-dossier run is for the developer's note)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.cli_helpers import REPO


def test_the_benchmark_smoke_run_builds_and_measures(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "bench.reports", "--n", "300", "--copies", "3", "--runs", "1",
         "--work-dir", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    out = completed.stdout
    assert "300 dossiers (100 seeded with sync.demo.seed (fast path), 200 time-shifted copies of them)" in out
    assert re.search(r"year's statistics \(\d{4}, Biểu II\.06a \+ rates\): median [\d.]+ ms over 1 runs; "
                     r"ratio to plain GROUP BY", out)
    assert re.search(r"goal: the year's statistics under 1 s at 300 dossiers — (met|NOT met)", out)
    # The copies are whole dossiers a day apart, their end of processing shifted with them.
    conn = sqlite3.connect(str(tmp_path / "desk-300-copies3" / "motcua.sqlite3"))
    pairs = conn.execute(
        "SELECT o.received_at, c.received_at, o.ended_at, c.ended_at FROM dossiers o"
        " JOIN dossiers c ON c.uuid = o.uuid || '-copy1' WHERE o.ended_at IS NOT NULL").fetchall()
    conn.close()
    assert pairs
    for received, copy_received, ended, copy_ended in pairs:
        assert (received[:10] > copy_received[:10]) and received[10:] == copy_received[10:]
        assert ended[10:] == copy_ended[10:] and ended[:10] > copy_ended[:10]
