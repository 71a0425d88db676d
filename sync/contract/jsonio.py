"""The JSON of the sync wire (request and reply bodies, the portal's stored documents), on orjson.

orjson is a C extension that writes and reads JSON about ten and two to three times faster than the standard
library; a push of 500 dossiers is ~0.7 MB of JSON written by the desk and read by the portal, and the
portal writes each dossier again to store it, so this is on the critical path of every sync (bench.sync).
The value written is the one `json.dumps(value, ensure_ascii=False, separators=(",", ":"))` writes, and for
strings, integers, booleans, None, lists and dicts the text is identical; a float may be spelt differently
(0.000015 for 1.5e-05, the same number). NaN and infinities, which JSON cannot carry, are written as null
(the standard library wrote the non-JSON `NaN`). What orjson refuses — integers beyond 64 bits — and what it
would serialise where the standard library refuses (datetimes, dataclasses) goes to the standard library, so
the result, or the error, stays what it was. Reading falls back the same way, and a text with a long digit run
is read by the standard library from the start (orjson would turn a huge integer into a float).
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON (non-ASCII characters as themselves)."""
    try:
        return orjson.dumps(value, option=_OPTIONS)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def dumps_text(value: Any) -> str:
    return dumps(value).decode("utf-8")


# orjson reads an integer beyond 64 bits as a float, silently (-9223372036854775809 → -9.223372036854776e+18):
# a text with a run of 19 or more digits, in a number or not, is left to the standard library.
_LONG_DIGITS = re.compile(r"[0-9]{19}")
_LONG_DIGITS_BYTES = re.compile(rb"[0-9]{19}")


def loads(data: bytes | str) -> Any:
    """The value of a JSON document; raises ValueError (UnicodeDecodeError for bytes that are not UTF-8)."""
    long_digits = _LONG_DIGITS_BYTES if isinstance(data, bytes) else _LONG_DIGITS
    if long_digits.search(data) is not None:  # type: ignore[arg-type]
        return json.loads(data.decode("utf-8") if isinstance(data, bytes) else data)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        # What orjson refuses and the standard library reads (NaN, integers beyond 64 bits) keeps its meaning;
        # anything else raises the standard library's error, as before.
        return json.loads(data.decode("utf-8") if isinstance(data, bytes) else data)
