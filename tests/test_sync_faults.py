"""Hypothesis drives a desk and a real portal (loopback) through random work and random faults.

Faults: dropped connections (before or after the portal applied the request), 500s, truncated bodies
(server side, `sync.portal.faults`); stale, duplicated and reordered replies (a client-side transport that
hands back an earlier reply of the same route instead of the real one); the desk process killed right after
the portal answered a push and before the desk recorded it, or in the middle of applying a page of changes
(then the store is reopened, as after a restart). Meanwhile officials move dossiers at the desk, citizens
submit and withdraw online, and the processing agency moves dossiers on the portal.

After the faults stop and the engine has run to quiescence: the portal holds every desk dossier exactly
once, the desk holds every online dossier exactly once, both hold the same content, nothing waits in the
outbox, and every clash left a conflict record.
"""

from __future__ import annotations

import os
import random
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, Phase, event, given, note, settings
from hypothesis import strategies as st

from forms.status import Channel, DossierStatus
from sync.contract.transitions import Side, transition_problem
from sync.engine import Hooks, SyncEngine, SyncReport
from sync.portal.app import build_app
from sync.portal.faults import FaultInjector, Faults
from sync.portal.server import BackgroundPortal
from sync.portal.service import Portal
from sync.store import Store
from tests.sync_fixtures import (
    AGENCY,
    counter_dossier,
    desk_view,
    fast_client,
    make_portal,
    open_desk,
    portal_view,
    transition,
)


class Crash(Exception):
    """The desk process dying at a chosen instant."""


class ChaosTransport(httpx.BaseTransport):
    """Sends every request for real, but sometimes hands back an earlier reply of the same route instead."""

    def __init__(self, rng: random.Random, stale: float) -> None:
        self.inner = httpx.HTTPTransport()
        self.rng = rng
        self.stale = stale
        self.history: dict[tuple[str, str], list[httpx.Response]] = {}
        self.served_stale = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        copy = httpx.Response(response.status_code, headers=response.headers, content=response.content)
        past = self.history.setdefault((request.method, request.url.path), [])
        past.append(copy)
        if len(past) > 1 and self.rng.random() < self.stale:
            self.served_stale += 1
            old = self.rng.choice(past[:-1])  # an earlier (or duplicated) reply arrives instead
            return httpx.Response(old.status_code, headers=old.headers, content=old.content, request=request)
        return httpx.Response(copy.status_code, headers=copy.headers, content=copy.content, request=request)

    def close(self) -> None:
        self.inner.close()


@dataclass
class World:
    root: Path
    portal: Portal
    injector: FaultInjector
    url: str
    store: Store
    rng: random.Random
    conflicts_expected: int = 0

    def reopen(self) -> None:
        """The desk restarts after a crash: a new process, a new connection to the same database."""
        self.store.close()
        self.store = open_desk(self.root / "desk")


def sync_pass(world: World, *, faults: Faults, stale: float, crash_push: bool, crash_apply: int | None
              ) -> SyncReport | None:
    world.injector.faults = faults
    world.injector.rng = random.Random(world.rng.random())
    transport = ChaosTransport(random.Random(world.rng.random()), stale)
    applied = {"n": 0}

    def after_push(outcomes: Any) -> None:
        if crash_push:
            raise Crash("killed between the portal's answer and the desk's acknowledgement")

    def before_apply(change: Any) -> None:
        applied["n"] += 1
        if crash_apply is not None and applied["n"] > crash_apply:
            raise Crash("killed in the middle of a page")

    with fast_client(world.url, "ban-1", transport=transport) as client:
        engine = SyncEngine(world.store, client, portal_url=world.url, batch_size=world.rng.choice([1, 3, 50]),
                            page_size=world.rng.choice([1, 2, 100]),
                            hooks=Hooks(after_push=after_push, before_apply=before_apply))
        try:
            report = engine.run_once()
        except Crash:
            event("desk killed mid-pass")
            world.reopen()
            return None
        finally:
            if transport.served_stale:
                event("stale or duplicated replies served")
        event(f"pass ended {report.status.value}")
        if report.conflicts:
            event("conflicts recorded")
        if report.duplicate:
            event("pushes answered as duplicates")
        return report


def desk_step(world: World, index: int, pick: int) -> None:
    # Both sides pick dossiers by code, so that desk and agency steps often land on the same dossier.
    rows = sorted(world.store.list(limit=1000), key=lambda r: r.code)
    if not rows:
        return
    row = rows[index % len(rows)]
    current = world.store.get(row.uuid)
    targets = [s for s in DossierStatus if transition_problem(current.status, s, Side.DESK) is None]
    if targets:
        transition(world.store, row.uuid, targets[pick % len(targets)])


def portal_step(world: World, index: int, pick: int, citizen: bool) -> None:
    rows = world.portal.list_dossiers()  # ordered by code
    if not rows:
        return
    row = rows[index % len(rows)]
    side = Side.CITIZEN if citizen else Side.AGENCY
    targets = [s for s in DossierStatus if transition_problem(DossierStatus(row["status"]), s, side) is None]
    if targets:
        world.portal.set_status(row["code"], targets[pick % len(targets)], reason="Cơ quan xử lý")


