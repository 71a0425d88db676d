"""What can be wrong with an ID-card QR payload, each with a Vietnamese message naming the field."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from forms.errors import MotcuaError
from forms.i18n import N_


class IdField(StrEnum):
    """The part of the payload a failure is about (the GUI highlights that field)."""

    PAYLOAD = "payload"
    ID_NUMBER = "id_number"
    OLD_ID_NUMBER = "old_id_number"
    FULL_NAME = "full_name"
    BIRTH_DATE = "birth_date"
    SEX = "sex"
    ADDRESS = "address"
    ISSUE_DATE = "issue_date"


FIELD_LABELS: dict[IdField, str] = {
    IdField.PAYLOAD: N_("mã QR"),
    IdField.ID_NUMBER: N_("số định danh"),
    IdField.OLD_ID_NUMBER: N_("số CMND cũ"),
    IdField.FULL_NAME: N_("họ tên"),
    IdField.BIRTH_DATE: N_("ngày sinh"),
    IdField.SEX: N_("giới tính"),
    IdField.ADDRESS: N_("nơi thường trú"),
    IdField.ISSUE_DATE: N_("ngày cấp"),
}


class IdCardKind(StrEnum):
    EMPTY = "empty"  # nothing was scanned
    ENCODING = "encoding"  # the bytes are not UTF-8
    WRONG_ENCODING = "wrong_encoding"  # UTF-8 read as a one-byte code page (mojibake: "Nguyá»…n")
    LOST_DIACRITICS = "lost_diacritics"  # the scanner replaced Vietnamese letters by "?"
    NOT_IDCARD = "not_idcard"  # another kind of QR (health-insurance card, a link, ...)
    TOO_LONG = "too_long"
    MISSING = "missing"  # a required field is absent or empty
    FORMAT = "format"  # a field has the wrong shape (not 12 digits, not ddMMyyyy, ...)
    INVALID = "invalid"  # the right shape but an impossible value (31/02, unknown province)
    INCONSISTENT = "inconsistent"  # two fields disagree (century digit and birth year, ...)
    FUTURE = "future"  # a date after today
    IME_MANGLED = "ime_mangled"  # typed by a keyboard-mode scanner through Telex/VNI


class IdCardError(MotcuaError):
    """A QR payload that cannot be read as an ID card; `field` and `kind` say where and why."""

    kind = "idcard"

    def __init__(self, field: IdField, kind: IdCardKind, template: str, /, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field
        self.kind = kind.value
        self.idcard_kind = kind


class ImeMangledError(IdCardError):
    """The scanner typed the payload through a Vietnamese input method; `method` is "telex", "vni" or ""."""

    def __init__(self, field: IdField, method: str, evidence: str) -> None:
        super().__init__(
            field,
            IdCardKind.IME_MANGLED,
            N_("Mã QR bị bộ gõ tiếng Việt làm sai ({evidence}): máy quét đang gõ qua Unikey/EVKey{method}. "
               "Hãy chuyển bộ gõ sang tiếng Anh (chế độ E) hoặc đặt máy quét ở chế độ USB-COM rồi quét lại."),
            evidence=evidence,
            method=f" kiểu {method.upper()}" if method else "",
        )
        self.method = method
