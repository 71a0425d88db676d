"""When a dossier is due, and whether it was (or is) on time — domain.md §5.

Rules (the hours are settings, `OfficeHours`, taken from the desk's profile):
1. The effective reception day is the day of reception, or the next working day when the dossier was
   received on a non-working day or later than the cutoff (15:00; 15:00 sharp is still the same day).
2. A "within the day" procedure is due at the close of office hours (17:00) on the effective reception day.
3. A procedure of N working days is due at the close on the N-th working day after the effective day.
4. A procedure of N working hours is due after N hours counted within office hours on working days, from
   the reception (or from the opening of the effective day when received outside office hours or late).
5. Time waiting for a supplement is not counted. Working days used before the request (the request day
   included) are spent; the count starts again from the day the completed dossier is back, treated like a
   new reception (the same cutoff), with the days that were left.
6. The appointment may be moved once (form 04), by an apology sent at least one working day before the due
   date, to a later date.
Classification: a finished dossier is before due (finished on an earlier day than the due day), on due (on
the due day, not later than the due time) or after due; one in progress is in time or overdue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from forms.calendar import WorkingCalendar
from forms.clock import VN_TZ, as_vn
from forms.desk import DeskProfile
from forms.dossier import Dossier
from forms.errors import InvalidInput
from forms.i18n import N_
from forms.processing_time import ProcessingTime, TimeUnit

# Longer than any procedure (the longest commune procedures take a few months); beyond it is a typo.
MAX_WORKING_DAYS = 3650
MAX_WORKING_HOURS = MAX_WORKING_DAYS * 8


class DeadlineError(InvalidInput):
    kind = "deadline"


class RescheduleError(DeadlineError):
    kind = "reschedule"


def _hhmm(value: datetime | time) -> str:
    return value.strftime("%H:%M")


def _dmy(value: datetime | date) -> str:
    return value.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class OfficeHours:
    open: time = time(7, 30)
    close: time = time(17, 0)
    cutoff: time = time(15, 0)  # received later than this: counted from the next working day

    def __post_init__(self) -> None:
        if not self.open < self.close or not self.open <= self.cutoff <= self.close:
            raise DeadlineError(
                N_("Giờ làm việc không hợp lệ: mở cửa {open}, giờ tiếp nhận cuối {cutoff}, đóng cửa {close}"),
                open=_hhmm(self.open), cutoff=_hhmm(self.cutoff), close=_hhmm(self.close),
            )

    @classmethod
    def from_desk(cls, profile: DeskProfile) -> OfficeHours:
        return cls(open=profile.office_open, close=profile.office_close, cutoff=profile.cutoff)

    def opening(self, day: date) -> datetime:
        return datetime.combine(day, self.open, tzinfo=VN_TZ)

    def closing(self, day: date) -> datetime:
        return datetime.combine(day, self.close, tzinfo=VN_TZ)


@dataclass(frozen=True)
class Pause:
    """Waiting for a supplement (form 02): from the request until the completed dossier is back."""

    paused_at: datetime
    resumed_at: datetime | None = None  # None: still waiting


@dataclass(frozen=True)
class Deadline:
    received_at: datetime
    processing_time: ProcessingTime
    effective_day: date  # the effective reception day (rule 1)
    due_at: datetime | None  # None while the dossier waits for a supplement
    paused_working_days: int = 0  # working days not counted because the dossier waited for a supplement

    @property
    def working_days(self) -> int | None:
        """N for a procedure counted in working days; None for within-the-day and hours."""
        return self.processing_time.value if self.processing_time.unit is TimeUnit.WORKING_DAYS else None

    @property
    def waiting(self) -> bool:
        return self.due_at is None


def effective_reception_day(received_at: datetime, calendar: WorkingCalendar,
                            hours: OfficeHours | None = None) -> date:
    """Rule 1: the reception day, or the next working day when received on a day off or after the cutoff."""
    hours = hours or OfficeHours()
    local = as_vn(received_at)
    day = local.date()
    if not calendar.is_working_day(day) or local.time() > hours.cutoff:
        return calendar.next_working_day(day)
    return day


def _check(processing_time: ProcessingTime) -> None:
    limit = MAX_WORKING_HOURS if processing_time.unit is TimeUnit.WORKING_HOURS else MAX_WORKING_DAYS
    if processing_time.unit is not TimeUnit.SAME_DAY and not 0 <= processing_time.value <= limit:
        raise DeadlineError(N_("Thời hạn giải quyết {value} không hợp lệ: phải từ 0 đến {limit}"),
                            value=processing_time.value, limit=limit)


def _ordered(received_at: datetime, pauses: Iterable[Pause]) -> list[tuple[datetime, datetime | None]]:
    ordered = sorted(((as_vn(p.paused_at), as_vn(p.resumed_at) if p.resumed_at else None) for p in pauses),
                     key=lambda pair: pair[0])
    previous = received_at
    for index, (paused, resumed) in enumerate(ordered):
        if paused < previous:
            raise DeadlineError(N_("Lần yêu cầu bổ sung lúc {at} trùng hoặc trước một mốc trước đó ({previous})"),
                                at=f"{_hhmm(paused)} {_dmy(paused)}", previous=f"{_hhmm(previous)} {_dmy(previous)}")
        if resumed is None and index != len(ordered) - 1:
            raise DeadlineError(N_("Chỉ lần yêu cầu bổ sung cuối cùng mới được chưa có ngày nhận lại hồ sơ"))
        if resumed is not None and resumed < paused:
            raise DeadlineError(N_("Ngày nhận lại hồ sơ bổ sung {resumed} trước ngày yêu cầu bổ sung {paused}"),
                                resumed=_dmy(resumed), paused=_dmy(paused))
        previous = resumed or paused
    return ordered


def _due_in_days(received_at: datetime, days: int, calendar: WorkingCalendar, hours: OfficeHours,
                 pauses: list[tuple[datetime, datetime | None]]) -> tuple[datetime | None, int]:
    start = effective_reception_day(received_at, calendar, hours)
    remaining = days
    due_day = calendar.add_working_days(start, remaining)
    paused_days = 0
    for paused, resumed in pauses:
        if paused > hours.closing(due_day):
            break  # asked after the due time had passed: nothing left to stop
        remaining -= calendar.working_days_between(start, paused.date())
        if resumed is None:
            return None, paused_days
        restart = effective_reception_day(resumed, calendar, hours)
        paused_days += calendar.working_days_between(max(start, paused.date()), restart)
        start = restart
        due_day = calendar.add_working_days(start, max(remaining, 0))
    return hours.closing(due_day), paused_days


def _start_of_count(moment: datetime, calendar: WorkingCalendar, hours: OfficeHours) -> datetime:
    day = effective_reception_day(moment, calendar, hours)
    if day != moment.date() or moment < hours.opening(day):
        return hours.opening(day)
    return moment


def _add_office_time(start: datetime, amount: timedelta, calendar: WorkingCalendar,
                     hours: OfficeHours) -> datetime:
    current = start
    while True:
        available = hours.closing(current.date()) - current
        if amount <= available:
            return current + amount
        amount -= available
        current = hours.opening(calendar.next_working_day(current.date()))


def _office_time_between(start: datetime, end: datetime, calendar: WorkingCalendar,
                         hours: OfficeHours) -> timedelta:
    total = timedelta()
    day = start.date()
    while day <= end.date():
        if calendar.is_working_day(day):
            low = max(start, hours.opening(day))
            high = min(end, hours.closing(day))
            if high > low:
                total += high - low
        day += timedelta(days=1)
    return total


def _due_in_hours(received_at: datetime, count: int, calendar: WorkingCalendar, hours: OfficeHours,
                  pauses: list[tuple[datetime, datetime | None]]) -> tuple[datetime | None, int]:
    start = _start_of_count(received_at, calendar, hours)
    remaining = timedelta(hours=count)
    due = _add_office_time(start, remaining, calendar, hours)
    paused_days = 0
    for paused, resumed in pauses:
        if paused >= due:
            break
        remaining -= _office_time_between(start, max(start, paused), calendar, hours)
        if resumed is None:
            return None, paused_days
        restart = _start_of_count(resumed, calendar, hours)
        paused_days += calendar.working_days_between(paused.date(), restart.date())
        start = restart
        due = _add_office_time(start, max(remaining, timedelta()), calendar, hours)
    return due, paused_days


def compute_deadline(received_at: datetime, processing_time: ProcessingTime, *, calendar: WorkingCalendar,
                     hours: OfficeHours | None = None, pauses: Sequence[Pause] = ()) -> Deadline:
    """The due date-time of a dossier; naive datetimes are Vietnamese local time."""
    hours = hours or OfficeHours()
    received = as_vn(received_at)
    _check(processing_time)
    ordered = _ordered(received, pauses)
    if processing_time.unit is TimeUnit.WORKING_HOURS:
        due, paused_days = _due_in_hours(received, processing_time.value, calendar, hours, ordered)
    else:
        days = processing_time.value if processing_time.unit is TimeUnit.WORKING_DAYS else 0
        due, paused_days = _due_in_days(received, days, calendar, hours, ordered)
    return Deadline(received, processing_time, effective_reception_day(received, calendar, hours), due,
                    paused_days)


def due_at(received_at: datetime, processing_time: ProcessingTime, *, calendar: WorkingCalendar,
           hours: OfficeHours | None = None) -> datetime:
    """The due date-time of a dossier that never waited for a supplement."""
    due = compute_deadline(received_at, processing_time, calendar=calendar, hours=hours).due_at
    if due is None:  # unreachable without pauses; kept so a change above cannot return None silently
        raise DeadlineError(N_("Chưa tính được hạn trả kết quả"))
    return due


# --- rescheduling (form 04) -----------------------------------------------------------------------------------

def latest_apology_day(due: datetime, calendar: WorkingCalendar) -> date:
    """The last day the apology can go out: the working day before the due day."""
    return calendar.previous_working_day(as_vn(due).date())


def check_reschedule(*, due: datetime, new_due: datetime, at: datetime, calendar: WorkingCalendar,
                     already_rescheduled: bool) -> datetime:
    """The new appointment (VN time) if the apology may move it; `RescheduleError` in Vietnamese if not."""
    if already_rescheduled:
        raise RescheduleError(N_("Hồ sơ đã được hẹn lại ngày trả kết quả một lần; không được hẹn lại lần nữa"))
    due, new_due, at = as_vn(due), as_vn(new_due), as_vn(at)
    latest = latest_apology_day(due, calendar)
    if at.date() > latest:
        raise RescheduleError(
            N_("Phiếu xin lỗi và hẹn lại phải gửi trước hạn trả ít nhất một ngày làm việc: hạn trả {due}, "
               "chậm nhất ngày {latest}"),
            due=f"{_hhmm(due)} {_dmy(due)}", latest=_dmy(latest),
        )
    if new_due <= due:
        raise RescheduleError(N_("Ngày hẹn trả mới {new} phải sau ngày hẹn cũ {old}"),
                              new=f"{_hhmm(new_due)} {_dmy(new_due)}", old=f"{_hhmm(due)} {_dmy(due)}")
    return new_due


# --- classification -------------------------------------------------------------------------------------------

class Timeliness(StrEnum):
    BEFORE_DUE = "before_due"  # trước hạn (finished)
    ON_DUE = "on_due"  # đúng hạn (finished)
    AFTER_DUE = "after_due"  # quá hạn (finished)
    IN_TIME = "in_time"  # trong hạn (in progress)
    OVERDUE = "overdue"  # quá hạn (in progress)

    @property
    def label(self) -> str:
        return TIMELINESS_LABELS[self]

    @property
    def on_time(self) -> bool:
        return self in (Timeliness.BEFORE_DUE, Timeliness.ON_DUE, Timeliness.IN_TIME)


TIMELINESS_LABELS: dict[Timeliness, str] = {
    Timeliness.BEFORE_DUE: N_("Trước hạn"),
    Timeliness.ON_DUE: N_("Đúng hạn"),
    Timeliness.AFTER_DUE: N_("Quá hạn"),
    Timeliness.IN_TIME: N_("Trong hạn"),
    Timeliness.OVERDUE: N_("Quá hạn"),
}


def classify_finished(finished_at: datetime, due: datetime) -> Timeliness:
    finished, due = as_vn(finished_at), as_vn(due)
    if finished > due:
        return Timeliness.AFTER_DUE
    return Timeliness.BEFORE_DUE if finished.date() < due.date() else Timeliness.ON_DUE


def classify_in_progress(now: datetime, due: datetime | None) -> Timeliness:
    """In time or overdue; a dossier waiting for a supplement (no due date) is in time."""
    if due is None:
        return Timeliness.IN_TIME
    return Timeliness.OVERDUE if as_vn(now) > as_vn(due) else Timeliness.IN_TIME


def classify(due: datetime | None, *, finished_at: datetime | None = None,
             now: datetime | None = None) -> Timeliness:
    if finished_at is not None:
        if due is None:
            raise DeadlineError(N_("Hồ sơ đã xong nhưng không có hạn trả kết quả để so sánh"))
        return classify_finished(finished_at, due)
    if now is None:
        raise DeadlineError(N_("Cần thời điểm hiện tại để xếp loại hồ sơ đang giải quyết"))
    return classify_in_progress(now, due)


def classify_dossier(dossier: Dossier, now: datetime) -> Timeliness:
    """The dossier against its effective appointment (the rescheduled one, once moved)."""
    return classify(dossier.effective_due_at, finished_at=dossier.finished_at, now=now)


def is_due_soon(due: datetime | None, now: datetime, calendar: WorkingCalendar, *, working_days: int = 1) -> bool:
    """Still in time, and due today or within the next `working_days` working days (for the desk's filters)."""
    if due is None or classify_in_progress(now, due) is Timeliness.OVERDUE:
        return False
    today = as_vn(now).date()
    horizon = calendar.add_working_days(calendar.next_working_day(today, include=True), working_days)
    return as_vn(due).date() <= horizon
