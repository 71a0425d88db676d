"""Keyboard-wedge USB scanners: recognise a scan burst anywhere in the app and take it away from the field.

A cheap USB scanner in keyboard mode "types" the QR payload, 2–10 ms per key, then Enter (or Tab). A person
types at 50 ms per key or slower. `KeyboardWedge` is an event filter on the QApplication:

- every printable key press on the focused widget is *held* (not delivered) for at most `max_gap_ms`;
- if the next key arrives within `max_gap_ms`, it joins the burst; otherwise the held keys are *replayed*
  to the widget that should have had them, in order, as if nothing happened (a person's first key after a
  pause reaches the field ≈ 30 ms late — below what anyone notices);
- a burst of at least `min_length` characters that ends with Enter/Tab (or with silence) is a scan: the
  focused field never sees it, and `payload_scanned(text, "keyboard")` is emitted.

What a Vietnamese input method did is kept, not hidden: Unikey/EVKey re-compose letters by sending
Backspace and the new letter; backspaces inside a burst are applied to the text (that is what the official
would have seen in a field) and counted, and IBus/Fcitx commits (QInputMethodEvent) are taken as text. The
text and the timing go to the ID-card parser (forms.idcard), which recognises Telex/VNI artefacts and says
what to do; `WedgeScan.ime_suspected` tells the screen that an input method was active during the scan.

Never captured: key auto-repeat (a held key repeats every ≈ 30 ms), keys with Ctrl/Alt/Meta, and anything
typed into a password field or a widget with the dynamic property `motcua_wedge_ignore` set to true (a
password manager's auto-type is as fast as a scanner).

Timing: by default a monotonic clock read when the event is handled; tests inject their own clock. The GUI
thread never blocks long (ARCHITECTURE.md), so a person's keys are never queued up into a burst.
"""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

log = logging.getLogger(__name__)

SOURCE_KEYBOARD = "keyboard"
IGNORE_PROPERTY = "motcua_wedge_ignore"

_TERMINATORS = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab"}
# A scanner whose Enter comes after the silence that ended its scan: swallowed if it comes this soon.
_LATE_TERMINATOR_MS = 250.0
_CHORD_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier)


@dataclass(frozen=True)
class WedgeTiming:
    """Thresholds; the defaults separate 2–10 ms scanners from ≥ 50 ms people with margin on both sides."""

    max_gap_ms: float = 30.0  # longest pause between two keys of one burst
    min_length: int = 8  # shortest text that counts as a scan (an ID-card payload is ~100 characters)


@dataclass(frozen=True)
class WedgeScan:
    """One captured burst, for the ID-card parser and for diagnosis (never logged: `text` is citizen data)."""

    text: str  # what the app received, backspaces applied; input-method artefacts left as they are
    keys: int  # key presses and input-method commits in the burst, backspaces included
    backspaces: int  # erasures inside the burst: Unikey/EVKey re-composing a letter
    ime_commits: int  # QInputMethodEvent commits inside the burst (IBus/Fcitx)
    median_gap_ms: float
    max_gap_ms: float
    duration_ms: float
    terminator: str  # "enter", "tab" or "idle"

    @property
    def ime_suspected(self) -> bool:
        """A Vietnamese input method was composing while the scanner typed."""
        return self.backspaces > 0 or self.ime_commits > 0


@dataclass
class _Held:
    """A swallowed event, copied (Qt deletes the original after delivery) so it can be replayed."""

    target: QObject
    event_type: QEvent.Type
    key: int = 0
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    text: str = ""
    autorepeat: bool = False
    count: int = 1
    preedit: str = ""
    commit: str = ""
    replace_from: int = 0
    replace_length: int = 0

    def rebuild(self) -> QEvent:
        if self.event_type == QEvent.Type.InputMethod:
            event = QInputMethodEvent(self.preedit, [])
            event.setCommitString(self.commit, self.replace_from, self.replace_length)
            return event
        return QKeyEvent(self.event_type, self.key, self.modifiers, self.text, self.autorepeat, self.count)


@dataclass
class _Burst:
    held: list[_Held] = field(default_factory=list)
    chars: list[str] = field(default_factory=list)
    stamps: list[float] = field(default_factory=list)
    keys: int = 0
    backspaces: int = 0
    ime_commits: int = 0
    pressed: set[int] = field(default_factory=set)

    @property
    def last(self) -> float | None:
        return self.stamps[-1] if self.stamps else None


