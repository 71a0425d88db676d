"""The desk's portal client: typed replies, retries with backoff and jitter, refusing malformed or stale
replies, logging in again, TLS verification, resumable uploads."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import logging
import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import given
from hypothesis import strategies as st

from forms.status import DossierStatus
from sync.client import (
    NotLoggedIn,
    PortalAuthFailed,
    PortalClient,
    PortalRefused,
    PortalReplyInvalid,
    PortalServerError,
    PortalUnreachable,
    RetryPolicy,
)
from sync.credentials import Credentials
from sync.portal.server import BackgroundPortal
from sync.portal.service import Portal
from tests.sync_fixtures import AGENCY, PASSWORD, counter_dossier, fast_client, make_portal
from tests.test_portal_service import create

EVENT_A = "11111111-1111-4111-8111-111111111111"


@pytest.fixture
def portal(tmp_path: Path) -> Portal:
    return make_portal(tmp_path, ("ban-1", AGENCY))


@pytest.fixture
def running(portal: Portal) -> Iterator[BackgroundPortal]:
    with BackgroundPortal(portal) as server:
        yield server


def one_item(seed: int) -> dict[str, Any]:
    return create(replace(counter_dossier(random.Random(seed)), code=f"{AGENCY}-250715-{seed:04d}"))


def test_a_real_round_trip_gives_typed_values(running: BackgroundPortal, portal: Portal) -> None:
    portal.seed_online(2, AGENCY, rng=random.Random(1))
    with fast_client(running.url, "ban-1") as client:
        assert client.health()["status"] == "ok"
        client.login()
        assert (client.agency, client.username) == (AGENCY, "ban-1")
        item = one_item(1)
        outcomes = client.push([item, item])
        assert [o.result for o in outcomes] == ["applied", "duplicate"]
        page = client.changes("", 10)
        assert [c.kind for c in page.changes] == ["online_submitted"] * 2
        assert page.changes[0].portal.dossier.status is DossierStatus.NEW_ONLINE
        assert page.changes[0].portal.holder is None
        assert client.changes(page.next_cursor, 10).changes == ()


# ----- scripted replies (httpx.MockTransport) -----------------------------------------------------------------

TOKEN = {"access_token": "t" * 32, "token_type": "bearer", "expires_in": 3600, "agency": AGENCY,
         "username": "ban-1"}


def scripted(*replies: Callable[[httpx.Request], httpx.Response]) -> tuple[httpx.MockTransport, list[str]]:
    """A transport that answers the token request itself and plays `replies` in order for the rest."""
    queue = list(replies)
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/token":
            seen.append("login")
            return httpx.Response(200, json=TOKEN)
        seen.append(request.url.path)
        return queue.pop(0)(request) if len(queue) > 1 else queue[0](request)

    return httpx.MockTransport(handle), seen


def client_with(transport: httpx.BaseTransport, sleeps: list[float] | None = None,
                attempts: int = 4) -> PortalClient:
    return PortalClient("http://portal.test", Credentials("http://portal.test", "ban-1", PASSWORD),
                        transport=transport, retry=RetryPolicy(attempts=attempts, base_s=0.5, max_s=4),
                        sleep=(sleeps.append if sleeps is not None else lambda s: None), rng=random.Random(1))


def push_reply(*event_uuids: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(200, json={"results": [
        {"MaSuKien": e, "result": "applied", "reason": None, "PhienBan": 1, "HoSo": None} for e in event_uuids]})


def status(code: int, body: Any = None) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(code, json=body or {"error": {"code": "x", "message": "Lỗi"}})


def raw(content: bytes, code: int = 200) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(code, content=content, headers={"Content-Type": "application/json"})


def item_with(event_uuid: str) -> dict[str, Any]:
    item = one_item(1)
    item["SuKien"]["MaSuKien"] = event_uuid
    return item


def test_server_errors_are_retried_with_growing_jittered_waits() -> None:
    sleeps: list[float] = []
    transport, seen = scripted(status(500), status(503), status(429), push_reply(EVENT_A))
    with client_with(transport, sleeps) as client:
        [outcome] = client.push([item_with(EVENT_A)])
    assert outcome.result == "applied"
    assert seen.count("/v1/dossiers/events:push") == 4
    assert len(sleeps) == 3
    for attempt, wait in enumerate(sleeps, start=1):
        ceiling = min(4, 0.5 * 2 ** (attempt - 1))
        assert ceiling / 2 <= wait <= ceiling


@given(st.integers(1, 30), st.randoms(use_true_random=False))
def test_backoff_stays_within_half_and_full_of_its_capped_ceiling(attempt: int, rng: random.Random) -> None:
    policy = RetryPolicy(base_s=0.25, max_s=8.0)
    ceiling = min(8.0, 0.25 * 2 ** (attempt - 1))
    assert ceiling / 2 <= policy.delay(attempt, rng) <= ceiling


@pytest.mark.parametrize("reply,where", [
    (raw(b'{"results": [{"MaSuKien": '), "JSON"),  # truncated body
    (raw(b'{"results": [{"MaSuKien": "x", "result": "ok"}]}'), "results[0]"),  # breaks the schema
    (push_reply("22222222-2222-4222-8222-222222222222"), "khớp"),  # a reply to another request
    (push_reply(EVENT_A, EVENT_A), "khớp"),  # a duplicated result
])
def test_malformed_or_stale_replies_become_a_typed_error_never_a_crash(
        reply: Callable[[httpx.Request], httpx.Response], where: str, caplog: pytest.LogCaptureFixture) -> None:
    transport, seen = scripted(reply)
    item = item_with(EVENT_A)
    name = item["HoSo"]["ChuHoSo"]
    with caplog.at_level(logging.WARNING), client_with(transport) as client, \
            pytest.raises(PortalReplyInvalid) as caught:
        client.push([item])
    assert seen.count("/v1/dossiers/events:push") == 4  # retried: the next answer may be fine
    assert where in str(caught.value)
    assert caught.value.kind == "invalid_reply"
    assert "Cổng trả lời không đúng hợp đồng" in str(caught.value)
    assert caplog.records and all(name not in r.getMessage() for r in caplog.records)


def test_a_changes_page_must_answer_the_cursor_asked_for() -> None:
    page = {"cursor": "5", "next_cursor": "9", "has_more": False, "changes": []}
    transport, _ = scripted(lambda request: httpx.Response(200, json=page))
    with client_with(transport) as client:
        assert client.changes("5").next_cursor == "9"
        with pytest.raises(PortalReplyInvalid):
            client.changes("7")


def test_an_expired_token_is_renewed_once() -> None:
    transport, seen = scripted(status(401), push_reply(EVENT_A))
    with client_with(transport) as client:
        assert client.push([item_with(EVENT_A)])[0].result == "applied"
    assert seen == ["login", "/v1/dossiers/events:push", "login", "/v1/dossiers/events:push"]


def test_wrong_credentials_and_refusals_are_not_retried(running: BackgroundPortal) -> None:
    with PortalClient(running.url, Credentials(running.url, "ban-1", "sai"), retry=RetryPolicy(attempts=3),
                      sleep=lambda s: None) as client, pytest.raises(PortalAuthFailed) as caught:
        client.push([item_with(EVENT_A)])
    assert "Sai tên tài khoản hoặc mật khẩu" in str(caught.value)
    transport, seen = scripted(status(400))
    with client_with(transport) as client, pytest.raises(PortalRefused) as refused:
        client.push([item_with(EVENT_A)])
    assert refused.value.status == 400 and seen.count("/v1/dossiers/events:push") == 1
    with PortalClient(running.url, None) as anonymous, pytest.raises(NotLoggedIn):
        anonymous.changes("")


def test_an_unreachable_portal_is_reported_after_the_retries(tmp_path: Path) -> None:
    sleeps: list[float] = []
    with PortalClient("http://127.0.0.1:9", Credentials("http://127.0.0.1:9", "u", "p"), sleep=sleeps.append,
                      retry=RetryPolicy(attempts=3, base_s=0.01, max_s=0.02)) as client, \
            pytest.raises(PortalUnreachable) as caught:
        client.health()
    assert len(sleeps) == 2
    assert "Không kết nối được cổng" in str(caught.value) and caught.value.kind == "offline"


def test_server_error_kind_survives_exhaustion() -> None:
    transport, _ = scripted(raw(b"<html>oops</html>", 502))
    with client_with(transport, attempts=2) as client, pytest.raises(PortalServerError):
        client.health()


# ----- TLS ---------------------------------------------------------------------------------------------------

def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "portal.test")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "portal.crt", folder / "portal.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def test_tls_is_verified(portal: Portal, tmp_path: Path) -> None:
    cert_file, key_file = _self_signed(tmp_path)
    with BackgroundPortal(portal, tls=(cert_file, key_file)) as server:
        assert server.url.startswith("https://")
        with fast_client(server.url, "ban-1", retry=RetryPolicy(attempts=1)) as client, \
                pytest.raises(PortalUnreachable):
            client.health()  # an unknown certificate is refused by default
        with fast_client(server.url, "ban-1", verify=str(cert_file)) as trusting:
            assert trusting.health()["status"] == "ok"


# ----- attachments -------------------------------------------------------------------------------------------

def test_an_upload_resumes_where_the_portal_stopped(running: BackgroundPortal, portal: Portal) -> None:
    data = random.Random(7).randbytes(300_000)
    sha = hashlib.sha256(data).hexdigest()
    portal.upload(sha, 0, len(data), data[:120_000])  # an earlier attempt died after 120 kB
    asked: list[tuple[int, int]] = []

    def read(offset: int, size: int) -> bytes:
        asked.append((offset, size))
        return data[offset:offset + size]

    with fast_client(running.url, "ban-1") as client:
        assert client.attachment_offset(sha) == (120_000, False)
        client.upload_attachment(sha, len(data), read, chunk_size=100_000)
        assert client.attachment_offset(sha) == (len(data), True)
        client.upload_attachment(sha, len(data), read)  # complete: nothing is sent again
    assert asked == [(120_000, 100_000), (220_000, 80_000)]
    assert (portal.attachments_dir / sha).read_bytes() == data


def test_upload_offsets_resynchronise_after_a_conflicting_write(running: BackgroundPortal, portal: Portal) -> None:
    data = b"x" * 50_000
    sha = hashlib.sha256(data).hexdigest()
    calls = {"n": 0}

    def read(offset: int, size: int) -> bytes:
        calls["n"] += 1
        if calls["n"] == 1:  # another process appended meanwhile: our offset is now stale
            portal.upload(sha, 0, len(data), data[:10_000])
        return data[offset:offset + size]

    with fast_client(running.url, "ban-1") as client:
        client.upload_attachment(sha, len(data), read, chunk_size=20_000)
    assert (portal.attachments_dir / sha).read_bytes() == data


def test_push_body_is_compact_utf8_json(running: BackgroundPortal) -> None:
    captured: list[bytes] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/token":
            return httpx.Response(200, json=TOKEN)
        captured.append(request.content)
        return push_reply(EVENT_A)(request)

    with client_with(httpx.MockTransport(handle)) as client:
        client.push([item_with(EVENT_A)])
    body = json.loads(captured[0].decode("utf-8"))
    assert body["items"][0]["SuKien"]["MaSuKien"] == EVENT_A
    assert "\\u" not in captured[0].decode("utf-8")  # Vietnamese travels as UTF-8, not escapes
