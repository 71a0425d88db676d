"""Keep citizens' personal data out of log records.

Law 91/2025/QH15 and Decree 356/2025 treat ID numbers, names, birth dates, addresses and phone numbers
as personal data; logs are copied, mailed to support and kept for months, so none of it may reach them.
`RedactingFilter` is attached to every log handler. It formats the record (message, arguments,
exception text, stack) first and scrubs the final text, because personal data usually arrives through
the arguments or an exception message, not the format string.

Three layers, because no single one catches everything:
1. shapes: digit runs (ID numbers, old ID numbers, phones, ddMMyyyy dates), dates, e-mails, QR payloads;
2. words: Vietnamese full names that start with a known family name, and address fragments that start
   with an administrative word (Thôn, Xã, Phường, Tỉnh, ...), with or without diacritics;
3. values: strings the application registers as sensitive while it holds them (the name and address read
   from a card), which catches names with rare family names.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections import OrderedDict
from typing import Any

from forms.text import fold

ID_MASK = "[số]"
DATE_MASK = "[ngày]"
NAME_MASK = "[họ tên]"
ADDRESS_MASK = "[địa chỉ]"
EMAIL_MASK = "[email]"
QR_MASK = "[dữ liệu QR]"
VALUE_MASK = "[dữ liệu cá nhân]"

# The most common Vietnamese family names, which start almost every full name.
_FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Đinh", "Lương", "Trịnh", "Mai", "Trương", "Lâm", "Hà", "Cao", "Tô", "Tạ", "Châu", "Quách", "Thái", "Văn", "Vương", "Lưu", "Kiều", "Triệu", "Chu", "Hồng", "Tăng", "Lã", "La", "Mạc", "Thân", "Khổng", "Phùng", "Nghiêm", "Từ", "Lục", "Quan", "Diệp", "Hứa", "Giang", "Kim", "Thạch", "Lò", "Lường", "Cầm", "Hoàng", "Âu", "Ông", "Đàm", "Bạch", "Chế", "Viên", "Thiều", "Tôn", "Ninh", "Tống", "Khúc", "Vi", "Nông", "Ma", "Hầu", "Lạc", "Sầm", "Mẫn", "Phí", "Hàn", "Ung", "Doãn", "Khuất", "Giáp", "Quang", "Bế", "Lăng", "Lữ"]

_ADDRESS_WORDS = (
    "thôn", "xóm", "ấp", "bản", "buôn", "sóc", "làng", "tổ dân phố", "tổ", "khu phố", "khóm", "khu",
    "số nhà", "số", "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "phường", "xã", "thị trấn", "quận",
    "huyện", "thị xã", "thành phố", "tp.", "tỉnh",
)


def _alternatives(words: list[str] | tuple[str, ...]) -> str:
    variants = {w.lower() for w in words} | {fold(w) for w in words}
    # Longest first so "tổ dân phố" wins over "tổ".
    return "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))


_WORD = r"[^\W\d_]+"
_CAP_WORD = r"[^\W\d_][^\W\d_]*"

_QR_PAYLOAD = re.compile(r"[^|\n]*(?:\|[^|\n]*){4,}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ISO_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?\b")
_DMY_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
# Runs of 8+ digits, allowing the spaces, dots and dashes people put in phone numbers.
_DIGIT_RUN = re.compile(r"(?<![\w.-])\+?\d(?:[ .-]?\d){7,}(?![\w])")
_FULL_NAME = re.compile(
    rf"(?i:\b(?:{_alternatives(_FAMILY_NAMES)}))(?:[ \t]+{_CAP_WORD}){{1,5}}",
)
_ADDRESS = re.compile(
    rf"(?i:\b(?:{_alternatives(_ADDRESS_WORDS)}))(?=[\s\d])[^;\n\]\)\"']*",
)


def _mask_name(match: re.Match[str]) -> str:
    # A name is written with capitals (Nguyễn Văn An, NGUYỄN VĂN AN): mask the capitalised run that starts
    # with the family name and keep what follows it; prose such as "lê thời hạn" is lower case and kept.
    words = re.split(r"([ \t]+)", match.group(0))
    kept = 0
    for index in range(0, len(words), 2):
        if not words[index][:1].isupper():
            break
        kept = index + 1
    if kept < 3:  # a family name alone is not a full name
        return match.group(0)
    return NAME_MASK + "".join(words[kept:])


class _SensitiveValues:
    """A bounded, thread-safe set of values the application is holding right now.

    Every log record is checked against all of them, so they are matched by one regular expression built
    as a trie (shared prefixes written once) and rebuilt only when the set changes: a pattern per value
    meant hundreds of regex compilations per log line once a day's cards had been read.
    """

    def __init__(self, capacity: int = 512) -> None:
        self._values: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()
        self._pattern: re.Pattern[str] | None = None
        self._stale = False

    def add(self, *values: str | None) -> None:
        with self._lock:
            for value in values:
                if not value:
                    continue
                key = unicodedata.normalize("NFC", value).strip()
                if len(key) < 3:
                    continue
                if key not in self._values:
                    self._stale = True
                self._values[key] = None
                self._values.move_to_end(key)
                while len(self._values) > self._capacity:
                    self._values.popitem(last=False)

    def pattern(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._stale:
                spellings = {v.lower() for v in self._values} | {fold(v) for v in self._values}
                self._pattern = re.compile(_trie_pattern(spellings), re.IGNORECASE) if spellings else None
                self._stale = False
            return self._pattern

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._pattern = None
            self._stale = False


def _trie_pattern(words: set[str]) -> str:
    """A regex matching any of `words`, longest first at each position, with common prefixes shared."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:  # greedy: a longer value wins over a value that is its prefix
        return "(?:" + body + ")?"
    return body


_sensitive = _SensitiveValues()


def register_sensitive(*values: str | None) -> None:
    """Ask the log filter to mask these exact values (e.g. a name read from a card) from now on."""
    _sensitive.add(*values)


def forget_sensitive() -> None:
    _sensitive.clear()


def redact(text: str) -> str:
    """Return `text` with every piece of personal data it can recognise replaced by a mask."""
    if not text:
        return text
    out = unicodedata.normalize("NFC", text)
    values = _sensitive.pattern()
    if values is not None:
        out = values.sub(VALUE_MASK, out)
    out = _QR_PAYLOAD.sub(QR_MASK, out)
    out = _EMAIL.sub(EMAIL_MASK, out)
    out = _ISO_DATE.sub(DATE_MASK, out)
    out = _DMY_DATE.sub(DATE_MASK, out)
    out = _DIGIT_RUN.sub(ID_MASK, out)
    out = _ADDRESS.sub(ADDRESS_MASK, out)
    out = _FULL_NAME.sub(_mask_name, out)
    return out


class RedactingFilter(logging.Filter):
    """A handler filter that renders each record and replaces its text with the redacted text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not crash logging, nor leak its arguments
            message = str(record.msg)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        # The traceback object holds the original exception; once rendered and redacted it is not needed.
        record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
