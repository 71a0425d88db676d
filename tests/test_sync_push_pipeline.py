"""The pipelined push: batches reach the portal in outbox order, nothing is sent past a failed batch, and a
portal that wants smaller requests gets every unsent batch again, halved."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from sync.client import PortalClient, PortalRefused, PortalUnreachable, PushOutcome
from sync.engine import SyncEngine, SyncStatus
from sync.portal.server import BackgroundPortal
from sync.portal.service import Portal
from sync.store import Store
from tests.sync_fixtures import AGENCY, counter_dossier, fast_client, make_portal
from tests.sync_fixtures import desk as desk  # (fixture)
from tests.sync_fixtures import server as server  # (fixture)


@pytest.fixture
def portal(tmp_path: Path) -> Portal:
    return make_portal(tmp_path, ("ban-1", AGENCY))


class Recording(PortalClient):
    """The real client; `fail(items)` may raise instead of sending, and every request sent is recorded."""

    def __init__(self, *args: Any, fail: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fail = fail
        self.sent: list[list[str]] = []

    def push(self, items: Sequence[Mapping[str, Any]]) -> list[PushOutcome]:
        uuids = [item["SuKien"]["MaSuKien"] for item in items]
        if self.fail is not None:
            self.fail(len(self.sent), uuids)
        self.sent.append(uuids)
        return super().push(items)


def client_for(server: BackgroundPortal, **kwargs: Any) -> Recording:
    """A recording client with the test's fast retries."""
    plain = fast_client(server.url, "ban-1")
    client = Recording(server.url, plain.credentials, retry=plain.retry, **kwargs)
    plain.close()
    return client


def receive(store: Store, count: int) -> list[str]:
    rng = random.Random(4)
    for _ in range(count):
        store.save_new(counter_dossier(rng), actor="canbo1")
    return [row.event_uuid for row in store.outbox_pending(limit=1000)]


def test_nothing_is_sent_past_a_batch_that_failed(desk: Store, portal: Portal, server: BackgroundPortal) -> None:
    events = receive(desk, 12)

    def fail(index: int, uuids: list[str]) -> None:
        if uuids == events[3:6]:  # the second batch only: the ones after it would go through
            time.sleep(0.3)  # long enough for the next batch to be queued behind it
            raise PortalUnreachable("cắt mạng")

    client = client_for(server, fail=fail)
    with client:
        report = SyncEngine(desk, client, portal_url=server.url, batch_size=3, reference=False).run_once()
    assert report.status is SyncStatus.OFFLINE
    assert client.sent == [events[0:3]]  # the batches queued behind the failed one never left the desk
    assert len(portal.list_dossiers()) == 3
    assert [row.event_uuid for row in desk.outbox_pending(limit=1000)] == events[3:]

    client = client_for(server)
    with client:
        report = SyncEngine(desk, client, portal_url=server.url, batch_size=3, reference=False).run_once()
    assert report.ok and report.applied == 9
    assert [uuid for request in client.sent for uuid in request] == events[3:]  # in outbox order
    assert len(portal.list_dossiers()) == 12 and desk.outbox_pending() == []


def test_a_request_too_large_sends_every_unsent_batch_again_halved(desk: Store, portal: Portal,
                                                                  server: BackgroundPortal) -> None:
    events = receive(desk, 11)

    def fail(index: int, uuids: list[str]) -> None:
        if len(uuids) > 2:
            raise PortalRefused("pushEvents", 413, "quá lớn")

    client = client_for(server, fail=fail)
    with client:
        report = SyncEngine(desk, client, portal_url=server.url, batch_size=8, reference=False).run_once()
    assert report.ok, report.message
    assert (report.pushed, report.applied, report.duplicate) == (11, 11, 0)
    assert all(len(request) <= 2 for request in client.sent)
    assert [uuid for request in client.sent for uuid in request] == events  # each once, in outbox order
    assert len(portal.list_dossiers()) == 11 and desk.outbox_pending() == []
