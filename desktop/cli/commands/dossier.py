"""`motcua dossier list|show CODE|search TEXT`: the desk's dossiers from the command line.

JSON (with --json):
  list, search  an array of objects, newest first: {"code", "status" (the portal's status code 1–10),
                "procedure_code", "procedure_name", "applicant_name", "applicant_id_number", "received_at",
                "due_at" (the due time in force, ISO 8601 with +07:00, null if none), "sync_state"
                ("local" | "pending" | "sent" | "conflict" | "rejected"), "channel", "training", "uuid"}
  show          the whole dossier (`sync.store.codec.dossier_to_dict`) plus "status_label", "events" (its
                audit trail, oldest first), "attachments" and "rating". Showing a dossier is audited ("view").

These read commands open the store without the start-up `quick_check` (seconds on a very large database);
damage met while reading is still reported as a damaged database (exit 2). `motcua db check` checks it all.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from desktop.cli.framework import CliError, Context
from forms.dossier import DossierEvent, SyncState
from forms.status import DossierStatus
from sync.store import DossierFilter, DossierSummary, DueState, Store
from sync.store.codec import dossier_to_dict, event_to_dict

SYNC_LABELS = {
    SyncState.LOCAL: "chỉ trên máy",
    SyncState.PENDING: "chờ đồng bộ",
    SyncState.SENT: "đã đồng bộ",
    SyncState.CONFLICT: "xung đột",
    SyncState.REJECTED: "cổng từ chối",
}
DUE_CHOICES = {"in_time": DueState.IN_TIME, "due_soon": DueState.DUE_SOON, "overdue": DueState.OVERDUE}
_KEYS_HELP = ("JSON của list/search: mảng đối tượng có các khóa code, status (mã trạng thái của Cổng 1–10), "
              "procedure_code, applicant_name, applicant_id_number, received_at, due_at, sync_state.")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    dossier = subparsers.add_parser("dossier", parents=[common], help="hồ sơ đã tiếp nhận tại bàn này",
                                    description="Xem, liệt kê và tìm hồ sơ trong cơ sở dữ liệu của bàn. " + _KEYS_HELP)
    actions = dossier.add_subparsers(dest="dossier_action", metavar="THAO_TÁC", title="thao tác")

    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--status", type=int, action="append", metavar="MÃ", choices=[int(s) for s in DossierStatus],
                         help="chỉ các hồ sơ có trạng thái này (1–10; lặp lại được)")
    filters.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="tiếp nhận từ ngày")
    filters.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="tiếp nhận đến hết ngày")
    filters.add_argument("--due", choices=sorted(DUE_CHOICES), help="trong hạn / sắp đến hạn / quá hạn")
    filters.add_argument("--sync-state", choices=[s.value for s in SyncState], action="append",
                         help="trạng thái đồng bộ (lặp lại được)")
    filters.add_argument("--procedure", metavar="MÃ_TTHC", help="chỉ một thủ tục")
    training = filters.add_mutually_exclusive_group()
    training.add_argument("--training", dest="training", action="store_const", const=True, default=None,
                          help="chỉ dữ liệu tập huấn")
    training.add_argument("--real", dest="training", action="store_const", const=False,
                          help="bỏ dữ liệu tập huấn")
    filters.add_argument("--limit", type=int, default=50, metavar="N", help="số hồ sơ tối đa (mặc định 50)")
    filters.add_argument("--offset", type=int, default=0, metavar="N", help="bỏ qua N hồ sơ đầu")

    listing = actions.add_parser("list", parents=[common, filters], help="liệt kê hồ sơ (mới nhất trước)",
                                 description="Liệt kê hồ sơ, mới tiếp nhận trước. " + _KEYS_HELP)
    listing.set_defaults(handler=_list)

    search = actions.add_parser("search", parents=[common, filters], help="tìm hồ sơ (không cần dấu)",
                                description="Tìm theo mã hồ sơ, họ tên, số định danh (cả phần đầu), số điện thoại, "
                                            "tên thủ tục; không phân biệt dấu, hoa thường, đ/d. " + _KEYS_HELP)
    search.add_argument("text", metavar="CHUỖI", help="ví dụ: nguyen van an, 0010901, 250715-0001")
    search.set_defaults(handler=_search)

    show = actions.add_parser("show", parents=[common], help="xem đầy đủ một hồ sơ và nhật ký của nó",
                              description="Xem đầy đủ một hồ sơ theo mã, kèm nhật ký xử lý. Việc xem được ghi "
                                          "vào nhật ký kiểm tra.")
    show.add_argument("code", metavar="MÃ_HỒ_SƠ", help="ví dụ 000.00.12.H49-250715-0001")
    show.add_argument("--actor", default="cli", metavar="TÊN_ĐĂNG_NHẬP",
                      help="người xem, ghi vào nhật ký kiểm tra (mặc định: cli)")
    show.set_defaults(handler=_show)


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError("Ngày {option} «{value}» không hợp lệ; dùng dạng YYYY-MM-DD", option=option,
                       value=text) from None


def _filters(args: argparse.Namespace) -> DossierFilter:
    if args.limit < 1 or args.offset < 0:
        raise CliError("--limit phải lớn hơn 0 và --offset không âm")
    start, end = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if start and end and start > end:
        raise CliError("Ngày --from ({start}) sau ngày --to ({end})", start=start.isoformat(), end=end.isoformat())
    return DossierFilter(
        statuses=frozenset(DossierStatus(s) for s in args.status) if args.status else None,
        received_from=start,
        received_to=end,
        due_state=DUE_CHOICES[args.due] if args.due else None,
        sync_states=frozenset(SyncState(s) for s in args.sync_state) if args.sync_state else None,
        procedure_code=args.procedure,
        training=args.training,
    )


def _when(value: datetime | None) -> str:
    return "—" if value is None else value.strftime("%d/%m/%Y %H:%M")


def summary_line(s: DossierSummary) -> str:
    person = s.applicant_name + (f" ({s.applicant_id_number})" if s.applicant_id_number else "")
    training = " [tập huấn]" if s.training else ""
    return (f"{s.code}  {s.status.label}  {person}  {s.procedure_name}  nhận {_when(s.received_at)}  "
            f"hẹn {_when(s.due_at)}  {SYNC_LABELS[s.sync_state]}{training}")


def _emit_summaries(ctx: Context, summaries: list[DossierSummary]) -> None:
    def text() -> str:
        if not summaries:
            return "Không có hồ sơ nào."
        return "\n".join([*map(summary_line, summaries), f"— {len(summaries)} hồ sơ"])

    ctx.emit([s.to_json() for s in summaries], text)


def _list(ctx: Context, args: argparse.Namespace) -> int:
    filters = _filters(args)
    with Store.open(ctx.layout, check=False) as store:
        summaries = store.list(filters, limit=args.limit, offset=args.offset)
    _emit_summaries(ctx, summaries)
    return 0


def _search(ctx: Context, args: argparse.Namespace) -> int:
    filters = _filters(args)
    with Store.open(ctx.layout, check=False) as store:
        summaries = store.search(args.text, filters, limit=args.limit, offset=args.offset)
    _emit_summaries(ctx, summaries)
    return 0


def _event_line(event: DossierEvent) -> str:
    move = ""
    if event.to_status is not None:
        move = f" → {event.to_status.label}"
    extra = f" — {event.reason}" if event.reason else ""
    form = f" (mẫu {event.form})" if event.form else ""
    return f"  {event.at.strftime('%d/%m/%Y %H:%M')}  {event.action}{move}{form}  bởi {event.actor}{extra}"


def _show(ctx: Context, args: argparse.Namespace) -> int:
    with Store.open(ctx.layout, check=False) as store:
        dossier = store.get_by_code(args.code)
        events = store.events(dossier.uuid)
        attachments = store.dossier_attachments(dossier.uuid)
        rating = store.rating(dossier.uuid)
        store.audit(dossier.uuid, "view", args.actor, {"via": "cli"})
    data: dict[str, Any] = dossier_to_dict(dossier)
    data["status_label"] = dossier.status.label
    data["events"] = [event_to_dict(e) for e in events]
    data["attachments"] = [{"sha256": a.sha256, "mime": a.mime, "size": a.size, "encrypted": a.encrypted,
                            "original_name": a.original_name} for a in attachments]
    data["rating"] = None if rating is None else {"level": rating.level, "scale": rating.scale,
                                                  "comment": rating.comment}

    def text() -> str:
        a = dossier.applicant
        lines = [
            f"Mã hồ sơ: {dossier.code}{'  [tập huấn]' if dossier.training else ''}",
            f"Thủ tục: {dossier.procedure_name} ({dossier.procedure_code}), danh mục {dossier.catalogue_version}",
            f"Người nộp: {a.full_name}" + (f", số định danh {a.id_number}" if a.id_number else ""),
        ]
        if a.address:
            lines.append(f"Địa chỉ: {a.address}")
        if a.phone:
            lines.append(f"Điện thoại: {a.phone}")
        lines += [
            f"Trạng thái: {dossier.status.label} ({int(dossier.status)}); đồng bộ: {SYNC_LABELS[dossier.sync_state]}",
            f"Tiếp nhận: {_when(dossier.received_at)}; hẹn trả: {_when(dossier.effective_due_at)}"
            + (" (đã hẹn lại)" if dossier.rescheduled_due_at else ""),
            f"Lệ phí: {dossier.fee:,} đồng".replace(",", "."),
            "Thành phần hồ sơ:",
            *(f"  {i}. {d.name}{' ✓' if d.received else ''}" for i, d in enumerate(dossier.documents, 1)),
            "Nhật ký:",
            *map(_event_line, events),
        ]
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0
