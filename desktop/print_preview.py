"""Print preview and direct printing of the PDFs that `printing/` renders.

`printing/` has no Qt: it gives PDF bytes. Here the official sees those exact bytes (QtPdf's `QPdfView`),
and prints them through Qt to the office printer: each page is rasterised with `QPdfDocument.render` and
painted onto the `QPrinter`. That painting runs in the background through `services.op` — Qt allows a
`QPainter` on a `QPrinter` or `QImage` outside the GUI thread — so a slow or jammed printer never freezes the
window. The printer chosen once in the print dialog is remembered and used directly by Ctrl+P afterwards.

QtPdf ships in the `PySide6-Pdf` wheel (part of Essentials/Addons before Qt 6.10). Where it is missing the
dialog still offers to save the PDF or open it with the system's PDF viewer, and says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forms.errors import MotcuaError
from printing.templates import FORMS

log = logging.getLogger(__name__)

# Above this resolution a page image only costs memory: office laser printers print text sharply at 300 dpi.
MAX_RENDER_DPI = 300

try:  # QtPdf is an optional wheel on recent PySide6 (see the module docstring)
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_QTPDF = False


class PrintFailed(MotcuaError):
    kind = "print_failed"


@dataclass(frozen=True)
class PrintDocument:
    """One printable PDF and how to name it to the official."""

    pdf: bytes
    title: str  # shown in the dialog's title bar ("Giấy tiếp nhận — 000.00.12.H49-250715-0001")
    file_stem: str  # suggested file name when saving a copy (no extension)


class PrinterMemory(Protocol):
    """Where the printer chosen last is remembered (QSettings in the app, a dict in tests)."""

    def printer_name(self) -> str | None: ...

    def remember(self, name: str) -> None: ...


class SettingsPrinterMemory:
    """The printer remembered in the official's settings (`desktop.settings.PRINTER_NAME`, in the data folder)."""

    def __init__(self, services: Any) -> None:
        self.services = services

    def printer_name(self) -> str | None:
        from desktop.settings import PRINTER_NAME

        return self.services.settings.value(PRINTER_NAME) or None

    def remember(self, name: str) -> None:
        from desktop.settings import PRINTER_NAME

        self.services.settings.set(PRINTER_NAME, name)


def remembered_printer(memory: PrinterMemory) -> QPrinter | None:
    """A printer for the remembered name if that printer is still installed, else None (ask the official)."""
    name = memory.printer_name()
    if not name:
        return None
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def pdf_page_count(pdf: bytes) -> int:
    """Pages of a PDF (worker-safe). Raises PrintFailed when Qt cannot read it."""
    document, _buffer = _open_pdf(pdf)
    return int(document.pageCount())


def _open_pdf(pdf: bytes) -> tuple[Any, QBuffer]:
    if not HAVE_QTPDF:
        raise PrintFailed("Máy này thiếu thành phần QtPdf nên không in trực tiếp được; hãy lưu PDF rồi in.")
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintFailed("Không đọc được tệp PDF cần in.")
    # The buffer must outlive the document's reads: hand both back together.
    return document, buffer


def render_pdf_onto(printer: QPrinter, pdf: bytes, *, cancelled: Callable[[], bool] = lambda: False) -> int:
    """Paint every page of `pdf` onto `printer`, fitted to its printable area. Returns the pages printed.

    Safe to call outside the GUI thread as long as nothing else touches `printer` meanwhile.
    """
    document, _buffer = _open_pdf(pdf)
    pages = int(document.pageCount())
    _match_paper(printer, document.pagePointSize(0))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("Máy in không sẵn sàng. Kiểm tra máy in đã bật, còn giấy và đã kết nối.")
    try:
        for index in range(pages):
            if cancelled():
                printer.abort()
                break
            if index > 0 and not printer.newPage():
                raise PrintFailed("Máy in dừng giữa chừng ở trang {page}.", page=index + 1)
            _paint_page(painter, printer, document, index)
    finally:
        painter.end()
    return pages


def _match_paper(printer: QPrinter, points: QSizeF) -> None:
    """Print on the sheet the form was laid out for (the receipt is A4 landscape, two copies side by side)."""
    landscape = points.width() > points.height()
    portrait_points = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    size = QPageSize(portrait_points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)


