"""Refresh the translation catalogue: `python -m desktop.i18n_extract [--check]`.

1. `pyside6-lupdate` reads every `self.tr(...)` / `QCoreApplication.translate(...)` under `desktop/`.
2. This script reads, with Python's `ast`, the Vietnamese strings of every room that Qt cannot see:
   - the first argument of `N_("…")` and of `QT_TRANSLATE_NOOP("motcua", "…")`;
   - the template of every `SomeError("…", …)` call where SomeError subclasses `MotcuaError` (raised,
     returned or stored), of `super().__init__("…")` inside such a class, and of `Message("…")`;
   and merges them into the context "motcua" of `resources/translations/motcua_en.ts`: new strings are
   added unfinished, strings that came back keep their translation, strings no longer in the code go.
Then translate what is unfinished in the .ts (Qt Linguist: `pyside6-linguist`, or any editor) and run the
tests: `tests/test_i18n.py` fails while any string lacks a finished English translation.
With `--check` nothing is written; the exit code is 1 if the catalogue is stale or incomplete.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOMS = ("forms", "sync", "printing", "desktop")
DOMAIN_CONTEXT = "motcua"
CATALOGUE = ROOT / "resources" / "translations" / "motcua_en.ts"
BASE_ERROR = "MotcuaError"


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    filename: str  # relative to the repository
    line: int


# -- AST extraction -------------------------------------------------------------------------------------
def python_files(root: Path, rooms: Iterable[str] = ROOMS) -> list[Path]:
    files: list[Path] = []
    for room in rooms:
        files.extend(p for p in sorted((root / room).rglob("*.py")) if "__pycache__" not in p.parts)
    return files


def _parse(path: Path) -> ast.Module | None:
    try:
        return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (SyntaxError, UnicodeDecodeError):
        return None


def _name_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """Names of every class that (transitively, by name) derives from MotcuaError."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {n for b in node.bases if (n := _name_of(b))}
                bases.setdefault(node.name, set()).update(names)
    found = {BASE_ERROR}
    changed = True
    while changed:
        changed = False
        for cls, parents in bases.items():
            if cls not in found and parents & found:
                found.add(cls)
                changed = True
    return found


def _first_str(args: list[ast.expr]) -> ast.Constant | None:
    if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
        return args[0]
    return None


def _strings_in(tree: ast.Module, errors: set[str]) -> Iterator[tuple[str, str, int]]:
    """(context, source, line) for every marked string in one module."""
    error_class_bodies: list[ast.ClassDef] = [
        n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name in errors
    ]
    in_error_class: set[int] = set()
    for cls in error_class_bodies:
        in_error_class.update(id(n) for n in ast.walk(cls))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name_of(node.func)
        if name == "QT_TRANSLATE_NOOP" and len(node.args) >= 2:
            ctx, text = node.args[0], node.args[1]
            if (isinstance(ctx, ast.Constant) and isinstance(ctx.value, str)
                    and isinstance(text, ast.Constant) and isinstance(text.value, str)):
                yield str(ctx.value), str(text.value), node.lineno
            continue
        first = _first_str(node.args)
        if first is None:
            continue
        if name == "N_" or name in errors or name == "Message" or (
            name == "__init__"
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Call)
            and _name_of(node.func.value.func) == "super"
            and id(node) in in_error_class
        ):
            yield DOMAIN_CONTEXT, str(first.value), node.lineno


def extract(root: Path = ROOT, rooms: Iterable[str] = ROOMS) -> list[Found]:
    parsed = [(p, t) for p in python_files(root, rooms) if (t := _parse(p)) is not None]
    errors = error_classes(t for _, t in parsed)
    seen: dict[tuple[str, str], Found] = {}
    for path, tree in parsed:
        rel = path.relative_to(root).as_posix()
        for context, source, line in _strings_in(tree, errors):
            if source.strip():
                seen.setdefault((context, source), Found(context, source, rel, line))
    return sorted(seen.values(), key=lambda f: (f.context, f.filename, f.line))


