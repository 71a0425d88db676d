"""Map the domain's `Dossier` and `DossierEvent` to and from the contract's JSON (`HoSo`, `SuKien`).

The wire carries the national portal's field names and its `yyyyMMddHHmmss` local time, so date-times lose
their sub-second part on the way; everything else round-trips. What stays on the desk and never travels:
the raw QR payload, per-field provenance (the receiving side marks what it got as `portal`), the desk's own
revision counter, its sync state and the training flag.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from forms.clock import VN_TZ, to_portal
from forms.dossier import (
    Applicant,
    ApplicantKind,
    AuthorisedPerson,
    DocumentItem,
    Dossier,
    DossierEvent,
    Provenance,
    SyncState,
)
from forms.errors import MotcuaError
from forms.status import Channel, DossierStatus

FEE_NAME = "Lệ phí"
# Applicant attributes that the portal carries, by their domain name (the keys of `Applicant.provenance`).
APPLICANT_FIELDS = ("full_name", "id_number", "old_id_number", "birth_date", "sex", "address", "phone", "email")


class WireError(MotcuaError):
    """A document follows the schema's shape but not its meaning (e.g. 20251340000000 is not a time)."""

    kind = "wire"

    def __init__(self, where: str) -> None:
        super().__init__("Giá trị không hợp lệ trong dữ liệu đồng bộ: trường {where}", where=where)
        self.where = where


@dataclass(frozen=True)
class PortalDossier:
    """A dossier as the portal holds it: the domain value plus the portal's bookkeeping."""

    dossier: Dossier
    revision: int  # PhienBan: the portal's revision counter
    holder: str | None  # BanTiepNhan: the desk account that received it, None while only online


TIME_FIELDS = ("NgayTiepNhan", "NgayHenTra", "NgayHenTraMoi", "NgayKetThucXuLy", "NgayTra")


def _time(value: datetime | None) -> str | None:
    return None if value is None else to_portal(value)


def _parse_time(value: Any, where: str) -> datetime | None:
    """`yyyyMMddHHmmss` (already checked as 14 digits by the schema) → aware datetime; sliced rather than
    `strptime`, which costs ten times more and runs for every date of every pushed dossier."""
    if value is None:
        return None
    text = str(value)
    try:
        if len(text) != 14 or not text.isdigit():
            raise ValueError(text)
        return datetime(int(text[0:4]), int(text[4:6]), int(text[6:8]), int(text[8:10]), int(text[10:12]),
                        int(text[12:14]), tzinfo=VN_TZ)
    except ValueError as exc:
        raise WireError(where) from exc


def _parse_date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    text = str(value)
    try:
        if len(text) != 8 or not text.isdigit():
            raise ValueError(text)
        return date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
    except ValueError as exc:
        raise WireError(where) from exc


