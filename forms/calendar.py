"""The working calendar of a Vietnamese public office (domain.md §5).

A working day is Monday to Friday, not a public holiday or official day off, plus the Saturdays the
government declares make-up working days. The `holidays` package (VN) knows Tết by the lunar calendar, the
Hùng Kings' day, 30/4, 1/5, the two-day National Day, official swaps and 24/11 from 2026; its
`is_working_day()` counts make-up Saturdays (Sat 26/4/2025, Sat 22/8/2026). The province can still decide
other days off or working days: those overrides are data (pulled from the portal), and they win.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import holidays

from forms.errors import InvalidInput
from forms.i18n import N_

# The package's Vietnamese data starts with the observed-holiday rules of 1995 and its lunar tables end
# in 2099; outside these years it would silently know no holiday at all.
FIRST_YEAR = 1995
LAST_YEAR = 2099


class CalendarError(InvalidInput):
    kind = "calendar"


@dataclass(frozen=True)
class CalendarOverride:
    """One day the province declared differently from the national calendar."""

    day: date
    working: bool  # True: a make-up working day; False: an extra day off
    note: str = ""  # the decision, e.g. "QĐ 12/QĐ-UBND: nghỉ bù"

    @classmethod
    def from_mapping(cls, item: Mapping[str, Any]) -> CalendarOverride:
        """From the portal's shape (Ngay yyyyMMdd, LamViec, GhiChu) or a plain one (day ISO, working, note)."""
        raw_day = item.get("Ngay", item.get("day"))
        working = item.get("LamViec", item.get("working"))
        note = item.get("GhiChu", item.get("note", ""))
        if not isinstance(raw_day, str | date) or not isinstance(working, bool) or not isinstance(note, str):
            raise CalendarError(N_("Ngày điều chỉnh lịch làm việc không hợp lệ: {item}"), item=dict(item))
        if isinstance(raw_day, date):
            return cls(raw_day, working, note)
        for pattern in ("%Y%m%d", "%Y-%m-%d"):
            try:
                return cls(datetime.strptime(raw_day, pattern).date(), working, note)
            except ValueError:
                continue
        raise CalendarError(N_("Ngày điều chỉnh lịch làm việc {day} không đúng dạng yyyyMMdd"), day=raw_day)


class WorkingCalendar:
    """Working days from the national calendar and the province's overrides. Safe to share between threads."""

    def __init__(self, overrides: Iterable[CalendarOverride] = ()) -> None:
        self._overrides = {override.day: override for override in overrides}
        # The package fills a year on first use, mutating the object: one lock keeps threads out of each other.
        self._lock = threading.Lock()
        self._national = holidays.country_holidays("VN", language="vi")

    @property
    def overrides(self) -> tuple[CalendarOverride, ...]:
        return tuple(sorted(self._overrides.values(), key=lambda o: o.day))

    def with_overrides(self, overrides: Iterable[CalendarOverride]) -> WorkingCalendar:
        """A calendar with these overrides added (a later one for the same day wins)."""
        return WorkingCalendar([*self._overrides.values(), *overrides])

    @staticmethod
    def _check_year(day: date) -> None:
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise CalendarError(N_("Lịch ngày nghỉ chỉ có các năm {first}–{last}, không có năm {year}"),
                                first=FIRST_YEAR, last=LAST_YEAR, year=day.year)

    def is_working_day(self, day: date) -> bool:
        self._check_year(day)
        override = self._overrides.get(day)
        if override is not None:
            return override.working
        with self._lock:
            return bool(self._national.is_working_day(day))

    def day_off_reason(self, day: date) -> str | None:
        """Why a day is not worked: the holiday's Vietnamese name, the override's note, or the weekend."""
        if self.is_working_day(day):
            return None
        override = self._overrides.get(day)
        if override is not None:
            return override.note or N_("Ngày nghỉ theo quyết định của tỉnh")
        with self._lock:
            name = self._national.get(day)
        return str(name) if name else N_("Cuối tuần")

    def next_working_day(self, day: date, *, include: bool = False) -> date:
        """The first working day after `day` (or `day` itself when `include` and it is one)."""
        current = day if include else day + timedelta(days=1)
        while not self.is_working_day(current):
            current += timedelta(days=1)
        return current

    def previous_working_day(self, day: date) -> date:
        current = day - timedelta(days=1)
        while not self.is_working_day(current):
            current -= timedelta(days=1)
        return current

    def add_working_days(self, day: date, count: int) -> date:
        """The `count`-th working day after `day`; `day` itself for 0."""
        if count < 0:
            raise CalendarError(N_("Số ngày làm việc phải không âm, không phải {n}"), n=count)
        current = day
        for _ in range(count):
            current = self.next_working_day(current)
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many of the count a dossier has used from `start` to `end`."""
        count = 0
        current = start + timedelta(days=1)
        while current <= end:
            count += self.is_working_day(current)
            current += timedelta(days=1)
        return count


def overrides_from_document(document: Mapping[str, Any] | None) -> tuple[CalendarOverride, ...]:
    """The overrides of a calendar reference document as synced from the portal ({"items": [...]})."""
    if not document:
        return ()
    items = document.get("items", ())
    if not isinstance(items, list):
        raise CalendarError(N_("Dữ liệu lịch làm việc của tỉnh không hợp lệ (thiếu danh sách items)"))
    return tuple(CalendarOverride.from_mapping(item) for item in items if isinstance(item, Mapping))
