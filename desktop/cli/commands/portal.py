"""`motcua portal …`: the reference portal (serve it, its desk accounts, its dossiers, the agency's side).

The portal's modules (Starlette, uvicorn) are imported only when a portal command runs, so the desk's own
commands start without them (the desk's bundle does not ship the portal at all).
"""

from __future__ import annotations

import argparse
import random
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.cli.framework import CliError, Context
from forms.status import DossierStatus

if TYPE_CHECKING:
    from sync.portal.service import Portal


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    portal = subparsers.add_parser("portal", parents=[common], help="cổng dịch vụ công tham chiếu (máy chủ thử nghiệm)")
    actions = portal.add_subparsers(dest="portal_action", metavar="THAO_TÁC", title="thao tác")

    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument("--db", required=True, metavar="PATH",
                           help="tệp SQLite của cổng (hoặc địa chỉ postgresql://… cho thử tải)")

    serve = actions.add_parser("serve", parents=[common, db_option], help="chạy cổng tham chiếu qua HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="địa chỉ lắng nghe (mặc định 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="cổng TCP (0: chọn cổng trống; mặc định 8765)")
    serve.add_argument("--seed-online", type=int, default=0, metavar="N",
                       help="tạo N hồ sơ công dân nộp trực tuyến trước khi chạy")
    serve.add_argument("--seed-agency", metavar="CODE",
                       help="cơ quan nhận các hồ sơ tạo thêm (mặc định: mọi cơ quan có tài khoản bàn tiếp nhận)")
    serve.add_argument("--faults", default="", metavar="SPEC",
                       help="giả lập lỗi mạng, ví dụ drop=0.1,error=0.1,truncate=0.05,delay_ms=200,seed=1")
    serve.set_defaults(handler=_serve)

    account = actions.add_parser("account", parents=[common], help="tài khoản bàn tiếp nhận trên cổng")
    account_actions = account.add_subparsers(dest="account_action", metavar="THAO_TÁC", title="thao tác")
    add = account_actions.add_parser("add", parents=[common, db_option], help="thêm (hoặc đặt lại) tài khoản")
    add.add_argument("username", metavar="U")
    add.add_argument("password", metavar="P")
    add.add_argument("--agency", required=True, metavar="CODE", help="mã định danh điện tử của cơ quan")
    add.set_defaults(handler=_account_add)

    listing = actions.add_parser("list", parents=[common, db_option], help="liệt kê hồ sơ trên cổng")
    listing.set_defaults(handler=_list)

    status = actions.add_parser("set-status", parents=[common, db_option],
                                help="đổi trạng thái hồ sơ như cơ quan xử lý (7: công dân rút hồ sơ)")
    status.add_argument("code", metavar="CODE", help="mã hồ sơ")
    status.add_argument("status", metavar="STATUS", type=int, help="mã trạng thái TrangThaiHoSo (1–10)")
    status.add_argument("--reason", default="", help="nội dung xử lý")
    status.set_defaults(handler=_set_status)

    seed = actions.add_parser("seed-online", parents=[common, db_option],
                              help="tạo hồ sơ công dân nộp trực tuyến (dữ liệu minh họa)")
    seed.add_argument("count", metavar="N", type=int)
    seed.add_argument("--agency", required=True, metavar="CODE")
    seed.add_argument("--seed", type=int, default=None, help="hạt giống ngẫu nhiên (để lặp lại được)")
    seed.set_defaults(handler=_seed_online)

    calendar = actions.add_parser("calendar", parents=[common, db_option],
                                  help="thêm ngày nghỉ hoặc ngày làm bù do tỉnh công bố")
    calendar.add_argument("day", metavar="YYYY-MM-DD")
    kind = calendar.add_mutually_exclusive_group(required=True)
    kind.add_argument("--working", action="store_true", help="ngày làm việc bù")
    kind.add_argument("--day-off", action="store_true", help="ngày nghỉ")
    calendar.add_argument("--note", default="", help="ghi chú (văn bản công bố)")
    calendar.set_defaults(handler=_calendar)


def _open(target: str) -> Portal:
    try:
        from sync.portal.server import open_portal
    except ImportError as exc:
        raise CliError("Cổng tham chiếu cần starlette và uvicorn: pip install \"motcua-desk[portal]\"") from exc
    return open_portal(target)


def _serve(ctx: Context, args: argparse.Namespace) -> int:
    from sync.portal.faults import Faults
    from sync.portal.server import serve

    if not 0 <= args.port <= 65535:
        raise CliError("Cổng TCP {port} không hợp lệ (0–65535)", port=args.port)
    if args.seed_online < 0:
        raise CliError("Số hồ sơ tạo thêm không được âm")
    faults = Faults.parse(args.faults) if args.faults else None
    portal = _open(args.db)
    if args.seed_online:
        agencies = [args.seed_agency] if args.seed_agency else sorted({a["MaDonVi"] for a in portal.agencies()["items"]})
        if not agencies:
            raise CliError("Chưa có cơ quan nào trên cổng; dùng --seed-agency CODE hoặc thêm tài khoản trước")
        rng = random.Random()
        for index in range(args.seed_online):
            portal.seed_online(1, agencies[index % len(agencies)], rng=rng)

    def ready(url: str) -> None:
        text = f"Cổng tham chiếu đang chạy tại {url} (cơ sở dữ liệu {portal.db.label}); Ctrl+C để dừng"
        ctx.emit({"url": url, "db": portal.db.label, "faults": args.faults or None}, text)

    try:
        serve(portal, args.host, args.port, faults=faults, on_ready=ready)
    except KeyboardInterrupt:  # Ctrl+C is how an administrator stops the portal: a normal end
        pass
    except OSError as exc:
        raise CliError("Không mở được cổng {host}:{port}: {reason}", host=args.host, port=args.port,
                       reason=exc.strerror or str(exc)) from exc
    finally:
        portal.db.close()
    return 0


def _account_add(ctx: Context, args: argparse.Namespace) -> int:
    portal = _open(args.db)
    account = portal.add_account(args.username, args.password, args.agency)
    ctx.emit({"username": account.username, "agency": account.agency},
             f"Đã lưu tài khoản {account.username} của cơ quan {account.agency}")
    return 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    rows = _open(args.db).list_dossiers()

    def text() -> str:
        if not rows:
            return "Cổng chưa có hồ sơ nào"
        return "\n".join(
            f"{r['code']}  {r['agency']}  trạng thái {r['status']} ({DossierStatus(r['status']).label})"
            f"  kênh {r['channel']}  phiên bản {r['revision']}" for r in rows)

    ctx.emit(rows, text)
    return 0


def _set_status(ctx: Context, args: argparse.Namespace) -> int:
    try:
        status = DossierStatus(args.status)
    except ValueError as exc:
        raise CliError("Mã trạng thái {value} không có trong danh mục TrangThaiHoSo (1–10)",
                       value=args.status) from exc
    hoso = _open(args.db).set_status(args.code.strip(), status, reason=args.reason)
    ctx.emit({"code": hoso["MaHoSo"], "status": hoso["TrangThaiHoSo"], "revision": hoso["PhienBan"]},
             f"Hồ sơ {hoso['MaHoSo']}: trạng thái {status.value} ({status.label}), phiên bản {hoso['PhienBan']}")
    return 0


def _seed_online(ctx: Context, args: argparse.Namespace) -> int:
    if not 0 <= args.count <= 100_000:
        raise CliError("Số hồ sơ phải từ 0 đến 100000")
    codes = _open(args.db).seed_online(args.count, args.agency, rng=random.Random(args.seed))
    ctx.emit(codes, "\n".join(codes) if codes else "Không tạo hồ sơ nào")
    return 0


_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def _calendar(ctx: Context, args: argparse.Namespace) -> int:
    match = _DAY.fullmatch(args.day.strip())
    try:
        if match is None:
            raise ValueError
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise CliError("Ngày «{day}» không hợp lệ; dùng dạng YYYY-MM-DD", day=args.day) from exc
    _open(args.db).put_calendar_override(day.strftime("%Y%m%d"), bool(args.working), args.note)
    ctx.emit({"day": day.isoformat(), "working": bool(args.working), "note": args.note},
             f"Đã ghi {day:%d/%m/%Y}: {'ngày làm việc bù' if args.working else 'ngày nghỉ'}")
    return 0
