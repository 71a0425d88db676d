"""`motcua idcard parse PAYLOAD|-`: read an ID-card QR payload as the desk does after a scan."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from desktop.cli.framework import Context
from forms.idcard import IdCard, parse_idcard
from forms.redact import register_sensitive


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    idcard = subparsers.add_parser("idcard", parents=[common], help="đọc mã QR trên thẻ căn cước/CCCD")
    actions = idcard.add_subparsers(dest="idcard_action", metavar="THAO_TÁC", title="thao tác")
    parse = actions.add_parser(
        "parse", parents=[common],
        help="phân tích nội dung mã QR (PAYLOAD, hoặc - để đọc từ stdin dạng UTF-8)",
        description="Phân tích nội dung mã QR của thẻ căn cước gắn chip hoặc thẻ Căn cước 2024.",
    )
    parse.add_argument("payload", metavar="PAYLOAD", help="nội dung mã QR; '-' để đọc từ stdin")
    parse.set_defaults(handler=_parse)


def _read_payload(argument: str) -> str | bytes:
    if argument == "-":
        return sys.stdin.buffer.read()
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that were not UTF-8 reach argv as surrogate escapes: hand the real bytes to the parser,
        # which names the encoding problem instead of guessing.
        return os.fsencode(argument)
    return argument


def _date(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else "(không có)"


def _text(card: IdCard) -> str:
    province = card.birth_province or ""
    lines = [
        f"Số định danh: {card.id_number}" + (f" (nơi đăng ký khai sinh: {province})" if province else ""),
        f"Số CMND cũ: {card.old_id_number or '(không có)'}",
        f"Họ và tên: {card.full_name}",
        f"Ngày sinh: {_date(card.birth_date)}",
        f"Giới tính: {card.sex.value}",
        f"Nơi thường trú: {card.address}",
        f"Ngày cấp: {_date(card.issue_date)}",
    ]
    if card.extra:
        lines.append("Trường khác: " + " | ".join(card.extra))
    return "\n".join(lines)


def _parse(ctx: Context, args: argparse.Namespace) -> int:
    card = parse_idcard(_read_payload(args.payload))
    register_sensitive(card.full_name, card.address, *card.extra)
    ctx.emit(card.to_json(), lambda: _text(card))
    return 0
