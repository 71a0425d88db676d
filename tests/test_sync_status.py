"""Background sync and its always-visible status: online/offline, pending, last sync, conflicts."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop import settings as s
from desktop.changes import Changes
from desktop.ops import OpRunner, Task
from desktop.services import AppServices
from desktop.sync_status import LAST_SUCCESS_KEY, Counts, PassReport, SyncPage, SyncRunner, SyncStatusWidget
from forms.errors import MotcuaError
from sync.layout import DataLayout
from sync.store import Store


class PortalDown(MotcuaError):
    kind = "network"


class FakeEngine:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.threads: list[str] = []
        self.fail = False
        self.report = PassReport(pushed=2, pulled=1, changed_dossiers=frozenset({"u-1"}))

    def __call__(self, layout: DataLayout, url: str, task: Task) -> PassReport:
        self.calls.append(url)
        self.threads.append(threading.current_thread().name)
        task.report(1, 2, "đang gửi")
        if self.fail:
            raise PortalDown("Không kết nối được Cổng dịch vụ công ({url})", url=url)
        return self.report


def _counts(pending: int = 3, conflicts: int = 1) -> Any:
    def read(store: Any) -> Counts:
        from datetime import datetime

        raw = store.get_setting(LAST_SUCCESS_KEY)
        return Counts(pending=pending, conflicts=conflicts, rejected=0,
                      last_success=datetime.fromisoformat(raw) if raw else None)
    return read


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


def _runner(services: AppServices, engine: FakeEngine, **kw: Any) -> SyncRunner:
    return SyncRunner(services, pass_fn=engine, counts_fn=_counts(**kw))


def test_without_a_portal_the_desk_says_offline_and_never_syncs(
    qtbot: QtBot, gui_services: AppServices, engine: FakeEngine
) -> None:
    runner = _runner(gui_services, engine)
    widget = SyncStatusWidget(gui_services, runner=runner)
    qtbot.addWidget(widget)
    assert "Ngoại tuyến" in widget.state.text()
    assert widget.pending.text() == "Chờ gửi: 3"
    assert widget.conflicts.text() == "Xung đột: 1"
    assert "chưa lần nào" in widget.last.text()
    runner.sync_now()
    assert engine.calls == []
    runner.stop()


def test_a_good_pass_marks_online_records_the_time_and_broadcasts_changes(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store, engine: FakeEngine
) -> None:
    gui_store.set_setting(s.PORTAL_URL.key, "https://portal.example")
    seen: list[Changes] = []
    gui_services.changes_applied.connect(seen.append)
    runner = _runner(gui_services, engine)
    widget = SyncStatusWidget(gui_services, runner=runner)  # starts the runner: reads the URL, syncs once
    qtbot.addWidget(widget)
    assert engine.calls == ["https://portal.example"]
    assert "Trực tuyến" in widget.state.text()
    assert gui_store.get_setting(LAST_SUCCESS_KEY)
    assert "chưa lần nào" not in widget.last.text()
    sync_changes = [c for c in seen if c.source == "sync"]
    assert sync_changes and sync_changes[0].touches("u-1")
    assert runner.history[0].ok and "Gửi 2, nhận 1" in runner.history[0].text
    runner.stop()


def test_a_failed_pass_is_a_state_with_its_reason_not_a_popup(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store, engine: FakeEngine
) -> None:
    from PySide6.QtWidgets import QMessageBox

    gui_store.set_setting(s.PORTAL_URL.key, "https://portal.example")
    engine.fail = True
    runner = _runner(gui_services, engine)
    widget = SyncStatusWidget(gui_services, runner=runner)
    qtbot.addWidget(widget)
    page = SyncPage(gui_services, runner=runner)
    qtbot.addWidget(page)
    assert "Mất kết nối" in widget.state.text()
    assert "Không kết nối được Cổng" in widget.state.toolTip()
    assert "Không kết nối được Cổng" in page.status.text()
    assert page.history.count() == 1 and page.history.item(0).text().startswith("✗")
    assert not [w for w in widget.findChildren(QMessageBox)]
    runner.stop()


def test_a_local_save_triggers_a_pass_and_the_settings_dialog_url_is_picked_up(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store, engine: FakeEngine
) -> None:
    runner = _runner(gui_services, engine)
    runner.start()
    assert engine.calls == []
    gui_services.set_store_setting(s.PORTAL_URL.key, "https://portal.example").run()  # broadcasts settings
    assert engine.calls == ["https://portal.example"]
    gui_services.apply_changes(Changes.dossiers(["u-2"], source="save"))
    assert len(engine.calls) == 2
    runner.stop()


def test_the_pass_runs_off_the_gui_thread_and_shows_progress(
    qtbot: QtBot, gui_layout: DataLayout, gui_store: Store
) -> None:
    release = threading.Event()
    threads: list[str] = []

    def slow_pass(layout: DataLayout, url: str, task: Task) -> PassReport:
        threads.append(threading.current_thread().name)
        task.report(5, 10, "5/10 hồ sơ")
        release.wait(5)
        return PassReport()

    gui_store.set_setting(s.PORTAL_URL.key, "https://portal.example")
    services = AppServices(gui_layout, runner=OpRunner(), store_opener=lambda _l: gui_store,
                           catalogue_loader=lambda: None)
    runner = SyncRunner(services, pass_fn=slow_pass, counts_fn=_counts())
    page = SyncPage(services, runner=runner)
    qtbot.addWidget(page)
    runner.start()
    qtbot.waitUntil(lambda: runner.snapshot.running and runner.snapshot.progress is not None, timeout=5000)
    assert page.progress.isVisibleTo(page)
    assert page.progress.value() == 5 and page.progress.maximum() == 10
    assert not page.sync_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not runner.snapshot.running, timeout=5000)
    assert threads and threads[0].startswith("motcua-pool")
    runner.stop()
    services.close()
