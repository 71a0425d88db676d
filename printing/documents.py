"""One typed function per legal form: plain domain values in, PDF bytes out.

These are what `desktop/` (print preview, Ctrl+P) and `motcua print` call. Each gathers the form's
values (`printing.values`) and renders its template (`printing.templates`) with the engine. A form added
as a template alone can be rendered with `render_form(key, values)`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from forms.clock import as_vn
from forms.desk import DeskProfile
from forms.dossier import Dossier, DossierEvent
from forms.errors import InvalidInput, MotcuaError
from forms.i18n import N_
from forms.receipt_signature import ReceiptClaim, desk_identifier, sign_receipt
from printing.blocks import FormTemplate
from printing.engine import Values, render_pdf
from printing.templates import FORMS
from printing.templates.receipt import COPY_APPLICANT
from printing.values import (
    PaperDetails,
    desk_values,
    dossier_values,
    handover_rows,
    ledger_rows,
    period_text,
)
from printing.vntext import short_date


class PrintError(MotcuaError):
    kind = "print"


def receipt_qr_text(dossier: Dossier, desk: DeskProfile, signing_key: Ed25519PrivateKey) -> str:
    """The signed QR text of a dossier's receipt (see forms.receipt_signature)."""
    claim = ReceiptClaim.for_dossier(
        dossier_code=dossier.code,
        id_number=dossier.applicant.id_number,
        received_at=dossier.received_at,
        due_at=dossier.due_at,
        desk=desk_identifier(desk.agency_code, desk.desk_number),
        lookup_url=desk.lookup_url,
    )
    return sign_receipt(claim, signing_key).to_qr_text()


def receipt_pdf(
    dossier: Dossier,
    desk: DeskProfile,
    *,
    signing_key: Ed25519PrivateKey,
    processing_time: str | None,
    paper: PaperDetails | None = None,
    a5: bool = False,
    reprint_at: datetime | None = None,
) -> bytes:
    """Form 01. A4: both copies (kept / for the applicant) on one landscape sheet; `a5`: the applicant's copy."""
    paper = paper or PaperDetails()
    if paper.issued_at is None:  # the slip is dated the day the dossier was received, even when reprinted
        paper = replace(paper, issued_at=dossier.received_at)
    values = dossier_values(dossier, desk, paper, processing_time=processing_time)
    values["qr_text"] = receipt_qr_text(dossier, desk, signing_key)
    template = FORMS["receipt"]
    if a5:
        template = replace(template, two_up=False, copies=(COPY_APPLICANT,))
    return _render(template, values, dossier, reprint_at)


def supplement_pdf(
    dossier: Dossier,
    desk: DeskProfile,
    *,
    requirements: Sequence[str],
    reason: str,
    contact_name: str = "",
    contact_phone: str = "",
    paper: PaperDetails | None = None,
    reprint_at: datetime | None = None,
) -> bytes:
    """Form 02: what the applicant must add or correct, and why."""
    values = dossier_values(dossier, desk, paper)
    values.update({
        "requirements": _non_empty(requirements, N_("Cần ghi ít nhất một nội dung yêu cầu bổ sung")),
        "reason": reason.strip() or None,
        "contact_name": contact_name.strip() or None,
        "contact_phone": contact_phone.strip() or None,
    })
    return _render(FORMS["supplement"], values, dossier, reprint_at)


def refusal_pdf(
    dossier: Dossier,
    desk: DeskProfile,
    *,
    reasons: Sequence[str],
    paper: PaperDetails | None = None,
    reprint_at: datetime | None = None,
) -> bytes:
    """Form 03: the refusal with its concrete reasons (the law requires them to be stated)."""
    values = dossier_values(dossier, desk, paper)
    values["reasons"] = _non_empty(reasons, N_("Phiếu từ chối phải ghi rõ lý do từ chối"))
    return _render(FORMS["refusal"], values, dossier, reprint_at)


