"""`motcua report stats` — the periodic statistics (Biểu II.06a) from this desk's store, as text, JSON, PDF or XLSX.

The period: `--from YYYY-MM-DD --to YYYY-MM-DD`, or one of `--month YYYY-MM`, `--quarter YYYY-Qn`,
`--half YYYY` (6 months: January–June; `--second-half` for July–December), `--nine-months YYYY`,
`--year YYYY`; `--statutory` closes the named periods on the 14th (Decree 09/2019/NĐ-CP art. 12).
The tracking ledger (form 06) for any period is `motcua print ledger --from … --to … -o FILE.pdf`.
"""

from __future__ import annotations

import argparse
import getpass
import logging
from pathlib import Path
from typing import Any

from desktop.cli.framework import CliError, Context
from forms.reporting import (
    FORM_VALUE_KEYS,
    Period,
    Report,
    parse_day,
    parse_month,
    parse_quarter,
    parse_year,
)

log = logging.getLogger(__name__)

JSON_HELP = """\
JSON (--json): one document
  period            {from, to (YYYY-MM-DD, both included), kind (month|quarter|half_year|nine_months|year|range),
                     label (Vietnamese), statutory (bool)}
  as_of             when dossiers still in progress were judged in time / overdue (end of period, or now)
  generated_at, include_training (bool: training dossiers counted, --training)
  rows              one object per field (lĩnh vực), sorted by name:
    field_code, field_name
    taken_up_total          received_total + carried_over (the form's column 1)
    received_total          newly received in the period = received_online + received_desk_or_post
    received_online         channel online;  received_desk_or_post: at the desk or by public post
    carried_over            received before the period and not finished when it began
    finished_total          = finished_before_due + finished_on_due + finished_after_due
    finished_before_due     ended on an earlier day than the due day;  finished_on_due: on the due day, in time
    finished_after_due      ended later than the due time (the rescheduled one when form 04 moved it)
    in_progress_total       = in_progress_in_time + in_progress_overdue (at as_of)
    digitised_dossiers      received with at least one scan
    results_total           finished with a result (status 9 or 10);  digitised_results: its scan linked after
    ratings_total           satisfaction ratings given in the period = ratings_very_satisfied
                            + ratings_satisfied + ratings_dissatisfied
    (always: received_total + carried_over = finished_total + in_progress_total; the command refuses
     to print numbers that break this or the sums above)
  totals            the same counts summed over the fields
  rates             on_time_rate, online_share, dossier_digitisation_rate, result_digitisation_rate,
                    satisfaction_rate: numbers in [0, 1], null when nothing to divide by
  written           the files written by --pdf / --xlsx (only when given)
"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("report", parents=[common], help="báo cáo thống kê định kỳ (Biểu II.06a)",
                                   description="Báo cáo tình hình, kết quả giải quyết thủ tục hành chính.")
    actions = parser.add_subparsers(dest="report_action", metavar="BÁO_CÁO", title="báo cáo")
    stats = actions.add_parser(
        "stats", parents=[common], help="số liệu theo lĩnh vực, tỷ lệ đúng hạn, trực tuyến, số hóa, hài lòng",
        description="Số liệu Biểu II.06a của một kỳ: nhận giải quyết (trực tuyến, trực tiếp/bưu chính, kỳ trước "
                    "chuyển qua), đã giải quyết (trước, đúng, quá hạn), đang giải quyết (trong hạn, quá hạn) theo "
                    "lĩnh vực, và các tỷ lệ. Mặc định in bảng chữ; --json, --pdf, --xlsx để xuất.",
        epilog=JSON_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    period = stats.add_argument_group("kỳ báo cáo (chọn một)")
    period.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="từ ngày (cùng với --to)")
    period.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="đến ngày, tính cả ngày này")
    period.add_argument("--month", metavar="YYYY-MM", help="một tháng, ví dụ 2026-10")
    period.add_argument("--quarter", metavar="YYYY-Qn", help="một quý, ví dụ 2026-Q3")
    period.add_argument("--half", metavar="YYYY", help="6 tháng đầu năm")
    period.add_argument("--second-half", metavar="YYYY", help="6 tháng cuối năm")
    period.add_argument("--nine-months", metavar="YYYY", help="9 tháng đầu năm")
    period.add_argument("--year", metavar="YYYY", help="cả năm")
    period.add_argument("--statutory", action="store_true",
                        help="chốt số liệu theo Nghị định 09/2019/NĐ-CP: từ ngày 15 tháng trước đến ngày 14")
    stats.add_argument("--training", action="store_true", help="tính cả hồ sơ tập huấn (mặc định: không)")
    stats.add_argument("--pdf", metavar="TỆP.pdf", help="ghi Biểu II.06a ra tệp PDF")
    stats.add_argument("--xlsx", metavar="TỆP.xlsx", help="ghi Biểu II.06a ra tệp Excel")
    stats.add_argument("--preparer", default="", metavar="HỌ_TÊN", help="người lập biểu (in dưới chữ ký)")
    stats.add_argument("--head", default="", metavar="HỌ_TÊN", help="thủ trưởng đơn vị (in dưới chữ ký)")
    stats.add_argument("--actor", default=None, metavar="TÀI_KHOẢN",
                       help="người xuất tệp, ghi vào nhật ký (mặc định: tài khoản hệ điều hành)")
    stats.set_defaults(handler=_stats)


def period_of(args: argparse.Namespace) -> Period:
    """The one period the options name; exactly one way of naming it."""
    statutory = bool(args.statutory)
    named: list[Period] = []
    if args.month:
        named.append(parse_month(args.month, statutory=statutory))
    if args.quarter:
        named.append(parse_quarter(args.quarter, statutory=statutory))
    if args.half:
        named.append(Period.half_year(parse_year(args.half), 1, statutory=statutory))
    if args.second_half:
        named.append(Period.half_year(parse_year(args.second_half), 2, statutory=statutory))
    if args.nine_months:
        named.append(Period.nine_months(parse_year(args.nine_months), statutory=statutory))
    if args.year:
        named.append(Period.year(parse_year(args.year), statutory=statutory))
    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise CliError("Cần cả --from và --to (YYYY-MM-DD)")
        if statutory:
            raise CliError("--statutory chỉ dùng với --month, --quarter, --half, --nine-months hoặc --year")
        named.append(Period.between(parse_day(args.date_from), parse_day(args.date_to)))
    if len(named) != 1:
        raise CliError("Chọn đúng một kỳ báo cáo: --from/--to, --month, --quarter, --half, --second-half, "
                       "--nine-months hoặc --year")
    return named[0]


def _output(path: str | None, suffix: str, option: str) -> Path | None:
    if path is None:
        return None
    target = Path(path)
    if target.suffix.lower() != suffix:
        raise CliError("{option}: tệp {path} cần đuôi {suffix}", option=option, path=path, suffix=suffix)
    return target


def _stats(ctx: Context, args: argparse.Namespace) -> int:
    from printing.documents import write_pdf
    from printing.report_pdf import statistics_pdf
    from printing.report_xlsx import statistics_xlsx
    from sync.desk_profile import read_profile
    from sync.reports import statistics
    from sync.store import Store

    period = period_of(args)
    pdf_path = _output(args.pdf, ".pdf", "--pdf")
    xlsx_path = _output(args.xlsx, ".xlsx", "--xlsx")
    if not ctx.layout.database.exists():
        raise CliError("Thư mục dữ liệu {path} chưa có cơ sở dữ liệu hồ sơ", path=str(ctx.layout.root))
    written: list[str] = []
    with Store.open(ctx.layout) as store:
        report = statistics(store, period, include_training=args.training)
        desk = read_profile(store)
        for path, render, kind in ((pdf_path, statistics_pdf, "pdf"), (xlsx_path, statistics_xlsx, "xlsx")):
            if path is None:
                continue
            write_pdf(render(report, desk, preparer=args.preparer, head=args.head), path)  # atomic, any bytes
            store.audit(None, "export", args.actor or _os_user(),
                        {"report": "II.06a", "format": kind, "from": period.start.isoformat(),
                         "to": period.end.isoformat(), "training": bool(args.training)})
            written.append(str(path))
    log.info("statistics %s..%s exported as %s", period.start, period.end, ",".join(Path(p).suffix for p in written))
    document = report.to_json()
    if written:
        document["written"] = written
    ctx.emit(document, lambda: text_table(report) + "".join(f"\nĐã ghi {path}" for path in written))
    return 0


_SHORT_HEADERS = ("Tổng", "Kỳ trước", "Mới nhận", "Tr.tuyến", "Tr.tiếp", "Đã GQ", "Trước", "Đúng", "Quá",
                  "Đang GQ", "Trong", "Quá")


def text_table(report: Report) -> str:
    """The statistics as plain text for a terminal: one line per field, the total, then the rates."""
    from forms.reporting import TOTAL_LABEL, form_values

    assert len(_SHORT_HEADERS) == len(FORM_VALUE_KEYS)
    name_width = max([len(TOTAL_LABEL), len("Lĩnh vực"), *(len(r.label) for r in report.rows)])
    widths = [max(len(h), 6) for h in _SHORT_HEADERS]

    def line(label: str, values: list[str]) -> str:
        return "  ".join([label.ljust(name_width), *(v.rjust(w) for v, w in zip(values, widths, strict=True))])

    lines = [f"Tình hình, kết quả giải quyết TTHC — {report.period.describe()}"]
    if report.include_training:
        lines.append("(có tính hồ sơ tập huấn)")
    lines.append(line("Lĩnh vực", list(_SHORT_HEADERS)))
    lines += [line(r.label, [str(v) for v in form_values(r.counts)]) for r in report.rows]
    lines.append(line(TOTAL_LABEL, [str(v) for v in form_values(report.total)]))
    lines.append("")
    for _key, label, rate in report.rates.items():
        lines.append(f"{label}: {rate.percent_text()} ({rate.numerator}/{rate.denominator})")
    return "\n".join(lines)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"
