"""Periodic statistics of the one-stop desk (Biểu II.06a, domain.md §5 and §7) as plain values.

Pure: periods, the per-field counts, their invariants, the rates, and a straightforward reference tally over
dossier facts. `sync.reports` fills the same model from SQL; printing and the GUI only draw it.

Who is counted, for a period [start 00:00, day after end 00:00) — one rule, used by the SQL and by `tally`:
- A dossier is *taken up* ("nhận giải quyết") once the desk received it: it has a due time and is neither
  still waiting for reception online (status 1) nor refused at reception (status 3).
- *Received* in the period: taken up with `received_at` inside the period; *online* = channel 2, *at the desk
  or by post* = channels 1 and 3.
- *Carried over*: taken up before the period and not ended before it.
- A dossier *ends* when processing ends: `finished_at` (the result is ready), else `returned_at`, else the
  moment it was withdrawn or stopped (or reached another final status). *Finished* in the period: ended
  before the period's end. Otherwise it is *in progress* at the end of the period.
- Finished: *before due* when it ended on an earlier day than the due day, *on due* when on the due day and
  not later than the due time, *after due* when later than the due time (`forms.deadlines.classify_finished`;
  the due time is the rescheduled one once form 04 moved it).
- In progress: *overdue* when the due time has passed at the judging moment — the end of the period, or
  now if the period has not ended — except while the clock is paused for a supplement (status 5).
- Digitised dossiers: received in the period with at least one scan; digitised results: finished in the
  period with a result (status 9 or 10) and a scan linked at or after the result was ready.
- Ratings: satisfaction ratings given in the period (rated_at); satisfied = the top two levels.

Invariants (checked on every report, `broken_invariants`): received = online + desk_or_post; finished =
before + on + after; in progress = in time + overdue; received + carried over = finished + in progress;
ratings = very satisfied + satisfied + dissatisfied; digitised ≤ their totals; nothing negative; the total
row is the sum of the field rows.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from forms.clock import VN_TZ, as_vn
from forms.deadlines import Timeliness, classify_finished, classify_in_progress
from forms.errors import InvalidInput, MotcuaError
from forms.i18n import N_
from forms.status import Channel, DossierStatus
from forms.text import fold

# --- periods ----------------------------------------------------------------------------------------------

MIN_YEAR = 1990
MAX_YEAR = 2200
MAX_RANGE_DAYS = 366 * 50
ROMAN_QUARTERS = ("I", "II", "III", "IV")
# Decree 09/2019/NĐ-CP art. 12: periodic reports close on the 14th; a period starts on the 15th before it.
STATUTORY_FIRST_DAY = 15


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"  # 6 tháng
    NINE_MONTHS = "nine_months"  # 9 tháng
    YEAR = "year"
    RANGE = "range"  # any days


class PeriodError(InvalidInput):
    kind = "period"


def _check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(N_("Năm {year} nằm ngoài khoảng {low}–{high}"), year=year, low=MIN_YEAR, high=MAX_YEAR)
    return year


def _dmy(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _month_start(year: int, month: int, statutory: bool) -> date:
    """First day of a period beginning with `month`: the 1st, or the 15th of the month before (statutory)."""
    if not statutory:
        return date(year, month, 1)
    previous = date(year, month, 1) - timedelta(days=1)
    return previous.replace(day=STATUTORY_FIRST_DAY)


def _month_end(year: int, month: int, statutory: bool) -> date:
    """Last day of a period ending with `month`: its last day, or the 14th (statutory)."""
    if statutory:
        return date(year, month, STATUTORY_FIRST_DAY - 1)
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Period:
    """A reporting period: whole days from `start` to `end`, both included, in Vietnam's time."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.RANGE
    label: str = ""  # "Quý III năm 2026"; empty for a plain range
    statutory: bool = False  # closing on the 14th (Decree 09/2019) rather than on calendar boundaries

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(N_("Ngày kết thúc {end} trước ngày bắt đầu {start}"),
                              end=_dmy(self.end), start=_dmy(self.start))
        if (self.end - self.start).days > MAX_RANGE_DAYS:
            raise PeriodError(N_("Khoảng thời gian quá dài (tối đa {years} năm)"), years=MAX_RANGE_DAYS // 366)
        _check_year(self.start.year)
        _check_year(self.end.year)

    # -- constructors --------------------------------------------------------------------------------------
    @classmethod
    def between(cls, start: date, end: date) -> Period:
        return cls(start, end, PeriodKind.RANGE)

    @classmethod
    def month(cls, year: int, month: int, *, statutory: bool = False) -> Period:
        _check_year(year)
        if not 1 <= month <= 12:
            raise PeriodError(N_("Tháng {month} không có thật (1–12)"), month=month)
        return cls(_month_start(year, month, statutory), _month_end(year, month, statutory), PeriodKind.MONTH,
                   f"Tháng {month} năm {year}", statutory)

    @classmethod
    def quarter(cls, year: int, quarter: int, *, statutory: bool = False) -> Period:
        _check_year(year)
        if not 1 <= quarter <= 4:
            raise PeriodError(N_("Quý {quarter} không có thật (1–4)"), quarter=quarter)
        first = 3 * quarter - 2
        return cls(_month_start(year, first, statutory), _month_end(year, first + 2, statutory), PeriodKind.QUARTER,
                   f"Quý {ROMAN_QUARTERS[quarter - 1]} năm {year}", statutory)

    @classmethod
    def half_year(cls, year: int, half: int = 1, *, statutory: bool = False) -> Period:
        _check_year(year)
        if half not in (1, 2):
            raise PeriodError(N_("Nửa năm phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)"))
        first = 1 if half == 1 else 7
        label = f"6 tháng đầu năm {year}" if half == 1 else f"6 tháng cuối năm {year}"
        return cls(_month_start(year, first, statutory), _month_end(year, first + 5, statutory),
                   PeriodKind.HALF_YEAR, label, statutory)

    @classmethod
    def nine_months(cls, year: int, *, statutory: bool = False) -> Period:
        _check_year(year)
        return cls(_month_start(year, 1, statutory), _month_end(year, 9, statutory), PeriodKind.NINE_MONTHS,
                   f"9 tháng năm {year}", statutory)

    @classmethod
    def year(cls, year: int, *, statutory: bool = False) -> Period:
        _check_year(year)
        return cls(_month_start(year, 1, statutory), _month_end(year, 12, statutory), PeriodKind.YEAR,
                   f"Năm {year}", statutory)

    # -- moments -------------------------------------------------------------------------------------------
    @property
    def starts_at(self) -> datetime:
        """The first instant of the period (00:00 of the first day, Vietnam's time)."""
        return datetime.combine(self.start, time(0, 0), VN_TZ)

    @property
    def ends_before(self) -> datetime:
        """The first instant after the period (00:00 of the day after the last one)."""
        return datetime.combine(self.end + timedelta(days=1), time(0, 0), VN_TZ)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, moment: datetime) -> bool:
        return self.starts_at <= as_vn(moment) < self.ends_before

    def judging_moment(self, now: datetime) -> datetime:
        """When dossiers still in progress are judged in time or overdue: the period's end, or now if earlier."""
        return min(as_vn(now), self.ends_before)

    def span_text(self) -> str:
        return f"từ ngày {_dmy(self.start)} đến ngày {_dmy(self.end)}"

    def describe(self) -> str:
        """"Quý III năm 2026 (từ ngày 01/07/2026 đến ngày 30/09/2026)"; a plain range reads "Từ ngày … đến ngày …"."""
        if not self.label:
            span = self.span_text()
            return span[0].upper() + span[1:]
        return f"{self.label} ({self.span_text()})"

    def to_json(self) -> dict[str, Any]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "kind": self.kind.value,
                "label": self.describe(), "statutory": self.statutory}


