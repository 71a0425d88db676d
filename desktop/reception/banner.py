"""One line of feedback at the top of a page, instead of a pop-up: scans, saves, refusals, printing."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def make_bold(widget: QWidget) -> None:
    """Bold through the widget's font, not a style sheet: a `font-weight` rule freezes the font at its
    size of the moment, so the large-font mode would leave such labels small."""
    font = QFont()
    font.setBold(True)  # only the weight is set: the size keeps following the application's font
    widget.setFont(font)


class Level(Enum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


_STYLES = {
    Level.INFO: "background: #e3f2fd; color: #0d47a1;",
    Level.SUCCESS: "background: #e8f5e9; color: #1b5e20;",
    Level.WARNING: "background: #fff8e1; color: #7a4f01;",
    Level.ERROR: "background: #fdecea; color: #8e0000;",
}


class Banner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.level: Level | None = None
        self.hide()

    def show_message(self, text: str, level: Level = Level.INFO) -> None:
        self.level = level
        self.setText(text)
        self.setStyleSheet(_STYLES[level] + " padding: 6px 10px; border-radius: 4px;")
        self.setAccessibleDescription(level.value)
        self.show()

    def clear_message(self) -> None:
        self.level = None
        self.clear()
        self.hide()
