"""The reference portal's rules, without HTTP: idempotent pushes, the merge rule, the feed, tokens, uploads."""

from __future__ import annotations

import hashlib
import random
import time
import uuid
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from forms.clock import VN_TZ, now_vn
from forms.dossier import Dossier, DossierEvent
from forms.dossier_code import parse_code
from forms.errors import InvalidInput
from forms.status import Channel, DossierStatus
from sync.contract.schema import validate
from sync.contract.wire import dossier_from_wire, dossier_to_wire, event_to_wire
from sync.portal.service import Account, Portal, Unauthorized, UploadProblem
from tests.sync_fixtures import AGENCY, OTHER_AGENCY, PASSWORD, counter_dossier, make_portal

DESK1 = Account("ban-1", AGENCY)
DESK2 = Account("ban-2", AGENCY)


@pytest.fixture
def portal(tmp_path: Path) -> Portal:
    return make_portal(tmp_path, ("ban-1", AGENCY), ("ban-2", AGENCY), ("ban-x", OTHER_AGENCY))


def desk_dossier(seed: int = 1, **changes: Any) -> Dossier:
    return replace(counter_dossier(random.Random(seed)), code=f"{AGENCY}-250715-{seed:04d}", **changes)


def item(dossier: Dossier, *, before: DossierStatus | None = None, after: DossierStatus | None = None,
         action: str = "edit", event_uuid: str | None = None) -> dict[str, Any]:
    event = DossierEvent(dossier_uuid=dossier.uuid, action=action, actor="canbo1", at=now_vn(),
                         from_status=before, to_status=after, uuid=event_uuid or str(uuid.uuid4()))
    pushed = {"SuKien": event_to_wire(event, code=dossier.code), "HoSo": dossier_to_wire(dossier)}
    validate("PushItem", pushed)
    return pushed


def create(dossier: Dossier) -> dict[str, Any]:
    return item(dossier, after=dossier.status, action="create")


def status_of(portal: Portal, code: str) -> int:
    return int(next(r["status"] for r in portal.list_dossiers() if r["code"] == code))


def test_a_push_creates_once_and_a_resend_is_a_duplicate(portal: Portal) -> None:
    dossier = desk_dossier()
    first = create(dossier)
    assert [r["result"] for r in portal.push(DESK1, [first])] == ["applied"]
    again = portal.push(DESK1, [first, first])
    assert [r["result"] for r in again] == ["duplicate", "duplicate"]
    rows = portal.list_dossiers()
    assert [(r["code"], r["revision"], r["holder"], r["channel"]) for r in rows] == [
        (dossier.code, 1, "ban-1", int(Channel.AT_DESK))]
    stored = portal.dossiers()[0]
    validate("Dossier", stored)
    assert dossier_from_wire(stored).dossier.applicant.full_name == dossier.applicant.full_name


def test_a_transition_from_the_portal_status_is_applied(portal: Portal) -> None:
    dossier = desk_dossier()
    portal.push(DESK1, [create(dossier)])
    moved = replace(dossier, status=DossierStatus.PROCESSING)
    [result] = portal.push(DESK1, [item(moved, before=DossierStatus.RECEIVED, after=DossierStatus.PROCESSING)])
    assert (result["result"], result["PhienBan"], result["HoSo"]) == ("applied", 2, None)
    assert status_of(portal, dossier.code) == DossierStatus.PROCESSING


def forward(portal: Portal, dossier: Dossier, account: Account = DESK1) -> Dossier:
    """The desk sends the dossier to the processing agency (2 → 4) and the portal applies it."""
    moved = replace(dossier, status=DossierStatus.PROCESSING)
    [result] = portal.push(account, [item(moved, before=DossierStatus.RECEIVED, after=DossierStatus.PROCESSING)])
    assert result["result"] == "applied"
    return moved


def test_agency_status_wins_and_the_desk_counter_data_still_lands(portal: Portal) -> None:
    dossier = desk_dossier()
    portal.push(DESK1, [create(dossier)])
    dossier = forward(portal, dossier)
    portal.set_status(dossier.code, DossierStatus.SUPPLEMENT_REQUESTED, reason="Thiếu giấy tờ")
    # Meanwhile, offline, the desk corrected the phone number and recorded the citizen's withdrawal 4 → 7.
    edited = replace(dossier, status=DossierStatus.WITHDRAWN,
                     applicant=replace(dossier.applicant, phone="0912000111"))
    [result] = portal.push(DESK1, [item(edited, before=DossierStatus.PROCESSING, after=DossierStatus.WITHDRAWN)])
    assert result["result"] == "conflict"
    assert result["reason"]["code"] == "status_changed"
    assert result["HoSo"]["TrangThaiHoSo"] == DossierStatus.SUPPLEMENT_REQUESTED  # the agency's status stays
    assert result["HoSo"]["SoDienThoai"] == "0912000111"  # what the counter received is the desk's
    validate("Dossier", result["HoSo"])
    # The same event again gives the same answer, not a silent "applied".
    [replay] = portal.push(DESK1, [item(edited, before=DossierStatus.PROCESSING, after=DossierStatus.WITHDRAWN,
                                        event_uuid=result["MaSuKien"])])
    assert replay["result"] == "conflict"


