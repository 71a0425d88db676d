"""Payloads that are not a readable ID card at all: another kind of QR, or text garbled on the way in."""

from __future__ import annotations

import re

from forms.i18n import N_
from forms.idcard.errors import IdCardError, IdCardKind, IdField
from forms.idcard.payload import SEPARATOR

# Health-insurance (BHYT) cards: a 15-character card number (two letters, 13 digits) and hex-encoded text.
_BHYT_NUMBER = re.compile(r"[A-Z]{2}[0-9]{13}")
_HEX_TEXT = re.compile(r"(?:[0-9a-fA-F]{2}){4,}")
_URL = re.compile(r"(?i)^(?:https?://|www\.)")
# UTF-8 bytes shown through a one-byte code page: "Nguyá»…n", "Ä\x90", "Ã¡".
_MOJIBAKE_CODECS = ("cp1252", "latin-1", "cp1258")


def reject_other_codes(fields: list[str], text: str) -> None:
    if _URL.match(text):
        raise IdCardError(IdField.PAYLOAD, IdCardKind.NOT_IDCARD,
                          N_("Mã QR này là một đường link, không phải mã trên thẻ căn cước"))
    hex_name = len(fields) >= 2 and _HEX_TEXT.fullmatch(fields[1]) and not fields[1].isdigit()
    if len(fields) >= 2 and (_BHYT_NUMBER.fullmatch(fields[0]) or hex_name):
        raise IdCardError(IdField.PAYLOAD, IdCardKind.NOT_IDCARD,
                          N_("Đây là mã QR của thẻ bảo hiểm y tế, không phải của thẻ căn cước"))
    if len(fields) < 2 and SEPARATOR not in text:
        raise IdCardError(IdField.PAYLOAD, IdCardKind.NOT_IDCARD,
                          N_("Mã QR không phải của thẻ căn cước/CCCD (không có các trường ngăn bởi dấu |)"))


def fix_mojibake(text: str) -> str | None:
    """The intended text when `text` is UTF-8 that was decoded as a one-byte code page, else None."""
    if text.isascii():
        return None
    for codec in _MOJIBAKE_CODECS:
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != text and not fixed.isascii():
            return fixed
    return None


def fix_mojibake_fields(fields: list[str]) -> list[str] | None:
    """The fields with each garbled one decoded back, or None when none is garbled."""
    fixed = [fix_mojibake(value) for value in fields]
    if all(value is None for value in fixed):
        return None
    return [value if repaired is None else repaired for value, repaired in zip(fields, fixed, strict=True)]


def reject_garbled_text(fields: list[str], text: str) -> None:
    if fix_mojibake(text) is not None or fix_mojibake_fields(fields) is not None:
        raise IdCardError(
            IdField.PAYLOAD, IdCardKind.WRONG_ENCODING,
            N_("Chữ tiếng Việt trong mã QR bị đọc sai bảng mã (dạng \"Nguyá»…n\"): máy quét hoặc phần mềm "
               "đọc không dùng UTF-8. Hãy đặt máy quét ở chế độ USB-COM hoặc bật UTF-8 rồi quét lại"),
        )
    if "\ufffd" in text or re.search(r"[^\W\d_]\?|\?[^\W\d_]", text):
        raise IdCardError(
            IdField.FULL_NAME, IdCardKind.LOST_DIACRITICS,
            N_("Mã QR bị mất các chữ có dấu (thay bằng \"?\"): máy quét ở chế độ bàn phím không gõ được tiếng "
               "Việt. Hãy đặt máy quét ở chế độ USB-COM hoặc bật chế độ Unicode của máy quét rồi quét lại"),
        )
