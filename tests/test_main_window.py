"""The main window: pages, keyboard navigation, languages at run time, large font, locking, first run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop import main_window as mw
from desktop import settings as s
from desktop.i18n import LanguageSwitcher
from desktop.login import store_connection
from desktop.main_window import MainWindow, MissingPage, PageSpec
from desktop.services import AppServices
from sync import accounts
from sync.accounts import Official, Role
from sync.store import Store
from tests.desktop_fixtures import type_text


class FakeReceptionPage(QWidget):
    """A page with a field, to prove typed work survives language switches and locks."""

    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.name.setObjectName("applicantName")
        self.scans: list[str] = []
        QVBoxLayout(self).addWidget(self.name)

    def focus_first(self) -> None:
        self.name.setFocus()

    def accept_scan(self, payload: str) -> None:
        self.scans.append(payload)


@pytest.fixture
def pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mw, "PAGES", (
        PageSpec("reception", __name__, "FakeReceptionPage"),
        PageSpec("dossiers", "desktop.no_such_module", "DossierDeskPage"),
        PageSpec("conflicts", "desktop.conflicts", "ConflictInboxPage"),
        PageSpec("sync", "desktop.sync_status", "SyncPage"),
        PageSpec("reports", "desktop.no_such_reports", "ReportsPage"),
    ))


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    font = QFont(qapp.font())
    yield font
    qapp.setFont(font)


@pytest.fixture
def window(qtbot: QtBot, gui_services: AppServices, switcher: LanguageSwitcher, pages: None,
           app_font: QFont) -> MainWindow:
    gui_services.set_official(Official("lan", "Nguyễn Thị Lan", Role.RECEPTION))
    win = MainWindow(gui_services, switcher=switcher)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    assert QTest.qWaitForWindowActive(win)
    return win


def _menus(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_main_window_opens_with_vietnamese_title_and_menus(window: MainWindow) -> None:
    assert "Bộ phận Tiếp nhận và Trả kết quả" in window.windowTitle()
    assert _menus(window) == ["Tệp", "Hồ sơ", "Đồng bộ", "Báo cáo", "Xem", "Trợ giúp"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Tiếp nhận", "Hồ sơ", "Xung đột", "Đồng bộ", "Báo cáo"]
    assert window.official_label.text() == "Cán bộ: Nguyễn Thị Lan"
    assert window.sync_status is not None and window.statusBar().isAncestorOf(window.sync_status)


def test_pages_not_installed_yet_show_a_notice(window: MainWindow) -> None:
    assert isinstance(window.page_by_key["dossiers"], MissingPage)
    assert isinstance(window.page_by_key["reception"], FakeReceptionPage)


def test_alt_number_opens_each_page(window: MainWindow) -> None:
    for index in (2, 4, 3, 1, 0):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.AltModifier)
        assert window.pages.currentIndex() == index
        assert window.nav.currentRow() == index
    assert QApplication.focusWidget() is window.page_by_key["reception"].name  # type: ignore[attr-defined]


def test_ctrl_f_goes_to_the_dossier_desk(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "dossiers"


def test_the_window_in_english_and_back_without_losing_typed_work(window: MainWindow) -> None:
    page = window.page_by_key["reception"]
    assert isinstance(page, FakeReceptionPage)
    page.name.setText("Trần Thị Bích")
    window.act_languages["en"].trigger()
    assert window.windowTitle() == "MotCua Desk — Reception and Results Desk"
    assert _menus(window) == ["File", "Dossiers", "Sync", "Reports", "View", "Help"]
    assert window.nav.item(0).text() == "Reception"
    assert window.official_label.text() == "Official: Nguyễn Thị Lan"
    assert window.sync_status is not None
    assert "Pending: " in window.sync_status.pending.text()  # type: ignore[attr-defined]
    assert page.name.text() == "Trần Thị Bích"
    assert window.services.settings.value(s.LANGUAGE) == "en"
    window.act_languages["vi"].trigger()
    assert _menus(window)[0] == "Tệp"
    assert page.name.text() == "Trần Thị Bích"


def test_qt_standard_buttons_are_vietnamese(window: MainWindow) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, window)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Hủy"
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"
    window.act_languages["en"].trigger()
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


def test_large_font_mode_scales_the_application_font(window: MainWindow, app_font: QFont) -> None:
    base = QApplication.font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25)
    assert window.services.settings.value(s.LARGE_FONT) is True
    window.act_large_font.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_ctrl_l_locks_hides_dialogs_and_unlock_restores_everything(
    window: MainWindow, gui_store: Store, fast_hashing: None
) -> None:
    accounts.add_official(store_connection(gui_store), "lan", display_name="Nguyễn Thị Lan",
                          role=Role.RECEPTION, password="mật-khẩu-1")
    page = window.page_by_key["reception"]
    assert isinstance(page, FakeReceptionPage)
    page.name.setText("Trần Thị Bích")
    dialog = QDialog(window)
    dialog.show()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert not window.work_area.isVisible() and not dialog.isVisible()
    assert not window.act_pages[1].isEnabled()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentIndex() == 0  # navigation is closed while locked
    window._scanned("001190012345|...")  # a scan while locked takes no citizen data
    assert page.scans == []
    type_text(window.lock_screen.form.password, "mật-khẩu-1")
    QTest.keyClick(window.lock_screen.form.password, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert page.name.text() == "Trần Thị Bích"
    assert dialog.isVisible()
    assert window.act_pages[1].isEnabled()


def test_idle_locks_the_desk(window: MainWindow) -> None:
    window.idle.idle.emit()
    assert window.is_locked()


def test_auto_lock_delay_follows_the_setting(window: MainWindow) -> None:
    window.services.settings.set(s.AUTO_LOCK_MINUTES, 3)
    window.apply_user_settings()
    assert window.idle.timeout_ms == 180_000


def test_f1_shows_the_shortcuts(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_F1)
    box = window.findChild(QMessageBox, "helpBox")
    assert box is not None and box.isVisible()
    assert "Alt+1\tTiếp nhận" in box.informativeText()
    assert "Ctrl+L\tKhóa màn hình" in box.informativeText()


def test_a_scan_goes_to_the_reception_page_wherever_the_focus_is(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    window._scanned("001190012345||Trần Thị Bích|01011990|Nữ|Xã Tân Phú|01012021")
    assert window.current_page_key() == "reception"
    page = window.page_by_key["reception"]
    assert isinstance(page, FakeReceptionPage) and len(page.scans) == 1


def test_busy_work_shows_in_the_status_bar(window: MainWindow) -> None:
    window.services.runner.activity_changed.emit(["Đang lưu hồ sơ…"])
    assert window.busy.isVisibleTo(window) and window.busy_label.text() == "Đang lưu hồ sơ…"
    window.services.runner.activity_changed.emit([])
    assert not window.busy.isVisibleTo(window)


def test_a_new_desk_starts_with_the_first_run_wizard(window: MainWindow) -> None:
    from desktop.first_run import FirstRunWizard

    window.services.set_official(None)
    window.begin_session()
    assert window.is_locked()
    wizard = window.findChild(FirstRunWizard)
    assert wizard is not None and wizard.isVisible()


def test_a_desk_with_officials_starts_at_the_sign_in_screen(
    window: MainWindow, gui_store: Store, fast_hashing: None
) -> None:
    from desktop.first_run import FirstRunWizard

    accounts.add_official(store_connection(gui_store), "hung", display_name="Lê Văn Hùng", role=Role.HEAD,
                          password="mật-khẩu-2")
    window.services.set_official(None)
    window.begin_session()
    assert window.is_locked() and window.findChild(FirstRunWizard) is None
    form = window.lock_screen.form
    assert QApplication.focusWidget() is form.login
    type_text(form.login, "hung")
    QTest.keyClick(form.login, Qt.Key.Key_Return)
    type_text(form.password, "mật-khẩu-2")
    QTest.keyClick(form.password, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert window.services.actor == "hung"
    assert window.official_label.text() == "Cán bộ: Lê Văn Hùng"


def test_a_keyboard_wedge_burst_reaches_the_applicant_not_the_focused_field(window: MainWindow) -> None:
    assert window.scanner is not None  # keyboard mode is the default scanner setting
    page = window.page_by_key["reception"]
    assert isinstance(page, FakeReceptionPage)
    page.name.setFocus()
    payload = "001190012345|123456789|Tran Thi Bich|01011990|Nu|Xa Tan Phu|01012021"
    QTest.keyClicks(page.name, payload)  # no delay between keys: a scanner's speed
    QTest.keyClick(page.name, Qt.Key.Key_Return)
    assert page.scans == [payload]
    assert page.name.text() == ""


class FakeSerialScanner(QObject):
    payload_scanned = Signal(str, str)
    scan_failed = Signal(str, str)
    connection_changed = Signal(bool, str)

    def __init__(self, parent: QObject | None = None, *, port_name: str = "") -> None:
        super().__init__(parent)
        self.port_name = port_name
        self.running = False

    def set_port(self, name: str) -> None:
        self.port_name = name

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False


def test_the_wedge_is_off_when_the_scanner_is_on_a_serial_port(window: MainWindow,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.scanning.serial

    monkeypatch.setattr(desktop.scanning.serial, "SerialScanner", FakeSerialScanner)
    window.services.settings.set(s.SCANNER_MODE, "serial")
    window.services.settings.set(s.SCANNER_PORT, "COM4")
    window.apply_user_settings()
    serial = window.serial_scanner
    assert isinstance(serial, FakeSerialScanner) and serial.running and serial.port_name == "COM4"
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    serial.payload_scanned.emit("001090012345|x", "serial")
    assert window.current_page_key() == "reception"
    serial.scan_failed.emit("not_utf8", "Dữ liệu quét được không phải văn bản UTF-8")
    assert window.statusBar().currentMessage() == "Dữ liệu quét được không phải văn bản UTF-8"
    window.services.settings.set(s.SCANNER_MODE, "keyboard")
    window.apply_user_settings()
    assert not serial.running
    window.services.settings.set(s.SCANNER_MODE, "serial")
    window.apply_user_settings()
    page = window.page_by_key["reception"]
    assert isinstance(page, FakeReceptionPage)
    assert page.scans == ["001090012345|x"]
    page.name.setFocus()
    QTest.keyClicks(page.name, "001190012345|x")
    assert page.scans == ["001090012345|x"] and page.name.text() == "001190012345|x"


@pytest.mark.parametrize(
    ("language", "title", "nav", "lock", "status"),
    [
        ("vi", "MotCua Desk — Bộ phận Tiếp nhận và Trả kết quả", "Tiếp nhận", "Màn hình đã khóa", "● Ngoại tuyến"),
        ("en", "MotCua Desk — Reception and Results Desk", "Reception", "Screen locked", "● Offline"),
    ],
)
def test_main_window_renders_in_each_language(window: MainWindow, language: str, title: str, nav: str,
                                              lock: str, status: str) -> None:
    window.set_language(language)
    picture = window.grab()
    assert not picture.isNull() and picture.width() > 0
    assert window.windowTitle() == title
    assert window.nav.item(0).text() == nav
    assert window.sync_status is not None
    assert window.sync_status.state.text() == status  # type: ignore[attr-defined]
    window.lock()
    assert window.lock_screen.title.text() == lock


def test_with_the_real_pages_a_scan_burst_fills_the_applicant_and_ctrl_f_reaches_the_dossier_search(
    qtbot: QtBot, gui_layout: object, gui_store: Store, switcher: LanguageSwitcher, app_font: QFont
) -> None:
    from desktop.ops import OpRunner
    from sync.layout import DataLayout

    assert isinstance(gui_layout, DataLayout)
    services = AppServices(gui_layout, runner=OpRunner(synchronous=True), store_opener=lambda _l: gui_store)
    services.start()  # the real catalogue
    services.set_official(Official("lan", "Nguyễn Thị Lan", Role.RECEPTION))
    win = MainWindow(services, switcher=switcher)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    assert QTest.qWaitForWindowActive(win)
    reception = win.page_by_key["reception"]
    assert type(reception).__name__ == "ReceptionPage"
    assert type(win.page_by_key["dossiers"]).__name__ == "DossierDeskPage"
    # The focus is in the dossier desk's search; the scanner types a whole card there, at scanner speed.
    QTest.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = QApplication.focusWidget()
    assert isinstance(search, QLineEdit) and win.current_page_key() == "dossiers"
    payload = "001090012345|123456789|Nguyen Van An|01011990|Nam|Thon 1, Xa Tan Phu|01012021"
    # Scanner speed on the wedge's own clock (4 ms a key), so a loaded CI machine cannot stretch the burst.
    ticks = iter(range(0, 1_000_000, 4))
    win.scanner._clock = lambda: float(next(ticks))
    QTest.keyClicks(search, payload)
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert search.text() == ""  # the burst never reached the focused field
    assert win.current_page_key() == "reception"
    assert reception.applicant_panel.person.text("full_name") == "Nguyen Van An"  # type: ignore[attr-defined]
    assert reception.applicant_panel.person.text("id_number") == "001090012345"  # type: ignore[attr-defined]


def test_a_daily_backup_at_start_and_a_manual_one_with_a_second_copy(
    window: MainWindow, gui_store: Store, tmp_path: Path
) -> None:
    from sync.store import list_backups

    layout = window.services.layout
    assert [b.reason for b in list_backups(layout.backups)] == ["daily"]
    second = tmp_path / "usb"
    second.mkdir()
    gui_store.set_setting(s.BACKUP_FOLDER.key, str(second))
    window.act_backup.trigger()
    assert sorted(b.reason for b in list_backups(layout.backups)) == ["daily", "manual"]
    assert len(list(second.glob("*.sqlite3"))) == 1
    assert window.statusBar().currentMessage().startswith("Đã sao lưu: ")
