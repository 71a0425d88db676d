"""Shared test setup: headless Qt, an isolated data folder and keyring for every test."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _reserve_none_references() -> None:
    """PySide6 6.12.0 on CPython 3.11 drops one reference to None on every call of a void Qt method
    (`timer.start()`, `edit.setText(...)`: measured −1 per call; 6.11.3 does not). From 3.12 None is immortal
    and nothing happens; on 3.11 a process aborts with "none_dealloc" after ~5 000 such calls. Give None the
    same unlimited reserve 3.12 gives it, so one test module's Qt calls cannot abort a whole xdist worker.
    The application itself needs the fix too (a PySide6 version without the bug, or this reserve at start)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40  # ob_refcnt is the first field of PyObject


_reserve_none_references()

pytest_plugins = ["tests.desktop_fixtures"]  # gui_layout, gui_store, gui_services


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Never touch the real per-user data folder from a test."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("MOTCUA_DATA_DIR", str(data_dir))
    yield data_dir
