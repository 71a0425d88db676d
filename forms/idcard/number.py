"""The 12-digit personal ID number: PPP (province), G (century and sex), YY (birth year), six serial digits."""

from __future__ import annotations

import re
from datetime import date

from forms.i18n import N_
from forms.idcard.errors import IdCardError, IdCardKind, IdField
from forms.idcard.model import Sex
from forms.idcard.provinces import province_name

ID_LENGTH = 12
OLD_ID_LENGTHS = (9, 12)
_DIGITS = re.compile(r"[0-9]+")


def check_id_shape(value: str) -> str:
    """The number itself, or an error naming what is wrong with its shape or its province code."""
    if not _DIGITS.fullmatch(value):
        raise IdCardError(IdField.ID_NUMBER, IdCardKind.FORMAT,
                          N_("Số định danh {value} chỉ được gồm chữ số"), value=value)
    if len(value) < ID_LENGTH:
        raise IdCardError(IdField.ID_NUMBER, IdCardKind.FORMAT,
                          N_("Số định danh {value} không đủ 12 chữ số"), value=value)
    if len(value) > ID_LENGTH:
        raise IdCardError(IdField.ID_NUMBER, IdCardKind.FORMAT,
                          N_("Số định danh {value} thừa chữ số (có {n}, cần đúng 12)"), value=value, n=len(value))
    if province_name(value[:3]) is None:
        raise IdCardError(IdField.ID_NUMBER, IdCardKind.INVALID,
                          N_("Mã tỉnh {code} ở đầu số định danh không phải mã tỉnh, thành phố nào"),
                          code=value[:3])
    return value


def check_old_id_shape(value: str) -> str:
    if not _DIGITS.fullmatch(value) or len(value) not in OLD_ID_LENGTHS:
        raise IdCardError(IdField.OLD_ID_NUMBER, IdCardKind.FORMAT,
                          N_("Số CMND cũ {value} phải gồm 9 hoặc 12 chữ số"), value=value)
    return value


def century_digit(birth_year: int, sex: Sex) -> int:
    """G for a birth year and sex: 0/1 for the 1900s, 2/3 for the 2000s, … (even = male)."""
    return (birth_year // 100 - 19) * 2 + (1 if sex is Sex.FEMALE else 0)


def check_consistency(id_number: str, birth_date: date, sex: Sex) -> None:
    """The century/sex digit and the two year digits must agree with the birth date and sex on the card."""
    g = int(id_number[3])
    if birth_date.year < 1900 or century_digit(birth_date.year, sex) != g:
        raise IdCardError(
            IdField.ID_NUMBER, IdCardKind.INCONSISTENT,
            N_("Chữ số thế kỷ/giới tính của số định danh ({digit}) không khớp với năm sinh {year} "
               "và giới tính {sex}"),
            digit=g, year=birth_date.year, sex=sex.value,
        )
    if id_number[4:6] != f"{birth_date.year % 100:02d}":
        raise IdCardError(
            IdField.ID_NUMBER, IdCardKind.INCONSISTENT,
            N_("Hai chữ số năm sinh trong số định danh ({digits}) không khớp với năm sinh {year}"),
            digits=id_number[4:6], year=birth_date.year,
        )
