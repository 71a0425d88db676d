"""Officials sign in, and the desk locks itself when nobody is at it.

- `LoginForm`: login + password, checked on the database thread (Argon2id takes tens of milliseconds);
  a wrong login and a wrong password get the same message.
- `LoginDialog`: the form in a dialog, shown at start.
- `IdleWatcher`: an application-wide event filter notes the time of the last key press, click, wheel or
  touch; a timer checks it and emits `idle` once the auto-lock delay has passed. A scanner burst is typing.
- `LockScreen`: replaces the working area (which stays alive underneath with everything typed so far),
  shows who locked, and asks for the password again; another official may sign in instead.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.headings import Heading
from desktop.i18n import translate_message
from desktop.services import AppServices
from forms.errors import MotcuaError
from sync.accounts import Official, authenticate

log = logging.getLogger(__name__)


def store_connection(store: Any) -> Any:
    """The sqlite3 connection under a Store (the accounts functions work on a connection)."""
    for name in ("connection", "conn", "_conn"):
        conn = getattr(store, name, None)
        if conn is not None:
            return conn
    raise AttributeError("store has no sqlite3 connection")


def sign_in(store: Any, login: str, password: str) -> Official:
    """Check the password and write "sign_in" to the audit trail (who worked at the desk, and when)."""
    official = authenticate(store_connection(store), login, password)
    audit = getattr(store, "audit", None)
    if callable(audit):
        audit(None, "sign_in", official.login, {"role": official.role.value}, role=official.role.value)
    return official


class LoginForm(QWidget):
    """Login + password + button; emits `signed_in(Official)` after a successful check."""

    signed_in = Signal(object)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("loginError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("signIn")
        # Enter is handled by the line edits (returnPressed), so that the form behaves the same in the
        # dialog and on the lock screen; a default button would submit a second time.
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.submit)
        self.login.returnPressed.connect(self._login_entered)
        self.password.returnPressed.connect(self.submit)
        self._login_label = QLabel(self)
        self._login_label.setBuddy(self.login)
        self._password_label = QLabel(self)
        self._password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self._login_label, self.login)
        form.addRow(self._password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.button)
        self._busy = False
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._login_label.setText(self.tr("&Tên đăng nhập:"))
        self._password_label.setText(self.tr("&Mật khẩu:"))
        self.button.setText(self.tr("Đăng &nhập"))

    def _login_entered(self) -> None:
        if self.password.text():
            self.submit()
        else:
            self.password.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        login, password = self.login.text(), self.password.text()
        if not login.strip() or not password:
            self.error.setText(self.tr("Nhập tên đăng nhập và mật khẩu"))
            (self.login if not login.strip() else self.password).setFocus()
            return
        self._busy = True
        self.button.setEnabled(False)
        self.services.db(lambda store: sign_in(store, login, password), parent=self).success(
            self._accepted
        ).failure(self._refused).run()

    def _accepted(self, official: Official) -> None:
        self._busy = False
        self.button.setEnabled(True)
        self.error.clear()
        self.password.clear()
        log.info("official signed in (role %s)", official.role.value)
        self.signed_in.emit(official)

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, MotcuaError):
            self.error.setText(translate_message(error.message))
        else:
            log.error("sign-in failed unexpectedly", exc_info=error)
            self.error.setText(self.tr("Không kiểm tra được mật khẩu; thử lại hoặc báo bộ phận kỹ thuật"))


class LoginDialog(QDialog):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.services = services
        self.official: Official | None = None
        self.heading = Heading(self, scale=1.3)
        self.heading.setObjectName("loginHeading")
        self.heading.setWordWrap(True)
        self.form = LoginForm(services, self)
        self.form.signed_in.connect(self._signed_in)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        self.retranslate_ui()
        self.resize(420, 220)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Đăng nhập — MotCua Desk"))
        profile = self.services.profile
        self.heading.setText(self.tr("{centre}\nQuầy số {desk}").format(
            centre=profile.centre_name, desk=profile.desk_number))

    def _signed_in(self, official: Official) -> None:
        self.official = official
        self.services.set_official(official)
        self.accept()


_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.MouseMove, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits `idle` after `timeout_ms` without user input anywhere in the application (0 = never)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_input = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self.timeout_ms = 0
        self.set_timeout(timeout_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = max(0, timeout_ms)
        self._timer.stop()
        if self.timeout_ms:
            # Check a few times per period; a lock a few seconds late does not matter, a busy timer would.
            self._timer.start(max(50, min(5000, self.timeout_ms // 4)))
        self.reset()

    def reset(self) -> None:
        self._last_input = self._clock()
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
            self._fired = False
        return False

    def check(self) -> None:
        if not self.timeout_ms or self._fired:
            return
        if (self._clock() - self._last_input) * 1000 >= self.timeout_ms:
            self._fired = True
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """Shown instead of the working area while locked; `unlocked(Official)` when someone signs in."""

    unlocked = Signal(object)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.services = services
        self.title = Heading(self, scale=1.6)
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel(self)
        self.who.setObjectName("lockWho")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = LoginForm(services, self)
        self.form.setMinimumWidth(380)
        self.form.setMaximumWidth(480)
        self.form.signed_in.connect(self._signed_in)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addWidget(self.form, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Màn hình đã khóa"))
        official = self.services.official
        if official is not None:
            self.who.setText(self.tr("{name} ({login}) đang làm việc. Nhập mật khẩu để tiếp tục; "
                                     "hồ sơ đang nhập vẫn được giữ nguyên.").format(
                name=official.display_name, login=official.login))
        else:
            self.who.setText(self.tr("Đăng nhập để tiếp tục."))

    def prepare(self) -> None:
        """Fill in who locked and put the cursor in the password field."""
        official = self.services.official
        self.form.login.setText(official.login if official is not None else "")
        self.form.password.clear()
        self.form.error.clear()
        self.retranslate_ui()
        (self.form.password if official is not None else self.form.login).setFocus()

    def _signed_in(self, official: Official) -> None:
        previous = self.services.official
        if previous is None or previous.login != official.login:
            self.services.set_official(official)
        self.unlocked.emit(official)
