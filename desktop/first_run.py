"""The first-run wizard: a new desk is working in under two minutes.

Shown when the store has no official yet. Four pages, everything typed at the keyboard (Enter moves on):
1. the agency — centre name, electronic agency code (000.00.12.H49, checked as typed), governing body,
   desk number 1–9;
2. the first administrator — login, full name, password twice;
3. the portal — URL, desk account and password (optional: leave empty, set later in Settings);
4. a summary.
On Finish the profile, the administrator account and the portal settings are written on the database
thread (one operation); the administrator is then signed in.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import settings as s
from desktop.changes import Changes
from desktop.i18n import translate_message
from desktop.login import store_connection
from desktop.services import AppServices
from forms.errors import MotcuaError
from sync.accounts import (
    MIN_PASSWORD_LENGTH,
    AccountError,
    Official,
    Role,
    add_official,
    check_password_strength,
    normalise_login,
)
from sync.desk_profile import write_profile


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("pageError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


class AgencyPage(QWizardPage):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile = services.profile
        self.centre = QLineEdit(profile.centre_name, self)
        self.centre.setObjectName("centreName")
        self.code = QLineEdit(self)
        self.code.setObjectName("agencyCode")
        self.code.setPlaceholderText("000.00.12.H49")
        self.code.setValidator(QRegularExpressionValidator(r"[0-9.A-Za-z]{0,13}", self.code))
        if profile.agency_code != s.AGENCY_CODE.default:
            self.code.setText(profile.agency_code)
        self.governing = QLineEdit(profile.governing_body, self)
        self.governing.setObjectName("governingBody")
        self.desk = QSpinBox(self)
        self.desk.setObjectName("deskNumber")
        self.desk.setRange(1, 9)
        self.desk.setValue(profile.desk_number)
        self.error = _error_label(self)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        for label, field in zip(self.labels, (self.centre, self.code, self.governing, self.desk), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.error)
        self.code.textChanged.connect(self._code_changed)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Cơ quan và quầy tiếp nhận"))
        self.setSubTitle(self.tr("Thông tin này in trên giấy tiếp nhận và dùng để cấp mã hồ sơ."))
        for label, text in zip(self.labels, (
            self.tr("Tên &bộ phận:"), self.tr("&Mã định danh cơ quan:"), self.tr("Cơ quan &chủ quản:"),
            self.tr("&Số quầy (1–9):"),
        ), strict=True):
            label.setText(text)

    def _code_changed(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            self.code.setText(upper)
            return
        self.error.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(re.fullmatch(s.AGENCY_CODE_PATTERN, self.code.text().strip()))

    def validatePage(self) -> bool:
        try:
            s.AGENCY_CODE.validate(self.code.text())
        except MotcuaError as exc:
            self.error.setText(translate_message(exc.message))
            return False
        return True

    def values(self) -> dict[str, Any]:
        return {
            "centre_name": self.centre.text().strip() or s.CENTRE_NAME.default,
            "agency_code": self.code.text().strip(),
            "governing_body": self.governing.text().strip() or s.GOVERNING_BODY.default,
            "desk_number": self.desk.value(),
        }


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login = QLineEdit("admin", self)
        self.login.setObjectName("adminLogin")
        self.name = QLineEdit(self)
        self.name.setObjectName("adminName")
        self.password = QLineEdit(self)
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("adminRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label(self)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        for label, field in zip(self.labels, (self.login, self.name, self.password, self.repeat), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.error)
        for field in (self.login, self.name, self.password, self.repeat):
            field.textChanged.connect(self._changed)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Tài khoản quản trị đầu tiên"))
        self.setSubTitle(self.tr("Người quản trị tạo tài khoản cho các cán bộ khác và thay đổi cài đặt. "
                                 "Mật khẩu ít nhất {n} ký tự.").format(n=MIN_PASSWORD_LENGTH))
        for label, text in zip(self.labels, (
            self.tr("Tên đăng &nhập:"), self.tr("&Họ và tên:"), self.tr("&Mật khẩu:"), self.tr("Nhập &lại mật khẩu:"),
        ), strict=True):
            label.setText(text)

    def _changed(self) -> None:
        self.error.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return all(f.text().strip() for f in (self.login, self.name, self.password, self.repeat))

    def validatePage(self) -> bool:
        try:
            normalise_login(self.login.text())
            check_password_strength(self.password.text())
            if self.password.text() != self.repeat.text():
                raise AccountError("Hai lần nhập mật khẩu không khớp")
        except MotcuaError as exc:
            self.error.setText(translate_message(exc.message))
            return False
        return True


class PortalPage(QWizardPage):
    """Optional: an empty URL means the desk works offline until the portal is set in Settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = QLineEdit(self)
        self.url.setObjectName("portalUrl")
        self.url.setPlaceholderText("https://")
        self.user = QLineEdit(self)
        self.user.setObjectName("portalUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("portalPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label(self)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self)
        for label, field in zip(self.labels, (self.url, self.user, self.password), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.error)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Kết nối Cổng dịch vụ công (không bắt buộc)"))
        self.setSubTitle(self.tr("Để trống nếu chưa có: bàn tiếp nhận vẫn làm việc ngoại tuyến, "
                                 "có thể khai báo sau trong Cài đặt."))
        for label, text in zip(self.labels, (
            self.tr("Địa chỉ &cổng:"), self.tr("Tài khoản &bàn:"), self.tr("Mật &khẩu:"),
        ), strict=True):
            label.setText(text)

    def validatePage(self) -> bool:
        try:
            s.PORTAL_URL.validate(self.url.text())
            if self.url.text().strip() and bool(self.user.text().strip()) != bool(self.password.text()):
                raise AccountError("Nhập cả tài khoản và mật khẩu của cổng, hoặc để trống cả hai")
        except MotcuaError as exc:
            self.error.setText(translate_message(exc.message))
            return False
        return True


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setObjectName("summary")
        self.text.setWordWrap(True)
        self.error = _error_label(self)
        form = QFormLayout(self)
        form.addRow(self.text)
        form.addRow(self.error)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Sẵn sàng"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        agency = wizard.agency.values()
        portal = wizard.portal.url.text().strip() or self.tr("chưa khai báo (làm việc ngoại tuyến)")
        self.text.setText(self.tr(
            "Bộ phận: {centre}\nMã cơ quan: {code} — quầy số {desk}\nQuản trị: {login}\nCổng: {portal}\n\n"
            "Bấm Hoàn tất để lưu và bắt đầu làm việc."
        ).format(centre=agency["centre_name"], code=agency["agency_code"], desk=agency["desk_number"],
                 login=wizard.admin.login.text().strip().lower(), portal=portal))


