"""Vietnamese syllables, and what the Telex and VNI input methods compose from keystrokes.

The ID-card parser needs both to recognise a payload typed through a Vietnamese input method: a word such as
"Nguyeenx" (Telex) or "Nguye64n" (VNI) is not a Vietnamese syllable, but composing its keystrokes gives one
("Nguyễn"). Genuine words on a card — including Central Highlands names such as "Ksor" or "Cư Jút" — either
are not changed by composition or do not compose into a syllable, which keeps false alarms rare.

This is a model of Unikey/EVKey's behaviour that is good enough for detection, not a full input method.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import IntEnum

CIRCUMFLEX = "\u0302"
BREVE = "\u0306"
HORN = "\u031b"
_SHAPES = (CIRCUMFLEX, BREVE, HORN)


class Tone(IntEnum):
    LEVEL = 0  # thanh ngang
    ACUTE = 1  # sắc
    GRAVE = 2  # huyền
    HOOK = 3  # hỏi
    TILDE = 4  # ngã
    DOT = 5  # nặng


_TONE_MARKS = {
    Tone.ACUTE: "\u0301", Tone.GRAVE: "\u0300", Tone.HOOK: "\u0309", Tone.TILDE: "\u0303", Tone.DOT: "\u0323",
}
_MARK_TONES = {mark: tone for tone, mark in _TONE_MARKS.items()}

VOWELS = frozenset("aeiouy")

_ONSETS = (
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)

# Every rhyme (vowel nucleus with its medial and final) of standard Vietnamese, written without tone.
_RHYMES_TEXT = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu
iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot ooc oong
oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăt
oe oen oeo oet
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut
uân uâng uât uây
uê uêch uênh
uôc uôi uôm uôn uông uôt
uơ
uy uya uych uyên uyêt uynh uyp uyt uyu uyn
ư ưa ưc ưi ưm ưn ưng ưt ưu
ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
"""
_RHYMES = frozenset(unicodedata.normalize("NFC", rhyme) for rhyme in _RHYMES_TEXT.split())

# A syllable closed by a stop consonant only takes the rising or the heavy tone (học, các — never *hoc̀).
_STOP_CODAS = ("c", "ch", "p", "t")


@dataclass(frozen=True)
class Letter:
    base: str  # one lower-case ASCII letter or digit, or any other character kept as is
    shape: str = ""  # CIRCUMFLEX, BREVE, HORN, or "đ" for the stroked d
    upper: bool = False

    @property
    def is_vowel(self) -> bool:
        return self.base in VOWELS

    def render(self, tone: Tone = Tone.LEVEL) -> str:
        mark = _TONE_MARKS[tone] if tone else ""
        text = "đ" if self.shape == "đ" else unicodedata.normalize("NFC", self.base + self.shape + mark)
        return text.upper() if self.upper else text


def split_letter(char: str) -> tuple[Letter, Tone]:
    """One character as a letter with its shape, and the tone it carries."""
    if char in ("đ", "Đ"):
        return Letter("d", "đ", char == "Đ"), Tone.LEVEL
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[:1], decomposed[1:]
    lower = base.lower()
    if len(lower) != 1 or not ("a" <= lower <= "z"):
        return Letter(char), Tone.LEVEL
    shape = ""
    tone = Tone.LEVEL
    for mark in marks:
        if mark in _SHAPES and lower in VOWELS:
            shape = mark
        elif mark in _MARK_TONES and lower in VOWELS:
            tone = _MARK_TONES[mark]
        else:
            return Letter(char), Tone.LEVEL
    return Letter(lower, shape, base != lower), tone


def _plain(letters: list[Letter]) -> str:
    return "".join(letter.render() for letter in letters).lower()


def _cluster(letters: list[Letter]) -> tuple[int, int]:
    """Start and end (exclusive) of the vowel nucleus, after the onset's own u (qu) or i (gi)."""
    start = 0
    while start < len(letters) and not letters[start].is_vowel:
        start += 1
    if start >= len(letters):
        return start, start
    if start > 0 and not letters[start].shape:
        onset = letters[start - 1].base
        nxt = letters[start + 1] if start + 1 < len(letters) else None
        if nxt is not None and nxt.is_vowel and (
            (onset == "q" and letters[start].base == "u") or (onset == "g" and letters[start].base == "i")
        ):
            start += 1
    end = start
    while end < len(letters) and letters[end].is_vowel:
        end += 1
    # A later vowel run (not Vietnamese anyway) takes the marks, as an input method would.
    later = end
    while later < len(letters):
        if letters[later].is_vowel:
            start = later
            end = later
            while end < len(letters) and letters[end].is_vowel:
                end += 1
            later = end
        else:
            later += 1
    return start, end


def tone_position(letters: list[Letter]) -> tuple[int | None, bool]:
    """Where the tone mark goes (old-style placement, as on ID cards: Hòa, Thủy) and whether it is ambiguous.

    Ambiguous means the new-style placement differs (Hoà, Thuỷ): a repair there would be a guess.
    """
    start, end = _cluster(letters)
    if start >= end:
        return None, False
    shaped = [i for i in range(start, end) if letters[i].shape]
    if shaped:
        return shaped[-1], False
    size = end - start
    if size == 1:
        return start, False
    if end < len(letters):  # a final consonant follows
        return end - 1, False
    if size >= 3:
        return start + 1, False
    pair = letters[start].base + letters[end - 1].base
    return start, pair in ("oa", "oe", "uy")


