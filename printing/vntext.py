"""Dates, times and blanks written the way Vietnamese administrative documents write them.

Decree 30/2020/NĐ-CP (văn bản hành chính): a day below 10 and the months 1 and 2 take a leading zero
("ngày 05 tháng 02 năm 2025", but "tháng 7"), so that nobody can add a digit to a printed date.
"""

from __future__ import annotations

from datetime import date, datetime

from forms.clock import as_vn

BLANK = "……………"  # a dotted space left for the official to fill in by hand
BLANK_LONG = "…………………………………"


def day_text(value: date) -> str:
    return f"{value.day:02d}" if value.day < 10 else str(value.day)


def month_text(value: date) -> str:
    return f"{value.month:02d}" if value.month < 3 else str(value.month)


def long_date(value: date | None) -> str:
    """"ngày 05 tháng 02 năm 2025"; a blank to fill in when unknown."""
    if value is None:
        return "ngày …… tháng …… năm ……"
    if isinstance(value, datetime):
        value = as_vn(value).date()
    return f"ngày {day_text(value)} tháng {month_text(value)} năm {value.year}"


def long_time(value: datetime | None) -> str:
    """"09 giờ 30 phút, ngày 15 tháng 7 năm 2025" — the form's "giờ, phút, ngày, tháng, năm"."""
    if value is None:
        return "…… giờ …… phút, ngày …… tháng …… năm ……"
    local = as_vn(value)
    return f"{local.hour:02d} giờ {local.minute:02d} phút, {long_date(local.date())}"


def short_datetime(value: datetime | None) -> str:
    """"15/07/2025 09:30" for table cells, where the long form would not fit."""
    if value is None:
        return ""
    return as_vn(value).strftime("%d/%m/%Y %H:%M")


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = as_vn(value).date()
    return value.strftime("%d/%m/%Y")


def date_line(place: str, value: date | None) -> str:
    """The italic line under the national motto: "Tam Thanh, ngày 15 tháng 7 năm 2025"."""
    return f"{place.strip() or '……'}, {long_date(value)}"
