"""The Qt binding the desk runs on must not corrupt the interpreter (a desk stays open all day)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_references_to_none(qtbot: QtBot) -> None:
    # PySide6 6.12.0 dropped one reference to None per void call; on CPython 3.11 that aborts the process
    # after a few thousand calls ("none_dealloc"). pyproject.toml excludes it; this catches a regression.
    edit = QLineEdit()
    qtbot.addWidget(edit)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.setText("Nguyễn Văn An")
        timer.start(1000)
    timer.stop()
    drift = sys.getrefcount(None) - before
    # Other threads may take or release a few references meanwhile; a leak shows as about -4000.
    assert abs(drift) < 500, f"None lost {-drift} references over 4000 void Qt calls"