def test_a_desk_that_did_not_receive_the_dossier_cannot_overwrite_its_counter_data(portal: Portal) -> None:
    [code] = portal.seed_online(1, AGENCY, rng=random.Random(2))
    online = dossier_from_wire(portal.dossiers()[0]).dossier
    received = replace(online, status=DossierStatus.RECEIVED,
                       applicant=replace(online.applicant, phone="0900000001"))
    assert portal.push(DESK1, [item(received, before=DossierStatus.NEW_ONLINE,
                                    after=DossierStatus.RECEIVED)])[0]["result"] == "applied"
    other = replace(received, applicant=replace(online.applicant, phone="0900000002"))
    [result] = portal.push(DESK2, [item(other)])
    assert (result["result"], result["reason"]["code"]) == ("conflict", "held_by_other_desk")
    assert result["HoSo"]["SoDienThoai"] == "0900000001"
    assert result["HoSo"]["BanTiepNhan"] == "ban-1"
    # A status step by the second desk (returning the result at another counter) is fine.
    forward(portal, received)
    portal.set_status(code, DossierStatus.RESULT_READY)
    back = dossier_from_wire(portal.dossiers()[0]).dossier
    done = replace(back, status=DossierStatus.RETURNED, returned_at=now_vn())
    [step] = portal.push(DESK2, [item(done, before=DossierStatus.RESULT_READY, after=DossierStatus.RETURNED)])
    assert step["result"] == "conflict"  # returned_at is counter data of the receiving desk
    assert status_of(portal, code) == DossierStatus.RETURNED


def test_a_finished_dossier_cannot_move_again(portal: Portal) -> None:
    dossier = desk_dossier(status=DossierStatus.REFUSED)
    portal.push(DESK1, [create(dossier)])
    [result] = portal.push(DESK1, [item(replace(dossier, status=DossierStatus.PROCESSING),
                                        before=DossierStatus.REFUSED, after=DossierStatus.PROCESSING)])
    assert (result["result"], result["reason"]["code"]) == ("rejected", "invalid_transition")
    assert status_of(portal, dossier.code) == DossierStatus.REFUSED


@pytest.mark.parametrize("mutate,code", [
    (lambda d, i: i["SuKien"].__setitem__("UUIDHoSo", str(uuid.uuid4())), "invalid_data"),
    (lambda d, i: i["HoSo"].__setitem__("NgayTiepNhan", "20251399000000"), "invalid_data"),
    (lambda d, i: i["HoSo"].__setitem__("DonViXuLy", OTHER_AGENCY), "wrong_agency"),
])
def test_bad_items_are_rejected_with_a_reason_and_change_nothing(portal: Portal, mutate: Any, code: str) -> None:
    dossier = desk_dossier()
    pushed = create(dossier)
    mutate(dossier, pushed)
    [result] = portal.push(DESK1, [pushed])
    assert (result["result"], result["reason"]["code"]) == ("rejected", code)
    assert result["reason"]["message"]
    assert portal.list_dossiers() == []


def test_a_code_belongs_to_one_dossier_and_never_changes(portal: Portal) -> None:
    dossier = desk_dossier()
    portal.push(DESK1, [create(dossier)])
    impostor = replace(dossier, uuid=str(uuid.uuid4()))
    assert portal.push(DESK1, [create(impostor)])[0]["reason"]["code"] == "code_taken"
    renamed = replace(dossier, code=f"{AGENCY}-250715-0999")
    assert portal.push(DESK1, [item(renamed)])[0]["reason"]["code"] == "code_changed"


