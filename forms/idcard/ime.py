"""Recognise a payload typed by a keyboard-mode scanner through a Vietnamese input method, and undo it.

A USB scanner in keyboard mode "types" the QR text. Scanners sold for ID cards often type Vietnamese letters
as Telex or VNI keystrokes ("Nguyeenx", "Nguye64n") and rely on Unikey/EVKey to compose them; with the input
method off, or set to the other method, the keystrokes stay in the text. With VNI the digits 1–9 are tone
keys, so digits typed after a vowel are swallowed: the ID number or a date comes out short.

Evidence, from strongest to weakest:
- a word that is not Vietnamese but whose keystrokes compose into a Vietnamese syllable with a shape key
  (â ê ô ă ơ ư đ: "Thoon", "Vawn", "Va8n"), or with two or more keys;
- a word that composes with a single tone key ("Xax" → "Xã"): an English word could do that ("Max"), so it
  counts only together with other evidence;
- numeric fields shorter than their shape (an ID number of 10–11 digits, a date of 6–7 digits).

Repair composes the keystrokes back. It is offered, never applied silently: `parse_idcard` always raises,
and `certain_repair` returns a card only when no information was lost (no swallowed digit), every
suspicious word composed into a syllable, the tone position is not a matter of spelling style (Hòa/Hoà),
and the repaired card passes every check, including the ID number's century/sex digit against the sex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from forms.i18n import N_
from forms.idcard.errors import IdField, ImeMangledError
from forms.idcard.payload import Shape, digits_only, sex_word, shape
from forms.idcard.syllables import WORD, Composition, Method, compose, is_syllable


@dataclass(frozen=True)
class Artefact:
    field_index: int
    word: str
    method: Method
    composition: Composition

    @property
    def strong(self) -> bool:
        return self.composition.shape_keys > 0 or self.composition.keys >= 2


@dataclass
class Diagnosis:
    artefacts: list[Artefact] = field(default_factory=list)
    short_numbers: list[tuple[IdField, int]] = field(default_factory=list)  # (field, digits found)

    @property
    def mangled(self) -> bool:
        strong = sum(a.strong for a in self.artefacts)
        weak = len(self.artefacts) - strong
        shorts = len(self.short_numbers)
        return strong >= 1 or weak >= 2 or (weak >= 1 and shorts >= 1) or shorts >= 2

    @property
    def method(self) -> str:
        methods = {a.method for a in self.artefacts}
        if not methods:
            return "vni" if self.short_numbers else ""
        if methods == {Method.TELEX}:
            return "telex"
        if methods == {Method.VNI}:
            return "vni"
        return ""

    def error(self) -> ImeMangledError:
        evidence: list[str] = []
        methods = {a.method for a in self.artefacts}
        if Method.TELEX in methods:
            evidence.append(N_("chữ còn phím dấu Telex như aa, ee, oo, dd, w, s/f/r/x/j"))
        if Method.VNI in methods:
            evidence.append(N_("chữ lẫn phím dấu VNI (chữ số 1–9)"))
        for id_field, count in self.short_numbers:
            if id_field is IdField.ID_NUMBER:
                evidence.append(N_("số định danh chỉ có {n}/12 chữ số").format(n=count))
            else:
                evidence.append(N_("một ngày chỉ có {n}/8 chữ số").format(n=count))
        # The whole payload went through the input method: no single field is to blame.
        return ImeMangledError(IdField.PAYLOAD, self.method, "; ".join(evidence))


def _artefacts_in(index: int, value: str) -> list[Artefact]:
    found: list[Artefact] = []
    for match in WORD.finditer(value):
        word = match.group(0)
        if "'" in word or "’" in word or is_syllable(word) or not word[0].isalpha():
            continue
        has_digit = any("0" <= ch <= "9" for ch in word)
        method = Method.VNI if has_digit else Method.TELEX
        composed = compose(word, method)
        if composed.keys and composed.text != word and is_syllable(composed.text):
            found.append(Artefact(index, word, method, composed))
    return found


def diagnose(fields: list[str]) -> Diagnosis:
    """What in these fields points to an input method having rewritten the scan."""
    diagnosis = Diagnosis()
    for index, value in enumerate(fields):
        kind = shape(value)
        if kind is Shape.DIGITS:
            digits = len(digits_only(value))
            if index == 0 and 10 <= digits <= 11:
                diagnosis.short_numbers.append((IdField.ID_NUMBER, digits))
            elif index > 0 and 6 <= digits <= 7:
                diagnosis.short_numbers.append((IdField.BIRTH_DATE, digits))
        elif kind in (Shape.TEXT, Shape.CODE):
            diagnosis.artefacts.extend(_artefacts_in(index, value))
    return diagnosis


def check(fields: list[str]) -> None:
    diagnosis = diagnose(fields)
    if diagnosis.mangled:
        raise diagnosis.error()


def recompose(fields: list[str], method: Method, *, allow_style_guess: bool = False) -> list[str] | None:
    """The fields with every suspicious word composed by `method`; None when a word cannot be.

    Without `allow_style_guess`, a word whose tone position is a matter of spelling style is a guess: None.
    """
    diagnosis = diagnose(fields)
    if diagnosis.short_numbers:
        return None  # swallowed digits are lost: nothing to compose them back from
    out = list(fields)
    if any(artefact.method is not method for artefact in diagnosis.artefacts):
        return None
    for index, value in enumerate(fields):
        if shape(value) not in (Shape.TEXT, Shape.CODE):
            continue
        pieces: list[str] = []
        last = 0
        for match in WORD.finditer(value):
            pieces.append(value[last:match.start()])
            last = match.end()
            word = _compose_word(match.group(0), method, allow_style_guess)
            if word is None:
                return None
            pieces.append(word)
        pieces.append(value[last:])
        out[index] = "".join(pieces)
    if out == fields:
        return None
    # The sex word must come out whole: a card says Nam or Nữ.
    if not any(sex_word(value) for value in out):
        return None
    return out


def _compose_word(word: str, method: Method, allow_style_guess: bool) -> str | None:
    """The word as the input method would have composed it; None when that is uncertain."""
    parts = re.split(r"(['’])", word)
    out: list[str] = []
    for part in parts:
        if part in ("'", "’") or is_syllable(part):
            out.append(part)
            continue
        composed = compose(part, method)
        if not composed.keys or composed.text == part:
            out.append(part)
            continue
        # "M'gar" is a place name, yet "gar" composes into "gả": inside such names no change is certain.
        if len(parts) > 1 or not is_syllable(composed.text) or (composed.ambiguous and not allow_style_guess):
            return None
        out.append(composed.text)
    return "".join(out)
