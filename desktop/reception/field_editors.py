"""One input widget per form field type, all with the same small interface (`FieldEditor`).

The generated form (`schema_form.py`) only talks to editors through `value()`, `set_value()`, `clear()`
and the `edited` signal, so a new field type is one new editor here. Dates are typed as eight digits into a
masked line ("01052025" → 01/05/2025): faster at the counter than the sections of a QDateEdit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QMouseEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from forms.catalogue import FieldType, FormField

DATE_MASK = "00/00/0000;_"
_EMPTY_DATE = "//"  # what a masked date line returns when nothing was typed


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldEditor", text)


class FieldEditor(QObject):
    """Adapter between one `FormField` and its widget."""

    edited = Signal()  # the official changed the value (not emitted by set_value)
    # A fixed-length value was typed to its end (a date's 8 digits, an ID number's 12): the form moves on
    # by itself, one key less per date at the counter.
    complete = Signal()

    def __init__(self, form_field: FormField, widget: QWidget) -> None:
        super().__init__(widget)
        self.field = form_field
        self.widget = widget
        widget.setObjectName(f"field_{form_field.key}")
        widget.setAccessibleName(form_field.label)
        if form_field.help:
            widget.setToolTip(form_field.help)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.set_value(None)

    def is_empty(self) -> bool:
        value = self.value()
        return value is None or (isinstance(value, str) and not value.strip())


class LineEditor(FieldEditor):
    def __init__(self, form_field: FormField, parent: QWidget | None = None) -> None:
        line = QLineEdit(parent)
        super().__init__(form_field, line)
        self.line = line
        if form_field.max_length:
            line.setMaxLength(form_field.max_length)
        if form_field.type is FieldType.ID_NUMBER:
            line.setMaxLength(12)
        elif form_field.type is FieldType.PHONE:
            line.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        elif form_field.type is FieldType.NUMBER:
            low = form_field.min_value if form_field.min_value is not None else 0
            high = form_field.max_value if form_field.max_value is not None else 1_000_000
            line.setValidator(QIntValidator(low, high, line))
        line.textEdited.connect(self._text_edited)
        if form_field.type is FieldType.ID_NUMBER:
            line.setPlaceholderText(_tr("12 chữ số"))

    def _text_edited(self, text: str) -> None:
        self.edited.emit()
        if self.field.type is FieldType.ID_NUMBER and len(text) == 12 and text.isdigit():
            self.complete.emit()

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))


class DateEditor(FieldEditor):
    def __init__(self, form_field: FormField, parent: QWidget | None = None) -> None:
        line = QLineEdit(parent)
        super().__init__(form_field, line)
        self.line = line
        line.setInputMask(DATE_MASK)
        line.setPlaceholderText(_tr("ngày/tháng/năm"))
        line.textEdited.connect(self._text_edited)

    def _text_edited(self, _text: str) -> None:
        self.edited.emit()
        value = self.value()
        if value is not None and len(value) == 10 and _is_real_date(value):
            self.complete.emit()

    def value(self) -> str | None:
        text = self.line.text().replace("_", "").replace(" ", "")
        return None if text in ("", _EMPTY_DATE) else text

    def set_value(self, value: Any) -> None:
        if isinstance(value, date):
            self.line.setText(value.strftime("%d%m%Y"))
        elif isinstance(value, str) and len(value) == 10 and value[4] == "-":
            self.line.setText(date.fromisoformat(value).strftime("%d%m%Y"))
        elif value:
            self.line.setText(str(value).replace("/", ""))
        else:
            self.line.clear()


def _is_real_date(text: str) -> bool:
    try:
        day, month, year = (int(part) for part in text.split("/"))
        date(year, month, day)
    except ValueError:
        return False
    return True


class TextAreaEditor(FieldEditor):
    def __init__(self, form_field: FormField, parent: QWidget | None = None) -> None:
        area = QPlainTextEdit(parent)
        super().__init__(form_field, area)
        self.area = area
        area.setTabChangesFocus(True)  # Tab walks the form; a text area must not swallow it
        area.setFixedHeight(area.fontMetrics().lineSpacing() * 3 + 12)
        area.textChanged.connect(self._changed)
        self._setting = False

    def _changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def value(self) -> str:
        return self.area.toPlainText()

    def set_value(self, value: Any) -> None:
        self._setting = True
        try:
            self.area.setPlainText("" if value is None else str(value))
        finally:
            self._setting = False


class ChoiceEditor(FieldEditor):
    """A select: the first entry is "— chọn —" unless the field has a default."""

    def __init__(self, form_field: FormField, parent: QWidget | None = None) -> None:
        combo = QComboBox(parent)
        super().__init__(form_field, combo)
        self.combo = combo
        combo.addItem(_tr("— chọn —"), None)
        for index, choice in enumerate(form_field.choices, start=1):
            combo.addItem(choice.label, choice.value)
            combo.setItemData(index, choice.label, Qt.ItemDataRole.ToolTipRole)
        # A long choice ("Bị can, bị cáo tại ngoại; …") must not set the form's width: the box shrinks with
        # its column and the open list is as wide as its longest line.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0))
        combo.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))


class _CaptionLabel(QLabel):
    """The text of a check box, word-wrapped: a long undertaking ("Người yêu cầu cam đoan …") would otherwise
    set the form's minimum width and push every field off the screen in large-font mode."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setBuddy(box)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class BoolEditor(FieldEditor):
    def __init__(self, form_field: FormField, parent: QWidget | None = None) -> None:
        box = QCheckBox(parent)
        super().__init__(form_field, box)
        self.box = box
        self.caption = _CaptionLabel(form_field.label, box, parent)
        box.toggled.connect(lambda _c: self.edited.emit())

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)

    def is_empty(self) -> bool:
        return False


def make_editor(form_field: FormField, parent: QWidget | None = None) -> FieldEditor:
    if form_field.type is FieldType.DATE:
        return DateEditor(form_field, parent)
    if form_field.type is FieldType.TEXTAREA:
        return TextAreaEditor(form_field, parent)
    if form_field.type is FieldType.SELECT:
        return ChoiceEditor(form_field, parent)
    if form_field.type is FieldType.BOOL:
        return BoolEditor(form_field, parent)
    return LineEditor(form_field, parent)
