"""The reception page on a real store: scans, inline refusals, save with a code, receipt preview and printing."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.changes import Changes
from desktop.ops import OpRunner
from desktop.print_preview import pdf_page_count
from desktop.reception import ReceptionPage
from desktop.reception.banner import Level
from desktop.services import AppServices
from forms.clock import now_vn
from forms.dossier import Provenance
from forms.dossier_code import parse_code
from forms.status import DossierStatus
from sync.store import Store
from tests.desktop_fixtures import type_text
from tests.idcard_fixtures import telex_keys
from tests.reception_fixtures import (
    FEMALE_PAYLOAD,
    VALID_PAYLOAD,
    desk,
    mangled_beyond_repair,
    memory_keyring,
    pdf_printer,
    seed_history,
)

__all__ = ["desk", "memory_keyring"]


def _page(qtbot: QtBot, services: AppServices, tmp_path: Path) -> ReceptionPage:
    page = ReceptionPage(services)
    page.printer_factory = lambda: pdf_printer(tmp_path / "receipt.pdf")
    page.resize(1280, 800)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _fill_birth(page: ReceptionPage, *, birth_days_ago: int = 10) -> None:
    """The form values of a usual birth registration, set directly (the keyboard path has its own test)."""
    catalogue = page.catalogue
    assert catalogue is not None
    page.choose_procedure(catalogue.get("1.001193"))
    assert page.form is not None
    page.form.set_values({
        "quan_he": "me", "ho_ten": "Trần Bảo Ngọc", "ngay_sinh": now_vn().date() - timedelta(days=birth_days_ago),
        "gioi_tinh": "Nữ", "noi_sinh": "Bệnh viện Đa khoa Đà Nẵng", "que_quan": "Phường Hòa Khánh, TP. Đà Nẵng",
        "cam_doan": True,
    })
    page.checklist.tick_mandatory()


def _stored(services: AppServices) -> list[object]:
    got: list[object] = []
    services.db(lambda store: store.list()).success(got.extend).run()
    return got


# -- scans ------------------------------------------------------------------------------------------
def test_a_scan_fills_the_applicant_and_moves_to_the_procedure(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.applicant_panel.person.lines["phone"].setFocus()  # wherever the official was
    page.accept_scan(FEMALE_PAYLOAD)
    applicant = page.applicant_panel.applicant()
    assert applicant.full_name == "Trần Thị Bích Ngọc" and applicant.sex == "Nữ"
    assert applicant.provenance["full_name"] is Provenance.QR
    assert page.banner.level is Level.SUCCESS
    assert QApplication.focusWidget() is page.picker.search


def test_an_ime_mangled_scan_is_repaired_only_when_certain_and_says_so(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.accept_scan(telex_keys(VALID_PAYLOAD))
    assert page.applicant_panel.applicant().full_name == "Nguyễn Văn An"
    assert page.banner.level is Level.WARNING
    assert "bộ gõ" in page.banner.text() and "tiếng Anh" in page.banner.text()


def test_a_scan_beyond_repair_shows_the_remedy_inline_and_changes_nothing(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.accept_scan(VALID_PAYLOAD)
    page.accept_scan(mangled_beyond_repair())
    assert page.banner.level is Level.ERROR
    assert "chế độ E" in page.banner.text() or "USB-COM" in page.banner.text()
    assert page.applicant_panel.applicant().full_name == "Nguyễn Văn An"  # the earlier card is kept
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_qr_that_is_not_an_id_card_is_named_as_such(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.accept_scan("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html")
    assert page.banner.level is Level.ERROR
    assert page.banner.text().startswith("Không đọc được thẻ:")
    assert page.applicant_panel.applicant().full_name == ""


# -- procedure, usage, live fee and due date --------------------------------------------------------
def test_the_desks_most_used_procedure_comes_first(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    seed_history(desk, {"2.000815": 3, "1.001193": 1})
    page = _page(qtbot, desk, tmp_path)
    assert page.picker.model.procedures[0].code == "2.000815"
    page.picker.focus_search()
    QTest.keyClicks(page.picker.search, "KHAI SINH")
    assert page.picker.model.procedures[0].code == "1.001193"


def test_fee_and_appointment_follow_the_form_live(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.accept_scan(VALID_PAYLOAD)
    _fill_birth(page)
    assert "miễn" in page.fee_panel.detail.text()  # within 60 days of the birth
    assert page.fee_panel.quote is not None and page.fee_panel.quote.amount == 0
    assert page.form is not None
    page.form.set_values({"so_ban_sao": "2"})
    assert page.fee_panel.quote is not None and page.fee_panel.quote.amount == 16000
    assert "16.000 đồng" in page.fee_panel.total.text()
    assert page.due_label.text().startswith("17:00")


# -- saving -----------------------------------------------------------------------------------------
def test_save_issues_the_code_stores_the_dossier_and_opens_the_receipt(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    page = _page(qtbot, desk, tmp_path)
    broadcast: list[Changes] = []
    desk.changes_applied.connect(broadcast.append)
    page.accept_scan(FEMALE_PAYLOAD)
    _fill_birth(page)
    QTest.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dossier = page.saved_dossier
    assert dossier is not None
    code = parse_code(dossier.code)
    assert code.agency == desk.profile.agency_code and code.number == 1
    assert page.code_label.text() == f"Mã hồ sơ: {dossier.code}"
    assert dossier.status is DossierStatus.RECEIVED and dossier.due_at is not None
    assert dossier.applicant.raw_qr == FEMALE_PAYLOAD
    assert [d.code for d in _stored(desk)] == [dossier.code]  # type: ignore[attr-defined]
    assert any(c.source == "save" and c.touches(dossier.uuid) for c in broadcast)
    assert page.preview is not None and page.preview.isVisible()
    assert "Giấy tiếp nhận" in page.preview.windowTitle()
    # Nothing can be saved twice from the same page.
    page.save()
    assert len(_stored(desk)) == 1


def test_printing_the_receipt_is_audited_and_a_reprint_is_marked(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.accept_scan(VALID_PAYLOAD)
    _fill_birth(page)
    page.save()
    assert page.preview is not None
    with qtbot.waitSignal(page.printed, timeout=10000):
        page.print_receipt()
    assert pdf_page_count((tmp_path / "receipt.pdf").read_bytes()) == 1
    assert page.preview is None  # the preview closed after printing
    with qtbot.waitSignal(page.printed, timeout=10000):
        page.print_receipt()  # opens the preview again, as a reprint
        assert page.preview is not None
        page.print_receipt()
    dossier = page.saved_dossier
    assert dossier is not None
    actions: list[str] = []
    desk.db(lambda store: [e.action for e in store.audit_log() if e.dossier_uuid == dossier.uuid]).success(
        actions.extend).run()
    assert actions.count("print") == 1 and actions.count("reprint") == 1


def test_what_is_missing_is_said_inline_and_nothing_is_saved(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.save()
    assert page.banner.level is Level.ERROR and "Chưa chọn thủ tục" in page.banner.text()
    page.accept_scan(VALID_PAYLOAD)
    _fill_birth(page)
    assert page.form is not None
    page.form.set_values({"ho_ten": ""})
    page.save()
    assert "Tờ khai còn 1 chỗ cần sửa" in page.banner.text()
    assert QApplication.focusWidget() is page.form.editors["ho_ten"].widget
    assert page.form.error_labels["ho_ten"].isVisible()
    page.form.set_values({"ho_ten": "Trần Bảo Ngọc"})
    page.checklist.set_documents(page.procedure.documents if page.procedure else ())
    page.save()
    assert "Còn thiếu giấy tờ bắt buộc" in page.banner.text()
    assert _stored(desk) == []


def test_a_bad_typed_phone_stops_the_save_with_the_field_named(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.accept_scan(VALID_PAYLOAD)
    _fill_birth(page)
    phone = page.applicant_panel.person.lines["phone"]
    phone.setFocus()
    type_text(phone, "0123")
    page.save()
    assert "Số điện thoại không hợp lệ" in page.banner.text()
    assert QApplication.focusWidget() is phone
    assert _stored(desk) == []


def test_new_dossier_asks_twice_before_dropping_work_and_a_scan_after_saving_starts_the_next(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.accept_scan(VALID_PAYLOAD)
    page.new_dossier()
    assert page.banner.level is Level.WARNING
    assert page.applicant_panel.applicant().full_name == "Nguyễn Văn An"
    page.new_dossier()
    assert page.applicant_panel.applicant().full_name == ""
    page.accept_scan(VALID_PAYLOAD)
    _fill_birth(page)
    page.save()
    assert page.saved_dossier is not None and not page.applicant_panel.isEnabled()
    assert page.preview is not None
    page.preview.reject()
    page.accept_scan(FEMALE_PAYLOAD)  # the next citizen
    assert page.saved_dossier is None and page.procedure is None
    assert page.applicant_panel.applicant().full_name == "Trần Thị Bích Ngọc"


def test_an_authorised_submission_is_stored_with_both_people(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.accept_scan(FEMALE_PAYLOAD)
    page.applicant_panel.authorised_toggle.setChecked(True)
    page.accept_scan(VALID_PAYLOAD)  # focus is in the authorised section: the submitter's own card
    type_text(page.applicant_panel.authorisation_paper, "Giấy ủy quyền ngày 01/11/2026")
    _fill_birth(page)
    page.save()
    dossier = page.saved_dossier
    assert dossier is not None and dossier.authorised_by is not None
    assert dossier.applicant.full_name == "Trần Thị Bích Ngọc"
    assert dossier.authorised_by.full_name == "Nguyễn Văn An"
    assert dossier.authorised_by.authorisation_paper == "Giấy ủy quyền ngày 01/11/2026"


def test_the_pages_of_a_paper_are_stored_as_one_pdf_and_linked(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    from PIL import Image

    page = _page(qtbot, desk, tmp_path)
    page.accept_scan(VALID_PAYLOAD)
    _fill_birth(page)
    pages = []
    for number in (1, 2):
        path = tmp_path / f"giay-chung-sinh-{number}.png"
        Image.new("RGB", (850, 1100), "white").save(path, dpi=(100, 100))
        pages.append(str(path))
    page.attach_files(1, pages)
    sha = page.checklist.items()[1].attachment_sha256
    assert len(sha) == 1  # two pages, one paper, one PDF
    stored: list[bytes] = []
    desk.db(lambda store: store.read_attachment(sha[0], actor="test")).success(stored.append).run()
    assert stored[0].startswith(b"%PDF") and pdf_page_count(stored[0]) == 2
    assert "2 trang" in page.banner.text()
    page.save()
    dossier = page.saved_dossier
    assert dossier is not None
    linked: list[str] = []
    desk.db(lambda store: [a.sha256 for a in store.dossier_attachments(dossier.uuid)]).success(linked.extend).run()
    assert linked == list(sha)


def test_a_file_that_is_not_a_scan_is_refused_inline(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    page = _page(qtbot, desk, tmp_path)
    page.accept_scan(VALID_PAYLOAD)
    _fill_birth(page)
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text("không phải ảnh")
    page.attach_files(1, [str(notes)])
    assert page.banner.level is Level.ERROR and "Chưa đính kèm" in page.banner.text()
    assert page.checklist.items()[1].attachment_sha256 == ()


def test_saving_runs_on_the_database_thread_and_the_window_keeps_working(
    qtbot: QtBot, tmp_path: Path, memory_keyring: object
) -> None:
    from forms.catalogue import load_default_catalogue
    from sync.layout import DataLayout

    layout = DataLayout(tmp_path / "async")
    layout.root.mkdir()
    threads: list[str] = []

    def opener(lay: DataLayout) -> Store:
        threads.append(threading.current_thread().name)
        return Store.open(lay)

    services = AppServices(layout, runner=OpRunner(), store_opener=opener, catalogue_loader=load_default_catalogue)
    services.start()
    qtbot.waitUntil(lambda: services.catalogue is not None, timeout=10000)
    page = _page(qtbot, services, tmp_path)
    page.accept_scan(VALID_PAYLOAD)
    qtbot.waitUntil(lambda: page.applicant_panel.applicant().full_name != "", timeout=5000)
    _fill_birth(page)
    with qtbot.waitSignal(page.saved, timeout=15000):
        page.save()
        assert page.saved_dossier is None  # the GUI thread did not wait for the store
    assert threads == ["motcua-db"]
    qtbot.waitUntil(lambda: page.preview is not None, timeout=15000)
    services.close()


def test_a_card_scanned_while_saving_opens_the_next_dossier_and_leaves_the_saved_one_alone(
    qtbot: QtBot, tmp_path: Path, memory_keyring: object
) -> None:
    from forms.catalogue import load_default_catalogue
    from sync.layout import DataLayout

    layout = DataLayout(tmp_path / "busy")
    layout.root.mkdir()
    services = AppServices(layout, runner=OpRunner(), store_opener=Store.open, catalogue_loader=load_default_catalogue)
    services.start()
    qtbot.waitUntil(lambda: services.catalogue is not None, timeout=10000)
    page = _page(qtbot, services, tmp_path)
    page.accept_scan(VALID_PAYLOAD)
    qtbot.waitUntil(lambda: page.applicant_panel.applicant().full_name != "", timeout=5000)
    _fill_birth(page)
    with qtbot.waitSignal(page.saved, timeout=15000) as saved:
        page.save()
        page.accept_scan(FEMALE_PAYLOAD)  # the next citizen's card, before the save has returned
        assert page.applicant_panel.applicant().full_name == "Nguyễn Văn An"
    assert saved.args[0].applicant.full_name == "Nguyễn Văn An"
    qtbot.waitUntil(lambda: page.applicant_panel.applicant().full_name == "Trần Thị Bích Ngọc", timeout=5000)
    assert page.saved_dossier is None and page.procedure is None
    services.close()


# -- large-font mode --------------------------------------------------------------------------------
def test_in_large_font_mode_every_procedures_form_fits_its_column(qtbot: QtBot, desk: AppServices,
                                                                  tmp_path: Path) -> None:
    """On a 1280×800 screen at 125 % text, no form needs a sideways scroll: long labels go above their field
    and a long undertaking next to a check box wraps (it used to set the form's minimum width)."""
    from PySide6.QtGui import QFont

    from desktop.main_window import LARGE_FONT_SCALE

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = QFont(app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * LARGE_FONT_SCALE)
    app.setFont(large)
    try:
        page = _page(qtbot, desk, tmp_path)
        page.resize(1080, 740)  # what the main window leaves the page beside its navigation column
        catalogue = page.catalogue
        assert catalogue is not None
        overflowing = []
        for procedure in catalogue.procedures:
            page.choose_procedure(procedure)
            QApplication.processEvents()
            content = page.form_scroll.widget()
            assert content is not None
            if (content.minimumSizeHint().width() > page.form_scroll.viewport().width()
                    or page.form_scroll.horizontalScrollBar().maximum() > 0):
                overflowing.append(procedure.code)
        assert overflowing == []
    finally:
        app.setFont(normal)
