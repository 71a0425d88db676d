"""The procedure's form (tờ khai), generated from its `FormSchema`, with inline Vietnamese validation.

Validation is `forms.catalogue.clean_form` — the same rules the command line and sync apply — shown under
each field once the official has left it (or, for every field, when Save is pressed). Fields whose schema
says `prefill: applicant.<attr>` take the applicant's value until the official edits them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.i18n import translate_message
from desktop.reception.field_editors import BoolEditor, FieldEditor, make_editor
from forms.catalogue import FieldError, FieldType, FormSchema, clean_form
from forms.dossier import Applicant

ERROR_STYLE = "color: #b00020;"


def applicant_value(applicant: Applicant, path: str) -> Any:
    """The value a `prefill` path ("applicant.full_name") names, or None."""
    head, _, attr = path.partition(".")
    if head != "applicant" or not attr:
        return None
    value = getattr(applicant, attr, None)
    if isinstance(value, Enum):  # ApplicantKind and the like: store the plain value
        return value.value
    return value


class SchemaForm(QWidget):
    """Editors for every field of one schema; `changed` fires on every edit (fee and due date follow it)."""

    changed = Signal()

    def __init__(self, schema: FormSchema, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemaForm")
        self.schema = schema
        self.today = today
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self._prefilled: dict[str, Any] = {}  # key → value last written by prefill (still untouched)
        self._show_all = False
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        current_section: str | None = None
        form: QFormLayout | None = None
        for form_field in sorted(self.schema.fields, key=lambda f: f.order):
            if form is None or form_field.section != current_section:
                current_section = form_field.section
                if current_section:
                    heading = QLabel(current_section, self)
                    heading.setObjectName("formSection")
                    heading.setStyleSheet("font-weight: bold; margin-top: 6px;")
                    outer.addWidget(heading)
                form = QFormLayout()
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                outer.addLayout(form)
            editor = make_editor(form_field, self)
            self.editors[form_field.key] = editor
            editor.edited.connect(lambda key=form_field.key: self._edited(key))
            editor.widget.installEventFilter(self)
            if form_field.default is not None:
                editor.set_value(form_field.default)
            error = QLabel(self)
            error.setObjectName(f"error_{form_field.key}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.error_labels[form_field.key] = error
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(1)
            cell_layout.addWidget(editor.widget)
            cell_layout.addWidget(error)
            if isinstance(editor, BoolEditor):
                form.addRow(cell)
            else:
                label = QLabel(form_field.label + (" *" if form_field.required else ""), self)
                label.setBuddy(editor.widget)
                label.setWordWrap(True)
                form.addRow(label, cell)
        outer.addStretch(1)

    # -- values -------------------------------------------------------------------------------------
    def raw_values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def clean(self) -> tuple[dict[str, Any], list[FieldError]]:
        return clean_form(self.schema, self.raw_values(), today=self.today)

    def set_values(self, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            if key in self.editors:
                self.editors[key].set_value(value)
        self.refresh_errors()
        self.changed.emit()

    def prefill(self, applicant: Applicant) -> None:
        """Fill `prefill` fields from the applicant, leaving alone what the official typed."""
        for form_field in self.schema.fields:
            if not form_field.prefill:
                continue
            editor = self.editors[form_field.key]
            value = applicant_value(applicant, form_field.prefill)
            untouched = form_field.key not in self.touched or form_field.key in self._prefilled
            if untouched and value not in (None, ""):
                editor.set_value(value)
                self._prefilled[form_field.key] = editor.value()
        self.refresh_errors()
        self.changed.emit()

    # -- validation ---------------------------------------------------------------------------------
    def _edited(self, key: str) -> None:
        self._prefilled.pop(key, None)
        self.touched.add(key)
        self.refresh_errors(only_touched_and_visible=True)
        self.changed.emit()

    def show_all_errors(self) -> list[FieldError]:
        """Show every problem (Save was pressed); returns them in form order."""
        self._show_all = True
        return self.refresh_errors()

    def refresh_errors(self, *, only_touched_and_visible: bool = False) -> list[FieldError]:
        _values, errors = self.clean()
        by_key = {e.key: e for e in errors}
        for key, label in self.error_labels.items():
            error = by_key.get(key)
            visible = error is not None and (self._show_all or key in self.touched)
            # A field being typed into shows its error only once the official moves on (no nagging).
            if visible and only_touched_and_visible and self.editors[key].widget.hasFocus() \
                    and error is not None and error.kind == "required":
                visible = False
            label.setVisible(visible)
            label.setText(translate_message(error.message) if error is not None else "")
        return errors

    def first_invalid_widget(self) -> QWidget | None:
        _values, errors = self.clean()
        if not errors:
            return None
        return self.editors[errors[0].key].widget

    def first_empty_required(self) -> QWidget | None:
        """Where the official starts typing after choosing the procedure."""
        data = self.raw_values()
        for form_field in sorted(self.schema.fields, key=lambda f: f.order):
            editor = self.editors[form_field.key]
            needed = form_field.required or (
                form_field.required_when is not None and form_field.required_when.holds(data))
            if needed and editor.is_empty() and form_field.type is not FieldType.BOOL:
                return editor.widget
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for key, editor in self.editors.items():
                if editor.widget is watched and (not editor.is_empty() or key in self.touched):
                    self.touched.add(key)
                    self.refresh_errors()
        elif event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            key_event = event if isinstance(event, QKeyEvent) else None
            # Enter in a line moves on like Tab: the official's hand stays on the number pad.
            if key_event is not None and key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and key_event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)
