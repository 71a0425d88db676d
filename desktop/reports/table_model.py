"""Biểu II.06a on screen: one row per field and the total row, the form's twelve numbers in its order.

The paper form's three-level header does not fit a view's single header row, so the columns carry short
names with the full path of the form's header in their tooltips ("Kết quả giải quyết › Số hồ sơ đã giải
quyết › Trả quá hạn"), and the column number of the form in brackets, as on paper.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.i18n import tr_domain
from forms.reporting import FORM_VALUE_KEYS, TOTAL_LABEL, UNCLASSIFIED_FIELD, Counts, Report, form_values

AnyIndex = QModelIndex | QPersistentModelIndex
OVERDUE_COLUMNS = frozenset({FORM_VALUE_KEYS.index("finished_after_due") + 1,
                             FORM_VALUE_KEYS.index("in_progress_overdue") + 1})


def column_titles() -> list[tuple[str, str]]:
    """(short title, full title) of each column: the field, then the form's columns (1)…(12).

    Every literal sits in its own `QCoreApplication.translate` call so that pyside6-lupdate finds it."""
    received = QCoreApplication.translate("StatisticsModel", "Số hồ sơ nhận giải quyết")
    new = QCoreApplication.translate("StatisticsModel", "Mới tiếp nhận trong kỳ")
    done = QCoreApplication.translate("StatisticsModel", "Kết quả giải quyết › Số hồ sơ đã giải quyết")
    running = QCoreApplication.translate("StatisticsModel", "Kết quả giải quyết › Số hồ sơ đang giải quyết")
    total = QCoreApplication.translate("StatisticsModel", "Tổng số")
    parts = {
        "previous": QCoreApplication.translate("StatisticsModel", "Từ kỳ trước chuyển qua"),
        "online": QCoreApplication.translate("StatisticsModel", "Trực tuyến"),
        "desk": QCoreApplication.translate("StatisticsModel", "Trực tiếp, dịch vụ bưu chính"),
        "before": QCoreApplication.translate("StatisticsModel", "Trả trước hạn"),
        "on": QCoreApplication.translate("StatisticsModel", "Trả đúng hạn"),
        "after": QCoreApplication.translate("StatisticsModel", "Trả quá hạn"),
        "in_time": QCoreApplication.translate("StatisticsModel", "Trong hạn"),
        "overdue": QCoreApplication.translate("StatisticsModel", "Quá hạn"),
    }
    short = [
        QCoreApplication.translate("StatisticsModel", "Lĩnh vực"),
        QCoreApplication.translate("StatisticsModel", "Tổng số\n(1)"),
        QCoreApplication.translate("StatisticsModel", "Kỳ trước\n(2)"),
        QCoreApplication.translate("StatisticsModel", "Mới nhận\n(3)"),
        QCoreApplication.translate("StatisticsModel", "Trực\ntuyến\n(4)"),
        QCoreApplication.translate("StatisticsModel", "Trực tiếp,\nBCCI\n(5)"),
        QCoreApplication.translate("StatisticsModel", "Đã giải\nquyết\n(6)"),
        QCoreApplication.translate("StatisticsModel", "Trước\nhạn\n(7)"),
        QCoreApplication.translate("StatisticsModel", "Đúng\nhạn\n(8)"),
        QCoreApplication.translate("StatisticsModel", "Quá\nhạn\n(9)"),
        QCoreApplication.translate("StatisticsModel", "Đang giải\nquyết\n(10)"),
        QCoreApplication.translate("StatisticsModel", "Trong\nhạn\n(11)"),
        QCoreApplication.translate("StatisticsModel", "Quá\nhạn\n(12)"),
    ]
    full = [
        QCoreApplication.translate("StatisticsModel", "Lĩnh vực giải quyết"),
        f"{received} › {total}", f"{received} › {parts['previous']}", f"{received} › {new} › {total}",
        f"{received} › {new} › {parts['online']}", f"{received} › {new} › {parts['desk']}",
        f"{done} › {total}", f"{done} › {parts['before']}", f"{done} › {parts['on']}", f"{done} › {parts['after']}",
        f"{running} › {total}", f"{running} › {parts['in_time']}", f"{running} › {parts['overdue']}",
    ]
    return list(zip(short, full, strict=True))


class StatisticsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self._rows: list[tuple[str, Counts]] = []
        self._titles = column_titles()

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = []
        if report is not None:
            self._rows = [(row.label, row.counts) for row in report.rows]
            self._rows.append((TOTAL_LABEL, report.total))
        self.endResetModel()

    def retranslate(self) -> None:
        self._titles = column_titles()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 1 + len(FORM_VALUE_KEYS)

    def is_total(self, row: int) -> bool:
        return row == len(self._rows) - 1

    def value(self, row: int, column: int) -> int:
        return form_values(self._rows[row][1])[column - 1]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._titles[section][1]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        label, _counts = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if self.is_total(row):
                    return QCoreApplication.translate("StatisticsModel", "Tổng cộng")
                return tr_domain(label) if label == UNCLASSIFIED_FIELD else label
            return str(self.value(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in OVERDUE_COLUMNS and self.value(row, column) > 0:
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            return self._titles[column][1]
        return None
