"""Run the reference portal on uvicorn: in the foreground (`motcua portal serve`) or in a background thread
(tests, benchmarks). Binding port 0 picks a free port; the URL actually bound is reported.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from argon2 import PasswordHasher

from sync.portal.app import build_app
from sync.portal.db import open_database
from sync.portal.faults import FaultInjector, Faults
from sync.portal.service import Portal


def attachments_dir_for(target: str | Path) -> Path:
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        return Path.cwd() / "portal-attachments"
    return Path(text).expanduser().parent / f"{Path(text).name}.attachments"


def open_portal(target: str | Path, *, attachments_dir: Path | None = None,
                hasher: PasswordHasher | None = None) -> Portal:
    """Open (and create if needed) the portal's database."""
    portal = Portal(open_database(target), attachments_dir=attachments_dir or attachments_dir_for(target),
                    hasher=hasher)
    portal.init_schema()
    return portal


def asgi_app(portal: Portal, faults: Faults | None = None) -> Any:
    app = build_app(portal)
    return FaultInjector(app, faults) if faults is not None and faults.any else app


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # The protocol named, not left 0: asyncio disables Nagle's algorithm (TCP_NODELAY) only on sockets whose
    # `proto` says TCP, and accepted connections inherit it. Without it every reply — written as headers, then
    # body — waited for the client's delayed ACK: 40 ms per request, whatever its size.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def url_of(sock: socket.socket, scheme: str = "http") -> str:
    host, port = sock.getsockname()[:2]
    return f"{scheme}://[{host}]:{port}" if ":" in host else f"{scheme}://{host}:{port}"


def _config(app: Any, tls: tuple[Path, Path] | None = None) -> uvicorn.Config:
    # log_config=None keeps the desk's logging (and its redaction filter) in charge.
    extra: dict[str, Any] = {}
    if tls is not None:
        extra = {"ssl_certfile": str(tls[0]), "ssl_keyfile": str(tls[1])}
    return uvicorn.Config(app, log_config=None, access_log=False, lifespan="off", timeout_keep_alive=30, **extra)


def serve(portal: Portal, host: str, port: int, *, faults: Faults | None = None,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl+C); `on_ready(url)` is called once the socket listens."""
    sock = bind(host, port)
    server = uvicorn.Server(_config(asgi_app(portal, faults)))

    async def run() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        if on_ready is not None and server.started:
            on_ready(url_of(sock))
        await task

    try:
        asyncio.run(run())
    finally:
        sock.close()


class BackgroundPortal:
    """A real portal on loopback in a thread: `with BackgroundPortal(portal) as running: running.url`."""

    def __init__(self, portal: Portal | None, *, faults: Faults | None = None, host: str = "127.0.0.1",
                 app: Any = None, tls: tuple[Path, Path] | None = None) -> None:
        """`tls=(certificate file, key file)` serves HTTPS; `app` replaces the portal's app (benchmarks)."""
        self.portal = portal
        self._sock = bind(host, 0)
        self.url = url_of(self._sock, "https" if tls else "http")
        if app is None:
            if portal is None:
                raise ValueError("a portal or an app to serve")
            app = asgi_app(portal, faults)
        self._server = uvicorn.Server(_config(app, tls))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]},
                                        name="reference-portal", daemon=True)

    def start(self) -> BackgroundPortal:
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the reference portal did not start")
            threading.Event().wait(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()

    def __enter__(self) -> BackgroundPortal:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
