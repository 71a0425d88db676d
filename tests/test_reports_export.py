"""Biểu II.06a as PDF (read back with poppler) and as XLSX (read back with openpyxl), from a hand-made report."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from forms.clock import VN_TZ
from forms.desk import DeskProfile
from forms.reporting import FORM_HEADER, FORM_HEADER_ROWS, Counts, FieldRow, Period, Report
from printing.report_pdf import statistics_pdf
from printing.report_xlsx import HEADER_TOP, statistics_xlsx
from tests.print_fixtures import needs_poppler, read_pdf

DESK = DeskProfile(agency_code="000.00.12.H49", governing_body="UBND XÃ ĐIỆN BÀN", place_name="Điện Bàn",
                   centre_name="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
CIVIL = Counts(received_total=1234, received_online=234, received_desk_or_post=1000, carried_over=66,
               finished_total=1250, finished_before_due=1000, finished_on_due=200, finished_after_due=50,
               in_progress_total=50, in_progress_in_time=45, in_progress_overdue=5, digitised_dossiers=617,
               results_total=1200, digitised_results=300, ratings_total=1000, ratings_very_satisfied=700,
               ratings_satisfied=250, ratings_dissatisfied=50)
LAND = Counts(received_total=10, received_desk_or_post=10, finished_total=8, finished_before_due=8,
              in_progress_total=2, in_progress_in_time=2)
QUARTER = Period.quarter(2026, 3)
REPORT = Report(QUARTER, datetime(2026, 10, 1, tzinfo=VN_TZ),
                (FieldRow("dat-dai", "Đất đai", LAND), FieldRow("ho-tich", "Hộ tịch, nuôi con nuôi", CIVIL)),
                generated_at=datetime(2026, 10, 3, 9, tzinfo=VN_TZ)).checked()


@needs_poppler
def test_the_pdf_has_the_form_the_fields_and_the_rates(tmp_path: Path) -> None:
    pdf = read_pdf(statistics_pdf(REPORT, DESK, preparer="Võ Thị Thu Hường", head="Đặng Quốc Việt"), tmp_path)
    assert pdf.page_size[0] > pdf.page_size[1]  # landscape
    for text in ("UBND XÃ ĐIỆN BÀN", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Điện Bàn, ngày 03 tháng 10 năm 2026",
                 "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "tại Trung tâm phục vụ hành chính công",
                 "Kỳ báo cáo: Quý III năm 2026 (từ ngày 01/07/2026 đến ngày 30/09/2026)",
                 "Hộ tịch, nuôi con nuôi", "Đất đai", "Tổng cộng", "1.300", "1.244",  # thousands with a dot
                 "Trả trước hạn", "Từ kỳ trước chuyển qua", "Trực tiếp, dịch vụ bưu chính",
                 "Tỷ lệ giải quyết đúng hạn 96%", "Tỷ lệ hồ sơ trực tuyến 18,8%", "Tỷ lệ hài lòng 95%", "1.208/1.258",
                 "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "Võ Thị Thu Hường", "Đặng Quốc Việt", "Trang 1/1"):
        assert text in pdf.flat, text
    assert "tập huấn" not in pdf.flat
    fonts = [line.split() for line in pdf.fonts.splitlines()[2:]]
    assert fonts and all("LiberationSerif" in f[0] and f[-5] == "yes" for f in fonts)  # embedded, nothing else


@needs_poppler
def test_a_report_with_training_data_says_so_on_paper(tmp_path: Path) -> None:
    training = Report(QUARTER, REPORT.as_of, REPORT.rows, include_training=True)
    assert "hồ sơ tập huấn" in read_pdf(statistics_pdf(training, DESK), tmp_path).flat


@needs_poppler
def test_many_fields_flow_onto_more_pages_with_the_header_repeated(tmp_path: Path) -> None:
    rows = tuple(FieldRow(f"f{i:02d}", f"Lĩnh vực thử số {i}", LAND) for i in range(60))
    pdf = read_pdf(statistics_pdf(Report(QUARTER, REPORT.as_of, rows), DESK), tmp_path)
    assert pdf.pages >= 2
    assert all("Số hồ sơ nhận giải quyết" in pdf.page_text(page) for page in range(1, pdf.pages + 1))


def _sheet(report: Report) -> Worksheet:
    sheet = openpyxl.load_workbook(io.BytesIO(statistics_xlsx(report, DESK, preparer="Võ Thị Thu Hường"))).active
    assert isinstance(sheet, Worksheet)
    return sheet


def test_the_workbook_has_the_merged_header_of_the_form() -> None:
    sheet = _sheet(REPORT)
    merged = {str(r) for r in sheet.merged_cells.ranges}
    for cell in FORM_HEADER:
        top = HEADER_TOP + cell.row
        value = sheet.cell(row=top, column=1 + cell.col).value
        assert value == cell.text
        if cell.rowspan > 1 or cell.colspan > 1:
            first = sheet.cell(row=top, column=1 + cell.col).coordinate
            last = sheet.cell(row=top + cell.rowspan - 1, column=cell.col + cell.colspan).coordinate
            assert f"{first}:{last}" in merged
    assert sheet.freeze_panes == f"C{HEADER_TOP + FORM_HEADER_ROWS}"
    assert sheet.page_setup.orientation == "landscape"


def test_the_workbook_holds_numbers_not_text() -> None:
    sheet = _sheet(REPORT)
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=HEADER_TOP + FORM_HEADER_ROWS)
            if isinstance(row[1].value, str)}
    civil = rows["Hộ tịch, nuôi con nuôi"]
    assert [c.value for c in civil[2:14]] == [1300, 66, 1234, 234, 1000, 1250, 1000, 200, 50, 50, 45, 5]
    assert all(isinstance(c.value, int) and c.number_format == "#,##0" for c in civil[2:14])
    assert [c.value for c in rows["Tổng cộng"][2:4]] == [1310, 66]
    on_time = rows["Tỷ lệ giải quyết đúng hạn"]
    assert on_time[2].value == pytest.approx(1208 / 1258) and on_time[2].number_format == "0.0%"
    assert (on_time[3].value, on_time[4].value) == (1208, 1258)
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Võ Thị Thu Hường" in texts and "Kỳ báo cáo: Quý III năm 2026 (từ ngày 01/07/2026 đến ngày 30/09/2026)" in texts


def test_an_undefined_rate_is_a_dash_in_the_workbook() -> None:
    empty = Report(QUARTER, REPORT.as_of, ())
    sheet = _sheet(empty)
    rates = {row[1].value: row[2].value for row in sheet.iter_rows() if isinstance(row[1].value, str)}
    assert rates["Tỷ lệ hài lòng"] == "–" and rates["Tỷ lệ giải quyết đúng hạn"] == "–"
