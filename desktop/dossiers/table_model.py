"""The dossier list as a lazily fetched table model: a page of rows at a time, from the store's search.

Qt asks `canFetchMore`/`fetchMore` when the view scrolls near the end; each page is read on the database
thread (`services.db`) and appended when it arrives. Every new query bumps a generation number, so a page
that arrives for an older query (the official kept typing) is dropped. A desk with 100 000 dossiers thus
costs one page of rows in memory until the official scrolls.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.dossiers.filters import DeskQuery
from desktop.i18n import tr_domain
from forms.clock import as_vn, now_vn
from forms.dossier import SyncState
from forms.i18n import N_
from forms.status import DossierStatus
from sync.store.models import DossierSummary

log = logging.getLogger(__name__)

PAGE_SIZE = 200
_RUNNING = frozenset({DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.PAYMENT_REQUESTED})
AnyIndex = QModelIndex | QPersistentModelIndex

SYNC_LABELS: dict[SyncState, str] = {
    SyncState.LOCAL: N_("Chỉ trên máy"),
    SyncState.PENDING: N_("Chờ gửi"),
    SyncState.SENT: N_("Đã đồng bộ"),
    SyncState.CONFLICT: N_("Xung đột"),
    SyncState.REJECTED: N_("Cổng từ chối"),
}


def fetch_page(store: Any, query: DeskQuery, now: datetime, offset: int, limit: int) -> list[DossierSummary]:
    """One page of the list or of the search (database thread)."""
    filters = query.to_filter(now)
    if query.text.strip():
        return list(store.search(query.text, filters, limit=limit, offset=offset))
    return list(store.list(filters, limit=limit, offset=offset))


def count_rows(store: Any, query: DeskQuery, now: datetime) -> int | None:
    """How many dossiers the list holds; None for a text search (its hits are counted as they come)."""
    if query.text.strip():
        return None
    return int(store.count(query.to_filter(now)))


def short_time(value: datetime | None) -> str:
    """Date first, as officials read a register: "24/11/2026 09:30"."""
    return "" if value is None else as_vn(value).strftime("%d/%m/%Y %H:%M")


class DossierTableModel(QAbstractTableModel):
    SummaryRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("code", "applicant", "procedure", "received", "due", "status", "sync")

    count_known = Signal(object)  # int | None: the total for the current query
    page_loaded = Signal()

    def __init__(self, services: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[DossierSummary] = []
        self.query = DeskQuery()
        self.total: int | None = None
        self.now = now_vn()
        self.page_size = PAGE_SIZE
        self._generation = 0
        self._exhausted = True
        self._loading = False

    # -- querying -----------------------------------------------------------------------------------
    def set_query(self, query: DeskQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.now = now_vn()
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._fetch(0)
        generation, query, now = self._generation, self.query, self.now
        self.services.db(lambda store: count_rows(store, query, now), parent=self).success(
            lambda total: self._counted(generation, total)).run()

    def _counted(self, generation: int, total: int | None) -> None:
        if generation == self._generation:
            self.total = total
            self.count_known.emit(total)

    def _fetch(self, offset: int) -> None:
        self._loading = True
        generation, query, now, limit = self._generation, self.query, self.now, self.page_size
        self.services.db(lambda store: fetch_page(store, query, now, offset, limit), parent=self).success(
            lambda rows: self._arrived(generation, offset, rows)).failure(
            lambda error: self._failed(generation, error)).run()

    def _arrived(self, generation: int, offset: int, rows: list[DossierSummary]) -> None:
        if generation != self._generation or offset != len(self.rows):
            return  # an answer to an older query
        self._loading = False
        self._exhausted = len(rows) < self.page_size
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            from desktop.ops import show_failure

            show_failure(self.parent(), error)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if self.canFetchMore(parent):
            self._fetch(len(self.rows))

    @property
    def loading(self) -> bool:
        return self._loading

    def replace_row(self, summary: DossierSummary) -> None:
        """Show a dossier's new state in place (after an action) without reloading the list."""
        for row, current in enumerate(self.rows):
            if current.uuid == summary.uuid:
                self.rows[row] = summary
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return

    def row_of(self, uuid: str) -> int | None:
        return next((row for row, summary in enumerate(self.rows) if summary.uuid == uuid), None)

    # -- the model ----------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "code": self.tr("Mã hồ sơ"), "applicant": self.tr("Người nộp"), "procedure": self.tr("Thủ tục"),
            "received": self.tr("Tiếp nhận"), "due": self.tr("Hẹn trả"), "status": self.tr("Trạng thái"),
            "sync": self.tr("Đồng bộ"),
        }
        return titles[self.COLUMNS[section]]

    def _overdue(self, summary: DossierSummary) -> bool:
        # Waiting for a supplement stops the clock; finished and final dossiers are judged elsewhere.
        return summary.due_at is not None and summary.status in _RUNNING and as_vn(summary.due_at) < self.now

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        summary = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == self.SummaryRole:
            return summary
        if role == Qt.ItemDataRole.FontRole and summary.training:
            font = QFont()
            font.setItalic(True)  # training dossiers (motcua demo seed) look apart, the code stays whole
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "due" and self._overdue(summary):
                return QBrush(QColor("#b00020"))
            if column == "sync" and summary.sync_state in (SyncState.CONFLICT, SyncState.REJECTED):
                return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "procedure":
                return summary.procedure_name
            if column == "due" and self._overdue(summary):
                return self.tr("Quá hạn")
            if summary.training:
                return self.tr("Hồ sơ tập huấn")
        return None

    def _display(self, summary: DossierSummary, column: str) -> str:
        if column == "code":
            return summary.code
        if column == "applicant":
            return summary.applicant_name
        if column == "procedure":
            return summary.procedure_name
        if column == "received":
            return short_time(summary.received_at)
        if column == "due":
            return short_time(summary.due_at)
        if column == "status":
            return tr_domain(summary.status.label)
        return tr_domain(SYNC_LABELS[summary.sync_state])
