"""Where a desk keeps its files inside its data folder.

One data folder is one desk: several desks can run side by side on one machine with different folders.
Only paths are computed here; the store and the other rooms create what they own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DataLayout:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "motcua.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "motcua.log"

    @property
    def exports(self) -> Path:
        return self.root / "exports"
