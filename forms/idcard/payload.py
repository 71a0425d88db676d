"""From raw scanner output to clean fields: strict UTF-8, NFC, stray whitespace, and the shape of each field."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from forms.i18n import N_
from forms.idcard.errors import IdCardError, IdCardKind, IdField
from forms.idcard.model import Sex
from forms.text import fold

# A QR code holds at most 2 953 bytes; anything much longer is not a scan.
MAX_PAYLOAD_CHARS = 4096
SEPARATOR = "|"

# Byte-order marks, zero-width characters and soft hyphens that some scanners and editors slip in.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def decode(payload: str | bytes) -> str:
    """Bytes strictly as UTF-8 (zbar-style guessing of other encodings mangles Vietnamese)."""
    if isinstance(payload, str):
        return payload
    try:
        return bytes(payload).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IdCardError(
            IdField.PAYLOAD, IdCardKind.ENCODING,
            N_("Mã QR không phải văn bản UTF-8 (byte lỗi ở vị trí {position}); hãy quét lại bằng chế độ USB-COM"),
            position=exc.start,
        ) from None


def tidy(text: str) -> str:
    """NFC, no invisible characters, one space for each run of whitespace or control characters."""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def split_fields(text: str) -> list[str]:
    """The payload's fields, each tidied; the payload as a whole must look like a QR of an ID card."""
    if len(text) > MAX_PAYLOAD_CHARS:
        raise IdCardError(IdField.PAYLOAD, IdCardKind.TOO_LONG,
                          N_("Mã QR dài {n} ký tự, quá dài để là mã của thẻ căn cước"), n=len(text))
    cleaned = tidy(text)
    if not cleaned:
        raise IdCardError(IdField.PAYLOAD, IdCardKind.EMPTY, N_("Mã QR trống: chưa đọc được dữ liệu nào"))
    # A trailing separator (some card series end the payload with one) is not a field.
    fields = [tidy(part) for part in cleaned.split(SEPARATOR)]
    while len(fields) > 1 and fields[-1] == "":
        fields.pop()
    return fields


class Shape(Enum):
    EMPTY = "empty"
    DIGITS = "digits"  # only ASCII digits
    DATE_LIKE = "date_like"  # digits with separators, e.g. 01/01/1990
    CODE = "code"  # letters and at least six digits without spaces: a damaged number
    SEX = "sex"
    TEXT = "text"
    OTHER = "other"  # punctuation only


_DIGITS = re.compile(r"[0-9]+")
_SPACED_DIGITS = re.compile(r"[0-9]+(?: [0-9]+)+")
_DATE_LIKE = re.compile(r"[0-9]{1,4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,4}")
_SEX_WORDS = {"nam": Sex.MALE, "nu": Sex.FEMALE}


def sex_word(value: str) -> Sex | None:
    """Nam or Nữ for the sex word in any case, NFC or NFD (and without its diacritics), else None."""
    folded = fold(value)
    if folded not in _SEX_WORDS:
        return None
    # "Nu" without the mark is accepted (scanners that drop diacritics); "Nũ", "Nụ" are not the word.
    if folded == "nu" and unicodedata.normalize("NFC", value.lower()) not in ("nữ", "nu"):
        return None
    if folded == "nam" and value.lower() != "nam":
        return None
    return _SEX_WORDS[folded]


def digits_only(value: str) -> str:
    """The value with the spaces people put between digit groups removed, when it is only digits."""
    return value.replace(" ", "") if _SPACED_DIGITS.fullmatch(value) else value


def shape(value: str) -> Shape:
    if value == "":
        return Shape.EMPTY
    compact = digits_only(value)
    if _DIGITS.fullmatch(compact):
        return Shape.DIGITS
    if _DATE_LIKE.fullmatch(value):
        return Shape.DATE_LIKE
    if sex_word(value):
        return Shape.SEX
    letters = sum(ch.isalpha() for ch in value)
    if letters == 0:
        return Shape.OTHER
    if " " not in value and sum("0" <= ch <= "9" for ch in value) >= 6:
        return Shape.CODE
    return Shape.TEXT


def is_date_slot(value: str) -> bool:
    """Could this field be meant as a date (right or wrong length)? Used to find the birth date by shape."""
    kind = shape(value)
    if kind is Shape.DATE_LIKE:
        return True
    return kind is Shape.DIGITS and 5 <= len(digits_only(value)) <= 10 and len(digits_only(value)) not in (9, 12)
