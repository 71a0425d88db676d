"""Translations: Qt Linguist catalogues, Vietnamese source strings, English as the shipped translation.

- Widgets write `self.tr("Vietnamese text")`; `pyside6-lupdate` extracts them.
- The Qt-free rooms (forms/, sync/, printing/) mark Vietnamese strings with `N_()` / `QT_TRANSLATE_NOOP`
  and raise `MotcuaError("template {x}", x=...)`; `python -m desktop.i18n_extract` adds those to the same
  catalogue under the context "motcua". Here they are translated with `tr_domain(text)` and
  `translate_message(error.message)` (translate the template first, then fill in the values).
- `LanguageSwitcher.apply("en" | "vi")` swaps translators at run time; Qt then sends every widget a
  `QEvent.LanguageChange`, and widgets re-set their texts in `retranslate_ui()` without losing input.
- PySide6 ships no `qtbase_vi` (Qt has no Vietnamese catalogue for its own dialogs), so the standard
  buttons and wizard buttons come from our small `resources/translations/qtbase_vi.ts`, compiled like the rest.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from forms.errors import Message
from forms.i18n import CONTEXT
from resources import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "vi"
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}  # each named in its own language


def translations_dir() -> Path:
    return resource_path("translations")


def tr_domain(source_text: str) -> str:
    """Translate a string marked with `N_()` in a Qt-free room."""
    return QCoreApplication.translate(CONTEXT, source_text)


def translate_message(message: Message) -> str:
    """A MotcuaError's message in the current language: translated template, then the values."""
    return message.render(QCoreApplication.translate(CONTEXT, message.template))


def compile_catalogues(directory: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile `*.ts` to `*.qm` with pyside6-lrelease where the .qm is missing or older (dev and tests)."""
    directory = directory or translations_dir()
    built: list[Path] = []
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def _tool(name: str) -> str:
    import sys

    beside_python = Path(sys.executable).with_name(name)
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(name)
    return found


class LanguageSwitcher:
    """Installs the translators of one language into the running application."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or translations_dir()
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Switch to `language`; returns False (and stays Vietnamese) if its catalogue cannot be loaded."""
        if language not in LANGUAGES:
            language = SOURCE_LANGUAGE
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QApplication")
        self.clear()
        ok = True
        if language == SOURCE_LANGUAGE:
            # Our own strings are Vietnamese already; only Qt's standard buttons need a catalogue.
            self._load(app, self.directory, "qtbase_vi")
        else:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(app, Path(qt_dir), f"qtbase_{language}")
            ok = self._load(app, self.directory, f"motcua_{language}")
        if not ok:
            log.warning("translation catalogue for %s missing; staying in Vietnamese", language)
            language = SOURCE_LANGUAGE
        self.language = language
        # Deliver the LanguageChange events now, so every widget shows the new language when apply() returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
        return ok

    def clear(self) -> None:
        """Remove every translator this switcher installed (the UI falls back to the source strings)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed.clear()

    def _load(self, app: QCoreApplication, directory: Path, name: str) -> bool:
        translator = QTranslator(app)
        if not translator.load(name, str(directory)):
            return False
        app.installTranslator(translator)
        self._installed.append(translator)
        return True
