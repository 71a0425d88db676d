"""Benchmark of the local store: save latency, search speed, database size.

    python -m bench.store [--sizes 10000,100000,1000000] [--runs 30] [--work-dir DIR] [--rebuild]
    python -m bench.store --sizes 2000 --runs 10          (smoke run, a few seconds)

Prints, measured in the same run:
- the median commit latency of one dossier save (`Store.save_new`: code, dossier, event, outbox row, search
  index, one transaction) and its ratio to a bare sqlite3 INSERT of the same row into a plain table with the
  same pragmas (WAL, synchronous=FULL, foreign_keys), each committed on its own (goal ≤ 2×);
- for each size, the median time to the first page (50 hits) of typical searches (goal < 10 ms at 1 000 000)
  and of the dossier desk's default list;
- the database size per 1 000 dossiers (after a WAL checkpoint).

Databases of each size are built once with `sync.demo.seed(fast=True)` (realistic training dossiers with
their lifecycle) into the work directory and reused by later runs; each size extends a copy of the previous.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from bench.timing import Measurement, measure, report
from forms.calendar import WorkingCalendar
from forms.catalogue import load_default_catalogue
from forms.clock import now_vn
from forms.deadlines import due_at
from forms.dossier import Dossier, SyncState
from forms.dossier_code import format_code
from forms.status import DossierStatus
from forms.text import fold
from sync import demo
from sync.desk_profile import read_profile
from sync.layout import DataLayout
from sync.store import DossierFilter, DueState, MemoryKeys, Store
from sync.store.codec import DOSSIER_COLUMNS, dossier_to_row, dt_to_db

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
LIFECYCLE_UP_TO = 100_000  # sizes above are bulk-loaded (_bulk)
PAGE = 50


def _sample_dossiers(n: int) -> list[Dossier]:
    """Realistic dossiers to save (generated before timing starts)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(DataLayout(Path(tmp)), keys=MemoryKeys())
        seeder = demo.Seeder(store, load_default_catalogue(), random.Random(1), now_vn(), WorkingCalendar())
        procedures, weights = seeder.procedures()
        times = demo.reception_times(seeder.calendar, seeder.now, n, seeder.rng, 20)
        drafts = [seeder.draft(seeder.rng.choices(procedures, weights=weights)[0], t) for t in times]
        store.close()
    # Real dossiers (not training): the save also writes the outbox row, as at the counter.
    return [replace(d, training=False) for d in drafts]


