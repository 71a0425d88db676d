"""Shared test setup: headless Qt, an isolated data folder and keyring for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


pytest_plugins = ["tests.desktop_fixtures"]  # gui_layout, gui_store, gui_services


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Never touch the real per-user data folder from a test."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("MOTCUA_DATA_DIR", str(data_dir))
    yield data_dir
