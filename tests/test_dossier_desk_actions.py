"""Every lifecycle action from the dossier desk, with the form it requires, on a real store."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.changes import Changes
from desktop.dossiers import DossierDeskPage
from desktop.dossiers.action_dialog import ActionDialog
from desktop.print_preview import pdf_page_count
from desktop.reception.banner import Level
from desktop.services import AppServices
from forms.clock import now_vn
from forms.dossier import Dossier, DossierEvent
from forms.lifecycle import Action, Role
from forms.status import DossierStatus
from sync.accounts import Role as AccountRole
from sync.store.models import Rating
from tests.desktop_fixtures import type_text
from tests.dossier_desk_fixtures import PEOPLE, advance, draft, official, online, save
from tests.reception_fixtures import desk, memory_keyring, pdf_printer

__all__ = ["desk", "memory_keyring"]


def _page(qtbot: QtBot, services: AppServices, tmp_path: Path, role: AccountRole) -> DossierDeskPage:
    services.set_official(official(role))
    page = DossierDeskPage(services)
    page.printer_factory = lambda: pdf_printer(tmp_path / f"printed-{len(list(tmp_path.glob('printed-*')))}.pdf")
    page.resize(1280, 800)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _select(qtbot: QtBot, page: DossierDeskPage, dossier: Dossier) -> None:
    row = page.model.row_of(dossier.uuid)
    assert row is not None
    with qtbot.waitSignal(page.detail_shown, timeout=3000):
        page.select_row(row)


def _stored(services: AppServices, dossier: Dossier) -> tuple[Dossier, list[DossierEvent], Rating | None]:
    got: list[tuple[Dossier, list[DossierEvent], Rating | None]] = []
    services.db(lambda s: (s.get(dossier.uuid), s.events(dossier.uuid), s.rating(dossier.uuid))).success(
        got.append).run()
    return got[0]


def _act(qtbot: QtBot, page: DossierDeskPage, action: Action) -> ActionDialog:
    assert action in page.detail.action_buttons, list(page.detail.action_buttons)
    page.detail.action_buttons[action].click()
    dialog = page.action_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def _print(qtbot: QtBot, page: DossierDeskPage) -> None:
    qtbot.waitUntil(lambda: page.preview is not None, timeout=5000)
    assert page.preview is not None
    with qtbot.waitSignal(page.printed, timeout=10000):
        page.preview.print_now()


def _prints(events: list[DossierEvent], action: str = "print") -> list[object]:
    return [e.changes.get("form") for e in events if e.action == action]


def test_forward_to_the_processing_agency_prints_the_control_slip(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    dossier = save(desk, draft(desk.catalogue, "1.001193"))  # type: ignore[arg-type]
    page = _page(qtbot, desk, tmp_path, AccountRole.RECEPTION)
    seen: list[Changes] = []
    desk.changes_applied.connect(seen.append)
    _select(qtbot, page, dossier)
    dialog = _act(qtbot, page, Action.FORWARD)
    assert dialog.to_unit is not None and dialog.to_unit.text()  # the procedure's competent body by default
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored, events, _ = _stored(desk, dossier)
    assert stored.status is DossierStatus.PROCESSING
    assert events[-1].action == "forward" and events[-1].form == "05" and events[-1].actor == "canbo"
    assert any(c.source == "status" and c.touches(dossier.uuid) for c in seen)
    assert page.preview is not None and "Phiếu kiểm soát" in page.preview.windowTitle()
    _print(qtbot, page)
    _, events, _ = _stored(desk, dossier)
    assert _prints(events) == ["05"]
    assert page.banner.level is Level.SUCCESS


def test_supplement_request_needs_what_and_why_prints_form_02_and_the_clock_pauses(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    dossier = save(desk, draft(desk.catalogue, "1.004222"))  # type: ignore[arg-type]
    dossier = advance(desk, dossier, (Action.FORWARD, Role.RECEPTION, {}))
    page = _page(qtbot, desk, tmp_path, AccountRole.PROCESSING)
    _select(qtbot, page, dossier)
    dialog = _act(qtbot, page, Action.REQUEST_SUPPLEMENT)
    dialog.try_accept()
    assert dialog.isVisible() and "lý do" in dialog.error.text()  # refused inline, nothing written
    assert dialog.reason is not None and dialog.requirements is not None
    type_text(dialog.reason, "Thiếu giấy tờ chứng minh chỗ ở hợp pháp")
    dialog.try_accept()
    assert dialog.isVisible() and "ít nhất một nội dung" in dialog.error.text()
    type_text(dialog.requirements, "Hợp đồng thuê nhà có công chứng")
    dialog.try_accept()
    stored, events, _ = _stored(desk, dossier)
    assert stored.status is DossierStatus.SUPPLEMENT_REQUESTED
    assert events[-1].form == "02" and events[-1].changes["note"] == "Hợp đồng thuê nhà có công chứng"
    assert page.preview is not None and "bổ sung" in page.preview.windowTitle()
    page.preview.reject()
    # The completed dossier comes back at the desk: processing resumes with a recomputed due date.
    desk.set_official(official(AccountRole.RECEPTION))
    qtbot.waitUntil(lambda: Action.SUPPLEMENT_RECEIVED in page.detail.action_buttons, timeout=3000)
    _act(qtbot, page, Action.SUPPLEMENT_RECEIVED).try_accept()
    stored, events, _ = _stored(desk, dossier)
    assert stored.status is DossierStatus.PROCESSING
    assert stored.due_at is not None and dossier.due_at is not None and stored.due_at >= dossier.due_at


def test_refusing_an_online_dossier_prints_form_03_with_each_reason(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    remote = online(desk, desk.catalogue, "1.004222")  # type: ignore[arg-type]
    page = _page(qtbot, desk, tmp_path, AccountRole.RECEPTION)
    _select(qtbot, page, remote)
    dialog = _act(qtbot, page, Action.REFUSE)
    assert dialog.reason is not None
    type_text(dialog.reason, "Không thuộc thẩm quyền giải quyết của xã")
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    type_text(dialog.reason, "Hồ sơ đã nộp ở nơi khác")
    dialog.try_accept()
    stored, events, _ = _stored(desk, remote)
    assert stored.status is DossierStatus.REFUSED
    assert events[-1].form == "03"
    assert events[-1].reason.splitlines() == ["Không thuộc thẩm quyền giải quyết của xã", "Hồ sơ đã nộp ở nơi khác"]
    _print(qtbot, page)
    printed = sorted(tmp_path.glob("printed-*.pdf"))
    assert printed and pdf_page_count(printed[-1].read_bytes()) >= 1


def test_receiving_an_online_dossier_sets_its_due_date_and_prints_the_receipt(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    remote = online(desk, desk.catalogue, "2.000815")  # type: ignore[arg-type]
    page = _page(qtbot, desk, tmp_path, AccountRole.RECEPTION)
    _select(qtbot, page, remote)
    _act(qtbot, page, Action.RECEIVE).try_accept()
    stored, events, _ = _stored(desk, remote)
    assert stored.status is DossierStatus.RECEIVED and stored.due_at is not None
    assert events[-1].form == "01"
    assert page.preview is not None and "Giấy tiếp nhận" in page.preview.windowTitle()


def test_return_requires_the_matching_id_and_records_the_rating_offline(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    dossier = save(desk, draft(desk.catalogue, "1.001193", 2))  # type: ignore[arg-type]
    dossier = advance(desk, dossier, (Action.FORWARD, Role.RECEPTION, {}), (Action.RESULT_READY, Role.PROCESSING, {}))
    page = _page(qtbot, desk, tmp_path, AccountRole.RECEPTION)
    _select(qtbot, page, dossier)
    dialog = _act(qtbot, page, Action.RETURN_RESULT)
    assert dialog.id_line is not None and dialog.id_line.hasFocus()
    type_text(dialog.id_line, "001185001234")  # someone else's card
    assert "Không khớp" in (dialog.id_status.text() if dialog.id_status else "")
    dialog.try_accept()
    assert dialog.isVisible() and "phải khớp" in dialog.error.text()
    dialog.id_line.clear()
    # The scanner types the whole QR payload into the field (it is exempt from the wedge), then Enter.
    payload = f"{PEOPLE[2][1]}||{PEOPLE[2][0]}|01012003|Nam|Thôn 1, Xã Tam Thanh|01012021"
    type_text(dialog.id_line, payload)
    QTest.keyClick(dialog.id_line, Qt.Key.Key_Return)
    assert dialog.isVisible()  # the scanner's Enter did not confirm the dialog
    assert "Khớp" in (dialog.id_status.text() if dialog.id_status else "")
    dialog.try_accept()
    assert "mức độ hài lòng" in dialog.error.text()
    QTest.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.rating_group is not None and dialog.rating_group.checkedId() == 3, timeout=2000)
    assert dialog.comment is not None and dialog.consent is not None
    type_text(dialog.comment, "Cán bộ hướng dẫn tận tình")
    dialog.try_accept()
    assert dialog.isVisible() and "đồng ý" in dialog.error.text()  # a comment needs the citizen's consent
    dialog.consent.setChecked(True)
    dialog.criteria["thai_do"].setChecked(True)
    dialog.try_accept()
    stored, events, rating = _stored(desk, dossier)
    assert stored.status is DossierStatus.RETURNED and stored.returned_at is not None
    assert events[-2].action == "return_result" and events[-2].changes["id_checked"] is True
    assert events[-1].action == "rate"
    assert rating is not None and rating.level == 3 and rating.comment == "Cán bộ hướng dẫn tận tình"
    assert rating.criteria["thai_do"] is True and rating.criteria["comment_consent"] is True
    assert page.detail.action_buttons == {}  # a returned dossier is final


def test_a_comment_without_consent_is_not_kept(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    dossier = save(desk, draft(desk.catalogue, "2.000815", 1, authorised=True))  # type: ignore[arg-type]
    dossier = advance(desk, dossier, (Action.FORWARD, Role.RECEPTION, {}), (Action.RESULT_READY, Role.PROCESSING, {}))
    page = _page(qtbot, desk, tmp_path, AccountRole.RECEPTION)
    _select(qtbot, page, dossier)
    dialog = _act(qtbot, page, Action.RETURN_RESULT)
    assert dialog.id_line is not None and dialog.rating_group is not None
    type_text(dialog.id_line, "049088009999")  # the authorised person's card is accepted too
    dialog.rating_group.button(1).setChecked(True)
    dialog.try_accept()
    _, _, rating = _stored(desk, dossier)
    assert rating is not None and rating.level == 1 and rating.comment == ""


def test_withdrawal_needs_a_reason(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    dossier = save(desk, draft(desk.catalogue, "1.001193"))  # type: ignore[arg-type]
    page = _page(qtbot, desk, tmp_path, AccountRole.RECEPTION)
    _select(qtbot, page, dossier)
    dialog = _act(qtbot, page, Action.WITHDRAW)
    dialog.try_accept()
    assert dialog.isVisible()
    assert dialog.reason is not None
    type_text(dialog.reason, "Công dân xin rút hồ sơ để bổ sung giấy tờ")
    dialog.try_accept()
    stored, events, _ = _stored(desk, dossier)
    assert stored.status is DossierStatus.WITHDRAWN and events[-1].reason.startswith("Công dân xin rút")


def test_apology_with_a_new_date_prints_form_04_and_is_offered_only_once(
    qtbot: QtBot, desk: AppServices, tmp_path: Path
) -> None:
    dossier = save(desk, draft(desk.catalogue, "1.004222", due_in=timedelta(days=10)))  # type: ignore[arg-type]
    dossier = advance(desk, dossier, (Action.FORWARD, Role.RECEPTION, {}))
    page = _page(qtbot, desk, tmp_path, AccountRole.HEAD)
    _select(qtbot, page, dossier)
    dialog = _act(qtbot, page, Action.RESCHEDULE)
    assert dialog.new_date is not None and dialog.reason is not None
    new_day = (dossier.due_at or now_vn()) + timedelta(days=7)
    dialog.new_date.setFocus()
    QTest.keyClick(dialog.new_date, Qt.Key.Key_Home)
    type_text(dialog.new_date, new_day.strftime("%d%m%Y"))
    type_text(dialog.reason, "Cần xác minh thêm thông tin cư trú")
    dialog.try_accept()
    stored, events, _ = _stored(desk, dossier)
    assert stored.rescheduled_due_at is not None and stored.rescheduled_due_at.date() == new_day.date()
    assert events[-1].form == "04"
    assert page.preview is not None and "xin lỗi" in page.preview.windowTitle()
    page.preview.reject()
    qtbot.waitUntil(lambda: page.current is not None and page.current.rescheduled_due_at is not None, timeout=3000)
    assert Action.RESCHEDULE not in page.detail.action_buttons


def test_a_stale_view_is_refused_without_writing(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    dossier = save(desk, draft(desk.catalogue, "1.001193"))  # type: ignore[arg-type]
    page = _page(qtbot, desk, tmp_path, AccountRole.RECEPTION)
    _select(qtbot, page, dossier)
    dialog = _act(qtbot, page, Action.FORWARD)
    advance(desk, dossier, (Action.WITHDRAW, Role.RECEPTION, {"reason": "rút ở bàn khác"}))  # meanwhile
    dialog.try_accept()
    stored, events, _ = _stored(desk, dossier)
    assert stored.status is DossierStatus.WITHDRAWN and [e.action for e in events] == ["create", "withdraw"]
    assert page.banner.level is Level.ERROR and "vừa chuyển sang trạng thái" in page.banner.text()


def test_reprints_are_marked_and_audited(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    dossier = save(desk, draft(desk.catalogue, "1.001193"))  # type: ignore[arg-type]
    page = _page(qtbot, desk, tmp_path, AccountRole.RECEPTION)
    _select(qtbot, page, dossier)
    assert page.detail.printable == ["01"]
    page.reprint("01")  # never printed from here before: a first print
    _print(qtbot, page)
    qtbot.waitUntil(lambda: _prints(page.events) == ["01"], timeout=3000)
    page.reprint("01")
    _print(qtbot, page)
    _, events, _ = _stored(desk, dossier)
    assert _prints(events) == ["01"] and _prints(events, "reprint") == ["01"]
    assert [e.changes.get("reprint") for e in events if e.action in ("print", "reprint")] == [False, True]
