"""outbox_mark settles many dossiers at once: each one's stored sync state is what the rule gives when asked
afresh for that dossier alone (none left behind, none settled from a stale read)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from forms.dossier import SyncState
from forms.status import DossierStatus
from sync.store import PushOutcome, PushResult, Store
from tests.sync_fixtures import counter_dossier, open_desk, transition


def rule(store: Store, uuid: str) -> SyncState:
    """The rule (`StoreBase._refresh_sync_state`), asked afresh for one dossier."""
    conn = store.connection
    training = conn.execute("SELECT training FROM dossiers WHERE uuid = ?", (uuid,)).fetchone()[0]
    with store.transaction():
        return store._refresh_sync_state(conn, uuid, bool(training))


def stored(store: Store, uuid: str) -> str:
    return str(store.connection.execute("SELECT sync_state FROM dossiers WHERE uuid = ?", (uuid,)).fetchone()[0])


@pytest.mark.parametrize("seed", range(6))
def test_bulk_settling_agrees_with_the_per_dossier_rule(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    outcomes = [PushOutcome.APPLIED, PushOutcome.DUPLICATE, PushOutcome.CONFLICT, PushOutcome.REJECTED,
                PushOutcome.RETRY, None]
    with open_desk(tmp_path / "desk") as store:
        uuids = [store.save_new(counter_dossier(rng), actor="canbo1").uuid for _ in range(30)]
        for uuid in rng.sample(uuids, 12):
            transition(store, uuid, DossierStatus.PROCESSING)
        for _ in range(2):  # two passes: a later answer over an earlier one (rejected, then sent…)
            rows = store.outbox_pending(limit=1000)
            results = []
            with store.transaction():
                for row in rows:
                    outcome = rng.choice(outcomes)
                    if outcome is None:
                        continue
                    if outcome is PushOutcome.CONFLICT:
                        store.add_conflict(row.dossier_uuid, {"a": 1}, {"a": 2}, ["a"])
                    results.append(PushResult(row.event_uuid, outcome, "lý do" if outcome is PushOutcome.REJECTED else ""))
                store.outbox_mark(results)
            states = {uuid: stored(store, uuid) for uuid in uuids}
            assert states == {uuid: rule(store, uuid).value for uuid in uuids}
        assert len(set(states.values())) >= 3  # the cases were really mixed


def test_each_state_of_the_rule(tmp_path: Path) -> None:
    rng = random.Random(9)
    with open_desk(tmp_path / "desk") as store:
        sent, waiting, refused, conflicted, retried = (
            store.save_new(counter_dossier(rng), actor="canbo1").uuid for _ in range(5))
        transition(store, waiting, DossierStatus.PROCESSING)
        rows = {row.dossier_uuid: row for row in store.outbox_pending(limit=100)}  # the latest row of each
        with store.transaction():
            store.add_conflict(conflicted, {"a": 1}, {"a": 2}, ["a"])
            store.outbox_mark([
                PushResult(rows[sent].event_uuid, PushOutcome.APPLIED),
                PushResult(rows[waiting].event_uuid, PushOutcome.APPLIED),
                PushResult(rows[refused].event_uuid, PushOutcome.REJECTED, "sai"),
                PushResult(rows[conflicted].event_uuid, PushOutcome.CONFLICT),
                PushResult(rows[retried].event_uuid, PushOutcome.RETRY, "mạng"),
            ])
        assert [stored(store, u) for u in (sent, waiting, refused, conflicted, retried)] == [
            "sent", "pending", "rejected", "conflict", "pending"]