def apology_pdf(
    dossier: Dossier,
    desk: DeskProfile,
    *,
    reason: str,
    new_due_at: datetime | None = None,
    issuing_body: str | None = None,
    head_name: str = "",
    extension_wording: bool = True,
    paper: PaperDetails | None = None,
    reprint_at: datetime | None = None,
) -> bytes:
    """Form 04: the apology and the new date (the dossier's rescheduled due date unless given).

    `extension_wording` (default, Circular 03/2025) asks the applicant to agree to the extension;
    otherwise the earlier wording that simply names the new appointment is printed.
    """
    new_due = new_due_at or dossier.rescheduled_due_at
    if new_due is None:
        raise PrintError(N_("Phiếu xin lỗi cần ngày hẹn trả kết quả mới"))
    if dossier.due_at is not None and as_vn(new_due) <= as_vn(dossier.due_at):
        raise PrintError(N_("Ngày hẹn trả mới phải sau ngày hẹn trả ban đầu"))
    dossier = replace(dossier, rescheduled_due_at=new_due)
    values = dossier_values(dossier, desk, paper)
    values.update({
        "reason": reason.strip() or None,
        "issuing_body": issuing_body or desk.governing_body,
        "head_name": head_name,
        "extension_wording": extension_wording,
        "received_short": short_date(dossier.received_at),
    })
    return _render(FORMS["apology"], values, dossier, reprint_at)


def control_pdf(
    dossier: Dossier,
    desk: DeskProfile,
    events: Sequence[DossierEvent],
    *,
    processing_body: str | None = None,
    coordinating_bodies: str = "",
    paper: PaperDetails | None = None,
    reprint_at: datetime | None = None,
) -> bytes:
    """Form 05: the hand-over table, built from the dossier's audit trail."""
    values = dossier_values(dossier, desk, paper, processing_body=processing_body or desk.governing_body)
    values["coordinating_bodies"] = coordinating_bodies.strip() or "Không"
    values["handovers"] = handover_rows(events, dossier.effective_due_at)
    return _render(FORMS["control"], values, dossier, reprint_at)


def ledger_pdf(
    dossiers: Sequence[Dossier],
    desk: DeskProfile,
    *,
    date_from: date,
    date_to: date,
    processing_bodies: Mapping[str, str] | None = None,
    paper: PaperDetails | None = None,
    reprint_at: datetime | None = None,
) -> bytes:
    """Form 06: the register of the dossiers received from `date_from` to `date_to` (inclusive)."""
    if date_to < date_from:
        raise InvalidInput(N_("Ngày kết thúc {to} trước ngày bắt đầu {start}"),
                           to=date_to.isoformat(), start=date_from.isoformat())
    in_range = [d for d in dossiers if date_from <= as_vn(d.received_at).date() <= date_to]
    values = desk_values(desk, paper or PaperDetails())
    values.update({
        "period": period_text(date_from, date_to),
        "ledger_rows": ledger_rows(in_range, processing_bodies or {}, desk.governing_body),
    })
    return render_pdf(FORMS["ledger"], values, reprint_at=reprint_at,
                      title=f"Sổ theo dõi hồ sơ {date_from.isoformat()} – {date_to.isoformat()}",
                      author=desk.centre_name)


def render_form(key: str, values: Values, *, reprint_at: datetime | None = None) -> bytes:
    """Any registered form from its values: how a form added as a template alone is printed."""
    template = FORMS.get(key)
    if template is None:
        raise PrintError(N_("Không có mẫu in «{key}»"), key=key)
    return render_pdf(template, values, reprint_at=reprint_at)


def write_pdf(pdf: bytes, path: str | os.PathLike[str]) -> Path:
    """Write atomically: a half-written PDF is never left where the official expects the form."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pdf)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PrintError(N_("Không ghi được tệp {path}: {reason}"), path=str(target),
                         reason=exc.strerror or exc) from exc
    return target


def _render(template: FormTemplate, values: dict[str, object], dossier: Dossier,
            reprint_at: datetime | None) -> bytes:
    return render_pdf(template, values, reprint_at=reprint_at, title=f"{template.name} — {dossier.code}")


def _non_empty(items: Sequence[str], message: str) -> list[str]:
    cleaned = [item.strip() for item in items if item and item.strip()]
    if not cleaned:
        raise PrintError(message)
    return cleaned


__all__ = [
    "PaperDetails",
    "PrintError",
    "apology_pdf",
    "control_pdf",
    "ledger_pdf",
    "receipt_pdf",
    "receipt_qr_text",
    "refusal_pdf",
    "render_form",
    "supplement_pdf",
    "write_pdf",
]
