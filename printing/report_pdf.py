"""The periodic statistics (Biểu II.06a) as a landscape A4 PDF, in the typography of the printed forms.

    statistics_pdf(report, desk, *, paper=None, preparer="", head="") -> bytes

The national header, title and signatures are the forms' own blocks (`printing.blocks`, laid out by
`printing.engine`); the table is drawn here because its header has merged cells on three levels, which the
forms' single-row `Table` block does not have. Its layout (cells, spans, column numbers) is data in
`forms.reporting.FORM_HEADER`, shared with the spreadsheet and the screen.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from forms.clock import as_vn
from forms.desk import DeskProfile
from forms.reporting import (
    FORM_COLUMNS,
    FORM_FORMULAS,
    FORM_HEADER,
    FORM_HEADER_ROWS,
    FORM_NAME,
    FORM_TITLE,
    RATE_FORMULAS,
    TOTAL_LABEL,
    Report,
    form_values,
)
from printing import blocks as b
from printing.engine import _Context, _numbered_canvas, build_blocks, styles_for
from printing.fonts import FAMILY, register_fonts
from printing.values import PaperDetails, desk_values
from printing.vntext import short_datetime

FONT_SIZE = 11.0
TABLE_SIZE = 9.0
MARGINS_MM = (14.0, 12.0, 14.0, 18.0)  # top, right, bottom, left
# Widths in mm of the 267 mm between the margins: STT, the field, then the twelve numbers.
COLUMN_WIDTHS_MM = (9.0, 57.0, *([201.0 / 12] * 12))
TRAINING_NOTICE = "Số liệu có bao gồm hồ sơ tập huấn (dữ liệu thử), không dùng để báo cáo."

TEMPLATE = b.FormTemplate(
    key="statistics",
    model="II.06a",
    name="Tình hình, kết quả giải quyết thủ tục hành chính",
    page=b.PageSetup(size="A4", landscape=True, margins_mm=MARGINS_MM),
    font_size=FONT_SIZE,
    fit_to_page=False,
    page_numbers=True,
    blocks=(
        b.NationalHeader(number_suffix="BC"),
        b.Title(FORM_TITLE, lines=("tại {centre_name_plain}", "Kỳ báo cáo: {period}")),
    ),
)
SIGNATURES = b.Signatures(
    signers=(
        b.Signer("NGƯỜI LẬP BIỂU", name="{preparer}"),
        b.Signer("THỦ TRƯỞNG ĐƠN VỊ", note="(Ký, ghi rõ họ tên và đóng dấu)", name="{head}"),
    ),
    space_mm=14,
)


def number_text(value: int) -> str:
    """1234 → "1.234" (the Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


def _sentence_case(name: str) -> str:
    """"TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" → "Trung tâm phục vụ hành chính công" for use inside a sentence."""
    name = name.strip()
    return name.capitalize() if name.isupper() else name


def _nfc(text: str) -> str:
    return escape(unicodedata.normalize("NFC", text))


def _table(report: Report, width: float) -> RLTable:
    s = styles_for(TABLE_SIZE + 1, -1)
    header_style = ParagraphStyle("stat_header", parent=s.cell_header, leading=TABLE_SIZE * 1.15)
    number_style = ParagraphStyle("stat_number", parent=s.cell_center)
    bold_number = ParagraphStyle("stat_number_bold", parent=number_style, fontName=FAMILY.bold)
    grid: list[list[Any]] = [["" for _ in range(FORM_COLUMNS)] for _ in range(FORM_HEADER_ROWS)]
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    for cell in FORM_HEADER:
        italic = cell.row == FORM_HEADER_ROWS - 1
        style = ParagraphStyle("stat_no", parent=header_style, fontName=FAMILY.italic) if italic else header_style
        grid[cell.row][cell.col] = Paragraph(_nfc(cell.text), style)
        if cell.rowspan > 1 or cell.colspan > 1:
            spans.append(("SPAN", (cell.col, cell.row), (cell.col + cell.colspan - 1, cell.row + cell.rowspan - 1)))
    for number, row in enumerate(report.rows, start=1):
        grid.append([Paragraph(str(number), number_style), Paragraph(_nfc(row.label), s.cell),
                     *(Paragraph(number_text(v), number_style) for v in form_values(row.counts))])
    bold_cell = ParagraphStyle("stat_total", parent=s.cell, fontName=FAMILY.bold)
    grid.append(["", Paragraph(TOTAL_LABEL, bold_cell),
                 *(Paragraph(number_text(v), bold_number) for v in form_values(report.total))])
    total = sum(COLUMN_WIDTHS_MM)
    table = RLTable(grid, colWidths=[width * w / total for w in COLUMN_WIDTHS_MM], repeatRows=FORM_HEADER_ROWS)
    table.setStyle(RLTableStyle([
        ("FONT", (0, 0), (-1, -1), FAMILY.regular),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, FORM_HEADER_ROWS - 1), "MIDDLE"),
        ("VALIGN", (0, FORM_HEADER_ROWS), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, FORM_HEADER_ROWS - 1), (-1, FORM_HEADER_ROWS - 1), colors.HexColor("#f0f0f0")),
        *spans,
    ]))
    return table


