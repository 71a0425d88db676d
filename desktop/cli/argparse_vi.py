"""argparse in Vietnamese: its fixed phrases translated, and its errors as one line with exit code 2."""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

_PHRASES = {
    "usage: ": "Cách dùng: ",
    "options": "tùy chọn",
    "positional arguments": "tham số",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": "hiện phiên bản rồi thoát",
}

_ERRORS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the following arguments are required: (.*)"), "Thiếu tham số bắt buộc: {0}"),
    (re.compile(r"unrecognized arguments: (.*)"), "Tham số không được nhận dạng: {0}"),
    (re.compile(r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)"),
     "Tham số {0}: lựa chọn {1} không hợp lệ (chọn một trong: {2})"),
    (re.compile(r"argument (.*?): invalid (\w+) value: (.*)"), "Tham số {0}: giá trị {2} không hợp lệ"),
    (re.compile(r"argument (.*?): expected one argument"), "Tham số {0} cần một giá trị"),
    (re.compile(r"argument (.*?): not allowed with argument (.*)"), "Không dùng {0} cùng với {1}"),
    (re.compile(r"one of the arguments (.*) is required"), "Cần một trong các tham số: {0}"),
    (re.compile(r"argument (.*?): (.*)"), "Tham số {0}: {1}"),
]


def translate_phrase(text: str) -> str:
    return _PHRASES.get(text, text)


def translate_error(message: str) -> str:
    for pattern, template in _ERRORS:
        match = pattern.fullmatch(message.strip())
        if match:
            return template.format(*match.groups())
    return "Lệnh không hợp lệ: " + message


def install() -> None:
    """Route argparse's fixed phrases through our table (argparse looks `_` up at call time)."""
    argparse._ = translate_phrase  # type: ignore[attr-defined]


class VietnameseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {translate_error(message)}", file=sys.stderr, flush=True)
        raise SystemExit(2)
