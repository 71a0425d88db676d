"""Vietnamese text helpers shared by search, redaction and parsing."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Fold for accent-insensitive search: NFD, drop combining marks, map đ/Đ to d, lower-case.

    SQLite FTS5's `remove_diacritics 2` does not fold đ (it has no decomposition), so "dang" would miss
    "Đặng"; every search index stores this folded form instead.
    """
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
