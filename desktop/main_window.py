"""The main window: left navigation over the pages, menus with shortcuts, and the always-visible status bar.

Pages are built from `PAGES` — each one a module and class given `AppServices`; a page whose module is not
installed yet shows a short notice instead, so the window works while the rooms land one by one. Pages talk
to each other only through `services.changes_applied`.

Keyboard: Alt+1…Alt+5 open the pages, Ctrl+F searches dossiers, Ctrl+L locks, Ctrl+, opens Settings,
F1 shows help, F5 syncs now. Everything else is reachable with Tab and the menus' mnemonics.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as s
from desktop.changes import Changes
from desktop.i18n import LanguageSwitcher
from desktop.login import IdleWatcher, LockScreen
from desktop.services import AppServices
from forms.version import VERSION

log = logging.getLogger(__name__)

LARGE_FONT_SCALE = 1.25
NAV_FONT_SCALE = 1.15  # the navigation reads a little larger than the pages


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    cls: str


# Navigation order = Alt+1, Alt+2, …
PAGES: tuple[PageSpec, ...] = (
    PageSpec("reception", "desktop.reception", "ReceptionPage"),
    PageSpec("dossiers", "desktop.dossiers", "DossierDeskPage"),
    PageSpec("conflicts", "desktop.conflicts", "ConflictInboxPage"),
    PageSpec("sync", "desktop.sync_status", "SyncPage"),
    PageSpec("reports", "desktop.reports", "ReportsPage"),
)


class MissingPage(QWidget):
    """Stands in for a page whose module is not installed in this build."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Chức năng này chưa có trong bản cài đặt này."))


