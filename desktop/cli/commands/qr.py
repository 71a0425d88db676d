"""`motcua qr decode IMAGE... [--json]`: read the QR code in each picture, one line per picture.

Text: `FILE<TAB>TEXT-or-null<TAB>MS ms` (line breaks inside a payload shown as \\n so each picture stays on
one line). JSON: one object per line with `file`, `text` (null when no code was read) and `ms`; a file that
is missing or is not a readable picture adds `error` (the Vietnamese message) and makes the exit code 2,
after every other picture has been decoded.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from desktop.cli.framework import EXIT_BAD_INPUT, Context, warn
from desktop.scanning.decoder import QrDecoder
from desktop.scanning.errors import ScanError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    qr = subparsers.add_parser("qr", parents=[common], help="đọc mã QR (căn cước) từ tệp ảnh")
    actions = qr.add_subparsers(dest="qr_action", metavar="THAO_TÁC", title="thao tác")
    decode = actions.add_parser(
        "decode", parents=[common], help="giải mã QR trong từng ảnh: tệp, nội dung (hoặc null), số mili giây"
    )
    decode.add_argument("images", nargs="+", metavar="IMAGE", help="tệp ảnh (PNG, JPEG, BMP, TIFF, …)")
    decode.set_defaults(handler=_decode)


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _decode(ctx: Context, args: argparse.Namespace) -> int:
    decoder = QrDecoder()
    failed = 0
    for name in args.images:
        start = time.perf_counter()
        try:
            result = decoder.decode_file(name)
        except ScanError as exc:
            failed += 1
            ms = round((time.perf_counter() - start) * 1000, 1)
            ctx.emit_line({"file": name, "text": None, "ms": ms, "error": str(exc)},
                          f"{name}\tnull\t{ms} ms\t{exc}")
            continue
        ms = round(result.ms, 1)
        shown = "null" if result.text is None else _one_line(result.text)
        ctx.emit_line({"file": name, "text": result.text, "ms": ms}, f"{name}\t{shown}\t{ms} ms")
    if failed:
        warn(f"motcua: {failed}/{len(args.images)} tệp ảnh không đọc được")
        return EXIT_BAD_INPUT
    return 0
