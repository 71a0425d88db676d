"""Read an ID-card QR payload by the shape of its fields, not by position alone (domain.md §2).

Known layouts, all accepted:
    ID | old CMND | name | birth ddMMyyyy | Nam/Nữ | address | issue ddMMyyyy      (7 fields)
    ID | (empty)  | name | …                                                     (old number empty)
    ID | name | birth | sex | address | issue                                    (6 fields, no old number)
    … | issue | more | fields                                                    (Căn cước 2024: kept in `extra`)

The sex word (Nam/Nữ) anchors the reading: the birth date is the field before it, the name the field before
that, and the ID number (with the old number, if any) opens the payload; the address follows the sex word,
then the issue date, then anything else. Each field is then checked for its own shape, and the ID number
against the birth date and sex. Every failure is an `IdCardError` naming the field; nothing else escapes.
"""

from __future__ import annotations

import contextlib
import unicodedata
from datetime import date

from forms.clock import now_vn
from forms.i18n import N_
from forms.idcard import ime
from forms.idcard.errors import IdCardError, IdCardKind, IdField
from forms.idcard.model import IdCard, Sex
from forms.idcard.number import check_consistency, check_id_shape, check_old_id_shape
from forms.idcard.payload import Shape, decode, digits_only, is_date_slot, sex_word, shape, split_fields
from forms.idcard.screening import fix_mojibake, fix_mojibake_fields, reject_garbled_text, reject_other_codes
from forms.idcard.syllables import Method
from forms.redact import register_sensitive

_NAME_PUNCTUATION = frozenset(" '’-.")

_DATE_TEMPLATES = {
    IdField.BIRTH_DATE: {
        IdCardKind.FORMAT: N_("Ngày sinh {value} không đúng dạng ngày tháng năm 8 chữ số (ddMMyyyy)"),
        "short": N_("Ngày sinh {value} không đủ 8 chữ số (ddMMyyyy)"),
        "long": N_("Ngày sinh {value} thừa chữ số (có {n}, cần 8: ddMMyyyy)"),
        IdCardKind.INVALID: N_("Ngày sinh {value} không phải ngày có thật"),
        "year_only": N_("Ngày sinh {value} chỉ có năm, không có ngày hoặc tháng: hãy nhập tay thông tin người nộp"),
        IdCardKind.FUTURE: N_("Ngày sinh {value} ở sau ngày hôm nay"),
    },
    IdField.ISSUE_DATE: {
        IdCardKind.FORMAT: N_("Ngày cấp {value} không đúng dạng ngày tháng năm 8 chữ số (ddMMyyyy)"),
        "short": N_("Ngày cấp {value} không đủ 8 chữ số (ddMMyyyy)"),
        "long": N_("Ngày cấp {value} thừa chữ số (có {n}, cần 8: ddMMyyyy)"),
        IdCardKind.INVALID: N_("Ngày cấp {value} không phải ngày có thật"),
        "year_only": N_("Ngày cấp {value} không có ngày hoặc tháng"),
        IdCardKind.FUTURE: N_("Ngày cấp {value} ở sau ngày hôm nay"),
    },
}


def _missing(field: IdField, template: str, **params: object) -> IdCardError:
    return IdCardError(field, IdCardKind.MISSING, template, **params)


def _parse_date(value: str, field: IdField, today: date) -> date:
    templates = _DATE_TEMPLATES[field]
    compact = digits_only(value)
    if shape(value) is not Shape.DIGITS:
        raise IdCardError(field, IdCardKind.FORMAT, templates[IdCardKind.FORMAT], value=value)
    if len(compact) < 8:
        raise IdCardError(field, IdCardKind.FORMAT, templates["short"], value=value)
    if len(compact) > 8:
        raise IdCardError(field, IdCardKind.FORMAT, templates["long"], value=value, n=len(compact))
    if compact[:2] == "00" or compact[2:4] == "00":
        raise IdCardError(field, IdCardKind.INVALID, templates["year_only"], value=value)
    try:
        parsed = date(int(compact[4:]), int(compact[2:4]), int(compact[:2]))
    except ValueError:
        raise IdCardError(field, IdCardKind.INVALID, templates[IdCardKind.INVALID], value=value) from None
    if parsed > today:
        raise IdCardError(field, IdCardKind.FUTURE, templates[IdCardKind.FUTURE], value=parsed.strftime("%d/%m/%Y"))
    return parsed


