"""Switching the language at run time re-labels the pages without losing what the official typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from desktop.dossiers import DossierDeskPage
from desktop.print_preview import SettingsPrinterMemory
from desktop.reception import ReceptionPage
from desktop.services import AppServices
from desktop.settings import PRINTER_NAME
from tests.reception_fixtures import FEMALE_PAYLOAD, desk, memory_keyring

__all__ = ["desk", "memory_keyring"]


class MarkingTranslator(QTranslator):
    """Stands in for the English catalogue: every string of our pages comes back marked."""

    def isEmpty(self) -> bool:
        return False  # Qt sends no LanguageChange for an empty translator

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        del disambiguation, n
        return f"EN:{source}" if context in {"ReceptionPage", "ApplicantPanel", "PersonFields", "DossierDeskPage",
                                               "DossierDetail", "ProcedurePicker"} else ""


def test_switching_language_relabels_and_keeps_the_typed_dossier(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    page = ReceptionPage(desk)
    qtbot.addWidget(page)
    page.show()
    page.accept_scan(FEMALE_PAYLOAD)
    assert desk.catalogue is not None
    page.choose_procedure(desk.catalogue.get("1.001193"))
    assert page.save_button.text() == "Lưu hồ sơ (Ctrl+S)"
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.save_button.text() == "EN:Lưu hồ sơ (Ctrl+S)", timeout=3000)
        assert page.form_title.text().startswith("EN:Tờ khai")
        assert page.applicant_panel.person.captions["full_name"].text() == "EN:Họ và tên"
        assert page.picker.caption.text().startswith("EN:")
        # Nothing typed or chosen is lost.
        assert page.applicant_panel.applicant().full_name == "Trần Thị Bích Ngọc"
        assert page.procedure is not None and page.procedure.code == "1.001193"
        assert page.form is not None and page.form.raw_values()["nguoi_yeu_cau_ho_ten"] == "Trần Thị Bích Ngọc"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.save_button.text() == "Lưu hồ sơ (Ctrl+S)", timeout=3000)


def test_the_dossier_desk_relabels_too(qtbot: QtBot, desk: AppServices) -> None:
    page = DossierDeskPage(desk)
    qtbot.addWidget(page)
    page.show()
    page.search.setText("nguyen")
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.search_caption.text() == "EN:&Tìm", timeout=3000)
        assert page.detail.timeline_box.title() == "EN:Quá trình xử lý"
        assert page.search.text() == "nguyen"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_chosen_printer_is_remembered_in_the_desks_settings(desk: AppServices) -> None:
    SettingsPrinterMemory(desk).remember("HP LaserJet P1102 — Phòng một cửa")
    assert desk.settings.value(PRINTER_NAME) == "HP LaserJet P1102 — Phòng một cửa"
    assert SettingsPrinterMemory(desk).printer_name() == "HP LaserJet P1102 — Phòng một cửa"
