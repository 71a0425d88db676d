"""Translations: the English catalogue is complete, placeholders survive, the extractor finds Qt-free strings."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop import i18n_extract as ex
from desktop.i18n import LanguageSwitcher, tr_domain, translate_message, translations_dir
from forms.errors import InvalidInput

FIX = (
    "run `python -m desktop.i18n_extract`, then translate every unfinished message of "
    "resources/translations/motcua_en.ts (pyside6-linguist or any editor)"
)


def test_the_english_catalogue_is_complete_and_up_to_date(tmp_path: Path) -> None:
    copy = tmp_path / "motcua_en.ts"
    shutil.copy2(ex.CATALOGUE, copy)
    ex.refresh(copy)
    missing = ex.untranslated(copy)
    listing = "\n".join(f"  [{m.context}] {m.source!r}" for m in missing[:40])
    assert not missing, f"{len(missing)} string(s) lack a finished English translation: {FIX}\n{listing}"


def _messages(ts: Path) -> list[tuple[str, str, str]]:
    out = []
    for ctx in ET.parse(ts).getroot().findall("context"):
        for m in ctx.findall("message"):
            out.append((ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("translation") or ""))
    return out


_PLACEHOLDER = re.compile(r"\{(\w*)\}")


def test_translations_keep_every_placeholder() -> None:
    wrong = [(c, s, t) for c, s, t in _messages(ex.CATALOGUE)
             if t and sorted(_PLACEHOLDER.findall(s)) != sorted(_PLACEHOLDER.findall(t))]
    assert not wrong, "placeholders differ:\n" + "\n".join(f"[{c}] {s!r} → {t!r}" for c, s, t in wrong)


def test_qt_own_buttons_have_vietnamese() -> None:
    messages = _messages(translations_dir() / "qtbase_vi.ts")
    assert {s for _, s, _ in messages} >= {"OK", "Cancel", "&Yes", "&No", "&Next >", "< &Back", "&Finish"}
    assert all(t.strip() for _, _, t in messages)


def test_motcua_errors_are_translated_then_filled(switcher: LanguageSwitcher) -> None:
    error = InvalidInput("Mật khẩu phải có ít nhất {n} ký tự", n=8)
    assert translate_message(error.message) == "Mật khẩu phải có ít nhất 8 ký tự"
    assert switcher.apply("en")
    assert translate_message(error.message) == "The password must have at least 8 characters"
    assert tr_domain("Đang xử lý") == "In progress"
    # A template nobody translated still reads, in Vietnamese.
    assert translate_message(InvalidInput("Chuỗi mới {x}", x=1).message) == "Chuỗi mới 1"


def test_a_missing_catalogue_falls_back_to_vietnamese(qapp: QApplication, tmp_path: Path) -> None:
    switcher = LanguageSwitcher(tmp_path)
    assert not switcher.apply("en")
    assert switcher.language == "vi"
    switcher.clear()


# -- the extractor ------------------------------------------------------------------------------------
SAMPLE = '''
from forms.errors import MotcuaError
from forms.i18n import N_, QT_TRANSLATE_NOOP

class ParseError(MotcuaError):
    kind = "parse"

class EmptyCard(ParseError):
    def __init__(self) -> None:
        super().__init__("Mã QR trống")

class NotAnError:
    def __init__(self, text: str) -> None: ...

LABEL = N_("Đăng ký khai sinh")
OTHER = QT_TRANSLATE_NOOP("motcua", "Hộ tịch")
ELSEWHERE = QT_TRANSLATE_NOOP("reports", "Biểu II.06a")

def parse(text: str) -> None:
    if not text:
        raise ParseError("Thiếu {field}", field="ngày sinh")
    NotAnError("không dịch")
    name = "x"
    raise ParseError(f"không trích {name}")
'''


def test_the_extractor_finds_markers_and_error_templates(tmp_path: Path) -> None:
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "sample.py").write_text(SAMPLE, encoding="utf-8")
    found = {(f.context, f.source) for f in ex.extract(tmp_path, rooms=("forms",))}
    assert found == {
        ("motcua", "Mã QR trống"),
        ("motcua", "Đăng ký khai sinh"),
        ("motcua", "Hộ tịch"),
        ("reports", "Biểu II.06a"),
        ("motcua", "Thiếu {field}"),
    }


def test_merge_adds_new_keeps_translations_and_drops_vanished(tmp_path: Path) -> None:
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="en" sourcelanguage="vi">'
        "<context><name>motcua</name>"
        "<message><source>Giữ</source><translation>Keep</translation></message>"
        "<message><source>Bỏ</source><translation>Drop</translation></message>"
        '<message><source>Quay lại</source><translation type="vanished">Back again</translation></message>'
        "</context>"
        '<context><name>MainWindow</name><message><source>Cũ</source><translation type="vanished">Old'
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    found = [ex.Found("motcua", s, "forms/x.py", 1) for s in ("Giữ", "Quay lại", "Mới")]
    added, removed = ex.merge_found(ts, found)
    assert (added, removed) == (1, 2)
    messages = {(c, s): t for c, s, t in _messages(ts)}
    assert messages == {("motcua", "Giữ"): "Keep", ("motcua", "Quay lại"): "Back again", ("motcua", "Mới"): ""}
    assert [m.source for m in ex.untranslated(ts)] == ["Mới"]


def test_catalogues_are_compiled_when_missing_or_older_only(tmp_path: Path) -> None:
    from desktop.i18n import compile_catalogues

    shutil.copy2(translations_dir() / "qtbase_vi.ts", tmp_path / "qtbase_vi.ts")
    assert compile_catalogues(tmp_path) == [tmp_path / "qtbase_vi.qm"]
    assert (tmp_path / "qtbase_vi.qm").stat().st_size > 0
    assert compile_catalogues(tmp_path) == []  # up to date: nothing to do (and no lrelease needed)
