"""The sync engine against a real reference portal on loopback: convergence, exactly-once, conflicts,
interruptions at the dangerous instants, malformed replies, reference data and attachments."""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from forms.dossier import DocumentItem, SyncState
from forms.status import Channel, DossierStatus
from sync.engine import Hooks, SyncEngine, SyncReport, SyncStatus, cursor_key
from sync.portal.faults import Faults
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
from tests.sync_fixtures import desk as desk  # (fixture)
from tests.sync_fixtures import server as server  # (fixture)


@pytest.fixture
def portal(tmp_path: Path) -> Portal:
    return make_portal(tmp_path, ("ban-1", AGENCY), ("ban-2", AGENCY))


def sync(store: Store, url: str, username: str = "ban-1", **kwargs: Any) -> SyncReport:
    with fast_client(url, username) as client:
        return SyncEngine(store, client, portal_url=url, **kwargs).run_once()


def receive(store: Store, count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [store.save_new(counter_dossier(rng), actor="canbo1").uuid for _ in range(count)]


def assert_converged(store: Store, portal: Portal) -> None:
    mine = desk_view(store)
    theirs = portal_view(portal, agency=AGENCY)
    assert mine == theirs


def test_push_and_pull_converge_and_a_second_pass_does_nothing(desk: Store, portal: Portal,
                                                               server: BackgroundPortal) -> None:
    receive(desk, 5)
    online = portal.seed_online(3, AGENCY, rng=random.Random(2))
    first = sync(desk, server.url)
    assert first.ok, first.message
    assert (first.pushed, first.applied, first.pulled, first.created) == (5, 5, 3, 3)
    assert {desk.find_by_code(code).channel for code in online} == {Channel.ONLINE}  # type: ignore[union-attr]
    assert_converged(desk, portal)
    assert {s.sync_state for s in desk.list(limit=100)} == {SyncState.SENT}
    second = sync(desk, server.url)
    assert (second.pushed, second.pulled, second.pending) == (0, 0, 0)
    assert len(portal.list_dossiers()) == 8


def test_a_crash_between_push_and_acknowledge_resends_as_duplicates(desk: Store, portal: Portal,
                                                                   server: BackgroundPortal) -> None:
    receive(desk, 4)

    def crash(outcomes: Any) -> None:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        sync(desk, server.url, hooks=Hooks(after_push=crash))
    assert desk.outbox_counts()["pending"] == 4  # the answer was lost with the process
    assert len(portal.list_dossiers()) == 4  # but the portal applied the batch
    report = sync(desk, server.url)
    assert (report.duplicate, report.applied, report.pending) == (4, 0, 0)
    assert [r["revision"] for r in portal.list_dossiers()] == [1, 1, 1, 1]
    assert_converged(desk, portal)


def test_a_crash_while_applying_a_page_applies_nothing_of_it(desk: Store, portal: Portal,
                                                             server: BackgroundPortal,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    portal.seed_online(5, AGENCY, rng=random.Random(3))
    applied: list[str] = []
    original = SyncEngine._apply

    def flaky(self: SyncEngine, change: Any) -> str:
        if len(applied) == 3:
            raise RuntimeError("killed mid-page")
        applied.append(change.seq)
        return original(self, change)

    monkeypatch.setattr(SyncEngine, "_apply", flaky)
    with pytest.raises(RuntimeError):
        sync(desk, server.url)
    assert desk.list(limit=100) == []  # the three applied changes were rolled back with the page
    assert desk.get_setting(cursor_key(server.url)) is None
    monkeypatch.setattr(SyncEngine, "_apply", original)
    report = sync(desk, server.url)
    assert (report.pulled, report.created) == (5, 5)
    assert_converged(desk, portal)


def test_the_agency_status_reaches_the_desk_with_its_event(desk: Store, portal: Portal,
                                                          server: BackgroundPortal) -> None:
    [uuid] = receive(desk, 1)
    transition(desk, uuid, DossierStatus.PROCESSING)
    assert sync(desk, server.url).ok
    code = desk.get(uuid).code
    portal.set_status(code, DossierStatus.RESULT_READY, reason="Đã ký giấy khai sinh")
    report = sync(desk, server.url)
    assert (report.pulled, report.updated) == (1, 1)
    mine = desk.get(uuid)
    assert mine.status is DossierStatus.RESULT_READY and mine.finished_at is not None
    events = desk.events(uuid)
    assert events[-1].actor == "co-quan-xu-ly" and events[-1].reason == "Đã ký giấy khai sinh"
    assert_converged(desk, portal)
    # And the desk carries on from there: returning the result goes up cleanly.
    transition(desk, uuid, DossierStatus.RETURNED)
    assert sync(desk, server.url).applied == 1
    assert_converged(desk, portal)


def test_a_status_clash_is_kept_with_both_versions_and_the_agency_status_wins(
        desk: Store, portal: Portal, server: BackgroundPortal) -> None:
    [uuid] = receive(desk, 1)
    transition(desk, uuid, DossierStatus.PROCESSING)
    assert sync(desk, server.url).ok
    portal.set_status(desk.get(uuid).code, DossierStatus.SUPPLEMENT_REQUESTED, reason="Thiếu bản sao")
    # Offline, the desk records the citizen's withdrawal and corrects the phone number.
    current = desk.get(uuid)
    desk.update_fields(replace(current, applicant=replace(current.applicant, phone="0911222333")), actor="canbo1")
    transition(desk, uuid, DossierStatus.WITHDRAWN, reason="Công dân xin rút")
    report = sync(desk, server.url)
    assert report.conflicts == 1 and report.ok
    [conflict] = desk.conflicts()
    assert conflict.local["status"] == DossierStatus.WITHDRAWN
    assert conflict.remote["status"] == DossierStatus.SUPPLEMENT_REQUESTED
    assert "status" in conflict.fields
    mine = desk.get(uuid)
    assert mine.status is DossierStatus.SUPPLEMENT_REQUESTED  # the agency is authoritative for its status
    assert mine.applicant.phone == "0911222333"  # the desk for what it received
    assert mine.sync_state is SyncState.CONFLICT
    assert_converged(desk, portal)
    assert any(e.action == "sync_conflict" for e in desk.events(uuid))


def test_several_clashing_steps_in_one_batch_still_end_on_the_portal_status(
        desk: Store, portal: Portal, server: BackgroundPortal) -> None:
    [uuid] = receive(desk, 1)
    transition(desk, uuid, DossierStatus.PROCESSING)
    assert sync(desk, server.url).ok
    portal.set_status(desk.get(uuid).code, DossierStatus.STOPPED, reason="Dừng xử lý")

    def official_acts_meanwhile(step: Any) -> None:
        # While the pass pulls the agency's stop, an official records two steps on top of each other: the
        # pull must leave the status to the push, which answers both as conflicts in one batch.
        if step.phase == "pull" and step.done == 0 and desk.get(uuid).status is DossierStatus.PROCESSING:
            transition(desk, uuid, DossierStatus.PAYMENT_REQUESTED)
            transition(desk, uuid, DossierStatus.PROCESSING)

    assert sync(desk, server.url, on_progress=official_acts_meanwhile).pulled == 1
    assert desk.get(uuid).status is DossierStatus.PROCESSING
    report = sync(desk, server.url)
    assert (report.conflicts, report.pulled) == (2, 0)
    assert desk.get(uuid).status is DossierStatus.STOPPED
    assert len(desk.conflicts()) == 2
    assert_converged(desk, portal)


def test_a_pulled_step_the_lifecycle_does_not_know_is_taken_but_kept_as_a_conflict(
        desk: Store, portal: Portal, server: BackgroundPortal) -> None:
    [uuid] = receive(desk, 1)
    assert sync(desk, server.url).ok
    # A portal that misbehaves: received (2) straight to returned (10), bypassing its own checks.
    with portal.db.transaction() as tx:
        loaded = portal._load(tx, uuid)
        assert loaded is not None
        body, revision, holder = loaded
        body["TrangThaiHoSo"] = int(DossierStatus.RETURNED)
        text = portal._save(tx, body, revision + 1, holder, insert=False, now="20250715090000")
        portal._feed(tx, body=body, text=text, revision=revision + 1, holder=holder, kind="status_changed",
                     origin="agency", sukien=None)
    report = sync(desk, server.url)
    assert (report.pulled, report.conflicts) == (1, 1)
    assert desk.get(uuid).status is DossierStatus.RETURNED  # the portal's status stands…
    [conflict] = desk.conflicts()
    assert conflict.local["status"] == DossierStatus.RECEIVED  # …and the official sees where it came from
    assert desk.events(uuid)[-1].changes["reason"] == "unlawful_transition"
    # A lawful step (the agency's own, after the desk forwarded it) raises nothing.
    [other] = receive(desk, 1, seed=11)
    transition(desk, other, DossierStatus.PROCESSING)
    assert sync(desk, server.url).ok
    portal.set_status(desk.get(other).code, DossierStatus.RESULT_READY)
    assert sync(desk, server.url).conflicts == 0


def test_an_online_dossier_received_at_one_desk_reaches_the_other(tmp_path: Path, portal: Portal,
                                                                  server: BackgroundPortal) -> None:
    one = open_desk(tmp_path / "d1", desk_number=1)
    two = open_desk(tmp_path / "d2", desk_number=2)
    [code] = portal.seed_online(1, AGENCY, rng=random.Random(4))
    assert sync(one, server.url, "ban-1").created == 1
    assert sync(two, server.url, "ban-2").created == 1
    online = one.get_by_code(code)
    received = replace(online, applicant=replace(online.applicant, phone="0988777666"))
    one.update_fields(received, actor="canbo1")
    transition(one, online.uuid, DossierStatus.RECEIVED)
    assert sync(one, server.url, "ban-1").applied == 2
    report = sync(two, server.url, "ban-2")
    assert report.updated >= 1
    theirs = two.get_by_code(code)
    assert theirs.status is DossierStatus.RECEIVED and theirs.applicant.phone == "0988777666"
    assert desk_view(one)[online.uuid] == desk_view(two)[online.uuid] == portal_view(portal)[online.uuid]
    one.close()
    two.close()


def test_malformed_replies_keep_everything_queued_then_sync_completes(desk: Store, portal: Portal) -> None:
    receive(desk, 3)
    with BackgroundPortal(portal, faults=Faults(truncate=1.0, seed=1)) as broken:
        report = sync(desk, broken.url)
    assert report.status is SyncStatus.INVALID_REPLY
    assert "Cổng trả lời không đúng hợp đồng" in report.message
    assert desk.outbox_counts()["pending"] == 3
    with BackgroundPortal(portal) as healthy:
        assert sync(desk, healthy.url).ok
    assert_converged(desk, portal)


def test_offline_is_a_status_not_an_error(desk: Store) -> None:
    receive(desk, 2)
    report = sync(desk, "http://127.0.0.1:9")
    assert report.status is SyncStatus.OFFLINE and report.pending == 2
    assert {s.sync_state for s in desk.list()} == {SyncState.PENDING}


def test_reference_data_is_kept_once_per_version(desk: Store, portal: Portal, server: BackgroundPortal) -> None:
    portal.put_calendar_override("20260214", True, "Làm bù theo Quyết định của UBND tỉnh")
    portal.put_catalogue_entry({"MaTTHC": "1.001193", "TenTTHC": "Đăng ký khai sinh", "PhienBan": "2025.2",
                                "MaLinhVuc": "HT", "TenLinhVuc": "Hộ tịch", "NoiDung": {"thoi_han": 3}})
    assert sorted(sync(desk, server.url).reference) == ["agencies", "calendar", "catalogue"]
    calendar = desk.get_reference("calendar")
    assert calendar is not None
    assert calendar.document["items"] == [{"Ngay": "20260214", "LamViec": True,
                                           "GhiChu": "Làm bù theo Quyết định của UBND tỉnh"}]
    assert desk.get_reference("catalogue").document["items"][0]["PhienBan"] == "2025.2"  # type: ignore[union-attr]
    assert sync(desk, server.url).reference == []
    portal.put_calendar_override("20260215", False, "Nghỉ bù")
    assert sync(desk, server.url).reference == ["calendar"]
    assert len(desk.reference_versions("calendar")) == 2


def test_scans_are_uploaded_by_hash_before_their_dossier(desk: Store, portal: Portal,
                                                        server: BackgroundPortal) -> None:
    scan = random.Random(5).randbytes(70_000)
    info = desk.add_attachment(scan, mime="image/jpeg", original_name="cccd.jpg", sensitive=True)
    dossier = counter_dossier(random.Random(6))
    dossier = replace(dossier, documents=(DocumentItem(name="Căn cước", attachment_sha256=(info.sha256,),
                                                       received=True),))
    desk.save_new(dossier, actor="canbo1")
    assert sync(desk, server.url).ok
    assert info.sha256 == hashlib.sha256(scan).hexdigest()
    assert (portal.attachments_dir / info.sha256).read_bytes() == scan
    assert_converged(desk, portal)


def test_a_dossier_the_contract_cannot_carry_is_refused_locally_and_the_rest_goes(
        desk: Store, portal: Portal, server: BackgroundPortal) -> None:
    receive(desk, 2)
    odd = counter_dossier(random.Random(9))
    odd = desk.save_new(replace(odd, applicant=replace(odd.applicant, full_name="Tôn Nữ " * 60)), actor="canbo1")
    states: dict[str, SyncState] = {}
    report = sync(desk, server.url, on_dossier=lambda s: states.__setitem__(s.code, s.state))
    assert (report.applied, report.rejected) == (2, 1)
    assert desk.get(odd.uuid).sync_state is SyncState.REJECTED
    assert states[odd.code] is SyncState.REJECTED
    assert sorted(v for k, v in states.items() if k != odd.code) == [SyncState.SENT, SyncState.SENT]
    assert len(portal.list_dossiers()) == 2


def test_progress_is_reported_and_a_stop_request_is_honoured(desk: Store, server: BackgroundPortal) -> None:
    receive(desk, 3)
    phases: list[str] = []
    report = sync(desk, server.url, batch_size=1, on_progress=lambda p: phases.append(f"{p.phase}:{p.done}"))
    assert report.ok
    assert phases[:5] == ["login:0", "push:0", "push:1", "push:2", "push:3"]
    assert phases[-1] == "done:1"
    receive(desk, 1, seed=7)
    stopped = sync(desk, server.url, should_stop=lambda: True)
    assert stopped.status is SyncStatus.CANCELLED and stopped.pending == 1
