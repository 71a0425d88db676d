"""Shared pieces for the contract, portal and sync tests: desks, a real portal on loopback, dossiers."""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from hypothesis import strategies as st

from forms.clock import VN_TZ, now_vn
from forms.desk import DeskProfile
from forms.dossier import (
    Applicant,
    ApplicantKind,
    AuthorisedPerson,
    DocumentItem,
    Dossier,
    DossierEvent,
)
from forms.status import Channel, DossierStatus
from sync.client import PortalClient, RetryPolicy
from sync.contract.wire import comparable, dossier_to_wire
from sync.credentials import Credentials
from sync.desk_profile import write_profile
from sync.layout import DataLayout
from sync.portal.seed import person
from sync.portal.server import BackgroundPortal, open_portal
from sync.portal.service import Portal
from sync.store import MemoryKeys, Store
from tests.cli_helpers import REPO

AGENCY = "000.00.12.H49"
OTHER_AGENCY = "000.00.07.H22"
PASSWORD = "mat-khau-ban-1"


from tests.keyring_fixtures import MemoryKeyring as MemoryKeyring  # noqa: E402
from tests.keyring_fixtures import memory_keyring as memory_keyring  # noqa: E402  (fixture)

# Argon2 with its production cost takes ~0.3 s per hash on a busy CI machine; tests need no such cost.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def make_portal(tmp_path: Path, *accounts: tuple[str, str]) -> Portal:
    portal = open_portal(tmp_path / "portal.sqlite3", hasher=CHEAP_HASHER)
    for username, agency in accounts:
        portal.add_account(username, PASSWORD, agency)
    return portal


def open_desk(root: Path, *, desk_number: int = 1, agency: str = AGENCY) -> Store:
    store = Store.open(DataLayout(root), keys=MemoryKeys())
    write_profile(store, DeskProfile(agency_code=agency, desk_number=desk_number))
    return store


@pytest.fixture
def server(portal: Portal) -> Iterator[BackgroundPortal]:
    """The module's `portal` fixture served over loopback HTTP."""
    with BackgroundPortal(portal) as running:
        yield running


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Store]:
    """A desk (number 1 of the test agency) with its own data folder."""
    store = open_desk(tmp_path / "desk-1", desk_number=1)
    yield store
    store.close()


def fast_client(url: str, username: str, **kwargs: Any) -> PortalClient:
    """A client that retries quickly (tests must not sleep for seconds)."""
    retry = kwargs.pop("retry", RetryPolicy(attempts=6, base_s=0.001, max_s=0.01))
    return PortalClient(url, Credentials(url, username, PASSWORD), retry=retry, **kwargs)


def counter_dossier(rng: random.Random, *, agency: str = AGENCY) -> Dossier:
    """A realistic dossier as the counter fills it before `Store.save_new` issues its code."""
    received = now_vn() - timedelta(minutes=rng.randrange(0, 600))
    return Dossier(
        code="",
        procedure_code=rng.choice(["1.001193", "1.000656", "2.000815", "1.004194"]),
        procedure_name=rng.choice(["Đăng ký khai sinh", "Đăng ký khai tử", "Chứng thực bản sao", "Đăng ký tạm trú"]),
        catalogue_version="2025.1",
        applicant=person(rng, received.date()),
        received_at=received,
        due_at=received + timedelta(days=3),
        agency_code=agency,
        field_code="HT",
        field_name="Hộ tịch",
        documents=(DocumentItem(name="Tờ khai", copies=1, form="original", received=True),),
        fee=rng.choice([0, 5000, 8000]),
        form_data={"so_ban_sao": rng.randrange(1, 5), "ghi_chu": "Nộp tại quầy"},
        summary="Tiếp nhận tại bộ phận một cửa",
    )


def transition(store: Store, uuid: str, to: DossierStatus, *, actor: str = "canbo1", reason: str = "") -> Dossier:
    """Record a status change at the desk the way the GUI does (`Store.record`)."""
    current = store.get(uuid)
    event = DossierEvent(dossier_uuid=uuid, action=f"to_{int(to)}", actor=actor, at=now_vn(),
                         from_status=current.status, to_status=to, reason=reason)
    return store.record(replace(current, status=to), event)


def desk_view(store: Store) -> dict[str, dict[str, Any]]:
    """Every dossier of a desk as the contract carries it, by UUID."""
    result = {}
    for summary in store.list(limit=100_000):
        result[summary.uuid] = comparable(dossier_to_wire(store.get(summary.uuid)))
    return result


