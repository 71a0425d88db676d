"""Print preview: shows the exact PDF, prints through Qt off the GUI thread, remembers the printer."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop import print_preview
from desktop.ops import OpRunner
from desktop.print_preview import PrintDocument, PrintFailed, PrintPreviewDialog, pdf_page_count
from desktop.services import AppServices
from sync.layout import DataLayout


def _pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for number in range(pages):
        page.setFont("Helvetica", 28)
        page.drawString(72, 760, f"Trang {number + 1}")
        page.rect(72, 72, 300, 300, fill=1)  # ink the printed copy must show
        page.showPage()
    page.save()
    return buffer.getvalue()


class DictMemory:
    def __init__(self, name: str | None = None) -> None:
        self.name = name

    def printer_name(self) -> str | None:
        return self.name

    def remember(self, name: str) -> None:
        self.name = name


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _services(tmp_path: Path, *, synchronous: bool = True) -> AppServices:
    return AppServices(DataLayout(tmp_path), runner=OpRunner(synchronous=synchronous),
                       store_opener=lambda _l: None, catalogue_loader=lambda: None)


def test_preview_shows_every_page_and_prints_them_all(qtbot: QtBot, tmp_path: Path) -> None:
    services = _services(tmp_path)
    out = tmp_path / "printed.pdf"
    dialog = PrintPreviewDialog(services, PrintDocument(_pdf(2), "Giấy tiếp nhận", "receipt"),
                                memory=DictMemory(), printer_factory=lambda: _pdf_printer(out))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.page_count() == 2
    with qtbot.waitSignal(dialog.printed, timeout=5000) as printed:
        QTest.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [str(out)]
    assert pdf_page_count(out.read_bytes()) == 2
    assert not dialog.isVisible()  # closes by itself after printing: one key less at the counter


def test_the_printed_page_carries_the_ink_of_the_source(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    assert print_preview.render_pdf_onto(_pdf_printer(out), _pdf(1)) == 1
    # Render the printed copy back and look for the black square drawn at (72, 72)-(372, 372) pt.
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(out))
    image = document.render(0, QSize(595, 842))
    inside, margin = image.pixelColor(200, 842 - 200), image.pixelColor(500, 100)
    assert inside.alpha() > 200 and inside.lightness() < 60  # inside the square: ink
    assert margin.alpha() == 0 or margin.lightness() > 200  # outside: bare paper


def test_printing_runs_off_the_gui_thread(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = _services(tmp_path, synchronous=False)
    threads: list[str] = []
    real = print_preview.render_pdf_onto

    def spy(printer: QPrinter, pdf: bytes, **kw: object) -> int:
        threads.append(threading.current_thread().name)
        return real(printer, pdf)

    monkeypatch.setattr(print_preview, "render_pdf_onto", spy)
    out = tmp_path / "printed.pdf"
    dialog = PrintPreviewDialog(services, PrintDocument(_pdf(1), "t", "t"), memory=DictMemory(),
                                printer_factory=lambda: _pdf_printer(out))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.printed, timeout=10000):
        assert dialog.print_now()
        assert dialog.busy  # the GUI thread returned before the job finished
    services.close()
    assert threads and threads[0] != threading.main_thread().name
    assert out.exists()


def test_without_a_remembered_printer_the_official_is_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = _services(tmp_path)
    asked: list[bool] = []

    def choose() -> bool:
        asked.append(True)
        return False

    dialog = PrintPreviewDialog(services, PrintDocument(_pdf(1), "t", "t"), memory=DictMemory())
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "choose_printer", choose)
    assert not dialog.print_now()
    assert asked == [True]


def test_a_remembered_printer_that_is_gone_is_not_used(qapp: object) -> None:
    assert print_preview.remembered_printer(DictMemory("Máy in đã tháo")) is None


def test_broken_pdf_is_a_vietnamese_message_not_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(PrintFailed, match="Không đọc được"):
        pdf_page_count(b"not a pdf")
    services = _services(tmp_path)
    dialog = PrintPreviewDialog(services, PrintDocument(b"%PDF-broken", "t", "t"), memory=DictMemory(),
                                printer_factory=lambda: _pdf_printer(tmp_path / "x.pdf"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.print_failed, timeout=5000) as failed:
        dialog.print_now()
    assert "Không đọc được" in failed.args[0]
    assert dialog.print_button.isEnabled()  # the official can try again


def test_save_copy_writes_the_exact_bytes(qtbot: QtBot, tmp_path: Path) -> None:
    services = _services(tmp_path)
    pdf = _pdf(1)
    dialog = PrintPreviewDialog(services, PrintDocument(pdf, "t", "t"), memory=DictMemory())
    qtbot.addWidget(dialog)
    target = tmp_path / "exports" / "copy.pdf"
    dialog.write_copy(target)
    assert target.read_bytes() == pdf


_RESIZE_SCRIPT = r"""
import io, sys
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
app = QApplication([])
font = QFont(app.font()); font.setPointSizeF(font.pointSizeF() * 1.25); app.setFont(font)  # large-font mode
buffer = io.BytesIO(); page = canvas.Canvas(buffer, pagesize=landscape(A4)); page.showPage(); page.save()
from desktop.print_preview import PrintDocument, PrintPreviewDialog
class Services:
    layout = None
class Memory:
    def printer_name(self): return None
    def remember(self, name): pass
dialog = PrintPreviewDialog(Services(), PrintDocument(buffer.getvalue(), "t", "t"), memory=Memory())
dialog.show()
for size in [(820, 980), (900, 700), (1000, 700), (700, 500), (900, 650)]:
    dialog.resize(*size)
    for _ in range(20):
        app.processEvents()
print("done")
"""


def test_resizing_the_preview_never_spins(tmp_path: Path) -> None:
    """Fit-to-width with an on-demand scroll bar once looped for ever at some sizes in large-font mode."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _RESIZE_SCRIPT], capture_output=True, text=True, timeout=60,
                          env=env, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("done")


@pytest.mark.parametrize("dpi", [150, 300, 600])
def test_the_receipt_qr_reads_from_the_page_the_printer_is_sent(qapp: object, dpi: int) -> None:
    """The QR is an image mask: Qt's PDF renderer, which rasterises every page sent to the printer, must paint
    it sharp enough to read at the resolutions office printers use."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, QSize

    from forms.receipt_signature import verify_receipt_text
    from printing import documents
    from tests.print_fixtures import DESK, make_dossier

    key = Ed25519PrivateKey.generate()
    dossier = make_dossier()
    pdf = documents.receipt_pdf(dossier, DESK, signing_key=key, processing_time="03 ngày làm việc")
    document, _buffer = print_preview._open_pdf(pdf)
    points = document.pagePointSize(0)
    image = document.render(0, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
    png = QBuffer()
    png.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(png, "PNG")
    rendered = Image.open(io.BytesIO(bytes(png.data().data()))).convert("RGBA")
    page = Image.new("RGBA", rendered.size, "white")  # what is not painted is the paper
    page.alpha_composite(rendered)
    found = [code.text for code in zxingcpp.read_barcodes(page) if code.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(found) == 2  # one per copy
    assert all(verify_receipt_text(text, [key.public_key()]).dossier_code == dossier.code for text in found)