_MONTH_TEXT = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_QUARTER_TEXT = re.compile(r"^\s*(\d{4})-?[Qq]([1-4])\s*$")
_YEAR_TEXT = re.compile(r"^\s*(\d{4})\s*$")


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(N_("\"{value}\" không phải ngày dạng YYYY-MM-DD"), value=text[:40]) from None


def parse_month(text: str, *, statutory: bool = False) -> Period:
    """"2026-10" → October 2026."""
    found = _MONTH_TEXT.match(text)
    if found is None:
        raise PeriodError(N_("\"{value}\" không phải tháng dạng YYYY-MM"), value=text[:40])
    return Period.month(int(found[1]), int(found[2]), statutory=statutory)


def parse_quarter(text: str, *, statutory: bool = False) -> Period:
    """"2026-Q3" → the third quarter of 2026."""
    found = _QUARTER_TEXT.match(text)
    if found is None:
        raise PeriodError(N_("\"{value}\" không phải quý dạng YYYY-Qn (n từ 1 đến 4)"), value=text[:40])
    return Period.quarter(int(found[1]), int(found[2]), statutory=statutory)


def parse_year(text: str) -> int:
    found = _YEAR_TEXT.match(text)
    if found is None:
        raise PeriodError(N_("\"{value}\" không phải năm dạng YYYY"), value=text[:40])
    return _check_year(int(found[1]))


