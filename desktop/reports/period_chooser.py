"""The reporting period, chosen the way the head of the centre names it: a month, a quarter, 6 or 9 months,
a year, or any range of days — plus whether the period closes on the 14th (Decree 09/2019/NĐ-CP).

`period()` returns a `forms.reporting.Period` (or raises its `PeriodError` for a range that ends before it
starts); `changed` fires whenever any control changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from forms.reporting import MAX_YEAR, MIN_YEAR, ROMAN_QUARTERS, Period, PeriodKind

KINDS: tuple[PeriodKind, ...] = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR,
                                 PeriodKind.NINE_MONTHS, PeriodKind.YEAR, PeriodKind.RANGE)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodChooser(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodChooser")
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        for _ in KINDS:
            self.kind.addItem("")
        self.kind_label.setBuddy(self.kind)
        self.month = QComboBox(self)
        self.month.setObjectName("periodMonth")
        for _ in range(12):
            self.month.addItem("")
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("periodQuarter")
        for _ in ROMAN_QUARTERS:
            self.quarter.addItem("")
        self.half = QComboBox(self)
        self.half.setObjectName("periodHalf")
        self.half.addItems(["", ""])
        self.year = QSpinBox(self)
        self.year.setObjectName("periodYear")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.start = QDateEdit(self)
        self.start.setObjectName("periodFrom")
        self.end = QDateEdit(self)
        self.end.setObjectName("periodTo")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.dash = QLabel("–", self)
        self.statutory = QCheckBox(self)
        self.statutory.setObjectName("periodStatutory")

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind_label, self.kind, self.month, self.quarter, self.half, self.year, self.start,
                       self.dash, self.end, self.statutory):
            row.addWidget(widget)
        row.addStretch(1)

        self.kind.setCurrentIndex(KINDS.index(PeriodKind.MONTH))
        self.month.setCurrentIndex(today.month - 1)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.year.setValue(today.year)
        self.start.setDate(_qdate(today.replace(day=1)))
        self.end.setDate(_qdate(today))
        for signal in (self.kind.currentIndexChanged, self.month.currentIndexChanged,
                       self.quarter.currentIndexChanged, self.half.currentIndexChanged, self.year.valueChanged,
                       self.start.dateChanged, self.end.dateChanged, self.statutory.toggled):
            signal.connect(self._on_change)
        self.retranslate_ui()
        self._show_controls()

    # -- the chosen period --------------------------------------------------------------------------
    @property
    def current_kind(self) -> PeriodKind:
        return KINDS[self.kind.currentIndex()]

    def period(self) -> Period:
        kind, year, statutory = self.current_kind, self.year.value(), self.statutory.isChecked()
        if kind is PeriodKind.MONTH:
            return Period.month(year, self.month.currentIndex() + 1, statutory=statutory)
        if kind is PeriodKind.QUARTER:
            return Period.quarter(year, self.quarter.currentIndex() + 1, statutory=statutory)
        if kind is PeriodKind.HALF_YEAR:
            return Period.half_year(year, self.half.currentIndex() + 1, statutory=statutory)
        if kind is PeriodKind.NINE_MONTHS:
            return Period.nine_months(year, statutory=statutory)
        if kind is PeriodKind.YEAR:
            return Period.year(year, statutory=statutory)
        return Period.between(_pydate(self.start.date()), _pydate(self.end.date()))

    def set_period(self, kind: PeriodKind, *, year: int | None = None, number: int = 1,
                   start: date | None = None, end: date | None = None) -> None:
        """Choose a period from code (tests, remembered choice): `number` is the month, quarter or half."""
        self.blockSignals(True)
        try:
            self.kind.setCurrentIndex(KINDS.index(kind))
            if year is not None:
                self.year.setValue(year)
            if kind is PeriodKind.MONTH:
                self.month.setCurrentIndex(number - 1)
            elif kind is PeriodKind.QUARTER:
                self.quarter.setCurrentIndex(number - 1)
            elif kind is PeriodKind.HALF_YEAR:
                self.half.setCurrentIndex(number - 1)
            if start is not None:
                self.start.setDate(_qdate(start))
            if end is not None:
                self.end.setDate(_qdate(end))
        finally:
            self.blockSignals(False)
        self._show_controls()
        self.changed.emit()

    # -- behaviour ----------------------------------------------------------------------------------
    def _on_change(self, *_args: object) -> None:
        self._show_controls()
        self.changed.emit()

    def _show_controls(self) -> None:
        kind = self.current_kind
        ranged = kind is PeriodKind.RANGE
        self.month.setVisible(kind is PeriodKind.MONTH)
        self.quarter.setVisible(kind is PeriodKind.QUARTER)
        self.half.setVisible(kind is PeriodKind.HALF_YEAR)
        self.year.setVisible(not ranged)
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(ranged)
        self.statutory.setVisible(not ranged)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.kind_label.setText(self.tr("&Kỳ báo cáo:"))
        names = {
            PeriodKind.MONTH: self.tr("Tháng"),
            PeriodKind.QUARTER: self.tr("Quý"),
            PeriodKind.HALF_YEAR: self.tr("6 tháng"),
            PeriodKind.NINE_MONTHS: self.tr("9 tháng đầu năm"),
            PeriodKind.YEAR: self.tr("Năm"),
            PeriodKind.RANGE: self.tr("Khoảng ngày"),
        }
        for index, kind in enumerate(KINDS):
            self.kind.setItemText(index, names[kind])
        for index in range(12):
            self.month.setItemText(index, self.tr("Tháng {n}").format(n=index + 1))
        for index, roman in enumerate(ROMAN_QUARTERS):
            self.quarter.setItemText(index, self.tr("Quý {n}").format(n=roman))
        self.half.setItemText(0, self.tr("đầu năm"))
        self.half.setItemText(1, self.tr("cuối năm"))
        self.year.setPrefix(self.tr("Năm "))
        self.statutory.setText(self.tr("Chốt số liệu ngày 14 (Nghị định 09/2019)"))
        self.statutory.setToolTip(self.tr("Kỳ báo cáo tính từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ"))