# -- the .ts catalogue ----------------------------------------------------------------------------------
def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (pip install PySide6)")
    return found


def run_lupdate(ts: Path, root: Path = ROOT) -> None:
    sources = [str(p) for p in python_files(root, ("desktop",))]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-source-language", "vi", "-target-language", "en",
         "-locations", "relative", *sources, "-ts", str(ts)],
        check=True,
    )


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def merge_found(ts: Path, found: list[Found]) -> tuple[int, int]:
    """Merge extracted strings into `ts`; drop vanished strings everywhere. Returns (added, removed)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    wanted: dict[str, dict[str, Found]] = {}
    for f in found:
        wanted.setdefault(f.context, {})[f.source] = f
    added = removed = 0
    for ctx_name, items in wanted.items():
        ctx = _context(root, ctx_name)
        present: set[str] = set()
        for message in ctx.findall("message"):
            source = message.findtext("source") or ""
            if source in items:
                present.add(source)
                _revive(message, items[source], ts)
        for source, f in items.items():
            if source not in present:
                message = ET.SubElement(ctx, "message")
                ET.SubElement(message, "location", filename=_relative(ts, f.filename), line=str(f.line))
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="unfinished")
                added += 1
    # Anything lupdate or we did not see in the code any more is removed (like lupdate -no-obsolete).
    for ctx in list(root.findall("context")):
        name = ctx.findtext("name") or ""
        for message in list(ctx.findall("message")):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            stale = kind in {"vanished", "obsolete"}
            if name in wanted and source not in wanted[name]:
                stale = True
            if stale:
                ctx.remove(message)
                removed += 1
        if not ctx.findall("message"):
            root.remove(ctx)
    _write(tree, ts)
    return added, removed


def _relative(ts: Path, filename: str) -> str:
    return Path("../..", filename).as_posix() if ts.parent == CATALOGUE.parent else filename


def _revive(message: ET.Element, f: Found, ts: Path) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation", type="unfinished")
    if translation.get("type") in {"vanished", "obsolete"}:
        if (translation.text or "").strip():
            del translation.attrib["type"]
        else:
            translation.set("type", "unfinished")
    for loc in message.findall("location"):
        message.remove(loc)
    message.insert(0, ET.Element("location", filename=_relative(ts, f.filename), line=str(f.line)))


def _write(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Untranslated:
    context: str
    source: str


def untranslated(ts: Path) -> list[Untranslated]:
    """Messages without a finished, non-empty translation."""
    out: list[Untranslated] = []
    for ctx in ET.parse(ts).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.findall("message"):
            translation = message.find("translation")
            if translation is None:
                out.append(Untranslated(name, message.findtext("source") or ""))
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                empty = not forms or not all(s.strip() for s in forms)
            else:
                empty = not (translation.text or "").strip()
            if translation.get("type") is not None or empty:
                out.append(Untranslated(name, message.findtext("source") or ""))
    return out


def refresh(ts: Path = CATALOGUE, root: Path = ROOT) -> tuple[int, int]:
    if not ts.exists():
        ts.parent.mkdir(parents=True, exist_ok=True)
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      '<TS version="2.1" language="en" sourcelanguage="vi">\n</TS>\n', encoding="utf-8")
    run_lupdate(ts, root)
    return merge_found(ts, extract(root))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.i18n_extract", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if stale or incomplete")
    parser.add_argument("--ts", type=Path, default=CATALOGUE)
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / args.ts.name
            shutil.copy2(args.ts, copy)
            refresh(copy)
            missing = untranslated(copy)
    else:
        added, removed = refresh(args.ts)
        missing = untranslated(args.ts)
        print(f"{args.ts.relative_to(ROOT) if args.ts.is_relative_to(ROOT) else args.ts}: "
              f"{added} new, {removed} removed, {len(missing)} untranslated")
    for m in missing[:50]:
        print(f"  untranslated [{m.context}] {m.source!r}")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    raise SystemExit(main())
