"""The SQL statistics (sync.reports) against the plain reference (forms.reporting.tally), and the schema behind.

Dossiers are written through the store's real write paths (tests/reports_fixtures.py); the facts the
reference reads are taken from the histories the tests wrote, not from the database's triggers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.clock import VN_TZ
from forms.reporting import Counts, Period, Report, tally
from forms.status import Channel, DossierStatus
from sync.layout import DataLayout
from sync.reports import LedgerTooLong, ledger_dossiers, period_statistics, statistics
from sync.store import MemoryKeys, Store
from sync.store.migrations import migrate
from tests.reports_fixtures import Case, Outcome, WritePath, write_case
from tests.store_fixtures import (  # noqa: F401  (fixtures)
    Clock,
    InMemoryKeyring,
    memory_keyring_fixture,
    new_desk,
    template_database,
)
from tests.store_migration_samples import SAMPLES

JULY = Period.month(2025, 7)
US = timedelta(microseconds=1)


@contextmanager
def fresh_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Clock]]:
    desk = new_desk(tmp_path_factory.mktemp("reports"), template_database(tmp_path_factory))
    with desk.open() as store:
        yield store, desk.clock


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=VN_TZ)


def the_row(report: Report, field_code: str = "ho-tich") -> Counts:
    [row] = [r for r in report.rows if r.field_code == field_code]
    return row.counts


# --- SQL = reference, over random histories --------------------------------------------------------------

PERIODS = st.sampled_from([
    JULY,
    Period.quarter(2025, 3),
    Period.between(date(2025, 7, 10), date(2025, 7, 12)),
    Period.month(2025, 7, statutory=True),
    Period.between(date(2025, 7, 15), date(2025, 7, 15)),
])


@st.composite
def cases(draw: st.DrawFn, period: Period) -> Case:
    start, end = period.starts_at, period.ends_before
    received = draw(st.one_of(
        st.sampled_from([start, start - US, end, end - US, start + timedelta(hours=8), end - timedelta(hours=7)]),
        st.integers(-30 * 24 * 60, (period.days + 30) * 24 * 60).map(lambda m: start + timedelta(minutes=m)),
    ))
    due_after = draw(st.one_of(st.sampled_from([timedelta(hours=h) for h in (1, 8, 31, 72)]),
                               st.integers(1, 40 * 24 * 60).map(lambda m: timedelta(minutes=m))))
    rescheduled_by = draw(st.one_of(st.none(), st.sampled_from([timedelta(hours=6), timedelta(days=3)])))
    due_in_force = due_after + (rescheduled_by or timedelta(0))
    end_after = draw(st.one_of(
        st.integers(0, 50 * 24 * 60).map(lambda m: timedelta(minutes=m)),
        # at the due time, a microsecond either side, the day before and after
        st.sampled_from([timedelta(0), -US, US, -timedelta(days=1), timedelta(days=1)]).map(
            lambda d: max(timedelta(0), due_in_force + d)),
        # right at the period's edges
        st.sampled_from([start, end, end - US]).map(lambda t: max(timedelta(0), t - received)),
    ))
    outcome = draw(st.sampled_from(list(Outcome)))
    path = draw(st.sampled_from(list(WritePath)))
    return Case(
        received_at=received, due_after=due_after, outcome=outcome, end_after=end_after,
        field=draw(st.integers(0, 4)), channel=draw(st.sampled_from(list(Channel))),
        rescheduled_by=rescheduled_by, path=path, close_event=draw(st.booleans()),
        training=draw(st.integers(0, 9)) == 0, scan_at_reception=draw(st.booleans()),
        result_scan=draw(st.booleans()), rating=draw(st.one_of(st.none(), st.integers(1, 3))),
        rating_scale=draw(st.sampled_from([3, 3, 5])),
        rated_after=draw(st.sampled_from([timedelta(hours=1), timedelta(days=20)])),
        write_delay=draw(st.sampled_from([timedelta(minutes=30), timedelta(days=3), timedelta(days=40)])),
    )


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Period, list[Case], datetime, bool]:
    period = draw(PERIODS)
    drawn = draw(st.lists(cases(period), max_size=18))
    # Levels of the 5-point scale are 1…5: widen the drawn level so every level can occur.
    drawn = [replace(c, rating=c.rating + 2) if c.rating and c.rating_scale == 5 else c for c in drawn]
    now = draw(st.one_of(
        st.just(period.ends_before + timedelta(days=45)),
        st.integers(0, period.days * 24 * 60).map(lambda m: period.starts_at + timedelta(minutes=m)),
    ))
    return period, drawn, now, draw(st.booleans())


@settings(max_examples=45, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(scenario=scenarios())
def test_the_sql_statistics_agree_with_the_reference_tally(
        scenario: tuple[Period, list[Case], datetime, bool], tmp_path_factory: pytest.TempPathFactory,
        memory_keyring: InMemoryKeyring) -> None:
    period, drawn, now, include_training = scenario
    with fresh_store(tmp_path_factory) as (store, clock):
        facts = [write_case(store, clock, case, i) for i, case in enumerate(drawn)]
        got = statistics(store, period, now=now, include_training=include_training)
    want = tally(facts, period, as_of=period.judging_moment(now), include_training=include_training)
    assert got.as_of == want.as_of
    assert got.rows == want.rows
    assert got.broken_invariants() == []


# --- hand-made histories: each rule, stated once ---------------------------------------------------------


@pytest.fixture(name="desk_store")
def desk_store_fixture(tmp_path_factory: pytest.TempPathFactory,
                       memory_keyring: InMemoryKeyring) -> Iterator[tuple[Store, Clock]]:
    with fresh_store(tmp_path_factory) as opened:
        yield opened


def write_all(desk_store: tuple[Store, Clock], *cases: Case) -> None:
    store, clock = desk_store
    for i, case in enumerate(cases):
        write_case(store, clock, case, i)


AFTER_JULY = datetime(2025, 9, 1, tzinfo=VN_TZ)


def test_period_edges_are_midnight_to_midnight(desk_store: tuple[Store, Clock]) -> None:
    write_all(desk_store,
              Case(JULY.starts_at, timedelta(days=2), Outcome.PROCESSING),  # first instant of July
              Case(JULY.ends_before - US, timedelta(days=2), Outcome.PROCESSING),  # last instant
              Case(JULY.ends_before, timedelta(days=2), Outcome.PROCESSING),  # 1 August 00:00: not July
              Case(JULY.starts_at - US, timedelta(days=2), Outcome.RESULT_READY,  # June, finished 1 August
                   end_after=JULY.ends_before - (JULY.starts_at - US)))
    row = the_row(statistics(desk_store[0], JULY, now=AFTER_JULY))
    assert (row.received_total, row.carried_over, row.finished_total, row.in_progress_total) == (2, 1, 0, 3)


def test_carried_over_is_what_was_still_open_when_the_period_began(desk_store: tuple[Store, Clock]) -> None:
    june = at(date(2025, 6, 20))
    write_all(desk_store,
              Case(june, timedelta(days=20), Outcome.RESULT_READY, end_after=timedelta(days=15)),  # ended 5 July
              Case(june, timedelta(days=5), Outcome.RESULT_READY, end_after=timedelta(days=3)),  # ended in June
              Case(june, timedelta(days=5), Outcome.PROCESSING),  # still open: carried over, overdue
              Case(june, timedelta(days=5), Outcome.STOPPED, end_after=timedelta(days=14)))  # stopped 4 July
    row = the_row(statistics(desk_store[0], JULY, now=AFTER_JULY))
    assert row.carried_over == 3
    assert row.received_total == 0
    assert row.finished_total == 2
    assert (row.in_progress_total, row.in_progress_overdue) == (1, 1)
    assert row.received_total + row.carried_over == row.finished_total + row.in_progress_total


def test_before_on_and_after_the_due_time(desk_store: tuple[Store, Clock]) -> None:
    received = at(date(2025, 7, 7), 10)
    due = timedelta(days=3, hours=7)  # Thursday 10 July 17:00
    write_all(desk_store,
              Case(received, due, Outcome.RESULT_READY, end_after=due - timedelta(days=1)),  # the day before
              Case(received, due, Outcome.RESULT_READY, end_after=due - timedelta(hours=1)),  # 16:00 on the day
              Case(received, due, Outcome.RESULT_READY, end_after=due),  # 17:00 sharp: still on time
              Case(received, due, Outcome.RESULT_READY, end_after=due + US),  # a moment late
              Case(received, due, Outcome.RESULT_READY, end_after=due + timedelta(days=1),  # late for the first
                   rescheduled_by=timedelta(days=2)))  # due date, on time for the rescheduled one (before its day)
    row = the_row(statistics(desk_store[0], JULY, now=AFTER_JULY))
    assert (row.finished_before_due, row.finished_on_due, row.finished_after_due) == (2, 2, 1)
    assert statistics(desk_store[0], JULY, now=AFTER_JULY).rates.on_time.percent_text() == "80%"


def test_a_stopped_dossier_ends_when_it_was_stopped_not_when_it_was_written(
        desk_store: tuple[Store, Clock]) -> None:
    received = at(date(2025, 7, 28))
    # Stopped and withdrawn at 23:00 on 31 July; both were written half an hour later, on 1 August.
    write_all(desk_store,
              Case(received, timedelta(days=10), Outcome.STOPPED, end_after=timedelta(days=3, hours=14)),
              Case(received, timedelta(days=10), Outcome.WITHDRAWN, end_after=timedelta(days=3, hours=14),
                   path=WritePath.REMOTE_STEPS, close_event=True))
    store = desk_store[0]
    july, august = statistics(store, JULY, now=AFTER_JULY), statistics(store, Period.month(2025, 8), now=AFTER_JULY)
    assert the_row(july).finished_total == 2
    assert august.rows == ()  # nothing carried into August
    ended = [r[0] for r in store.connection.execute("SELECT ended_at FROM dossiers ORDER BY id")]
    assert ended == ["2025-07-31T23:00:00.000000+07:00"] * 2


def test_a_closed_dossier_without_its_event_ends_when_this_desk_learnt_of_it(
        desk_store: tuple[Store, Clock]) -> None:
    received = at(date(2025, 7, 28))
    write_all(desk_store, Case(received, timedelta(days=10), Outcome.STOPPED, end_after=timedelta(days=3, hours=14),
                               path=WritePath.REMOTE_FINAL, close_event=False))
    # written at 23:30 on 31 July (the fixture's write time): still July
    assert the_row(statistics(desk_store[0], JULY, now=AFTER_JULY)).finished_total == 1


def test_refused_and_not_yet_received_dossiers_are_not_counted(desk_store: tuple[Store, Clock]) -> None:
    received = at(date(2025, 7, 8))
    write_all(desk_store,
              Case(received, timedelta(days=2), Outcome.REFUSED, path=WritePath.REMOTE_FINAL),
              Case(received, timedelta(days=2), Outcome.ONLINE_WAITING, channel=Channel.ONLINE),
              Case(received, timedelta(days=2), Outcome.PROCESSING, channel=Channel.ONLINE),
              Case(received, timedelta(days=2), Outcome.PROCESSING, channel=Channel.POST))
    row = the_row(statistics(desk_store[0], JULY, now=AFTER_JULY))
    assert (row.received_total, row.received_online, row.received_desk_or_post) == (2, 1, 1)


def test_training_dossiers_count_only_when_asked(desk_store: tuple[Store, Clock]) -> None:
    received = at(date(2025, 7, 8))
    write_all(desk_store, Case(received, timedelta(days=2), Outcome.PROCESSING),
              Case(received, timedelta(days=2), Outcome.PROCESSING, training=True))
    store = desk_store[0]
    assert the_row(statistics(store, JULY, now=AFTER_JULY)).received_total == 1
    assert the_row(statistics(store, JULY, now=AFTER_JULY, include_training=True)).received_total == 2


def test_in_progress_is_judged_at_the_end_of_the_period_or_now(desk_store: tuple[Store, Clock]) -> None:
    received = at(date(2025, 7, 21), 8)
    write_all(desk_store,
              Case(received, timedelta(days=3), Outcome.PROCESSING),  # due 24 July 08:00
              Case(received, timedelta(days=3), Outcome.SUPPLEMENT))  # waiting for the citizen: clock paused
    store = desk_store[0]
    during = statistics(store, JULY, now=at(date(2025, 7, 23)))
    after = statistics(store, JULY, now=AFTER_JULY)
    assert during.as_of == at(date(2025, 7, 23))
    assert after.as_of == JULY.ends_before
    assert (the_row(during).in_progress_in_time, the_row(during).in_progress_overdue) == (2, 0)
    assert (the_row(after).in_progress_in_time, the_row(after).in_progress_overdue) == (1, 1)


def test_satisfaction_counts_the_ratings_given_in_the_period(desk_store: tuple[Store, Clock]) -> None:
    def returned(rating: int, **more: Any) -> Case:
        return Case(at(date(2025, 7, 1)), timedelta(days=3), Outcome.RETURNED, end_after=timedelta(days=2),
                    rating=rating, **more)

    write_all(desk_store, returned(3), returned(2), returned(1),
              returned(4, rating_scale=5),  # "satisfied" on the five-level scale
              returned(3, rated_after=timedelta(days=40)))  # rated in August
    report = statistics(desk_store[0], JULY, now=AFTER_JULY)
    total = report.total
    assert (total.ratings_total, total.ratings_very_satisfied, total.ratings_satisfied,
            total.ratings_dissatisfied) == (4, 1, 2, 1)
    assert report.rates.satisfaction.value == 0.75


def test_digitisation_of_dossiers_and_of_results(desk_store: tuple[Store, Clock]) -> None:
    def finished(**more: Any) -> Case:
        return Case(at(date(2025, 7, 1)), timedelta(days=3), Outcome.RESULT_READY, end_after=timedelta(days=1),
                    **more)

    write_all(desk_store,
              finished(scan_at_reception=True),  # a scan, but not of the result
              finished(result_scan=True),
              finished(),
              Case(at(date(2025, 7, 1)), timedelta(days=3), Outcome.STOPPED, result_scan=True))  # no result
    store = desk_store[0]
    report = statistics(store, JULY, now=AFTER_JULY)
    assert (report.total.digitised_dossiers, report.total.received_total) == (3, 4)  # any scan counts
    assert (report.total.digitised_results, report.total.results_total) == (1, 3)
    # Taking the result's scan off the dossier takes it out of the rate.
    [uuid] = [r[0] for r in store.connection.execute("SELECT uuid FROM dossiers WHERE result_digitised = 1")]
    dossier = store.get(uuid)
    store.update_fields(replace(dossier, documents=dossier.documents[:1]), actor="lan")
    assert statistics(store, JULY, now=AFTER_JULY).total.digitised_results == 0


def test_the_statistics_read_only_the_report_indexes(desk_store: tuple[Store, Clock]) -> None:
    """The speed rests on this: every query is a covering-index range, never a table scan nor a sort."""
    from sync import reports

    conn = desk_store[0].connection
    params = {"starts_at": "2025", "ends_before": "2026", "as_of": "2026", "training": 0, "field_code": "ho-tich",
              "field_name": "Hộ tịch"}
    queries = [sql for _new, sql in reports._RANGE_SQL] + [reports._RATINGS_SQL]
    for sql in queries:
        [plan] = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
        assert plan.startswith("SEARCH dossiers USING COVERING INDEX dossiers_report_"), plan
        assert "field_code=? AND field_name=?" in plan, plan
    [plan] = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + reports._NEXT_FIELD, (0, "a", "b"))]
    assert plan == "SEARCH dossiers USING COVERING INDEX dossiers_report_received (training=? AND (field_code,field_name)>(?,?))"


def test_the_ledger_lists_the_dossiers_received_in_order(desk_store: tuple[Store, Clock]) -> None:
    write_all(desk_store,
              Case(at(date(2025, 7, 9)), timedelta(days=2), Outcome.PROCESSING),
              Case(at(date(2025, 7, 2)), timedelta(days=2), Outcome.RETURNED),
              Case(at(date(2025, 7, 3)), timedelta(days=2), Outcome.REFUSED),
              Case(at(date(2025, 8, 3)), timedelta(days=2), Outcome.PROCESSING))
    store = desk_store[0]
    listed = ledger_dossiers(store, JULY)
    assert [d.received_at.date() for d in listed] == [date(2025, 7, 2), date(2025, 7, 9)]
    assert len(listed) == statistics(store, JULY, now=AFTER_JULY).total.received_total
    with pytest.raises(LedgerTooLong) as refused:
        ledger_dossiers(store, JULY, limit=1)
    assert "quá 1 hồ sơ" in str(refused.value)


# --- the migration ---------------------------------------------------------------------------------------


def test_upgrading_fills_the_report_columns_from_the_history(tmp_path: Path) -> None:
    """A database made before migration 5 gets ended_at / digitised from its rows, events and links."""
    layout = DataLayout(tmp_path / "desk")
    layout.root.mkdir(parents=True)
    conn = sqlite3.connect(str(layout.database), isolation_level=None)
    for version in range(1, 5):
        migrate(conn, target=version)
        SAMPLES[version](conn)
    now = "2025-07-15T09:30:00.000000+07:00"
    conn.execute(
        """INSERT INTO dossiers (uuid, code, procedure_code, procedure_name, catalogue_version, applicant_name,
               received_at, due_at, status, created_at, updated_at)
           VALUES ('stopped', 'X-1', '1.001193', 'Đăng ký khai sinh', '2025.07', 'Trần Văn Bình', ?,
               '2025-07-18T17:00:00.000000+07:00', 8, ?, '2025-08-30T10:00:00.000000+07:00')""", (now, now))
    conn.execute("""INSERT INTO events (uuid, dossier_uuid, action, actor, at, recorded_at, to_status)
                    VALUES ('stop', 'stopped', 'stop', 'lan', '2025-07-16T08:00:00.000000+07:00', ?, 8)""", (now,))
    conn.execute("UPDATE dossiers SET finished_at = '2025-07-16T15:00:00.000000+07:00', status = 9"
                 " WHERE uuid = 'v1-dossier'")
    conn.close()

    with Store.open(layout, keys=MemoryKeys()) as store:
        rows = dict(store.connection.execute("SELECT uuid, ended_at FROM dossiers").fetchall())
        digitised = dict(store.connection.execute("SELECT uuid, digitised FROM dossiers").fetchall())
        report = period_statistics(store.connection, JULY, now=AFTER_JULY)
    assert rows["stopped"] == "2025-07-16T08:00:00.000000+07:00"  # the stop event, not the row's last write
    assert rows["v1-dossier"] == "2025-07-16T15:00:00.000000+07:00"
    assert rows["v2-dossier"] is None
    assert digitised == {"v1-dossier": 1, "v2-dossier": 0, "v4-dossier": 0, "stopped": 0}
    assert report.total.finished_total == 2 and report.total.digitised_dossiers == 1


def test_a_report_never_hides_a_broken_invariant(desk_store: tuple[Store, Clock]) -> None:
    """A channel outside the portal's three would make received ≠ online + desk/post: refused, not printed."""
    from forms.reporting import ReportInconsistent

    write_all(desk_store, Case(at(date(2025, 7, 8)), timedelta(days=2), Outcome.PROCESSING))
    store = desk_store[0]
    store.connection.execute("DROP TRIGGER IF EXISTS dossiers_report_update")
    store.connection.execute("UPDATE dossiers SET channel = 9")
    with pytest.raises(ReportInconsistent) as refused:
        statistics(store, JULY, now=AFTER_JULY)
    assert "received_total = received_online + received_desk_or_post" in str(refused.value)


def test_statuses_used_by_the_triggers_are_the_final_ones() -> None:
    """The triggers and the reference both name statuses 7–10 as the ends of processing (and 1, 3 as not taken)."""
    from forms.reporting import NOT_TAKEN_UP, WITH_RESULT
    from forms.status import FINAL_STATUSES

    closing = {DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.RESULT_READY, DossierStatus.RETURNED}
    assert closing == (set(FINAL_STATUSES) - {DossierStatus.REFUSED}) | {DossierStatus.RESULT_READY}
    assert {int(s) for s in NOT_TAKEN_UP} == {1, 3}
    assert {int(s) for s in WITH_RESULT} == {9, 10}
