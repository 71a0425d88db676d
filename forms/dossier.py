"""The dossier (hồ sơ) and its applicant as frozen domain values.

Only `sync/` maps these to and from database rows and JSON (`Dossier.from_row` is deliberately absent here);
changes are made with `dataclasses.replace`, never in place.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import Any

from forms.status import Channel, DossierStatus


def _frozen_map(values: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    return MappingProxyType(dict(values or {}))


class Provenance(StrEnum):
    """Where a value of the applicant came from (kept per field, shown to the official)."""

    QR = "qr"  # read from the ID card's QR
    TYPED = "typed"  # typed or corrected by the official
    PORTAL = "portal"  # came from the national portal (online dossiers)


class ApplicantKind(int, Enum):
    """LoaiDoiTuong on the portal."""

    CITIZEN = 1
    ORGANISATION = 2


class SyncState(StrEnum):
    """Where a dossier stands with the portal, as shown on its row."""

    LOCAL = "local"  # never offered to the portal (training data, or no portal configured)
    PENDING = "pending"  # changes waiting in the outbox
    SENT = "sent"  # every change acknowledged by the portal
    CONFLICT = "conflict"  # desk and portal disagree; waits for the official in the conflict inbox
    REJECTED = "rejected"  # the portal refused a change; the reason is on the row


@dataclass(frozen=True)
class Applicant:
    full_name: str
    id_number: str | None = None  # số định danh cá nhân (12 digits) or organisation code
    kind: ApplicantKind = ApplicantKind.CITIZEN
    old_id_number: str | None = None
    birth_date: date | None = None
    sex: str | None = None  # "Nam" / "Nữ" as printed on the card
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    raw_qr: str | None = None  # the exact QR payload, kept for audit
    provenance: Mapping[str, Provenance] = field(default_factory=_frozen_map)


@dataclass(frozen=True)
class AuthorisedPerson:
    """The person submitting on behalf of the applicant (form 01 lists the authoriser's details)."""

    full_name: str
    id_number: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    authorisation_paper: str | None = None  # giấy ủy quyền: number/date, as written


@dataclass(frozen=True)
class DocumentItem:
    """One line of the checklist (thành phần hồ sơ) as received."""

    name: str
    copies: int = 1
    form: str = "original"  # "original" | "certified_copy" | "photocopy" (as the catalogue says)
    received: bool = False
    attachment_sha256: tuple[str, ...] = ()  # scans, by content hash (sync.store.attachments)


@dataclass(frozen=True)
class Dossier:
    code: str  # mã hồ sơ (forms.dossier_code), or the portal's code for online dossiers
    procedure_code: str  # mã TTHC
    procedure_name: str
    catalogue_version: str  # the catalogue version the dossier was opened with
    applicant: Applicant
    received_at: datetime
    due_at: datetime | None  # None while not yet received (online, status 1)
    status: DossierStatus = DossierStatus.RECEIVED
    channel: Channel = Channel.AT_DESK
    agency_code: str = ""
    field_code: str = ""  # mã lĩnh vực
    field_name: str = ""
    form_data: Mapping[str, Any] = field(default_factory=_frozen_map)
    documents: tuple[DocumentItem, ...] = ()
    fee: int = 0  # whole đồng
    sets: int = 1  # số lượng hồ sơ (bộ)
    authorised_by: AuthorisedPerson | None = None
    result_delivery: str = "desk"  # "desk" | "post" | "online": đăng ký nhận kết quả tại
    summary: str = ""  # trích yếu
    note: str = ""
    finished_at: datetime | None = None  # NgayKetThucXuLy
    returned_at: datetime | None = None  # NgayTra
    rescheduled_due_at: datetime | None = None  # set once by the apology (form 04)
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
    revision: int = 0
    sync_state: SyncState = SyncState.PENDING
    training: bool = False  # training data from `motcua demo seed`, purgeable

    @property
    def effective_due_at(self) -> datetime | None:
        return self.rescheduled_due_at or self.due_at


@dataclass(frozen=True)
class DossierEvent:
    """One entry of the audit trail: a transition or an edit, attributed and timed on the device."""

    dossier_uuid: str
    action: str  # forms.lifecycle.Action value, or "edit", "create", "print", "view", …
    actor: str  # the official's login
    at: datetime
    from_status: DossierStatus | None = None
    to_status: DossierStatus | None = None
    role: str = ""
    reason: str = ""
    changes: Mapping[str, Any] = field(default_factory=_frozen_map)
    form: str | None = None  # the printed form the action required ("02", "03", "04", …)
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