# --- the counts of one field (lĩnh vực) ---------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """The numbers of one row of Biểu II.06a, plus what the rates need. Field names are the JSON keys."""

    received_total: int = 0  # newly received in the period
    received_online: int = 0
    received_desk_or_post: int = 0
    carried_over: int = 0  # from the previous period
    finished_total: int = 0
    finished_before_due: int = 0
    finished_on_due: int = 0
    finished_after_due: int = 0
    in_progress_total: int = 0
    in_progress_in_time: int = 0
    in_progress_overdue: int = 0
    digitised_dossiers: int = 0  # of received_total: with at least one scan
    results_total: int = 0  # of finished_total: ended with a result (status 9 or 10)
    digitised_results: int = 0  # of results_total: a scan linked once the result was ready
    ratings_total: int = 0
    ratings_very_satisfied: int = 0
    ratings_satisfied: int = 0
    ratings_dissatisfied: int = 0

    @property
    def taken_up_total(self) -> int:
        """The form's "Tổng số" of dossiers taken up: newly received plus carried over."""
        return self.received_total + self.carried_over

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)})

    def to_json(self) -> dict[str, int]:
        return {"taken_up_total": self.taken_up_total, **{f.name: getattr(self, f.name) for f in fields(Counts)}}

    @property
    def rates(self) -> Rates:
        return Rates(
            on_time=Rate(self.finished_before_due + self.finished_on_due, self.finished_total),
            online_share=Rate(self.received_online, self.received_total),
            dossier_digitisation=Rate(self.digitised_dossiers, self.received_total),
            result_digitisation=Rate(self.digitised_results, self.results_total),
            satisfaction=Rate(self.ratings_very_satisfied + self.ratings_satisfied, self.ratings_total),
        )

    def broken_invariants(self) -> list[str]:
        """The invariants this row breaks, named (empty when the row is consistent)."""
        broken = [f"{f.name} < 0" for f in fields(Counts) if getattr(self, f.name) < 0]
        checks = (
            ("received_total = received_online + received_desk_or_post",
             self.received_total == self.received_online + self.received_desk_or_post),
            ("finished_total = finished_before_due + finished_on_due + finished_after_due",
             self.finished_total == self.finished_before_due + self.finished_on_due + self.finished_after_due),
            ("in_progress_total = in_progress_in_time + in_progress_overdue",
             self.in_progress_total == self.in_progress_in_time + self.in_progress_overdue),
            ("received_total + carried_over = finished_total + in_progress_total",
             self.received_total + self.carried_over == self.finished_total + self.in_progress_total),
            ("ratings_total = ratings_very_satisfied + ratings_satisfied + ratings_dissatisfied",
             self.ratings_total == self.ratings_very_satisfied + self.ratings_satisfied + self.ratings_dissatisfied),
            ("digitised_dossiers <= received_total", self.digitised_dossiers <= self.received_total),
            ("results_total <= finished_total", self.results_total <= self.finished_total),
            ("digitised_results <= results_total", self.digitised_results <= self.results_total),
        )
        return broken + [name for name, holds in checks if not holds]


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        """The share in [0, 1], or None when there is nothing to divide by."""
        return self.numerator / self.denominator if self.denominator else None

    def percent_text(self, decimals: int = 1) -> str:
        """"93,5%" (Vietnamese decimal comma); "–" when undefined."""
        if self.value is None:
            return "–"
        text = f"{100 * self.value:.{decimals}f}".replace(".", ",")
        if "," in text:
            text = text.rstrip("0").rstrip(",")
        return f"{text}%"


