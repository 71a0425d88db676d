"""Fees and charges, live: the quote of `forms.fees.compute_fee` as the form and the exemptions change.

Exemptions that apply by themselves (a birth registered within 60 days) are shown as applied; the others
(poor household, disability, …) are ticked by the official after seeing the citizen's papers.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import tr_domain, translate_message
from desktop.reception.banner import make_bold
from forms.errors import MotcuaError
from forms.fees import FeeQuote, FeeRule, compute_fee
from forms.money import format_vnd


class WrappingCheck(QWidget):
    """A check box whose long text wraps (QCheckBox never wraps, which widens the whole page)."""

    toggled = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(self)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.box.setAccessibleName(text)
        self.box.toggled.connect(self.toggled)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.setFocusProxy(self.box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.box.toggle()
        super().mousePressEvent(event)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()


class FeePanel(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feePanel")
        self.rule: FeeRule | None = None
        self.quote: FeeQuote | None = None
        self.error: str | None = None
        self.boxes: dict[str, WrappingCheck] = {}
        self._layout = QVBoxLayout(self)
        self.total = QLabel(self)
        self.total.setObjectName("feeTotal")
        make_bold(self.total)
        self.detail = QLabel(self)
        self.detail.setObjectName("feeDetail")
        self.detail.setWordWrap(True)
        self._layout.addWidget(self.total)
        self._layout.addWidget(self.detail)
        self._last: tuple[Mapping[str, Any], date] | None = None
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Phí, lệ phí"))
        if self.rule is not None:
            for exemption in self.rule.exemptions:
                box = self.boxes.get(exemption.code)
                if box is not None:
                    box.setText(self.tr("Miễn: {label}").format(label=exemption.label))
        if self._last is not None:
            self.update_quote(*self._last)

    def set_rule(self, rule: FeeRule | None) -> None:
        for box in self.boxes.values():
            box.hide()  # at once: deleteLater waits for the event loop
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        self.rule = rule
        if rule is not None:
            for exemption in rule.exemptions:
                if exemption.applies_when is not None:
                    continue  # decided by the form, shown in the detail when it applies
                box = WrappingCheck(self.tr("Miễn: {label}").format(label=exemption.label), self)
                box.setObjectName(f"exempt_{exemption.code}")
                box.toggled.connect(lambda _on: self.changed.emit())
                self.boxes[exemption.code] = box
                self._layout.addWidget(box)

    def ticked(self) -> frozenset[str]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())

    def update_quote(self, form_data: Mapping[str, Any], received_on: date) -> FeeQuote | None:
        self._last = (form_data, received_on)
        if self.rule is None:
            self.quote, self.error = None, None
            self.total.setText("")
            self.detail.setText("")
            return None
        try:
            self.quote = compute_fee(self.rule, exemptions=self.ticked(), form_data=form_data, received_on=received_on)
            self.error = None
        except MotcuaError as error:
            self.quote, self.error = None, translate_message(error.message)
            self.total.setText(self.tr("Chưa tính được phí"))
            self.detail.setText(self.error)
            return None
        quote = self.quote
        if not quote.lines:
            self.total.setText(self.tr("Không thu phí, lệ phí"))
        else:
            self.total.setText(self.tr("Tổng: {amount}").format(amount=format_vnd(quote.amount)))
        lines = [f"{tr_domain(line.label)}: {line.text}" for line in quote.lines]
        if quote.unresolved:
            lines.append(self.tr("Chưa đủ để tính: {reasons}").format(reasons="; ".join(quote.unresolved)))
        self.detail.setText("\n".join(lines))
        return quote
