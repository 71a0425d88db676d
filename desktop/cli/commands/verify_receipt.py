"""`motcua verify-receipt TEXT|IMAGE` — check a receipt slip's QR offline against a desk's public key.

TEXT is the QR text; IMAGE a photo or scan (PNG/JPG) of the slip, read with zxing-cpp. The key is this data
folder's desk key (every key it ever signed with), or `--public-key FILE|BASE64` for another desk's slips.
Exit 0 with the signed fields when the signature holds, 2 with a Vietnamese reason when it does not.
`--export-key` prints this desk's public key (base64) to hand to whoever checks its slips.
JSON: {"valid", "dossier_code", "received_at", "due_at", "desk", "lookup_url", "id_hash", "key_fingerprint",
"id_number_matches" (null without --id-number)}.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.cli.framework import CliError, Context
from forms.receipt_signature import (
    ReceiptFormatError,
    SignedReceipt,
    key_fingerprint,
    load_public_keys,
    parse_receipt_qr,
    public_key_from_base64,
    signing_key_of,
)

log = logging.getLogger(__name__)

_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"}


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "verify-receipt", parents=[common], help="kiểm tra mã QR của Giấy tiếp nhận hồ sơ (không cần mạng)",
        description="Kiểm tra chữ ký số trên mã QR của Giấy tiếp nhận hồ sơ và hẹn trả kết quả: "
                    "đưa chuỗi QR hoặc ảnh chụp/quét phiếu (PNG, JPG).",
    )
    parser.add_argument("source", metavar="CHUỖI_QR|ẢNH", nargs="?", help="chuỗi đọc từ mã QR, hoặc tệp ảnh phiếu")
    parser.add_argument("--public-key", metavar="TỆP|BASE64",
                        help="khóa công khai của bàn đã cấp phiếu (mặc định: khóa của bàn này)")
    parser.add_argument("--id-number", metavar="SỐ_ĐỊNH_DANH",
                        help="đối chiếu số định danh trên thẻ của người mang phiếu")
    parser.add_argument("--export-key", action="store_true", help="in khóa công khai của bàn này rồi thoát")
    parser.set_defaults(handler=_verify)


def _verify(ctx: Context, args: argparse.Namespace) -> int:
    if args.export_key:
        return _export(ctx)
    if not args.source:
        raise CliError("Thiếu chuỗi QR hoặc tệp ảnh phiếu cần kiểm tra")
    keys = _public_keys(ctx, args.public_key)
    results = [_check(signed, keys, args.id_number) for signed in _receipts(args.source)]
    for result in results:
        log.info("receipt %s verified", result["dossier_code"])
        ctx.emit(result, _describe(result))
    return 0


def _export(ctx: Context) -> int:
    from sync.keys import export_public_key, signing_key

    key = signing_key(ctx.layout).public_key()
    text = export_public_key(ctx.layout)
    ctx.emit({"public_key": text, "key_fingerprint": key_fingerprint(key)}, text)
    return 0


def _receipts(source: str) -> list[SignedReceipt]:
    path = Path(source)
    looks_like_file = path.suffix.lower() in _IMAGE_SUFFIXES or path.suffix.lower() == ".pdf"
    try:
        is_file = path.is_file()
    except OSError:  # a QR text too long to be a file name
        is_file = False
    if is_file:
        return _from_image(path)
    if looks_like_file and "://" not in source:
        raise CliError("Không tìm thấy tệp ảnh {path}", path=source)
    return [parse_receipt_qr(source)]


def _from_image(path: Path) -> list[SignedReceipt]:
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()
            codes = zxingcpp.read_barcodes(image)
    except (UnidentifiedImageError, OSError) as exc:
        raise CliError("Tệp {path} không phải ảnh đọc được (PNG, JPG)", path=str(path)) from exc
    # Both copies of a slip carry the same QR; other codes in the picture are not receipts.
    texts = list(dict.fromkeys(code.text for code in codes
                               if code.text and code.format == zxingcpp.BarcodeFormat.QRCode))
    if not texts:
        raise CliError("Không tìm thấy mã QR nào trong ảnh {path}", path=str(path))
    receipts: list[SignedReceipt] = []
    for text in texts:
        try:
            receipts.append(parse_receipt_qr(text))
        except ReceiptFormatError:
            continue  # another QR on the page (e.g. a citizen's ID card next to the slip)
    if not receipts:
        raise ReceiptFormatError("Mã QR trong ảnh không phải phiếu tiếp nhận hồ sơ do MotCua Desk cấp")
    return receipts


def _public_keys(ctx: Context, given: str | None) -> list[Ed25519PublicKey]:
    if given is None:
        from sync.keys import public_keys

        return public_keys(ctx.layout)
    path = Path(given)
    if path.is_file():
        try:
            return load_public_keys(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError("Không đọc được tệp khóa công khai {path}", path=given) from exc
    return [public_key_from_base64(given)]


def _check(signed: SignedReceipt, keys: list[Ed25519PublicKey], id_number: str | None) -> dict[str, Any]:
    key = signing_key_of(signed, keys)
    claim = signed.claim
    matches = None
    if id_number is not None:
        matches = claim.matches_id_number(id_number)
        if not matches:
            raise CliError("Chữ ký hợp lệ nhưng số định danh đã cho không khớp với phiếu {code}",
                           code=claim.dossier_code)
    return {
        "valid": True,
        "dossier_code": claim.dossier_code,
        "received_at": claim.received_at,
        "due_at": claim.due_at,
        "desk": claim.desk,
        "lookup_url": claim.lookup_url,
        "id_hash": claim.id_hash,
        "key_fingerprint": key_fingerprint(key),
        "id_number_matches": matches,
    }


def _describe(result: dict[str, Any]) -> str:
    due = result["due_at"]
    lines = [
        "Phiếu hợp lệ: chữ ký số đúng, nội dung không bị sửa.",
        f"Mã hồ sơ: {result['dossier_code']}",
        f"Nhận hồ sơ lúc: {result['received_at']:%H:%M ngày %d/%m/%Y}",
        f"Hẹn trả kết quả: {due:%H:%M ngày %d/%m/%Y}" if due is not None else "Hẹn trả kết quả: (không ghi)",
        f"Bàn tiếp nhận: {result['desk']}",
        f"Tra cứu: {result['lookup_url']}",
        f"Khóa ký: {result['key_fingerprint']}",
    ]
    if result["id_number_matches"]:
        lines.append("Số định danh khớp với phiếu.")
    return "\n".join(lines)