def _paint_page(painter: QPainter, printer: QPrinter, document: Any, index: int) -> None:
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    area.moveTo(0, 0)
    points = document.pagePointSize(index)
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    image_size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
    image: QImage = document.render(index, image_size)
    target = image_size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    # Centre horizontally, keep to the top: a slip printed on a bigger sheet still reads from the top.
    rect = QRect(area.x() + (area.width() - target.width()) // 2, area.y(), target.width(), target.height())
    painter.drawImage(rect, image)


class PrintPreviewDialog(QDialog):
    """The receipt or a slip as it will print; Ctrl+P prints to the remembered printer without a dialog.

    `printed(printer_name)` fires on the GUI thread after the job was handed to the printer; the caller records
    it (a reprint is audited by the caller, who knows the dossier).
    """

    printed = Signal(str)
    print_failed = Signal(str)

    def __init__(
        self,
        services: Any,
        document: PrintDocument,
        *,
        memory: PrinterMemory | None = None,
        printer_factory: Callable[[], QPrinter | None] | None = None,
        close_after_print: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.services = services
        self.document = document
        self.memory: PrinterMemory = memory or SettingsPrinterMemory(services)
        # Tests and the "print to file" path supply their own printer; the app asks the remembered one.
        self.printer_factory = printer_factory or (lambda: remembered_printer(self.memory))
        self.close_after_print = close_after_print
        self.busy = False
        self._pdf_doc: Any = None
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Xem trước khi in — {title}").format(title=document.title))
        self.resize(820, 980)
        self._build()

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("printStatus")
        self.status_label.setWordWrap(True)
        if HAVE_QTPDF:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(self.document.pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._pdf_doc = QPdfDocument(self)
            self._pdf_doc.load(self._buffer)
            view = QPdfView(self)
            view.setObjectName("pdfView")
            view.setDocument(self._pdf_doc)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            # Fit-to-width with an on-demand scroll bar can oscillate for ever (the bar appears, the page
            # narrows, the bar goes, the page widens): keep the bar.
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self.view: QWidget = view
        else:  # pragma: no cover - depends on the installed wheels
            self.view = QLabel(
                self.tr("Máy này không có thành phần xem PDF. Bấm “Mở bằng trình xem PDF” để xem và in."), self
            )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&In (Ctrl+P)"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.setEnabled(HAVE_QTPDF)
        self.print_button.clicked.connect(lambda: self.print_now())
        self.choose_button = QPushButton(self.tr("&Chọn máy in…"), self)
        self.choose_button.setObjectName("choosePrinterButton")
        self.choose_button.setEnabled(HAVE_QTPDF)
        self.choose_button.clicked.connect(self.choose_printer)
        self.save_button = QPushButton(self.tr("&Lưu PDF…"), self)
        self.save_button.clicked.connect(self.save_copy)
        self.open_button = QPushButton(self.tr("&Mở bằng trình xem PDF"), self)
        self.open_button.clicked.connect(self.open_externally)
        self.close_button = QPushButton(self.tr("Đón&g (Esc)"), self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.choose_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        print_action = QAction(self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(lambda: self.print_now())
        self.addAction(print_action)
        choose_action = QAction(self)
        choose_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        choose_action.triggered.connect(self.choose_printer)
        self.addAction(choose_action)
        self._show_printer_line()

    def _show_printer_line(self) -> None:
        name = self.memory.printer_name()
        if name:
            self.status_label.setText(self.tr("Máy in: {name}").format(name=name))
        else:
            self.status_label.setText(self.tr("Chưa chọn máy in: lần in đầu sẽ hỏi máy in và ghi nhớ lựa chọn."))

    def page_count(self) -> int:
        return int(self._pdf_doc.pageCount()) if self._pdf_doc is not None else 0

    # -- printing -----------------------------------------------------------------------------------
    def print_now(self, printer: QPrinter | None = None) -> bool:
        """Print to `printer`, else the remembered printer, else ask. Returns False if nothing was started."""
        if self.busy or not HAVE_QTPDF:
            return False
        printer = printer or self.printer_factory()
        if printer is None:
            return self.choose_printer()
        self._start_job(printer)
        return True

    def choose_printer(self) -> bool:
        if self.busy or not HAVE_QTPDF:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = self.memory.printer_name()
        if remembered:
            printer.setPrinterName(remembered)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Chọn máy in"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            self.memory.remember(printer.printerName())
        self._start_job(printer)
        return True

    def _start_job(self, printer: QPrinter) -> None:
        self.busy = True
        self.print_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        name = printer.printerName() or printer.outputFileName()
        self.status_label.setText(self.tr("Đang gửi tới máy in {name}…").format(name=name))
        pdf = self.document.pdf
        # The printer object is handed over to the job; the dialog keeps a reference so it outlives it.
        self._job_printer = printer
        op = self.services.op(
            lambda: render_pdf_onto(printer, pdf), parent=self, description=self.tr("Đang in…")
        )
        op.success(lambda pages: self._printed(name, pages)).failure(self._failed).run()

    def _printed(self, name: str, pages: int) -> None:
        self.busy = False
        self.print_button.setEnabled(True)
        self.choose_button.setEnabled(True)
        self.status_label.setText(self.tr("Đã in {pages} trang tới {name}.").format(pages=pages, name=name))
        log.info("printed %s (%d pages)", self.document.file_stem, pages)
        self.printed.emit(name)
        if self.close_after_print:
            self.accept()

    def _failed(self, error: BaseException) -> None:
        from desktop.ops import failure_text

        self.busy = False
        self.print_button.setEnabled(True)
        self.choose_button.setEnabled(True)
        text = failure_text(error)
        self.status_label.setText(text)
        if not isinstance(error, MotcuaError):
            log.error("printing failed", exc_info=error)
        self.print_failed.emit(text)

    # -- a copy on disk -----------------------------------------------------------------------------
    def save_copy(self) -> None:
        suggested = str(Path(self.services.layout.exports) / f"{self.document.file_stem}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bản PDF"), suggested, "PDF (*.pdf)")
        if path:
            self.write_copy(Path(path))

    def write_copy(self, path: Path) -> None:
        pdf = self.document.pdf

        def write() -> Path:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pdf)
            return path

        self.services.op(write, parent=self, description=self.tr("Đang lưu PDF…")).success(
            lambda p: self.status_label.setText(self.tr("Đã lưu {path}").format(path=str(p)))
        ).run()

    def open_externally(self) -> None:
        # Into the desk's own exports folder, not the shared temp folder: a slip carries personal data.
        path = Path(self.services.layout.exports) / f"{self.document.file_stem}.pdf"
        pdf = self.document.pdf

        def write() -> Path:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pdf)
            return path

        self.services.op(write, parent=self).success(
            lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))
        ).run()

    def closeEvent(self, event: Any) -> None:
        if self.busy:
            # The job holds the printer; closing now would delete it under the worker.
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if not self.busy:
            super().reject()


