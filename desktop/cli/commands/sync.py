"""`motcua sync …`: synchronise this desk with the portal; store the desk's portal credentials.

    motcua sync login --portal URL --user U --password P     credentials into the OS keyring
    motcua sync [--portal URL] [--once] [--interval S]       push, pull, reference data (loop until Ctrl+C)
    motcua sync status                                       what waits, conflicts, the last success
"""

from __future__ import annotations

import argparse
import threading
from typing import Any

from desktop.cli.framework import CliError, Context, warn
from sync.client import PortalClient, PortalUnreachable, SyncError
from sync.credentials import delete_credentials, load_credentials, normalise_url, save_credentials
from sync.desk_profile import read_profile
from sync.engine import LAST_SUCCESS_KEY, PORTAL_URL_KEY, SyncEngine, SyncReport, cursor_key
from sync.store import Store


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    sync = subparsers.add_parser("sync", parents=[common], help="đồng bộ hồ sơ với Cổng dịch vụ công")
    sync.add_argument("--portal", metavar="URL", help="địa chỉ cổng (mặc định: cổng đã đăng nhập gần nhất)")
    sync.add_argument("--once", action="store_true", help="đồng bộ một lần rồi thoát")
    sync.add_argument("--interval", type=float, default=60.0, metavar="S",
                      help="số giây giữa hai lần đồng bộ khi chạy liên tục (mặc định 60)")
    sync.add_argument("--batch", type=int, default=200, metavar="N", help="số thay đổi mỗi lần gửi (mặc định 200)")
    sync.set_defaults(handler=_run)
    actions = sync.add_subparsers(dest="sync_action", metavar="THAO_TÁC", title="thao tác")

    login = actions.add_parser("login", parents=[common], help="lưu tài khoản bàn tiếp nhận trên cổng vào kho khóa")
    login.add_argument("--portal", required=True, metavar="URL")
    login.add_argument("--user", required=True, metavar="U")
    login.add_argument("--password", required=True, metavar="P")
    login.set_defaults(handler=_login)

    logout = actions.add_parser("logout", parents=[common], help="xóa tài khoản cổng khỏi kho khóa")
    logout.add_argument("--portal", metavar="URL")
    logout.set_defaults(handler=_logout)

    status = actions.add_parser("status", parents=[common], help="tình trạng đồng bộ của bàn tiếp nhận")
    status.set_defaults(handler=_status)


def _portal_url(store: Store, given: str | None) -> str:
    url = given or store.get_setting(PORTAL_URL_KEY)
    if not url:
        raise CliError("Chưa có địa chỉ cổng; dùng --portal URL hoặc «motcua sync login» trước")
    return normalise_url(url)


def _login(ctx: Context, args: argparse.Namespace) -> int:
    url = normalise_url(args.portal)
    credentials = save_credentials(ctx.layout, url, args.user, args.password)
    with Store.open(ctx.layout) as store:
        store.set_setting(PORTAL_URL_KEY, url)
        desk_agency = read_profile(store).agency_code
    checked: dict[str, Any] = {"portal": url, "username": credentials.username, "verified": False,
                               "agency": None, "desk_agency": desk_agency}
    with PortalClient(url, credentials) as client:
        try:
            reply = client.login()
        except PortalUnreachable:
            ctx.emit(checked, f"Đã lưu tài khoản {credentials.username} cho {url}; chưa kiểm tra được vì "
                              "không kết nối được cổng")
            return 0
        except SyncError as exc:
            delete_credentials(ctx.layout, url)
            raise CliError("Không đăng nhập được cổng {url}: {reason}", url=url, reason=str(exc)) from exc
    checked.update(verified=True, agency=reply["agency"])
    text = f"Đã đăng nhập cổng {url} với tài khoản {credentials.username} (cơ quan {reply['agency']})"
    if reply["agency"] != desk_agency:
        warn(f"motcua: chú ý — mã cơ quan của bàn ({desk_agency}) khác mã cơ quan của tài khoản "
             f"({reply['agency']}); cổng sẽ từ chối hồ sơ của cơ quan khác")
    ctx.emit(checked, text)
    return 0


def _logout(ctx: Context, args: argparse.Namespace) -> int:
    with Store.open(ctx.layout) as store:
        url = _portal_url(store, args.portal)
    removed = delete_credentials(ctx.layout, url)
    ctx.emit({"portal": url, "removed": removed},
             f"Đã xóa tài khoản cổng {url}" if removed else f"Không có tài khoản nào cho {url}")
    return 0


def _describe(report: SyncReport) -> str:
    head = "Đồng bộ xong" if report.ok else f"Đồng bộ chưa xong: {report.message}"
    return (f"{head}. Gửi {report.pushed} (nhận {report.applied}, trùng {report.duplicate}, xung đột "
            f"{report.conflicts}, bị từ chối {report.rejected}); nhận về {report.pulled} (mới {report.created}, "
            f"cập nhật {report.updated}); còn chờ gửi {report.pending}; xung đột chưa xử lý {report.open_conflicts}")


def _run(ctx: Context, args: argparse.Namespace) -> int:
    if args.batch < 1 or args.batch > 500:
        raise CliError("Số thay đổi mỗi lần gửi phải từ 1 đến 500")
    if args.interval <= 0:
        raise CliError("Khoảng thời gian giữa hai lần đồng bộ phải lớn hơn 0")
    with Store.open(ctx.layout) as store:
        url = _portal_url(store, args.portal)
        credentials = load_credentials(ctx.layout, url)
        if credentials is None:
            raise CliError("Chưa có tài khoản cho cổng {url}; hãy chạy «motcua sync login»", url=url)
        cancel = threading.Event()
        with PortalClient(url, credentials) as client:
            engine = SyncEngine(store, client, portal_url=url, batch_size=args.batch, cancel=cancel)
            if args.once:
                report = engine.run_once()
                ctx.emit(report.to_json(), _describe(report))
                if not report.ok:
                    raise CliError("{message}", message=report.message)
                return 0
            try:
                engine.run_forever(args.interval, on_report=lambda r: ctx.emit_line(r.to_json(), _describe(r)))
            except KeyboardInterrupt:
                cancel.set()
                warn("motcua: đã dừng đồng bộ")
    return 0


def _status(ctx: Context, args: argparse.Namespace) -> int:
    with Store.open(ctx.layout) as store:
        url = store.get_setting(PORTAL_URL_KEY)
        counts = store.outbox_counts()
        conflicts = len(store.conflicts(open_only=True))
        status = {
            "portal": url,
            "logged_in": bool(url and load_credentials(ctx.layout, url)),
            "pending": counts.get("pending", 0),
            "rejected": counts.get("rejected", 0),
            "open_conflicts": conflicts,
            "last_success": store.get_setting(LAST_SUCCESS_KEY),
            "cursor": store.get_setting(cursor_key(url)) if url else None,
        }
    text = (f"Cổng: {url or 'chưa cấu hình'}; chờ gửi {status['pending']}; bị từ chối {status['rejected']}; "
            f"xung đột chưa xử lý {conflicts}; lần đồng bộ thành công gần nhất: {status['last_success'] or 'chưa có'}")
    ctx.emit(status, text)
    return 0
