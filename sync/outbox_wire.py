"""An outbox payload as a push item of the contract, straight from the store's JSON document.

The reference path reads the payload into the domain values (`codec.dossier_from_dict`, `event_from_dict`) and
writes those out as `HoSo` and `SuKien` (`wire.dossier_to_wire`, `event_to_wire`): five dataclasses and a
dozen datetimes made and formatted again per dossier, most of the desk's time in a push of thousands.
`push_item` maps a payload in the store's canonical form (what `codec.dossier_to_dict` writes: fixed-width
ISO times in +07:00, exact JSON types, known enum values) field by field to the same item, and returns None
for anything else — a missing or odd field, a date inside form data — so that the caller takes the reference
path, which gives the same item or the same error as before. tests/test_sync_outbox_wire.py holds the two
paths equal on generated and on mangled payloads. The contract validation of the request is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from forms.dossier import ApplicantKind, Provenance, SyncState
from forms.status import Channel, DossierStatus
from sync.contract.wire import FEE_NAME

_TIME = re.compile(r"[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+07:00")
_DATE = re.compile(r"[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}")
_STATUSES = frozenset(int(s) for s in DossierStatus)
_CHANNELS = frozenset(int(c) for c in Channel)
_KINDS = frozenset(int(k) for k in ApplicantKind)
_PROVENANCES = frozenset(p.value for p in Provenance)
_SYNC_STATES = frozenset(s.value for s in SyncState)


class _NotCanonical(Exception):
    """The payload is not in the form this module maps; the reference path decides."""


def _str(value: Any) -> str:
    if type(value) is not str:
        raise _NotCanonical
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise _NotCanonical
    return value


def _member(value: Any, members: frozenset[int]) -> int:
    if type(value) is not int or value not in members:
        raise _NotCanonical
    return value


def _time(value: Any) -> str | None:
    """The store's `2025-07-15T09:30:00.000000+07:00` as the portal's `20250715093000`."""
    if value is None:
        return None
    if type(value) is not str or _TIME.fullmatch(value) is None:
        raise _NotCanonical
    try:
        datetime.fromisoformat(value)  # a real instant, not only the right digits
    except ValueError as exc:
        raise _NotCanonical from exc
    return value[0:4] + value[5:7] + value[8:10] + value[11:13] + value[14:16] + value[17:19]


def _date(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is not str or _DATE.fullmatch(value) is None:
        raise _NotCanonical
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise _NotCanonical from exc
    return value[0:4] + value[5:7] + value[8:10]


def _plain(value: Any) -> bool:
    """Only JSON's own types (the payload decoder turned tagged dates into date objects: those are not)."""
    kind = type(value)
    if value is None or kind is str or kind is bool or kind is int or kind is float:
        return True
    if kind is list:
        return all(_plain(item) for item in value)
    if kind is dict:
        return all(type(key) is str and _plain(item) for key, item in value.items())
    return False


def _mapping(value: Any) -> dict[str, Any]:
    """Form data or an event's changes: a plain JSON object (None or absent means empty)."""
    if value is None:
        return {}
    if type(value) is not dict or not _plain(value):
        raise _NotCanonical
    return dict(value)


def _document(raw: Any) -> dict[str, Any]:
    if type(raw) is not dict:
        raise _NotCanonical
    received = raw.get("received", False)
    if type(received) is not bool:
        raise _NotCanonical
    hashes = raw.get("attachment_sha256", [])
    if type(hashes) is not list:
        raise _NotCanonical
    return {"TenTaiLieu": _str(raw["name"]), "SoBan": _int(raw.get("copies", 1)),
            "LoaiBan": _str(raw.get("form", "original")), "DaNhan": received,
            "TepDinhKem": [_str(sha) for sha in hashes]}


def _authorised(raw: Any) -> dict[str, Any] | None:
    if raw is None:
        return None
    if type(raw) is not dict:
        raise _NotCanonical
    return {"HoTen": _str(raw["full_name"]), "SoDinhDanh": raw.get("id_number"), "DiaChi": raw.get("address"),
            "SoDienThoai": raw.get("phone"), "Email": raw.get("email"),
            "GiayUyQuyen": raw.get("authorisation_paper")}