@dataclass(frozen=True)
class Rates:
    on_time: Rate
    online_share: Rate
    dossier_digitisation: Rate
    result_digitisation: Rate
    satisfaction: Rate

    def items(self) -> list[tuple[str, str, Rate]]:
        """(JSON key, Vietnamese label, rate) in the order reports print them."""
        return [(key, RATE_LABELS[key], getattr(self, attr)) for key, attr in RATE_KEYS]

    def to_json(self) -> dict[str, float | None]:
        return {key: (None if rate.value is None else round(rate.value, 6)) for key, _label, rate in self.items()}


RATE_KEYS: tuple[tuple[str, str], ...] = (
    ("on_time_rate", "on_time"),
    ("online_share", "online_share"),
    ("dossier_digitisation_rate", "dossier_digitisation"),
    ("result_digitisation_rate", "result_digitisation"),
    ("satisfaction_rate", "satisfaction"),
)
RATE_LABELS: dict[str, str] = {
    "on_time_rate": N_("Tỷ lệ giải quyết đúng hạn"),
    "online_share": N_("Tỷ lệ hồ sơ trực tuyến"),
    "dossier_digitisation_rate": N_("Tỷ lệ số hóa hồ sơ"),
    "result_digitisation_rate": N_("Tỷ lệ số hóa kết quả"),
    "satisfaction_rate": N_("Tỷ lệ hài lòng"),
}
RATE_FORMULAS: dict[str, str] = {
    "on_time_rate": N_("(trước hạn + đúng hạn) / đã giải quyết"),
    "online_share": N_("trực tuyến / mới tiếp nhận"),
    "dossier_digitisation_rate": N_("hồ sơ có bản quét / mới tiếp nhận"),
    "result_digitisation_rate": N_("kết quả được quét / kết quả đã có"),
    "satisfaction_rate": N_("(rất hài lòng + hài lòng) / số lượt đánh giá"),
}

UNCLASSIFIED_FIELD = N_("Chưa xác định lĩnh vực")


@dataclass(frozen=True)
class FieldRow:
    field_code: str
    field_name: str
    counts: Counts

    @property
    def label(self) -> str:
        return self.field_name or self.field_code or UNCLASSIFIED_FIELD

    def to_json(self) -> dict[str, Any]:
        return {"field_code": self.field_code, "field_name": self.label, **self.counts.to_json()}


class ReportInconsistent(MotcuaError):
    """The computed statistics break an invariant: a bug, never printed as if it were right."""

    kind = "report_inconsistent"


def sort_rows(rows: Iterable[FieldRow]) -> tuple[FieldRow, ...]:
    """By field name as Vietnamese readers look it up (accents folded), then code."""
    return tuple(sorted(rows, key=lambda r: (not (r.field_name or r.field_code), fold(r.label), r.field_code)))


@dataclass(frozen=True)
class Report:
    """The statistics of one period: one row per field, the total row, and the rates."""

    period: Period
    as_of: datetime  # the moment dossiers in progress were judged
    rows: tuple[FieldRow, ...]
    include_training: bool = False
    generated_at: datetime | None = None

    @property
    def total(self) -> Counts:
        total = Counts()
        for row in self.rows:
            total = total + row.counts
        return total

    @property
    def rates(self) -> Rates:
        return self.total.rates

    def broken_invariants(self) -> list[str]:
        found = [f"{row.label}: {name}" for row in self.rows for name in row.counts.broken_invariants()]
        found += [f"Tổng cộng: {name}" for name in self.total.broken_invariants()]
        codes = [row.field_code for row in self.rows]
        if len(codes) != len(set(codes)):
            found.append("one row per field")
        return found

    def checked(self) -> Report:
        broken = self.broken_invariants()
        if broken:
            raise ReportInconsistent(N_("Số liệu thống kê không khớp ({details}); báo cáo không được lập"),
                                     details="; ".join(broken[:5]))
        return self

    def to_json(self) -> dict[str, Any]:
        """The document `motcua report stats --json` prints (keys documented in its help)."""
        return {
            "period": self.period.to_json(),
            "as_of": as_vn(self.as_of).isoformat(timespec="seconds"),
            "generated_at": as_vn(self.generated_at).isoformat(timespec="seconds") if self.generated_at else None,
            "include_training": self.include_training,
            "rows": [row.to_json() for row in self.rows],
            "totals": self.total.to_json(),
            "rates": self.rates.to_json(),
        }