def portal_view(portal: Portal, *, agency: str | None = None) -> dict[str, dict[str, Any]]:
    return {h["UUID"]: comparable(h) for h in portal.dossiers() if agency is None or h["DonViXuLy"] == agency}


# ----- hypothesis strategies for domain values that the wire must carry -----------------------------------------

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)
_name = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs")), min_size=1, max_size=60)
_opt_text = st.none() | _text
_moment = st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2098, 12, 31),
                       timezones=st.just(VN_TZ)).map(lambda d: d.replace(microsecond=0))
_sha = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)
_json_scalar = st.none() | st.booleans() | st.integers(-10**6, 10**6) | _text


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    applicant = Applicant(
        full_name=draw(_name),
        id_number=draw(st.none() | st.from_regex(r"\A[0-9]{12}\Z")),
        kind=draw(st.sampled_from(list(ApplicantKind))),
        old_id_number=draw(st.none() | st.from_regex(r"\A[0-9]{9}\Z")),
        birth_date=draw(st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))),
        sex=draw(st.none() | st.sampled_from(["Nam", "Nữ"])),
        address=draw(_opt_text),
        phone=draw(st.none() | st.from_regex(r"\A0[0-9]{9}\Z")),
        email=draw(_opt_text),
    )
    authorised = draw(st.none() | st.builds(AuthorisedPerson, full_name=_name, id_number=_opt_text,
                                              address=_opt_text, phone=_opt_text, email=_opt_text,
                                              authorisation_paper=_opt_text))
    documents = tuple(draw(st.lists(st.builds(
        DocumentItem, name=_name, copies=st.integers(0, 10), form=st.sampled_from(["original", "certified_copy",
                                                                                   "photocopy"]),
        received=st.booleans(), attachment_sha256=st.lists(_sha, max_size=2).map(tuple)), max_size=4)))
    return Dossier(
        code=draw(st.from_regex(r"\A[0-9A-Z]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2}-[0-9]{6}-[0-9]{4}\Z")),
        procedure_code=draw(st.from_regex(r"\A[12]\.[0-9]{6}\Z")),
        procedure_name=draw(_name),
        catalogue_version=draw(st.from_regex(r"\A[0-9a-z.]{1,10}\Z")),
        applicant=applicant,
        authorised_by=authorised,
        received_at=draw(_moment),
        due_at=draw(st.none() | _moment),
        rescheduled_due_at=draw(st.none() | _moment),
        finished_at=draw(st.none() | _moment),
        returned_at=draw(st.none() | _moment),
        status=draw(st.sampled_from(list(DossierStatus))),
        channel=draw(st.sampled_from(list(Channel))),
        agency_code=draw(st.sampled_from([AGENCY, OTHER_AGENCY])),
        field_code=draw(st.from_regex(r"\A[A-Z]{0,4}\Z")),
        field_name=draw(_text),
        form_data=draw(st.dictionaries(st.from_regex(r"\A[a-z_]{1,12}\Z"), _json_scalar, max_size=5)),
        documents=documents,
        fee=draw(st.integers(0, 10_000_000)),
        sets=draw(st.integers(1, 5)),
        result_delivery=draw(st.sampled_from(["desk", "post", "online"])),
        summary=draw(_text),
        note=draw(_text),
    )


# ----- the portal as a separate process, started with the real command line ---------------------------------------

def start_portal_process(db: Path, *extra: str, env: dict[str, str] | None = None,
                         timeout: float = 30) -> tuple[subprocess.Popen[str], str]:
    """`motcua portal serve --port 0 …` in a child process; returns it and the URL it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "portal", "serve", "--host", "127.0.0.1", "--port", "0",
         "--db", str(db), "--json", *extra],
        cwd=REPO, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8",
    )
    assert process.stdout is not None
    first_line: queue.Queue[str] = queue.Queue()
    # A thread rather than select(): pipes cannot be polled on Windows.
    threading.Thread(target=lambda: first_line.put(process.stdout.readline() if process.stdout else ""),
                     daemon=True).start()
    try:
        line = first_line.get(timeout=timeout)
    except queue.Empty:
        line = ""
    if not line:
        process.kill()
        _, err = process.communicate()
        raise AssertionError(f"the portal did not start: {err[-2000:]}")
    return process, str(json.loads(line)["url"])


def stop_process(process: subprocess.Popen[str]) -> int:
    """Stop as an administrator does (Ctrl+C); Windows has no SIGINT for a child, so it is terminated."""
    if process.poll() is None:
        if sys.platform == "win32":
            process.terminate()
            return process.wait(timeout=15)
        process.send_signal(signal.SIGINT)
        try:
            return process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.wait()
