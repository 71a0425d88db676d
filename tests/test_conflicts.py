"""The conflict inbox: both versions side by side, differing fields first, the choice recorded once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from desktop.changes import Changes
from desktop.conflicts import (
    KEEP_LOCAL,
    TAKE_REMOTE,
    ConflictInboxPage,
    ConflictView,
    differing,
    flatten,
    suggested_choice,
)
from desktop.services import AppServices
from sync.store import Store


def _doc(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "uuid": "u-1", "code": "000.00.12.H49-250301-0007", "status": 2, "procedure_name": "Đăng ký khai sinh",
        "applicant": {"full_name": "Trần Thị Bích", "id_number": "001190012345", "address": "Xã Tân Phú"},
        "due_at": "2025-03-05T17:00:00+07:00", "fee": 0, "sync_state": "conflict",
    }
    for key, value in changes.items():
        if key.startswith("applicant_"):
            doc["applicant"] = {**doc["applicant"], key.removeprefix("applicant_"): value}
        else:
            doc[key] = value
    return doc


class Inbox:
    """The store side: open conflicts and the recorded resolutions (with their actor)."""

    def __init__(self, conflicts: list[ConflictView]) -> None:
        self.conflicts = conflicts
        self.resolutions: list[tuple[int, str, str]] = []

    def lister(self, _store: Any) -> list[ConflictView]:
        return [c for c in self.conflicts if c.id not in {r[0] for r in self.resolutions}]

    def resolver(self, _store: Any, conflict_id: int, choice: str, *, actor: str) -> str:
        self.resolutions.append((conflict_id, choice, actor))
        return choice


def _page(qtbot: QtBot, services: AppServices, inbox: Inbox) -> ConflictInboxPage:
    page = ConflictInboxPage(services, lister=inbox.lister, resolver=inbox.resolver)
    qtbot.addWidget(page)
    page.show()
    return page


def test_flatten_and_differing() -> None:
    local, remote = _doc(), _doc(status=4, applicant_address="Thôn 2, xã Tân Phú")
    assert flatten(local)["applicant.full_name"] == "Trần Thị Bích"
    assert differing(local, remote) == ["applicant.address", "status"]


def test_suggestion_follows_the_merge_rule() -> None:
    assert suggested_choice(["status"]) == TAKE_REMOTE
    assert suggested_choice(["applicant.address"]) == KEEP_LOCAL


def test_both_versions_side_by_side_with_differences_first(qtbot: QtBot, gui_services: AppServices) -> None:
    conflict = ConflictView(7, "u-1", _doc(), _doc(status=4), ("status",))
    page = _page(qtbot, gui_services, Inbox([conflict]))
    assert page.list.count() == 1
    assert "000.00.12.H49-250301-0007" in page.list.item(0).text()
    assert "Trần Thị Bích" in page.list.item(0).text()
    table = page.table

    def cell(row: int, column: int) -> QTableWidgetItem:
        item = table.item(row, column)
        assert item is not None
        return item

    assert cell(0, 0).text() == "Trạng thái"
    assert cell(0, 1).text() == "2 · Được tiếp nhận"
    assert cell(0, 2).text() == "4 · Đang xử lý"
    assert cell(0, 0).font().bold()
    names = [cell(r, 0).text() for r in range(table.rowCount())]
    assert "Họ tên người nộp" in names and not cell(names.index("Họ tên người nộp"), 0).font().bold()
    assert "Cổng" in page.suggestion.text()


def test_the_choice_is_recorded_with_the_official_and_broadcast(qtbot: QtBot, gui_services: AppServices) -> None:
    from sync.accounts import Official, Role

    gui_services.set_official(Official("lan", "Lan", Role.RECEPTION))
    inbox = Inbox([ConflictView(7, "u-1", _doc(), _doc(status=4), ("status",)),
                   ConflictView(8, "u-2", _doc(code="X-2"), _doc(code="X-2", fee=50000), ("fee",))])
    page = _page(qtbot, gui_services, inbox)
    seen: list[Changes] = []
    gui_services.changes_applied.connect(seen.append)
    page.choose(TAKE_REMOTE, confirmed=True)
    assert inbox.resolutions == [(7, TAKE_REMOTE, "lan")]
    assert seen and seen[0].source == "conflict" and seen[0].touches("u-1") and seen[0].conflicts
    # The page reloaded from the broadcast: the resolved conflict is gone, the next one is shown.
    assert page.list.count() == 1
    assert page.current() is not None and page.current().id == 8  # type: ignore[union-attr]


def test_declining_the_confirmation_records_nothing(qtbot: QtBot, gui_services: AppServices,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = Inbox([ConflictView(7, "u-1", _doc(), _doc(status=4), ("status",))])
    page = _page(qtbot, gui_services, inbox)
    asked: list[str] = []

    def decline(_conflict: ConflictView, choice: str) -> bool:
        asked.append(choice)
        return False

    monkeypatch.setattr(page, "confirm", decline)
    page.keep_local.click()
    assert asked == [KEEP_LOCAL]
    assert inbox.resolutions == []


def test_the_confirmation_defaults_to_cancel(qtbot: QtBot, gui_services: AppServices) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    inbox = Inbox([ConflictView(7, "u-1", _doc(), _doc(status=4), ("status",))])
    page = _page(qtbot, gui_services, inbox)

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.defaultButton().click()

    QTimer.singleShot(0, press_enter)
    page.take_remote.click()
    assert inbox.resolutions == []


def test_an_empty_inbox_says_so(qtbot: QtBot, gui_services: AppServices) -> None:
    page = _page(qtbot, gui_services, Inbox([]))
    assert page.empty.isVisible() and not page.splitter.isVisible()
    assert not page.keep_local.isEnabled()


def test_sync_changes_reload_the_inbox(qtbot: QtBot, gui_services: AppServices) -> None:
    inbox = Inbox([])
    page = _page(qtbot, gui_services, inbox)
    inbox.conflicts.append(ConflictView(9, "u-9", _doc(), _doc(note="x"), ("note",)))
    gui_services.apply_changes(Changes.dossiers(["u-9"], source="sync", conflicts=True))
    assert page.list.count() == 1
    assert page.list.currentItem().data(Qt.ItemDataRole.UserRole) == 9


@pytest.mark.parametrize(("choice", "expected_status"), [(TAKE_REMOTE, 4), (KEEP_LOCAL, 2)])
def test_with_the_real_store_the_choice_is_applied_and_audited(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store, choice: str, expected_status: int
) -> None:
    from dataclasses import replace

    from forms.desk import DeskProfile
    from forms.status import DossierStatus
    from sync.accounts import Official, Role
    from sync.desk_profile import write_profile
    from sync.store.codec import dossier_to_dict
    from tests.store_fixtures import AGENCY, make_dossier

    write_profile(gui_store, DeskProfile(agency_code=AGENCY, desk_number=1))
    saved = gui_store.save_new(make_dossier(3), actor="lan")
    remote = replace(saved, status=DossierStatus.PROCESSING)
    gui_store.add_conflict(saved.uuid, dossier_to_dict(saved), dossier_to_dict(remote), ["status"])
    gui_services.set_official(Official("hung", "Lê Văn Hùng", Role.HEAD))
    page = ConflictInboxPage(gui_services)
    qtbot.addWidget(page)
    assert page.list.count() == 1 and saved.code in page.list.item(0).text()
    page.choose(choice, confirmed=True)
    assert int(gui_store.get(saved.uuid).status) == expected_status
    [closed] = gui_store.conflicts(open_only=False)
    assert (closed.resolution, closed.resolved_by) == (choice, "hung")
    assert any(e.action == "resolve_conflict" and e.actor == "hung" for e in gui_store.events(saved.uuid))
    assert page.list.count() == 0 and page.empty.isVisibleTo(page)