def _date8(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def check_dates(hoso: Mapping[str, Any]) -> None:
    """Raise `WireError` unless every date of a schema-valid `HoSo` is a real date (20251340… is not)."""
    for name in TIME_FIELDS:
        _parse_time(hoso.get(name), name)
    _parse_date(hoso.get("NgaySinh"), "NgaySinh")


def _plain_json(value: Any) -> bool:
    if value is None or isinstance(value, (str, bool, int, float)):
        return True
    if isinstance(value, list):
        return all(_plain_json(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _plain_json(item) for key, item in value.items())
    return False


def _json_safe(value: Any) -> Any:
    """Form data as plain JSON (dates as ISO text), so both sides store exactly what travelled."""
    if _plain_json(value):
        return value
    def default(item: Any) -> Any:
        if isinstance(item, (datetime, date)):
            return item.isoformat()
        if isinstance(item, Mapping):
            return dict(item)
        if isinstance(item, (set, frozenset, tuple)):
            return list(item)
        raise TypeError(type(item).__name__)

    return json.loads(json.dumps(value, ensure_ascii=False, default=default))


def document_to_wire(item: DocumentItem) -> dict[str, Any]:
    return {
        "TenTaiLieu": item.name, "SoBan": item.copies, "LoaiBan": item.form, "DaNhan": item.received,
        "TepDinhKem": list(item.attachment_sha256),
    }


def document_from_wire(obj: Mapping[str, Any]) -> DocumentItem:
    return DocumentItem(
        name=obj["TenTaiLieu"], copies=int(obj["SoBan"]), form=obj["LoaiBan"], received=bool(obj["DaNhan"]),
        attachment_sha256=tuple(obj.get("TepDinhKem", ())),
    )


def _authorised_to_wire(person: AuthorisedPerson | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {
        "HoTen": person.full_name, "SoDinhDanh": person.id_number, "DiaChi": person.address,
        "SoDienThoai": person.phone, "Email": person.email, "GiayUyQuyen": person.authorisation_paper,
    }


def _authorised_from_wire(obj: Mapping[str, Any] | None) -> AuthorisedPerson | None:
    if obj is None:
        return None
    return AuthorisedPerson(
        full_name=obj["HoTen"], id_number=obj.get("SoDinhDanh"), address=obj.get("DiaChi"),
        phone=obj.get("SoDienThoai"), email=obj.get("Email"), authorisation_paper=obj.get("GiayUyQuyen"),
    )


def dossier_to_wire(dossier: Dossier, *, revision: int = 0, holder: str | None = None) -> dict[str, Any]:
    """`HoSo` for a dossier. `revision`/`holder` are the portal's bookkeeping (a desk sends 0/None)."""
    applicant = dossier.applicant
    return {
        "UUID": dossier.uuid,
        "MaHoSo": dossier.code,
        "MaTTHC": dossier.procedure_code,
        "TenTTHC": dossier.procedure_name,
        "PhienBanTTHC": dossier.catalogue_version,
        "MaLinhVuc": dossier.field_code,
        "TenLinhVuc": dossier.field_name,
        "ChuHoSo": applicant.full_name,
        "LoaiDoiTuong": int(applicant.kind),
        "MaDoiTuong": applicant.id_number,
        "SoCMND": applicant.old_id_number,
        "NgaySinh": None if applicant.birth_date is None else _date8(applicant.birth_date),
        "GioiTinh": applicant.sex,
        "DiaChi": applicant.address,
        "SoDienThoai": applicant.phone,
        "Email": applicant.email,
        "NguoiDuocUyQuyen": _authorised_to_wire(dossier.authorised_by),
        "TrichYeuHoSo": dossier.summary,
        "GhiChu": dossier.note,
        "NgayTiepNhan": to_portal(dossier.received_at),
        "NgayHenTra": _time(dossier.due_at),
        "NgayHenTraMoi": _time(dossier.rescheduled_due_at),
        "NgayKetThucXuLy": _time(dossier.finished_at),
        "NgayTra": _time(dossier.returned_at),
        "TrangThaiHoSo": int(dossier.status),
        "DonViXuLy": dossier.agency_code,
        "HinhThuc": int(dossier.channel),
        "SoBoHoSo": dossier.sets,
        "NoiNhanKetQua": dossier.result_delivery,
        "TaiLieuNop": [document_to_wire(item) for item in dossier.documents],
        "DanhSachLePhi": [{"TenLePhi": FEE_NAME, "SoTien": dossier.fee}] if dossier.fee else [],
        "DuLieuToKhai": _json_safe(dict(dossier.form_data)),
        "PhienBan": revision,
        "BanTiepNhan": holder,
    }


def dossier_from_wire(obj: Mapping[str, Any], *, provenance: Provenance = Provenance.PORTAL,
                      sync_state: SyncState = SyncState.SENT) -> PortalDossier:
    """The domain value of a `HoSo` that already passed schema validation; bad dates raise `WireError`."""
    birth_date = _parse_date(obj.get("NgaySinh"), "NgaySinh")
    applicant_values: dict[str, Any] = {
        "full_name": obj["ChuHoSo"], "id_number": obj.get("MaDoiTuong"), "old_id_number": obj.get("SoCMND"),
        "birth_date": birth_date, "sex": obj.get("GioiTinh"), "address": obj.get("DiaChi"),
        "phone": obj.get("SoDienThoai"), "email": obj.get("Email"),
    }
    applicant = Applicant(
        kind=ApplicantKind(obj["LoaiDoiTuong"]),
        provenance={name: provenance for name, value in applicant_values.items() if value not in (None, "")},
        **applicant_values,
    )
    received_at = _parse_time(obj["NgayTiepNhan"], "NgayTiepNhan")
    assert received_at is not None  # required by the schema
    dossier = Dossier(
        uuid=obj["UUID"],
        code=obj["MaHoSo"],
        procedure_code=obj["MaTTHC"],
        procedure_name=obj["TenTTHC"],
        catalogue_version=obj["PhienBanTTHC"],
        field_code=obj.get("MaLinhVuc", ""),
        field_name=obj.get("TenLinhVuc", ""),
        applicant=applicant,
        authorised_by=_authorised_from_wire(obj.get("NguoiDuocUyQuyen")),
        summary=obj.get("TrichYeuHoSo", ""),
        note=obj.get("GhiChu", ""),
        received_at=received_at,
        due_at=_parse_time(obj.get("NgayHenTra"), "NgayHenTra"),
        rescheduled_due_at=_parse_time(obj.get("NgayHenTraMoi"), "NgayHenTraMoi"),
        finished_at=_parse_time(obj.get("NgayKetThucXuLy"), "NgayKetThucXuLy"),
        returned_at=_parse_time(obj.get("NgayTra"), "NgayTra"),
        status=DossierStatus(obj["TrangThaiHoSo"]),
        agency_code=obj["DonViXuLy"],
        channel=Channel(obj["HinhThuc"]),
        sets=int(obj.get("SoBoHoSo", 1)),
        result_delivery=obj.get("NoiNhanKetQua", "desk"),
        documents=tuple(document_from_wire(item) for item in obj.get("TaiLieuNop", ())),
        fee=sum(int(item["SoTien"]) for item in obj.get("DanhSachLePhi", ())),
        form_data=dict(obj.get("DuLieuToKhai", {})),
        sync_state=sync_state,
    )
    return PortalDossier(dossier=dossier, revision=int(obj.get("PhienBan", 0)), holder=obj.get("BanTiepNhan"))


def comparable(hoso: Mapping[str, Any]) -> dict[str, Any]:
    """The content both sides must agree on: a `HoSo` without the portal's bookkeeping."""
    return {key: value for key, value in hoso.items() if key not in ("PhienBan", "BanTiepNhan")}


def event_to_wire(event: DossierEvent, *, code: str) -> dict[str, Any]:
    return {
        "MaSuKien": event.uuid,
        "UUIDHoSo": event.dossier_uuid,
        "MaHoSo": code,
        "HanhDong": event.action,
        "NguoiXuLy": event.actor,
        "ChucDanh": event.role,
        "ThoiDiemXuLy": to_portal(event.at),
        "TrangThaiTruoc": None if event.from_status is None else int(event.from_status),
        "TrangThai": None if event.to_status is None else int(event.to_status),
        "NoiDungXuLy": event.reason,
        "ThayDoi": _json_safe(dict(event.changes)),
        "MauPhieu": event.form,
    }


def event_from_wire(obj: Mapping[str, Any]) -> DossierEvent:
    at = _parse_time(obj["ThoiDiemXuLy"], "ThoiDiemXuLy")
    assert at is not None
    before, after = obj.get("TrangThaiTruoc"), obj.get("TrangThai")
    return DossierEvent(
        uuid=obj["MaSuKien"],
        dossier_uuid=obj["UUIDHoSo"],
        action=obj["HanhDong"],
        actor=obj["NguoiXuLy"],
        role=obj.get("ChucDanh", ""),
        at=at,
        from_status=None if before is None else DossierStatus(before),
        to_status=None if after is None else DossierStatus(after),
        reason=obj.get("NoiDungXuLy", ""),
        changes=dict(obj.get("ThayDoi", {})),
        form=obj.get("MauPhieu"),
    )
