"""Benchmark of the sync push: how fast a desk empties its outbox into a real portal over loopback.

    python -m bench.sync [--n 10000] [--runs 3] [--batch 500]
    python -m bench.sync --n 500 --runs 2          (smoke run, a few seconds)
    python -m bench.sync --postgres postgresql://user@host:port/db   (the portal on PostgreSQL: a load test;
                                                    each run in a fresh schema, dropped afterwards)

Both servers run in their own process, as a portal does (`motcua portal serve`), so that the desk and the
server each have a core. Prints, measured in the same run:
- the median wall time for the sync engine to push N desk dossiers (outbox → contract JSON → validation →
  HTTP → the reference portal's validation, idempotency check, merge, SQLite writes and change feed →
  validated reply → outbox marked, per-dossier sync states), as dossiers per second;
- the loopback ceiling: the same request bodies, already serialised, POSTed in the same batches, one after
  the other, by a bare httpx client to the push endpoint of a fresh portal of the same kind: what pushing
  these payloads over loopback costs when the desk does nothing but send them. The portal's own work
  (validation, idempotency, merge, writes, change feed) is in both; what the ratio measures is the engine:
  reading the outbox, mapping to the contract, validating, and marking what was sent;
- the ratio of the two (goal ≥ 0.5);
- for context, two ceilings with no portal behind them: the wire ceiling (the same bodies to a do-nothing
  endpoint over the same HTTP stack — httpx → uvicorn, listening through the portal's own `bind()`) and
  the JSON ceiling (the same batches serialised by the client at each request and parsed by the endpoint),
  with the engine's ratio to each. Until the portal's sockets had Nagle's algorithm off, every reply waited
  ~44 ms for a delayed ACK, and that stall was nearly all of the wire ceiling (0.88 s of 20 requests then).
Every run starts from a copy of the same desk database (N dossiers waiting) and an empty portal;
engine runs and ceiling runs alternate.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import uvicorn
from argon2 import PasswordHasher
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bench.timing import Measurement, measure, report
from forms.clock import now_vn
from forms.desk import DeskProfile
from forms.dossier import DocumentItem, Dossier
from sync.client import PortalClient
from sync.contract.wire import dossier_to_wire, event_to_wire
from sync.credentials import Credentials
from sync.desk_profile import write_profile
from sync.engine import SyncEngine
from sync.layout import DataLayout
from sync.portal.seed import person
from sync.portal.server import open_portal
from sync.store import MemoryKeys, Store
from sync.store.codec import dossier_from_dict, event_from_dict

AGENCY = "000.00.12.H49"
USER, PASSWORD = "ban-1", "bench"
PROCEDURES = [("1.001193", "Đăng ký khai sinh"), ("1.000656", "Đăng ký khai tử"),
              ("2.000815", "Chứng thực bản sao từ bản chính"), ("1.004194", "Đăng ký tạm trú")]


def build_desk(root: Path, n: int) -> None:
    """A desk with `n` dossiers received over the last weeks, all waiting in the outbox."""
    rng = random.Random(1)
    now = now_vn()
    with Store.open(DataLayout(root), keys=MemoryKeys()) as store:
        write_profile(store, DeskProfile(agency_code=AGENCY, desk_number=1))
        days = n // 900 + 1  # a desk issues at most 999 codes a day
        with store.transaction():
            for index in range(n):
                received = now - timedelta(days=index % days, minutes=rng.randrange(600))
                code, name = rng.choice(PROCEDURES)
                store.save_new(Dossier(
                    code="", procedure_code=code, procedure_name=name, catalogue_version="2025.1",
                    applicant=person(rng, received.date()), received_at=received,
                    due_at=received + timedelta(days=3), agency_code=AGENCY, field_code="HT", field_name="Hộ tịch",
                    documents=(DocumentItem(name="Tờ khai", received=True),
                               DocumentItem(name="Bản sao căn cước", form="photocopy", received=True)),
                    fee=rng.choice([0, 5000, 8000]), form_data={"so_ban_sao": rng.randrange(1, 5)},
                    summary=f"{name} — tiếp nhận tại quầy"), actor="canbo1")


def request_bodies(root: Path, batch: int) -> list[bytes]:
    """The push bodies the engine sends, serialised once (for the ceiling)."""
    with Store.open(DataLayout(root), keys=MemoryKeys()) as store:
        pending = store.outbox_pending(limit=10**9)
    items = []
    for row in pending:
        event, dossier = event_from_dict(row.payload["event"]), dossier_from_dict(row.payload["dossier"])
        items.append({"SuKien": event_to_wire(event, code=dossier.code), "HoSo": dossier_to_wire(dossier)})
    return [json.dumps({"items": items[i:i + batch]}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            for i in range(0, len(items), batch)]


def trivial_app() -> Starlette:
    async def acknowledge(request: Request) -> Response:
        await request.body()
        return Response(b'{"ok":true}', media_type="application/json")

    async def parse_and_acknowledge(request: Request) -> Response:
        json.loads(await request.body())
        return Response(b'{"ok":true}', media_type="application/json")

    return Starlette(routes=[Route("/trivial", acknowledge, methods=["POST"]),
                             Route("/trivial-json", parse_and_acknowledge, methods=["POST"])])


@contextlib.contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """A schema of its own on the PostgreSQL server for one run; yields the URL that works inside it."""
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        separator = "&" if "?" in url else "?"
        yield f"{url}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def serve_trivial() -> int:
    """`python -m bench.sync --serve-trivial`: the ceiling's endpoint, in its own process."""
    from sync.portal.server import bind, url_of

    sock = bind("127.0.0.1", 0)
    print(json.dumps({"url": url_of(sock)}), flush=True)
    with contextlib.suppress(KeyboardInterrupt):  # SIGINT is how the benchmark stops it
        uvicorn.Server(uvicorn.Config(trivial_app(), log_config=None, access_log=False, lifespan="off")).run(
            sockets=[sock])
    return 0


