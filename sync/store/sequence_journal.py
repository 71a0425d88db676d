"""A plain-text journal of the dossier numbers issued, kept beside the database, for restores.

Why: restoring yesterday's backup after the database file was damaged also restores yesterday's counters,
and the desk would hand out again numbers already printed on citizens' receipts since then. The journal is
appended (one short line, no fsync: it only has to survive a damaged database, not a power cut) inside the
save transaction, before its commit, so it holds every number that may have reached a receipt — plus, at
worst, numbers of saves that were rolled back, which a restore then skips harmlessly. `restore` raises the
restored counters to the journal's maxima. Lines a crash cut short are ignored. The file is compacted to one
line per (agency, day, desk) when it grows.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TextIO

FILE_NAME = "issued-numbers.txt"
COMPACT_ABOVE_BYTES = 512 * 1024

Key = tuple[str, str, int]  # (agency, day as YYYY-MM-DD, desk)


def journal_path(root: Path) -> Path:
    return root / FILE_NAME


def append(handle: TextIO, agency: str, day: str, desk: int, number: int) -> None:
    handle.write(f"{agency}\t{day}\t{desk}\t{number}\n")
    handle.flush()


def read_maxima(path: Path) -> dict[Key, int]:
    maxima: dict[Key, int] = {}
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return maxima
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or not parts[2].isdigit() or not parts[3].isdigit():
            continue  # a line cut short by a crash
        key = (parts[0], parts[1], int(parts[2]))
        maxima[key] = max(maxima.get(key, 0), int(parts[3]))
    return maxima


def compact(path: Path) -> None:
    """Rewrite the journal with one line per key (atomic), when it is large."""
    try:
        if path.stat().st_size <= COMPACT_ABOVE_BYTES:
            return
    except FileNotFoundError:
        return
    maxima = read_maxima(path)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for (agency, day, desk), number in sorted(maxima.items()):
            handle.write(f"{agency}\t{day}\t{desk}\t{number}\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def open_for_append(path: Path) -> TextIO:
    with contextlib.suppress(OSError):
        compact(path)
    return open(path, "a", encoding="utf-8")
