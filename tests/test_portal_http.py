"""The reference portal over real HTTP on loopback: request validation, errors, injected faults."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from forms.errors import InvalidInput
from sync.contract.schema import operation, operations, validate
from sync.portal.faults import Faults
from sync.portal.server import BackgroundPortal
from sync.portal.service import Portal
from tests.sync_fixtures import AGENCY, PASSWORD, counter_dossier, make_portal
from tests.test_portal_service import create

SHA = "ab" * 32


@pytest.fixture
def portal(tmp_path: Path) -> Portal:
    return make_portal(tmp_path, ("ban-1", AGENCY))


@pytest.fixture
def http(portal: Portal) -> Iterator[tuple[httpx.Client, dict[str, str]]]:
    with BackgroundPortal(portal) as running, httpx.Client(base_url=running.url, timeout=10) as client:
        token = client.post("/v1/auth/token", json={"username": "ban-1", "password": PASSWORD}).json()
        yield client, {"Authorization": f"Bearer {token['access_token']}"}


def one_item(seed: int = 1) -> dict[str, Any]:
    dossier = replace(counter_dossier(random.Random(seed)), code=f"{AGENCY}-250715-{seed:04d}")
    return create(dossier)


def _error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    validate("Error", body)  # every error has the contract's Error shape
    return dict(body["error"])


def test_every_protected_operation_wants_a_token(http: tuple[httpx.Client, dict[str, str]]) -> None:
    client, _ = http
    for op in operations():
        if not op.secured:
            continue
        path = op.path.replace("{sha256}", SHA)
        response = client.request(op.method, path, headers={"Upload-Offset": "0", "Upload-Length": "1"})
        assert response.status_code == 401, op.operation_id
        assert response.headers["www-authenticate"] == "Bearer"
        if op.method != "HEAD":
            assert "đăng nhập" in _error(response, 401)["message"]


def test_wrong_password_is_401_in_vietnamese(http: tuple[httpx.Client, dict[str, str]]) -> None:
    client, _ = http
    error = _error(client.post("/v1/auth/token", json={"username": "ban-1", "password": "sai"}), 401)
    assert error["message"] == "Sai tên tài khoản hoặc mật khẩu"


def test_a_body_outside_the_contract_is_400_naming_the_field_not_the_value(
        http: tuple[httpx.Client, dict[str, str]]) -> None:
    client, auth = http
    pushed = one_item()
    pushed["HoSo"]["ChuHoSo"] = "Trần Thị Mỹ Duyên" * 20
    error = _error(client.post("/v1/dossiers/events:push", json={"items": [pushed]}, headers=auth), 400)
    assert "items[0].HoSo.ChuHoSo" in error["message"]
    assert "Duyên" not in error["message"]


@pytest.mark.parametrize("content,content_type", [(b"{not json", "application/json"),
                                                  (b"\xff\xfe", "application/json"),
                                                  (b'{"items": []}', "text/plain")])
def test_unreadable_bodies_are_400(http: tuple[httpx.Client, dict[str, str]], content: bytes,
                                   content_type: str) -> None:
    client, auth = http
    response = client.post("/v1/dossiers/events:push", content=content,
                           headers={**auth, "Content-Type": content_type})
    assert _error(response, 400)["code"] == "bad_request"


def test_query_parameters_are_checked(http: tuple[httpx.Client, dict[str, str]]) -> None:
    client, auth = http
    assert client.get("/v1/changes", params={"limit": "5"}, headers=auth).status_code == 200
    for params in ({"limit": "0"}, {"limit": "abc"}, {"cursor": "-1"}, {"since": "1"}, {"limit": ["1", "2"]}):
        assert client.get("/v1/changes", params=params, headers=auth).status_code == 400, params


def test_oversized_push_is_413(http: tuple[httpx.Client, dict[str, str]]) -> None:
    client, auth = http
    body = b'{"items": [' + b" " * (17 * 1024 * 1024) + b"]}"
    response = client.post("/v1/dossiers/events:push", content=body,
                           headers={**auth, "Content-Type": "application/json"})
    assert _error(response, 413)["code"] == "too_large"


def test_unknown_routes_and_methods_answer_json(http: tuple[httpx.Client, dict[str, str]]) -> None:
    client, auth = http
    assert _error(client.get("/v1/nothing-here", headers=auth), 404)["code"] == "not_found"
    assert _error(client.delete("/v1/changes", headers=auth), 405)["code"] == "method_not_allowed"


def test_a_push_over_http_answers_per_item(http: tuple[httpx.Client, dict[str, str]], portal: Portal) -> None:
    client, auth = http
    items = [one_item(1), one_item(2)]
    items[1]["HoSo"]["NgayTiepNhan"] = "20259999999999"
    reply = client.post("/v1/dossiers/events:push", json={"items": items}, headers=auth)
    assert reply.status_code == 200
    operation("pushEvents").validate_response(200, reply.json())
    assert [r["result"] for r in reply.json()["results"]] == ["applied", "rejected"]
    assert len(portal.list_dossiers()) == 1


# ----- fault injection --------------------------------------------------------------------------------------------

def test_fault_spec_parsing() -> None:
    faults = Faults.parse("drop=0.1,error=0.1,truncate=0.05,delay_ms=200,seed=7")
    assert faults == Faults(drop=0.1, error=0.1, truncate=0.05, delay_ms=200, seed=7)
    for bad in ("drop=2", "drop=x", "lose=0.1", "drop", "drop=0.6,error=0.6", "delay_ms=-1"):
        with pytest.raises(InvalidInput):
            Faults.parse(bad)


def _push_many(url: str, token: str, count: int) -> list[str]:
    outcomes = []
    with httpx.Client(base_url=url, timeout=10) as client:
        for seed in range(1, count + 1):
            try:
                reply = client.post("/v1/dossiers/events:push", json={"items": [one_item(seed)]},
                                    headers={"Authorization": f"Bearer {token}"})
                json.loads(reply.content)
                outcomes.append(f"http {reply.status_code}")
            except httpx.TransportError as exc:
                outcomes.append(type(exc).__name__)
            except ValueError:
                outcomes.append("broken json")
    return outcomes


def test_dropped_connections_lose_the_reply_before_or_after_the_change(portal: Portal) -> None:
    token = portal.issue_token("ban-1", PASSWORD)["access_token"]
    with BackgroundPortal(portal, faults=Faults(drop=1.0, seed=11)) as running:
        outcomes = _push_many(running.url, token, 12)
    # The peer's close arrives as a clean EOF mid-body or as a reset, depending on timing; either way no
    # reply ever reached the desk.
    assert set(outcomes) <= {"RemoteProtocolError", "ReadError"} and len(outcomes) == 12
    held = len(portal.list_dossiers())
    assert 0 < held < 12  # some were applied before the cut, some never reached the portal


def test_server_errors_and_truncated_bodies(portal: Portal) -> None:
    token = portal.issue_token("ban-1", PASSWORD)["access_token"]
    with BackgroundPortal(portal, faults=Faults(error=1.0, seed=3)) as running:
        assert set(_push_many(running.url, token, 4)) == {"http 500"}
    with BackgroundPortal(portal, faults=Faults(truncate=1.0, seed=3)) as running:
        assert _push_many(running.url, token, 3) == ["broken json"] * 3
        assert httpx.get(f"{running.url}/health-is-not-under-v1").status_code == 404  # only /v1/ is faulted


def test_an_attachment_is_addressed_by_its_sha256_only(http: tuple[httpx.Client, dict[str, str]]) -> None:
    client, auth = http
    assert client.head(f"/v1/attachments/{uuid.uuid4()}", headers=auth).status_code == 400
    assert client.head(f"/v1/attachments/{SHA.upper()}", headers=auth).status_code == 400
    assert client.head(f"/v1/attachments/{SHA}", headers=auth).status_code == 404
