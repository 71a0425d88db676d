"""The settings dialog, generated from the option registry of `desktop/settings.py`.

One editor per declared option (text, number, yes/no, choice, time, folder), grouped in tabs by section.
Nothing is written until every value validates; then user options go to QSettings at once, the desk profile
and the portal URL go to the store on the database thread, and the portal password goes to the OS keyring —
all through `AppServices`, which broadcasts one `Changes(settings=True)` so the window re-applies language
and font size.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable
from datetime import time
from typing import Any

from PySide6.QtCore import QEvent, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as s
from desktop.changes import Changes
from desktop.i18n import translate_message
from desktop.services import AppServices
from forms.desk import DeskProfile
from forms.errors import MotcuaError

log = logging.getLogger(__name__)

# Tab order and titles (tr() needs literal strings, so the titles are written out in _section_title).
SECTIONS = ("desk", "hours", "sync", "devices", "ui", "backup")


class OptionEditor:
    """A widget bound to one option: read the typed value, write it back."""

    def __init__(self, option: s.Option[Any], widget: QWidget, get: Callable[[], Any],
                 put: Callable[[Any], None]) -> None:
        self.option = option
        self.widget = widget
        self.get = get
        self.put = put


def make_editor(option: s.Option[Any], parent: QWidget, *, browse_text: str = "…") -> OptionEditor:
    name = "opt_" + option.key.replace("/", "_")
    if isinstance(option, s.BoolOption):
        box = QCheckBox(parent)
        box.setObjectName(name)
        return OptionEditor(option, box, box.isChecked, box.setChecked)
    if isinstance(option, s.IntOption):
        spin = QSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(option.minimum, option.maximum)
        return OptionEditor(option, spin, spin.value, spin.setValue)
    if isinstance(option, s.ChoiceOption):
        combo = QComboBox(parent)
        combo.setObjectName(name)
        for value, label in option.choices:
            combo.addItem(s.translate_title(label), value)

        def put_choice(value: Any) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

        return OptionEditor(option, combo, combo.currentData, put_choice)
    if isinstance(option, s.TimeOption):
        edit = QTimeEdit(parent)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        return OptionEditor(
            option, edit,
            lambda: time(edit.time().hour(), edit.time().minute()),
            lambda t: edit.setTime(QTime(t.hour, t.minute)),
        )
    if isinstance(option, s.TextOption) and option.suggestions:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.setEditable(True)
        return OptionEditor(option, combo, combo.currentText, combo.setEditText)
    line = QLineEdit(parent)
    line.setObjectName(name)
    if isinstance(option, s.PathOption):
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        browse = QPushButton(browse_text, row)

        def pick() -> None:
            folder = QFileDialog.getExistingDirectory(row, option.title, line.text())
            if folder:
                line.setText(folder)

        browse.clicked.connect(pick)
        layout.addWidget(browse)
        row.setFocusProxy(line)
        return OptionEditor(option, row, line.text, line.setText)
    return OptionEditor(option, line, line.text, line.setText)


def _printers() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


def _serial_ports() -> list[str]:
    try:
        from desktop.scanning.serial import available_ports
    except ImportError:  # a build without QtSerialPort
        return []
    return [port.name for port in available_ports()]


_DEVICE_FINDERS: dict[str, Callable[[], list[str]]] = {"printers": _printers, "serial_ports": _serial_ports}


def _offer(combo: QComboBox, names: list[str]) -> None:
    current = combo.currentText()
    combo.clear()
    combo.addItems(names)
    combo.setEditText(current)


class SettingsDialog(QDialog):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.services = services
        self.editors: dict[str, OptionEditor] = {}
        self._stored: dict[str, str] = {}  # STORE-scope values as read, to write only what changed
        self._labels: dict[str, QLabel] = {}
        self.tabs = QTabWidget(self)
        self._pages: dict[str, QWidget] = {}
        for section in SECTIONS:
            page = QWidget(self.tabs)
            QFormLayout(page)
            self._pages[section] = page
            self.tabs.addTab(page, "")
        for opt in s.all_options():
            if opt.section not in self._pages:
                continue
            page = self._pages[opt.section]
            editor = make_editor(opt, page, browse_text=self.tr("Chọn…"))
            label = QLabel(page)
            label.setBuddy(editor.widget)
            if opt.help:
                editor.widget.setToolTip(s.translate_title(opt.help))
            form = page.layout()
            assert isinstance(form, QFormLayout)
            form.addRow(label, editor.widget)
            self.editors[opt.key] = editor
            self._labels[opt.key] = label
        self._add_credentials(self._pages["sync"])
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load()
        self._offer_devices()
        self.retranslate_ui()
        for opt in s.all_options():
            if opt.scope is s.Scope.STORE and opt.key in self.editors:
                services.store_setting(opt.key, parent=self).success(
                    functools.partial(self._store_value_loaded, opt.key)).run()
        self.resize(640, 420)

    def _add_credentials(self, page: QWidget) -> None:
        form = page.layout()
        assert isinstance(form, QFormLayout)
        self.portal_user = QLineEdit(page)
        self.portal_user.setObjectName("portalUser")
        self.portal_password = QLineEdit(page)
        self.portal_password.setObjectName("portalPassword")
        self.portal_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._user_label = QLabel(page)
        self._user_label.setBuddy(self.portal_user)
        self._password_label = QLabel(page)
        self._password_label.setBuddy(self.portal_password)
        form.addRow(self._user_label, self.portal_user)
        form.addRow(self._password_label, self.portal_password)

    # -- language -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Cài đặt"))
        titles = {
            "desk": self.tr("&Cơ quan"), "hours": self.tr("&Giờ làm việc"), "sync": self.tr("Đồng &bộ"),
            "devices": self.tr("&Thiết bị"), "ui": self.tr("Gia&o diện"), "backup": self.tr("&Sao lưu"),
        }
        for index, section in enumerate(SECTIONS):
            self.tabs.setTabText(index, titles[section])
        for key, label in self._labels.items():
            label.setText(s.translate_title(s.option(key).title) + ":")
        self._user_label.setText(self.tr("Tài khoản cổng:"))
        self._password_label.setText(self.tr("Mật khẩu cổng:"))
        self.portal_password.setPlaceholderText(self.tr("để trống: giữ mật khẩu đã lưu"))

    # -- values -------------------------------------------------------------------------------------
    def _load(self) -> None:
        profile = self.services.profile
        for key, editor in self.editors.items():
            opt = editor.option
            if opt.scope is s.Scope.DESK:
                editor.put(getattr(profile, key))
            elif opt.scope is s.Scope.STORE:
                editor.put(opt.default)
            else:
                editor.put(self.services.settings.value(opt))

    def _offer_devices(self) -> None:
        """Fill the printer and serial-port lists in the background (asking CUPS or the OS can take a while)."""
        for editor in self.editors.values():
            opt = editor.option
            if isinstance(opt, s.TextOption) and opt.suggestions and isinstance(editor.widget, QComboBox):
                finder = _DEVICE_FINDERS[opt.suggestions]
                combo = editor.widget
                self.services.op(finder, parent=self).success(
                    functools.partial(_offer, combo)
                ).failure(lambda exc: log.info("device list unavailable: %s", type(exc).__name__)).run()

    def _store_value_loaded(self, key: str, value: str | None) -> None:
        self.editors[key].put(value or "")
        self._stored[key] = value or ""
        if key == s.PORTAL_URL.key and value:
            self._portal_url_loaded(value)

    def _portal_url_loaded(self, url: str) -> None:
        if url:
            self.services.portal_username(url, parent=self).success(self.portal_user.setText).run()

    def collect(self) -> dict[str, Any]:
        """Every option's validated value; raises the first MotcuaError (and focuses its field)."""
        values: dict[str, Any] = {}
        for key, editor in self.editors.items():
            try:
                values[key] = editor.option.validate(editor.get())
            except MotcuaError:
                self._focus(editor)
                raise
        return values

    def _focus(self, editor: OptionEditor) -> None:
        page = self._pages[editor.option.section]
        self.tabs.setCurrentWidget(page)
        editor.widget.setFocus()

    def save(self) -> None:
        try:
            values = self.collect()
        except MotcuaError as exc:
            self.error.setText(translate_message(exc.message))
            return
        self.error.clear()
        services = self.services
        user_changed = False
        for key, value in values.items():
            opt = s.option(key)
            if opt.scope is s.Scope.USER and services.settings.value(opt) != value:
                services.settings.set(opt, value)
                user_changed = True
        services.settings.sync()
        desk_fields = {k: v for k, v in values.items() if s.option(k).scope is s.Scope.DESK}
        profile: DeskProfile = dataclasses.replace(services.profile, **desk_fields)
        parent = self.parentWidget()
        if profile != services.profile:
            services.save_profile(profile, parent=parent).run()
        for key, value in values.items():
            if s.option(key).scope is s.Scope.STORE and value != self._stored.get(key, ""):
                services.set_store_setting(key, value, parent=parent).run()
        portal_url = values[s.PORTAL_URL.key]
        user, password = self.portal_user.text().strip(), self.portal_password.text()
        if user and password and portal_url:
            services.save_portal_credentials(portal_url, user, password, parent=parent).run()
        if user_changed:
            services.apply_changes(Changes(source="settings", settings=True, origin=self))
        self.accept()
