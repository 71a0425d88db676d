"""`motcua account …`: officials' local accounts (for administrators and scripts).

    motcua account add LOGIN --role ROLE --name NAME --password P
    motcua account list
    motcua account passwd LOGIN --password P
    motcua account disable LOGIN  /  enable LOGIN

Roles: reception, processing, head, admin. JSON keys of `list --json` (an array) and `add --json`:
`login`, `display_name`, `role`, `active`. The password hash is never printed.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.framework import Context
from sync import accounts
from sync.accounts import Official, Role
from sync.store import Store


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    account = subparsers.add_parser("account", parents=[common], help="tài khoản cán bộ trên bàn tiếp nhận")
    actions = account.add_subparsers(dest="account_action", metavar="THAO_TÁC", title="thao tác")
    roles = ", ".join(r.value for r in Role)

    add = actions.add_parser("add", parents=[common], help="thêm tài khoản cán bộ")
    add.add_argument("login", metavar="LOGIN", help="tên đăng nhập (chữ không dấu, số, . _ -)")
    add.add_argument("--role", required=True, metavar="ROLE", help=f"vai trò: {roles}")
    add.add_argument("--name", required=True, metavar="NAME", help="họ và tên cán bộ")
    add.add_argument("--password", required=True, metavar="P",
                     help=f"mật khẩu (ít nhất {accounts.MIN_PASSWORD_LENGTH} ký tự)")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", parents=[common], help="liệt kê tài khoản")
    listing.set_defaults(handler=_list)

    passwd = actions.add_parser("passwd", parents=[common], help="đặt lại mật khẩu")
    passwd.add_argument("login", metavar="LOGIN")
    passwd.add_argument("--password", required=True, metavar="P")
    passwd.set_defaults(handler=_passwd)

    for name, active, text in (("disable", False, "khóa tài khoản"), ("enable", True, "mở lại tài khoản")):
        parser = actions.add_parser(name, parents=[common], help=text)
        parser.add_argument("login", metavar="LOGIN")
        parser.set_defaults(handler=_set_active, active=active)


def _json(official: Official) -> dict[str, Any]:
    return {"login": official.login, "display_name": official.display_name, "role": official.role.value,
            "active": official.active}


def _line(official: Official) -> str:
    state = "" if official.active else "  (đã khóa)"
    return f"{official.login}\t{official.role.value}\t{official.display_name}{state}"


def _add(ctx: Context, args: argparse.Namespace) -> int:
    with Store.open(ctx.layout) as store:
        official = accounts.add_official(store.connection, args.login, display_name=args.name, role=args.role,
                                         password=args.password)
        store.audit(None, "account_add", actor="cli", details={"login": official.login, "role": official.role.value})
    ctx.emit(_json(official), f"Đã thêm tài khoản {official.login} ({official.role.value})")
    return 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    with Store.open(ctx.layout) as store:
        officials = accounts.list_officials(store.connection)
    ctx.emit([_json(o) for o in officials],
             lambda: "\n".join(_line(o) for o in officials) if officials else "Chưa có tài khoản nào")
    return 0


def _passwd(ctx: Context, args: argparse.Namespace) -> int:
    with Store.open(ctx.layout) as store:
        login = accounts.normalise_login(args.login)
        accounts.set_password(store.connection, login, args.password)
        store.audit(None, "account_password", actor="cli", details={"login": login})
    ctx.emit({"login": login}, f"Đã đặt lại mật khẩu cho {login}")
    return 0


def _set_active(ctx: Context, args: argparse.Namespace) -> int:
    with Store.open(ctx.layout) as store:
        login = accounts.normalise_login(args.login)
        accounts.set_active(store.connection, login, args.active)
        store.audit(None, "account_enable" if args.active else "account_disable", actor="cli",
                    details={"login": login})
    ctx.emit({"login": login, "active": args.active},
             f"Đã {'mở lại' if args.active else 'khóa'} tài khoản {login}")
    return 0
