"""The first-run wizard, driven with the keyboard as a new desk's administrator would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from desktop.first_run import FirstRunWizard
from desktop.login import store_connection
from desktop.services import AppServices
from sync import accounts
from sync.accounts import Role
from sync.desk_profile import read_profile
from sync.store import Store
from tests.desktop_fixtures import type_text


def _type(text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    type_text(widget, text)


def _key(key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key)


def _select_all() -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def _next(wizard: FirstRunWizard) -> None:
    QTest.keyClick(wizard, Qt.Key.Key_Return)  # Next / Finish is the default button


def test_a_new_desk_is_set_up_with_keystrokes_only(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store, fast_hashing: None
) -> None:
    wizard = FirstRunWizard(gui_services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    assert QTest.qWaitForWindowActive(wizard)
    wizard.agency.centre.setFocus()
    wizard.agency.centre.selectAll()
    _type("Bộ phận Một cửa xã Tân Phú")
    _key(Qt.Key.Key_Tab)
    _type("000.00.12.h49")  # lower case is corrected as typed
    assert wizard.agency.code.text() == "000.00.12.H49"
    _key(Qt.Key.Key_Tab)
    _select_all()
    _type("UBND XÃ TÂN PHÚ")
    _key(Qt.Key.Key_Tab)
    _select_all()
    _type("2")
    _next(wizard)
    assert wizard.currentPage() is wizard.admin
    wizard.admin.login.setFocus()
    wizard.admin.login.selectAll()
    _type("lan.admin")
    _key(Qt.Key.Key_Tab)
    _type("Nguyễn Thị Lan")
    _key(Qt.Key.Key_Tab)
    _type("mật-khẩu-mạnh")
    _key(Qt.Key.Key_Tab)
    _type("mật-khẩu-mạnh")
    _next(wizard)
    assert wizard.currentPage() is wizard.portal
    _next(wizard)  # the portal is optional: skipped
    assert wizard.currentPage() is wizard.summary
    assert "000.00.12.H49" in wizard.summary.text.text()
    assert "ngoại tuyến" in wizard.summary.text.text()
    _next(wizard)  # Finish
    assert wizard.result() == QWizard.DialogCode.Accepted
    profile = read_profile(gui_store)
    assert (profile.agency_code, profile.desk_number) == ("000.00.12.H49", 2)
    assert profile.centre_name == "Bộ phận Một cửa xã Tân Phú"
    assert profile.governing_body == "UBND XÃ TÂN PHÚ"
    assert gui_services.profile == profile
    admin = accounts.authenticate(store_connection(gui_store), "lan.admin", "mật-khẩu-mạnh")
    assert admin.role is Role.ADMIN
    assert gui_services.official == admin


def test_a_bad_agency_code_keeps_next_disabled(qtbot: QtBot, gui_services: AppServices) -> None:
    wizard = FirstRunWizard(gui_services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.agency.code.setText("000.00.12")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _next(wizard)
    assert wizard.currentPage() is wizard.agency
    wizard.agency.code.setText("000.00.12.H49")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_mismatched_or_short_passwords_are_explained(qtbot: QtBot, gui_services: AppServices) -> None:
    wizard = FirstRunWizard(gui_services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.agency.code.setText("000.00.12.H49")
    wizard.next()
    wizard.admin.name.setText("Lan")
    wizard.admin.password.setText("12345678")
    wizard.admin.repeat.setText("12345679")
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    assert "không khớp" in wizard.admin.error.text()
    wizard.admin.password.setText("123")
    wizard.admin.repeat.setText("123")
    wizard.next()
    assert "ít nhất 8 ký tự" in wizard.admin.error.text()


def test_portal_url_must_be_http_and_credentials_come_in_pairs(qtbot: QtBot, gui_services: AppServices) -> None:
    wizard = FirstRunWizard(gui_services)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.portal.validatePage() or wizard.portal.url.text() == ""
    wizard.portal.url.setText("ftp://portal")
    assert not wizard.portal.validatePage()
    assert "http" in wizard.portal.error.text()
    wizard.portal.url.setText("https://dichvucong.example.vn")
    wizard.portal.user.setText("desk1")
    assert not wizard.portal.validatePage()
    wizard.portal.password.setText("pw")
    assert wizard.portal.validatePage()
