"""Background sync and its always-visible status: online/offline, pending, last sync, conflicts."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop import settings as s
from desktop.changes import Changes
from desktop.ops import OpRunner, Task
from desktop.services import AppServices
from desktop.sync_status import Counts, PassReport, SyncPage, SyncRunner, SyncStatusWidget
from forms.clock import now_vn
from forms.errors import MotcuaError
from sync.engine import LAST_SUCCESS_KEY
from sync.layout import DataLayout
from sync.store import Store
from tests.sync_fixtures import memory_keyring  # noqa: F401  (fixture)


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
        if self.report.ok:  # as the real engine does, on its own connection
            with Store.open(layout) as store:
                store.set_setting(LAST_SUCCESS_KEY, now_vn().isoformat(timespec="seconds"))
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
    assert widget.last.text() == "Lần cuối: chưa"
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
    assert widget.last.text() != "Lần cuối: chưa"
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
    runner.history.clear()
    page.retranslate_ui()
    assert page.history.item(0).text() == "Chưa có lần đồng bộ nào từ khi mở phần mềm."
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


def test_a_pass_the_engine_stopped_is_shown_with_a_translated_reason(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store, engine: FakeEngine
) -> None:
    gui_store.set_setting(s.PORTAL_URL.key, "https://portal.example")
    engine.report = PassReport(status="offline", message="Không kết nối được https://portal.example")
    runner = _runner(gui_services, engine)
    widget = SyncStatusWidget(gui_services, runner=runner)
    qtbot.addWidget(widget)
    assert "Mất kết nối" in widget.state.text()
    assert "hồ sơ vẫn chờ gửi" in widget.state.toolTip()
    assert "portal.example" in widget.state.toolTip()
    assert gui_store.get_setting(LAST_SUCCESS_KEY) is None
    runner.stop()


@pytest.mark.usefixtures("memory_keyring")
def test_against_the_real_reference_portal_a_saved_dossier_is_sent(
    qtbot: QtBot, tmp_path: Path, gui_layout: DataLayout, gui_store: Store
) -> None:
    import random

    from forms.desk import DeskProfile
    from sync.credentials import save_credentials
    from sync.desk_profile import write_profile
    from sync.portal.server import BackgroundPortal
    from tests.sync_fixtures import AGENCY, PASSWORD, counter_dossier, make_portal

    portal = make_portal(tmp_path, ("desk1", AGENCY))
    write_profile(gui_store, DeskProfile(agency_code=AGENCY, desk_number=1))
    saved = gui_store.save_new(counter_dossier(random.Random(5)), actor="lan")
    with BackgroundPortal(portal) as running:
        save_credentials(gui_layout, running.url, "desk1", PASSWORD)
        gui_store.set_setting(s.PORTAL_URL.key, running.url)
        services = AppServices(gui_layout, runner=OpRunner(), store_opener=lambda _l: gui_store,
                               catalogue_loader=lambda: None)
        runner = SyncRunner(services)  # the real engine and the real counters
        widget = SyncStatusWidget(services, runner=runner)
        qtbot.addWidget(widget)
        qtbot.waitUntil(lambda: runner.snapshot.online is True and not runner.snapshot.running, timeout=20000)
        qtbot.waitUntil(lambda: runner.snapshot.counts.last_success is not None, timeout=5000)
        runner.stop()
        services.close()
    assert [d["code"] for d in portal.list_dossiers()] == [saved.code]
    assert "Trực tuyến" in widget.state.text() and widget.pending.text() == "Chờ gửi: 0"
