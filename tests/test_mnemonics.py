"""Alt+letter shortcuts: on every form an official fills, each letter leads to one place and can be typed.

Two labels sharing a letter make Alt+letter jump to the first of them and never reach the other (the
first-run wizard's "&Tên đăng nhập" took Alt+T from the "&Tiếp" button, so Next could not be pressed
from the keyboard on that page). A letter with a diacritic cannot be typed with Alt on the keyboards the
desks use (Vietnamese is typed through an input method over a US layout).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desktop.first_run import FirstRunWizard
from desktop.i18n import LanguageSwitcher
from desktop.login import LoginDialog
from desktop.services import AppServices
from desktop.settings_dialog import SettingsDialog

_MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), widget.objectName() or widget.text()))
        elif isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
            found.append((text, widget.objectName() or text))
    return found


def clashes(root: QWidget) -> list[str]:
    """The problems on what `root` shows now: shared letters and letters that cannot be typed."""
    return _clashes_in(_visible_texts(root))


def _clashes_in(texts: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    problems: list[str] = []
    for text, _name in texts:
        letter = _mnemonic(text)
        if letter is None:
            continue
        if not (letter.isascii() and letter.isalnum()):
            problems.append(f"Alt+{letter} cannot be typed: {text!r}")
        by_letter[letter].append(text)
    problems += [f"Alt+{letter} is shared by {texts}" for letter, texts in by_letter.items() if len(texts) > 1]
    return problems


def test_the_checker_finds_a_shared_and_an_untypeable_letter(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QPushButton

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    for text in ("&Tên", "Địa chỉ c&ổng"):
        label = QLabel(text, form)
        field = QLineEdit(form)
        label.setBuddy(field)
        layout.addRow(label, field)
    layout.addRow(QPushButton("&Tiếp", form))
    form.show()
    assert sorted(clashes(form)) == ["Alt+t is shared by ['&Tên', '&Tiếp']",
                                     "Alt+ổ cannot be typed: 'Địa chỉ c&ổng'"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_of_the_first_run_wizard(qtbot: QtBot, gui_services: AppServices, switcher: LanguageSwitcher,
                                            language: str) -> None:
    assert switcher.apply(language)
    wizard = FirstRunWizard(gui_services)
    qtbot.addWidget(wizard)
    wizard.show()
    seen = 0
    while True:
        assert clashes(wizard) == [], wizard.currentPage().title()
        seen += 1
        if wizard.currentPage().nextId() == -1:
            break
        page = wizard.currentPage()
        # Fill just enough for Next; the values themselves are tested in test_login_first_run.
        for field, value in (("agencyCode", "000.00.12.H49"), ("adminName", "Lê Thị Lan"),
                             ("adminPassword", "mat-khau-dai"), ("adminRepeat", "mat-khau-dai")):
            line = page.findChild(QLineEdit, field)
            if line is not None:
                line.setText(value)
        wizard.next()
        assert wizard.currentPage() is not page, page.title()
    assert seen == len(wizard.pageIds())
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_settings_dialog_and_the_sign_in(qtbot: QtBot, gui_services: AppServices, switcher: LanguageSwitcher,
                                             language: str) -> None:
    assert switcher.apply(language)
    for dialog in (SettingsDialog(gui_services), LoginDialog(gui_services)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert clashes(dialog) == [], type(dialog).__name__


def _menu_titles(window: QWidget) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    return [(action.text(), "menu") for action in window.menuBar().actions() if action.isVisible()]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_of_the_main_window_with_its_menu_bar(qtbot: QtBot, gui_services: AppServices,
                                                         switcher: LanguageSwitcher, language: str) -> None:
    from desktop import main_window as mw
    from sync.accounts import Official, Role

    assert switcher.apply(language)
    gui_services.set_official(Official("lan", "Nguyễn Thị Lan", Role.ADMIN))
    window = mw.MainWindow(gui_services, switcher=switcher)
    qtbot.addWidget(window)
    window.set_language(language)  # the window starts in the desk's saved language
    window.show()
    problems: dict[str, list[str]] = {}
    for spec in mw.PAGES:
        window.show_page_key(spec.key)
        page = window.pages.currentWidget()
        assert page is not None
        problems[spec.key] = _clashes_in(_visible_texts(page) + _menu_titles(window))
    assert problems == {spec.key: [] for spec in mw.PAGES}