@contextlib.contextmanager
def server_process(*argv: str) -> Iterator[str]:
    """A server in a child process; yields the URL it printed first."""
    process = subprocess.Popen([sys.executable, "-m", *argv], stdout=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parent.parent)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise SystemExit(f"server {' '.join(argv)} did not start")
        yield str(json.loads(line)["url"])
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="dossiers to push (default 10000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each measurement (default 3)")
    parser.add_argument("--batch", type=int, default=500, help="dossiers per request (default 500, the maximum)")
    parser.add_argument("--postgres", metavar="URL", help="run the portal on this PostgreSQL database")
    parser.add_argument("--serve-trivial", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_trivial:
        return serve_trivial()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        template = work / "desk-template"
        started = time.perf_counter()
        build_desk(template, args.n)
        print(f"desk with {args.n} dossiers waiting built in {time.perf_counter() - started:.1f} s", flush=True)
        bodies = request_bodies(template, args.batch)
        size_mb = sum(len(b) for b in bodies) / 1e6
        print(f"{len(bodies)} requests of up to {args.batch} dossiers, {size_mb:.1f} MB of JSON", flush=True)

        runs = {"n": 0}
        hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

        def push_everything() -> None:
            runs["n"] += 1
            desk_root = work / f"desk-{runs['n']}"
            shutil.copytree(template, desk_root)
            with contextlib.ExitStack() as scope:
                db = (scope.enter_context(fresh_schema(args.postgres)) if args.postgres
                      else str(work / f"portal-{runs['n']}.sqlite3"))
                push_once(desk_root, db)

        raw_timings: list[float] = []

        def post_everything() -> None:
            """The ceiling: the engine's request bodies, already serialised, POSTed one after the other by a
            bare httpx client to a fresh portal's push endpoint — the portal doing all its work, the desk none."""
            runs["n"] += 1
            with contextlib.ExitStack() as scope:
                db = (scope.enter_context(fresh_schema(args.postgres)) if args.postgres
                      else str(work / f"portal-{runs['n']}.sqlite3"))
                portal = open_portal(db, hasher=hasher, attachments_dir=work / "attachments")
                portal.add_account(USER, PASSWORD, AGENCY)
                with server_process("desktop.cli", "portal", "serve", "--port", "0", "--db", db, "--json") as url, \
                        httpx.Client(base_url=url, timeout=120) as http:
                    token = http.post("/v1/auth/token", json={"username": USER, "password": PASSWORD}).json()
                    headers = {"Content-Type": "application/json",
                               "Authorization": f"Bearer {token['access_token']}"}
                    begin = time.perf_counter()
                    applied = 0
                    for body in bodies:
                        reply = http.post("/v1/dossiers/events:push", content=body, headers=headers)
                        reply.raise_for_status()
                        applied += sum(result["result"] == "applied" for result in reply.json()["results"])
                    raw_timings.append(time.perf_counter() - begin)
                if applied != args.n or len(portal.list_dossiers()) != args.n:
                    raise SystemExit(f"raw push incomplete: {applied} applied")
                portal.db.close()

        def push_once(desk_root: Path, db: str) -> None:
            portal = open_portal(db, hasher=hasher, attachments_dir=work / "attachments")
            portal.add_account(USER, PASSWORD, AGENCY)
            with server_process("desktop.cli", "portal", "serve", "--port", "0", "--db", db, "--json") as url, \
                    Store.open(DataLayout(desk_root), keys=MemoryKeys()) as store, \
                    PortalClient(url, Credentials(url, USER, PASSWORD)) as client:
                engine = SyncEngine(store, client, portal_url=url, batch_size=args.batch, reference=False)
                client.login()  # one login per desk session; not part of the push
                begin = time.perf_counter()
                result = engine.run_once()
                timings.append(time.perf_counter() - begin)
            if not result.ok or result.applied != args.n or len(portal.list_dossiers()) != args.n:
                raise SystemExit(f"push incomplete: {result.to_json()}")
            portal.db.close()

        timings: list[float] = []
        push_everything()  # warm-up (imports, first connections)
        post_everything()
        timings.clear()
        raw_timings.clear()
        for _ in range(args.runs):  # interleaved, so that both see the same machine
            push_everything()
            post_everything()
        engine_m = Measurement("sync engine push", tuple(timings))
        portal_ceiling = Measurement("loopback ceiling (same bodies, bare client → the portal's push)",
                                     tuple(raw_timings))

        with server_process("bench.sync", "--serve-trivial") as url, httpx.Client(base_url=url) as http:
            def post_all() -> Any:
                for body in bodies:
                    http.post("/trivial", content=body, headers={"Content-Type": "application/json"})

            ceiling = measure("wire ceiling (same bodies, do-nothing endpoint)", post_all, runs=args.runs)
            documents = [json.loads(body) for body in bodies]

            def post_all_json() -> Any:
                for document in documents:
                    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                    http.post("/trivial-json", content=data, headers={"Content-Type": "application/json"})

            json_ceiling = measure("JSON ceiling (serialise + parse, no work)", post_all_json, runs=args.runs)

        report(engine_m, unit="s")
        report(portal_ceiling, unit="s")
        report(ceiling, unit="s")
        report(json_ceiling, unit="s")
        engine_rate = args.n / engine_m.median_s
        portal_rate = args.n / portal_ceiling.median_s
        ceiling_rate = args.n / ceiling.median_s
        json_rate = args.n / json_ceiling.median_s
        print(f"sync engine: {engine_rate:,.0f} dossiers/s; loopback ceiling (bare POSTs to the portal): "
              f"{portal_rate:,.0f} dossiers/s; ratio {engine_rate / portal_rate:.2f} (goal ≥ 0.5)", flush=True)
        print(f"wire ceiling (do-nothing endpoint): {ceiling_rate:,.0f} dossiers/s, engine ratio to it "
              f"{engine_rate / ceiling_rate:.2f}; JSON ceiling: {json_rate:,.0f} dossiers/s, engine ratio to it "
              f"{engine_rate / json_rate:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
