"""Order the procedures the picker shows: this desk's most used first, without burying a better match.

The catalogue's own search (`Catalogue.search`) decides what matches and how well. On top of it:
- an empty query lists every procedure, most used at this desk first (then catalogue order);
- a code query keeps the catalogue's order (the official typed an exact mã TTHC);
- otherwise procedures whose *name* holds every query word come before keyword/lĩnh vực matches, and
  within each group the most used come first, ties keeping the catalogue's ranking.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from forms.catalogue import Catalogue, Procedure, normalise

_CODE_QUERY = re.compile(r"^[0-9][0-9.\s]*$")


def _name_matches(procedure: Procedure, words: Sequence[str]) -> bool:
    name_words = normalise(procedure.name).split()
    return all(any(word.startswith(q) for word in name_words) for q in words)


def rank_procedures(
    catalogue: Catalogue, query: str, usage: Mapping[str, int], *, limit: int | None = None
) -> list[Procedure]:
    raw = query.strip()
    found = catalogue.search(raw, limit=None)
    if raw and _CODE_QUERY.match(raw):
        return found if limit is None else found[:limit]
    words = normalise(raw).split()
    order = {p.code: i for i, p in enumerate(found)}

    def key(procedure: Procedure) -> tuple[int, int, int]:
        group = 0 if not words or _name_matches(procedure, words) else 1
        return (group, -usage.get(procedure.code, 0), order[procedure.code])

    ranked = sorted(found, key=key)
    return ranked if limit is None else ranked[:limit]
