from __future__ import annotations

from pathlib import Path

import pytest

from tests.layering import check_tree

REPO = Path(__file__).resolve().parent.parent


def test_the_project_keeps_its_layering() -> None:
    violations = check_tree(REPO)
    assert not violations, "\n".join(map(str, violations))


def _room(tmp: Path, room: str, source: str) -> None:
    (tmp / room).mkdir(parents=True, exist_ok=True)
    (tmp / room / "module.py").write_text(source, encoding="utf-8")


@pytest.mark.parametrize(
    ("room", "source", "rule"),
    [
        ("forms", "import PySide6\n", "forms/ must not import Qt"),
        ("forms", "from PySide6.QtCore import QObject\n", "forms/ must not import Qt"),
        ("sync", "import importlib\nimportlib.import_module('PySide6.QtNetwork')\n", "sync/ must not import Qt"),
        ("printing", "from shiboken6 import isValid\n", "printing/ must not import Qt"),
        ("forms", "from sync.layout import DataLayout\n", "forms/ must not import sync/"),
        ("sync", "import desktop.app\n", "sync/ must not import desktop/"),
        ("printing", "from sync import store\n", "printing/ must not import sync/"),
    ],
)
def test_the_check_catches_a_forbidden_import(tmp_path: Path, room: str, source: str, rule: str) -> None:
    _room(tmp_path, room, source)
    violations = check_tree(tmp_path)
    assert [v.rule for v in violations] == [rule]


def test_allowed_imports_pass(tmp_path: Path) -> None:
    _room(tmp_path, "desktop", "from PySide6.QtWidgets import QWidget\nimport sync, printing, forms\n")
    _room(tmp_path, "sync", "import forms.errors\nimport sqlite3\n")
    assert check_tree(tmp_path) == []
