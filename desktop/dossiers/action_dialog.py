"""The small dialog each lifecycle action opens: only the fields that action needs, checked inline.

- a reason where the lifecycle table requires one (refusal: one reason per line, printed on form 03);
- forward: the processing body; supplement request: what to complete, one per line (form 02);
- reschedule: the new date (form 04); payment request: the amount;
- return of the result: the receiver's ID — scanned (the scanner types into the field) or typed — must match
  the applicant's or the authorised person's, then the satisfaction rating (keys 1–3), optional criteria and
  a comment kept only with the citizen's consent (optional personal data, Law 91/2025).
Ctrl+Enter confirms, Esc cancels. Nothing is written here: `request()` hands plain values to the page.
"""

from __future__ import annotations

import re
from datetime import datetime
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.dossiers.actions import ActionRequest
from desktop.i18n import tr_domain
from desktop.reception.field_editors import DATE_MASK
from forms.clock import VN_TZ
from forms.dossier import Dossier
from forms.i18n import N_
from forms.lifecycle import TRANSITIONS, Action, SatisfactionLevel

ERROR_STYLE = "color: #b00020;"
WEDGE_IGNORE = "motcua_wedge_ignore"  # desktop.scanning.wedge.IGNORE_PROPERTY: let the scan reach the field

CRITERIA: dict[str, str] = {
    "thai_do": N_("Thái độ, tác phong của công chức"),
    "dung_hen": N_("Trả kết quả đúng hẹn"),
    "so_lan_di_lai": N_("Chỉ phải đi lại một lần"),
    "huong_dan": N_("Hướng dẫn rõ ràng, đầy đủ"),
}


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def id_from_input(text: str) -> str:
    """The 12-digit number from what the field holds: a typed number or a whole ID-card QR payload."""
    head = text.strip().split("|", 1)[0]
    return re.sub(r"\s+", "", head)


