"""Dossiers at every stage for the dossier desk's tests, recorded through the store's real write paths."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from desktop.services import AppServices
from forms.catalogue import Catalogue
from forms.clock import now_vn
from forms.dossier import Applicant, AuthorisedPerson, Dossier, Provenance
from forms.lifecycle import Action, Role, apply
from forms.status import Channel, DossierStatus
from sync.accounts import Official
from sync.accounts import Role as AccountRole

PEOPLE = (
    ("Đặng Thị Thu Hà", "001185001234"),
    ("Nguyễn Văn Bình", "049090004567"),
    ("Trần Minh Quân", "079203007890"),
    ("Lê Thị Ngọc Ánh", "048195002468"),
    ("Phạm Quốc Đạt", "036088001357"),
)


def official(role: AccountRole, login: str = "canbo") -> Official:
    return Official(login=login, display_name="Nguyễn Thị Lan", role=role)


def draft(catalogue: Catalogue, code: str, person: int = 0, *, received_at: datetime | None = None,
          due_in: timedelta = timedelta(days=3), authorised: bool = False) -> Dossier:
    procedure = catalogue.get(code)
    name, id_number = PEOPLE[person % len(PEOPLE)]
    received = received_at or now_vn() - timedelta(hours=2)
    return Dossier(
        code="", procedure_code=code, procedure_name=procedure.name, catalogue_version=catalogue.version,
        applicant=Applicant(full_name=name, id_number=id_number, phone="0905123456",
                            address="Thôn Phú Thạnh, Xã Tam Thanh, Tỉnh Quảng Nam",
                            provenance={"full_name": Provenance.QR, "id_number": Provenance.QR}),
        received_at=received, due_at=received + due_in, field_code=procedure.field_code,
        field_name=procedure.field_name, summary=procedure.name,
        authorised_by=AuthorisedPerson(full_name="Võ Văn Tùng", id_number="049088009999") if authorised else None,
    )


def save(services: AppServices, dossier: Dossier) -> Dossier:
    got: list[Dossier] = []
    services.db(lambda store: store.save_new(dossier, actor="tiepnhan")).success(got.append).run()
    return got[0]


def advance(services: AppServices, dossier: Dossier, *steps: tuple[Action, Role, dict[str, Any]]) -> Dossier:
    """Take lifecycle steps directly on the store (what other desks or the agency did earlier)."""
    def run(store: Any) -> Dossier:
        current: Dossier = store.get(dossier.uuid)
        for action, role, details in steps:
            new, event = apply(current, action, actor="khac", role=role, at=store.now(), **details)
            current = store.record(new, event)
        return current

    got: list[Dossier] = []
    services.db(run).success(got.append).run()
    return got[0]


def online(services: AppServices, catalogue: Catalogue, code: str, person: int = 1) -> Dossier:
    """A dossier a citizen submitted on the portal (status 1), as the sync engine writes it."""
    base = draft(catalogue, code, person)
    remote = replace(base, code=f"G22.{person:03d}-261120-0001", status=DossierStatus.NEW_ONLINE, due_at=None,
                     channel=Channel.ONLINE)
    got: list[Dossier] = []
    services.db(lambda store: store.upsert_remote(remote)).success(got.append).run()
    return got[0]
