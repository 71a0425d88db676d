"""The main window: menus, the working area and the status bar that is always visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from forms.version import VERSION
from sync.layout import DataLayout


class MainWindow(QMainWindow):
    def __init__(self, layout: DataLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = layout
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("MotCua Desk — Bộ phận Tiếp nhận và Trả kết quả"))
        self.resize(1200, 760)
        self._build_menus()
        welcome = QLabel(self.tr("Sẵn sàng tiếp nhận hồ sơ"))
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        welcome.setObjectName("welcome")
        self.setCentralWidget(welcome)
        self.statusBar().showMessage(self.tr("Dữ liệu lưu tại máy: {path}").format(path=layout.root))

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&Tệp"))
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        menu_bar.addMenu(self.tr("&Hồ sơ"))
        menu_bar.addMenu(self.tr("Đồng &bộ"))
        menu_bar.addMenu(self.tr("&Báo cáo"))
        help_menu = menu_bar.addMenu(self.tr("Trợ &giúp"))
        about = QAction(self.tr("&Giới thiệu"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            self.tr("MotCua Desk {version}\nPhần mềm Bộ phận Một cửa cấp xã, làm việc cả khi mất mạng.").format(
                version=VERSION
            ),
        )