def race_step(world: World, index: int, pick: int) -> None:
    """Desk and portal move the same dossier from the same status at the same time (a real clash)."""
    on_portal = {r["uuid"]: r for r in world.portal.list_dossiers()}
    shared = sorted((r for r in world.store.list(limit=1000)
                     if r.uuid in on_portal and on_portal[r.uuid]["status"] == r.status), key=lambda r: r.code)
    if not shared:
        return
    row = shared[index % len(shared)]
    desk_targets = [s for s in DossierStatus if transition_problem(row.status, s, Side.DESK) is None]
    # The portal decides itself who moves it (7 is the citizen's withdrawal, the rest the agency's).
    portal_targets = [s for s in DossierStatus
                      if any(transition_problem(row.status, s, side) is None for side in (Side.AGENCY, Side.CITIZEN))]
    if not desk_targets or not portal_targets:
        return
    transition(world.store, row.uuid, desk_targets[pick % len(desk_targets)])
    world.portal.set_status(row.code, portal_targets[pick % len(portal_targets)], reason="Cùng lúc với bàn tiếp nhận")
    event("desk and portal moved the same dossier")


_faults = st.builds(Faults, drop=st.sampled_from([0.0, 0.1, 0.25]), error=st.sampled_from([0.0, 0.1, 0.25]),
                    truncate=st.sampled_from([0.0, 0.1, 0.2]))
_moves = st.one_of(
    st.tuples(st.just("desk"), st.integers(0, 3), st.integers(0, 9)),
    st.tuples(st.just("agency"), st.integers(0, 3), st.integers(0, 9), st.booleans()),
    st.tuples(st.just("race"), st.integers(0, 3), st.integers(0, 9)),
)
# A crash in one pass out of five or so: frequent enough to hit every instant, rare enough to make progress.
_sync = st.tuples(st.just("sync"), _faults, st.sampled_from([0.0, 0.2, 0.4]),
                  st.sampled_from([False, False, False, False, True]),
                  st.sampled_from([None, None, None, 0, 1, 2]))
# One round of a working day: new dossiers at the counter and online, officials and the agency moving
# dossiers, and a sync pass through a faulty network.
_round = st.tuples(
    st.lists(st.tuples(st.just("receive"), st.integers(1, 3)), max_size=1),
    st.lists(st.tuples(st.just("online"), st.integers(1, 2)), max_size=1),
    st.lists(_moves, max_size=4),
    _sync,
).map(lambda parts: [*parts[0], *parts[1], *parts[2], parts[3]])


# SYNC_FAULT_EXAMPLES=200 digs deeper; --hypothesis-show-statistics shows how often each fault struck.
EXAMPLES = int(os.environ.get("SYNC_FAULT_EXAMPLES", "10"))


# No shrinking: one example takes seconds, and the failing scenario is printed whole anyway.
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None,
          phases=[Phase.explicit, Phase.generate])
@given(st.lists(_round, min_size=2, max_size=5).map(lambda rounds: [step for r in rounds for step in r]),
       st.integers(0, 2**32 - 1))
def test_desk_and_portal_converge_through_random_faults(steps: list[tuple[Any, ...]], seed: int) -> None:
    note(f"scenario: {steps!r}, seed {seed}")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        portal = make_portal(root, ("ban-1", AGENCY))
        injector = FaultInjector(build_app(portal), Faults())
        with BackgroundPortal(portal, app=injector) as server:
            world = World(root, portal, injector, server.url, open_desk(root / "desk"), random.Random(seed))
            try:
                run_scenario(world, steps)
            finally:
                world.store.close()


def run_scenario(world: World, steps: list[tuple[Any, ...]]) -> None:
    for step in steps:
        kind = step[0]
        if kind == "receive":
            for _ in range(step[1]):
                world.store.save_new(counter_dossier(world.rng), actor="canbo1")
        elif kind == "online":
            world.portal.seed_online(step[1], AGENCY, rng=world.rng)
        elif kind == "desk":
            desk_step(world, step[1], step[2])
        elif kind == "agency":
            portal_step(world, step[1], step[2], step[3])
        elif kind == "race":
            race_step(world, step[1], step[2])
        else:
            sync_pass(world, faults=step[1], stale=step[2], crash_push=step[3], crash_apply=step[4])

    # The network heals: run the engine until a pass finds nothing to do.
    for _ in range(6):
        report = sync_pass(world, faults=Faults(), stale=0.0, crash_push=False, crash_apply=None)
        assert report is not None and report.ok, report and report.message
        if report.pushed == 0 and report.pulled == 0:
            break
    else:
        raise AssertionError("the engine did not reach quiescence")

    store, portal = world.store, world.portal
    assert store.outbox_counts()["pending"] == 0
    desk = desk_view(store)
    held = portal_view(portal, agency=AGENCY)
    # Exactly once on both sides: no code twice, no dossier missing on either side.
    portal_codes = Counter(h["MaHoSo"] for h in held.values())
    assert max(portal_codes.values(), default=1) == 1
    desk_codes = Counter(d["MaHoSo"] for d in desk.values())
    assert max(desk_codes.values(), default=1) == 1
    at_desk = {u for u, d in desk.items() if d["HinhThuc"] != Channel.ONLINE}
    online = {u for u, h in held.items() if h["HinhThuc"] == Channel.ONLINE}
    assert at_desk <= set(held), "a desk dossier never reached the portal"
    assert online <= set(desk), "an online dossier never reached the desk"
    assert set(desk) == set(held)
    # And the same content, field by field.
    for uuid, content in held.items():
        assert desk[uuid] == content, uuid
    # Every dossier the two sides fought over is in the conflict inbox, none of them silently lost.
    for conflict in store.conflicts(open_only=False):
        assert conflict.local["uuid"] == conflict.remote["uuid"] == conflict.dossier_uuid
