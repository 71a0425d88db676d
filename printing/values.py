"""The named values the form templates print, computed from plain domain values.

Every template draws on the same vocabulary, so a new form usually needs no new value:

desk and paper   governing_body, centre_name, place_name, number, date_line, officer_name, copy_label
dossier          code, procedure_code, procedure_name, processing_time, processing_body,
                 coordinating_bodies, sets, documents (list), result_delivery, ledger_book, ledger_entry
applicant        applicant_name, applicant_id, applicant_address, applicant_phone, applicant_email
who submitted    submitter_name, submitter_id, submitter_address, submitter_phone, submitter_email
authorisation    authorised (flag), authoriser_name, authoriser_id, authoriser_address, authoriser_phone,
                 authoriser_email, authorisation_paper
times            received_long, received_date, due_long, due_date, new_due_long, new_due_date
money            fee_amount, fee_words, fee_free (flag)
portal           not_synced (flag), sync_notice
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from forms.clock import as_vn, now_vn
from forms.deadlines import classify_finished
from forms.desk import DeskProfile
from forms.dossier import Dossier, DossierEvent, SyncState
from forms.lifecycle import Role
from forms.money import format_vnd, vnd_in_words
from printing.vntext import date_line, long_date, long_time, short_datetime

SYNC_NOTICE = "Hồ sơ chưa được đồng bộ lên Cổng Dịch vụ công quốc gia"

RESULT_DELIVERY = {
    "desk": "Trực tiếp tại nơi nộp hồ sơ",
    "post": "Qua dịch vụ bưu chính công ích",
    "online": "Trực tuyến trên Cổng Dịch vụ công quốc gia",
}
_DOCUMENT_FORMS = {
    "original": "bản chính",
    "certified_copy": "bản sao có chứng thực",
    "photocopy": "bản chụp",
}


@dataclass(frozen=True)
class PaperDetails:
    """What the paper itself carries besides the dossier: its number, date, signer, register entry."""

    number: str | None = None  # "Số: …" (blank to fill by hand when None)
    issued_at: datetime | None = None  # the date line; now when None
    officer_name: str = ""  # the official signing for the desk, printed under the signature
    ledger_book: str | None = None  # "Vào Sổ theo dõi hồ sơ, Quyển số …"
    ledger_entry: str | None = None  # "… Số thứ tự …"


def desk_values(desk: DeskProfile, paper: PaperDetails) -> dict[str, object]:
    issued = as_vn(paper.issued_at) if paper.issued_at is not None else now_vn()
    return {
        "governing_body": desk.governing_body,
        "centre_name": desk.centre_name,
        "place_name": desk.place_name,
        "number": paper.number,
        "date_line": date_line(desk.place_name, issued.date()),
        "officer_name": paper.officer_name,
        "ledger_book": paper.ledger_book,
        "ledger_entry": paper.ledger_entry,
    }


def document_line(name: str, copies: int, form: str) -> str:
    kind = _DOCUMENT_FORMS.get(form, form)
    return f"{name} ({copies:02d} {kind})"


def dossier_values(
    dossier: Dossier,
    desk: DeskProfile,
    paper: PaperDetails | None = None,
    *,
    processing_time: str | None = None,
    processing_body: str | None = None,
) -> dict[str, object]:
    """Every common value of one dossier; templates pick what their legal model shows."""
    paper = paper or PaperDetails()
    applicant = dossier.applicant
    authorised = dossier.authorised_by
    submitter = authorised or applicant
    due = dossier.effective_due_at
    values = desk_values(desk, paper)
    values.update({
        "code": dossier.code,
        "procedure_code": dossier.procedure_code,
        "procedure_name": dossier.procedure_name,
        "processing_time": processing_time,
        "processing_body": processing_body,
        "coordinating_bodies": None,
        "sets": f"{dossier.sets:02d}",
        "documents": [document_line(d.name, d.copies, d.form) for d in dossier.documents if d.received],
        "result_delivery": RESULT_DELIVERY.get(dossier.result_delivery, dossier.result_delivery),
        "applicant_name": applicant.full_name,
        "applicant_id": applicant.id_number,
        "applicant_address": applicant.address,
        "applicant_phone": applicant.phone,
        "applicant_email": applicant.email,
        "submitter_name": submitter.full_name,
        "submitter_id": submitter.id_number,
        "submitter_address": submitter.address,
        "submitter_phone": submitter.phone,
        "submitter_email": submitter.email,
        "authorised": authorised is not None,
        "authoriser_name": applicant.full_name if authorised else None,
        "authoriser_id": applicant.id_number if authorised else None,
        "authoriser_address": applicant.address if authorised else None,
        "authoriser_phone": applicant.phone if authorised else None,
        "authoriser_email": applicant.email if authorised else None,
        "authorisation_paper": authorised.authorisation_paper if authorised else None,
        "received_long": long_time(dossier.received_at),
        "received_date": long_date(dossier.received_at),
        "due_long": long_time(dossier.due_at),
        "due_date": long_date(dossier.due_at),
        "new_due_long": long_time(dossier.rescheduled_due_at) if dossier.rescheduled_due_at else None,
        "new_due_date": long_date(dossier.rescheduled_due_at) if dossier.rescheduled_due_at else None,
        "effective_due_long": long_time(due),
        "fee_amount": format_vnd(dossier.fee),
        "fee_words": vnd_in_words(dossier.fee),
        "fee_free": dossier.fee == 0,
        "not_synced": dossier.sync_state is not SyncState.SENT,
        "sync_notice": SYNC_NOTICE,
    })
    return values


# --- form 05: the hand-overs of one dossier -------------------------------------------------------


def timeliness(done_at: datetime, due_at: datetime | None) -> str:
    """Trước hạn / Đúng hạn / Quá hạn of a step against the dossier's due time (forms.deadlines' rule)."""
    if due_at is None:
        return ""
    return classify_finished(done_at, due_at).label


def handover_rows(events: Iterable[DossierEvent], due_at: datetime | None) -> list[list[str]]:
    """One row per hand-over in the audit trail: status changes and transfers between units.

    Prints, views and edits are not hand-overs. The units, who gave and who received come from the event as
    `forms.lifecycle` records it (the role, `to_unit` / `receiver_unit`, `receiver`, `note`), so the printed
    form follows the audit trail; what the trail does not know stays blank for the officials to write in.
    """
    rows: list[list[str]] = []
    for event in sorted(events, key=lambda e: e.at):
        to_unit = str(event.changes.get("to_unit") or event.changes.get("receiver_unit") or "")
        if event.to_status is None and not to_unit:
            continue
        giver_unit = _role_text(event.role)
        unit = f"{giver_unit} → {to_unit}" if to_unit and giver_unit else to_unit or giver_unit
        note = event.reason or str(event.changes.get("note") or "") or (
            event.to_status.label if event.to_status is not None else "")
        rows.append([
            str(len(rows) + 1),
            unit,
            short_datetime(event.at),
            event.actor,
            str(event.changes.get("receiver") or ""),
            timeliness(event.at, due_at),
            note,
        ])
    return rows


def _role_text(role: str) -> str:
    try:
        return Role(role).label
    except ValueError:
        return role  # a unit written out by whoever recorded the event


# --- form 06: the register -------------------------------------------------------------------------


def ledger_rows(dossiers: Sequence[Dossier], processing_bodies: Mapping[str, str], default_body: str,
                ) -> list[list[str]]:
    rows: list[list[str]] = []
    for number, dossier in enumerate(sorted(dossiers, key=lambda d: (d.received_at, d.code)), start=1):
        applicant = dossier.applicant
        contact = "; ".join(part for part in (applicant.address, applicant.phone) if part)
        rows.append([
            str(number),
            dossier.code,
            dossier.procedure_name,
            applicant.full_name,
            contact,
            processing_bodies.get(dossier.procedure_code, default_body),
            short_datetime(dossier.received_at),
            short_datetime(dossier.effective_due_at),
            short_datetime(dossier.returned_at),
            RESULT_DELIVERY.get(dossier.result_delivery, dossier.result_delivery),
            "",
        ])
    return rows


def period_text(date_from: date, date_to: date) -> str:
    return f"Từ {long_date(date_from)} đến {long_date(date_to)}"