def _monotonic_ms() -> float:
    return time.monotonic() * 1000


def _printable(text: str) -> bool:
    return bool(text) and all(ch.isprintable() for ch in text)


class KeyboardWedge(QObject):
    """The application-wide scan-burst detector. Create one, `install()` it, connect `payload_scanned`.

    Signals:
        payload_scanned(text: str, source: str) — source is always "keyboard";
        scan_captured(scan: WedgeScan) — the same scan with its timing and input-method evidence.
    """

    payload_scanned = Signal(str, str)
    scan_captured = Signal(object)

    def __init__(self, parent: QObject | None = None, *, timing: WedgeTiming | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        super().__init__(parent)
        self.timing = timing or WedgeTiming()
        self._clock = clock or _monotonic_ms
        self._enabled = True
        self._replaying = False
        self._burst = _Burst()
        self._release_after_scan: set[int] = set()
        self._idle_scan_at: float | None = None  # when a scan last ended by silence (its Enter may be late)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, round(self.timing.max_gap_ms)))
        self._timer.timeout.connect(self._on_silence)
        self._installed_on: QCoreApplication | None = None

    # -- public -----------------------------------------------------------------------------------------
    def install(self, app: QCoreApplication | None = None) -> None:
        target = app or QCoreApplication.instance()
        if target is None:
            raise RuntimeError("KeyboardWedge.install() needs a QApplication")
        target.installEventFilter(self)
        self._installed_on = target

    def is_installed(self) -> bool:
        return self._installed_on is not None

    def uninstall(self) -> None:
        self.flush()
        if self._installed_on is not None and shiboken6.isValid(self._installed_on):
            self._installed_on.removeEventFilter(self)
        self._installed_on = None

    def set_enabled(self, enabled: bool) -> None:
        if not enabled:
            self.flush()
        self._enabled = enabled

    def is_enabled(self) -> bool:
        return self._enabled

    def flush(self) -> None:
        """End the pending burst now: a scan if it is long enough, otherwise its keys go to their field."""
        self._finish("idle")

    def pending(self) -> bool:
        return bool(self._burst.held)

    # -- the filter -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod):
            return False
        if self._replaying or not self._enabled or not self._is_focus_target(watched):
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._on_release(watched, event)  # type: ignore[arg-type]
        if self._excluded(watched):
            self.flush()
            return False
        now = self._clock()
        last = self._burst.last
        fast = last is not None and now - last <= self.timing.max_gap_ms
        if kind == QEvent.Type.InputMethod:
            return self._on_input_method(watched, event, now, fast)  # type: ignore[arg-type]
        return self._on_press(watched, event, now, fast)  # type: ignore[arg-type]

    def _is_focus_target(self, watched: QObject) -> bool:
        # A key event ignored by a widget is offered again to its parents: handle it only once, where Qt
        # first delivers it — the focus widget (or a window when nothing has focus).
        if not watched.isWidgetType():
            return False
        focus = QApplication.focusWidget()
        if focus is not None:
            return watched is focus
        return isinstance(watched, QWidget) and watched.isWindow()

    @staticmethod
    def _excluded(widget: QObject) -> bool:
        if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
            return True
        return bool(widget.property(IGNORE_PROPERTY))

    def _on_press(self, watched: QObject, event: QKeyEvent, now: float, fast: bool) -> bool:
        key = event.key()
        burst = self._burst
        chord = bool(event.modifiers() & _CHORD_MODIFIERS) and not (
            key == Qt.Key.Key_unknown and _printable(event.text()) and not event.text().isascii()
        )  # Windows Alt+numpad codes arrive as an unknown key with the composed letter: that is text
        self._release_after_scan.discard(key)  # a new press: its release is a person's again
        if event.isAutoRepeat() or chord:
            self.flush()
            return False
        if key in _TERMINATORS:
            if burst.held and fast and len(burst.chars) >= self.timing.min_length:
                self._finish(_TERMINATORS[Qt.Key(key)])
                self._release_after_scan.add(key)
                return True
            late = self._idle_scan_at
            self.flush()
            if not burst.held and late is not None and now - late <= _LATE_TERMINATOR_MS:
                # The scan already ended by silence; this is its terminator, late. Keep it from the field.
                self._idle_scan_at = None
                self._release_after_scan.add(key)
                return True
            return False
        if key == Qt.Key.Key_Backspace:
            if burst.held and fast:
                self._hold(watched, event, now)
                if burst.chars:
                    burst.chars.pop()
                burst.backspaces += 1
                return True
            self.flush()
            return False
        text = event.text()
        if not _printable(text):
            self.flush()
            return False
        if burst.held and not fast:
            self.flush()
        self._hold(watched, event, now)
        self._burst.chars.extend(text)
        return True

    def _on_input_method(self, watched: QObject, event: QInputMethodEvent, now: float, fast: bool) -> bool:
        commit = event.commitString()
        burst = self._burst
        if not commit:
            if burst.held:  # a pre-edit update inside a burst stays with the burst
                self._hold_input_method(watched, event)
                return True
            return False
        if burst.held and not fast:
            self.flush()
        burst = self._burst
        start, length = event.replacementStart(), event.replacementLength()
        if start < 0 and length > 0:  # the commit replaces letters already typed (a re-composition)
            drop = min(-start, len(burst.chars))
            del burst.chars[len(burst.chars) - drop:]
        self._hold_input_method(watched, event)
        burst.stamps.append(now)
        burst.keys += 1
        burst.ime_commits += 1
        burst.chars.extend(commit)
        self._timer.start()
        return True

    def _on_release(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if self._burst.held:
            self._burst.held.append(_Held(watched, QEvent.Type.KeyRelease, key, event.modifiers(), event.text(),
                                          event.isAutoRepeat(), event.count()))
            return True
        if key in self._release_after_scan:  # the scanner's own key-ups after its scan was taken
            self._release_after_scan.discard(key)
            return True
        return False

    def _hold(self, watched: QObject, event: QKeyEvent, now: float) -> None:
        burst = self._burst
        if not burst.held:
            self._release_after_scan.clear()
        burst.held.append(_Held(watched, QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text(),
                                event.isAutoRepeat(), event.count()))
        burst.stamps.append(now)
        burst.keys += 1
        burst.pressed.add(event.key())
        self._timer.start()

    def _hold_input_method(self, watched: QObject, event: QInputMethodEvent) -> None:
        self._burst.held.append(_Held(watched, QEvent.Type.InputMethod, preedit=event.preeditString(),
                                      commit=event.commitString(), replace_from=event.replacementStart(),
                                      replace_length=event.replacementLength()))

    # -- end of a burst ---------------------------------------------------------------------------------
    def _on_silence(self) -> None:
        self._finish("idle")

    def _finish(self, terminator: str) -> None:
        self._timer.stop()
        burst, self._burst = self._burst, _Burst()
        self._idle_scan_at = None
        if not burst.held:
            return
        text = "".join(burst.chars)
        if len(text) >= self.timing.min_length:
            gaps = [b - a for a, b in zip(burst.stamps, burst.stamps[1:], strict=False)] or [0.0]
            scan = WedgeScan(
                text=text, keys=burst.keys, backspaces=burst.backspaces, ime_commits=burst.ime_commits,
                median_gap_ms=statistics.median(gaps), max_gap_ms=max(gaps),
                duration_ms=burst.stamps[-1] - burst.stamps[0], terminator=terminator,
            )
            self._release_after_scan |= burst.pressed
            if terminator == "idle":
                self._idle_scan_at = burst.stamps[-1]
            log.info("keyboard scan: %d keys, %d backspaces, %d IME commits, ended by %s",
                     scan.keys, scan.backspaces, scan.ime_commits, terminator)
            self.scan_captured.emit(scan)
            self.payload_scanned.emit(text, SOURCE_KEYBOARD)
            return
        self._replay(burst.held)

    def _replay(self, held: list[_Held]) -> None:
        self._replaying = True
        try:
            for item in held:
                target: QObject | None = item.target if shiboken6.isValid(item.target) else None
                if target is None:
                    target = QApplication.focusWidget()
                if target is None:
                    continue
                QCoreApplication.sendEvent(target, item.rebuild())
        finally:
            self._replaying = False