def merge_rows(parts: Iterable[tuple[str, str, Counts]]) -> tuple[FieldRow, ...]:
    """Add up partial counts per field code (the name: the greatest seen, as SQL's max() picks it)."""
    merged: dict[str, tuple[str, Counts]] = {}
    for code, name, counts in parts:
        seen_name, seen = merged.get(code, ("", Counts()))
        merged[code] = (max(seen_name, name or ""), seen + counts)
    return sort_rows(FieldRow(code, name, counts) for code, (name, counts) in merged.items())


# --- the reference tally ------------------------------------------------------------------------------------

NOT_TAKEN_UP = frozenset({DossierStatus.NEW_ONLINE, DossierStatus.REFUSED})
WITH_RESULT = frozenset({DossierStatus.RESULT_READY, DossierStatus.RETURNED})


@dataclass(frozen=True)
class DossierFacts:
    """What the statistics need to know of one dossier (the store's columns, as domain values)."""

    field_code: str
    field_name: str
    channel: Channel
    status: DossierStatus
    received_at: datetime
    due_at: datetime | None
    rescheduled_due_at: datetime | None = None
    ended_at: datetime | None = None  # see the module docstring
    training: bool = False
    digitised: bool = False
    result_digitised: bool = False
    rating: int | None = None
    rating_scale: int = 3
    rated_at: datetime | None = None

    @property
    def taken_up(self) -> bool:
        return self.due_at is not None and self.status not in NOT_TAKEN_UP

    @property
    def effective_due_at(self) -> datetime | None:
        return self.rescheduled_due_at or self.due_at


def _counts_of(facts: DossierFacts, period: Period, as_of: datetime) -> Counts | None:
    if not facts.taken_up:
        return None
    received = as_vn(facts.received_at)
    ended = as_vn(facts.ended_at) if facts.ended_at is not None else None
    if period.contains(received):
        new = True
    elif received < period.starts_at and (ended is None or ended >= period.starts_at):
        new = False
    else:
        return None
    counts: dict[str, int] = {}
    if new:
        counts["received_total"] = 1
        counts["received_online" if facts.channel is Channel.ONLINE else "received_desk_or_post"] = 1
        counts["digitised_dossiers"] = int(facts.digitised)
    else:
        counts["carried_over"] = 1
    due = facts.effective_due_at
    assert due is not None  # taken up
    if ended is not None and ended < period.ends_before:
        counts["finished_total"] = 1
        timeliness = classify_finished(ended, due)
        counts[{Timeliness.BEFORE_DUE: "finished_before_due", Timeliness.ON_DUE: "finished_on_due",
                Timeliness.AFTER_DUE: "finished_after_due"}[timeliness]] = 1
        if facts.status in WITH_RESULT:
            counts["results_total"] = 1
            counts["digitised_results"] = int(facts.result_digitised)
    else:
        counts["in_progress_total"] = 1
        paused = facts.status is DossierStatus.SUPPLEMENT_REQUESTED
        timeliness = classify_in_progress(as_of, None if paused else due)
        counts["in_progress_overdue" if timeliness is Timeliness.OVERDUE else "in_progress_in_time"] = 1
    return Counts(**counts)


def _rating_counts(facts: DossierFacts, period: Period) -> Counts | None:
    if facts.rating is None or facts.rated_at is None or not period.contains(facts.rated_at):
        return None
    if facts.rating >= facts.rating_scale:
        key = "ratings_very_satisfied"
    elif facts.rating == facts.rating_scale - 1:
        key = "ratings_satisfied"
    else:
        key = "ratings_dissatisfied"
    return Counts(ratings_total=1, **{key: 1})


def tally(facts: Iterable[DossierFacts], period: Period, *, as_of: datetime, include_training: bool = False,
          generated_at: datetime | None = None) -> Report:
    """The statistics by the plain rules above, one dossier at a time: the reference the SQL must agree with."""
    parts: list[tuple[str, str, Counts]] = []
    for one in facts:
        if one.training and not include_training:
            continue
        for counts in (_counts_of(one, period, as_vn(as_of)), _rating_counts(one, period)):
            if counts is not None:
                parts.append((one.field_code, one.field_name, counts))
    return Report(period, as_vn(as_of), merge_rows(parts), include_training, generated_at).checked()


