from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.main_window import MainWindow
from sync.layout import DataLayout


def test_main_window_opens_with_vietnamese_title_and_menus(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(DataLayout(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Bộ phận Tiếp nhận và Trả kết quả" in window.windowTitle()
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["Tệp", "Hồ sơ", "Đồng bộ", "Báo cáo", "Trợ giúp"]
