"""zbar, through pyzbar's ctypes bindings, returning each QR code's raw bytes.

`pyzbar.decode()` hands back zbar's *text*: for a QR code without an ECI header zbar guesses the encoding
(Shift-JIS before UTF-8 for short strings), so "ĐẶNG" comes back as "ﾄ雪ｺｶNG". zbar ≥ 0.23 has a
`ZBAR_CFG_BINARY` switch ("don't convert binary data to text") that keeps the bytes untouched; we set it
and decode the bytes ourselves, strictly as UTF-8. An older libzbar (pyzbar's Windows wheels bundle 0.10)
has no such switch: its text is then trusted only when it is plain ASCII, where no guess can go wrong.
No Qt here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from ctypes import POINTER, byref, c_char_p, c_int, c_uint, c_void_p, cast, string_at
from dataclasses import dataclass
from typing import Any

from PIL import Image

log = logging.getLogger(__name__)

_Y800 = 0x30303859  # fourcc('Y','8','0','0'): one byte of luminance per pixel
_CFG_ENABLE = 0
_CFG_BINARY = 4  # ZBAR_CFG_BINARY in zbar ≥ 0.23 (the slot was ZBAR_CFG_NUM before)
_SYMBOL_ALL = 0
_SYMBOL_QRCODE = 64


@dataclass(frozen=True)
class ZbarRead:
    data: bytes
    raw: bool  # True: the symbol's own bytes; False: zbar's converted text (old libzbar)


class ZbarReader:
    """One configured zbar; `available` is False when libzbar cannot be loaded on this machine."""

    def __init__(self) -> None:
        self.available = False
        self.binary = False
        self.version: tuple[int, int, int] | None = None
        try:
            from pyzbar import wrapper
        except (ImportError, OSError) as exc:  # libzbar missing: zxing-cpp works alone
            log.warning("zbar unavailable (%s); QR decoding uses zxing-cpp only", type(exc).__name__)
            return
        self._w: Any = wrapper
        self.version = self._zbar_version()
        self.binary = self.version is not None and self.version >= (0, 23, 0)
        self.available = True

    def _zbar_version(self) -> tuple[int, int, int] | None:
        # pyzbar declares zbar_version with two pointers, zbar 0.23 writes three: declare our own.
        c_uint_p = POINTER(c_uint)
        try:
            fn = self._w.zbar_function("zbar_version", c_int, c_uint_p, c_uint_p, c_uint_p)
        except AttributeError:
            return None
        major, minor, patch = c_uint(), c_uint(), c_uint()
        fn(byref(major), byref(minor), byref(patch))
        return int(major.value), int(minor.value), int(patch.value)

    @contextmanager
    def _scanner(self) -> Iterator[Any]:
        w = self._w
        scanner = w.zbar_image_scanner_create()
        try:
            w.zbar_image_scanner_set_config(scanner, _SYMBOL_ALL, _CFG_ENABLE, 0)
            w.zbar_image_scanner_set_config(scanner, _SYMBOL_QRCODE, _CFG_ENABLE, 1)
            if self.binary and w.zbar_image_scanner_set_config(scanner, _SYMBOL_QRCODE, _CFG_BINARY, 1) != 0:
                self.binary = False
            yield scanner
        finally:
            w.zbar_image_scanner_destroy(scanner)

    def read(self, image: Image.Image) -> list[ZbarRead]:
        """Every QR code zbar finds in `image` (any mode; converted to 8-bit grey)."""
        if not self.available:
            return []
        w = self._w
        gray = image if image.mode == "L" else image.convert("L")
        pixels = gray.tobytes()
        reads: list[ZbarRead] = []
        with self._scanner() as scanner:
            zimage = w.zbar_image_create()
            try:
                w.zbar_image_set_format(zimage, _Y800)
                w.zbar_image_set_size(zimage, gray.width, gray.height)
                w.zbar_image_set_data(zimage, cast(c_char_p(pixels), c_void_p), len(pixels), None)
                if w.zbar_scan_image(scanner, zimage) > 0:
                    symbol = w.zbar_image_first_symbol(zimage)
                    while symbol:
                        data = string_at(w.zbar_symbol_get_data(symbol), w.zbar_symbol_get_data_length(symbol))
                        reads.append(ZbarRead(data, self.binary))
                        symbol = w.zbar_symbol_next(symbol)
            finally:
                w.zbar_image_destroy(zimage)
        return reads
