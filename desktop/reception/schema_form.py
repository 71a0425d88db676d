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
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.i18n import translate_message
from desktop.reception.banner import make_bold
from desktop.reception.field_editors import BoolEditor, FieldEditor, make_editor
from forms.catalogue import FieldError, FormSchema, clean_form
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
    completed = Signal()  # Enter with nothing left to fill: the page moves on to the documents

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
        # One form layout for every section, so the fields of all sections line up in one column.
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A long label goes above its field when the column is narrow (large-font mode), rather than
        # wrapping inside a row whose height clips the Vietnamese marks.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        current_section: str | None = None
        for index, form_field in enumerate(sorted(self.schema.fields, key=lambda f: f.order)):
            if form_field.section and (index == 0 or form_field.section != current_section):
                heading = QLabel(form_field.section, self)
                heading.setObjectName("formSection")
                make_bold(heading)
                heading.setContentsMargins(0, 6, 0, 0)
                form.addRow(heading)
            current_section = form_field.section
            editor = make_editor(form_field, self)
            self.editors[form_field.key] = editor
            editor.edited.connect(lambda key=form_field.key: self._edited(key))
            editor.complete.connect(lambda w=editor.widget: self.focus_next_needed(w))
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
            if isinstance(editor, BoolEditor):
                line = QHBoxLayout()
                line.addWidget(editor.widget, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(editor.caption, 1)
                cell_layout.addLayout(line)
            else:
                cell_layout.addWidget(editor.widget)
            cell_layout.addWidget(error)
            if isinstance(editor, BoolEditor):
                form.addRow(cell)
            else:
                label = QLabel(form_field.label + (" *" if form_field.required else ""), self)
                label.setBuddy(editor.widget)
                form.addRow(label, cell)

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
        needed = self.needed_widgets()
        return needed[0] if needed else None

    def needed_widgets(self) -> list[QWidget]:
        """Fields that still need the official, in form order: required and empty, or invalid."""
        _values, errors = self.clean()
        invalid = {e.key for e in errors}
        ordered = sorted(self.schema.fields, key=lambda f: f.order)
        return [self.editors[f.key].widget for f in ordered if f.key in invalid]

    def focus_next_needed(self, after: QWidget | None = None) -> bool:
        """Focus the next field that still needs input after `after` (wrapping round); False when none."""
        ordered = [self.editors[f.key].widget for f in sorted(self.schema.fields, key=lambda f: f.order)]
        needed = set(self.needed_widgets())
        start = ordered.index(after) + 1 if after in ordered else 0
        for widget in ordered[start:] + ordered[:start]:
            if widget in needed and widget is not after:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                self.form_scroll_hint(widget)
                return True
        if after is not None and after in needed:
            return True  # the field itself is still wrong: stay
        self.completed.emit()
        return False

    def _mark_touched(self, widget: QObject) -> None:
        for key, editor in self.editors.items():
            if editor.widget is widget and (not editor.is_empty() or key in self.touched):
                self.touched.add(key)
                self.refresh_errors()

    @staticmethod
    def _section_step(event: QEvent) -> int:
        """PageDown / PageUp jump between the form's sections (Mẹ, Cha, …): +1, -1, or 0 for other keys."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress \
                or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return 0
        return {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}.get(Qt.Key(event.key()), 0)

    def focus_section(self, current: QWidget, step: int) -> None:
        """Focus the first field of the next (step 1) or previous (step -1) section."""
        ordered = sorted(self.schema.fields, key=lambda f: f.order)
        firsts: list[int] = [i for i, f in enumerate(ordered) if i == 0 or f.section != ordered[i - 1].section]
        position = next((i for i, f in enumerate(ordered) if self.editors[f.key].widget is current), 0)
        current_start = max(i for i in firsts if i <= position)
        index = firsts.index(current_start) + step
        if 0 <= index < len(firsts):
            target = self.editors[ordered[firsts[index]].key].widget
            target.setFocus(Qt.FocusReason.TabFocusReason)
            self.form_scroll_hint(target)

    def form_scroll_hint(self, widget: QWidget) -> None:
        """Keep the focused field visible when the form sits in a scroll area."""
        parent = self.parentWidget()
        while parent is not None and not hasattr(parent, "ensureWidgetVisible"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget)

    @staticmethod
    def _is_enter(watched: QObject, event: QEvent) -> bool:
        return (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and not isinstance(watched, QPlainTextEdit)  # Enter is a new line there; Tab leaves
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._mark_touched(watched)
        elif self._section_step(event) and isinstance(watched, QWidget) and not isinstance(watched, QPlainTextEdit):
            self._mark_touched(watched)
            self.focus_section(watched, self._section_step(event))
            return True
        elif self._is_enter(watched, event):
            # Enter jumps to the next field that still needs the official (Tab still visits every field):
            # optional fields and defaults are skipped, so a usual dossier needs one key per answer.
            self._mark_touched(watched)
            self.focus_next_needed(watched if isinstance(watched, QWidget) else None)
            return True
        return super().eventFilter(watched, event)
