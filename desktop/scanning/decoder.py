"""Read the QR code in a picture: zxing-cpp first, zbar as a second opinion, the bytes strictly as UTF-8.

No Qt in this module: the `motcua qr decode` command and `bench/qr.py` use it as is, and the camera hands
it frames converted to Pillow images in a worker thread (desktop/scanning/camera.py).

The decoder tries a short list of *passes* — an engine on the picture as it is, or on a cleaned-up copy
(desktop/scanning/preprocess.py) — in order of cost, and stops at the first that reads a code. The order
and the passes come from `python -m bench.qr`, which prints how many codes each pass was the first to read.

Text: both engines are asked for the code's raw bytes, which are decoded as UTF-8 and nothing else. zbar
on its own guesses Shift-JIS or Latin-1 for short Vietnamese strings; a guess is never made here. A code
whose bytes are not UTF-8 is reported (`DecodeResult.not_utf8`) and gives no text.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop.scanning import preprocess
from desktop.scanning.errors import ImageMissing, ImageUnreadable, NotUtf8
from desktop.scanning.zbar_raw import ZbarReader

log = logging.getLogger(__name__)

ENGINE_ZXING = "zxing-cpp"
ENGINE_ZBAR = "zbar"

# Preprocessing a 12-megapixel phone photo costs far more than it gains: clean-ups and zbar work on a copy
# whose longer side is at most this; zxing-cpp's first pass sees the full picture (it scales down itself).
WORK_MAX_SIDE = 1600


@dataclass(frozen=True)
class Pass:
    """One attempt: an engine on the picture, optionally after a clean-up."""

    engine: str
    clean_up: preprocess.Transform | None = None
    clean_up_name: str = ""

    @property
    def name(self) -> str:
        return f"{self.engine}+{self.clean_up_name}" if self.clean_up_name else self.engine


def _pass(engine: str, clean_up: preprocess.Transform | None = None) -> Pass:
    return Pass(engine, clean_up, clean_up.__name__ if clean_up else "")


# Files and the clipboard: every pass that reads something the earlier ones miss (bench/qr.py).
THOROUGH: tuple[Pass, ...] = (
    _pass(ENGINE_ZXING),
    _pass(ENGINE_ZXING, preprocess.stretch),
    _pass(ENGINE_ZBAR),
    _pass(ENGINE_ZXING, preprocess.sharpen),
    _pass(ENGINE_ZXING, preprocess.flatten),
    _pass(ENGINE_ZBAR, preprocess.flatten),
    _pass(ENGINE_ZXING, preprocess.enlarge),
    _pass(ENGINE_ZBAR, preprocess.sharpen),
    _pass(ENGINE_ZXING, preprocess.flatten_sharpen),
)
# Webcam frames: the next frame is 33 ms away, so only the cheap passes run on each one.
LIVE: tuple[Pass, ...] = (
    _pass(ENGINE_ZXING),
    _pass(ENGINE_ZXING, preprocess.stretch),
    _pass(ENGINE_ZBAR),
    _pass(ENGINE_ZXING, preprocess.sharpen),
)


@dataclass(frozen=True)
class DecodeResult:
    """What one picture gave. `text` is None when no code was read (or none was UTF-8)."""

    text: str | None
    texts: tuple[str, ...] = ()  # every distinct code read by the winning pass, `text` first
    engine: str | None = None
    pass_name: str | None = None
    ms: float = 0.0
    not_utf8: bool = False  # a code was read, but its bytes were not UTF-8 text

    @property
    def ok(self) -> bool:
        return self.text is not None


def text_from_bytes(raw: bytes) -> str:
    """The code's bytes as text: UTF-8 or nothing (raises NotUtf8)."""
    try:
        return raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        raise NotUtf8() from None


def _zxing_reads(image: Image.Image) -> list[bytes]:
    import zxingcpp

    results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return [result.bytes for result in results if result.valid]


