"""What one operation changed: the record that `AppServices.changes_applied` broadcasts (Anki's OpChanges).

Every save, lifecycle action, sync pull, conflict resolution or settings change produces one `Changes`; each
open screen looks at it and decides itself whether to refresh. Screens never call each other's refresh.
`origin` is the object that made the change (a page), so that page may skip reloading what it just wrote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    source: str  # "save" | "status" | "sync" | "conflict" | "settings" | "officials" | "training" …
    dossier_uuids: frozenset[str] = field(default_factory=frozenset)
    lists: bool = False  # dossier lists / search results may be stale
    counts: bool = False  # counters (pending, due today, overdue, conflicts) may be stale
    conflicts: bool = False  # the conflict inbox may be stale
    settings: bool = False  # the desk profile or user options changed
    officials: bool = False  # accounts changed
    origin: object | None = field(default=None, compare=False)

    @classmethod
    def dossiers(
        cls, uuids: Iterable[str], *, source: str, conflicts: bool = False, origin: object | None = None
    ) -> Changes:
        """The usual record after dossiers were written: rows, lists and counters may all be stale."""
        return cls(
            source=source,
            dossier_uuids=frozenset(uuids),
            lists=True,
            counts=True,
            conflicts=conflicts,
            origin=origin,
        )

    def touches(self, uuid: str) -> bool:
        return uuid in self.dossier_uuids
