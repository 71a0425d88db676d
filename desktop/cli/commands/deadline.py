"""`motcua deadline --received … (--procedure CODE | --working-days N | --same-day | --working-hours N)`.

Prints the due date-time by the rules of `forms.deadlines` (working days from the `holidays` package plus the
province's overrides synced into this desk's store, the desk's office hours and 15:00 cutoff).
JSON: {"due": "YYYY-MM-DDTHH:MM", "working_days": N | null, "received": …, "effective_reception_day":
"YYYY-MM-DD", "processing_time": {"unit", "value", "text"}, "procedure": {"code", "name"} | null}.
"""

from __future__ import annotations

import argparse
import re
from datetime import datetime
from typing import Any

from desktop.cli.framework import CliError, Context
from forms.calendar import WorkingCalendar, overrides_from_document
from forms.clock import as_vn
from forms.deadlines import MAX_WORKING_DAYS, MAX_WORKING_HOURS, Deadline, OfficeHours, compute_deadline
from forms.desk import DeskProfile
from forms.processing_time import ProcessingTime, TimeUnit

_RECEIVED = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?")
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "deadline", parents=[common], help="tính hạn trả kết quả theo ngày làm việc",
        description="Tính ngày giờ hẹn trả kết quả: ngày làm việc (trừ lễ, Tết, tính cả thứ Bảy làm bù), "
                    "nhận sau 15:00 tính từ ngày làm việc tiếp theo, hạn vào giờ đóng cửa (17:00).",
    )
    parser.add_argument("--received", required=True, metavar="YYYY-MM-DDTHH:MM",
                        help="thời điểm tiếp nhận hồ sơ (giờ Việt Nam)")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--procedure", metavar="MÃ_TTHC", help="lấy thời hạn giải quyết của thủ tục trong danh mục")
    how.add_argument("--working-days", metavar="N", help="thời hạn N ngày làm việc")
    how.add_argument("--same-day", action="store_true", help="giải quyết trong ngày")
    how.add_argument("--working-hours", metavar="N", help="thời hạn N giờ làm việc")
    parser.set_defaults(handler=_deadline)


def _received(text: str) -> datetime:
    if _RECEIVED.fullmatch(text.strip()):
        try:
            return as_vn(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
        except ValueError:
            pass
    raise CliError("Thời điểm tiếp nhận \"{value}\" không hợp lệ: cần dạng YYYY-MM-DDTHH:MM, ví dụ 2025-04-24T10:00",
                   value=text)


def _count(text: str, option: str, limit: int) -> int:
    if not re.fullmatch(r"[+-]?\d{1,9}", text.strip()):
        raise CliError("{option} \"{value}\" không phải số nguyên", option=option, value=text)
    value = int(text)
    if not 0 <= value <= limit:
        raise CliError("{option} phải từ 0 đến {limit}, không phải {value}", option=option, limit=limit, value=value)
    return value


def _processing_time(args: argparse.Namespace) -> tuple[ProcessingTime, dict[str, str] | None]:
    if args.same_day:
        return ProcessingTime(TimeUnit.SAME_DAY), None
    if args.working_days is not None:
        return ProcessingTime(TimeUnit.WORKING_DAYS, _count(args.working_days, "--working-days", MAX_WORKING_DAYS)), None
    if args.working_hours is not None:
        hours = _count(args.working_hours, "--working-hours", MAX_WORKING_HOURS)
        return ProcessingTime(TimeUnit.WORKING_HOURS, hours), None
    from forms.catalogue import load_default_catalogue

    procedure = load_default_catalogue().get(args.procedure)
    return procedure.processing_time, {"code": procedure.code, "name": procedure.name}


def _desk_settings(ctx: Context) -> tuple[WorkingCalendar, OfficeHours]:
    """This desk's office hours and the province's calendar overrides, when the desk has a database."""
    if not ctx.layout.database.exists():
        return WorkingCalendar(), OfficeHours.from_desk(DeskProfile())
    from sync.desk_profile import read_profile
    from sync.store import Store

    with Store.open(ctx.layout) as store:
        profile = read_profile(store)
        calendar = store.get_reference("calendar")
    overrides = overrides_from_document(calendar.document) if calendar is not None else ()
    return WorkingCalendar(overrides), OfficeHours.from_desk(profile)


def _minutes(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def _document(deadline: Deadline, procedure: dict[str, str] | None) -> dict[str, Any]:
    time = deadline.processing_time
    return {
        "due": _minutes(deadline.due_at) if deadline.due_at else None,
        "working_days": deadline.working_days,
        "received": _minutes(deadline.received_at),
        "effective_reception_day": deadline.effective_day.isoformat(),
        "processing_time": {"unit": time.unit.value, "value": time.value, "text": time.describe()},
        "procedure": procedure,
    }


def _text(deadline: Deadline, procedure: dict[str, str] | None) -> str:
    due = deadline.due_at
    lines = []
    if procedure:
        lines.append(f"Thủ tục: {procedure['code']} {procedure['name']}")
    if due is not None:
        lines.append(f"Hạn trả kết quả: {due:%H:%M} {_WEEKDAYS[due.weekday()]}, {due:%d/%m/%Y}")
    lines.append(f"Thời hạn giải quyết: {deadline.processing_time.describe()}")
    lines.append(f"Tiếp nhận: {deadline.received_at:%H:%M %d/%m/%Y}; "
                 f"ngày bắt đầu tính: {deadline.effective_day:%d/%m/%Y}")
    return "\n".join(lines)


def _deadline(ctx: Context, args: argparse.Namespace) -> int:
    received = _received(args.received)
    processing_time, procedure = _processing_time(args)
    calendar, hours = _desk_settings(ctx)
    deadline = compute_deadline(received, processing_time, calendar=calendar, hours=hours)
    ctx.emit(_document(deadline, procedure), lambda: _text(deadline, procedure))
    return 0
