"""A QR from a picture: a file the official picks, or what is on the clipboard (a screenshot, a copied file).

    images = ImageScanner(services.runner)
    images.payload_scanned.connect(...)   # (text, "image") or (text, "clipboard")
    images.scan_failed.connect(...)       # (kind, Vietnamese message)
    images.scan_file(path) / images.scan_clipboard()

Decoding uses the decoder's THOROUGH passes on the background helper (desktop/ops.py); reading the
clipboard happens on the GUI thread, as Qt requires, and only the picture is handed to the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QImage

from desktop.ops import Op, OpRunner
from desktop.scanning.decoder import DecodeResult, QrDecoder
from desktop.scanning.errors import ClipboardEmpty, NoCodeFound, NotUtf8, ScanError
from desktop.scanning.frames import gray_from_qimage

log = logging.getLogger(__name__)

SOURCE_IMAGE = "image"
SOURCE_CLIPBOARD = "clipboard"
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"})


class ImageScanner(QObject):
    """Signals: payload_scanned(text, source) with source "image" or "clipboard"; scan_failed(kind, message)."""

    payload_scanned = Signal(str, str)
    scan_failed = Signal(str, str)

    def __init__(self, runner: OpRunner, parent: QObject | None = None, *, decoder: QrDecoder | None = None,
                 clipboard: QClipboard | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._decoder = decoder or QrDecoder()
        self._clipboard = clipboard

    def scan_file(self, path: str | Path, *, source: str = SOURCE_IMAGE) -> None:
        decoder, file = self._decoder, Path(path)
        self._run(lambda: decoder.decode_file(file), source)

    def scan_clipboard(self) -> None:
        clipboard = self._clipboard or QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is not None and mime.hasImage():
            image = QImage(clipboard.image())  # a copy the worker may read
            decoder = self._decoder

            def work() -> DecodeResult:
                gray = gray_from_qimage(image)
                return decoder.decode(gray) if gray is not None else DecodeResult(None)

            self._run(work, SOURCE_CLIPBOARD)
            return
        if mime is not None and mime.hasUrls():  # a picture file copied in the file manager
            for url in mime.urls():
                if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES:
                    self.scan_file(url.toLocalFile(), source=SOURCE_CLIPBOARD)
                    return
        error = ClipboardEmpty()
        self.scan_failed.emit(error.kind, str(error))

    def _run(self, work: Callable[[], DecodeResult], source: str) -> None:
        def done(result: DecodeResult) -> None:
            if result.text is not None:
                log.info("QR read from %s (pass %s, %.0f ms)", source, result.pass_name, result.ms)
                self.payload_scanned.emit(result.text, source)
                return
            error: ScanError = NotUtf8() if result.not_utf8 else NoCodeFound()
            self.scan_failed.emit(error.kind, str(error))

        def failed(error: BaseException) -> None:
            if isinstance(error, ScanError):
                self.scan_failed.emit(error.kind, str(error))
            else:
                log.warning("decoding a picture failed unexpectedly: %s", type(error).__name__)
                self.scan_failed.emit("scan", str(NoCodeFound()))

        op = Op(self, work, runner=self._runner, description=self.tr("Đang đọc mã QR…"))
        op.success(done).failure(failed).run()
