"""Money as printed: `1.000.000 đồng` and the amount in words, checked against an independent reader."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.money import format_vnd, number_in_words, vnd_in_words

_DIGIT = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
          "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}


def _read_group(words: list[str]) -> int:
    """Read 0–999 from words, the way a person would, independently of the writer."""
    value = 0
    i = 0
    if len(words) >= 2 and words[1] == "trăm":
        value += 100 * _DIGIT[words[0]]
        i = 2
    rest = words[i:]
    if rest[:1] == ["linh"] or rest[:1] == ["lẻ"]:
        return value + _DIGIT[rest[1]]
    if rest[:1] == ["mười"]:
        return value + 10 + (_DIGIT[rest[1]] if len(rest) > 1 else 0)
    if len(rest) >= 2 and rest[1] == "mươi":
        return value + 10 * _DIGIT[rest[0]] + (_DIGIT[rest[2]] if len(rest) > 2 else 0)
    if rest:
        return value + _DIGIT[rest[0]]
    return value


def _read_below_billion(words: list[str]) -> int:
    total = 0
    for scale, name in ((1_000_000, "triệu"), (1_000, "nghìn")):
        if name in words:
            at = words.index(name)
            total += _read_group(words[:at]) * scale
            words = words[at + 1:]
    return total + (_read_group(words) if words else 0)


def read_words(text: str) -> int:
    words = text.lower().removesuffix(" đồng").split()
    if words == ["không"]:
        return 0
    if "tỷ" in words:
        at = len(words) - 1 - words[::-1].index("tỷ")
        return read_words(" ".join(words[:at])) * 1_000_000_000 + _read_below_billion(words[at + 1:])
    return _read_below_billion(words)


@pytest.mark.parametrize(("amount", "words"), [
    (0, "Không đồng"),
    (5, "Năm đồng"),
    (10, "Mười đồng"),
    (15, "Mười lăm đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi tư đồng"),
    (25, "Hai mươi lăm đồng"),
    (14, "Mười bốn đồng"),
    (11, "Mười một đồng"),
    (105, "Một trăm linh năm đồng"),
    (1_005, "Một nghìn không trăm linh năm đồng"),
    (8_000, "Tám nghìn đồng"),
    (200_000, "Hai trăm nghìn đồng"),
    (1_250_000, "Một triệu hai trăm năm mươi nghìn đồng"),
    (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
    (2_000_001, "Hai triệu không trăm linh một đồng"),
    (1_000_000_000, "Một tỷ đồng"),
    (15_000_000_000_000, "Mười lăm nghìn tỷ đồng"),
])
def test_amounts_in_words(amount: int, words: str) -> None:
    assert vnd_in_words(amount) == words


def test_southern_variants() -> None:
    assert vnd_in_words(1_005, zero_tens="lẻ", thousand="ngàn") == "Một ngàn không trăm lẻ năm đồng"


def test_format_vnd() -> None:
    assert format_vnd(1_000_000) == "1.000.000 đồng"
    assert format_vnd(0) == "0 đồng"
    assert format_vnd(999) == "999 đồng"
    assert format_vnd(-25_000) == "-25.000 đồng"
    assert format_vnd(8_000, unit="") == "8.000"


@pytest.mark.parametrize("bad", [1.5, True, "1000", None])
def test_only_whole_dong(bad: object) -> None:
    with pytest.raises(TypeError):
        format_vnd(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        vnd_in_words(bad)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=10**21))
def test_words_read_back_to_the_amount(amount: int) -> None:
    assert read_words(vnd_in_words(amount)) == amount


@given(st.integers(min_value=1, max_value=10**15))
def test_vietnamese_reading_rules(amount: int) -> None:
    text = number_in_words(amount)
    assert "mươi một" not in text  # 21 is "hai mươi mốt"
    assert "mươi năm" not in text and "mười năm" not in text  # 25 is "hai mươi lăm", 15 "mười lăm"
    assert "mươi bốn" not in text  # 24 is "hai mươi tư"
    assert "mười mốt" not in text and "mười tư" not in text and "linh mốt" not in text
    assert "một mươi" not in text and "không mươi" not in text
    assert not text.startswith("không")
    assert "  " not in text


@given(st.integers(min_value=-10**18, max_value=10**18))
def test_format_vnd_groups_of_three(amount: int) -> None:
    text = format_vnd(amount)
    assert text.endswith(" đồng")
    digits = text.removesuffix(" đồng")
    assert re.fullmatch(r"-?\d{1,3}(\.\d{3})*", digits)
    assert int(digits.replace(".", "")) == amount
