"""`motcua db path|check|backup [FILE]|restore FILE`: the local database of this desk.

JSON (with --json):
  path     {"path", "data_dir", "exists"}
  check    {"ok", "path", "schema_version", "dossiers", "events", "outbox", "problems": [text…]};
           exit 2 when a problem is found (a damaged file is refused at open, naming the latest backup)
  backup   {"path", "taken_at", "size", "reason", "second_copy", "second_copy_error"}
  restore  {"restored_from", "safety_copy", "backup_taken_at", "dossiers", "lost_dossiers", "lost_codes",
           "message"}; exit 2 (nothing touched) for a file that is not a whole MotCua database
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.framework import CliError, Context
from sync.store import LATEST_VERSION, Store, inspect_backup, restore_backup
from sync.store.migrations import user_version


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    db = subparsers.add_parser("db", parents=[common], help="cơ sở dữ liệu của bàn tiếp nhận")
    actions = db.add_subparsers(dest="db_action", metavar="THAO_TÁC", title="thao tác")
    path = actions.add_parser("path", parents=[common], help="in đường dẫn tệp cơ sở dữ liệu")
    path.set_defaults(handler=_path)

    check = actions.add_parser("check", parents=[common], help="kiểm tra toàn vẹn cơ sở dữ liệu",
                               description="Kiểm tra toàn vẹn SQLite, khóa ngoại, chỉ mục tìm kiếm, nhật ký và "
                                           "hàng đợi đồng bộ, tệp quét. Thoát với mã 2 nếu có lỗi.")
    check.set_defaults(handler=_check)

    backup = actions.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu (khi đang dùng)",
                                description="Sao lưu trực tuyến. Không có TỆP: vào thư mục backups/ của bàn (xoay "
                                            "vòng, và thư mục thứ hai nếu đã cài đặt). Có TỆP: ghi ra tệp đó.")
    backup.add_argument("file", nargs="?", type=Path, metavar="TỆP", help="tệp đích (chưa tồn tại)")
    backup.set_defaults(handler=_backup)

    restore = actions.add_parser("restore", parents=[common], help="khôi phục từ một bản sao lưu",
                                 description="Thay cơ sở dữ liệu bằng bản sao lưu TỆP (hãy đóng MotCua Desk trước). "
                                             "Tệp không phải cơ sở dữ liệu MotCua hợp lệ bị từ chối. Cơ sở dữ liệu "
                                             "hiện tại được giữ lại thành một bản sao an toàn trong backups/.")
    restore.add_argument("file", type=Path, metavar="TỆP", help="tệp sao lưu .sqlite3")
    restore.set_defaults(handler=_restore)


def _path(ctx: Context, args: argparse.Namespace) -> int:
    database = ctx.layout.database
    ctx.emit(
        {"path": str(database), "data_dir": str(ctx.data_dir), "exists": database.exists()},
        str(database),
    )
    return 0


def _check(ctx: Context, args: argparse.Namespace) -> int:
    with Store.open(ctx.layout) as store:
        problems = store.integrity_problems()
        conn = store.connection
        counts = {table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                  for table in ("dossiers", "events", "outbox")}
        version = user_version(conn)
    report = {"ok": not problems, "path": str(ctx.layout.database), "schema_version": version, **counts,
              "problems": problems}

    def text() -> str:
        head = (f"Cơ sở dữ liệu {ctx.layout.database} (lược đồ {version}/{LATEST_VERSION}): "
                f"{counts['dossiers']} hồ sơ, {counts['events']} mục nhật ký, {counts['outbox']} mục chờ/đã gửi.")
        if not problems:
            return head + "\nKhông phát hiện lỗi."
        return "\n".join([head, f"Phát hiện {len(problems)} lỗi:", *(f"  - {p}" for p in problems)])

    ctx.emit(report, text)
    return 0 if not problems else 2


def _backup(ctx: Context, args: argparse.Namespace) -> int:
    target: Path | None = args.file
    if target is not None:
        target = target.expanduser().resolve()
        if target.exists():
            raise CliError("Tệp {path} đã tồn tại; hãy chọn tên tệp khác", path=str(target))
        if not target.parent.is_dir():
            raise CliError("Thư mục {path} không tồn tại", path=str(target.parent))
    with Store.open(ctx.layout) as store:
        result = store.backup("manual", target=target)
    info = result.info
    data = {"path": str(info.path), "taken_at": info.taken_at.isoformat(), "size": info.size, "reason": info.reason,
            "second_copy": None if result.second_copy is None else str(result.second_copy),
            "second_copy_error": result.second_copy_error}
    text = f"Đã sao lưu vào {info.path} ({info.size:,} byte)".replace(",", ".")
    if result.second_copy is not None:
        text += f"\nBản thứ hai: {result.second_copy}"
    if result.second_copy_error:
        text += f"\nKhông ghi được bản thứ hai: {result.second_copy_error}"
    ctx.emit(data, text)
    return 0


def _restore(ctx: Context, args: argparse.Namespace) -> int:
    source: Path = args.file.expanduser().resolve()
    if source == ctx.layout.database.resolve():
        raise CliError("Không thể khôi phục cơ sở dữ liệu từ chính nó")
    inspect_backup(source)  # refuse a bad file before anything else (InvalidBackup → exit 2)
    result = restore_backup(ctx.layout, source)
    loss = result.loss
    data = {
        "restored_from": str(result.restored_from),
        "safety_copy": None if result.safety_copy is None else str(result.safety_copy),
        "backup_taken_at": loss.backup_taken_at.isoformat(),
        "dossiers": result.contents.dossiers,
        "lost_dossiers": loss.lost_dossiers,
        "lost_codes": list(loss.lost_codes),
        "message": loss.message(),
    }
    lines = [f"Đã khôi phục cơ sở dữ liệu từ {result.restored_from} ({result.contents.dossiers} hồ sơ)."]
    if result.safety_copy is not None:
        lines.append(f"Cơ sở dữ liệu trước khi khôi phục được giữ tại {result.safety_copy}.")
    lines.append(loss.message())
    ctx.emit(data, "\n".join(lines))
    return 0