class FirstRunWizard(QWizard):
    """After `accepted`, `official` is the signed-in administrator."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunWizard")
        self.services = services
        self.official: Official | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.agency = AgencyPage(services, self)
        self.admin = AdminPage(self)
        self.portal = PortalPage(self)
        self.summary = SummaryPage(self)
        for page in (self.agency, self.admin, self.portal, self.summary):
            self.addPage(page)
        self.retranslate_ui()
        self.resize(640, 440)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Thiết lập bàn tiếp nhận — MotCua Desk"))
        for page in (self.agency, self.admin, self.portal, self.summary):
            page.retranslate_ui()

    def accept(self) -> None:
        """Write everything in one database operation, then close and sign the administrator in."""
        profile = dataclasses.replace(self.services.profile, **self.agency.values())
        login = self.admin.login.text()
        name = self.admin.name.text()
        password = self.admin.password.text()
        portal_url = self.portal.url.text().strip()
        portal_user, portal_password = self.portal.user.text().strip(), self.portal.password.text()

        def setup(store: Any) -> Official:
            write_profile(store, profile)
            if portal_url:
                store.set_setting(s.PORTAL_URL.key, portal_url)
            return add_official(store_connection(store), login, display_name=name, role=Role.ADMIN,
                                password=password)

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        op = self.services.change(
            setup, changes=lambda _o: Changes(source="settings", settings=True, officials=True), parent=self
        )
        op.success(lambda official: self._done(official, portal_url, portal_user, portal_password))
        op.failure(self._failed).run()

    def _done(self, official: Official, portal_url: str, portal_user: str, portal_password: str) -> None:
        self.official = official
        self.services.load_profile()
        self.services.set_official(official)
        if portal_url and portal_user and portal_password:
            self.services.save_portal_credentials(portal_url, portal_user, portal_password,
                                                  parent=self.parentWidget()).run()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(error, MotcuaError):
            self.summary.error.setText(translate_message(error.message))
        else:
            from desktop.ops import failure_text, show_failure

            show_failure(self, error)
            self.summary.error.setText(failure_text(error))
