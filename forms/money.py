"""Money in Vietnamese, as printed on receipts: `1.000.000 đồng` and the amount in words.

Amounts are whole đồng (`int`), never floats. The words follow the reading used on Vietnamese
accounting documents: groups of three digits; a group of zeros is skipped; every group after the first
non-zero one is read in full ("một triệu không trăm linh năm nghìn"); "linh" (or "lẻ") for a zero tens
digit; "mười" for 10–19 but "mươi" from 20; "mốt" for a final 1 after "mươi", "tư" for a final 4 after
"mươi", "lăm" for a final 5 after "mười"/"mươi"; 10¹² is "nghìn tỷ", 10¹⁸ "tỷ tỷ".
"""

from __future__ import annotations

from typing import Literal

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION = 1_000_000_000


def _check_amount(amount: int) -> None:
    # bool is an int subclass: True đồng is a bug, not an amount.
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError(f"amount must be whole đồng (int), not {type(amount).__name__}")


def format_vnd(amount: int, *, unit: str = "đồng") -> str:
    """`1000000` → `"1.000.000 đồng"` (dot as the thousands separator, as Vietnamese prints money)."""
    _check_amount(amount)
    digits = f"{abs(amount):,}".replace(",", ".")
    sign = "-" if amount < 0 else ""
    return f"{sign}{digits} {unit}" if unit else f"{sign}{digits}"


def _three_digits(number: int, *, full: bool, zero_tens: str) -> list[str]:
    """Words for 0 < number < 1000. `full`: read the hundreds even when zero (a non-leading group)."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if hundreds or full:
                words.append(zero_tens)
            words.append(_DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else _DIGITS[units])
    else:
        words += [_DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, _DIGITS[units]))
    return words


def _below_billion(number: int, *, leading: bool, zero_tens: str, thousand: str) -> list[str]:
    words: list[str] = []
    for scale, name in ((1_000_000, "triệu"), (1_000, thousand), (1, "")):
        group = number // scale % 1000
        if group == 0:
            continue
        words += _three_digits(group, full=not (leading and not words), zero_tens=zero_tens)
        if name:
            words.append(name)
    return words


def _number_words(number: int, *, zero_tens: str, thousand: str) -> list[str]:
    if number < _BILLION:
        return _below_billion(number, leading=True, zero_tens=zero_tens, thousand=thousand)
    high, low = divmod(number, _BILLION)
    words = [*_number_words(high, zero_tens=zero_tens, thousand=thousand), "tỷ"]
    if low:
        words += _below_billion(low, leading=False, zero_tens=zero_tens, thousand=thousand)
    return words


def number_in_words(number: int, *, zero_tens: Literal["linh", "lẻ"] = "linh",
                    thousand: Literal["nghìn", "ngàn"] = "nghìn") -> str:
    """A whole number in Vietnamese words, lower case: `105` → `"một trăm linh năm"`."""
    _check_amount(number)
    if number == 0:
        return "không"
    words = _number_words(abs(number), zero_tens=zero_tens, thousand=thousand)
    return " ".join((["âm"] if number < 0 else []) + words)


def vnd_in_words(amount: int, *, zero_tens: Literal["linh", "lẻ"] = "linh",
                 thousand: Literal["nghìn", "ngàn"] = "nghìn") -> str:
    """`1250000` → `"Một triệu hai trăm năm mươi nghìn đồng"` (capitalised, as written on receipts)."""
    text = f"{number_in_words(amount, zero_tens=zero_tens, thousand=thousand)} đồng"
    return text[0].upper() + text[1:]
