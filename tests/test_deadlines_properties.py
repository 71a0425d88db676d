"""Properties of the deadline rules over random receptions in 2025–2027 (holidays, make-up days included)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from forms.calendar import WorkingCalendar
from forms.clock import VN_TZ
from forms.deadlines import OfficeHours, Pause, compute_deadline, effective_reception_day
from forms.processing_time import ProcessingTime, TimeUnit

CAL = WorkingCalendar()
HOURS = OfficeHours()

moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=VN_TZ))
counts = st.integers(min_value=0, max_value=45)


def days(n: int) -> ProcessingTime:
    return ProcessingTime(TimeUnit.WORKING_DAYS, n)


def _due(received: datetime, n: int) -> datetime:
    due = compute_deadline(received, days(n), calendar=CAL).due_at
    assert due is not None
    return due


@settings(max_examples=300, deadline=None)
@given(received=moments, n=counts)
def test_due_is_the_close_of_the_nth_working_day_after_the_effective_day(received: datetime, n: int) -> None:
    due = _due(received, n)
    effective = effective_reception_day(received, CAL)
    assert CAL.is_working_day(effective)
    assert CAL.is_working_day(due.date())
    assert due.timetz() == time(17, 0, tzinfo=VN_TZ)
    assert CAL.working_days_between(effective, due.date()) == n
    assert due > received


@settings(max_examples=300, deadline=None)
@given(received=moments)
def test_effective_day_is_the_first_working_day_that_may_count(received: datetime) -> None:
    effective = effective_reception_day(received, CAL)
    same_day = CAL.is_working_day(received.date()) and received.time() <= time(15, 0)
    assert (effective == received.date()) is same_day
    # No working day is skipped between the reception and the effective day.
    assert CAL.working_days_between(received.date(), effective - timedelta(days=1)) == 0


@settings(max_examples=200, deadline=None)
@given(received=moments, n=counts, later=st.integers(min_value=1, max_value=60 * 24 * 10))
def test_due_dates_are_monotonic(received: datetime, n: int, later: int) -> None:
    assert _due(received, n + 1) > _due(received, n)
    assert _due(received + timedelta(minutes=later), n) >= _due(received, n)


@settings(max_examples=200, deadline=None)
@given(received=moments, n=st.integers(min_value=2, max_value=30), used=st.integers(min_value=0, max_value=1),
       waited=st.integers(min_value=0, max_value=10))
def test_a_supplement_wait_shifts_the_due_date_by_the_working_days_waited(received: datetime, n: int, used: int,
                                                                          waited: int) -> None:
    effective = effective_reception_day(received, CAL)
    asked_day = CAL.add_working_days(effective, used)
    back_day = CAL.add_working_days(asked_day, waited)
    asked = max(received, datetime.combine(asked_day, time(9, 0), tzinfo=VN_TZ))
    back = datetime.combine(back_day, time(9, 0), tzinfo=VN_TZ)
    if back < asked:
        back = asked
    result = compute_deadline(received, days(n), calendar=CAL, pauses=[Pause(asked, back)])
    assert result.due_at is not None
    plain = _due(received, n)
    assert CAL.working_days_between(plain.date(), result.due_at.date()) == waited
    assert result.paused_working_days == waited


@settings(max_examples=200, deadline=None)
@given(received=moments, hours=st.integers(min_value=0, max_value=80))
def test_working_hours_are_counted_inside_office_hours_only(received: datetime, hours: int) -> None:
    due = compute_deadline(received, ProcessingTime(TimeUnit.WORKING_HOURS, hours), calendar=CAL).due_at
    assert due is not None
    assert CAL.is_working_day(due.date())
    assert time(7, 30) <= due.time() <= time(17, 0)
    # Sum the office time from the start of the count to the due time, day by day.
    effective = effective_reception_day(received, CAL)
    start = received if effective == received.date() else HOURS.opening(effective)
    start = max(start, HOURS.opening(start.date()))
    total = timedelta()
    day: date = start.date()
    while day <= due.date():
        if CAL.is_working_day(day):
            low, high = max(start, HOURS.opening(day)), min(due, HOURS.closing(day))
            total += max(high - low, timedelta())
        day += timedelta(days=1)
    assert total == timedelta(hours=hours)