def test_the_feed_carries_what_a_desk_must_learn_and_never_its_own_pushes(portal: Portal) -> None:
    mine = desk_dossier(1)
    theirs = desk_dossier(2)
    portal.push(DESK1, [create(mine)])
    portal.push(DESK2, [create(theirs)])
    online_codes = portal.seed_online(2, AGENCY, rng=random.Random(5))
    portal.seed_online(1, OTHER_AGENCY, rng=random.Random(6))
    forward(portal, mine)
    portal.set_status(mine.code, DossierStatus.STOPPED)
    portal.set_status(online_codes[0], DossierStatus.WITHDRAWN, reason="Công dân rút hồ sơ")

    feed = portal.changes(DESK1, "", 100)["changes"]
    kinds = [(c["HoSo"]["MaHoSo"], c["kind"]) for c in feed]
    assert kinds == [(online_codes[0], "online_submitted"), (online_codes[1], "online_submitted"),
                     (mine.code, "status_changed"), (online_codes[0], "withdrawal_requested")]
    assert feed[2]["SuKien"]["NguoiXuLy"] == "co-quan-xu-ly"
    for change in feed:
        validate("Change", change)
    # Desk 2 hears about the online ones, not about desk 1's counter dossier.
    assert theirs.code not in {c["HoSo"]["MaHoSo"] for c in portal.changes(DESK2, "", 100)["changes"]}
    assert mine.code not in {c["HoSo"]["MaHoSo"] for c in portal.changes(DESK2, "", 100)["changes"]}


def test_the_feed_pages_by_cursor_without_gaps_or_repeats(portal: Portal) -> None:
    portal.seed_online(7, AGENCY, rng=random.Random(9))
    everything = portal.changes(DESK1, "", 1000)["changes"]
    seen: list[str] = []
    cursor = ""
    while True:
        page = portal.changes(DESK1, cursor, 3)
        assert page["cursor"] == cursor
        seen.extend(c["seq"] for c in page["changes"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == [c["seq"] for c in everything]
    assert len(seen) == len(set(seen)) == 7
    later = portal.changes(DESK1, cursor, 3)
    assert later["changes"] == [] and later["next_cursor"] == cursor


def test_online_codes_come_from_a_block_no_desk_uses(portal: Portal) -> None:
    codes = portal.seed_online(3, AGENCY, rng=random.Random(1), at=datetime(2025, 7, 15, 9, tzinfo=VN_TZ))
    numbers = [parse_code(code).number for code in codes]
    assert numbers == [9001, 9002, 9003]
    assert {parse_code(code).agency for code in codes} == {AGENCY}
    for hoso in portal.dossiers():
        validate("Dossier", hoso)
        assert hoso["HinhThuc"] == Channel.ONLINE and hoso["TrangThaiHoSo"] == DossierStatus.NEW_ONLINE


def test_tokens(portal: Portal, tmp_path: Path) -> None:
    token = portal.issue_token("ban-1", PASSWORD)
    assert portal.authenticate(token["access_token"]) == DESK1
    with pytest.raises(Unauthorized):
        portal.issue_token("ban-1", "sai")
    with pytest.raises(Unauthorized):
        portal.issue_token("khong-co", PASSWORD)
    with pytest.raises(Unauthorized):
        portal.authenticate("x" * 40)
    short = Portal(portal.db, attachments_dir=tmp_path / "a", token_ttl_s=1, hasher=portal.hasher)
    expiring = short.issue_token("ban-2", PASSWORD)["access_token"]
    time.sleep(2.1)
    with pytest.raises(Unauthorized):
        short.authenticate(expiring)
    # Changing a password ends the account's sessions.
    portal.add_account("ban-1", "moi", AGENCY)
    with pytest.raises(Unauthorized):
        portal.authenticate(token["access_token"])


def test_status_changes_by_the_agency_are_checked(portal: Portal) -> None:
    dossier = desk_dossier(status=DossierStatus.RETURNED)
    portal.push(DESK1, [create(dossier)])
    with pytest.raises(InvalidInput):
        portal.set_status(dossier.code, DossierStatus.PROCESSING)
    with pytest.raises(InvalidInput):
        portal.set_status("000.00.12.H49-250101-0042", DossierStatus.PROCESSING)


def test_a_resumable_upload_checks_the_hash(portal: Portal) -> None:
    data = bytes(random.Random(4).randrange(256) for _ in range(10_000))
    sha = hashlib.sha256(data).hexdigest()
    assert portal.attachment_status(sha) is None
    assert portal.upload(sha, 0, len(data), data[:4000])["offset"] == 4000
    with pytest.raises(UploadProblem) as wrong_place:
        portal.upload(sha, 0, len(data), data[:10])
    assert wrong_place.value.status == 409 and wrong_place.value.held is not None
    assert wrong_place.value.held["offset"] == 4000
    done = portal.upload(sha, 4000, len(data), data[4000:])
    assert done == {"sha256": sha, "offset": len(data), "length": len(data), "complete": True}
    assert portal.upload(sha, 0, len(data), b"")["complete"]  # idempotent once complete
    assert (portal.attachments_dir / sha).read_bytes() == data

    forged = hashlib.sha256(b"something else").hexdigest()
    portal.upload(forged, 0, 3, b"ab")
    with pytest.raises(UploadProblem) as mismatch:
        portal.upload(forged, 2, 3, b"c")
    assert mismatch.value.status == 422
    assert portal.attachment_status(forged) is None  # the bad copy is gone: start again from zero
