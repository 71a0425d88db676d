"""A writer to be killed: the child side of the durability test (tests/test_store_durability.py).

Run as `python -m tests.store_killer`. It imports the store once, then for each line `run DATA_DIR` on stdin
forks a child that opens the store and saves dossiers in a loop, writing `saved INDEX CODE UUID` to stdout
right after each save has returned (one unbuffered write, atomic on a pipe). It prints `pid N` for the
child first and `exit STATUS` once the child is gone, so the test can SIGKILL it at a moment of its choice.
Forking from one warm process makes hundreds of kills cheap.
"""

from __future__ import annotations

import os
import sys
import traceback
import uuid
from dataclasses import replace
from pathlib import Path

from forms.dossier import Dossier
from sync.layout import DataLayout
from sync.store import MemoryKeys, Store
from tests.store_fixtures import make_dossier

MAX_SAVES = 100_000


def expected_dossier(index: int) -> Dossier:
    """The dossier the writer saves as its `index`-th (deterministic, uuid included)."""
    return replace(make_dossier(index), uuid=str(uuid.UUID(int=index + 1)))


def index_of(dossier_uuid: str) -> int:
    return uuid.UUID(dossier_uuid).int - 1


def _write_loop(data_dir: Path) -> None:
    store = Store.open(DataLayout(data_dir), keys=MemoryKeys(), check=False)
    # Each save is atomic, so the number of dossiers is the index of the next one, whatever the last
    # child managed to print before it died.
    first = store.count()
    for index in range(first, first + MAX_SAVES):
        saved = store.save_new(expected_dossier(index), actor="killer")
        os.write(1, f"saved {index} {saved.code} {saved.uuid}\n".encode())


def main() -> None:
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command != "run":
            continue
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                _write_loop(Path(argument))
            except BaseException:
                traceback.print_exc()
                os._exit(1)  # a save that raises is a failure the test must see, not a kill
            os._exit(0)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"exit {status}\n".encode())


if __name__ == "__main__":
    main()