def _check_name(value: str) -> str:
    if any("0" <= ch <= "9" for ch in value):
        raise IdCardError(IdField.FULL_NAME, IdCardKind.FORMAT, N_("Họ tên trong mã QR có chữ số"))
    if not all(ch.isalpha() or ch in _NAME_PUNCTUATION or unicodedata.category(ch).startswith("M") for ch in value):
        raise IdCardError(IdField.FULL_NAME, IdCardKind.FORMAT,
                          N_("Họ tên trong mã QR có ký tự không phải chữ cái"))
    return value


def _find_sex(fields: list[str]) -> tuple[int, Sex] | None:
    """The sex word, preferably the one right after something shaped like a date (a name could be "Nam")."""
    candidates = [(i, sex) for i in range(1, len(fields)) if (sex := sex_word(fields[i])) is not None]
    for index, sex in candidates:
        if is_date_slot(fields[index - 1]):
            return index, sex
    return candidates[0] if candidates else None


def _explain_missing_sex(fields: list[str]) -> IdCardError:
    """No Nam/Nữ anywhere: say which field is absent or which value stands where the sex should be."""
    text_fields = [i for i, value in enumerate(fields) if shape(value) is Shape.TEXT]
    if not text_fields:
        return IdCardError(IdField.PAYLOAD, IdCardKind.NOT_IDCARD,
                           N_("Mã QR không phải của thẻ căn cước/CCCD (không có họ tên, giới tính)"))
    for index in range(1, len(fields)):
        if is_date_slot(fields[index]) and shape(fields[index - 1]) is Shape.TEXT:
            following = fields[index + 1] if index + 1 < len(fields) else ""
            word = shape(following) is Shape.TEXT and len(following) <= 5 and " " not in following
            if word:
                return IdCardError(IdField.SEX, IdCardKind.FORMAT,
                                   N_("Giới tính \"{value}\" không hợp lệ: phải là Nam hoặc Nữ"), value=following)
            return _missing(IdField.SEX, N_("Mã QR thiếu giới tính"))
    if not any(is_date_slot(value) for value in fields):
        return _missing(IdField.BIRTH_DATE, N_("Mã QR thiếu ngày sinh"))
    return _missing(IdField.SEX, N_("Mã QR thiếu giới tính"))


def _read_head(head: list[str]) -> tuple[str, str | None]:
    """The ID number and the old number from the fields before the name, by shape."""
    while len(head) > 2 and head[0] == "":
        head = head[1:]  # a stray separator before the ID number
    if not head or head[0] == "":
        raise _missing(IdField.ID_NUMBER, N_("Mã QR thiếu số định danh"))
    if len(head) > 2:
        raise IdCardError(IdField.PAYLOAD, IdCardKind.FORMAT,
                          N_("Mã QR có {n} trường trước họ tên; thẻ căn cước chỉ có số định danh và số CMND cũ"),
                          n=len(head))
    values = [digits_only(value) for value in head]
    if len(values) == 1:
        if values[0].isascii() and values[0].isdigit() and len(values[0]) == 9:
            raise _missing(IdField.ID_NUMBER, N_("Mã QR thiếu số định danh 12 số (chỉ có số CMND cũ)"))
        return check_id_shape(values[0]), None
    first, second = values
    if len(first) == 9 and len(second) == 12 and (first + second).isdigit():
        first, second = second, first  # the old number came first: shape decides, not position
    id_number = check_id_shape(first)
    return id_number, (check_old_id_shape(second) if second else None)