class QrDecoder:
    """Decode pictures with a fixed list of passes. Safe to share between threads."""

    def __init__(self, passes: Sequence[Pass] = THOROUGH, *, zbar: ZbarReader | None = None,
                 budget_ms: float | None = None) -> None:
        self.passes = tuple(passes)
        self.budget_ms = budget_ms
        self._zbar = zbar if zbar is not None else shared_zbar()
        self._zxing_ok = _zxing_available()

    def _reads(self, engine: str, image: Image.Image) -> list[bytes]:
        if engine == ENGINE_ZXING:
            return _zxing_reads(image) if self._zxing_ok else []
        reads = self._zbar.read(image)
        # An old libzbar converts to text by guessing; only plain ASCII survives every guess unchanged.
        return [r.data for r in reads if r.raw or r.data.isascii()]

    def decode(self, image: Image.Image) -> DecodeResult:
        start = time.perf_counter()
        gray = image if image.mode == "L" else image.convert("L")
        work = gray
        if max(gray.size) > WORK_MAX_SIDE:
            work = ImageOps.contain(gray, (WORK_MAX_SIDE, WORK_MAX_SIDE), Image.Resampling.BOX)
        cleaned: dict[str, Image.Image] = {}
        not_utf8 = False
        for index, step in enumerate(self.passes):
            # The budget stops further passes, never the first one.
            if index and self.budget_ms is not None and (time.perf_counter() - start) * 1000 > self.budget_ms:
                break
            if step.clean_up is None:
                target = gray if step.engine == ENGINE_ZXING else work
            else:
                if step.clean_up_name not in cleaned:
                    cleaned[step.clean_up_name] = step.clean_up(work)
                target = cleaned[step.clean_up_name]
                if target is work:  # the clean-up does not apply to this picture
                    continue
            texts: list[str] = []
            for raw in self._reads(step.engine, target):
                try:
                    text = text_from_bytes(raw)
                except NotUtf8:
                    not_utf8 = True
                    continue
                if text not in texts:
                    texts.append(text)
            if texts:
                ms = (time.perf_counter() - start) * 1000
                log.debug("QR read by pass %s in %.1f ms", step.name, ms)
                return DecodeResult(texts[0], tuple(texts), step.engine, step.name, ms, not_utf8)
        return DecodeResult(None, ms=(time.perf_counter() - start) * 1000, not_utf8=not_utf8)

    def decode_file(self, path: str | Path) -> DecodeResult:
        """Decode the picture in a file; the time includes reading the file."""
        start = time.perf_counter()
        image = load_image(path)
        result = self.decode(image)
        ms = (time.perf_counter() - start) * 1000
        return DecodeResult(result.text, result.texts, result.engine, result.pass_name, ms, result.not_utf8)


def load_image(path: str | Path) -> Image.Image:
    """Open a picture as 8-bit grey, upright as the camera meant it (EXIF orientation of phone photos)."""
    file = Path(path)
    if not file.is_file():
        raise ImageMissing(str(file))
    try:
        with Image.open(file) as opened:
            opened.load()
            upright = ImageOps.exif_transpose(opened)
            return upright.convert("L")
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise ImageUnreadable(str(file), _reason(exc)) from None
    except (OSError, ValueError, SyntaxError) as exc:  # truncated, corrupt or unsupported image data
        raise ImageUnreadable(str(file), _reason(exc)) from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnidentifiedImageError):
        return "không phải ảnh, hoặc định dạng ảnh không được hỗ trợ"
    if isinstance(exc, Image.DecompressionBombError):
        return "ảnh quá lớn"
    if isinstance(exc, PermissionError):
        return "không có quyền đọc tệp"
    return "tệp ảnh hỏng hoặc không đầy đủ"


_zbar_lock = threading.Lock()
_zbar_reader: ZbarReader | None = None


def shared_zbar() -> ZbarReader:
    """One ZbarReader per process (loading libzbar and asking its version is done once)."""
    global _zbar_reader
    with _zbar_lock:
        if _zbar_reader is None:
            _zbar_reader = ZbarReader()
        return _zbar_reader


def _zxing_available() -> bool:
    try:
        import zxingcpp  # noqa: F401
    except ImportError:
        log.warning("zxing-cpp unavailable; QR decoding uses zbar only")
        return False
    return True