def print_details(form: str, *, reprint: bool) -> dict[str, object]:
    """What the audit entry of a print says (the shape `printing.audit` reads back): no citizen data."""
    return {"form": form, "template": FORM_TEMPLATES.get(form, form), "reprint": reprint}


# The legal model's number → the template's name, as printing declares them.
FORM_TEMPLATES: dict[str, str] = {template.model: template.key for template in FORMS.values()}


class FormPrinter(QObject):
    """One page's printing: render a form in the background, preview it, print it, audit the print.

    `printed(form, reprint)` fires once the print is in the audit trail; `failed(message)` when the form could
    not be rendered (the page shows the message in its banner).
    """

    printed = Signal(str, bool)
    failed = Signal(str)

    def __init__(self, services: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.page = parent
        self.preview: PrintPreviewDialog | None = None
        self.printer_factory: Callable[[], QPrinter | None] | None = None  # tests: a PDF file
        self.memory: PrinterMemory = SettingsPrinterMemory(services)

    def open(self, render: Callable[[], PrintDocument], *, dossier_uuid: str, form: str, reprint: bool,
             description: str = "") -> None:
        self.services.op(render, parent=self.page, description=description).success(
            lambda document: self._show(document, dossier_uuid, form, reprint)).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        from desktop.ops import failure_text

        if not isinstance(error, MotcuaError):
            log.error("rendering a form failed", exc_info=error)
        self.failed.emit(failure_text(error))

    def _show(self, document: PrintDocument, dossier_uuid: str, form: str, reprint: bool) -> None:
        if self.preview is not None:
            self.preview.close()
        dialog = PrintPreviewDialog(self.services, document, memory=self.memory,
                                    printer_factory=self.printer_factory, parent=self.page)
        dialog.printed.connect(lambda _printer: self._printed(dossier_uuid, form, reprint))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.preview = dialog
        dialog.show()
        dialog.activateWindow()
        dialog.print_button.setFocus()

    def _closed(self, dialog: PrintPreviewDialog) -> None:
        if self.preview is dialog:
            self.preview = None
            self.page.activateWindow()

    def _printed(self, dossier_uuid: str, form: str, reprint: bool) -> None:
        actor = self.services.actor
        official = self.services.official
        role = str(getattr(official.role, "value", "")) if official is not None else ""
        action = "reprint" if reprint else "print"
        details = print_details(form, reprint=reprint)
        self.services.db(lambda store: store.audit(dossier_uuid, action, actor, details, role=role),
                         parent=self.page).success(lambda _event: self.printed.emit(form, reprint)).run()

    def print_now(self) -> bool:
        """Ctrl+P on the page while its preview is open: print without another dialog."""
        if self.preview is not None and self.preview.isVisible():
            return self.preview.print_now()
        return False


class PrintingPage:
    """For a page that prints through its `form_printer`: the open preview and the printer factory that
    tests and the settings replace, passed through to it."""

    form_printer: FormPrinter

    @property
    def preview(self) -> PrintPreviewDialog | None:
        return self.form_printer.preview

    @property
    def printer_factory(self) -> Callable[[], QPrinter | None] | None:
        return self.form_printer.printer_factory

    @printer_factory.setter
    def printer_factory(self, factory: Callable[[], QPrinter | None] | None) -> None:
        self.form_printer.printer_factory = factory
