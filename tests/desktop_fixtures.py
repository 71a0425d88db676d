"""Fixtures for the GUI infrastructure tests: an AppServices on a synchronous runner and a small store.

Registered for the whole suite by `pytest_plugins` in tests/conftest.py; names start with `gui_`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.i18n import LanguageSwitcher
from desktop.ops import OpRunner
from desktop.services import AppServices
from sync.layout import DataLayout
from sync.store import Store


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` key by key. QTest.keyClicks aborts on non-ASCII characters (a Qt assert),
    so Vietnamese letters arrive as key events carrying their text, as an input method delivers them."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def gui_layout(tmp_path: Path) -> DataLayout:
    root = tmp_path / "desk"
    root.mkdir()
    return DataLayout(root)


@pytest.fixture
def gui_store(gui_layout: DataLayout) -> Iterator[Store]:
    """The real store of a fresh desk (opening one takes a few milliseconds)."""
    store = Store.open(gui_layout)
    yield store
    store.close()


@pytest.fixture
def gui_services(qapp: QApplication, gui_layout: DataLayout, gui_store: Store) -> Iterator[AppServices]:
    svc = AppServices(
        gui_layout,
        runner=OpRunner(synchronous=True),
        store_opener=lambda _layout: gui_store,
        catalogue_loader=lambda: None,
    )
    yield svc
    svc.runner.shutdown()


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with tiny parameters: the same code path, a thousand times cheaper, for widget tests."""
    from argon2 import PasswordHasher

    import sync.accounts

    monkeypatch.setattr(sync.accounts, "hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    monkeypatch.setattr(sync.accounts, "_DUMMY_HASH", None)


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts catalogues compiled with pyside6-lrelease into a folder private to this test process
    (parallel workers never write the same .qm)."""
    import shutil

    from desktop.i18n import compile_catalogues, translations_dir

    folder = tmp_path_factory.mktemp("translations")
    for ts in translations_dir().glob("*.ts"):
        shutil.copy2(ts, folder / ts.name)
    compile_catalogues(folder, force=True)
    return folder


@pytest.fixture
def switcher(qapp: QApplication, compiled_translations: Path) -> Iterator[LanguageSwitcher]:
    """A LanguageSwitcher on the compiled catalogues; its translators are removed afterwards."""
    sw = LanguageSwitcher(compiled_translations)
    yield sw
    sw.clear()
