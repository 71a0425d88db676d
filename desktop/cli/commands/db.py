"""`motcua db …`: the local database of this desk."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.framework import Context


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    db = subparsers.add_parser("db", parents=[common], help="cơ sở dữ liệu của bàn tiếp nhận")
    actions = db.add_subparsers(dest="db_action", metavar="THAO_TÁC", title="thao tác")
    path = actions.add_parser("path", parents=[common], help="in đường dẫn tệp cơ sở dữ liệu")
    path.set_defaults(handler=_path)


def _path(ctx: Context, args: argparse.Namespace) -> int:
    database = ctx.layout.database
    ctx.emit(
        {"path": str(database), "data_dir": str(ctx.data_dir), "exists": database.exists()},
        str(database),
    )
    return 0
