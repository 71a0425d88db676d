"""Training dossiers: realistic, through the counter's save path, marked as training, purgeable."""

from __future__ import annotations

import itertools
import re
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from forms.calendar import WorkingCalendar
from forms.catalogue import Catalogue, load_default_catalogue, validate_form
from forms.clock import VN_TZ
from forms.deadlines import due_at
from forms.dossier import SyncState
from forms.dossier_code import parse_code
from forms.idcard import parse_idcard
from forms.status import DossierStatus
from sync import demo
from sync.store import Store
from tests.cli_helpers import REPO, run_cli
from tests.store_fixtures import (  # noqa: F401  (fixtures)
    Desk,
    desk_fixture,
    make_dossier,
    memory_keyring_fixture,
    store_fixture,
)

NOW = datetime(2025, 7, 15, 16, 0, tzinfo=VN_TZ)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_default_catalogue()


def test_seeded_dossiers_are_realistic_and_consistent(store: Store, catalogue: Catalogue) -> None:
    seeded = list(demo.seed(store, 40, rng_seed=7, now=NOW, catalogue=catalogue))
    assert len(seeded) == len({d.code for d in seeded}) == 40
    calendar = WorkingCalendar()
    for dossier in seeded:
        stored = store.get(dossier.uuid)
        assert stored == dossier
        assert stored.training and stored.sync_state is SyncState.LOCAL
        assert stored.received_at <= NOW
        # The applicant is what the ID card's QR says, and the card is valid.
        card = parse_idcard(stored.applicant.raw_qr or "")
        assert (card.id_number, card.full_name, card.birth_date) == (
            stored.applicant.id_number, stored.applicant.full_name, stored.applicant.birth_date)
        # A real procedure of the catalogue, its form filled validly, its legal due time.
        procedure = catalogue.get(stored.procedure_code)
        assert stored.procedure_name == procedure.name
        assert validate_form(procedure.form, stored.form_data, today=stored.received_at.date()) == []
        events = store.events(stored.uuid)
        if not any(e.action == "supplement_received" for e in events):
            assert stored.due_at == due_at(stored.received_at, procedure.processing_time_for(stored.form_data),
                                           calendar=calendar)
        # The audit trail walks the statuses one after the other up to the stored one.
        assert events[0].action == "create"
        transitions = [e for e in events if e.to_status is not None]
        for before, after in itertools.pairwise(transitions):
            assert after.from_status == before.to_status
        assert transitions[-1].to_status == stored.status
        if stored.status is DossierStatus.RETURNED:
            rating = store.rating(stored.uuid)
            assert rating is not None and 1 <= rating.level <= 3
    assert store.outbox_pending() == []  # training data never goes to the portal
    statuses = {d.status for d in seeded}
    assert DossierStatus.RETURNED in statuses and len(statuses) >= 3


