"""Find a procedure the way an official types at the counter: no diacritics, any case, part of a word.

Everything is compared in the folded form of `forms.text.fold` (NFD, marks dropped, đ→d, lower case) with
punctuation turned into spaces, so "khai sinh", "KHAI SINH", "khai sinh" and "Khai Sinh" are one query,
and "dang ky ket hon" finds "Đăng ký kết hôn". Ranking, best first:

0. the exact code ("1.001193", also typed without dots);
1. a code prefix ("1.0011");
2. the name starts with the query;
3. the query is a phrase starting at a word of the name;
4. every query word starts a word of the name, in any order;
5. the query is anywhere inside the name;
6. the same tests against the keywords (what people call it: "hộ khẩu", "công chứng");
7. every query word starts a word of the lĩnh vực ("ho tich" lists civil-status procedures).

Ties go to the shorter name ("Đăng ký khai sinh" before "Đăng ký lại khai sinh"); code matches list
in code order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from forms.catalogue.model import Procedure
from forms.text import fold

_NON_WORD = re.compile(r"[^0-9a-z]+")
_CODE_QUERY = re.compile(r"^[0-9][0-9.\s]*$")


def normalise(text: str) -> str:
    """Folded, punctuation as single spaces, trimmed: the form every comparison uses."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def _digits(text: str) -> str:
    return re.sub(r"[^0-9]", "", text)


@dataclass(frozen=True)
class _Entry:
    procedure: Procedure
    code_digits: str
    name: str
    name_words: tuple[str, ...]
    keywords: tuple[str, ...]
    field_words: tuple[str, ...]


def _text_rank(query: str, words: Sequence[str], text: str, base: int) -> int | None:
    """Rank of a query against one text (name or keyword), offset by `base`; None when it does not match."""
    if text.startswith(query):
        return base
    if f" {query}" in f" {text}":
        return base + 1
    if all(any(word.startswith(q) for word in words) for q in query.split()):
        return base + 2
    if query in text:
        return base + 3
    return None


class SearchIndex:
    """Folded forms of every procedure, computed once per catalogue."""

    def __init__(self, procedures: Sequence[Procedure]) -> None:
        self._entries = tuple(
            _Entry(
                procedure=p,
                code_digits=_digits(p.code),
                name=normalise(p.name),
                name_words=tuple(normalise(p.name).split()),
                keywords=tuple(normalise(k) for k in p.keywords),
                field_words=tuple(normalise(f"{p.field_name} {p.field_code}").split()),
            )
            for p in procedures
        )

    def _rank(self, entry: _Entry, query: str, raw: str) -> int | None:
        if _CODE_QUERY.match(raw):
            digits = _digits(raw)
            if digits == entry.code_digits:
                return 0
            if entry.code_digits.startswith(digits):
                return 1
        rank = _text_rank(query, entry.name_words, entry.name, 2)
        if rank is not None:
            return rank
        for keyword in entry.keywords:
            if _text_rank(query, keyword.split(), keyword, 0) is not None:
                return 6
        if all(any(word.startswith(q) for word in entry.field_words) for q in query.split()):
            return 7
        return None

    def search(self, text: str, limit: int | None = 20) -> list[Procedure]:
        raw = text.strip()
        query = normalise(raw)
        if not query:
            matches = [e.procedure for e in self._entries]
            return matches if limit is None else matches[:limit]
        ranked = []
        for position, entry in enumerate(self._entries):
            rank = self._rank(entry, query, raw)
            if rank is not None:
                # Code matches list in code order; name matches shortest name first.
                by_code = entry.code_digits if rank <= 1 else ""
                ranked.append((rank, by_code, len(entry.name), position, entry.procedure))
        ranked.sort(key=lambda item: item[:4])
        found = [item[4] for item in ranked]
        return found if limit is None else found[:limit]
