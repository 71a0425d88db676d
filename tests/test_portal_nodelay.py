"""The reference portal answers a request on a kept-alive connection without waiting for a delayed ACK.

Its replies are written as headers, then body; with Nagle's algorithm on (asyncio leaves it on for a socket
whose `proto` is 0) the body waited for the client's delayed ACK — 40 ms or more on Linux for every request,
whatever its size, which was most of a sync's time on loopback."""

from __future__ import annotations

import socket
import statistics
import time
from pathlib import Path

import httpx

from sync.portal.server import BackgroundPortal, bind
from tests.sync_fixtures import AGENCY, make_portal


def test_the_listening_socket_says_tcp() -> None:
    sock = bind("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


def test_small_requests_on_one_connection_take_milliseconds_not_a_delayed_ack(tmp_path: Path) -> None:
    portal = make_portal(tmp_path, ("ban-1", AGENCY))
    with BackgroundPortal(portal) as running, httpx.Client(base_url=running.url) as http:
        for _ in range(3):
            http.get("/v1/health")
        times = []
        for _ in range(15):
            started = time.perf_counter()
            assert http.get("/v1/health").status_code == 200
            times.append(time.perf_counter() - started)
    assert statistics.median(times) < 0.030, times  # a delayed ACK costs >= 40 ms each time
