"""AppServices: store on the database thread, changes broadcast, profile persisted, catalogue in background."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.changes import Changes
from desktop.ops import OpRunner
from desktop.services import SYSTEM_ACTOR, AppServices
from forms.desk import DeskProfile
from sync.accounts import Official, Role
from sync.layout import DataLayout


class FakeStore:
    """Just the settings table, and which thread opened and used it."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.threads: set[str] = set()
        self.closed = False

    def get_setting(self, key: str) -> str | None:
        self.threads.add(threading.current_thread().name)
        return self.values.get(key)

    def set_setting(self, key: str, value: str) -> None:
        self.threads.add(threading.current_thread().name)
        self.values[key] = value

    def close(self) -> None:
        self.closed = True


def _services(tmp_path: Path, store: FakeStore, *, synchronous: bool, catalogue: Any = "CAT") -> AppServices:
    return AppServices(
        DataLayout(tmp_path),
        runner=OpRunner(synchronous=synchronous),
        store_opener=lambda _layout: store,
        catalogue_loader=lambda: catalogue,
    )


def test_store_work_runs_on_the_database_thread_and_the_store_is_closed_there(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = FakeStore()
    services = _services(tmp_path, store, synchronous=False)
    got: list[str | None] = []
    services.db(lambda s: s.get_setting("x")).success(got.append).run()
    qtbot.waitUntil(lambda: got == [None], timeout=5000)
    services.close()
    assert store.threads == {"motcua-db"}
    assert store.closed


def test_change_broadcasts_before_the_success_callback(qapp: QApplication, tmp_path: Path) -> None:
    services = _services(tmp_path, FakeStore(), synchronous=True)
    order: list[object] = []
    services.changes_applied.connect(lambda c: order.append(c))
    services.change(
        lambda store: store.set_setting("k", "v") or "uuid-1",
        changes=lambda uuid: Changes.dossiers([uuid], source="save"),
    ).success(lambda r: order.append(("success", r))).run()
    assert order == [Changes.dossiers(["uuid-1"], source="save"), ("success", "uuid-1")]
    first = order[0]
    assert isinstance(first, Changes) and first.lists and first.counts and first.touches("uuid-1")


def test_a_failed_change_broadcasts_nothing(qapp: QApplication, tmp_path: Path) -> None:
    services = _services(tmp_path, FakeStore(), synchronous=True)
    seen: list[object] = []
    services.changes_applied.connect(seen.append)

    def fail(_store: Any) -> str:
        raise ValueError("disk")

    services.change(fail, changes=lambda r: Changes(source="save")).failure(seen.append).run()
    assert len(seen) == 1 and isinstance(seen[0], ValueError)


def test_profile_round_trips_through_the_store_settings(qapp: QApplication, tmp_path: Path) -> None:
    store = FakeStore()
    services = _services(tmp_path, store, synchronous=True)
    services.start()
    assert services.profile == DeskProfile()
    assert services.catalogue == "CAT"
    wanted = replace(DeskProfile(), agency_code="000.00.12.H49", desk_number=3, centre_name="Bộ phận Một cửa")
    changes: list[Changes] = []
    services.changes_applied.connect(changes.append)
    services.save_profile(wanted).run()
    assert services.profile == wanted
    assert changes and changes[-1].settings
    again = _services(tmp_path, store, synchronous=True)
    again.load_profile()
    assert again.profile == wanted


def test_catalogue_waiters_are_called_once_it_is_loaded(qtbot: QtBot, tmp_path: Path) -> None:
    release = threading.Event()
    services = AppServices(DataLayout(tmp_path), runner=OpRunner(), store_opener=lambda _l: FakeStore(),
                           catalogue_loader=lambda: (release.wait(5), "CATALOGUE")[1])
    got: list[object] = []
    services.when_catalogue(got.append)
    services.start()
    assert got == [] and services.catalogue is None
    release.set()
    qtbot.waitUntil(lambda: got == ["CATALOGUE"], timeout=5000)
    services.when_catalogue(got.append)
    assert got == ["CATALOGUE", "CATALOGUE"]
    services.close()


def test_the_actor_is_the_logged_in_official(qapp: QApplication, tmp_path: Path) -> None:
    services = _services(tmp_path, FakeStore(), synchronous=True)
    assert services.actor == SYSTEM_ACTOR
    seen: list[object] = []
    services.official_changed.connect(seen.append)
    lan = Official(login="lan", display_name="Nguyễn Thị Lan", role=Role.RECEPTION)
    services.set_official(lan)
    assert services.actor == "lan" and seen == [lan]
