"""The list of documents (thành phần hồ sơ): tick what the citizen handed over, attach scans.

Space ticks the highlighted line; "Nhận đủ giấy tờ bắt buộc" (Alt+G) ticks every mandatory one at once —
the usual case at the counter. Conditional documents show their condition and are never ticked for the
official. Attaching a scan hands the file to the caller (`attach_requested(row)`), who stores it in the
background and calls `add_attachment(row, sha256)`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forms.catalogue import Delivery, RequiredDocument
from forms.dossier import DocumentItem


@dataclass(frozen=True)
class ChecklistLine:
    required: RequiredDocument
    item: DocumentItem


def document_item(required: RequiredDocument) -> DocumentItem:
    """The dossier's record of one required document, before anything was received."""
    if required.originals:
        form, copies = "original", required.originals
    elif required.certified_copies:
        form, copies = "certified_copy", required.certified_copies
    elif required.photocopies:
        form, copies = "photocopy", required.photocopies
    else:
        form, copies = "original", 1
    return DocumentItem(name=required.name, copies=copies, form=form)


class DocumentChecklist(QGroupBox):
    changed = Signal()
    attach_requested = Signal(int)  # row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentChecklist")
        self.lines: list[ChecklistLine] = []
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("checklistList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemChanged.connect(self._item_changed)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(self)
        self.all_button.setObjectName("tickMandatory")
        self.all_button.clicked.connect(self.tick_mandatory)
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachScan")
        self.attach_button.clicked.connect(self._attach_current)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.summary = QLabel(self)
        self.summary.setObjectName("checklistSummary")
        layout.addWidget(self.summary)
        self._updating = False
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Thành phần hồ sơ"))
        self.all_button.setText(self.tr("Nhận đủ &giấy tờ bắt buộc"))
        self.attach_button.setText(self.tr("Đính &kèm bản quét…"))
        if self.lines:
            self._rebuild()

    def set_documents(self, documents: tuple[RequiredDocument, ...]) -> None:
        self.lines = [ChecklistLine(d, document_item(d)) for d in documents]
        self._rebuild()

    def _rebuild(self) -> None:
        self._updating = True
        current = self.list.currentRow()
        self.list.clear()
        for line in self.lines:
            item = QListWidgetItem(self._line_text(line))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if line.item.received else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if self.lines:
            self.list.setCurrentRow(max(0, min(current, len(self.lines) - 1)))
        self._updating = False
        self._update_summary()

    def _line_text(self, line: ChecklistLine) -> str:
        required = line.required
        parts = [required.name]
        details = [required.copies_text()] if required.copies_text() else []
        if required.delivery is Delivery.PRESENT:
            details.append(self.tr("xuất trình"))
        if not required.mandatory:
            details.append(self.tr("nếu: {condition}").format(condition=required.condition) if required.condition
                           else self.tr("không bắt buộc"))
        if line.item.attachment_sha256:
            details.append(self.tr("đã quét {n} tệp").format(n=len(line.item.attachment_sha256)))
        if details:
            parts.append("(" + "; ".join(details) + ")")
        return " ".join(parts)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        row = self.list.row(item)
        received = item.checkState() == Qt.CheckState.Checked
        line = self.lines[row]
        self.lines[row] = replace(line, item=replace(line.item, received=received))
        self._update_summary()
        self.changed.emit()

    def tick_mandatory(self) -> None:
        self.lines = [replace(ln, item=replace(ln.item, received=True)) if ln.required.mandatory else ln
                      for ln in self.lines]
        self._rebuild()
        self.changed.emit()

    def _attach_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.attach_requested.emit(row)

    def add_attachment(self, row: int, sha256: str) -> None:
        line = self.lines[row]
        if sha256 in line.item.attachment_sha256:
            return
        item = replace(line.item, attachment_sha256=(*line.item.attachment_sha256, sha256), received=True)
        self.lines[row] = replace(line, item=item)
        self._rebuild()
        self.changed.emit()

    def _update_summary(self) -> None:
        missing = self.missing_mandatory()
        if not self.lines:
            self.summary.setText("")
        elif missing:
            self.summary.setText(self.tr("Còn thiếu {n} giấy tờ bắt buộc.").format(n=len(missing)))
            self.summary.setStyleSheet("color: #b00020;")
        else:
            self.summary.setText(self.tr("Đã nhận đủ giấy tờ bắt buộc."))
            self.summary.setStyleSheet("color: #2e7d32;")

    def missing_mandatory(self) -> list[str]:
        return [ln.required.name for ln in self.lines if ln.required.mandatory and not ln.item.received]

    def items(self) -> tuple[DocumentItem, ...]:
        """What the dossier keeps: the papers submitted. Papers only shown at the desk (xuất trình: the ID
        card, a marriage certificate) are checked here but handed back, so the receipt does not list them."""
        return tuple(ln.item for ln in self.lines if ln.required.delivery is not Delivery.PRESENT)

    def clear(self) -> None:
        self.lines = []
        self._rebuild()
