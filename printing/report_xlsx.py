"""The periodic statistics (Biểu II.06a) as an Excel workbook, laid out like the paper form.

    statistics_xlsx(report, desk, *, preparer="", head="") -> bytes

One sheet: the national header, the title and period, the table with the form's merged three-level header
and its column numbers (`forms.reporting.FORM_HEADER`), a row per field and the total, then the indicators
(as numbers formatted as percentages, with the counts they come from), then the signature lines. Counts
are numbers, not text, so the province can add sheets up; no formulas are needed to read it.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

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
from printing.vntext import date_line, short_datetime

FONT = "Times New Roman"  # what Vietnamese administrative documents use; Excel has it everywhere
SHEET_TITLE = "Biểu II.06a"
TRAINING_NOTICE = "Số liệu có bao gồm hồ sơ tập huấn (dữ liệu thử), không dùng để báo cáo."
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_GREY = PatternFill("solid", fgColor="F0F0F0")
COLUMN_WIDTHS = (6, 34, *([11] * 12))  # characters
HEADER_TOP = 8  # the first row of the table's header


def _font(size: float = 12, *, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def _merged(sheet: Worksheet, row: int, first: int, last: int, text: str, *, font: Font,
            alignment: Alignment = _CENTER) -> None:
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    cell = sheet.cell(row=row, column=first, value=text)
    cell.font = font
    cell.alignment = alignment


def _header(sheet: Worksheet, report: Report, desk: DeskProfile) -> int:
    """The national header, title and period; returns the next free row."""
    half = FORM_COLUMNS // 2
    _merged(sheet, 1, 1, 5, desk.governing_body.upper(), font=_font())
    _merged(sheet, 2, 1, 5, desk.centre_name.upper(), font=_font(bold=True))
    _merged(sheet, 1, half + 1, FORM_COLUMNS, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=_font(bold=True))
    _merged(sheet, 2, half + 1, FORM_COLUMNS, "Độc lập - Tự do - Hạnh phúc", font=_font(bold=True))
    issued = as_vn(report.generated_at or report.as_of).date()
    _merged(sheet, 3, half + 1, FORM_COLUMNS, date_line(desk.place_name, issued), font=_font(italic=True))
    _merged(sheet, 5, 1, FORM_COLUMNS, FORM_TITLE, font=_font(14, bold=True))
    sheet.row_dimensions[5].height = 22
    _merged(sheet, 6, 1, FORM_COLUMNS, f"Kỳ báo cáo: {report.period.describe()}", font=_font())
    _merged(sheet, 7, 1, FORM_COLUMNS, f"{FORM_NAME} — Đơn vị tính: hồ sơ", font=_font(10, italic=True),
            alignment=Alignment(horizontal="right"))
    return 8


def _table(sheet: Worksheet, report: Report, top: int) -> int:
    for cell in FORM_HEADER:
        row, col = top + cell.row, 1 + cell.col
        if cell.rowspan > 1 or cell.colspan > 1:
            sheet.merge_cells(start_row=row, start_column=col, end_row=row + cell.rowspan - 1,
                              end_column=col + cell.colspan - 1)
        target = sheet.cell(row=row, column=col, value=cell.text)
        numbers = cell.row == FORM_HEADER_ROWS - 1
        target.font = _font(10, bold=not numbers, italic=numbers)
        target.alignment = _CENTER
    for r in range(top, top + FORM_HEADER_ROWS):
        for c in range(1, FORM_COLUMNS + 1):
            sheet.cell(row=r, column=c).border = _BOX
            if r == top + FORM_HEADER_ROWS - 1:
                sheet.cell(row=r, column=c).fill = _GREY
    row = top + FORM_HEADER_ROWS
    entries = [(str(n), r.label, form_values(r.counts), False) for n, r in enumerate(report.rows, start=1)]
    entries.append(("", TOTAL_LABEL, form_values(report.total), True))
    for number, label, values, bold in entries:
        cells = [sheet.cell(row=row, column=1, value=int(number) if number else None),
                 sheet.cell(row=row, column=2, value=label)]
        cells += [sheet.cell(row=row, column=3 + i, value=value) for i, value in enumerate(values)]
        for i, target in enumerate(cells):
            target.font = _font(11, bold=bold)
            target.border = _BOX
            target.alignment = _LEFT if i == 1 else _CENTER
            if i >= 2:
                target.number_format = "#,##0"
        row += 1
    sheet.freeze_panes = sheet.cell(row=top + FORM_HEADER_ROWS, column=3)
    # Excel does not grow rows for wrapped text in merged cells: the header rows get their height here.
    for offset, height in enumerate((20, 30, 45, 16)):
        sheet.row_dimensions[top + offset].height = height
    return row


def _rates(sheet: Worksheet, report: Report, top: int) -> int:
    _merged(sheet, top, 1, FORM_COLUMNS, f"Ghi chú: {FORM_FORMULAS}. Hồ sơ đang giải quyết được xét trong hạn hay "
            f"quá hạn tại thời điểm {short_datetime(as_vn(report.as_of))}.", font=_font(10, italic=True),
            alignment=_LEFT)
    row = top + 1
    if report.include_training:
        _merged(sheet, row, 1, FORM_COLUMNS, TRAINING_NOTICE, font=_font(11, bold=True))
        row += 1
    row += 1
    _merged(sheet, row, 1, 6, "Các chỉ số của kỳ báo cáo", font=_font(12, bold=True), alignment=_LEFT)
    row += 1
    for title, col in (("Chỉ số", 2), ("Tỷ lệ", 3), ("Tử số", 4), ("Mẫu số", 5), ("Cách tính", 6)):
        target = sheet.cell(row=row, column=col, value=title)
        target.font = _font(10, bold=True)
        target.alignment = _CENTER
        target.border = _BOX
    sheet.merge_cells(start_row=row, start_column=6, end_row=row, end_column=10)
    row += 1
    for key, label, rate in report.rates.items():
        # An undefined rate (nothing to divide by) is a dash, not a misleading 0 %.
        shown: float | str = rate.value if rate.value is not None else "–"
        cells = [sheet.cell(row=row, column=2, value=label), sheet.cell(row=row, column=3, value=shown),
                 sheet.cell(row=row, column=4, value=rate.numerator),
                 sheet.cell(row=row, column=5, value=rate.denominator),
                 sheet.cell(row=row, column=6, value=RATE_FORMULAS[key])]
        sheet.merge_cells(start_row=row, start_column=6, end_row=row, end_column=10)
        for i, target in enumerate(cells):
            target.font = _font(11, bold=i == 1, italic=i == 4)
            target.border = _BOX
            target.alignment = _LEFT if i in (0, 4) else _CENTER
        cells[1].number_format = "0.0%"
        cells[2].number_format = cells[3].number_format = "#,##0"
        row += 1
    return row


def _signatures(sheet: Worksheet, top: int, preparer: str, head: str) -> None:
    half = FORM_COLUMNS // 2
    blocks = ((1, 5, "NGƯỜI LẬP BIỂU", "(Ký và ghi rõ họ tên)", preparer),
              (half + 1, FORM_COLUMNS, "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên và đóng dấu)", head))
    for first, last, title, note, name in blocks:
        _merged(sheet, top, first, last, title, font=_font(bold=True))
        _merged(sheet, top + 1, first, last, note, font=_font(11, italic=True))
        if name:
            _merged(sheet, top + 5, first, last, name, font=_font(bold=True))


def statistics_xlsx(report: Report, desk: DeskProfile, *, preparer: str = "", head: str = "") -> bytes:
    """Biểu II.06a of the report's period as the bytes of an .xlsx workbook."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    for index, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    row = _header(sheet, report, desk)
    assert row == HEADER_TOP
    row = _table(sheet, report, row)
    row = _rates(sheet, report, row)
    _signatures(sheet, row + 1, preparer, head)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_TOP}:{HEADER_TOP + FORM_HEADER_ROWS - 1}"
    book.properties.title = f"{FORM_NAME} — {report.period.describe()}"
    book.properties.creator = "MotCua Desk"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
