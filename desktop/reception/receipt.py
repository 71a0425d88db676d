"""Render a dossier's receipt (form 01) for the print preview — worker-side, plain values only."""

from __future__ import annotations

from datetime import datetime

from desktop.print_preview import PrintDocument
from forms.desk import DeskProfile
from forms.dossier import Dossier
from printing.documents import receipt_pdf
from printing.values import PaperDetails
from sync.keys import signing_key
from sync.layout import DataLayout


def receipt_document(dossier: Dossier, profile: DeskProfile, layout: DataLayout, *, processing_time: str | None,
                     officer_name: str = "", reprint_at: datetime | None = None) -> PrintDocument:
    """Form 01 signed with the desk's key (read from the OS keyring: never call this on the GUI thread)."""
    pdf = receipt_pdf(
        dossier, profile,
        signing_key=signing_key(layout),
        processing_time=processing_time,
        paper=PaperDetails(issued_at=dossier.received_at, officer_name=officer_name),
        reprint_at=reprint_at,
    )
    return PrintDocument(pdf=pdf, title=f"Giấy tiếp nhận hồ sơ {dossier.code}", file_stem=f"bien-nhan-{dossier.code}")
