"""The reports page: choose a period, see Biểu II.06a, its rates and a chart; export it or print the ledger.

Every computation and export goes through the background helper: the statistics are read on the database
thread (`services.db` → `sync.reports.statistics`), PDFs and workbooks are made on the pool (`services.op`).
A generation number drops a result that arrives for a period the official has since changed. The page
recomputes itself when dossiers change (`changes_applied`) — at once if it is showing, else when shown.
Exports and printed ledgers are written in the audit trail (who exported which period, in which format).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.headings import Heading
from desktop.ops import failure_text
from desktop.print_preview import PrintDocument, PrintPreviewDialog, SettingsPrinterMemory
from desktop.reception.banner import Banner, Level
from desktop.reports.chart import OutcomeChart, RatesPanel
from desktop.reports.exports import file_stem, ledger_document, statistics_document, write_statistics_xlsx
from desktop.reports.period_chooser import PeriodChooser
from desktop.reports.table_model import StatisticsModel
from forms.clock import as_vn, now_vn
from forms.errors import MotcuaError
from forms.reporting import Period, Report
from printing.audit import print_action, print_details
from printing.templates import FORMS
from sync.reports import ledger_dossiers, statistics

log = logging.getLogger(__name__)

RECOMPUTE_DELAY_MS = 250


class ReportsPage(QWidget):
    report_shown = Signal(object)  # the Report now on screen
    exported = Signal(str)  # the path of a file written

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsPage")
        self.services = services
        self.report: Report | None = None
        self.generation = 0
        self.stale = True
        self.preview: PrintPreviewDialog | None = None
        self.printer_factory: Any = None  # tests give a file printer; the app asks the remembered one

        self.heading = Heading(self)
        self.chooser = PeriodChooser(as_vn(now_vn()).date(), self)
        self.training = QCheckBox(self)
        self.training.setObjectName("includeTraining")
        self.banner = Banner(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.rates = RatesPanel(self)
        self.model = StatisticsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("statisticsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # Each number column as wide as its header; the field's name takes the rest and wraps if it must.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(48)
        self.chart_title = QLabel(self)
        self.chart = OutcomeChart(self)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("exportPdf")
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("exportXlsx")
        self.ledger_button = QPushButton(self)
        self.ledger_button.setObjectName("printLedger")

        controls = QHBoxLayout()
        controls.addWidget(self.chooser, 1)
        controls.addWidget(self.training)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.xlsx_button, self.ledger_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.summary)
        body.addWidget(self.rates)
        body.addWidget(self.table)
        body.addWidget(self.chart_title)
        body.addWidget(self.chart)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(controls)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECOMPUTE_DELAY_MS)
        self.timer.timeout.connect(self.compute)
        self.chooser.changed.connect(self.schedule)
        self.training.toggled.connect(self.schedule)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.ledger_button.clicked.connect(self.print_ledger)
        services.changes_applied.connect(self._on_changes)
        self.retranslate_ui()
        self._enable_exports()

    # -- computing --------------------------------------------------------------------------------------
    def schedule(self) -> None:
        self.timer.start()

    def compute(self) -> None:
        """Read the statistics of the chosen period in the background; the newest request wins."""
        self.timer.stop()
        try:
            period = self.chooser.period()
        except MotcuaError as error:
            self.banner.show_message(failure_text(error), Level.ERROR)
            return
        include_training = self.training.isChecked()
        self.generation += 1
        generation = self.generation
        self.stale = False
        self.summary.setText(self.tr("Đang lập báo cáo {period}…").format(period=period.describe()))
        self.services.db(lambda store: statistics(store, period, include_training=include_training), parent=self,
                         description=self.tr("Đang lập báo cáo…")).success(
            lambda report: self._show(generation, report)).failure(
            lambda error: self._failed(generation, error)).run()

    def _show(self, generation: int, report: Report) -> None:
        if generation != self.generation:
            return  # the official has chosen another period meanwhile
        self.report = report
        self.banner.clear_message()
        self.model.set_report(report)
        self.rates.set_report(report)
        self.chart.set_report(report)
        self._fit_table()
        self._describe()
        self._enable_exports()
        self.report_shown.emit(report)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self.generation:
            return
        self.banner.show_message(self.tr("Chưa lập được báo cáo: {message}").format(message=failure_text(error)),
                                 Level.ERROR)
        self.summary.clear()

    def _fit_table(self) -> None:
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        self.table.setFixedHeight(height + 2)

    def _describe(self) -> None:
        report = self.report
        if report is None:
            self.summary.clear()
            return
        text = self.tr("{period}. Hồ sơ đang giải quyết tính đến {moment}.").format(
            period=report.period.describe(), moment=as_vn(report.as_of).strftime("%H:%M %d/%m/%Y"))
        if report.include_training:
            text += " " + self.tr("Có tính hồ sơ tập huấn — không dùng để báo cáo.")
        self.summary.setText(text)

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.lists or changes.counts or changes.dossier_uuids or changes.source == "training"):
            return
        self.stale = True
        if self.isVisible():
            self.schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.schedule()

    def hideEvent(self, event: QHideEvent) -> None:
        # A hidden page computes nothing (and nothing runs after the window closed): again when shown.
        if self.timer.isActive():
            self.timer.stop()
            self.stale = True
        super().hideEvent(event)

    # -- exports -------------------------------------------------------------------------------------------
    def _enable_exports(self) -> None:
        have = self.report is not None
        self.pdf_button.setEnabled(have)
        self.xlsx_button.setEnabled(have)

    def _preparer(self) -> str:
        official = self.services.official
        return str(getattr(official, "display_name", "") or "")

    def export_pdf(self) -> None:
        """Biểu II.06a in print preview: print it for signing, or save the PDF."""
        report, desk, preparer = self.report, self.services.profile, self._preparer()
        if report is None:
            return
        self.services.op(lambda: statistics_document(report, desk, preparer=preparer), parent=self,
                         description=self.tr("Đang tạo tệp PDF…")).success(
            lambda document: self._preview(document, lambda: self._audit(report.period, "pdf"))).failure(
            self._export_failed).run()

    def export_xlsx(self) -> None:
        if self.report is None:
            return
        suggested = Path(self.services.layout.exports) / f"{file_stem(self.report.period, 'bieu-II06a')}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo Excel"), str(suggested),
                                                    "Excel (*.xlsx)")
        if path:
            self.write_xlsx(Path(path))

    def write_xlsx(self, path: Path) -> None:
        report, desk, preparer = self.report, self.services.profile, self._preparer()
        if report is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.services.op(lambda: write_statistics_xlsx(report, desk, path, preparer=preparer), parent=self,
                         description=self.tr("Đang ghi tệp Excel…")).success(
            lambda written: self._written(written, report.period, "xlsx")).failure(self._export_failed).run()

    def _written(self, path: Path, period: Period, kind: str) -> None:
        self.banner.show_message(self.tr("Đã lưu {path}").format(path=str(path)), Level.SUCCESS)
        self._audit(period, kind)
        log.info("statistics exported as %s", kind)
        self.exported.emit(str(path))

    def _audit(self, period: Period, kind: str) -> None:
        actor = self.services.actor
        details = {"report": "II.06a", "format": kind, "from": period.start.isoformat(), "to": period.end.isoformat(),
                   "training": self.training.isChecked()}
        self.services.db(lambda store: store.audit(None, "export", actor, details), parent=self).run()

    def print_ledger(self) -> None:
        """Form 06 for the chosen period: the dossiers received, read in the background, then previewed."""
        try:
            period = self.chooser.period()
        except MotcuaError as error:
            self.banner.show_message(failure_text(error), Level.ERROR)
            return
        include_training = self.training.isChecked()
        self.services.db(lambda store: ledger_dossiers(store, period, include_training=include_training),
                         parent=self, description=self.tr("Đang đọc sổ theo dõi…")).success(
            lambda dossiers: self._render_ledger(period, dossiers)).failure(self._export_failed).run()

    def _render_ledger(self, period: Period, dossiers: list[Any]) -> None:
        desk, catalogue, officer = self.services.profile, self.services.catalogue, self._preparer()
        count = len(dossiers)
        self.services.op(lambda: ledger_document(dossiers, desk, period, catalogue=catalogue, officer=officer),
                         parent=self, description=self.tr("Đang tạo sổ theo dõi…")).success(
            lambda document: self._preview(document, lambda: self._ledger_printed(period, count))).failure(
            self._export_failed).run()

    def _ledger_printed(self, period: Period, count: int) -> None:
        actor, template = self.services.actor, FORMS["ledger"]
        details = print_details(template, reprint=False, date_from=period.start.isoformat(),
                                date_to=period.end.isoformat(), dossiers=count)
        self.services.db(lambda store: store.audit(None, print_action(False), actor, details), parent=self).run()

    def _preview(self, document: PrintDocument, on_printed: Any) -> None:
        if self.preview is not None:
            self.preview.close()
        dialog = PrintPreviewDialog(self.services, document, memory=SettingsPrinterMemory(self.services),
                                    printer_factory=self.printer_factory, parent=self)
        dialog.printed.connect(lambda _printer: on_printed())
        dialog.finished.connect(lambda _result: self._preview_closed(dialog))
        self.preview = dialog
        dialog.show()
        dialog.activateWindow()

    def _preview_closed(self, dialog: PrintPreviewDialog) -> None:
        if self.preview is dialog:
            self.preview = None

    def _export_failed(self, error: BaseException) -> None:
        self.banner.show_message(self.tr("Chưa xuất được: {message}").format(message=failure_text(error)),
                                 Level.ERROR)

    # -- language ------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Báo cáo thống kê"))
        self.training.setText(self.tr("Tính cả hồ sơ &tập huấn"))
        self.chart_title.setText(self.tr("Kết quả giải quyết theo lĩnh vực"))
        self.pdf_button.setText(self.tr("Xuất P&DF (Biểu II.06a)…"))
        self.xlsx_button.setText(self.tr("Xuất &Excel…"))
        self.ledger_button.setText(self.tr("&Sổ theo dõi hồ sơ…"))
        self.model.retranslate()
        self.rates.retranslate()
        self._describe()
        self.chart.update()
        self.table.setAccessibleName(self.tr("Bảng số liệu theo lĩnh vực"))
        self.chart_title.setAlignment(Qt.AlignmentFlag.AlignLeft)