def bench_save(runs: int) -> tuple[Measurement, Measurement, Measurement]:
    """Measured in one interleaved loop (save, bare, bare-into-schema, save, …) so that a burst of disk load on
    the machine hits all three the same way; each sample is one committed, fsync'd transaction.

    Two baselines, both plain sqlite3 with the store's pragmas and the same row (`dossier_to_row`):
    - into a plain table with the dossier's columns and nothing else;
    - into the store's own `dossiers` table of a migrated database, whose indexes and search-index triggers
      come with the row. The difference to the save is then what the store adds: the code from the day's
      sequence, the audit event, the outbox row with the dossier's snapshot, and the Python around them.
    """
    dossiers = iter(_sample_dossiers(runs * 3 + 30))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(DataLayout(Path(tmp) / "desk"), keys=MemoryKeys())
        Store.open(DataLayout(Path(tmp) / "schema"), keys=MemoryKeys()).close()

        def bare_connection(path: Path) -> sqlite3.Connection:
            conn = sqlite3.connect(str(path), isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            return conn

        plain = bare_connection(Path(tmp) / "bare.sqlite3")
        plain.execute(f"CREATE TABLE dossiers (id INTEGER PRIMARY KEY, {', '.join(DOSSIER_COLUMNS)}, created_at)")
        schema = bare_connection(Path(tmp) / "schema" / "motcua.sqlite3")
        columns = (*DOSSIER_COLUMNS, "created_at")
        sql = f"INSERT INTO dossiers ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"

        def save() -> None:
            store.save_new(next(dossiers), actor="bench")

        def bare(conn: sqlite3.Connection) -> Callable[[], None]:
            def insert() -> None:
                # The same work a save does to turn the dossier into its row, then one INSERT.
                dossier = replace(next(dossiers), code=f"X-{time.perf_counter_ns()}")
                row = dossier_to_row(dossier, updated_at=now_vn())
                row["created_at"] = row["updated_at"]
                conn.execute("BEGIN")
                conn.execute(sql, tuple(row[c] for c in columns))
                conn.execute("COMMIT")
            return insert

        steps: list[tuple[Callable[[], None], list[float]]] = [(save, []), (bare(plain), []), (bare(schema), [])]
        for _ in range(3):  # warm-up
            for fn, _samples in steps:
                fn()
        for _ in range(runs):
            for fn, samples in steps:
                started = time.perf_counter()
                fn()
                samples.append(time.perf_counter() - started)
        plain.close()
        schema.close()
        store.close()
    return (Measurement("Store.save_new (one dossier, one transaction)", tuple(steps[0][1])),
            Measurement("bare sqlite3 INSERT of the same row into a plain table (same pragmas)", tuple(steps[1][1])),
            Measurement("bare sqlite3 INSERT of the same row into the store's dossiers table", tuple(steps[2][1])))


def _bulk(store: Store, n: int, *, rng_seed: int, chunk: int = 50_000) -> Iterator[int]:
    """Bulk load for the largest databases: dossiers drawn from the demo generator (same names, ID numbers,
    addresses, procedures, forms and due times), written with the store's own codec (`dossier_to_row`) and
    code format, a "create" event each, the status, dates and rating their age implies set at once (no
    step-by-step lifecycle). Secondary indexes and the search index are dropped during the load and rebuilt
    from their own definitions afterwards — the classic bulk load: minutes instead of hours on a shared
    machine. The resulting schema is exactly the store's. Yields the count loaded so far."""
    conn = store.connection
    rng = random.Random(rng_seed)
    now = now_vn()
    calendar = WorkingCalendar()
    seeder = demo.Seeder(store, load_default_catalogue(), rng, now, calendar)
    procedures, weights = seeder.procedures()
    templates = {p.code: seeder.draft(p, now - timedelta(days=30)) for p in procedures}
    profile = read_profile(store)
    agency, desk = profile.agency_code, profile.desk_number
    times = sorted(demo.reception_times(calendar, now, n, rng))
    counters = {day: last for day, last in conn.execute(
        "SELECT day, last FROM daily_sequences WHERE agency = ? AND desk = ?", (agency, desk))}
    # Unique indexes stay: foreign keys and the uniqueness of codes and uuids rely on them.
    rebuild = [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN"
        " ('dossiers', 'events') AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger'"
        " AND name LIKE 'dossiers_fts_%'))")]
    for name, sql in rebuild:
        conn.execute(f"DROP {'TRIGGER' if sql.upper().startswith('CREATE TRIGGER') else 'INDEX'} {name}")
    dossier_columns = (*DOSSIER_COLUMNS, "created_at", "rating", "rating_scale", "rated_at")
    insert_dossier = (f"INSERT INTO dossiers ({', '.join(dossier_columns)})"
                      f" VALUES ({', '.join('?' * len(dossier_columns))})")
    insert_event = ("INSERT INTO events (uuid, dossier_uuid, action, actor, role, at, recorded_at, to_status,"
                    " reason, changes) VALUES (?, ?, 'create', ?, 'reception', ?, ?, 2, '', '{}')")
    due_memo: dict[tuple[object, ...], datetime] = {}
    loaded = 0
    for start in range(0, n, chunk):
        dossier_rows: list[tuple[object, ...]] = []
        event_rows: list[tuple[object, ...]] = []
        for received in times[start:start + chunk]:
            procedure = rng.choices(procedures, weights=weights)[0]
            template = templates[procedure.code]
            person = demo.make_person(rng, today=received.date())
            key = (received.date(), received.hour, received.minute // 30, procedure.processing_time)
            if key not in due_memo:
                due_memo[key] = due_at(received, procedure.processing_time, calendar=calendar)
            due = due_memo[key]
            day = received.strftime("%Y-%m-%d")
            counters[day] = number = counters.get(day, (desk - 1) * 1000) + 1
            dossier = replace(
                template, uuid=str(uuid.uuid4()), received_at=received, due_at=due, agency_code=agency,
                code=format_code(agency, received.date(), number), revision=1, sync_state=SyncState.LOCAL,
                applicant=replace(template.applicant, full_name=person.name, id_number=person.id_number,
                                  birth_date=person.birth, sex=person.sex, address=person.address,
                                  phone=person.phone, raw_qr=person.qr_payload()))
            rating: tuple[object, ...] = (None, None, None)
            if due + timedelta(days=2) < now and rng.random() < 0.95:
                finished = received + (due - received) * rng.uniform(0.3, 1.05)
                returned = finished + timedelta(hours=rng.randint(1, 48))
                dossier = replace(dossier, status=DossierStatus.RETURNED, finished_at=finished, returned_at=returned)
                rating = (rng.choices((3, 2, 1), weights=(70, 26, 4))[0], 3, dt_to_db(returned))
            elif received < now - timedelta(hours=2):
                dossier = replace(dossier, status=DossierStatus.PROCESSING)
            row = dossier_to_row(dossier, updated_at=received)
            dossier_rows.append((*(row[c] for c in DOSSIER_COLUMNS), row["received_at"], *rating))
            event_rows.append((str(uuid.uuid4()), dossier.uuid, demo.DEMO_ACTOR, row["received_at"], row["received_at"]))
        with store.transaction():
            conn.executemany(insert_dossier, dossier_rows)
            conn.executemany(insert_event, event_rows)
            conn.executemany(
                "INSERT INTO daily_sequences (agency, day, desk, last, updated_at) VALUES (?, ?, ?, ?, '')"
                " ON CONFLICT (agency, day, desk) DO UPDATE SET last = excluded.last",
                [(agency, day, desk, last) for day, last in counters.items()])
        loaded += len(dossier_rows)
        yield loaded
    print("  rebuilding indexes and the search index …", flush=True)
    for _, sql in rebuild:
        conn.execute(sql)
    conn.execute("INSERT INTO dossier_fts(dossier_fts) VALUES ('rebuild')")


def _build(work: Path, sizes: list[int], rebuild: bool) -> dict[int, Path]:
    """One data folder per size, each extending a copy of the previous one."""
    folders: dict[int, Path] = {}
    previous: tuple[int, Path] | None = None
    for size in sorted(sizes):
        folder = work / f"desk-{size}"
        done = folder / "complete"
        if rebuild and folder.exists():
            shutil.rmtree(folder)
        if not done.exists():
            if folder.exists():
                shutil.rmtree(folder)
            start_count = 0
            if previous is not None:
                shutil.copytree(previous[1], folder)
                (folder / "complete").unlink()
                start_count = previous[0]
            folder.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            with Store.open(DataLayout(folder), keys=MemoryKeys()) as store:
                missing = size - start_count
                print(f"building {size} dossiers ({missing} to add) in {folder} …", flush=True)
                if size <= LIFECYCLE_UP_TO:
                    for i, _ in enumerate(demo.seed(store, missing, rng_seed=size, fast=True, batch=2000), 1):
                        if i % 50_000 == 0:
                            print(f"  {start_count + i} dossiers, {time.perf_counter() - started:.0f} s", flush=True)
                else:
                    for loaded in _bulk(store, missing, rng_seed=size):
                        print(f"  {start_count + loaded} dossiers, {time.perf_counter() - started:.0f} s", flush=True)
                store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                store.connection.execute("ANALYZE")
            done.write_text(str(size))
            print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
        folders[size] = folder
        previous = (size, folder)
    return folders


def _queries(store: Store) -> dict[str, str]:
    """Typical searches, taken from the data itself so that they hit."""
    conn = store.connection
    name, id_number, phone, code = conn.execute(
        "SELECT applicant_name, applicant_id_number, applicant_phone, code FROM dossiers"
        " ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM dossiers)"
    ).fetchone()
    family, middle, given = name.split()[0], name.split()[1], name.split()[-1]
    return {
        "common family name + middle (\"nguyen van\")": "nguyen van",
        "full name, no diacritics": fold(name),
        "family + given, with diacritics": f"{family} {given}",
        "\"dang thi\" (đ folded)": "dang thi",
        "ID number prefix (7 digits)": id_number[:7],
        "phone number": phone,
        "dossier code (exact)": code,
        "code fragment (day-number)": "-".join(code.rsplit("-", 2)[1:]),
        "procedure words (\"khai sinh\")": "khai sinh",
        "middle + given": f"{middle} {given}",
    }


def _searcher(store: Store, text: str) -> Callable[[], object]:
    return lambda: store.search(text, limit=PAGE)


def bench_search(folders: dict[int, Path], runs: int) -> None:
    for _, folder in sorted(folders.items()):
        layout = DataLayout(folder)
        database = layout.database
        with Store.open(layout, keys=MemoryKeys(), check=False) as store:
            count = store.count()
            conn = store.connection
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            page_size, pages, free = (conn.execute(f"PRAGMA {p}").fetchone()[0]
                                      for p in ("page_size", "page_count", "freelist_count"))
            in_use = page_size * (pages - free)  # pages a migration freed stay in the file until a VACUUM
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
            print(f"\n== {count} dossiers ({events / count:.1f} audit events each): database {in_use / 1e6:.1f} MB "
                  f"in use ({database.stat().st_size / 1e6:.1f} MB file), {in_use / count * 1000 / 1e6:.2f} MB per "
                  "1 000 dossiers", flush=True)
            medians: list[float] = []
            for label, text in _queries(store).items():
                hits = len(store.search(text, limit=PAGE))
                m = measure(f"search {label} [{hits} hits]", _searcher(store, text), runs=runs)
                report(m)
                medians.append(m.median_ms)
            print(f"search: median of the query medians {statistics.median(medians):.3f} ms, "
                  f"worst {max(medians):.3f} ms (goal < 10 ms at 1 000 000)", flush=True)
            lists: dict[str, Callable[[], object]] = {
                "list: first page, newest first": lambda: store.list(limit=PAGE),
                "list: overdue first page": lambda: store.list(DossierFilter(due_state=DueState.OVERDUE), limit=PAGE),
                "list: status 'processing'": lambda: store.list(
                    DossierFilter(statuses=frozenset({DossierStatus.PROCESSING})), limit=PAGE),
            }
            for label, fn in lists.items():
                report(measure(label, fn, runs=runs))
            started = time.perf_counter()
            store.connection.execute("PRAGMA quick_check").fetchall()
            print(f"PRAGMA quick_check at start: {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.store", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated database sizes (default 10000,100000,1000000)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per measurement (default 30)")
    parser.add_argument("--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "motcua-bench-store",
                        help="where the databases are built and kept between runs")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the databases")
    parser.add_argument("--skip-save", action="store_true", help="only the search part")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]  # "" = the save part only
    print(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs", flush=True)
    if not args.skip_save:
        save, plain, schema = bench_save(args.runs)
        report(plain)
        report(schema)
        report(save, plain)
        report(save, schema)
        print(f"save ratio: {save.ratio_to(plain):.2f}x a plain-table insert, {save.ratio_to(schema):.2f}x an insert "
              "into the store's own table (goal ≤ 2x)", flush=True)
    folders = _build(args.work_dir, sizes, args.rebuild)
    bench_search(folders, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
