"""Keystrokes of a birth registration at the counter, from the ID-card scan to the printed receipt.

Drives the real widgets of `ReceptionPage` on a real store and the shipped catalogue. Every key goes where
a keyboard sends it — the focused widget of the active window — so the count only holds if the page really
moves the caret where the next answer goes. Free text typed by hand (names, places, the birth date's digits)
is counted apart; the goal is at most 12 other keystrokes. The counts are printed (`pytest -s` shows them).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.print_preview import PrintPreviewDialog, pdf_page_count
from desktop.reception import ReceptionPage
from desktop.services import AppServices
from forms.clock import now_vn
from forms.status import DossierStatus
from tests.desktop_fixtures import type_text
from tests.reception_fixtures import VALID_PAYLOAD, desk, memory_keyring, pdf_printer, seed_history

__all__ = ["desk", "memory_keyring"]

GOAL = 12


class Keyboard:
    """Sends keys to whatever has the keyboard focus and counts them."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.typed = 0  # characters of free text

    @staticmethod
    def target() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              name: str = "") -> None:
        QTest.keyClick(self.target(), key, modifiers)
        self.keys.append(name or {"Return": "Enter"}.get(key.name.removeprefix("Key_"), key.name.removeprefix("Key_")))

    def type(self, text: str) -> None:
        type_text(self.target(), text)
        self.typed += len(text)

    def focused_name(self) -> str:
        return self.target().objectName()


def _open_page(qtbot: QtBot, services: AppServices, tmp_path: Path) -> tuple[ReceptionPage, Path]:
    # This desk registers births more than anything else, so the procedure is on top after the scan.
    seed_history(services, {"1.001193": 4, "2.000815": 2, "1.004222": 1})
    page = ReceptionPage(services)
    out = Path(os.environ.get("MOTCUA_KEEP_RECEIPT", tmp_path / "printed-receipt.pdf"))
    page.printer_factory = lambda: pdf_printer(out)
    page.resize(1280, 800)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page, out


def _register_birth(qtbot: QtBot, page: ReceptionPage, kb: Keyboard, *, parents: bool) -> None:
    page.accept_scan(VALID_PAYLOAD)  # the scanner types nothing the official has to
    assert kb.focused_name() == "procedureSearch"
    kb.press(Qt.Key.Key_Return, name="Enter (thủ tục)")
    assert page.procedure is not None and page.procedure.code == "1.001193"
    assert kb.focused_name() == "field_quan_he"
    kb.press(Qt.Key.Key_C)  # "Cha": the applicant is the father
    kb.press(Qt.Key.Key_Return)
    assert kb.focused_name() == "field_ho_ten"
    kb.type("Nguyễn Minh Khang")
    kb.press(Qt.Key.Key_Return)
    assert kb.focused_name() == "field_ngay_sinh"
    kb.type((now_vn().date() - timedelta(days=12)).strftime("%d%m%Y"))  # a full date moves on by itself
    assert kb.focused_name() == "field_gioi_tinh"
    kb.press(Qt.Key.Key_N)  # "Nam"
    kb.press(Qt.Key.Key_Return)  # ethnicity and nationality have their defaults: skipped
    assert kb.focused_name() == "field_noi_sinh"
    kb.type("Trạm Y tế xã Tam Thanh")
    kb.press(Qt.Key.Key_Return)
    assert kb.focused_name() == "field_que_quan"
    kb.type("Xã Tam Thanh, Tỉnh Quảng Nam")
    if parents:
        kb.press(Qt.Key.Key_Tab)  # the optional "Mẹ" section starts right after
        assert kb.focused_name() == "field_me_ho_ten"
        kb.type("Lê Thị Hoa")
        kb.press(Qt.Key.Key_PageDown, name="PageDown (mục Cha)")
        assert kb.focused_name() == "field_cha_ho_ten"
        kb.type("Nguyễn Văn An")
    kb.press(Qt.Key.Key_Return)
    assert kb.focused_name() == "field_cam_doan"
    kb.press(Qt.Key.Key_Space)  # the applicant's declaration
    kb.press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier, name="Alt+G (nhận đủ giấy tờ)")
    qtbot.waitUntil(lambda: page.checklist.missing_mandatory() == [], timeout=3000)
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, name="Ctrl+S")
    assert page.saved_dossier is not None, page.banner.text()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PrintPreviewDialog), timeout=5000)
    with qtbot.waitSignal(page.printed, timeout=10000):
        kb.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, name="Ctrl+P")


def _report(title: str, kb: Keyboard) -> None:
    print(f"\n{title}: {len(kb.keys)} phím (mục tiêu ≤ {GOAL}) + {kb.typed} ký tự nhập tay")
    print("  " + " · ".join(kb.keys))


def test_birth_registration_from_scan_to_printed_receipt(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    page, out = _open_page(qtbot, desk, tmp_path)
    kb = Keyboard()
    _register_birth(qtbot, page, kb, parents=False)
    _report("Khai sinh, các trường bắt buộc", kb)

    dossier = page.saved_dossier
    assert dossier is not None and dossier.status is DossierStatus.RECEIVED
    assert dossier.form_data["ho_ten"] == "Nguyễn Minh Khang"
    assert dossier.form_data["quan_he"] == "cha" and dossier.form_data["gioi_tinh"] == "Nam"
    assert dossier.applicant.provenance["id_number"].value == "qr"
    assert dossier.fee == 0  # registered within 60 days of the birth: the fee exemption applied by itself
    assert pdf_page_count(out.read_bytes()) >= 1  # the receipt went to the (PDF) printer
    assert len(kb.keys) <= GOAL


def test_with_both_parents_named_it_costs_two_keys_more(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    page, out = _open_page(qtbot, desk, tmp_path)
    kb = Keyboard()
    _register_birth(qtbot, page, kb, parents=True)
    _report("Khai sinh, có họ tên cha và mẹ", kb)
    dossier = page.saved_dossier
    assert dossier is not None
    assert dossier.form_data["me_ho_ten"] == "Lê Thị Hoa" and dossier.form_data["cha_ho_ten"] == "Nguyễn Văn An"
    assert out.exists()
    assert len(kb.keys) <= GOAL + 2