def _hoso(d: Mapping[str, Any]) -> dict[str, Any]:
    a = d["applicant"]
    if type(a) is not dict:
        raise _NotCanonical
    provenance = a.get("provenance")
    if provenance is not None and (type(provenance) is not dict
                                   or not all(type(v) is str and v in _PROVENANCES for v in provenance.values())):
        raise _NotCanonical
    # Read by the reference path though they do not travel: an odd value there refuses the row.
    _int(d.get("revision", 0))
    if d.get("sync_state", SyncState.PENDING.value) not in _SYNC_STATES:
        raise _NotCanonical
    received_at = _time(d["received_at"])
    if received_at is None:
        raise _NotCanonical
    fee = _int(d.get("fee", 0))
    documents = d.get("documents")
    if documents is not None and type(documents) is not list:
        raise _NotCanonical
    return {
        "UUID": _str(d["uuid"]),
        "MaHoSo": _str(d["code"]),
        "MaTTHC": _str(d["procedure_code"]),
        "TenTTHC": _str(d["procedure_name"]),
        "PhienBanTTHC": _str(d["catalogue_version"]),
        "MaLinhVuc": _str(d.get("field_code", "")),
        "TenLinhVuc": _str(d.get("field_name", "")),
        "ChuHoSo": _str(a["full_name"]),
        "LoaiDoiTuong": _member(a.get("kind", 1), _KINDS),
        "MaDoiTuong": a.get("id_number"),
        "SoCMND": a.get("old_id_number"),
        "NgaySinh": _date(a.get("birth_date")),
        "GioiTinh": a.get("sex"),
        "DiaChi": a.get("address"),
        "SoDienThoai": a.get("phone"),
        "Email": a.get("email"),
        "NguoiDuocUyQuyen": _authorised(d.get("authorised_by")),
        "TrichYeuHoSo": _str(d.get("summary", "")),
        "GhiChu": _str(d.get("note", "")),
        "NgayTiepNhan": received_at,
        "NgayHenTra": _time(d.get("due_at")),
        "NgayHenTraMoi": _time(d.get("rescheduled_due_at")),
        "NgayKetThucXuLy": _time(d.get("finished_at")),
        "NgayTra": _time(d.get("returned_at")),
        "TrangThaiHoSo": _member(d["status"], _STATUSES),
        "DonViXuLy": _str(d.get("agency_code", "")),
        "HinhThuc": _member(d.get("channel", 1), _CHANNELS),
        "SoBoHoSo": _int(d.get("sets", 1)),
        "NoiNhanKetQua": _str(d.get("result_delivery", "desk")),
        "TaiLieuNop": [_document(item) for item in documents or ()],
        "DanhSachLePhi": [{"TenLePhi": FEE_NAME, "SoTien": fee}] if fee else [],
        "DuLieuToKhai": _mapping(d.get("form_data")),
        "PhienBan": 0,
        "BanTiepNhan": None,
    }


def _sukien(e: Mapping[str, Any], code: str) -> dict[str, Any]:
    at = _time(e["at"])
    if at is None:
        raise _NotCanonical
    before, after = e.get("from_status"), e.get("to_status")
    dossier_uuid = e.get("dossier_uuid") or ""
    return {
        "MaSuKien": _str(e["uuid"]),
        "UUIDHoSo": _str(dossier_uuid),
        "MaHoSo": code,
        "HanhDong": _str(e["action"]),
        "NguoiXuLy": _str(e["actor"]),
        "ChucDanh": _str(e.get("role", "")),
        "ThoiDiemXuLy": at,
        "TrangThaiTruoc": None if before is None else _member(before, _STATUSES),
        "TrangThai": None if after is None else _member(after, _STATUSES),
        "NoiDungXuLy": _str(e.get("reason", "")),
        "ThayDoi": _mapping(e.get("changes")),
        "MauPhieu": e.get("form"),
    }


def push_item(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    """{"SuKien", "HoSo"} for an outbox payload in the store's canonical form, else None (take the domain
    path). The rating, which the engine adds to `ThayDoi`, is the caller's."""
    try:
        dossier, event = payload["dossier"], payload["event"]
        if type(dossier) is not dict or type(event) is not dict:
            return None
        hoso = _hoso(dossier)
        return {"SuKien": _sukien(event, hoso["MaHoSo"]), "HoSo": hoso}
    except (_NotCanonical, KeyError, TypeError):
        return None
