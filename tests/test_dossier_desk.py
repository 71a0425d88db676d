"""The dossier desk on a real store: list, instant search, filters, lazy paging, detail and timeline."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.changes import Changes
from desktop.dossiers import DossierDeskPage
from desktop.dossiers.filters import QuickFilter
from desktop.services import AppServices
from forms.clock import now_vn
from forms.dossier import SyncState
from forms.lifecycle import Action, Role
from forms.status import DossierStatus
from sync.accounts import Role as AccountRole
from tests.desktop_fixtures import type_text
from tests.dossier_desk_fixtures import advance, draft, official, online, save
from tests.reception_fixtures import desk, memory_keyring

__all__ = ["desk", "memory_keyring"]


def _page(qtbot: QtBot, services: AppServices) -> DossierDeskPage:
    page = DossierDeskPage(services)
    page.resize(1280, 800)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _codes(page: DossierDeskPage) -> list[str]:
    return [summary.code for summary in page.model.rows]


def _catalogue(services: AppServices):  # type: ignore[no-untyped-def]
    assert services.catalogue is not None
    return services.catalogue


def test_the_list_shows_every_dossier_newest_first_with_its_count(qtbot: QtBot, desk: AppServices) -> None:
    cat = _catalogue(desk)
    first = save(desk, draft(cat, "1.001193", 0, received_at=now_vn() - timedelta(days=2)))
    second = save(desk, draft(cat, "2.000815", 1, received_at=now_vn() - timedelta(hours=1)))
    page = _page(qtbot, desk)
    assert _codes(page) == [second.code, first.code]
    assert page.count_label.text() == "2 hồ sơ"
    assert page.model.data(page.model.index(0, 5)) == "Được tiếp nhận"


def test_search_is_instant_and_folds_vietnamese_marks(qtbot: QtBot, desk: AppServices) -> None:
    cat = _catalogue(desk)
    dang = save(desk, draft(cat, "1.001193", 0))  # Đặng Thị Thu Hà
    save(desk, draft(cat, "2.000815", 1))  # Nguyễn Văn Bình
    page = _page(qtbot, desk)
    page.focus_search()
    QTest.keyClicks(page.search, "dang thu")
    qtbot.waitUntil(lambda: _codes(page) == [dang.code], timeout=2000)  # debounced, then the store's search
    page.search.clear()
    type_text(page.search, "ĐẶNG")
    page.apply_query()
    assert _codes(page) == [dang.code]
    page.search.clear()
    QTest.keyClicks(page.search, "0011850")  # an ID number prefix finds the person's dossiers
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert _codes(page) == [dang.code]
    assert QApplication.focusWidget() is page.table and page.current_uuid == dang.uuid


def test_filters_due_today_overdue_not_synced_and_conflicts(qtbot: QtBot, desk: AppServices) -> None:
    cat = _catalogue(desk)
    now = now_vn()
    overdue = save(desk, draft(cat, "1.001193", 0, received_at=now - timedelta(days=5), due_in=timedelta(days=2)))
    later = save(desk, draft(cat, "2.000815", 1, received_at=now - timedelta(hours=1), due_in=timedelta(days=9)))
    end_of_day = now.replace(hour=23, minute=59, second=0, microsecond=0)
    today = save(desk, draft(cat, "1.004222", 2, received_at=now - timedelta(days=1),
                             due_in=end_of_day - (now - timedelta(days=1))))
    desk.db(lambda store: (store.set_sync_state(later.uuid, SyncState.CONFLICT),
                           store.set_sync_state(today.uuid, SyncState.SENT))).run()
    page = _page(qtbot, desk)

    def pick(quick: QuickFilter) -> list[str]:
        page.quick.setCurrentIndex(page.quick.findData(quick))
        return sorted(_codes(page))

    assert pick(QuickFilter.OVERDUE) == [overdue.code]
    assert pick(QuickFilter.DUE_TODAY) == [today.code]
    assert pick(QuickFilter.CONFLICTS) == [later.code]
    assert pick(QuickFilter.NOT_SYNCED) == [overdue.code]
    assert pick(QuickFilter.ALL) == sorted([overdue.code, later.code, today.code])
    assert page.model.data(page.model.index(page.model.row_of(overdue.uuid) or 0, 4),
                           Qt.ItemDataRole.ToolTipRole) == "Quá hạn"
    page.status.setCurrentIndex(page.status.findData(DossierStatus.RETURNED))
    assert _codes(page) == []


def test_the_list_pages_itself_in_as_the_official_scrolls(qtbot: QtBot, desk: AppServices) -> None:
    cat = _catalogue(desk)
    for i in range(12):
        save(desk, draft(cat, "2.000815", i, received_at=now_vn() - timedelta(minutes=i)))
    page = _page(qtbot, desk)
    page.model.page_size = 5
    page.apply_query()
    assert page.model.rowCount() == 5 and page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 10
    page.model.fetchMore()
    assert page.model.rowCount() == 12 and not page.model.canFetchMore()
    assert len(set(_codes(page))) == 12  # no page fetched twice


def test_a_page_arriving_for_an_older_query_is_dropped(qtbot: QtBot, desk: AppServices) -> None:
    cat = _catalogue(desk)
    save(desk, draft(cat, "2.000815", 0))
    page = _page(qtbot, desk)
    stale_generation = page.model._generation
    page.search.setText("khong co ai")
    page.apply_query()
    from sync.store.models import DossierSummary

    stale: list[DossierSummary] = []
    desk.db(lambda store: store.list()).success(stale.extend).run()
    page.model._arrived(stale_generation, 0, stale)
    assert page.model.rowCount() == 0


def test_detail_shows_the_timeline_and_only_the_roles_actions(qtbot: QtBot, desk: AppServices) -> None:
    cat = _catalogue(desk)
    dossier = save(desk, draft(cat, "1.001193", 0))
    dossier = advance(desk, dossier, (Action.FORWARD, Role.RECEPTION, {"to_unit": "Công chức Tư pháp - Hộ tịch"}))
    desk.set_official(None)
    page = _page(qtbot, desk)
    with qtbot.waitSignal(page.detail_shown, timeout=3000):
        page.select_row(0)
    timeline = page.detail.timeline
    assert timeline.topLevelItemCount() == 2
    forward = timeline.topLevelItem(1)
    assert forward is not None
    assert forward.text(1).splitlines() == ["Chuyển cơ quan giải quyết (mẫu 05)", "Được tiếp nhận → Đang xử lý",
                                            "Công chức Tư pháp - Hộ tịch"]
    assert forward.text(2) == "khac"
    assert "Đặng Thị Thu Hà" in page.detail.header.text()
    # No official signed in: nothing to do. A reception official at "Đang xử lý": only withdrawal.
    assert page.detail.action_buttons == {}
    desk.set_official(official(AccountRole.RECEPTION))
    qtbot.waitUntil(lambda: list(page.detail.action_buttons) == [Action.WITHDRAW], timeout=3000)
    desk.set_official(official(AccountRole.PROCESSING))
    qtbot.waitUntil(lambda: set(page.detail.action_buttons) == {
        Action.REQUEST_SUPPLEMENT, Action.REQUEST_PAYMENT, Action.STOP, Action.RESULT_READY, Action.RESCHEDULE},
        timeout=3000)


def test_a_change_elsewhere_refreshes_the_list_and_keeps_the_selection(qtbot: QtBot, desk: AppServices) -> None:
    cat = _catalogue(desk)
    dossier = save(desk, draft(cat, "1.001193", 0))
    page = _page(qtbot, desk)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.current_uuid == dossier.uuid, timeout=3000)
    newer = save(desk, draft(cat, "2.000815", 1, received_at=now_vn()))
    desk.apply_changes(Changes.dossiers([newer.uuid], source="sync"))
    assert _codes(page) == [newer.code, dossier.code]
    assert page.table.selectionModel().selectedRows()[0].row() == 1  # still on the same dossier


def test_an_online_dossier_shows_as_new_with_reception_actions(qtbot: QtBot, desk: AppServices) -> None:
    cat = _catalogue(desk)
    remote = online(desk, cat, "1.004222")
    desk.set_official(official(AccountRole.RECEPTION))
    page = _page(qtbot, desk)
    with qtbot.waitSignal(page.detail_shown, timeout=3000):
        page.select_row(0)
    assert page.current is not None and page.current.uuid == remote.uuid
    assert set(page.detail.action_buttons) == {Action.RECEIVE, Action.REFUSE, Action.REQUEST_SUPPLEMENT,
                                               Action.WITHDRAW}
    assert "(mẫu 03)" in page.detail.action_buttons[Action.REFUSE].text()


def test_large_lists_stay_light_in_memory(qtbot: QtBot, desk: AppServices, tmp_path: Path) -> None:
    """What the view holds is bounded by the pages fetched, not by the size of the store."""
    cat = _catalogue(desk)
    for i in range(30):
        save(desk, draft(cat, "2.000815", i, received_at=now_vn() - timedelta(minutes=i)))
    page = _page(qtbot, desk)
    page.model.page_size = 10
    page.apply_query()
    assert page.model.rowCount() == 10
    assert page.count_label.text() == "30 hồ sơ"  # the total comes from a count, not from loading rows
