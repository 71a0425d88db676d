"""The applicant (người nộp hồ sơ) and the optional authorised person (ủy quyền), with per-field provenance.

A value read from the ID-card QR is tagged "QR"; once the official edits it the tag becomes "nhập tay",
and that is what the store keeps (`Applicant.provenance`), so an inspector can tell a typed ID number from a
scanned one. The raw QR payload travels with the applicant for the audit trail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.reception.field_editors import DATE_MASK
from forms.dossier import Applicant, AuthorisedPerson, Provenance
from forms.idcard import IdCard

ERROR_STYLE = "color: #b00020;"
_PHONE = re.compile(r"^(?:\+84|84|0)\d{9,10}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")

# The applicant's attributes the QR fills, in the order of the form.
QR_FIELDS = ("full_name", "id_number", "birth_date", "sex", "address")


@dataclass(frozen=True)
class PanelProblem:
    field: str
    text: str


def _date_text(line: QLineEdit) -> str:
    return line.text().replace("_", "").replace(" ", "")


def parse_dmy(text: str) -> date | None:
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if not match:
        return None
    try:
        return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None


class ProvenanceTag(QLabel):
    """A small badge beside a field: where its value came from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provenance: Provenance | None = None
        self.set(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set(self.provenance)
        super().changeEvent(event)

    def set(self, provenance: Provenance | None) -> None:
        self.provenance = provenance
        if provenance is Provenance.QR:
            self.setText(self.tr("QR"))
            self.setToolTip(self.tr("Đọc từ mã QR trên thẻ căn cước"))
            self.setStyleSheet("color: white; background: #2e7d32; border-radius: 3px; padding: 0 4px;")
        elif provenance is Provenance.TYPED:
            self.setText(self.tr("nhập tay"))
            self.setToolTip(self.tr("Cán bộ nhập hoặc sửa"))
            self.setStyleSheet("color: #37474f; background: #eceff1; border-radius: 3px; padding: 0 4px;")
        else:
            self.setText("")
            self.setToolTip("")
            self.setStyleSheet("")


class PersonFields(QWidget):
    """Name, ID number, birth date, sex, address, phone, email — with provenance tags."""

    changed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None, *, with_birth: bool = True) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.raw_qr: str | None = None
        self.old_id_number: str | None = None
        self.lines: dict[str, QLineEdit] = {}
        self.tags: dict[str, ProvenanceTag] = {}
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = form
        self._add_line("full_name")
        self._add_line("id_number", max_length=12)
        if with_birth:
            self._add_line("birth_date", mask=DATE_MASK)
            self.sex = QComboBox(self)
            self.sex.setObjectName(f"{prefix}_sex")
            for value in (None, "Nam", "Nữ"):
                self.sex.addItem("", value)
            self.sex.activated.connect(lambda _i: self._typed("sex"))
            self.tags["sex"] = ProvenanceTag(self)
            self._add_row("sex", self.sex)
        self._add_line("address")
        self._add_line("phone")
        self._add_line("email")
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        captions = {
            "full_name": self.tr("Họ và tên"),
            "id_number": self.tr("Số định danh cá nhân"),
            "birth_date": self.tr("Ngày sinh"),
            "sex": self.tr("Giới tính"),
            "address": self.tr("Địa chỉ thường trú"),
            "phone": self.tr("Số điện thoại"),
            "email": self.tr("Email"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
            self.first_widget(key).setAccessibleName(captions[key])
        if hasattr(self, "sex"):
            self.sex.setItemText(1, self.tr("Nam"))
            self.sex.setItemText(2, self.tr("Nữ"))

    def _add_line(self, key: str, *, max_length: int = 0, mask: str = "") -> None:
        line = QLineEdit(self)
        line.setObjectName(f"{self.prefix}_{key}")
        # Room for a 12-digit number or a short name: in a narrow column (large-font mode) the form then
        # puts each label above its field instead of squeezing the field.
        line.setMinimumWidth(line.fontMetrics().horizontalAdvance("0") * 16)
        if max_length:
            line.setMaxLength(max_length)
        if mask:
            line.setInputMask(mask)
        line.textEdited.connect(lambda _t, k=key: self._typed(k))
        self.lines[key] = line
        self.tags[key] = ProvenanceTag(self)
        self._add_row(key, line)

    def _add_row(self, key: str, widget: QWidget) -> None:
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(widget, 1)
        row.addWidget(self.tags[key])
        cell = QVBoxLayout()
        cell.setSpacing(1)
        cell.addLayout(row)
        error = QLabel(self)
        error.setObjectName(f"{self.prefix}_error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        cell.addWidget(error)
        caption = QLabel(self)
        caption.setBuddy(widget)
        self.captions[key] = caption
        self.form.addRow(caption, cell)

    def _typed(self, key: str) -> None:
        self.tags[key].set(Provenance.TYPED)
        self.errors[key].hide()
        self.changed.emit()

    # -- filling ------------------------------------------------------------------------------------
    def fill_from_card(self, card: IdCard) -> None:
        self.lines["full_name"].setText(card.full_name)
        self.lines["id_number"].setText(card.id_number)
        self.lines["address"].setText(card.address)
        if "birth_date" in self.lines:
            self.lines["birth_date"].setText(card.birth_date.strftime("%d%m%Y"))
            self.sex.setCurrentIndex(max(self.sex.findData(card.sex.value), 0))
        for key in QR_FIELDS:
            if key in self.tags:
                self.tags[key].set(Provenance.QR)
        self.old_id_number = card.old_id_number
        self.raw_qr = card.raw_payload
        for label in self.errors.values():
            label.hide()
        self.changed.emit()

    def clear(self) -> None:
        for line in self.lines.values():
            line.clear()
        if hasattr(self, "sex"):
            self.sex.setCurrentIndex(0)
        for tag in self.tags.values():
            tag.set(None)
        for label in self.errors.values():
            label.hide()
        self.raw_qr = None
        self.old_id_number = None
        self.changed.emit()

    def set_values(self, values: dict[str, Any], provenance: Provenance = Provenance.TYPED) -> None:
        for key, value in values.items():
            if key == "sex" and hasattr(self, "sex"):
                self.sex.setCurrentIndex(max(self.sex.findData(value), 0))
            elif key == "birth_date" and isinstance(value, date):
                self.lines[key].setText(value.strftime("%d%m%Y"))
            elif key in self.lines:
                self.lines[key].setText("" if value is None else str(value))
            if key in self.tags and value:
                self.tags[key].set(provenance)
        self.changed.emit()

    # -- reading ------------------------------------------------------------------------------------
    def text(self, key: str) -> str:
        line = self.lines[key]
        return (_date_text(line) if line.inputMask() else line.text()).strip()

    def birth_text(self) -> str:
        """The typed birth date, "" when nothing was typed (the mask alone leaves "//")."""
        return self.text("birth_date").strip("/") if "birth_date" in self.lines else ""

    def provenance(self) -> dict[str, Provenance]:
        return {key: tag.provenance for key, tag in self.tags.items() if tag.provenance is not None}

    def problems(self, *, name_required: bool = True) -> list[PanelProblem]:
        found: list[PanelProblem] = []
        if name_required and not self.text("full_name"):
            found.append(PanelProblem("full_name", self.tr("Họ và tên là bắt buộc")))
        id_number = self.text("id_number")
        if id_number and not re.fullmatch(r"\d{12}", id_number):
            found.append(PanelProblem("id_number", self.tr("Số định danh cá nhân phải gồm đúng 12 chữ số")))
        if "birth_date" in self.lines and self.birth_text() and parse_dmy(self.text("birth_date")) is None:
            found.append(PanelProblem("birth_date", self.tr("Ngày sinh phải là ngày hợp lệ (ngày/tháng/năm)")))
        phone = re.sub(r"[\s.\-()]", "", self.text("phone"))
        if phone and not _PHONE.match(phone):
            found.append(PanelProblem("phone", self.tr("Số điện thoại không hợp lệ")))
        email = self.text("email")
        if email and not _EMAIL.match(email):
            found.append(PanelProblem("email", self.tr("Địa chỉ email không hợp lệ")))
        return found

    def show_problems(self, problems: list[PanelProblem]) -> None:
        keys = {p.field for p in problems}
        for key, label in self.errors.items():
            label.setVisible(key in keys)
        for problem in problems:
            self.errors[problem.field].setText(problem.text)

    def first_widget(self, key: str) -> QWidget:
        return self.sex if key == "sex" else self.lines[key]

    def phone_value(self) -> str | None:
        return re.sub(r"[\s.\-()]", "", self.text("phone")) or None


class ApplicantPanel(QGroupBox):
    """The applicant, then (optionally) the person who submits on their behalf under an authorisation."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicantPanel")
        layout = QVBoxLayout(self)
        self.person = PersonFields("applicant", self)
        self.person.changed.connect(self.changed)
        layout.addWidget(self.person)
        self.authorised_toggle = QCheckBox(self)
        self.authorised_toggle.setObjectName("authorisedToggle")
        layout.addWidget(self.authorised_toggle)
        self.authorised_box = QGroupBox(self)
        self.authorised_box.setObjectName("authorisedBox")
        box_layout = QVBoxLayout(self.authorised_box)
        self.authorised = PersonFields("authorised", self.authorised_box, with_birth=False)
        self.authorised.changed.connect(self.changed)
        box_layout.addWidget(self.authorised)
        paper_row = QFormLayout()
        self.authorisation_paper = QLineEdit(self.authorised_box)
        self.authorisation_paper.setObjectName("authorisationPaper")
        self.paper_caption = QLabel(self.authorised_box)
        self.paper_caption.setBuddy(self.authorisation_paper)
        paper_row.addRow(self.paper_caption, self.authorisation_paper)
        box_layout.addLayout(paper_row)
        self.authorised_box.setVisible(False)
        self.authorised_toggle.toggled.connect(self._toggle_authorised)
        layout.addWidget(self.authorised_box)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Người nộp hồ sơ (chủ hồ sơ)"))
        self.authorised_toggle.setText(self.tr("Nộp thay theo ủy &quyền"))
        self.authorised_box.setTitle(self.tr("Người được ủy quyền (người trực tiếp nộp)"))
        self.authorisation_paper.setPlaceholderText(self.tr("Số, ngày của giấy ủy quyền"))
        self.paper_caption.setText(self.tr("Giấy ủy quyền"))

    def _toggle_authorised(self, on: bool) -> None:
        self.authorised_box.setVisible(on)
        if on:
            self.authorised.lines["full_name"].setFocus()
        self.changed.emit()

    def focus_in_authorised(self) -> bool:
        focus = self.focusWidget()
        return self.authorised_box.isVisible() and focus is not None and self.authorised_box.isAncestorOf(focus)

    def fill_from_card(self, card: IdCard) -> str:
        """Fill the section the official is in (the authorised person when focus is there). Returns which."""
        if self.focus_in_authorised():
            self.authorised.fill_from_card(card)
            return "authorised"
        self.person.fill_from_card(card)
        return "applicant"

    def clear(self) -> None:
        self.person.clear()
        self.authorised.clear()
        self.authorisation_paper.clear()
        self.authorised_toggle.setChecked(False)

    def problems(self) -> list[PanelProblem]:
        found = self.person.problems()
        self.person.show_problems(found)
        if self.authorised_toggle.isChecked():
            extra = self.authorised.problems()
            self.authorised.show_problems(extra)
            found += [PanelProblem(f"authorised.{p.field}", p.text) for p in extra]
        return found

    def applicant(self) -> Applicant:
        p = self.person
        return Applicant(
            full_name=p.text("full_name"),
            id_number=p.text("id_number") or None,
            old_id_number=p.old_id_number,
            birth_date=parse_dmy(p.text("birth_date")),
            sex=p.sex.currentData(),
            address=p.text("address") or None,
            phone=p.phone_value(),
            email=p.text("email") or None,
            raw_qr=p.raw_qr,
            provenance=p.provenance(),
        )

    def authorised_person(self) -> AuthorisedPerson | None:
        if not self.authorised_toggle.isChecked() or not self.authorised.text("full_name"):
            return None
        a = self.authorised
        return AuthorisedPerson(
            full_name=a.text("full_name"),
            id_number=a.text("id_number") or None,
            address=a.text("address") or None,
            phone=a.phone_value(),
            email=a.text("email") or None,
            authorisation_paper=self.authorisation_paper.text().strip() or None,
        )
