"""Periodic statistics (Biểu II.06a) and the ledger's dossiers, computed in SQL over the local store.

    period_statistics(conn, period, *, now=None, include_training=False) -> forms.reporting.Report
    statistics(store, period, **same)                                      the same from a Store
    ledger_dossiers(store, period, *, include_training=False, limit=LEDGER_MAX) -> list[Dossier]

The rules of who is counted where are `forms.reporting`'s (its module docstring), and `forms.reporting.tally`
applies them one dossier at a time; the tests hold this SQL to that reference. Every report is checked
against the form's invariants before it is returned (`Report.checked`).

Why it is fast (bench/reports.py): the indexes of migration 5 (`sync.store.report_schema`) begin with
(training, field_code, field_name), then a time, then every column the counts read. The statistics are
read one field at a time — the fields are found by skipping through the index, a few lookups — and for each
field three exact ranges give its dossiers: received in the period; received before and ended in or after
it; received before and still open. Each range is one aggregate query with CASE expressions over the index
alone: no table rows, no sorting, no GROUP BY. Ratings come from their own index the same way. All reads
run in one read transaction, so the numbers come from one snapshot even while the counter saves.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from forms.clock import as_vn, now_vn
from forms.dossier import Dossier
from forms.errors import InvalidInput
from forms.i18n import N_
from forms.reporting import Counts, Period, Report, merge_rows
from sync.store.codec import DOSSIER_COLUMNS, dossier_from_row, dt_to_db

log = logging.getLogger(__name__)

LEDGER_MAX = 20_000  # the register is printed per day, week or month; a year of a busy desk is thousands of pages

# Taken up by the desk: received (a due time exists) and neither waiting online (1) nor refused (3).
_TAKEN_UP = "due_at IS NOT NULL AND status != 1 AND status != 3"
_FIELD = "training = :training AND field_code = :field_code AND field_name = :field_name"
_DUE = "COALESCE(rescheduled_due_at, due_at)"
_FINISHED = "ended_at < :ends_before"
_RUNNING = "(ended_at IS NULL OR ended_at >= :ends_before)"

# One aggregate per Counts field, in SELECT order; `count(*)` is received_total or carried_over by range.
# Comparisons yield 1, 0 or NULL, which sum() adds up or skips; CASE keeps the costlier tests off the rows
# they do not concern. Functions and IN lists cost more per row than plain comparisons, hence status >= 9
# (9 and 10 are the highest statuses) and OR for the channels.
_AGGREGATES: tuple[tuple[str, str], ...] = (
    ("count", "count(*)"),
    ("received_online", "sum(channel = 2)"),
    ("received_desk_or_post", "sum(channel = 1 OR channel = 3)"),
    ("digitised_dossiers", "sum(digitised)"),
    ("finished_total", f"sum({_FINISHED})"),
    # forms.deadlines.classify_finished: an earlier day → before; later than the due time → after; else on.
    # 'YYYY-MM-DDThh…' < 'YYYY-MM-DD' of the due day exactly when it ended on an earlier day.
    ("finished_before_due", f"sum(CASE WHEN {_FINISHED} THEN ended_at < substr({_DUE}, 1, 10) END)"),
    ("finished_on_due", f"sum(CASE WHEN {_FINISHED} THEN ended_at >= substr({_DUE}, 1, 10) AND ended_at <= {_DUE} END)"),
    ("finished_after_due", f"sum(CASE WHEN {_FINISHED} THEN ended_at > {_DUE} END)"),
    ("in_progress_total", f"sum({_RUNNING})"),
    # Waiting for a supplement (status 5) the clock stands still: in time.
    ("in_progress_in_time", f"sum(CASE WHEN {_RUNNING} THEN status = 5 OR {_DUE} >= :as_of END)"),
    ("in_progress_overdue", f"sum(CASE WHEN {_RUNNING} THEN status != 5 AND {_DUE} < :as_of END)"),
    ("results_total", f"sum(CASE WHEN {_FINISHED} THEN status >= 9 END)"),
    ("digitised_results", f"sum(CASE WHEN {_FINISHED} THEN status >= 9 AND result_digitised END)"),
)
_NEW_ONLY = {"received_online", "received_desk_or_post", "digitised_dossiers"}
_SELECT = ", ".join(expression for _name, expression in _AGGREGATES)
_RANGES: tuple[tuple[bool, str, str], ...] = (
    # (received in the period?, index, range)
    (True, "dossiers_report_received", "received_at >= :starts_at AND received_at < :ends_before"),
    (False, "dossiers_report_ended", "ended_at >= :starts_at AND received_at < :starts_at"),
    (False, "dossiers_report_ended", "ended_at IS NULL AND received_at < :starts_at"),
)
_RANGE_SQL = tuple(
    (new, f"SELECT {_SELECT} FROM dossiers INDEXED BY {index} WHERE {_FIELD} AND {where} AND {_TAKEN_UP}")
    for new, index, where in _RANGES
)
_SCALE = "COALESCE(rating_scale, 3)"
_RATINGS_SQL = (
    f"SELECT count(*), sum(rating >= {_SCALE}), sum(rating = {_SCALE} - 1), sum(rating < {_SCALE} - 1)"
    f" FROM dossiers INDEXED BY dossiers_report_rated WHERE {_FIELD} AND rated_at IS NOT NULL"
    " AND rated_at >= :starts_at AND rated_at < :ends_before AND rating IS NOT NULL"
)
_FIRST_FIELD = ("SELECT field_code, field_name FROM dossiers INDEXED BY dossiers_report_received"
                " WHERE training = ? ORDER BY field_code, field_name LIMIT 1")
_NEXT_FIELD = ("SELECT field_code, field_name FROM dossiers INDEXED BY dossiers_report_received"
               " WHERE training = ? AND (field_code, field_name) > (?, ?) ORDER BY field_code, field_name LIMIT 1")


def _fields(conn: sqlite3.Connection, training: int) -> Iterator[tuple[str, str]]:
    """Every (field code, field name) pair in the store, by skipping through the index: one seek per pair."""
    row = conn.execute(_FIRST_FIELD, (training,)).fetchone()
    while row is not None:
        yield str(row[0]), str(row[1])
        row = conn.execute(_NEXT_FIELD, (training, row[0], row[1])).fetchone()


def _range_counts(row: tuple[Any, ...], *, new: bool) -> Counts:
    values = {name: int(value or 0) for (name, _expression), value in zip(_AGGREGATES, row, strict=True)}
    count = values.pop("count")
    if not new:
        values = {name: value for name, value in values.items() if name not in _NEW_ONLY}
    return Counts(**values, **({"received_total": count} if new else {"carried_over": count}))


@contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction around several queries (WAL: a consistent view while writers go on)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def period_statistics(conn: sqlite3.Connection, period: Period, *, now: datetime | None = None,
                      include_training: bool = False) -> Report:
    """The statistics of `period`; dossiers still in progress are judged at its end (or `now`, if earlier)."""
    moment = as_vn(now or now_vn())
    as_of = period.judging_moment(moment)
    bounds = {"starts_at": dt_to_db(period.starts_at), "ends_before": dt_to_db(period.ends_before),
              "as_of": dt_to_db(as_of)}
    parts: list[tuple[str, str, Counts]] = []
    empty = Counts()
    with _snapshot(conn):
        for training in (0, 1) if include_training else (0,):
            for code, name in list(_fields(conn, training)):
                params = {**bounds, "training": training, "field_code": code, "field_name": name}
                found = [_range_counts(conn.execute(sql, params).fetchone(), new=new) for new, sql in _RANGE_SQL]
                total, very, satisfied, dissatisfied = conn.execute(_RATINGS_SQL, params).fetchone()
                found.append(Counts(ratings_total=int(total), ratings_very_satisfied=int(very or 0),
                                    ratings_satisfied=int(satisfied or 0), ratings_dissatisfied=int(dissatisfied or 0)))
                # A name only on dossiers outside the period must not name the field's row (as in `tally`).
                parts += [(code, name, counts) for counts in found if counts != empty]
    report = Report(period, as_of, merge_rows(parts), include_training, generated_at=moment)
    log.info("statistics %s..%s: %d field(s), %d dossier(s) taken up", period.start, period.end,
             len(report.rows), report.total.taken_up_total)
    return report.checked()


def statistics(store: Any, period: Period, *, now: datetime | None = None,
               include_training: bool = False) -> Report:
    """`period_statistics` on a `sync.store.Store` (its clock is "now" unless given)."""
    moment = now or store.now()
    return period_statistics(store.connection, period, now=moment, include_training=include_training)


class LedgerTooLong(InvalidInput):
    kind = "ledger_too_long"


def ledger_dossiers(store: Any, period: Period, *, include_training: bool = False,
                    limit: int = LEDGER_MAX) -> list[Dossier]:
    """The dossiers the desk received in the period (the statistics' "received"), in reception order."""
    conn: sqlite3.Connection = store.connection
    where = (f"training IN {'(0, 1)' if include_training else '(0)'} AND received_at >= ? AND received_at < ?"
             f" AND {_TAKEN_UP}")
    bounds = (dt_to_db(period.starts_at), dt_to_db(period.ends_before))
    with _snapshot(conn):
        count = int(conn.execute(f"SELECT count(*) FROM dossiers WHERE {where}", bounds).fetchone()[0])
        if count > limit:
            raise LedgerTooLong(N_("Sổ theo dõi có {n} hồ sơ, quá {limit} hồ sơ cho một lần in; hãy chọn khoảng "
                                   "thời gian ngắn hơn"), n=count, limit=limit)
        rows = conn.execute(f"SELECT {', '.join(DOSSIER_COLUMNS)} FROM dossiers WHERE {where}"
                            " ORDER BY received_at, code", bounds).fetchall()
    return [dossier_from_row(dict(zip(DOSSIER_COLUMNS, row, strict=True))) for row in rows]