# --- the layout of Biểu II.06a ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeaderCell:
    """One cell of the form's header grid (row and column from 0; columns 0 and 1 are STT and the field)."""

    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


# The numeric columns in order: (Counts attribute or property, the column number printed under the header).
FORM_VALUE_KEYS: tuple[str, ...] = (
    "taken_up_total", "carried_over", "received_total", "received_online", "received_desk_or_post",
    "finished_total", "finished_before_due", "finished_on_due", "finished_after_due",
    "in_progress_total", "in_progress_in_time", "in_progress_overdue",
)
FORM_HEADER_ROWS = 4  # three rows of labels and one of column numbers
FORM_HEADER: tuple[HeaderCell, ...] = (
    HeaderCell("STT", 0, 0, rowspan=3),
    HeaderCell("Lĩnh vực giải quyết", 0, 1, rowspan=3),
    HeaderCell("Số hồ sơ nhận giải quyết", 0, 2, colspan=5),
    HeaderCell("Kết quả giải quyết", 0, 7, colspan=7),
    HeaderCell("Tổng số", 1, 2, rowspan=2),
    HeaderCell("Từ kỳ trước chuyển qua", 1, 3, rowspan=2),
    HeaderCell("Mới tiếp nhận trong kỳ", 1, 4, colspan=3),
    HeaderCell("Số hồ sơ đã giải quyết", 1, 7, colspan=4),
    HeaderCell("Số hồ sơ đang giải quyết", 1, 11, colspan=3),
    HeaderCell("Tổng số", 2, 4),
    HeaderCell("Trực tuyến", 2, 5),
    HeaderCell("Trực tiếp, dịch vụ bưu chính", 2, 6),
    HeaderCell("Tổng số", 2, 7),
    HeaderCell("Trả trước hạn", 2, 8),
    HeaderCell("Trả đúng hạn", 2, 9),
    HeaderCell("Trả quá hạn", 2, 10),
    HeaderCell("Tổng số", 2, 11),
    HeaderCell("Trong hạn", 2, 12),
    HeaderCell("Quá hạn", 2, 13),
    HeaderCell("(A)", 3, 0),
    HeaderCell("(B)", 3, 1),
    *(HeaderCell(f"({n})", 3, 1 + n) for n in range(1, len(FORM_VALUE_KEYS) + 1)),
)
FORM_COLUMNS = 2 + len(FORM_VALUE_KEYS)
FORM_FORMULAS = "(1) = (2) + (3); (3) = (4) + (5); (1) = (6) + (10); (6) = (7) + (8) + (9); (10) = (11) + (12)"
FORM_NAME = "Biểu số II.06a"
FORM_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
FORM_SUBTITLE = "tại Bộ phận Một cửa"
TOTAL_LABEL = "Tổng cộng"


def form_values(counts: Counts) -> list[int]:
    """The twelve numbers of a row, in the form's column order."""
    return [int(getattr(counts, key)) for key in FORM_VALUE_KEYS]


def counts_from_mapping(values: Mapping[str, Any]) -> Counts:
    """Counts from a JSON row (unknown keys ignored): for reading a report back."""
    return Counts(**{f.name: int(values.get(f.name, 0) or 0) for f in fields(Counts)})


__all__ = [
    "FORM_COLUMNS",
    "FORM_FORMULAS",
    "FORM_HEADER",
    "FORM_HEADER_ROWS",
    "FORM_NAME",
    "FORM_TITLE",
    "FORM_VALUE_KEYS",
    "RATE_FORMULAS",
    "RATE_LABELS",
    "TOTAL_LABEL",
    "Counts",
    "DossierFacts",
    "FieldRow",
    "HeaderCell",
    "Period",
    "PeriodError",
    "PeriodKind",
    "Rate",
    "Rates",
    "Report",
    "ReportInconsistent",
    "counts_from_mapping",
    "form_values",
    "merge_rows",
    "parse_day",
    "parse_month",
    "parse_quarter",
    "parse_year",
    "sort_rows",
    "tally",
]
