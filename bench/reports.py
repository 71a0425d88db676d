"""Benchmark of the periodic statistics (Biểu II.06a) over a large store.

    python -m bench.reports [--n 1000000] [--copies K] [--runs 7] [--work-dir DIR] [--rebuild]
    python -m bench.reports --n 3000 --runs 3          (smoke run, well under a minute)

The database is seeded once with `sync.demo.seed(fast=True)` — the store's fast path behind
`motcua demo seed --n N --fast`: realistic training dossiers with their lifecycle — into the work directory
and reused by later runs. That path costs a few milliseconds of CPU per dossier; on a small, busy machine a
million takes many hours, so `--copies K` seeds n/K dossiers that way and makes up the rest in SQL as K-1
copies of them shifted 1, 2, … days back (new uuid and code; every report column, including the
end-of-processing time the triggers derived, shifted the same). The output says which way the database was
built. A folder left incomplete by an interrupted build is resumed, not thrown away. The seeded dossiers are
training data, so every query here includes training data.

Printed, measured in the same run on the same connection (medians over `--runs` runs after one warm-up):
- the year's statistics (`sync.reports.period_statistics`, the current year) — goal < 1 s at 1 000 000;
- the same for the whole span of the data (every dossier), for scale;
- baselines: a bare `SELECT count(*) FROM dossiers`; a count of the year's dossiers in the received_at index
  (the least any query touching the year must do); a plain GROUP BY field of the year's received dossiers
  (the received_at index, then each row) — and the ratios of the statistics to them;
- the CPU time of the year's statistics, and the load average: on a shared machine the wall clock is the
  CPU time stretched by the other processes.
The first, cold run of the year's statistics (right after opening the database) is printed too.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from bench.timing import measure, report
from forms.clock import now_vn
from forms.reporting import Period
from sync import demo
from sync.layout import DataLayout
from sync.reports import period_statistics
from sync.store import MemoryKeys, Store
from sync.store.codec import dt_to_db

DEFAULT_N = 1_000_000


_DATETIMES = ("received_at", "due_at", "rescheduled_due_at", "finished_at", "returned_at", "rated_at",
              "created_at", "updated_at", "ended_at")


def _shifted(column: str, days: int) -> str:
    """A stored datetime ('YYYY-MM-DDTHH:MM:SS.ffffff+07:00') moved `days` back, in the same text form.

    SQLite's date functions would read the +07:00 and answer in UTC, so the local part is shifted alone
    and the sub-millisecond digits and the offset are put back as they were."""
    return (f"CASE WHEN {column} IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%f', substr({column}, 1, 23),"
            f" '-{days} days') || substr({column}, 24) END")


def replicate(conn: sqlite3.Connection, target: int) -> int:
    """Add copies of the seeded dossiers, each set shifted a day further back, until there are `target`."""
    columns = [row[1] for row in conn.execute("PRAGMA table_info(dossiers)") if row[1] != "id"]
    base_max = int(conn.execute("SELECT max(id) FROM dossiers WHERE uuid NOT LIKE '%-copy%'").fetchone()[0])
    seeded = int(conn.execute("SELECT count(*) FROM dossiers WHERE uuid NOT LIKE '%-copy%'").fetchone()[0])
    count = int(conn.execute("SELECT count(*) FROM dossiers").fetchone()[0])
    copy = 1 + (count - seeded) // seeded  # each copy is one transaction: whole, or not there
    while count < target:
        take = min(target - count, base_max)
        values = []
        for column in columns:
            if column in _DATETIMES:
                values.append(_shifted(column, copy))
            elif column in ("uuid", "code"):
                values.append(f"{column} || '-copy{copy}'")
            else:
                values.append(column)
        with conn:  # one transaction per copy
            conn.execute("BEGIN")
            conn.execute(f"INSERT INTO dossiers ({', '.join(columns)}) SELECT {', '.join(values)} FROM dossiers"
                         f" WHERE id <= ? ORDER BY id LIMIT ?", (base_max, take))
            # The insert trigger finds no closing event for a copy: give it its original's end, shifted.
            suffix = f"-copy{copy}"
            conn.execute(f"UPDATE dossiers AS c SET ended_at = (SELECT {_shifted('o.ended_at', copy)}"
                         f" FROM dossiers AS o WHERE o.uuid = substr(c.uuid, 1, length(c.uuid) - {len(suffix)}))"
                         f" WHERE c.uuid LIKE '%{suffix}' AND c.status IN (7, 8)")
        count += take
        print(f"  copy {copy}: {count} dossiers", flush=True)
        copy += 1
    return count


def build(work: Path, n: int, copies: int, rebuild: bool) -> tuple[Path, str]:
    """A data folder holding n dossiers, built once and kept (marked complete only when whole)."""
    folder = work / f"desk-{n}" if copies == 1 else work / f"desk-{n}-copies{copies}"
    done = folder / "complete"
    if done.exists() and not rebuild:
        return folder, done.read_text()
    if rebuild and folder.exists():
        for child in sorted(folder.rglob("*"), reverse=True):
            child.unlink() if child.is_file() else child.rmdir()
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    base = -(-n // copies)
    with Store.open(DataLayout(folder), keys=MemoryKeys()) as store:
        conn = store.connection
        have = int(conn.execute("SELECT count(*) FROM dossiers WHERE uuid NOT LIKE '%-copy%'").fetchone()[0])
        if have < base:
            print(f"seeding {base - have} dossiers into {folder} (sync.demo.seed, fast path) …", flush=True)
            for i, _dossier in enumerate(demo.seed(store, base - have, rng_seed=n + have, fast=True, batch=5000), 1):
                if i % 50_000 == 0:
                    print(f"  {have + i} dossiers, {time.perf_counter() - started:.0f} s", flush=True)
        seeded = int(conn.execute("SELECT count(*) FROM dossiers WHERE uuid NOT LIKE '%-copy%'").fetchone()[0])
        total = replicate(conn, n) if copies > 1 else seeded
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    how = (f"{seeded} seeded with sync.demo.seed (fast path)" + (f", {total - seeded} time-shifted copies of them"
                                                                if total > seeded else ""))
    done.write_text(how)
    print(f"  built in {time.perf_counter() - started:.0f} s: {how}", flush=True)
    return folder, how


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reports", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N, help=f"dossiers in the database (default {DEFAULT_N})")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measurement (default 7)")
    parser.add_argument("--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "motcua-bench-reports",
                        help="where the database is seeded and kept between runs")
    parser.add_argument("--copies", type=int, default=1,
                        help="seed n/K dossiers, make up the rest as K-1 day-shifted copies (default 1: seed all)")
    parser.add_argument("--rebuild", action="store_true", help="seed the database again")
    args = parser.parse_args(argv)
    if args.n < 1 or args.runs < 1 or args.copies < 1:
        parser.error("--n, --runs and --copies must be positive")
    print(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs", flush=True)
    folder, how = build(args.work_dir, args.n, args.copies, args.rebuild)
    layout = DataLayout(folder)
    now = now_vn()
    year = Period.year(now.year)

    with Store.open(layout, keys=MemoryKeys()) as store:
        conn = store.connection
        total, first, last = conn.execute("SELECT count(*), min(received_at), max(received_at) FROM dossiers").fetchone()
        span = Period.between(_day(first), _day(last))
        started = time.perf_counter()
        cold = period_statistics(conn, year, now=now, include_training=True)
        cold_s = time.perf_counter() - started
        print(f"{total} dossiers ({how}) received {span.start} … {span.end}; database "
              f"{layout.database.stat().st_size / 1e9:.2f} GB", flush=True)
        print(f"year {year.start.year}: {cold.total.taken_up_total} dossiers taken up "
              f"({cold.total.received_total} received, {cold.total.carried_over} carried over), "
              f"{len(cold.rows)} fields; on-time rate {cold.rates.on_time.percent_text()}, "
              f"satisfaction {cold.rates.satisfaction.percent_text()}", flush=True)
        print(f"first (cold) run of the year's statistics: {cold_s * 1000:.1f} ms", flush=True)

        bounds = (dt_to_db(year.starts_at), dt_to_db(year.ends_before))
        count_all = measure("bare SELECT count(*) FROM dossiers",
                            lambda: conn.execute("SELECT count(*) FROM dossiers").fetchone(), runs=args.runs)
        count_year = measure(
            "count of the year's dossiers in the received_at index (the least that touches the year)",
            lambda: conn.execute("SELECT count(*) FROM dossiers INDEXED BY dossiers_received_at"
                                 " WHERE received_at >= ? AND received_at < ?", bounds).fetchone(), runs=args.runs)
        plain = measure(
            "plain GROUP BY field of the year's received dossiers (received_at index, then the rows)",
            lambda: conn.execute("SELECT field_code, count(*) FROM dossiers INDEXED BY dossiers_received_at"
                                 " WHERE received_at >= ? AND received_at < ? GROUP BY field_code", bounds).fetchall(),
            runs=args.runs)
        stats_year = measure(f"year's statistics ({year.start.year}, Biểu II.06a + rates)",
                             lambda: period_statistics(conn, year, now=now, include_training=True), runs=args.runs)
        cpu_year = cpu_median(lambda: period_statistics(conn, year, now=now, include_training=True), args.runs)
        stats_span = measure(f"statistics over the whole span ({span.start} … {span.end})",
                             lambda: period_statistics(conn, span, now=now, include_training=True), runs=args.runs)
        report(count_all)
        report(count_year)
        report(plain)
        report(stats_year, count_year)
        report(stats_year, plain)
        report(stats_span, plain)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"CPU time of the year's statistics (this process): median {cpu_year * 1000:.1f} ms; "
              f"load average while measuring {load:.1f} on {os.cpu_count()} CPUs", flush=True)
        verdict = "met" if stats_year.median_s < 1.0 else "NOT met"
        print(f"goal: the year's statistics under 1 s at {total} dossiers — {verdict} "
              f"({stats_year.median_ms:.1f} ms wall clock)", flush=True)
    return 0


def cpu_median(fn: Callable[[], object], runs: int) -> float:
    """CPU seconds this process spent per call (median): what the query costs when the machine is shared."""
    samples = []
    for _ in range(runs):
        started = time.process_time()
        fn()
        samples.append(time.process_time() - started)
    return statistics.median(samples)


def _day(text: str | None) -> date:
    return datetime.fromisoformat(text).date() if text else now_vn().date()


if __name__ == "__main__":
    raise SystemExit(main())