def render(letters: list[Letter], tone: Tone) -> str:
    position, _ = tone_position(letters) if tone else (None, False)
    return "".join(letter.render(tone if i == position else Tone.LEVEL) for i, letter in enumerate(letters))


def parse_word(word: str) -> tuple[list[Letter], Tone, int]:
    """Letters of a word, its tone, and how many tone marks it carried (more than one: not a syllable)."""
    letters: list[Letter] = []
    tone = Tone.LEVEL
    marks = 0
    for char in unicodedata.normalize("NFC", word):
        letter, char_tone = split_letter(char)
        letters.append(letter)
        if char_tone:
            tone = char_tone
            marks += 1
    return letters, tone, marks


def is_syllable(word: str) -> bool:
    """True for one well-formed Vietnamese syllable (any case, NFC or NFD), e.g. "Nguyễn", "khuya", "gì"."""
    letters, tone, marks = parse_word(word)
    if not letters or marks > 1:
        return False
    plain = _plain(letters)
    for onset in _ONSETS:
        if not plain.startswith(onset):
            continue
        rhyme = plain[len(onset):]
        if onset == "gi" and rhyme == "":
            rhyme = "i"
        if onset == "qu" and rhyme.startswith("u"):
            continue
        if rhyme in _RHYMES:
            if rhyme.endswith(_STOP_CODAS) and tone not in (Tone.ACUTE, Tone.DOT):
                continue
            return True
    return False


class Method(IntEnum):
    TELEX = 1
    VNI = 2


_TONE_KEYS = {
    Method.TELEX: {"s": Tone.ACUTE, "f": Tone.GRAVE, "r": Tone.HOOK, "x": Tone.TILDE, "j": Tone.DOT},
    Method.VNI: {"1": Tone.ACUTE, "2": Tone.GRAVE, "3": Tone.HOOK, "4": Tone.TILDE, "5": Tone.DOT},
}


@dataclass(frozen=True)
class Composition:
    text: str
    keys: int  # keystrokes the input method consumed as marks
    shape_keys: int  # of which shape keys (â ê ô ă ơ ư đ), the ones that cannot be a stray letter
    ambiguous: bool  # the tone position is a matter of spelling style (Hòa / Hoà)


def _apply_shape(letters: list[Letter], shape: str, bases: str) -> bool:
    start, end = _cluster(letters)
    for i in range(end - 1, start - 1, -1):
        letter = letters[i]
        if letter.base in bases and letter.shape != shape:
            letters[i] = replace(letter, shape=shape)
            return True
    return False


def _apply_horn(letters: list[Letter]) -> bool:
    start, end = _cluster(letters)
    for i in range(start, end - 1):
        if letters[i].base == "u" and letters[i + 1].base == "o" and letters[i + 1].shape != CIRCUMFLEX:
            if letters[i].shape == HORN and letters[i + 1].shape == HORN:
                return False
            letters[i] = replace(letters[i], shape=HORN)
            letters[i + 1] = replace(letters[i + 1], shape=HORN)
            return True
    return _apply_shape(letters, HORN, "ou")


def compose(word: str, method: Method) -> Composition:
    """What the input method makes of `word` typed as keystrokes (e.g. Telex "Nguyeenx" → "Nguyễn")."""
    letters: list[Letter] = []
    tone = Tone.LEVEL
    keys = shape_keys = 0
    for char in unicodedata.normalize("NFC", word):
        letter, char_tone = split_letter(char)
        key = char.lower()
        has_vowel = any(item.is_vowel for item in letters)
        consumed = shape = False
        if key in _TONE_KEYS[method] and has_vowel:
            tone, consumed = _TONE_KEYS[method][key], True
        elif method is Method.TELEX:
            if key in "aeo" and not letter.shape:
                start, end = _cluster(letters)
                if any(letters[i].base == key and letters[i].shape != CIRCUMFLEX for i in range(start, end)):
                    consumed = shape = _apply_shape(letters, CIRCUMFLEX, key)
            elif key == "w" and has_vowel:
                # Unikey also turns a lone w into ư, but a scanner types ư as "uw"; a word starting with w
                # is a name such as "Y Wang", not a keystroke.
                consumed = shape = _apply_horn(letters) or _apply_shape(letters, BREVE, "a")
            elif key == "d" and letters and letters[0].base == "d" and not letters[0].shape:
                letters[0] = replace(letters[0], shape="đ")
                consumed = shape = True
            elif key == "z" and tone:
                tone, consumed = Tone.LEVEL, True
        else:
            if key == "6":
                consumed = shape = _apply_shape(letters, CIRCUMFLEX, "aeo")
            elif key == "7":
                consumed = shape = _apply_horn(letters)
            elif key == "8":
                consumed = shape = _apply_shape(letters, BREVE, "a")
            elif key == "9" and letters and letters[0].base == "d" and not letters[0].shape:
                letters[0] = replace(letters[0], shape="đ")
                consumed = shape = True
            elif key == "0" and tone:
                tone, consumed = Tone.LEVEL, True
        if consumed:
            keys += 1
            shape_keys += int(shape)
            continue
        letters.append(letter)
        if char_tone:
            tone = char_tone
    _, ambiguous = tone_position(letters) if tone else (None, False)
    return Composition(render(letters, tone), keys, shape_keys, ambiguous)


WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
