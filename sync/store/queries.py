"""SQL for the dossier desk's lists and searches: filters, due states, and the folded full-text query."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from forms.clock import VN_TZ, as_vn
from forms.dossier import SyncState
from forms.dossier_code import DossierCode
from forms.status import Channel, DossierStatus
from forms.text import fold
from sync.store.codec import dt_from_db, dt_to_db
from sync.store.models import DossierFilter, DossierSummary, DueState

# Statuses in which the deadline still runs (received, with the competent body, waiting for a supplement
# or a payment). Online dossiers not yet received (1) have no due time; the others are finished.
UNFINISHED = (
    DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
    DossierStatus.PAYMENT_REQUESTED,
)
EFFECTIVE_DUE = "COALESCE(d.rescheduled_due_at, d.due_at)"
RUNNING = f"d.status IN ({', '.join(str(int(s)) for s in UNFINISHED)}) AND d.finished_at IS NULL"

SUMMARY_COLUMNS = (
    "d.uuid, d.code, d.status, d.procedure_code, d.procedure_name, d.applicant_name, d.applicant_id_number,"
    " d.received_at, d.due_at, d.rescheduled_due_at, d.sync_state, d.channel, d.training, d.revision"
)


def summary_from_row(row: Sequence[Any]) -> DossierSummary:
    received = dt_from_db(row[7])
    assert received is not None
    return DossierSummary(
        uuid=row[0],
        code=row[1],
        status=DossierStatus(row[2]),
        procedure_code=row[3],
        procedure_name=row[4],
        applicant_name=row[5],
        applicant_id_number=row[6],
        received_at=received,
        due_at=dt_from_db(row[9] or row[8]),
        sync_state=SyncState(row[10]),
        channel=Channel(row[11]),
        training=bool(row[12]),
        revision=int(row[13]),
    )


def _start(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return dt_to_db(value) or ""
    return dt_to_db(datetime.combine(value, time.min, VN_TZ)) or ""


def _end_exclusive(value: date | datetime) -> tuple[str, str]:
    """(operator, bound) for an inclusive upper bound given as a date or a datetime."""
    if isinstance(value, datetime):
        return "<=", dt_to_db(value) or ""
    return "<", dt_to_db(datetime.combine(value + timedelta(days=1), time.min, VN_TZ)) or ""


def where(filters: DossierFilter | None, now: datetime) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters is None:
        return clauses, params
    if filters.statuses is not None:
        statuses = sorted(int(s) for s in filters.statuses)
        if not statuses:
            clauses.append("0")
        else:
            clauses.append(f"d.status IN ({','.join('?' * len(statuses))})")
            params.extend(statuses)
    if filters.received_from is not None:
        clauses.append("d.received_at >= ?")
        params.append(_start(filters.received_from))
    if filters.received_to is not None:
        op, bound = _end_exclusive(filters.received_to)
        clauses.append(f"d.received_at {op} ?")
        params.append(bound)
    if filters.due_state is not None:
        moment = as_vn(filters.now or now)
        # Exactly the WHERE of the partial index dossiers_open_due (migration 4), so the planner uses it.
        clauses.append(RUNNING)
        clauses.append(f"{EFFECTIVE_DUE} IS NOT NULL")
        now_text = dt_to_db(moment)
        soon_text = dt_to_db(moment + filters.due_soon_within)
        if filters.due_state is DueState.OVERDUE:
            clauses.append(f"{EFFECTIVE_DUE} < ?")
            params.append(now_text)
        elif filters.due_state is DueState.DUE_SOON:
            clauses.append(f"{EFFECTIVE_DUE} >= ? AND {EFFECTIVE_DUE} < ?")
            params.extend([now_text, soon_text])
        else:
            clauses.append(f"{EFFECTIVE_DUE} >= ?")
            params.append(soon_text)
    if filters.sync_states is not None:
        states = sorted(SyncState(s).value for s in filters.sync_states)
        if not states:
            clauses.append("0")
        else:
            clauses.append(f"d.sync_state IN ({','.join('?' * len(states))})")
            params.extend(states)
    if filters.procedure_code is not None:
        clauses.append("d.procedure_code = ?")
        params.append(filters.procedure_code)
    if filters.channel is not None:
        clauses.append("d.channel = ?")
        params.append(int(filters.channel))
    if filters.training is not None:
        clauses.append("d.training = ?")
        params.append(int(filters.training))
    return clauses, params


def order_by(filters: DossierFilter | None) -> str:
    if filters is not None and filters.due_state is not None:
        return f"ORDER BY {EFFECTIVE_DUE} ASC, d.id ASC"  # the most urgent first
    return "ORDER BY d.received_at DESC, d.id DESC"


def _source(filters: DossierFilter | None) -> str:
    if filters is not None and filters.due_state is not None:
        # Pinned: on a small or unanalysed database the planner would pick the status index and sort.
        return "dossiers d INDEXED BY dossiers_open_due"
    return "dossiers d"


def list_sql(filters: DossierFilter | None, now: datetime, limit: int, offset: int) -> tuple[str, list[Any]]:
    clauses, params = where(filters, now)
    sql = f"SELECT {SUMMARY_COLUMNS} FROM {_source(filters)}"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += f" {order_by(filters)} LIMIT ? OFFSET ?"
    return sql, [*params, int(limit), int(offset)]


def count_sql(filters: DossierFilter | None, now: datetime) -> tuple[str, list[Any]]:
    clauses, params = where(filters, now)
    sql = f"SELECT count(*) FROM {_source(filters)}"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return sql, params


_TOKEN = re.compile(r"\w+")


def search_tokens(text: str) -> list[str]:
    """The folded words of what the official typed ("Đặng thị" → ["dang", "thi"])."""
    return _TOKEN.findall(fold(text))


def match_expression(tokens: Sequence[str]) -> str:
    """An FTS5 query: every word must appear, each as a prefix (search as you type, IDs by prefix).

    Tokens come from `\\w+` on folded text, so they hold no FTS5 syntax; quoting them anyway keeps words
    such as "and"/"or"/"not" literal.
    """
    return " ".join(f'"{t}"*' for t in tokens)


def code_sql(code: DossierCode, filters: DossierFilter | None, now: datetime) -> tuple[str, list[Any]]:
    clauses, params = where(filters, now)
    sql = f"SELECT {SUMMARY_COLUMNS} FROM dossiers d WHERE d.code = ?"
    if clauses:
        sql += " AND " + " AND ".join(clauses)
    return sql, [str(code), *params]


def search_sql(tokens: Sequence[str], filters: DossierFilter | None, now: datetime, limit: int,
               offset: int) -> tuple[str, list[Any]]:
    clauses, params = where(filters, now)
    sql = (
        f"SELECT {SUMMARY_COLUMNS} FROM dossier_fts f JOIN dossiers d ON d.id = f.rowid"
        " WHERE dossier_fts MATCH ?"
    )
    if clauses:
        sql += " AND " + " AND ".join(clauses)
    # Newest first, straight from the index's rowid order: no sort over every hit.
    sql += " ORDER BY f.rowid DESC LIMIT ? OFFSET ?"
    return sql, [match_expression(tokens), *params, int(limit), int(offset)]