def build_page(spec: PageSpec, services: AppServices, parent: QWidget) -> QWidget:
    try:
        module = importlib.import_module(spec.module)
        cls = getattr(module, spec.cls)
    except (ImportError, AttributeError) as exc:
        # Only a page that is absent is tolerated; a page that exists but fails to build is a bug to see.
        log.info("page %s not available (%s)", spec.key, type(exc).__name__)
        return MissingPage(parent)
    page = cls(services)
    if not isinstance(page, QWidget):
        raise TypeError(f"{spec.module}.{spec.cls} is not a QWidget")
    page.setParent(parent)
    return page


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: AppServices,
        parent: QWidget | None = None,
        *,
        switcher: LanguageSwitcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.layout_ = services.layout
        self.switcher = switcher or LanguageSwitcher()
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self._base_font: QFont | None = None
        self._locked_dialogs: list[QWidget] = []
        self._language_applied = False

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { border: none; background: palette(window); }"
            "QListWidget#navigation::item { padding: 10px 12px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.page_by_key: dict[str, QWidget] = {}
        for spec in PAGES:
            page = build_page(spec, services, self.pages)
            page.setObjectName(page.objectName() or f"page_{spec.key}")
            self.pages.addWidget(page)
            self.page_by_key[spec.key] = page
            self.nav.addItem(QListWidgetItem())
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.work_area = QWidget(self)
        self.work_area.setObjectName("workArea")
        row = QHBoxLayout(self.work_area)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(services, self)
        self.lock_screen.unlocked.connect(self.unlock)
        self.root = QStackedWidget(self)
        self.root.addWidget(self.work_area)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)

        self._build_status_bar()
        self._build_menus()
        self.idle = IdleWatcher(self._auto_lock_ms(), self)
        self.idle.idle.connect(self.lock)
        services.changes_applied.connect(self._on_changes)
        services.official_changed.connect(lambda _o: self.retranslate_ui())
        services.runner.activity_changed.connect(self._on_activity)

        self.apply_user_settings()
        self.retranslate_ui()
        self.nav.setCurrentRow(0)
        self._restore_geometry()
        self._wire_scanner()
        # The store takes one "daily" backup a day; check at start and every hour (a desk runs for days).
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(3_600_000)
        self.backup_timer.timeout.connect(self._daily_backup)
        self.backup_timer.start()
        self._daily_backup()

    # -- building -----------------------------------------------------------------------------------
    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], Any], name: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even when the menu bar is hidden or disabled
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.act_settings = self._action("Ctrl+,", self.open_settings, "actSettings")
        self.act_lock = self._action("Ctrl+L", self.lock, "actLock")
        self.act_backup = self._action(None, self.backup_now, "actBackup")
        self.act_quit = self._action(QKeySequence.StandardKey.Quit, self.close, "actQuit")
        for a in (self.act_settings, self.act_backup, self.act_lock):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.act_pages: list[QAction] = []
        for index, spec in enumerate(PAGES):
            act = self._action(f"Alt+{index + 1}", functools.partial(self.show_page, index), f"actPage_{spec.key}")
            self.act_pages.append(act)
        pages = dict(zip((p.key for p in PAGES), self.act_pages, strict=True))
        self.go_menu = QMenu(self)
        self.go_menu.addAction(pages["reception"])
        self.go_menu.addAction(pages["dossiers"])
        self.go_menu.addSeparator()
        self.act_find = self._action(QKeySequence.StandardKey.Find, self.find_dossier, "actFind")
        self.go_menu.addAction(self.act_find)

        self.sync_menu = QMenu(self)
        self.act_sync_now = self._action("F5", self.sync_now, "actSyncNow")
        self.sync_menu.addAction(self.act_sync_now)
        self.sync_menu.addAction(pages["sync"])
        self.sync_menu.addAction(pages["conflicts"])

        self.reports_menu = QMenu(self)
        self.reports_menu.addAction(pages["reports"])

        self.view_menu = QMenu(self)
        self.act_large_font = self._action("Ctrl+Shift+=", self.toggle_large_font, "actLargeFont")
        self.act_large_font.setCheckable(True)
        self.view_menu.addAction(self.act_large_font)
        self.language_menu = QMenu(self)
        self.language_group = QActionGroup(self)
        self.act_languages: dict[str, QAction] = {}
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            act = QAction(label, self)
            act.setObjectName(f"actLanguage_{code}")
            act.setCheckable(True)
            act.triggered.connect(lambda _c=False, lang=code: self.set_language(lang))
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
            self.act_languages[code] = act
        self.view_menu.addMenu(self.language_menu)

        self.help_menu = QMenu(self)
        self.act_help = self._action(QKeySequence.StandardKey.HelpContents, self.show_help, "actHelp")
        self.act_about = self._action(None, self._about, "actAbout")
        self.help_menu.addAction(self.act_help)
        self.help_menu.addAction(self.act_about)
        for menu in (self.file_menu, self.go_menu, self.sync_menu, self.reports_menu, self.view_menu,
                     self.help_menu):
            bar.addMenu(menu)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)  # indeterminate: the work is in a background job
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.hide()
        self.busy_label.hide()
        bar.addWidget(self.busy_label)
        bar.addWidget(self.busy)
        self.official_label = QLabel(self)
        self.official_label.setObjectName("officialLabel")
        bar.addPermanentWidget(self.official_label)
        self.sync_status = self._make_sync_status()
        if self.sync_status is not None:
            bar.addPermanentWidget(self.sync_status)

    def _make_sync_status(self) -> QWidget | None:
        try:
            from desktop.sync_status import SyncStatusWidget
        except ImportError:
            return None
        widget = SyncStatusWidget(self.services, self)
        widget.open_conflicts.connect(lambda: self.show_page_key("conflicts"))
        widget.open_sync.connect(lambda: self.show_page_key("sync"))
        return widget

    def _wire_scanner(self) -> None:
        """Scans go to the reception page's applicant, never to the focused field: a keyboard-wedge burst
        anywhere in the window, or a serial scanner's payload, depending on the scanner setting."""
        self.scanner: Any = None
        self.serial_scanner: Any = None
        reception = self.page_by_key.get("reception")
        if not callable(getattr(reception, "accept_scan", None)):
            return
        try:
            from desktop.scanning.wedge import KeyboardWedge
        except ImportError:
            return
        self.scanner = KeyboardWedge(self)
        self.scanner.payload_scanned.connect(lambda text, _source: self._scanned(text))
        self._apply_scanner_mode()

    def _apply_scanner_mode(self) -> None:
        if self.scanner is None:
            return
        mode = self.services.settings.value(s.SCANNER_MODE)
        if mode == "keyboard":
            if self.scanner._installed_on is None:
                self.scanner.install()
        else:
            self.scanner.uninstall()
        if mode == "serial":
            self._start_serial(self.services.settings.value(s.SCANNER_PORT))
        elif self.serial_scanner is not None:
            self.serial_scanner.stop()

    def _start_serial(self, port: str) -> None:
        if self.serial_scanner is None:
            from desktop.scanning.serial import SerialScanner

            self.serial_scanner = SerialScanner(self, port_name=port)
            self.serial_scanner.payload_scanned.connect(lambda text, _source: self._scanned(text))
            # Problems are a line in the status bar (the scanner helper's Vietnamese text), not a pop-up.
            self.serial_scanner.scan_failed.connect(
                lambda _kind, message: self.statusBar().showMessage(message, 10_000))
            self.serial_scanner.connection_changed.connect(self._serial_connection)
        else:
            self.serial_scanner.set_port(port)
        self.serial_scanner.start()

    def _serial_connection(self, connected: bool, port: str) -> None:
        text = (self.tr("Máy quét trên cổng {port} đã sẵn sàng") if connected
                else self.tr("Mất kết nối máy quét trên cổng {port}; đang thử kết nối lại…"))
        self.statusBar().showMessage(text.format(port=port), 10_000)

    def _scanned(self, payload: str) -> None:
        if self.is_locked():
            return  # a locked desk takes no citizen data
        reception = self.page_by_key.get("reception")
        accept = getattr(reception, "accept_scan", None)
        if accept is not None:
            self.show_page_key("reception")
            accept(payload)

    # -- language and font --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("MotCua Desk — Bộ phận Tiếp nhận và Trả kết quả"))
        titles = {
            "reception": self.tr("Tiếp nhận"), "dossiers": self.tr("Hồ sơ"), "conflicts": self.tr("Xung đột"),
            "sync": self.tr("Đồng bộ"), "reports": self.tr("Báo cáo"),
        }
        action_titles = {**titles, "sync": self.tr("Tình trạng đồng bộ")}
        for index, spec in enumerate(PAGES):
            item = self.nav.item(index)
            item.setText(titles[spec.key])
            item.setToolTip(f"Alt+{index + 1}")
            self.act_pages[index].setText(action_titles[spec.key])
        self.file_menu.setTitle(self.tr("Tệ&p"))
        self.act_settings.setText(self.tr("&Cài đặt…"))
        self.act_lock.setText(self.tr("&Khóa màn hình"))
        self.act_backup.setText(self.tr("&Sao lưu dữ liệu ngay"))
        self.act_quit.setText(self.tr("&Thoát"))
        self.go_menu.setTitle(self.tr("&Hồ sơ"))
        self.act_find.setText(self.tr("&Tìm hồ sơ…"))
        self.sync_menu.setTitle(self.tr("Đồ&ng bộ"))
        self.reports_menu.setTitle(self.tr("&Báo cáo"))
        self.act_sync_now.setText(self.tr("Đồng bộ &ngay"))
        self.view_menu.setTitle(self.tr("&Xem"))
        self.act_large_font.setText(self.tr("Chữ &lớn"))
        self.language_menu.setTitle(self.tr("&Ngôn ngữ"))
        self.help_menu.setTitle(self.tr("Trợ &giúp"))
        self.act_help.setText(self.tr("&Hướng dẫn và phím tắt"))
        self.act_about.setText(self.tr("&Giới thiệu"))
        official = self.services.official
        self.official_label.setText(
            self.tr("Cán bộ: {name}").format(name=official.display_name) if official is not None
            else self.tr("Chưa đăng nhập")
        )

    def apply_user_settings(self) -> None:
        settings = self.services.settings
        language = settings.value(s.LANGUAGE)
        if language != self.switcher.language or not self._language_applied:
            self.switcher.apply(language)
            self._language_applied = True
        for code, act in self.act_languages.items():
            act.setChecked(code == self.switcher.language)
        large = settings.value(s.LARGE_FONT)
        self.act_large_font.setChecked(large)
        self._apply_font(large)
        self.idle.set_timeout(self._auto_lock_ms())
        if hasattr(self, "scanner"):
            self._apply_scanner_mode()

    def _apply_font(self, large: bool) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if self._base_font is None:
            self._base_font = QFont(app.font())
        font = QFont(self._base_font)
        if large:
            font.setPointSizeF(self._base_font.pointSizeF() * LARGE_FONT_SCALE)
        nav_font = QFont(font)
        nav_font.setPointSizeF(font.pointSizeF() * NAV_FONT_SCALE)
        self.nav.setFont(nav_font)
        if font == app.font():
            return
        app.setFont(font)
        # QMainWindow keeps the menu bar's old height after a font change (the menus then collapse into
        # the "»" extension): deliver the font events and lay the window out again.
        QApplication.sendPostedEvents()
        self.menuBar().updateGeometry()
        self.menuBar().adjustSize()
        window_layout = self.layout()
        if window_layout is not None:
            window_layout.invalidate()
            window_layout.activate()

    def _auto_lock_ms(self) -> int:
        return int(self.services.settings.value(s.AUTO_LOCK_MINUTES)) * 60_000

    def set_language(self, language: str) -> None:
        self.services.settings.set(s.LANGUAGE, language)
        self.services.settings.sync()
        self.services.apply_changes(Changes(source="settings", settings=True, origin=self))

    def toggle_large_font(self) -> None:
        self.services.settings.set(s.LARGE_FONT, not self.services.settings.value(s.LARGE_FONT))
        self.services.settings.sync()
        self.services.apply_changes(Changes(source="settings", settings=True, origin=self))

    def _on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self.apply_user_settings()
            self.retranslate_ui()

    def _on_activity(self, descriptions: list[str]) -> None:
        visible = bool(descriptions)
        self.busy.setVisible(visible)
        self.busy_label.setVisible(visible)
        self.busy_label.setText(descriptions[-1] if descriptions else "")

    # -- navigation ---------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if self.is_locked() or not 0 <= index < self.pages.count():
            return
        self.nav.setCurrentRow(index)
        page = self.pages.widget(index)
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()
        elif page is not None:
            page.setFocus()

    def show_page_key(self, key: str) -> None:
        for index, spec in enumerate(PAGES):
            if spec.key == key:
                self.show_page(index)

    def current_page_key(self) -> str:
        return PAGES[self.pages.currentIndex()].key

    def find_dossier(self) -> None:
        self.show_page_key("dossiers")
        focus_search = getattr(self.page_by_key.get("dossiers"), "focus_search", None)
        if callable(focus_search):
            focus_search()

    def sync_now(self) -> None:
        runner = getattr(self.sync_status, "runner", None)
        if runner is not None:
            runner.sync_now()

    def backup_now(self) -> None:
        """A manual backup of the database (into backups/, and the second folder when one is set)."""
        if self.is_locked():
            return
        self.services.db(lambda store: store.backup("manual"), parent=self,
                         description=self.tr("Đang sao lưu dữ liệu…")).success(self._backed_up).run()

    def _backed_up(self, result: Any) -> None:
        text = self.tr("Đã sao lưu: {path}").format(path=result.info.path)
        if result.second_copy is not None:
            text += " · " + self.tr("bản thứ hai: {path}").format(path=result.second_copy)
        elif result.second_copy_error:
            text += " · " + self.tr("không chép được vào thư mục thứ hai: {reason}").format(
                reason=result.second_copy_error)
        self.statusBar().showMessage(text, 15_000)

    def _daily_backup(self) -> None:
        self.services.db(lambda store: store.backup_if_due(), parent=self).failure(
            lambda exc: log.warning("daily backup failed: %s", type(exc).__name__)).run()

    def open_settings(self) -> None:
        from desktop.settings_dialog import SettingsDialog

        if self.is_locked():
            return
        dialog = SettingsDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    # -- locking ------------------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.root.currentWidget() is self.lock_screen

    def begin_session(self) -> None:
        """At start: the first-run wizard if the desk has no official yet, otherwise the sign-in screen."""
        from desktop.login import store_connection
        from sync.accounts import count_officials

        self._enter_lock()
        self.services.db(lambda store: count_officials(store_connection(store)), parent=self).success(
            self._officials_counted
        ).run()

    def _officials_counted(self, count: int) -> None:
        if count:
            return
        from desktop.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.services, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        wizard.accepted.connect(self.unlock)
        wizard.rejected.connect(self.close)
        self.first_run = wizard
        wizard.open()

    def lock(self) -> None:
        """Hide every dossier on screen (dialogs included) and ask for the password; nothing is closed."""
        if self.is_locked() or self.services.official is None:
            return
        log.info("desk locked")
        self._enter_lock()

    def _enter_lock(self) -> None:
        self._locked_dialogs = [
            w for w in self.findChildren(QDialog) if w.isVisible()
        ]
        for dialog in self._locked_dialogs:
            dialog.hide()
        self.menuBar().setEnabled(False)
        for action in self.actions():
            if action is not self.act_quit:
                action.setEnabled(False)
        self.root.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare()

    def unlock(self, _official: object = None) -> None:
        if not self.is_locked():
            return
        log.info("desk unlocked")
        self.root.setCurrentWidget(self.work_area)
        self.menuBar().setEnabled(True)
        for action in self.actions():
            action.setEnabled(True)
        for dialog in self._locked_dialogs:
            dialog.show()
        self._locked_dialogs = []
        self.idle.reset()
        current = self.pages.currentWidget()
        if current is not None:
            current.setFocus()

    # -- help ---------------------------------------------------------------------------------------
    def shortcuts_text(self) -> str:
        lines = [self.tr("Phím tắt:")]
        for index in range(len(PAGES)):
            lines.append(f"Alt+{index + 1}\t{self.nav.item(index).text()}")
        lines += [
            "Ctrl+F\t" + self.tr("Tìm hồ sơ"),
            "Ctrl+S\t" + self.tr("Lưu hồ sơ (trang Tiếp nhận)"),
            "Ctrl+P\t" + self.tr("In giấy tiếp nhận"),
            "Ctrl+L\t" + self.tr("Khóa màn hình"),
            "Ctrl+,\t" + self.tr("Cài đặt"),
            "F5\t" + self.tr("Đồng bộ ngay"),
            "F1\t" + self.tr("Trợ giúp"),
        ]
        return "\n".join(lines)

    def show_help(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("helpBox")
        box.setWindowTitle(self.tr("Hướng dẫn"))
        box.setText(self.tr(
            "Quét mã QR trên căn cước vào bất cứ lúc nào: thông tin người nộp được điền vào trang Tiếp nhận.\n"
            "Chọn thủ tục, điền biểu mẫu, đánh dấu giấy tờ, rồi Lưu (Ctrl+S) và In (Ctrl+P)."
        ))
        box.setInformativeText(self.shortcuts_text())
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.show()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            self.tr("MotCua Desk {version}\nPhần mềm Bộ phận Một cửa cấp xã, làm việc cả khi mất mạng.").format(
                version=VERSION
            ),
        )

    # -- window state -------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.services.settings.restore_state("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.services.settings.save_state("main_window/geometry", self.saveGeometry())
        self.services.settings.sync()
        self.idle.stop()
        if self.scanner is not None:
            self.scanner.uninstall()
        if self.serial_scanner is not None:
            self.serial_scanner.stop()
        super().closeEvent(event)
