"""The reception page's parts: applicant with provenance, generated form, procedure picker, checklist."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.reception.applicant_panel import ApplicantPanel
from desktop.reception.checklist import DocumentChecklist
from desktop.reception.procedure_picker import ProcedurePicker
from desktop.reception.ranking import rank_procedures
from desktop.reception.schema_form import SchemaForm
from forms.dossier import Applicant, Provenance
from forms.idcard import parse_idcard
from tests.desktop_fixtures import type_text
from tests.reception_fixtures import VALID_PAYLOAD, birth_registration, certify_copy, small_catalogue


def _show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


# -- applicant --------------------------------------------------------------------------------------
def test_card_fills_the_applicant_with_qr_provenance_and_an_edit_turns_it_typed(qtbot: QtBot) -> None:
    panel = ApplicantPanel()
    _show(qtbot, panel)
    panel.fill_from_card(parse_idcard(VALID_PAYLOAD, today=date(2026, 1, 1)))
    applicant = panel.applicant()
    assert applicant.full_name == "Nguyễn Văn An"
    assert applicant.id_number == "001090123456"
    assert applicant.birth_date == date(1990, 1, 1)
    assert applicant.sex == "Nam"
    assert applicant.raw_qr == VALID_PAYLOAD
    assert applicant.provenance["id_number"] is Provenance.QR
    assert panel.person.tags["full_name"].text() == "QR"

    name = panel.person.lines["full_name"]
    name.setFocus()
    name.end(False)
    type_text(name, "h")
    applicant = panel.applicant()
    assert applicant.full_name == "Nguyễn Văn Anh"
    assert applicant.provenance["full_name"] is Provenance.TYPED
    assert applicant.provenance["address"] is Provenance.QR
    assert panel.person.tags["full_name"].text() == "nhập tay"


def test_a_typed_applicant_is_checked_in_vietnamese(qtbot: QtBot) -> None:
    panel = ApplicantPanel()
    _show(qtbot, panel)
    panel.person.lines["id_number"].setFocus()
    type_text(panel.person.lines["id_number"], "12345")
    type_text(panel.person.lines["phone"], "09")
    problems = {p.field: p.text for p in panel.problems()}
    assert problems["full_name"] == "Họ và tên là bắt buộc"
    assert "12 chữ số" in problems["id_number"]
    assert "điện thoại" in problems["phone"]
    assert panel.person.errors["id_number"].isVisible()
    assert panel.applicant().provenance["id_number"] is Provenance.TYPED


def test_a_scan_while_in_the_authorised_section_fills_that_person(qtbot: QtBot) -> None:
    panel = ApplicantPanel()
    _show(qtbot, panel)
    QTest.keyClick(panel.authorised_toggle, Qt.Key.Key_Space)
    assert panel.authorised_box.isVisible()
    assert panel.focus_in_authorised()
    card = parse_idcard(VALID_PAYLOAD, today=date(2026, 1, 1))
    assert panel.fill_from_card(card) == "authorised"
    type_text(panel.authorisation_paper, "GUQ số 12/2025")
    person = panel.authorised_person()
    assert person is not None and person.full_name == "Nguyễn Văn An"
    assert person.authorisation_paper == "GUQ số 12/2025"
    assert panel.applicant().full_name == ""
    panel.person.lines["full_name"].setFocus()
    assert panel.fill_from_card(card) == "applicant"


# -- generated form ---------------------------------------------------------------------------------
def test_form_is_generated_from_the_schema_with_one_editor_per_field(qtbot: QtBot) -> None:
    procedure = birth_registration()
    form = SchemaForm(procedure.form, today=date(2026, 1, 1))
    _show(qtbot, form)
    assert set(form.editors) == set(procedure.form.keys)
    assert isinstance(form.editors["child_sex"].widget, QComboBox)
    assert isinstance(form.editors["child_birth_date"].widget, QLineEdit)
    assert form.first_empty_required() is form.editors["child_name"].widget


def test_inline_validation_in_vietnamese_after_leaving_a_field(qtbot: QtBot) -> None:
    form = SchemaForm(birth_registration().form, today=date(2026, 1, 1))
    _show(qtbot, form)
    birth = form.editors["child_birth_date"].widget
    birth.setFocus()
    QTest.keyClick(birth, Qt.Key.Key_Home)
    type_text(birth, "31022025")  # no 31 February
    QTest.keyClick(birth, Qt.Key.Key_Tab)
    label = form.error_labels["child_birth_date"]
    assert label.isVisible()
    assert label.text() == "Ngày, tháng, năm sinh phải là ngày hợp lệ (ngày/tháng/năm)"
    assert not form.error_labels["child_name"].isVisible()  # untouched fields stay quiet until Save
    errors = form.show_all_errors()
    assert {e.key for e in errors} == {"child_name", "child_birth_date", "child_sex", "relationship"}
    assert form.error_labels["child_name"].text() == "Họ, chữ đệm, tên người được khai sinh là bắt buộc"


def test_a_future_birth_date_is_refused(qtbot: QtBot) -> None:
    form = SchemaForm(birth_registration().form, today=date(2026, 1, 1))
    _show(qtbot, form)
    form.set_values({"child_birth_date": date(2026, 2, 1)})
    errors = {e.key: e for e in form.show_all_errors()}
    assert errors["child_birth_date"].kind == "max"


def test_conditional_requirement_follows_the_select(qtbot: QtBot) -> None:
    form = SchemaForm(birth_registration().form, today=date(2026, 1, 1))
    _show(qtbot, form)
    form.set_values({"child_name": "Nguyễn Thị Mai", "child_birth_date": date(2025, 12, 20),
                     "child_sex": "Nữ", "relationship": "cha"})
    assert form.clean()[1] == []
    form.set_values({"relationship": "khac"})
    assert [e.key for e in form.clean()[1]] == ["relationship_other"]
    values, _ = form.clean()
    assert values["child_birth_date"] == "2025-12-20"


def test_prefill_follows_the_applicant_until_the_official_edits(qtbot: QtBot) -> None:
    form = SchemaForm(birth_registration().form, today=date(2026, 1, 1))
    _show(qtbot, form)
    form.prefill(Applicant(full_name="Nguyễn Văn An"))
    assert form.raw_values()["requester_name"] == "Nguyễn Văn An"
    form.prefill(Applicant(full_name="Trần Thị Bích"))
    assert form.raw_values()["requester_name"] == "Trần Thị Bích"
    editor = form.editors["requester_name"].widget
    editor.setFocus()
    type_text(editor, "X")
    form.prefill(Applicant(full_name="Lê Văn C"))
    assert form.raw_values()["requester_name"] == "Trần Thị BíchX"


def test_enter_skips_to_the_next_field_that_needs_input_and_a_full_date_moves_on(qtbot: QtBot) -> None:
    form = SchemaForm(birth_registration().form, today=date(2026, 1, 1))
    _show(qtbot, form)
    completed: list[bool] = []
    form.completed.connect(lambda: completed.append(True))
    name = form.editors["child_name"].widget
    name.setFocus()
    type_text(name, "Nguyễn Thị Mai")
    QTest.keyClick(name, Qt.Key.Key_Return)
    birth = form.editors["child_birth_date"].widget
    assert birth.hasFocus()
    QTest.keyClick(birth, Qt.Key.Key_Home)
    QTest.keyClicks(birth, "2012202")
    assert birth.hasFocus()  # seven digits: not a whole date yet
    QTest.keyClicks(birth, "5")
    sex = form.editors["child_sex"].widget
    assert sex.hasFocus()  # the eighth digit completed a real date
    QTest.keyClicks(sex, "n")
    QTest.keyClick(sex, Qt.Key.Key_Return)
    # The optional mother's name is skipped: the next field that needs the official is the relationship.
    relationship = form.editors["relationship"].widget
    assert relationship.hasFocus()
    QTest.keyClicks(relationship, "m")
    assert form.raw_values()["relationship"] == "me"
    QTest.keyClick(relationship, Qt.Key.Key_Return)
    assert completed == [True]
    assert form.clean()[1] == []


def test_enter_on_a_wrong_value_stays_and_an_invalid_date_does_not_move_on(qtbot: QtBot) -> None:
    form = SchemaForm(birth_registration().form, today=date(2026, 1, 1))
    _show(qtbot, form)
    birth = form.editors["child_birth_date"].widget
    birth.setFocus()
    QTest.keyClick(birth, Qt.Key.Key_Home)
    QTest.keyClicks(birth, "31022025")
    assert birth.hasFocus()
    QTest.keyClick(birth, Qt.Key.Key_Return)
    assert form.editors["child_sex"].widget.hasFocus()  # the next field needing input
    assert form.error_labels["child_birth_date"].isVisible()  # and the wrong date says why
    form.set_values({"child_sex": "Nữ", "relationship": "cha", "child_birth_date": date(2025, 12, 1)})
    relationship = form.editors["relationship"].widget
    relationship.setFocus()
    QTest.keyClick(relationship, Qt.Key.Key_Return)
    assert form.editors["child_name"].widget.hasFocus()  # wraps round to what was skipped above


# -- procedure picker -------------------------------------------------------------------------------
def test_search_is_accent_insensitive_and_usage_puts_the_desks_favourite_first(qtbot: QtBot) -> None:
    catalogue = small_catalogue()
    assert [p.code for p in rank_procedures(catalogue, "KHAI SINH", {})] == ["1.001193"]
    assert [p.code for p in rank_procedures(catalogue, "khai sinh", {})] == ["1.001193"]
    no_usage = [p.code for p in rank_procedures(catalogue, "", {})]
    with_usage = [p.code for p in rank_procedures(catalogue, "", {"2.000815": 9, "1.000894": 3})]
    assert with_usage == ["2.000815", "1.000894", "1.001193"]
    assert no_usage != with_usage
    # A code query keeps the exact match first whatever the usage.
    assert rank_procedures(catalogue, "1.001193", {"2.000815": 99})[0].code == "1.001193"


def test_picker_is_driven_by_the_keyboard(qtbot: QtBot) -> None:
    picker = ProcedurePicker()
    picker.set_catalogue(small_catalogue())
    picker.set_usage({"1.000894": 5})
    _show(qtbot, picker)
    picked: list[str] = []
    picker.picked.connect(lambda p: picked.append(p.code))
    picker.focus_search()
    assert picker.model.procedures[0].code == "1.000894"  # most used first with an empty query
    QTest.keyClick(picker.search, Qt.Key.Key_Down)
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    assert picked == [picker.model.procedures[1].code]
    assert picker.search.hasFocus()
    picker.search.clear()
    QTest.keyClicks(picker.search, "chung thuc")
    assert [p.code for p in picker.model.procedures] == ["2.000815"]
    QTest.keyClick(picker.search, Qt.Key.Key_Enter)
    assert picked[-1] == "2.000815"
    picker.search.clear()
    QTest.keyClicks(picker.search, "xyz")
    assert picker.model.rowCount() == 0
    assert "xyz" in picker.empty_label.text()


# -- checklist --------------------------------------------------------------------------------------
def test_checklist_ticks_with_space_and_all_mandatory_at_once(qtbot: QtBot) -> None:
    checklist = DocumentChecklist()
    checklist.set_documents(birth_registration().documents)
    _show(qtbot, checklist)
    assert checklist.missing_mandatory() == ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"]
    checklist.list.setFocus()
    checklist.list.setCurrentRow(1)
    QTest.keyClick(checklist.list, Qt.Key.Key_Space)
    assert checklist.missing_mandatory() == ["Tờ khai đăng ký khai sinh"]
    assert "Còn thiếu 1" in checklist.summary.text()
    QTest.keyClick(checklist.list, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: checklist.missing_mandatory() == [], timeout=2000)  # a mnemonic animates the click
    items = checklist.items()
    assert [i.received for i in items] == [True, True, False]  # the conditional paper is not assumed
    checklist.add_attachment(2, "ab" * 32)
    assert checklist.items()[2].attachment_sha256 == ("ab" * 32,)
    assert checklist.items()[2].received
    assert "đã quét 1 tệp" in checklist.list.item(2).text()


def test_presented_papers_are_checked_but_not_kept_in_the_dossier(qtbot: QtBot) -> None:
    checklist = DocumentChecklist()
    checklist.set_documents(certify_copy().documents)
    _show(qtbot, checklist)
    assert "xuất trình" in checklist.list.item(0).text()
    assert checklist.missing_mandatory() == ["Bản chính giấy tờ"]
    checklist.tick_mandatory()
    assert checklist.missing_mandatory() == []
    assert checklist.items() == ()
