"""Working calendar and deadline rules of domain.md §5, on real Vietnamese holidays of 2025–2026."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from forms.calendar import CalendarError, CalendarOverride, WorkingCalendar, overrides_from_document
from forms.clock import VN_TZ
from forms.deadlines import (
    DeadlineError,
    OfficeHours,
    Pause,
    RescheduleError,
    Timeliness,
    check_reschedule,
    classify,
    classify_dossier,
    compute_deadline,
    due_at,
    effective_reception_day,
    is_due_soon,
    latest_apology_day,
)
from forms.desk import DeskProfile
from forms.dossier import Applicant, Dossier
from forms.processing_time import ProcessingTime, TimeUnit

CAL = WorkingCalendar()


def vn(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=VN_TZ)


def days(n: int) -> ProcessingTime:
    return ProcessingTime(TimeUnit.WORKING_DAYS, n)


SAME_DAY = ProcessingTime(TimeUnit.SAME_DAY)


def due(received: str, time_: ProcessingTime, calendar: WorkingCalendar = CAL, **kw: object) -> str:
    result = compute_deadline(vn(received), time_, calendar=calendar, **kw)  # type: ignore[arg-type]
    assert result.due_at is not None
    return result.due_at.strftime("%Y-%m-%dT%H:%M")


# --- the calendar --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 1, 24), True), (date(2025, 1, 27), False), (date(2025, 1, 29), False),
        (date(2025, 1, 31), False), (date(2025, 2, 3), True),  # Tết Ất Tỵ: 27–31/1 off
        (date(2026, 2, 13), True), (date(2026, 2, 16), False), (date(2026, 2, 20), False),
        (date(2026, 2, 23), True),  # Tết Bính Ngọ
        (date(2025, 4, 7), False),  # Giỗ Tổ Hùng Vương 10/3 âm lịch
        (date(2026, 4, 27), False),  # Hùng Kings on Sunday 26/4/2026 → Monday off
        (date(2025, 4, 26), True), (date(2025, 4, 30), False), (date(2025, 5, 1), False),
        (date(2025, 5, 2), False),  # swapped with the make-up Saturday 26/4/2025
        (date(2025, 9, 1), False), (date(2025, 9, 2), False), (date(2025, 9, 3), True),  # two-day National Day
        (date(2026, 8, 22), True), (date(2026, 8, 31), False), (date(2026, 9, 1), False), (date(2026, 9, 2), False),
        (date(2025, 11, 24), True), (date(2026, 11, 24), False),  # Ngày Văn hóa Việt Nam from 2026
        (date(2025, 5, 3), False), (date(2025, 5, 4), False), (date(2025, 5, 5), True),  # plain weekend
        (date(2026, 1, 1), False),
    ],
)
def test_national_working_days(day: date, working: bool) -> None:
    assert CAL.is_working_day(day) is working


def test_day_off_reasons_are_vietnamese() -> None:
    assert CAL.day_off_reason(date(2026, 2, 17)) == "Tết Nguyên Đán"
    assert CAL.day_off_reason(date(2025, 5, 3)) == "Cuối tuần"
    assert CAL.day_off_reason(date(2025, 5, 5)) is None


def test_province_overrides_win_over_the_national_calendar() -> None:
    calendar = WorkingCalendar([
        CalendarOverride(date(2025, 9, 3), working=False, note="Nghỉ bù theo QĐ của tỉnh"),
        CalendarOverride(date(2025, 9, 6), working=True, note="Thứ Bảy làm bù"),
        CalendarOverride(date(2025, 9, 2), working=True),
    ])
    assert not calendar.is_working_day(date(2025, 9, 3))
    assert calendar.is_working_day(date(2025, 9, 6))
    assert calendar.is_working_day(date(2025, 9, 2))
    assert calendar.day_off_reason(date(2025, 9, 3)) == "Nghỉ bù theo QĐ của tỉnh"
    assert CAL.is_working_day(date(2025, 9, 3))  # the national calendar is untouched


def test_overrides_from_the_portal_document_and_plain_mappings() -> None:
    overrides = overrides_from_document({"items": [
        {"Ngay": "20250903", "LamViec": False, "GhiChu": "nghỉ"},
        {"day": "2025-09-06", "working": True, "note": ""},
    ]})
    assert [(o.day, o.working) for o in overrides] == [(date(2025, 9, 3), False), (date(2025, 9, 6), True)]
    assert overrides_from_document(None) == ()
    with pytest.raises(CalendarError):
        CalendarOverride.from_mapping({"Ngay": "03/09/2025", "LamViec": False, "GhiChu": ""})
    with pytest.raises(CalendarError):
        CalendarOverride.from_mapping({"Ngay": "20250903", "LamViec": "no", "GhiChu": ""})
    with pytest.raises(CalendarError):
        overrides_from_document({"items": "nope"})


def test_years_outside_the_holiday_tables_are_refused_not_guessed() -> None:
    with pytest.raises(CalendarError):
        CAL.is_working_day(date(2101, 1, 3))
    with pytest.raises(CalendarError):
        CAL.is_working_day(date(1990, 1, 3))


def test_counting_helpers() -> None:
    assert CAL.next_working_day(date(2025, 4, 24)) == date(2025, 4, 25)
    assert CAL.next_working_day(date(2025, 4, 27), include=True) == date(2025, 4, 28)
    assert CAL.previous_working_day(date(2025, 4, 28)) == date(2025, 4, 26)
    assert CAL.add_working_days(date(2025, 4, 24), 0) == date(2025, 4, 24)
    assert CAL.working_days_between(date(2025, 4, 24), date(2025, 5, 6)) == 6  # 25, 26, 28, 29, 5, 6
    with pytest.raises(CalendarError):
        CAL.add_working_days(date(2025, 4, 24), -1)


# --- rule 1: the effective reception day ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("received", "effective"),
    [
        ("2025-04-24T10:00", date(2025, 4, 24)),
        ("2025-04-24T15:00", date(2025, 4, 24)),  # 15:00 sharp is the same day
        ("2025-04-24T15:00:01", date(2025, 4, 25)),
        ("2025-04-24T15:01", date(2025, 4, 25)),
        ("2025-04-24T06:45", date(2025, 4, 24)),  # before opening: still that day
        ("2025-04-26T10:00", date(2025, 4, 26)),  # make-up Saturday is a working day
        ("2025-05-03T09:00", date(2025, 5, 5)),  # ordinary Saturday
        ("2025-04-29T16:00", date(2025, 5, 5)),  # late on the eve of 30/4–2/5 and the weekend
        ("2025-01-24T15:30", date(2025, 2, 3)),  # late on the last day before Tết
    ],
)
def test_effective_reception_day(received: str, effective: date) -> None:
    assert effective_reception_day(vn(received), CAL) == effective


# --- rules 2 and 3 ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("received", "time_", "expected"),
    [
        ("2025-04-24T10:00", days(3), "2025-04-28T17:00"),  # domain.md's example: Fri 25, Sat 26, Mon 28
        ("2025-04-24T15:30", days(3), "2025-04-29T17:00"),
        ("2025-04-24T15:00", days(3), "2025-04-28T17:00"),
        ("2025-04-24T10:00", days(5), "2025-05-05T17:00"),  # 30/4, 1/5, 2/5 off
        ("2025-01-24T10:00", days(3), "2025-02-05T17:00"),  # Tết Ất Tỵ
        ("2026-02-12T14:00", days(2), "2026-02-23T17:00"),  # Fri 13, [Tết 16–20], Mon 23
        ("2025-08-29T10:00", days(2), "2025-09-04T17:00"),  # 1/9 and 2/9 off
        ("2026-08-20T10:00", days(3), "2026-08-24T17:00"),  # Fri 21, Sat 22 (make-up), Mon 24
        ("2026-08-28T10:00", days(1), "2026-09-03T17:00"),  # 31/8 swapped, 1–2/9 off
        ("2026-11-23T10:00", days(1), "2026-11-25T17:00"),  # 24/11/2026 off
        ("2025-11-21T10:00", days(1), "2025-11-24T17:00"),  # 24/11/2025 still worked
        ("2025-05-03T09:00", days(1), "2025-05-06T17:00"),  # received on Saturday: counted from Monday
        ("2025-04-24T10:00", days(0), "2025-04-24T17:00"),
        ("2025-04-24T10:00", SAME_DAY, "2025-04-24T17:00"),
        ("2025-04-24T15:00", SAME_DAY, "2025-04-24T17:00"),
        ("2025-04-24T16:00", SAME_DAY, "2025-04-25T17:00"),  # after 15:00: next working day
        ("2025-04-25T16:00", SAME_DAY, "2025-04-26T17:00"),  # … which may be a make-up Saturday
        ("2025-04-29T15:30", SAME_DAY, "2025-05-05T17:00"),
        ("2025-05-04T10:00", SAME_DAY, "2025-05-05T17:00"),  # received on Sunday
    ],
)
def test_due_dates(received: str, time_: ProcessingTime, expected: str) -> None:
    assert due(received, time_) == expected


def test_province_day_off_moves_the_due_date() -> None:
    calendar = WorkingCalendar([CalendarOverride(date(2025, 4, 28), working=False)])
    assert due("2025-04-24T10:00", days(3), calendar) == "2025-04-29T17:00"


def test_office_hours_are_settings_from_the_desk_profile() -> None:
    hours = OfficeHours.from_desk(DeskProfile(office_open=time(8, 0), office_close=time(16, 30),
                                              cutoff=time(16, 0)))
    assert due("2025-04-24T15:30", days(3), hours=hours) == "2025-04-28T16:30"
    assert due("2025-04-24T16:10", days(3), hours=hours) == "2025-04-29T16:30"


@pytest.mark.parametrize(("open_", "cutoff", "close"), [
    (time(17, 0), time(15, 0), time(8, 0)), (time(8, 0), time(18, 0), time(17, 0)), (time(16, 0), time(15, 0), time(17, 0)),
])
def test_impossible_office_hours_are_refused(open_: time, cutoff: time, close: time) -> None:
    with pytest.raises(DeadlineError):
        OfficeHours(open=open_, close=close, cutoff=cutoff)


def test_naive_input_is_vietnam_time_and_aware_input_is_converted() -> None:
    naive = compute_deadline(datetime(2025, 4, 24, 15, 30), days(3), calendar=CAL)
    utc = compute_deadline(datetime(2025, 4, 24, 8, 30, tzinfo=UTC), days(3), calendar=CAL)
    assert naive.due_at == utc.due_at == vn("2025-04-29T17:00")
    assert naive.due_at is not None and naive.due_at.utcoffset() is not None


def test_due_at_shortcut_and_reported_working_days() -> None:
    assert due_at(vn("2025-04-24T10:00"), days(3), calendar=CAL) == vn("2025-04-28T17:00")
    assert compute_deadline(vn("2025-04-24T10:00"), days(3), calendar=CAL).working_days == 3
    assert compute_deadline(vn("2025-04-24T10:00"), SAME_DAY, calendar=CAL).working_days is None


def test_unreasonable_processing_times_are_refused() -> None:
    with pytest.raises(DeadlineError):
        compute_deadline(vn("2025-04-24T10:00"), days(-1), calendar=CAL)
    with pytest.raises(DeadlineError):
        compute_deadline(vn("2025-04-24T10:00"), days(100_000), calendar=CAL)


# --- rule 4: working hours --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("received", "hours", "expected"),
    [
        ("2025-04-24T10:00", 4, "2025-04-24T14:00"),
        ("2025-04-24T14:00", 3, "2025-04-24T17:00"),  # ends exactly at the close
        ("2025-04-24T14:00", 8, "2025-04-25T12:30"),  # 3 h today, 5 h from 07:30 tomorrow
        ("2025-04-24T06:00", 2, "2025-04-24T09:30"),  # before opening: from 07:30
        ("2025-04-24T15:30", 2, "2025-04-25T09:30"),  # after the cutoff: from tomorrow's opening
        ("2025-04-29T14:00", 6, "2025-05-05T10:30"),  # 3 h on 29/4, then the holidays and the weekend
    ],
)
def test_working_hours(received: str, hours: int, expected: str) -> None:
    assert due(received, ProcessingTime(TimeUnit.WORKING_HOURS, hours)) == expected


# --- rule 5: waiting for a supplement ------------------------------------------------------------------------

def test_supplement_wait_is_not_counted() -> None:
    # Received Thu 24/4, 3 days (due Mon 28). Supplement asked Fri 25 (1 day used), completed dossier back
    # Tue 29 09:00: 2 days left from Tue 29 → Mon 5/5 (30/4–2/5 off, weekend) and Tue 6/5.
    result = compute_deadline(vn("2025-04-24T10:00"), days(3), calendar=CAL,
                              pauses=[Pause(vn("2025-04-25T10:00"), vn("2025-04-29T09:00"))])
    assert result.due_at == vn("2025-05-06T17:00")
    # Sat 26, Mon 28 and Tue 29: the return day is day zero of the restarted count, like a reception day.
    assert result.paused_working_days == 3
    assert CAL.working_days_between(vn("2025-04-28T17:00").date(), result.due_at.date()) == 3


def test_still_waiting_has_no_due_date() -> None:
    result = compute_deadline(vn("2025-04-24T10:00"), days(3), calendar=CAL,
                              pauses=[Pause(vn("2025-04-25T10:00"))])
    assert result.due_at is None and result.waiting


def test_supplement_back_after_the_cutoff_restarts_the_next_working_day() -> None:
    result = compute_deadline(vn("2025-04-24T10:00"), days(3), calendar=CAL,
                              pauses=[Pause(vn("2025-04-25T10:00"), vn("2025-05-05T15:30"))])
    assert result.due_at == vn("2025-05-08T17:00")  # 2 days left from Tue 6/5: Wed 7, Thu 8


def test_a_request_after_the_due_time_changes_nothing() -> None:
    result = compute_deadline(vn("2025-04-24T10:00"), days(3), calendar=CAL,
                              pauses=[Pause(vn("2025-04-29T09:00"), vn("2025-05-06T09:00"))])
    assert result.due_at == vn("2025-04-28T17:00")


def test_same_day_procedure_waiting_for_a_supplement() -> None:
    result = compute_deadline(vn("2025-04-24T10:00"), SAME_DAY, calendar=CAL,
                              pauses=[Pause(vn("2025-04-24T11:00"), vn("2025-04-25T08:00"))])
    assert result.due_at == vn("2025-04-25T17:00")


def test_working_hours_waiting_for_a_supplement() -> None:
    # 8 h from Thu 10:00: 2 h used before the 12:00 request; back Fri 09:00 → 6 h more → 15:00 Fri.
    result = compute_deadline(vn("2025-04-24T10:00"), ProcessingTime(TimeUnit.WORKING_HOURS, 8), calendar=CAL,
                              pauses=[Pause(vn("2025-04-24T12:00"), vn("2025-04-25T09:00"))])
    assert result.due_at == vn("2025-04-25T15:00")


def test_two_supplement_requests_are_both_excluded() -> None:
    result = compute_deadline(vn("2025-05-05T10:00"), days(5), calendar=CAL, pauses=[
        Pause(vn("2025-05-06T10:00"), vn("2025-05-08T10:00")),  # 1 used (Tue 6), restart Thu 8: 4 left
        Pause(vn("2025-05-09T10:00"), vn("2025-05-13T10:00")),  # 1 used (Fri 9), restart Tue 13: 3 left
    ])
    assert result.due_at == vn("2025-05-16T17:00")


@pytest.mark.parametrize("pauses", [
    [Pause(vn("2025-04-23T10:00"), vn("2025-04-25T10:00"))],  # before the reception
    [Pause(vn("2025-04-25T10:00"), vn("2025-04-25T09:00"))],  # back before it was asked
    [Pause(vn("2025-04-25T10:00")), Pause(vn("2025-04-28T10:00"), vn("2025-04-29T10:00"))],  # open one first
    [Pause(vn("2025-04-25T10:00"), vn("2025-04-29T10:00")), Pause(vn("2025-04-28T10:00"), None)],  # overlap
])
def test_impossible_pauses_are_refused(pauses: list[Pause]) -> None:
    with pytest.raises(DeadlineError):
        compute_deadline(vn("2025-04-24T10:00"), days(3), calendar=CAL, pauses=pauses)


# --- rule 6: one reschedule, at least one working day ahead ------------------------------------------------

def test_apology_deadline_is_the_working_day_before_the_due_day() -> None:
    assert latest_apology_day(vn("2025-04-28T17:00"), CAL) == date(2025, 4, 26)  # make-up Saturday
    assert latest_apology_day(vn("2025-05-05T17:00"), CAL) == date(2025, 4, 29)


def test_reschedule_rules() -> None:
    old, new = vn("2025-05-06T17:00"), vn("2025-05-12T17:00")
    assert check_reschedule(due=old, new_due=new, at=vn("2025-05-05T16:59"), calendar=CAL,
                            already_rescheduled=False) == new
    with pytest.raises(RescheduleError, match="ít nhất một ngày làm việc"):
        check_reschedule(due=old, new_due=new, at=vn("2025-05-06T08:00"), calendar=CAL, already_rescheduled=False)
    with pytest.raises(RescheduleError, match="một lần"):
        check_reschedule(due=old, new_due=new, at=vn("2025-05-02T08:00"), calendar=CAL, already_rescheduled=True)
    with pytest.raises(RescheduleError, match="phải sau"):
        check_reschedule(due=old, new_due=old, at=vn("2025-05-02T08:00"), calendar=CAL, already_rescheduled=False)


def test_an_apology_on_the_sunday_before_a_monday_due_date_is_too_late() -> None:
    with pytest.raises(RescheduleError):
        check_reschedule(due=vn("2025-05-12T17:00"), new_due=vn("2025-05-20T17:00"), at=vn("2025-05-11T10:00"),
                         calendar=CAL, already_rescheduled=False)


# --- classification -----------------------------------------------------------------------------------------

DUE = vn("2025-04-28T17:00")


@pytest.mark.parametrize(
    ("finished", "expected"),
    [
        ("2025-04-25T09:00", Timeliness.BEFORE_DUE),
        ("2025-04-27T23:59", Timeliness.BEFORE_DUE),
        ("2025-04-28T08:00", Timeliness.ON_DUE),
        ("2025-04-28T17:00", Timeliness.ON_DUE),
        ("2025-04-28T17:01", Timeliness.AFTER_DUE),
        ("2025-05-05T09:00", Timeliness.AFTER_DUE),
    ],
)
def test_finished_dossiers(finished: str, expected: Timeliness) -> None:
    assert classify(DUE, finished_at=vn(finished)) is expected


def test_dossiers_in_progress() -> None:
    assert classify(DUE, now=vn("2025-04-28T17:00")) is Timeliness.IN_TIME
    assert classify(DUE, now=vn("2025-04-28T17:01")) is Timeliness.OVERDUE
    assert classify(None, now=vn("2026-01-01T00:00")) is Timeliness.IN_TIME  # waiting for a supplement
    assert Timeliness.OVERDUE.label == "Quá hạn" and Timeliness.BEFORE_DUE.label == "Trước hạn"
    assert Timeliness.ON_DUE.on_time and not Timeliness.AFTER_DUE.on_time
    with pytest.raises(DeadlineError):
        classify(None, finished_at=DUE)
    with pytest.raises(DeadlineError):
        classify(DUE)


def test_due_soon_filter() -> None:
    assert is_due_soon(DUE, vn("2025-04-28T08:00"), CAL, working_days=0)
    assert not is_due_soon(DUE, vn("2025-04-25T08:00"), CAL, working_days=0)
    assert is_due_soon(DUE, vn("2025-04-26T08:00"), CAL, working_days=1)  # make-up Saturday, due Monday
    assert not is_due_soon(DUE, vn("2025-04-28T17:30"), CAL)  # overdue is not "soon"
    assert not is_due_soon(None, vn("2025-04-28T08:00"), CAL)


def test_a_rescheduled_dossier_is_judged_against_its_new_date() -> None:
    dossier = Dossier(code="X", procedure_code="1.001193", procedure_name="Đăng ký khai sinh",
                      catalogue_version="1", applicant=Applicant(full_name="A"), received_at=vn("2025-04-24T10:00"),
                      due_at=DUE, rescheduled_due_at=vn("2025-05-06T17:00"), finished_at=vn("2025-05-05T10:00"))
    assert classify_dossier(dossier, vn("2025-05-07T10:00")) is Timeliness.BEFORE_DUE
