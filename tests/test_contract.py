"""The portal contract: the spec itself, validation messages, and the Dossier/Event ↔ wire mapping."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import replace
from datetime import datetime
from functools import cache
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.clock import VN_TZ
from forms.dossier import Dossier, DossierEvent, Provenance, SyncState
from forms.status import DossierStatus
from sync.contract.schema import ContractViolation, is_valid, load_spec, operation, operations, validate
from sync.contract.wire import (
    WireError,
    comparable,
    dossier_from_wire,
    dossier_to_wire,
    event_from_wire,
    event_to_wire,
)
from sync.portal.app import HANDLERS
from tests.sync_fixtures import counter_dossier, dossiers


def test_spec_is_openapi_31_under_v1_with_the_required_operations() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1")
    assert all(path.startswith("/v1/") for path in spec["paths"])
    ids = {op.operation_id for op in operations()}
    assert ids >= {"issueToken", "pushEvents", "listChanges", "getCatalogue", "getCalendar", "getAgencies",
                   "attachmentStatus", "uploadAttachment", "health"}
    assert set(HANDLERS) == ids  # the reference portal implements exactly the contract


def test_only_login_and_health_are_open() -> None:
    assert {op.operation_id for op in operations() if not op.secured} == {"issueToken", "health"}


def test_every_schema_reference_resolves() -> None:
    # Validating anything walks the $refs; a dangling one raises instead of answering.
    for name in load_spec()["components"]["schemas"]:
        is_valid(name, {"x": [1, None, "y"]})
    for op in operations():
        for status in op.responses:
            with pytest.raises(ContractViolation) if op.responses[status] else nullcontext():
                op.validate_response(int(status), [])


def test_violation_names_the_field_and_rule_but_never_the_value() -> None:
    name = "Nguyễn Thị Bích Ngọc " * 20  # longer than the contract's 200 characters
    hoso = dossier_to_wire(replace(next_dossier(), applicant=replace(next_dossier().applicant, full_name=name)))
    with pytest.raises(ContractViolation) as caught:
        validate("Dossier", hoso)
    message = str(caught.value)
    assert "ChuHoSo" in message and "maxLength" in message
    assert "Nguyễn" not in message
    assert caught.value.where == "ChuHoSo"


def test_violation_inside_a_list_names_its_index() -> None:
    hoso = dossier_to_wire(next_dossier())
    hoso["TaiLieuNop"] = [{"TenTaiLieu": "Tờ khai", "SoBan": 1, "LoaiBan": "original", "DaNhan": True,
                           "TepDinhKem": ["not-a-hash"]}]
    with pytest.raises(ContractViolation) as caught:
        validate("Dossier", hoso)
    assert caught.value.where == "TaiLieuNop[0].TepDinhKem[0]"
    assert caught.value.rule == "pattern"


def test_push_reply_with_a_wrong_result_is_refused() -> None:
    op = operation("pushEvents")
    good = {"results": [{"MaSuKien": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "result": "applied", "reason": None,
                         "PhienBan": 1, "HoSo": None}]}
    op.validate_response(200, good)
    bad = {"results": [{**good["results"][0], "result": "maybe"}]}
    with pytest.raises(ContractViolation):
        op.validate_response(200, bad)
    with pytest.raises(ContractViolation):
        op.validate_response(418, good)  # a status the contract does not list


@cache
def next_dossier() -> Dossier:
    """A fixed, valid dossier for the message tests."""
    return replace(counter_dossier(Random(3)), code="000.00.12.H49-250715-0001")


@settings(max_examples=60, deadline=None)
@given(dossiers())
def test_dossier_round_trips_through_the_wire(dossier: Dossier) -> None:
    hoso = dossier_to_wire(dossier, revision=4, holder="ban-1")
    validate("Dossier", hoso)
    back = dossier_from_wire(hoso)
    assert back.revision == 4 and back.holder == "ban-1"
    got = back.dossier
    # Everything the desk sent comes back; only desk-side bookkeeping is not carried.
    assert replace(got, applicant=replace(got.applicant, provenance=dossier.applicant.provenance),
                   sync_state=dossier.sync_state) == dossier
    assert got.sync_state is SyncState.SENT
    filled = {k for k, v in got.applicant.provenance.items()}
    assert all(got.applicant.provenance[k] is Provenance.PORTAL for k in filled)
    assert "full_name" in filled
    # And the wire form is a fixed point.
    assert comparable(dossier_to_wire(got)) == comparable(hoso)


def test_wire_drops_sub_seconds_and_keeps_vietnam_time() -> None:
    d = replace(next_dossier(), received_at=datetime(2025, 7, 15, 2, 30, 5, 987654, tzinfo=VN_TZ))
    hoso = dossier_to_wire(d)
    assert hoso["NgayTiepNhan"] == "20250715023005"
    assert dossier_from_wire(hoso).dossier.received_at == datetime(2025, 7, 15, 2, 30, 5, tzinfo=VN_TZ)


def test_fee_travels_as_one_fee_line_and_raw_qr_stays_home() -> None:
    d = replace(next_dossier(), fee=8000, applicant=replace(next_dossier().applicant, raw_qr="001|x|y"))
    hoso = dossier_to_wire(d)
    assert hoso["DanhSachLePhi"] == [{"TenLePhi": "Lệ phí", "SoTien": 8000}]
    assert "001|x|y" not in str(hoso)
    assert dossier_to_wire(replace(d, fee=0))["DanhSachLePhi"] == []


@pytest.mark.parametrize("field,value", [("NgayTiepNhan", "20251340101010"), ("NgaySinh", "19990230"),
                                         ("NgayHenTra", "20250229000000")])
def test_a_pattern_valid_but_impossible_date_is_a_wire_error(field: str, value: str) -> None:
    hoso = dossier_to_wire(next_dossier())
    hoso[field] = value
    validate("Dossier", hoso)  # the pattern alone cannot tell
    with pytest.raises(WireError) as caught:
        dossier_from_wire(hoso)
    assert caught.value.where == field
    assert value not in str(caught.value)


@given(st.sampled_from(list(DossierStatus)) | st.none(), st.sampled_from(list(DossierStatus)) | st.none())
def test_event_round_trips(before: DossierStatus | None, after: DossierStatus | None) -> None:
    event = DossierEvent(dossier_uuid="6a1f0c2e-1d7a-4d5e-9a55-0b8d5f3e2a10", action="transfer", actor="canbo1",
                         at=datetime(2025, 7, 15, 9, 30, tzinfo=VN_TZ), from_status=before, to_status=after,
                         role="reception", reason="Chuyển cơ quan xử lý", changes={"due_at": ["a", "b"]}, form="05")
    wire = event_to_wire(event, code="000.00.12.H49-250715-0001")
    validate("Event", wire)
    assert wire["MaHoSo"] == "000.00.12.H49-250715-0001"
    assert event_from_wire(wire) == event