def test_the_default_path_is_the_counters_save_path(store: Store, catalogue: Catalogue,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original_save, original_record = Store.save_new, Store.record

    def save_new(self: Store, dossier, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("save_new")
        assert not kwargs.get("history")  # no shortcut: the lifecycle goes through record()
        return original_save(self, dossier, **kwargs)

    def record(self: Store, new, event):  # type: ignore[no-untyped-def]
        calls.append("record")
        return original_record(self, new, event)

    monkeypatch.setattr(Store, "save_new", save_new)
    monkeypatch.setattr(Store, "record", record)
    seeded = list(demo.seed(store, 10, rng_seed=3, now=NOW, catalogue=catalogue))
    assert calls.count("save_new") == 10
    assert calls.count("record") == sum(len(store.events(d.uuid)) - 1 - (d.status is DossierStatus.RETURNED)
                                        for d in seeded)


def test_fast_mode_yields_only_committed_dossiers_and_keeps_the_history(desk: Desk, catalogue: Catalogue) -> None:
    with desk.open() as store:
        other = sqlite3.connect(str(desk.layout.database))
        try:
            for dossier in demo.seed(store, 25, rng_seed=5, now=NOW, catalogue=catalogue, fast=True, batch=10):
                # Visible to another connection: its batch was committed before it was printed.
                assert other.execute("SELECT 1 FROM dossiers WHERE code = ?", (dossier.code,)).fetchone()
        finally:
            other.close()
        assert store.count() == 25
        returned = store.list(limit=100)
        for summary in returned:
            events = store.events(summary.uuid)
            transitions = [e for e in events if e.to_status is not None]
            assert transitions[0].action == "create" and transitions[0].to_status is DossierStatus.RECEIVED
            assert transitions[-1].to_status == summary.status


def test_codes_spread_over_working_days_and_stay_in_the_desk_block(store: Store, catalogue: Catalogue) -> None:
    seeded = list(demo.seed(store, 60, rng_seed=11, now=NOW, catalogue=catalogue, fast=True, days=10))
    days = {d.received_at.date() for d in seeded}
    assert len(days) == 10
    calendar = WorkingCalendar()
    assert all(calendar.is_working_day(day) for day in days)
    assert {parse_code(d.code).desk for d in seeded} == {1}


def test_purge_removes_training_data_and_only_it(store: Store, catalogue: Catalogue) -> None:
    real = store.save_new(make_dossier(1), actor="lan")
    list(demo.seed(store, 15, rng_seed=2, now=NOW, catalogue=catalogue))
    assert demo.purge(store) == 15
    assert [s.uuid for s in store.list()] == [real.uuid]
    assert [e.action for e in store.events(real.uuid)] == ["create"]
    assert store.connection.execute("PRAGMA foreign_key_check").fetchall() == []


# ------------------------------------------------------------------------------------------------ CLI


def test_cli_seed_prints_one_code_per_line_and_purge_counts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "desk"
    seeded = run_cli(capsys, "--data-dir", str(data), "demo", "seed", "--n", "3", "--seed", "1")
    assert seeded.code == 0, seeded.err
    lines = seeded.out.splitlines()
    assert len(lines) == 3
    assert all(parse_code(line) for line in lines)
    assert "Đã ghi 3 hồ sơ tập huấn" in seeded.err
    as_json = run_cli(capsys, "--data-dir", str(data), "demo", "seed", "--n", "2", "--json", "--fast")
    objects = as_json.json_lines()
    assert [set(o) for o in objects] == [{"code", "uuid", "status", "procedure_code"}] * 2
    listed = run_cli(capsys, "--data-dir", str(data), "dossier", "list", "--training", "--json").json()
    assert {r["code"] for r in listed} == set(lines) | {o["code"] for o in objects}
    again = run_cli(capsys, "--data-dir", str(data), "demo", "seed", "--n", "1", "--seed", "2")
    counted = re.search(r"Đã ghi 1 hồ sơ tập huấn \((.*)\)\.", again.err)
    assert counted is not None
    # The summary is of this run's dossier, not of the five already in the folder.
    assert sum(int(n) for n in re.findall(r": (\d+)", counted.group(1))) == 1
    purged = run_cli(capsys, "--data-dir", str(data), "demo", "purge", "--json")
    assert purged.json() == {"purged": 6}


def test_cli_seed_refuses_bad_counts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for argv in (["--n", "0"], ["--n", "10", "--days", "0"], ["--n", "5000", "--days", "2"]):
        result = run_cli(capsys, "--data-dir", str(tmp_path / "d"), "demo", "seed", *argv)
        assert result.code == 2 and result.err.startswith("motcua: ")


def test_cli_seed_streams_codes_as_they_are_saved(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path / "desk"), "demo", "seed", "--n", "60"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    assert process.stdout is not None
    try:
        first = process.stdout.readline().strip()
        still_running = process.poll() is None
        rest = process.stdout.read().split()
    finally:
        process.wait(timeout=120)
    assert parse_code(first)
    assert still_running, "the first code appeared only when everything was done"
    assert len(rest) == 59 and process.returncode == 0


def test_a_person_is_consistent_with_the_id_number_rules() -> None:
    import random

    rng = random.Random(1)
    for _ in range(500):
        person = demo.make_person(rng, today=NOW.date())
        card = parse_idcard(person.qr_payload())
        assert card.id_number == person.id_number
        assert card.full_name == person.name
        assert (card.birth_date, card.sex.value if hasattr(card.sex, "value") else card.sex) == (person.birth, person.sex)


def test_every_procedure_of_the_catalogue_gets_a_valid_form(catalogue: Catalogue) -> None:
    import random

    rng = random.Random(3)
    today = NOW.date()
    for procedure in catalogue.procedures:
        for _ in range(20):
            person = demo.make_person(rng, today=today)
            data = demo.fill_form(procedure, rng, person, today)
            assert validate_form(procedure.form, data, today=today) == [], procedure.code
