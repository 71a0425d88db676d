"""The reports page with pytest-qt: the period chooser, the table, rates and chart, exports, the ledger."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.changes import Changes
from desktop.i18n import LanguageSwitcher
from desktop.ops import OpRunner
from desktop.reports import ReportsPage
from desktop.services import AppServices
from forms.clock import VN_TZ
from forms.desk import DeskProfile
from forms.reporting import PeriodKind
from forms.status import Channel
from sync.desk_profile import write_profile
from sync.layout import DataLayout
from sync.store import MemoryKeys, Store
from tests.print_fixtures import needs_poppler, read_pdf
from tests.reception_fixtures import pdf_printer
from tests.reports_fixtures import Case, Outcome, write_case
from tests.store_fixtures import Clock

DESK = DeskProfile(agency_code="000.00.12.H49", governing_body="UBND XÃ TAM THANH", place_name="Tam Thanh")


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=VN_TZ)


JULY_CASES = [
    Case(at(date(2025, 7, 2)), timedelta(days=3), Outcome.RESULT_READY, end_after=timedelta(days=1),
         channel=Channel.ONLINE),  # before due
    Case(at(date(2025, 7, 7)), timedelta(days=3, hours=8), Outcome.RETURNED, end_after=timedelta(days=3, hours=9),
         rating=3),  # after due, very satisfied
    Case(at(date(2025, 7, 28)), timedelta(days=3), Outcome.PROCESSING),  # overdue at the end of July
    Case(at(date(2025, 7, 3)), timedelta(days=3), Outcome.PROCESSING, training=True),
]


@pytest.fixture(name="desk")
def desk_fixture(tmp_path: Path) -> Iterator[tuple[Store, Clock, DataLayout]]:
    layout = DataLayout(tmp_path / "desk")
    layout.root.mkdir()
    clock = Clock()
    store = Store.open(layout, clock=clock, keys=MemoryKeys())
    write_profile(store, DESK)
    for i, case in enumerate(JULY_CASES):
        write_case(store, clock, case, i)
    clock.now = at(date(2025, 9, 1))  # the page reports at the store's "now"
    yield store, clock, layout
    store.close()


@pytest.fixture(name="page")
def page_fixture(qapp: QApplication, qtbot: QtBot, desk: tuple[Store, Clock, DataLayout]) -> Iterator[ReportsPage]:
    store, _clock, layout = desk
    services = AppServices(layout, runner=OpRunner(synchronous=True), store_opener=lambda _layout: store,
                           catalogue_loader=lambda: None)
    services.profile = DESK
    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.chooser.set_period(PeriodKind.MONTH, year=2025, number=7)
    page.compute()
    yield page
    if page.preview is not None:
        page.preview.close()
    page.timer.stop()
    page.chooser.changed.disconnect(page.schedule)
    services.runner.shutdown()


def cell(page: ReportsPage, row: int, column: int) -> str:
    return str(page.model.index(row, column).data())


def test_the_chosen_month_fills_the_table_rates_and_chart(page: ReportsPage) -> None:
    report = page.report
    assert report is not None and report.period.label == "Tháng 7 năm 2025"
    assert page.model.rowCount() == 2  # Hộ tịch and the total
    assert [cell(page, 0, c) for c in range(13)] == ["Hộ tịch", "3", "0", "3", "1", "2", "2", "1", "0", "1", "1",
                                                     "0", "1"]
    assert cell(page, 1, 0) == "Tổng cộng"
    texts = dict(page.rates.texts())
    assert texts["Tỷ lệ giải quyết đúng hạn"] == "50%"
    assert texts["Tỷ lệ hồ sơ trực tuyến"] == "33,3%"
    assert texts["Tỷ lệ hài lòng"] == "100%"
    assert page.chart.bars() == [("Hộ tịch", [1, 0, 1, 0, 1])]
    assert "Tháng 7 năm 2025" in page.summary.text()
    assert page.pdf_button.isEnabled() and page.xlsx_button.isEnabled()


def test_changing_the_period_or_the_training_option_recomputes(page: ReportsPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.report_shown, timeout=3000) as shown:
        page.chooser.set_period(PeriodKind.MONTH, year=2025, number=8)
    assert shown.args[0].period.label == "Tháng 8 năm 2025"
    assert cell(page, 0, 0) == "Hộ tịch" and cell(page, 0, 2) == "1"  # the overdue one carried into August
    with qtbot.waitSignal(page.report_shown, timeout=3000) as shown:
        page.chooser.set_period(PeriodKind.QUARTER, year=2025, number=3)
        page.training.setChecked(True)
    assert shown.args[0].include_training and shown.args[0].total.received_total == 4
    assert "tập huấn" in page.summary.text()


def test_each_kind_of_period_names_its_days(page: ReportsPage) -> None:
    chooser = page.chooser
    chooser.set_period(PeriodKind.HALF_YEAR, year=2025, number=2)
    assert (chooser.period().start, chooser.period().end) == (date(2025, 7, 1), date(2025, 12, 31))
    chooser.set_period(PeriodKind.NINE_MONTHS, year=2025)
    assert chooser.period().end == date(2025, 9, 30)
    chooser.statutory.setChecked(True)
    assert (chooser.period().start, chooser.period().end) == (date(2024, 12, 15), date(2025, 9, 14))
    assert chooser.statutory.isVisibleTo(page)
    chooser.set_period(PeriodKind.RANGE, start=date(2025, 7, 5), end=date(2025, 7, 9))
    assert (chooser.period().start, chooser.period().end) == (date(2025, 7, 5), date(2025, 7, 9))
    assert chooser.start.isVisibleTo(page) and not chooser.year.isVisibleTo(page)


def test_a_range_that_ends_before_it_starts_is_said_on_the_page(page: ReportsPage) -> None:
    page.chooser.set_period(PeriodKind.RANGE, start=date(2025, 7, 9), end=date(2025, 7, 5))
    page.compute()
    assert page.banner.isVisibleTo(page)
    assert "trước ngày bắt đầu" in page.banner.text()
    assert page.report is not None and page.report.period.label == "Tháng 7 năm 2025"  # the last good one stays


def test_a_late_result_for_an_earlier_period_is_dropped(page: ReportsPage) -> None:
    july = page.report
    assert july is not None
    page.chooser.set_period(PeriodKind.MONTH, year=2025, number=8)
    page.compute()
    page._show(page.generation - 1, july)  # the July answer arrives after the August request
    assert page.report is not None and page.report.period.label == "Tháng 8 năm 2025"


def test_new_dossiers_refresh_a_visible_page(page: ReportsPage, desk: tuple[Store, Clock, DataLayout],
                                             qtbot: QtBot) -> None:
    store, clock, _layout = desk
    page.show()
    qtbot.waitUntil(lambda: not page.timer.isActive(), timeout=3000)
    write_case(store, clock, Case(at(date(2025, 7, 15)), timedelta(days=2), Outcome.PROCESSING), 50)
    with qtbot.waitSignal(page.report_shown, timeout=3000) as shown:
        page.services.apply_changes(Changes.dossiers(["x"], source="save"))
    assert shown.args[0].total.received_total == 4


def test_excel_export_writes_the_numbers_and_is_audited(page: ReportsPage, tmp_path: Path,
                                                         desk: tuple[Store, Clock, DataLayout]) -> None:
    target = tmp_path / "exports" / "bieu"
    with_paths: list[str] = []
    page.exported.connect(with_paths.append)
    page.write_xlsx(target)
    written = tmp_path / "exports" / "bieu.xlsx"
    assert with_paths == [str(written)]
    sheet = openpyxl.load_workbook(io.BytesIO(written.read_bytes())).active
    assert sheet is not None
    rows = {row[1]: row[2:14] for row in sheet.iter_rows(values_only=True) if row[1] in ("Hộ tịch", "Tổng cộng")}
    assert list(rows["Hộ tịch"]) == [3, 0, 3, 1, 2, 2, 1, 0, 1, 1, 0, 1]
    assert "Đã lưu" in page.banner.text()
    exports = [e for e in desk[0].audit_log() if e.action == "export"]
    assert [(e.changes["format"], e.changes["from"]) for e in exports] == [("xlsx", "2025-07-01")]


@needs_poppler
def test_pdf_export_previews_biểu_ii06a_and_printing_it_is_audited(
        page: ReportsPage, tmp_path: Path, desk: tuple[Store, Clock, DataLayout]) -> None:
    page.printer_factory = lambda: pdf_printer(tmp_path / "printed.pdf")
    page.export_pdf()
    assert page.preview is not None
    facts = read_pdf(page.preview.document.pdf, tmp_path)
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in facts.flat and "Hộ tịch" in facts.flat
    assert page.preview.print_now()
    assert (tmp_path / "printed.pdf").exists()
    assert [e.changes["format"] for e in desk[0].audit_log() if e.action == "export"] == ["pdf"]


@needs_poppler
def test_the_ledger_of_the_period_lists_its_dossiers(page: ReportsPage, tmp_path: Path,
                                                     desk: tuple[Store, Clock, DataLayout]) -> None:
    store = desk[0]
    names = {d.applicant.full_name for d in (store.get(s.uuid) for s in store.list(limit=10)) if not d.training}
    page.printer_factory = lambda: pdf_printer(tmp_path / "ledger.pdf")
    page.print_ledger()
    assert page.preview is not None
    facts = read_pdf(page.preview.document.pdf, tmp_path, name="ledger")
    assert "SỔ THEO DÕI HỒ SƠ" in facts.flat
    assert all(name in facts.flat for name in names) and len(names) == 3
    assert page.preview.print_now()
    [printed] = [e for e in store.audit_log() if e.action == "print"]
    assert (printed.changes["form"], printed.changes["dossiers"]) == ("06", 3)


def test_the_page_speaks_english_after_a_language_switch(page: ReportsPage, switcher: LanguageSwitcher) -> None:
    assert switcher.apply("en")
    QApplication.processEvents()
    assert page.heading.text() == "Statistics"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Field"
    assert cell(page, 1, 0) == "Total"
    assert dict(page.rates.texts())["On-time rate"] == "50%"
    assert page.chooser.kind.currentText() == "Month"
    assert "Dossiers in progress as of" in page.summary.text()
