"""Choosing the procedure with the keyboard: type (no diacritics needed), arrows, Enter.

The catalogue sits in memory (loaded once in the background by AppServices), so searching it on every
keystroke is instant and needs no worker; the desk's usage counts come from the store in the background and
only reorder the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr_domain
from desktop.reception.ranking import rank_procedures
from forms.catalogue import Catalogue, Procedure

_NAV_STEP = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}

AnyIndex = QModelIndex | QPersistentModelIndex


class ProcedureListModel(QAbstractListModel):
    ProcedureRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.procedures: list[Procedure] = []
        self.usage: Mapping[str, int] = {}

    def set_procedures(self, procedures: list[Procedure], usage: Mapping[str, int]) -> None:
        self.beginResetModel()
        self.procedures = procedures
        self.usage = usage
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.procedures)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.procedures):
            return None
        procedure = self.procedures[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            detail = f"{procedure.code} · {procedure.field_name} · {tr_domain(procedure.processing_time.describe())}"
            used = self.usage.get(procedure.code, 0)
            if used:
                detail += " · " + self.tr("đã nhận {n} hồ sơ").format(n=used)
            return f"{procedure.name}\n{detail}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return procedure.summary or procedure.name
        if role == self.ProcedureRole:
            return procedure
        return None


class FitWidthDelegate(QStyledItemDelegate):
    """Rows as wide as the list, so long names are elided (full name in the tooltip) instead of scrolling."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(min(size.width(), self.view.viewport().width()), size.height())


class ProcedurePicker(QWidget):
    """`picked(Procedure)` fires on Enter or a click; the search line keeps the keyboard focus."""

    picked = Signal(object)
    folded = Signal(bool)  # the list folded away (True) after a choice, or opened again (False)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procedurePicker")
        self.catalogue: Catalogue | None = None
        self.usage: Mapping[str, int] = {}
        self.current: Procedure | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("procedureSearch")
        self.search.setClearButtonEnabled(True)
        self.caption.setBuddy(self.search)
        self.model = ProcedureListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("procedureList")
        self.list.setModel(self.model)
        # Two lines per procedure (name, then code · lĩnh vực · time), long names elided with a tooltip.
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(1)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(FitWidthDelegate(self.list))
        self.list.setAlternatingRowColors(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes on to the form, not into the list
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("procedureEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.caption)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 100)
        layout.addWidget(self.empty_label)
        # Takes the space when the list is folded away, so the search line stays under its caption.
        layout.addStretch(1)
        self.search.textEdited.connect(lambda _t: self._typed())
        self.search.installEventFilter(self)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("&Thủ tục (F3)"))
        self.search.setPlaceholderText(self.tr("Gõ tên hoặc mã thủ tục, không cần dấu (vd: khai sinh)"))
        self.model.layoutChanged.emit()  # the second line of each row is translated when drawn

    def set_catalogue(self, catalogue: Catalogue | None) -> None:
        self.catalogue = catalogue
        self.refresh()

    def set_usage(self, usage: Mapping[str, int]) -> None:
        self.usage = dict(usage)
        self.refresh()

    def _typed(self) -> None:
        self._unfold()  # the official is choosing again
        self.refresh()

    def _unfold(self) -> None:
        if self.list.isHidden():
            self.list.show()
            self.folded.emit(False)

    def refresh(self) -> None:
        if self.catalogue is None:
            self.model.set_procedures([], {})
            self.empty_label.setText(self.tr("Đang nạp danh mục thủ tục…"))
            self.empty_label.show()
            return
        query = self.search.text()
        if self.current is not None and query == self.current.name:
            query = ""  # the line shows the chosen procedure: list everything again
        found = rank_procedures(self.catalogue, query, self.usage)
        self.model.set_procedures(found, self.usage)
        if found:
            self.empty_label.hide()
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.empty_label.setText(self.tr("Không có thủ tục nào khớp “{text}”.").format(text=query))
            self.empty_label.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in _NAV_STEP and self.model.rowCount():
                self._unfold()
                # Arrows move the list's highlight while the caret stays in the search line.
                row = self.list.currentIndex().row() + _NAV_STEP[key]
                row = max(0, min(row, self.model.rowCount() - 1))
                index = self.model.index(row, 0)
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activated(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        procedure = index.data(ProcedureListModel.ProcedureRole)
        if isinstance(procedure, Procedure):
            self.choose(procedure)

    def choose(self, procedure: Procedure) -> None:
        self.show_chosen(procedure)
        self.picked.emit(procedure)

    def show_chosen(self, procedure: Procedure) -> None:
        """The line names the procedure; the list folds away until the official types again."""
        self.current = procedure
        self.search.setText(procedure.name)
        self.search.setCursorPosition(0)
        self.search.setToolTip(procedure.name)
        self.list.hide()
        self.folded.emit(True)

    def reset(self) -> None:
        self.current = None
        self.search.clear()
        self.search.setToolTip("")
        self._unfold()
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
