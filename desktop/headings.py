"""A heading label whose size follows the application font, so large-font mode enlarges headings too.

A widget given its own point size stops following `QApplication.setFont`; this label recomputes its size
from the application font whenever that changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class Heading(QLabel):
    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.4, bold: bool = True) -> None:
        super().__init__(parent)
        self.scale = scale
        self.bold = bold
        self._apply()

    def _apply(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self.scale)
        font.setBold(self.bold)
        self.setFont(font)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply()
        return super().event(event)