def _rates(report: Report, width: float) -> list[Flowable]:
    """The five indicators side by side: name, percentage, the counts it comes from, and how it is computed."""
    s = styles_for(FONT_SIZE)
    label = ParagraphStyle("rate_label", parent=s.cell_center, fontName=FAMILY.bold, fontSize=FONT_SIZE - 1.5,
                           leading=(FONT_SIZE - 1.5) * 1.2)
    value = ParagraphStyle("rate_value", parent=s.cell_center, fontName=FAMILY.bold, fontSize=FONT_SIZE + 3,
                           leading=(FONT_SIZE + 3) * 1.2)
    detail = ParagraphStyle("rate_detail", parent=s.cell_center, fontName=FAMILY.italic, fontSize=FONT_SIZE - 2.5,
                            leading=(FONT_SIZE - 2.5) * 1.2)
    items = report.rates.items()
    cells = [[Paragraph(_nfc(name), label), Paragraph(rate.percent_text(), value),
              Paragraph(_nfc(f"{number_text(rate.numerator)}/{number_text(rate.denominator)} — {RATE_FORMULAS[key]}"),
                        detail)]
             for key, name, rate in items]
    table = RLTable([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(RLTableStyle([
        ("FONT", (0, 0), (-1, -1), FAMILY.regular),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [Spacer(1, 1.5 * mm), table]


def statistics_pdf(report: Report, desk: DeskProfile, *, paper: PaperDetails | None = None,
                   preparer: str = "", head: str = "") -> bytes:
    """Biểu II.06a of the report's period as PDF bytes (A4 landscape, page numbers, header on every page)."""
    register_fonts()
    page = landscape(A4)
    top, right, bottom, left = (value * mm for value in MARGINS_MM)
    width = page[0] - left - right
    paper = paper or PaperDetails()
    if paper.issued_at is None:  # dated the day the statistics were made, even when printed later
        paper = replace(paper, issued_at=report.generated_at)
    values: dict[str, object] = desk_values(desk, paper)
    values.update({
        "period": report.period.describe(),
        "centre_name_plain": _sentence_case(desk.centre_name) or "Bộ phận Một cửa",
        "preparer": preparer,
        "head": head,
    })
    styles = styles_for(FONT_SIZE)
    ctx = _Context(values, styles, width)
    small = ParagraphStyle("stat_small", parent=styles.italic, fontSize=FONT_SIZE - 1.5,
                           leading=(FONT_SIZE - 1.5) * 1.25, spaceAfter=2)
    small_right = ParagraphStyle("stat_small_right", parent=small, alignment=2)
    story: list[Flowable] = build_blocks(TEMPLATE.blocks, ctx)
    story.append(Paragraph(f"{FORM_NAME} — Đơn vị tính: hồ sơ", small_right))
    story.append(_table(report, width))
    story.append(Paragraph(_nfc(f"Ghi chú: {FORM_FORMULAS}. Hồ sơ đang giải quyết được xét trong hạn hay quá hạn "
                                f"tại thời điểm {short_datetime(as_vn(report.as_of))}."), small))
    if report.include_training:
        story.append(Paragraph(TRAINING_NOTICE, ParagraphStyle("training", parent=styles.center_bold,
                                                                fontSize=FONT_SIZE - 1, spaceAfter=0)))
    story += _rates(report, width)
    story += build_blocks((SIGNATURES,), ctx)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=page, title=f"{FORM_NAME} — {report.period.describe()}", author=desk.centre_name,
        creator="MotCua Desk", subject=TEMPLATE.name, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
        initialFontName=FAMILY.regular, initialFontSize=FONT_SIZE,
    )
    frame = Frame(left, bottom, width, page[1] - top - bottom, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="report")
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(TEMPLATE))
    return buffer.getvalue()
