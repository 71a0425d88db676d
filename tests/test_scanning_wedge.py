"""The keyboard-wedge detector: scanner bursts are taken from the focused field, people's typing is not.

Keys are real QKeyEvents sent through the application (so the app-wide event filter sees them), with a
fake clock advanced between keys at scanner speed (3–8 ms) or human speed (120 ms): nothing sleeps.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.scanning.wedge import IGNORE_PROPERTY, SOURCE_KEYBOARD, KeyboardWedge, WedgeScan, WedgeTiming
from tests.scanning_fixtures import BACKSPACE, FakeClock, FakeUnikey, Typist, apply_backspaces

CARD = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam|15042021"
# The same card as Telex / VNI keystrokes: what a scanner "types" when it relies on Unikey to compose.
CARD_TELEX = "001090123456|012345678|Nguyeenx Vawn An|01011990|Nam|Thoon 3, Xax Tam Thanh, Tinhr Quangr Nam|15042021"
CARD_VNI = "001090123456|012345678|Nguye64n Va8n An|01011990|Nam|Tho6n 3, Xa4 Tam Thanh, Ti3nh Qua3ng Nam|15042021"


class RecordingLineEdit(QLineEdit):
    """A field that remembers every key event it was given."""

    def __init__(self) -> None:
        super().__init__()
        self.key_events: list[tuple[QEvent.Type, int]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_events.append((event.type(), event.key()))
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.key_events.append((event.type(), event.key()))
        super().keyReleaseEvent(event)


@dataclass
class Desk:
    window: QWidget
    field: RecordingLineEdit
    other: QLineEdit
    wedge: KeyboardWedge
    clock: FakeClock
    scans: list[WedgeScan]
    payloads: list[tuple[str, str]]

    def typist(self, pace_ms: float, target: QWidget | None = None) -> Typist:
        return Typist(target or self.field, self.clock, pace_ms)


@pytest.fixture
def desk(qtbot: QtBot) -> Iterator[Desk]:
    window = QWidget()
    layout = QVBoxLayout(window)
    field, other = RecordingLineEdit(), QLineEdit()
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    clock = FakeClock()
    wedge = KeyboardWedge(clock=clock)
    scans: list[WedgeScan] = []
    payloads: list[tuple[str, str]] = []
    wedge.scan_captured.connect(scans.append)
    wedge.payload_scanned.connect(lambda text, source: payloads.append((text, source)))
    wedge.install()
    yield Desk(window, field, other, wedge, clock, scans, payloads)
    wedge.uninstall()


class ScannerTypist(Typist):
    """A scanner: 3–8 ms between keys, like the real ones."""

    def __init__(self, desk: Desk, seed: int = 1) -> None:
        super().__init__(desk.field, desk.clock, 5.0)
        self._rng = random.Random(seed)

    def press(self, char: str, *, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              autorepeat: bool = False) -> None:
        self.pace_ms = self._rng.uniform(3.0, 8.0)
        super().press(char, modifiers=modifiers, autorepeat=autorepeat)


def test_scan_burst_is_taken_from_the_field(desk: Desk) -> None:
    ScannerTypist(desk).type(CARD + "\r")
    assert desk.payloads == [(CARD, SOURCE_KEYBOARD)]
    assert desk.field.text() == ""
    assert desk.field.key_events == []  # not a key, not a release, not the Enter
    (scan,) = desk.scans
    assert scan.text == CARD and scan.terminator == "enter"
    assert scan.keys == len(CARD) and scan.backspaces == 0 and not scan.ime_suspected
    assert 3.0 <= scan.median_gap_ms <= 8.0 and scan.max_gap_ms <= 8.0
    assert not desk.wedge.pending()


def test_tab_terminator_and_two_scans_in_a_row(desk: Desk) -> None:
    scanner = ScannerTypist(desk)
    scanner.type(CARD + "\t")
    desk.clock.advance(2000)
    scanner.type("079203001234||Lê Thị Ánh|05092003|Nữ|Ấp Mỹ Hòa|20112022\r")
    assert [text for text, _ in desk.payloads] == [CARD, "079203001234||Lê Thị Ánh|05092003|Nữ|Ấp Mỹ Hòa|20112022"]
    assert [scan.terminator for scan in desk.scans] == ["tab", "enter"]
    assert desk.field.text() == "" and desk.field.hasFocus()


def test_scan_without_terminator_ends_by_silence(desk: Desk, qtbot: QtBot) -> None:
    scanner = ScannerTypist(desk)
    scanner.type(CARD)
    assert desk.payloads == [] and desk.wedge.pending()
    qtbot.waitUntil(lambda: bool(desk.payloads), timeout=2000)  # the real silence timer
    assert desk.payloads == [(CARD, SOURCE_KEYBOARD)] and desk.scans[0].terminator == "idle"
    scanner.press("\r")  # a scanner whose Enter comes late: still not the field's
    assert desk.field.key_events == [] and desk.field.text() == ""


def test_person_typing_at_120_ms_reaches_the_field(desk: Desk, qtbot: QtBot) -> None:
    returned: list[str] = []
    desk.field.returnPressed.connect(lambda: returned.append(desk.field.text()))
    desk.typist(120).type("Nguyễn Văn An, Thôn 3\r")
    assert desk.field.text() == "Nguyễn Văn An, Thôn 3"
    assert returned == ["Nguyễn Văn An, Thôn 3"]
    assert desk.payloads == [] and desk.scans == []


def test_a_fast_roll_of_a_few_keys_is_given_back_in_order(desk: Desk, qtbot: QtBot) -> None:
    person = desk.typist(120)
    person.type("An")
    person.pace_ms = 20  # three keys rolled quickly, then a pause
    person.type("h T")
    assert desk.field.text() == "A"  # "n" and the roll after it are held for a moment…
    qtbot.waitUntil(lambda: desk.field.text() == "Anh T", timeout=2000)  # …then given back by the timer
    person.pace_ms = 120
    person.type("uấn")
    qtbot.waitUntil(lambda: desk.field.text() == "Anh Tuấn", timeout=2000)
    assert desk.payloads == []


def test_short_fast_burst_then_enter_goes_to_the_field(desk: Desk) -> None:
    returned: list[str] = []
    desk.field.returnPressed.connect(lambda: returned.append(desk.field.text()))
    ScannerTypist(desk).type("HS-12\r")  # shorter than min_length: not an ID-card scan
    assert desk.field.text() == "HS-12" and returned == ["HS-12"]
    assert desk.payloads == []


def test_telex_keystrokes_with_the_input_method_off_arrive_as_typed(desk: Desk) -> None:
    ScannerTypist(desk).type(CARD_TELEX + "\r")
    assert desk.payloads == [(CARD_TELEX, SOURCE_KEYBOARD)]
    assert desk.field.text() == "" and not desk.scans[0].ime_suspected


@pytest.mark.parametrize(("method", "keystrokes"), [("telex", CARD_TELEX), ("vni", CARD_VNI)])
def test_unikey_composing_during_the_burst(desk: Desk, method: str, keystrokes: str) -> None:
    strokes = FakeUnikey(method).strokes(keystrokes)
    assert BACKSPACE in strokes and apply_backspaces(strokes) == CARD  # the model composes the card
    ScannerTypist(desk).type(strokes + "\r")
    assert desk.payloads == [(CARD, SOURCE_KEYBOARD)]
    (scan,) = desk.scans
    assert scan.backspaces == strokes.count(BACKSPACE) and scan.ime_suspected
    assert desk.field.text() == "" and desk.field.key_events == []


def test_wedge_output_goes_to_the_id_card_parser(desk: Desk) -> None:
    idcard = pytest.importorskip("forms.idcard")
    scanner = ScannerTypist(desk)
    scanner.type(CARD_TELEX + "\r")
    desk.clock.advance(2000)
    scanner.type(CARD_VNI + "\r")
    for (text, _), method in zip(desk.payloads, ("telex", "vni"), strict=True):
        with pytest.raises(idcard.ImeMangledError) as caught:
            idcard.parse_idcard(text)
        assert caught.value.kind == "ime_mangled"
        assert ("Telex" if method == "telex" else "VNI") in str(caught.value)


def test_input_method_commits_are_scan_text(desk: Desk) -> None:
    """IBus/Fcitx deliver composed letters as QInputMethodEvent commits, some replacing earlier letters."""

    def commit(text: str, replace_from: int = 0, replace_length: int = 0) -> None:
        desk.clock.advance(4)
        event = QInputMethodEvent("", [])
        event.setCommitString(text, replace_from, replace_length)
        QCoreApplication.sendEvent(desk.field, event)

    scanner = ScannerTypist(desk)
    scanner.type("001090123456|012345678|Nguy")
    commit("e")
    commit("ê", -1, 1)  # "ee" re-composed into "ê"
    commit("ễ", -1, 1)
    scanner.type("n Văn An|01011990|Nam|Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam|15042021\r")
    assert desk.payloads == [(CARD, SOURCE_KEYBOARD)]
    assert desk.scans[0].ime_commits == 3 and desk.scans[0].ime_suspected
    assert desk.field.text() == ""


def test_password_field_and_opted_out_widgets_are_never_captured(desk: Desk, qtbot: QtBot) -> None:
    desk.field.setEchoMode(QLineEdit.EchoMode.Password)
    ScannerTypist(desk).type("correct-horse-battery\r")  # a password manager's auto-type
    assert desk.field.text() == "correct-horse-battery"
    desk.other.setProperty(IGNORE_PROPERTY, True)
    desk.other.setFocus()
    qtbot.waitUntil(desk.other.hasFocus)
    Typist(desk.other, desk.clock, 4).type(CARD + "\r")
    assert desk.other.text() == CARD
    assert desk.payloads == []


def test_auto_repeat_and_shortcuts_are_not_scans(desk: Desk) -> None:
    person = desk.typist(30)
    person.press("a")
    for _ in range(12):  # holding the key down: repeats every 30 ms
        person.press("a", autorepeat=True)
    desk.wedge.flush()
    assert desk.field.text() == "a" * 13
    person.pace_ms = 4
    person.press("a", modifiers=Qt.KeyboardModifier.ControlModifier)  # Ctrl+A is never held
    assert desk.field.selectedText() == "a" * 13
    assert desk.payloads == []


def test_held_keys_go_back_to_their_own_field_after_focus_moved(desk: Desk) -> None:
    person = desk.typist(120)
    person.type("Mai")
    desk.other.setFocus()
    desk.wedge.flush()
    assert desk.field.text() == "Mai" and desk.other.text() == ""


def test_disabled_wedge_lets_everything_through(desk: Desk) -> None:
    desk.wedge.set_enabled(False)
    ScannerTypist(desk).type(CARD + "\r")
    assert desk.field.text() == CARD and desk.payloads == []


def test_custom_thresholds(qtbot: QtBot) -> None:
    clock = FakeClock()
    wedge = KeyboardWedge(timing=WedgeTiming(max_gap_ms=15, min_length=20), clock=clock)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    got: list[str] = []
    wedge.payload_scanned.connect(lambda text, _source: got.append(text))
    wedge.install()
    try:
        Typist(field, clock, 20).type("slow scanner, 20 ms per key\r")  # slower than 15 ms: not a scan
        assert got == [] and field.text() == "slow scanner, 20 ms per key"
        field.clear()
        Typist(field, clock, 10).type("a scanner at 10 ms per key\r")
        assert got == ["a scanner at 10 ms per key"] and field.text() == ""
    finally:
        wedge.uninstall()


def test_uninstalled_wedge_sees_nothing(desk: Desk) -> None:
    assert desk.wedge.is_installed()
    desk.wedge.uninstall()
    assert not desk.wedge.is_installed()
    ScannerTypist(desk).type(CARD + "\r")
    assert desk.field.text() == CARD and desk.payloads == []
    desk.wedge.install()
    assert desk.wedge.is_installed()
