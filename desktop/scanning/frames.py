"""Qt pictures (QImage, QVideoFrame) as the 8-bit grey Pillow images the decoder reads.

Both functions may run on a worker thread: QImage is implicitly shared and safe to read from a copy, and
Qt Multimedia converts a QVideoFrame with a per-thread renderer (or on the CPU), never the GUI's.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame


def gray_from_qimage(image: QImage) -> Image.Image | None:
    """The picture in 8-bit grey, or None for a null image."""
    if image.isNull():
        return None
    gray = image if image.format() == QImage.Format.Format_Grayscale8 else image.convertToFormat(
        QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())  # rows are padded to 4 bytes: `stride` below skips the padding
    return Image.frombuffer("L", (gray.width(), gray.height()), data, "raw", "L", gray.bytesPerLine(), 1)


def rgb_from_qimage(image: QImage) -> Image.Image | None:
    """The picture in colour (for document pages, where a red seal matters), or None for a null image."""
    if image.isNull():
        return None
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine(), 1)


def gray_from_frame(frame: QVideoFrame) -> Image.Image | None:
    """A camera frame in 8-bit grey, or None when the frame holds no picture."""
    if not frame.isValid():
        return None
    return gray_from_qimage(frame.toImage())
