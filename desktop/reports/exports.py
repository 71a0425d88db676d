"""What the reports page hands to the background: the statistics as PDF or XLSX, and the ledger (form 06).

Plain values in, bytes or a `PrintDocument` out — these run on a worker thread (`services.op`), never touch a
widget, and never the store (the page reads the store on the database thread first).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.print_preview import PrintDocument
from forms.desk import DeskProfile
from forms.dossier import Dossier
from forms.reporting import FORM_NAME, Period, Report
from printing.documents import ledger_pdf, write_pdf
from printing.report_pdf import statistics_pdf
from printing.report_xlsx import statistics_xlsx
from printing.values import PaperDetails


def file_stem(period: Period, prefix: str) -> str:
    return f"{prefix}-{period.start:%Y%m%d}-{period.end:%Y%m%d}"


def statistics_document(report: Report, desk: DeskProfile, *, preparer: str = "") -> PrintDocument:
    pdf = statistics_pdf(report, desk, preparer=preparer)
    return PrintDocument(pdf, f"{FORM_NAME} — {report.period.describe()}", file_stem(report.period, "bieu-II06a"))


def write_statistics_xlsx(report: Report, desk: DeskProfile, path: Path, *, preparer: str = "") -> Path:
    """Written atomically: a half-written workbook never sits where the official expects the report."""
    return write_pdf(statistics_xlsx(report, desk, preparer=preparer), path)


def competent_bodies(catalogue: Any, dossiers: Sequence[Dossier]) -> dict[str, str]:
    """The competent body of each procedure, as the catalogue names it (for the ledger's column)."""
    bodies: dict[str, str] = {}
    if catalogue is None:
        return bodies
    for dossier in dossiers:
        if dossier.procedure_code in bodies:
            continue
        procedure = catalogue.find(dossier.procedure_code)
        body = str(getattr(procedure, "competent_body", "") or "") if procedure is not None else ""
        if body:
            bodies[dossier.procedure_code] = body
    return bodies


def ledger_document(dossiers: Sequence[Dossier], desk: DeskProfile, period: Period, *, catalogue: Any = None,
                    officer: str = "") -> PrintDocument:
    pdf = ledger_pdf(dossiers, desk, date_from=period.start, date_to=period.end,
                     processing_bodies=competent_bodies(catalogue, dossiers), paper=PaperDetails(officer_name=officer))
    return PrintDocument(pdf, f"Sổ theo dõi hồ sơ — {period.describe()}", file_stem(period, "so-theo-doi"))