class ActionDialog(QDialog):
    def __init__(self, dossier: Dossier, action: Action, *, default_unit: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.dossier = dossier
        self.action = action
        self.transition = TRANSITIONS[(dossier.status, action)]
        self.setWindowTitle(self.tr("{action} — hồ sơ {code}").format(
            action=capitalised(tr_domain(action.label)), code=dossier.code))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        self.reason: QPlainTextEdit | None = None
        self.requirements: QPlainTextEdit | None = None
        self.to_unit: QLineEdit | None = None
        self.amount: QLineEdit | None = None
        self.new_date: QLineEdit | None = None
        self.new_time: QLineEdit | None = None
        self.id_line: QLineEdit | None = None
        self.id_status: QLabel | None = None
        self.receiver: QLineEdit | None = None
        self.rating_group: QButtonGroup | None = None
        self.criteria: dict[str, QCheckBox] = {}
        self.comment: QPlainTextEdit | None = None
        self.consent: QCheckBox | None = None
        self._build_fields(default_unit)
        self.error = QLabel(self)
        self.error.setObjectName("actionError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Thực hiện (Ctrl+Enter)"))
        self.ok_button.setObjectName("actionOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy (Esc)"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.try_accept)
        self._result: ActionRequest | None = None
        first = next((w for w in (self.id_line, self.requirements, self.reason, self.to_unit, self.new_date,
                                  self.amount) if w is not None), None)
        if first is not None:
            first.setFocus()

    def _intro(self) -> str:
        form = self.transition.form
        text = self.tr("Hồ sơ {code}: {procedure}, của {name}.").format(
            code=self.dossier.code, procedure=self.dossier.procedure_name, name=self.dossier.applicant.full_name)
        if form is not None:
            text += " " + self.tr("Sau khi thực hiện, phiếu mẫu {form} sẽ hiện ra để in.").format(form=form.value)
        return text

    def _plain(self, name: str, caption: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        label = QLabel(caption, self)
        label.setBuddy(edit)
        self.form.addRow(label, edit)
        return edit

    def _line(self, name: str, caption: str, *, mask: str = "", text: str = "") -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        if mask:
            line.setInputMask(mask)
        if text:
            line.setText(text)
        label = QLabel(caption, self)
        label.setBuddy(line)
        self.form.addRow(label, line)
        return line

    def _build_fields(self, default_unit: str) -> None:
        action = self.action
        if action is Action.FORWARD:
            self.to_unit = self._line("toUnit", self.tr("Chuyển đến &cơ quan"), text=default_unit)
        if action is Action.REQUEST_SUPPLEMENT:
            self.requirements = self._plain("requirements", self.tr("&Nội dung cần bổ sung"),
                                            self.tr("Mỗi dòng một nội dung (in thành danh sách trên phiếu 02)"))
        if action is Action.REQUEST_PAYMENT:
            self.amount = self._line("amount", self.tr("&Số tiền (đồng)"))
        if action is Action.RESCHEDULE:
            due = self.dossier.effective_due_at
            self.new_date = self._line("newDate", self.tr("&Ngày hẹn trả mới"), mask=DATE_MASK)
            self.new_time = self._line("newTime", self.tr("&Giờ"), mask="00:00;_",
                                       text=due.strftime("%H:%M") if due is not None else "17:00")
        if action is Action.RETURN_RESULT:
            self._build_return()
        if self.transition.reason_required or action in (Action.RESULT_READY, Action.FORWARD):
            caption = self.tr("&Lý do từ chối") if action is Action.REFUSE else (
                self.tr("&Lý do") if self.transition.reason_required else self.tr("&Ghi chú"))
            placeholder = self.tr("Mỗi dòng một lý do (in trên phiếu 03)") if action is Action.REFUSE else ""
            self.reason = self._plain("reason", caption, placeholder)

    def _build_return(self) -> None:
        self.id_line = self._line("receiverId", self.tr("Số &định danh người nhận (quét thẻ hoặc gõ)"))
        self.id_line.setProperty(WEDGE_IGNORE, True)
        self.id_line.setMaxLength(400)  # a whole QR payload may arrive here from the scanner
        self.id_line.textChanged.connect(self._check_id)
        self.id_line.installEventFilter(self)
        self.id_status = QLabel(self)
        self.id_status.setObjectName("idStatus")
        self.form.addRow("", self.id_status)
        self.receiver = self._line("receiverName", self.tr("Họ tên người &nhận"),
                                   text=self.dossier.applicant.full_name)
        box = QGroupBox(self.tr("Mức độ hài lòng (Alt+1, Alt+2, Alt+3)"), self)
        box.setObjectName("ratingBox")
        row = QHBoxLayout(box)
        self.rating_group = QButtonGroup(self)
        for level in (SatisfactionLevel.VERY_SATISFIED, SatisfactionLevel.SATISFIED, SatisfactionLevel.DISSATISFIED):
            number = {3: 1, 2: 2, 1: 3}[int(level)]
            button = QRadioButton(f"&{number}. {tr_domain(level.label)}", box)
            button.setObjectName(f"rating{int(level)}")
            self.rating_group.addButton(button, int(level))
            row.addWidget(button)
        self.form.addRow(box)
        criteria_box = QGroupBox(self.tr("Tiêu chí (không bắt buộc)"), self)
        criteria_layout = QVBoxLayout(criteria_box)
        for key, label in CRITERIA.items():
            check = QCheckBox(tr_domain(label), criteria_box)
            check.setObjectName(f"criterion_{key}")
            self.criteria[key] = check
            criteria_layout.addWidget(check)
        self.form.addRow(criteria_box)
        self.comment = self._plain("comment", self.tr("Góp ý (không bắt buộc)"))
        self.consent = QCheckBox(self.tr("Người dân đồng ý để lưu góp ý này (dữ liệu cá nhân không bắt buộc)"), self)
        self.consent.setObjectName("commentConsent")
        self.form.addRow(self.consent)
        self._check_id()

    # -- the ID check -------------------------------------------------------------------------------
    def expected_ids(self) -> set[str]:
        ids = {self.dossier.applicant.id_number or ""}
        if self.dossier.authorised_by is not None:
            ids.add(self.dossier.authorised_by.id_number or "")
        return {i for i in ids if i}

    def id_matches(self) -> bool:
        if self.id_line is None:
            return False
        return id_from_input(self.id_line.text()) in self.expected_ids()

    def _check_id(self) -> None:
        if self.id_line is None or self.id_status is None:
            return
        typed = id_from_input(self.id_line.text())
        if not typed:
            self.id_status.setText(self.tr("Quét thẻ căn cước của người nhận hoặc gõ số định danh."))
            self.id_status.setStyleSheet("")
        elif self.id_matches():
            self.id_status.setText(self.tr("✔ Khớp với hồ sơ."))
            self.id_status.setStyleSheet("color: #1b5e20;")
        elif len(typed) >= 12:
            self.id_status.setText(self.tr("✘ Không khớp với số định danh trong hồ sơ: không được trả kết quả."))
            self.id_status.setStyleSheet(ERROR_STYLE)
        else:
            self.id_status.setText(self.tr("Số định danh có 12 chữ số."))
            self.id_status.setStyleSheet("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The scanner ends its burst with Enter: in the ID field that must not confirm the whole dialog.
        if watched is self.id_line and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    # -- result -------------------------------------------------------------------------------------
    def _fail(self, text: str, widget: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def try_accept(self) -> None:
        request = self.build_request()
        if request is not None:
            self._result = request
            self.accept()

    def build_request(self) -> ActionRequest | None:
        reason = self.reason.toPlainText().strip() if self.reason is not None else ""
        if self.transition.reason_required and not reason:
            self._fail(self.tr("Cần ghi lý do."), self.reason)
            return None
        values: dict[str, Any] = {"action": self.action, "reason": reason}
        if self.requirements is not None:
            lines = [ln.strip() for ln in self.requirements.toPlainText().splitlines() if ln.strip()]
            if not lines:
                self._fail(self.tr("Cần ghi ít nhất một nội dung cần bổ sung."), self.requirements)
                return None
            values["note"] = "\n".join(lines)
        if self.to_unit is not None:
            if not self.to_unit.text().strip():
                self._fail(self.tr("Cần ghi cơ quan giải quyết."), self.to_unit)
                return None
            values["to_unit"] = self.to_unit.text().strip()
        if self.amount is not None:
            digits = re.sub(r"[.\s]", "", self.amount.text())
            if not digits.isdigit() or int(digits) <= 0:
                self._fail(self.tr("Số tiền phải là số nguyên dương (đồng)."), self.amount)
                return None
            values["amount"] = int(digits)
        if self.new_date is not None and self.new_time is not None:
            moment = self._new_due()
            if moment is None:
                self._fail(self.tr("Ngày giờ hẹn mới không hợp lệ (ngày/tháng/năm, giờ:phút)."), self.new_date)
                return None
            values["new_due_at"] = moment
        if self.action is Action.RETURN_RESULT:
            if not self.id_matches():
                self._fail(self.tr("Số định danh người nhận phải khớp với hồ sơ trước khi trả kết quả."), self.id_line)
                return None
            assert self.rating_group is not None and self.comment is not None and self.consent is not None
            level = self.rating_group.checkedId()
            if level < 1:
                self._fail(self.tr("Cần ghi mức độ hài lòng của người nhận (Alt+1, Alt+2 hoặc Alt+3)."))
                return None
            comment = self.comment.toPlainText().strip()
            if comment and not self.consent.isChecked():
                self._fail(self.tr("Chỉ lưu góp ý khi người dân đồng ý; đánh dấu ô đồng ý hoặc xóa góp ý."), self.consent)
                return None
            values.update(
                id_checked=True, rating=level, comment=comment, comment_consent=self.consent.isChecked(),
                receiver=self.receiver.text().strip() if self.receiver is not None else "",
                criteria=MappingProxyType({k: True for k, box in self.criteria.items() if box.isChecked()}),
            )
        return ActionRequest(**values)

    def _new_due(self) -> datetime | None:
        assert self.new_date is not None and self.new_time is not None
        try:
            day, month, year = (int(p) for p in self.new_date.text().split("/"))
            hour, minute = (int(p) for p in self.new_time.text().split(":"))
            return datetime(year, month, day, hour, minute, tzinfo=VN_TZ)
        except ValueError:
            return None

    def request(self) -> ActionRequest | None:
        return self._result
