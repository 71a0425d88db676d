"""The import rules of ARCHITECTURE.md, checked by walking every module's import statements."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

QT_MODULES = frozenset({"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "qtpy", "pytestqt"})

# Which of our rooms each room may import. Anything not listed is forbidden.
ALLOWED: dict[str, frozenset[str]] = {
    "forms": frozenset({"forms"}),
    "sync": frozenset({"sync", "forms", "resources"}),
    "printing": frozenset({"printing", "forms", "resources"}),
    "desktop": frozenset({"desktop", "sync", "printing", "forms", "resources"}),
    "resources": frozenset({"resources"}),
}
QT_FREE = frozenset({"forms", "sync", "printing", "resources"})
ROOMS = frozenset(ALLOWED)


@dataclass(frozen=True)
class Violation:
    path: Path
    line: int
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: imports {self.imported} ({self.rule})"


def _imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    names: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append((node.lineno, node.module))
        elif isinstance(node, ast.Call):
            # importlib.import_module("PySide6.QtCore") and __import__("...") with a literal name.
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in {"import_module", "__import__"} and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    names.append((node.lineno, first.value))
    return names


def check_tree(root: Path) -> list[Violation]:
    violations: list[Violation] = []
    for room in sorted(ROOMS):
        room_dir = root / room
        if not room_dir.is_dir():
            continue
        for path in sorted(room_dir.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for line, name in _imported_names(tree):
                top = name.split(".")[0]
                if room in QT_FREE and top in QT_MODULES:
                    violations.append(Violation(path, line, name, f"{room}/ must not import Qt"))
                elif top in ROOMS and top not in ALLOWED[room]:
                    violations.append(Violation(path, line, name, f"{room}/ must not import {top}/"))
    return violations
