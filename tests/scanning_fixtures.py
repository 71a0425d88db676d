"""Test doubles for the scanning tests: a controllable clock, a typist, and a Unikey-like input method.

`Typist` sends real QKeyEvents through QCoreApplication.sendEvent, so the application's event filters see
them exactly as they see a keyboard's, and advances the fake clock between keys — no sleeping.

`FakeUnikey` models how Unikey/EVKey work on Windows: it watches the keys of the current word and, when a
key is a Telex/VNI mark, it swallows the key and sends Backspace for the letters that change, then the new
letters. Only the rules the tests need are implemented (shape keys and tone keys on the last vowel).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

BACKSPACE = "\b"


@dataclass
class FakeClock:
    now_ms: float = 1000.0

    def __call__(self) -> float:
        return self.now_ms

    def advance(self, ms: float) -> None:
        self.now_ms += ms


def key_code(char: str) -> int:
    if char == BACKSPACE:
        return int(Qt.Key.Key_Backspace)
    if char == "\r":
        return int(Qt.Key.Key_Return)
    if char == "\t":
        return int(Qt.Key.Key_Tab)
    if char == " ":
        return int(Qt.Key.Key_Space)
    if char.isascii():
        return ord(char.upper())
    return int(Qt.Key.Key_unknown)  # a letter sent as Unicode (Alt code / VK_PACKET)


@dataclass
class Typist:
    """Types strokes at a fixed pace into a target widget, advancing `clock` before each key."""

    target: QObject
    clock: FakeClock
    pace_ms: float
    releases: bool = True
    sent: int = 0

    def press(self, char: str, *, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              autorepeat: bool = False) -> None:
        """One key press, then its release."""
        self.clock.advance(self.pace_ms)
        text = "" if char in "\r\t" else char
        code = key_code(char)
        if char.isascii() and char.isupper():
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        press = QKeyEvent(QEvent.Type.KeyPress, code, modifiers, text, autorepeat)
        QCoreApplication.sendEvent(self.target, press)
        if self.releases:
            QCoreApplication.sendEvent(self.target, QKeyEvent(QEvent.Type.KeyRelease, code, modifiers, text))
        self.sent += 1

    def type(self, strokes: str) -> None:
        for char in strokes:
            self.press(char)


_TONES_TELEX = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_TONES_VNI = {"1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323"}


def _base(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0].lower()


def _strip_tone(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _with_mark(char: str, mark: str) -> str:
    """`char` with a tone mark (replacing its tone) or a shape mark (keeping its tone)."""
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    tone = "".join(m for m in marks if m in _TONE_MARKS)
    shape = "".join(m for m in marks if m not in _TONE_MARKS)
    if mark in _TONE_MARKS:
        tone = mark
    else:
        shape = mark
    return unicodedata.normalize("NFC", base + shape + tone)


@dataclass
class FakeUnikey:
    """Turns scanner keystrokes into what the application receives while Unikey is on."""

    method: str  # "telex" or "vni"
    word: list[str] = field(default_factory=list)

    def _last_vowel(self) -> int | None:
        for i in range(len(self.word) - 1, -1, -1):
            if _base(self.word[i]) in "aeiouy":
                return i
        return None

    def _transform(self, key: str) -> list[str] | None:
        word, low = self.word, key.lower()
        vowel = self._last_vowel()
        tones = _TONES_TELEX if self.method == "telex" else _TONES_VNI
        new = list(word)
        if low in tones and vowel is not None:
            new[vowel] = _with_mark(word[vowel], tones[low])
            return new
        if self.method == "telex":
            if low in "aeo" and word and _base(word[-1]) == low and _strip_tone(word[-1]).lower() == low:
                new[-1] = _with_mark(word[-1], "\u0302")
                return new
            if low == "d" and word and word[0].lower() == "d" and len(word) == 1:
                new[0] = "Đ" if word[0].isupper() else "đ"
                return new
            if low == "w" and vowel is not None and _base(word[vowel]) in "aou":
                new[vowel] = _with_mark(word[vowel], "\u0306" if _base(word[vowel]) == "a" else "\u031b")
                return new
        else:
            if low == "6" and vowel is not None and _base(word[vowel]) in "aeo":
                new[vowel] = _with_mark(word[vowel], "\u0302")
                return new
            if low == "7" and vowel is not None and _base(word[vowel]) in "ou":
                new[vowel] = _with_mark(word[vowel], "\u031b")
                return new
            if low == "8" and vowel is not None and _base(word[vowel]) == "a":
                new[vowel] = _with_mark(word[vowel], "\u0306")
                return new
            if low == "9" and word and word[0].lower() == "d":
                new[0] = "Đ" if word[0].isupper() else "đ"
                return new
        return None

    def strokes(self, keys: str) -> str:
        """The keystrokes the application receives (BACKSPACE for each erased letter)."""
        out: list[str] = []
        for key in keys:
            if not key.isalnum():
                self.word = []
                out.append(key)
                continue
            new = self._transform(key)
            if new is None:
                self.word.append(key)
                out.append(key)
                continue
            keep = 0
            while keep < len(self.word) and self.word[keep] == new[keep]:
                keep += 1
            out.extend(BACKSPACE * (len(self.word) - keep))
            out.extend(new[keep:])
            self.word = new
        return "".join(out)


def apply_backspaces(strokes: str) -> str:
    text: list[str] = []
    for char in strokes:
        if char == BACKSPACE:
            if text:
                text.pop()
        else:
            text.append(char)
    return "".join(text)