def read_fields(fields: list[str], *, raw: str, today: date) -> IdCard:
    """An `IdCard` from already-split, tidied fields (no input-method screening here)."""
    found_sex = _find_sex(fields)
    if found_sex is None:
        raise _explain_missing_sex(fields)
    sex_index, sex = found_sex
    if shape(fields[sex_index - 1]) not in (Shape.DIGITS, Shape.DATE_LIKE):
        raise _missing(IdField.BIRTH_DATE, N_("Mã QR thiếu ngày sinh"))
    birth_index = sex_index - 1
    name_index = birth_index - 1
    if name_index < 0 or shape(fields[name_index]) not in (Shape.TEXT, Shape.SEX, Shape.CODE):
        if name_index >= 1 or (name_index == 0 and fields[0] != ""):
            raise _missing(IdField.FULL_NAME, N_("Mã QR thiếu họ tên"))
        raise _missing(IdField.ID_NUMBER, N_("Mã QR thiếu số định danh"))
    id_number, old_id_number = _read_head(fields[:name_index])
    full_name = _check_name(fields[name_index])
    birth_date = _parse_date(fields[birth_index], IdField.BIRTH_DATE, today)

    rest = fields[sex_index + 1:]
    if not rest or rest[0] == "" or shape(rest[0]) in (Shape.DIGITS, Shape.DATE_LIKE):
        raise _missing(IdField.ADDRESS, N_("Mã QR thiếu nơi thường trú"))
    address = rest[0]
    issue_date: date | None = None
    extra_start = 1
    if len(rest) > 1 and shape(rest[1]) in (Shape.EMPTY, Shape.DIGITS, Shape.DATE_LIKE):
        extra_start = 2
        if rest[1]:
            issue_date = _parse_date(rest[1], IdField.ISSUE_DATE, today)
            if issue_date <= birth_date:
                raise IdCardError(IdField.ISSUE_DATE, IdCardKind.INCONSISTENT,
                                  N_("Ngày cấp {issued} không sau ngày sinh {born}"),
                                  issued=issue_date.strftime("%d/%m/%Y"), born=birth_date.strftime("%d/%m/%Y"))
    check_consistency(id_number, birth_date, sex)
    # Whoever parsed the card, its name and address are masked in every log line from now on.
    register_sensitive(full_name, address, *rest[extra_start:])
    return IdCard(
        id_number=id_number,
        old_id_number=old_id_number,
        full_name=full_name,
        birth_date=birth_date,
        sex=sex,
        address=address,
        issue_date=issue_date,
        extra=tuple(rest[extra_start:]),
        raw_payload=raw,
    )


def _today(today: date | None) -> date:
    return today if today is not None else now_vn().date()


def parse_idcard(payload: str | bytes, *, today: date | None = None) -> IdCard:
    """Parse a chip-CCCD or Căn cước QR payload; raise `IdCardError` (Vietnamese, names the field) otherwise.

    `today` bounds the dates (none may be in the future); it defaults to today in Vietnam.
    """
    text = decode(payload)
    fields = split_fields(text)
    reject_other_codes(fields, text)
    reject_garbled_text(fields, text)
    ime.check(fields)
    return read_fields(fields, raw=text, today=_today(today))


def repair_candidates(payload: str | bytes, *, today: date | None = None,
                      allow_style_guess: bool = True) -> tuple[IdCard, ...]:
    """Cards that the scanner most likely meant, for the official to confirm — never applied silently.

    Covers keystrokes left by Telex/VNI and UTF-8 read through a one-byte code page. Nothing is offered when
    information was lost (digits swallowed by VNI) or when the result fails any check. With
    `allow_style_guess=False`, a word whose tone position depends on spelling style (Hòa/Hoà) blocks the repair.
    """
    try:
        text = decode(payload)
        fields = split_fields(text)
    except IdCardError:
        return ()
    day = _today(today)
    found: list[IdCard] = []
    whole = fix_mojibake(text)
    fixed = split_fields(whole) if whole is not None else fix_mojibake_fields(fields)
    if fixed is not None:
        with contextlib.suppress(IdCardError):
            found.append(read_fields(fixed, raw=text, today=day))
    for method in (Method.TELEX, Method.VNI):
        composed = ime.recompose(fields, method, allow_style_guess=allow_style_guess)
        if composed is None or ime.diagnose(composed).mangled:
            continue
        try:
            found.append(read_fields(composed, raw=text, today=day))
        except IdCardError:
            continue
    unique: list[IdCard] = []
    for card in found:
        if card not in unique:
            unique.append(card)
    return tuple(unique)


def certain_repair(payload: str | bytes, *, today: date | None = None) -> IdCard | None:
    """The one card the payload can only have meant, or None (then the official rescans with the remedy)."""
    candidates = repair_candidates(payload, today=today, allow_style_guess=False)
    return candidates[0] if len(candidates) == 1 else None
