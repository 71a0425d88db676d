"""forms.reporting: periods, the invariants of a row, the rates and the reference tally (pure, no database)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.clock import VN_TZ
from forms.reporting import (
    FORM_COLUMNS,
    FORM_HEADER,
    FORM_HEADER_ROWS,
    FORM_VALUE_KEYS,
    Counts,
    DossierFacts,
    FieldRow,
    Period,
    PeriodError,
    PeriodKind,
    Rate,
    Report,
    ReportInconsistent,
    form_values,
    parse_day,
    parse_month,
    parse_quarter,
    parse_year,
    tally,
)
from forms.status import Channel, DossierStatus


def at(y: int, m: int, d: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=VN_TZ)


# --- periods ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("period", "start", "end", "label"), [
    (Period.month(2026, 2), date(2026, 2, 1), date(2026, 2, 28), "Tháng 2 năm 2026"),
    (Period.month(2024, 2), date(2024, 2, 1), date(2024, 2, 29), "Tháng 2 năm 2024"),
    (Period.quarter(2026, 3), date(2026, 7, 1), date(2026, 9, 30), "Quý III năm 2026"),
    (Period.quarter(2026, 4), date(2026, 10, 1), date(2026, 12, 31), "Quý IV năm 2026"),
    (Period.half_year(2026), date(2026, 1, 1), date(2026, 6, 30), "6 tháng đầu năm 2026"),
    (Period.half_year(2026, 2), date(2026, 7, 1), date(2026, 12, 31), "6 tháng cuối năm 2026"),
    (Period.nine_months(2026), date(2026, 1, 1), date(2026, 9, 30), "9 tháng năm 2026"),
    (Period.year(2026), date(2026, 1, 1), date(2026, 12, 31), "Năm 2026"),
    # Decree 09/2019 art. 12: from the 15th before to the 14th
    (Period.month(2026, 1, statutory=True), date(2025, 12, 15), date(2026, 1, 14), "Tháng 1 năm 2026"),
    (Period.quarter(2026, 3, statutory=True), date(2026, 6, 15), date(2026, 9, 14), "Quý III năm 2026"),
    (Period.half_year(2026, statutory=True), date(2025, 12, 15), date(2026, 6, 14), "6 tháng đầu năm 2026"),
    (Period.nine_months(2026, statutory=True), date(2025, 12, 15), date(2026, 9, 14), "9 tháng năm 2026"),
    (Period.year(2026, statutory=True), date(2025, 12, 15), date(2026, 12, 14), "Năm 2026"),
])
def test_named_periods(period: Period, start: date, end: date, label: str) -> None:
    assert (period.start, period.end, period.label) == (start, end, label)


def test_a_period_runs_from_midnight_to_midnight_in_vietnam() -> None:
    july = Period.month(2025, 7)
    assert july.starts_at == datetime(2025, 7, 1, tzinfo=VN_TZ)
    assert july.ends_before == datetime(2025, 8, 1, tzinfo=VN_TZ)
    assert july.contains(datetime(2025, 7, 31, 23, 59, 59, 999999, tzinfo=VN_TZ))
    assert not july.contains(datetime(2025, 8, 1, tzinfo=VN_TZ))
    # 30 June 17:30 UTC is already 1 July 00:30 in Vietnam
    assert july.contains(datetime.fromisoformat("2025-06-30T17:30:00+00:00"))
    assert july.days == 31
    assert july.describe() == "Tháng 7 năm 2025 (từ ngày 01/07/2025 đến ngày 31/07/2025)"
    assert Period.between(date(2025, 7, 2), date(2025, 7, 9)).describe() == (
        "Từ ngày 02/07/2025 đến ngày 09/07/2025")


def test_dossiers_in_progress_are_judged_at_the_period_end_or_now() -> None:
    july = Period.month(2025, 7)
    assert july.judging_moment(at(2025, 7, 10)) == at(2025, 7, 10)
    assert july.judging_moment(at(2025, 9, 1)) == july.ends_before


@pytest.mark.parametrize(("call", "fragment"), [
    (lambda: Period.month(2026, 13), "Tháng 13"),
    (lambda: Period.quarter(2026, 5), "Quý 5"),
    (lambda: Period.half_year(2026, 3), "Nửa năm"),
    (lambda: Period.year(1800), "Năm 1800"),
    (lambda: Period.between(date(2026, 5, 2), date(2026, 5, 1)), "trước ngày bắt đầu"),
    (lambda: Period.between(date(1990, 1, 1), date(2100, 1, 1)), "quá dài"),
    (lambda: parse_month("10/2026"), "YYYY-MM"),
    (lambda: parse_quarter("2026-Q5"), "YYYY-Qn"),
    (lambda: parse_year("26"), "YYYY"),
    (lambda: parse_day("2026-02-30"), "YYYY-MM-DD"),
])
def test_bad_periods_say_so_in_vietnamese(call: object, fragment: str) -> None:
    with pytest.raises(PeriodError) as refused:
        call()  # type: ignore[operator]
    assert fragment in str(refused.value)


def test_period_shortcuts_parse() -> None:
    assert parse_month("2026-10") == Period.month(2026, 10)
    assert parse_quarter("2026-Q3") == parse_quarter("2026q3") == Period.quarter(2026, 3)
    assert parse_year(" 2026 ") == 2026
    assert Period.month(2026, 10).to_json() == {"from": "2026-10-01", "to": "2026-10-31", "kind": "month",
                                               "label": "Tháng 10 năm 2026 (từ ngày 01/10/2026 đến ngày 31/10/2026)",
                                               "statutory": False}
    assert Period.between(date(2026, 1, 1), date(2026, 1, 2)).kind is PeriodKind.RANGE


# --- rows, invariants, rates -----------------------------------------------------------------------------

GOOD = Counts(received_total=10, received_online=3, received_desk_or_post=7, carried_over=2, finished_total=9,
              finished_before_due=5, finished_on_due=3, finished_after_due=1, in_progress_total=3,
              in_progress_in_time=2, in_progress_overdue=1, digitised_dossiers=4, results_total=8,
              digitised_results=2, ratings_total=6, ratings_very_satisfied=3, ratings_satisfied=2,
              ratings_dissatisfied=1)


def test_a_consistent_row_breaks_no_invariant() -> None:
    assert GOOD.broken_invariants() == []
    assert GOOD.taken_up_total == 12


@pytest.mark.parametrize(("change", "invariant"), [
    ({"received_online": 4}, "received_total = received_online + received_desk_or_post"),
    ({"finished_on_due": 2}, "finished_total = finished_before_due + finished_on_due + finished_after_due"),
    ({"in_progress_overdue": 0}, "in_progress_total = in_progress_in_time + in_progress_overdue"),
    ({"carried_over": 3}, "received_total + carried_over = finished_total + in_progress_total"),
    ({"ratings_dissatisfied": 2}, "ratings_total = ratings_very_satisfied + ratings_satisfied + ratings_dissatisfied"),
    ({"digitised_dossiers": 11}, "digitised_dossiers <= received_total"),
    ({"digitised_results": 9}, "digitised_results <= results_total"),
    ({"results_total": 10, "digitised_results": 2}, "results_total <= finished_total"),
])
def test_each_invariant_is_checked(change: dict[str, int], invariant: str) -> None:
    broken = Counts(**{f.name: change.get(f.name, getattr(GOOD, f.name)) for f in fields(Counts)})
    assert invariant in broken.broken_invariants()


def test_a_report_with_a_broken_row_is_refused() -> None:
    bad = FieldRow("ho-tich", "Hộ tịch", Counts(received_total=1))
    report = Report(Period.month(2025, 7), at(2025, 8, 1), (bad,))
    with pytest.raises(ReportInconsistent) as refused:
        report.checked()
    assert "Hộ tịch: received_total = received_online" in str(refused.value)
    with pytest.raises(ReportInconsistent):
        Report(Period.month(2025, 7), at(2025, 8, 1), (FieldRow("a", "A", GOOD), FieldRow("a", "A", GOOD))).checked()


def test_rates_and_their_vietnamese_percentages() -> None:
    rates = GOOD.rates
    assert rates.on_time == Rate(8, 9)
    assert rates.online_share.value == 0.3
    assert rates.dossier_digitisation.value == 0.4
    assert rates.result_digitisation.value == 0.25
    assert rates.satisfaction.value == 5 / 6
    assert rates.on_time.percent_text() == "88,9%"
    assert Rate(1, 1).percent_text() == "100%"
    assert Rate(0, 0).value is None and Rate(0, 0).percent_text() == "–"
    assert rates.to_json() == {"on_time_rate": 0.888889, "online_share": 0.3, "dossier_digitisation_rate": 0.4,
                               "result_digitisation_rate": 0.25, "satisfaction_rate": 0.833333}


@given(st.lists(st.integers(0, 50), min_size=7, max_size=7))
def test_totals_add_up_rows(values: list[int]) -> None:
    a, b, c, d, e, f, g = values
    row = Counts(received_total=a + b, received_online=a, received_desk_or_post=b, carried_over=c,
                 finished_total=d + e, finished_before_due=d, finished_on_due=e, in_progress_total=a + b + c - d - e,
                 in_progress_in_time=a + b + c - d - e, ratings_total=f + g, ratings_satisfied=f,
                 ratings_dissatisfied=g)
    report = Report(Period.month(2025, 7), at(2025, 8, 1), (FieldRow("x", "X", row), FieldRow("y", "Y", row)))
    total = report.total
    assert total.received_total == 2 * (a + b)
    assert total.ratings_total == 2 * (f + g)
    assert (report.broken_invariants() == []) == (row.in_progress_total >= 0)


def test_the_form_layout_covers_every_column_once() -> None:
    grid: dict[tuple[int, int], str] = {}
    for cell in FORM_HEADER:
        for r in range(cell.row, cell.row + cell.rowspan):
            for c in range(cell.col, cell.col + cell.colspan):
                assert (r, c) not in grid, (cell, grid.get((r, c)))
                grid[(r, c)] = cell.text
    assert set(grid) == {(r, c) for r in range(FORM_HEADER_ROWS) for c in range(FORM_COLUMNS)}
    assert form_values(GOOD) == [12, 2, 10, 3, 7, 9, 5, 3, 1, 3, 2, 1]
    assert len(FORM_VALUE_KEYS) == FORM_COLUMNS - 2


# --- the reference tally, by hand -----------------------------------------------------------------------


def facts(**values: object) -> DossierFacts:
    base: dict[str, object] = dict(field_code="ho-tich", field_name="Hộ tịch", channel=Channel.AT_DESK,
                                   status=DossierStatus.PROCESSING, received_at=at(2025, 7, 7),
                                   due_at=at(2025, 7, 10, 17))
    base.update(values)
    return DossierFacts(**base)  # type: ignore[arg-type]


def test_tally_by_hand() -> None:
    july = Period.month(2025, 7)
    done = dict(status=DossierStatus.RETURNED)
    report = tally([
        facts(channel=Channel.ONLINE, ended_at=at(2025, 7, 9), **done),  # before due
        facts(ended_at=at(2025, 7, 10, 16), **done),  # on due
        facts(ended_at=at(2025, 7, 11), rescheduled_due_at=at(2025, 7, 14, 17), **done),  # before the new due
        facts(ended_at=at(2025, 7, 11), **done),  # after due
        facts(),  # in progress, overdue at the end of July
        facts(status=DossierStatus.SUPPLEMENT_REQUESTED),  # paused: in time
        facts(received_at=at(2025, 6, 20), due_at=at(2025, 6, 25)),  # carried over, overdue
        facts(received_at=at(2025, 6, 20), ended_at=at(2025, 6, 30), **done),  # ended in June: not counted
        facts(status=DossierStatus.REFUSED),  # not taken up
        facts(status=DossierStatus.NEW_ONLINE, due_at=None),  # not received yet
        facts(training=True),  # training
        facts(field_code="chung-thuc", field_name="Chứng thực", status=DossierStatus.RETURNED,
              received_at=at(2025, 6, 20), ended_at=at(2025, 6, 30), rating=3, rated_at=at(2025, 7, 1)),  # only its rating is July's
    ], july, as_of=july.ends_before)
    assert [row.field_code for row in report.rows] == ["chung-thuc", "ho-tich"]
    rated, civil = (row.counts for row in report.rows)
    assert rated == Counts(ratings_total=1, ratings_very_satisfied=1)
    assert civil.received_total == 6 and civil.received_online == 1 and civil.carried_over == 1
    assert (civil.finished_before_due, civil.finished_on_due, civil.finished_after_due) == (2, 1, 1)
    assert (civil.in_progress_in_time, civil.in_progress_overdue) == (1, 2)
    assert civil.results_total == 4
    with_training = tally([facts(training=True)], july, as_of=july.ends_before, include_training=True)
    assert with_training.total.received_total == 1


def test_the_json_document() -> None:
    july = Period.month(2025, 7)
    report = tally([facts(ended_at=at(2025, 7, 9), status=DossierStatus.RETURNED)], july,
                   as_of=july.ends_before, generated_at=at(2025, 8, 2) + timedelta(minutes=5))
    document = report.to_json()
    assert set(document) == {"period", "as_of", "generated_at", "include_training", "rows", "totals", "rates"}
    assert document["as_of"] == "2025-08-01T00:00:00+07:00"
    [row] = document["rows"]
    assert row["field_name"] == "Hộ tịch" and row["finished_before_due"] == 1 and row["taken_up_total"] == 1
    assert document["totals"]["finished_total"] == 1
    assert document["rates"]["on_time_rate"] == 1.0 and document["rates"]["satisfaction_rate"] is None
