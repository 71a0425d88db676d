"""Sign-in dialog, the idle watcher and the lock screen (work under it survives)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.login import IdleWatcher, LockScreen, LoginDialog, store_connection
from desktop.services import AppServices
from sync import accounts
from sync.accounts import Role
from sync.store import Store
from tests.desktop_fixtures import type_text


def _add(store: Store, login: str, role: Role = Role.RECEPTION) -> accounts.Official:
    return accounts.add_official(store_connection(store), login, display_name="Nguyễn Thị Lan", role=role,
                                 password="mật-khẩu-1")


def test_sign_in_with_the_keyboard(qtbot: QtBot, gui_services: AppServices, gui_store: Store,
                                   fast_hashing: None) -> None:
    lan = _add(gui_store, "lan")
    dialog = LoginDialog(gui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    dialog.form.login.setFocus()
    QTest.keyClicks(dialog.form.login, "lan")
    QTest.keyClick(dialog.form.login, Qt.Key.Key_Return)  # Enter moves to the password
    assert QApplication.focusWidget() is dialog.form.password
    type_text(dialog.form.password, "mật-khẩu-1")
    QTest.keyClick(dialog.form.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.form.error.text() == ""
    assert gui_services.official == lan
    [entry] = [e for e in gui_store.audit_log() if e.action == "sign_in"]
    assert entry.actor == "lan"
    assert gui_services.actor == "lan"


def test_a_wrong_password_stays_on_the_dialog_with_a_message(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store, fast_hashing: None
) -> None:
    _add(gui_store, "lan")
    dialog = LoginDialog(gui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.form.login, "lan")
    type_text(dialog.form.password, "sai-mật-khẩu")
    QTest.keyClick(dialog.form.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.error.text() == "Sai tên đăng nhập hoặc mật khẩu"
    assert dialog.form.password.text() == ""
    assert gui_services.official is None


def test_empty_fields_are_asked_for_without_touching_the_store(qtbot: QtBot, gui_services: AppServices) -> None:
    dialog = LoginDialog(gui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.submit()
    assert "Nhập tên đăng nhập và mật khẩu" in dialog.form.error.text()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_watcher_fires_after_the_delay_and_input_resets_it(qtbot: QtBot) -> None:
    clock = FakeClock()
    widget = QLineEdit()
    qtbot.addWidget(widget)
    watcher = IdleWatcher(60_000, clock=clock)
    fired: list[int] = []
    watcher.idle.connect(lambda: fired.append(1))
    clock.now += 59
    watcher.check()
    assert fired == []
    # A key press anywhere in the application counts as activity.
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    clock.now += 59
    watcher.check()
    assert fired == []
    clock.now += 2
    watcher.check()
    watcher.check()
    assert fired == [1]  # once per idle period
    watcher.stop()


def test_idle_watcher_with_zero_never_fires(qtbot: QtBot) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(0, clock=clock)
    fired: list[int] = []
    watcher.idle.connect(lambda: fired.append(1))
    clock.now += 10_000
    watcher.check()
    assert fired == []
    watcher.stop()


def test_idle_watcher_fires_on_its_own_timer(qtbot: QtBot) -> None:
    watcher = IdleWatcher(200)
    with qtbot.waitSignal(watcher.idle, timeout=3000):
        pass
    watcher.stop()


def test_mouse_clicks_count_as_activity(qtbot: QtBot) -> None:
    clock = FakeClock()
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    watcher = IdleWatcher(1000, clock=clock)
    fired: list[int] = []
    watcher.idle.connect(lambda: fired.append(1))
    clock.now += 0.9
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPointF(5, 5).toPoint())
    clock.now += 0.9
    watcher.check()
    assert fired == []
    watcher.stop()


def test_lock_screen_unlocks_with_the_same_officials_password(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store, fast_hashing: None
) -> None:
    lan = _add(gui_store, "lan")
    gui_services.set_official(lan)
    lock = LockScreen(gui_services)
    qtbot.addWidget(lock)
    lock.show()
    lock.prepare()
    assert lock.form.login.text() == "lan"
    assert "Nguyễn Thị Lan" in lock.who.text()
    unlocked: list[object] = []
    lock.unlocked.connect(unlocked.append)
    QTest.keyClicks(lock.form.password, "sai")
    QTest.keyClick(lock.form.password, Qt.Key.Key_Return)
    assert unlocked == []
    type_text(lock.form.password, "mật-khẩu-1")
    QTest.keyClick(lock.form.password, Qt.Key.Key_Return)
    assert unlocked == [lan]


def test_another_official_may_sign_in_on_the_lock_screen(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store, fast_hashing: None
) -> None:
    gui_services.set_official(_add(gui_store, "lan"))
    hung = _add(gui_store, "hung", Role.HEAD)
    lock = LockScreen(gui_services)
    qtbot.addWidget(lock)
    lock.prepare()
    lock.form.login.setText("hung")
    type_text(lock.form.password, "mật-khẩu-1")
    QTest.keyClick(lock.form.password, Qt.Key.Key_Return)
    assert gui_services.official == hung
