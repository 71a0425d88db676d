"""The reference portal on PostgreSQL (for load tests), through the same thin DB layer as SQLite.

Opt-in: set MOTCUA_TEST_POSTGRES_URL=postgresql://user@host:port/db (and install `psycopg[binary]`, the
`portal-postgres` extra). Each test works in a schema of its own, dropped afterwards. The same rule tests as
for SQLite run against it, then a desk converges with a PostgreSQL-backed portal through random faults.
"""

from __future__ import annotations

import os
import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from sync.portal.faults import Faults
from sync.portal.server import BackgroundPortal, open_portal
from sync.portal.service import Portal
from tests import test_portal_service as rules
from tests.sync_fixtures import AGENCY, CHEAP_HASHER, OTHER_AGENCY, desk_view, open_desk, portal_view
from tests.test_sync_engine import receive, sync

URL = os.environ.get("MOTCUA_TEST_POSTGRES_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="set MOTCUA_TEST_POSTGRES_URL to test the portal on PostgreSQL")


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[Portal]:
    psycopg = pytest.importorskip("psycopg")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in URL else "?"
    scoped = f"{URL}{separator}options={quote(f'-csearch_path={schema}')}"
    opened = open_portal(scoped, attachments_dir=tmp_path / "attachments", hasher=CHEAP_HASHER)
    for username, agency in (("ban-1", AGENCY), ("ban-2", AGENCY), ("ban-x", OTHER_AGENCY)):
        opened.add_account(username, "mat-khau-ban-1", agency)
    try:
        yield opened
    finally:
        opened.db.close()
        with psycopg.connect(URL, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.mark.parametrize("rule", [
    rules.test_a_push_creates_once_and_a_resend_is_a_duplicate,
    rules.test_a_transition_from_the_portal_status_is_applied,
    rules.test_agency_status_wins_and_the_desk_counter_data_still_lands,
    rules.test_a_desk_that_did_not_receive_the_dossier_cannot_overwrite_its_counter_data,
    rules.test_the_feed_carries_what_a_desk_must_learn_and_never_its_own_pushes,
    rules.test_the_feed_pages_by_cursor_without_gaps_or_repeats,
    rules.test_a_code_belongs_to_one_dossier_and_never_changes,
], ids=lambda f: f.__name__)
def test_the_portal_rules_hold_on_postgresql(portal: Portal, rule: object) -> None:
    rule(portal)  # type: ignore[operator]


def test_a_desk_converges_with_a_postgresql_portal_through_faults(portal: Portal, tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "desk")
    receive(desk, 20)
    portal.seed_online(5, AGENCY, rng=random.Random(1))
    with BackgroundPortal(portal, faults=Faults(drop=0.2, error=0.1, truncate=0.1, seed=3)) as faulty:
        for _ in range(3):
            sync(desk, faulty.url, batch_size=4)
    with BackgroundPortal(portal) as healthy:
        assert sync(desk, healthy.url).ok
    assert desk_view(desk) == portal_view(portal, agency=AGENCY)
    desk.close()
