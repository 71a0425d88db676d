"""Payloads typed by a keyboard-mode scanner through Telex or VNI: recognised, explained, and repaired only
when nothing is guessed."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.idcard import IdCard, IdCardError, ImeMangledError, certain_repair, parse_idcard, repair_candidates
from forms.idcard.syllables import Method, compose, is_syllable
from tests.idcard_fixtures import TODAY, CardData, cards, payload, telex_keys, vni_keys

ADDRESS = "Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam"
CARD = f"001090123456|012345678|Nguyễn Văn An|01011990|Nam|{ADDRESS}|15042021"
FEMALE = f"001190123456|012345678|Trần Thị Hương|01011990|Nữ|{ADDRESS}|15042021"


def mangled(payload_text: str) -> ImeMangledError:
    with pytest.raises(ImeMangledError) as caught:
        parse_idcard(payload_text, today=TODAY)
    return caught.value


# --- the input-method model ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("keys", "method", "expected"),
    [
        ("Nguyeenx", Method.TELEX, "Nguyễn"), ("Vawn", Method.TELEX, "Văn"), ("Ddoongf", Method.TELEX, "Đồng"),
        ("Truowngf", Method.TELEX, "Trường"), ("Nuwx", Method.TELEX, "Nữ"), ("Tinhr", Method.TELEX, "Tỉnh"),
        ("NGUYEENX", Method.TELEX, "NGUYỄN"), ("Hoaf", Method.TELEX, "Hòa"), ("Thuyr", Method.TELEX, "Thủy"),
        ("Nguye64n", Method.VNI, "Nguyễn"), ("Va8n", Method.VNI, "Văn"), ("d9o6ng2", Method.VNI, "đồng"),
        ("Tru7o7ng2", Method.VNI, "Trường"), ("Nu74", Method.VNI, "Nữ"), ("truong72", Method.VNI, "trường"),
    ],
)
def test_composition_follows_the_input_methods(keys: str, method: Method, expected: str) -> None:
    assert compose(keys, method).text == expected


def test_tone_position_that_depends_on_spelling_style_is_flagged_as_ambiguous() -> None:
    assert compose("Hoaf", Method.TELEX).ambiguous
    assert not compose("Hoangf", Method.TELEX).ambiguous
    assert not compose("Nguyeenx", Method.TELEX).ambiguous


@pytest.mark.parametrize("word", ["Nguyễn", "gì", "giữa", "quốc", "khuya", "thuở", "NGUYỄN", "Hòa", "Hoà", "xoong",
                                  unicodedata.normalize("NFD", "Trường")])
def test_vietnamese_syllables(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["Ksor", "Nguyeenx", "Jút", "hoc\u0300", "Mlô", "Êban", "Â", "", "a1", "Times"])
def test_non_syllables(word: str) -> None:
    assert not is_syllable(word)


# --- detection -------------------------------------------------------------------------------------------

def test_telex_keystrokes_in_name_and_address() -> None:
    error = mangled(telex_keys(CARD))
    assert error.method == "telex"
    assert "Telex" in str(error)


def test_vni_keystrokes_in_name_and_address() -> None:
    error = mangled(vni_keys(CARD))
    assert error.method == "vni"
    assert "VNI" in str(error)


def test_vni_swallowing_digits_of_the_id_and_a_date() -> None:
    error = mangled(f"00109012346|012345678|Nguyễn Văn An|0101990|Nam|{ADDRESS}|15042021")
    assert error.method == "vni"
    assert "số định danh chỉ có 11/12 chữ số" in str(error)


def test_a_short_id_number_alone_is_a_plain_field_error() -> None:
    with pytest.raises(IdCardError) as caught:
        parse_idcard(CARD.replace("001090123456", "00109012345"), today=TODAY)
    assert not isinstance(caught.value, ImeMangledError)
    assert caught.value.kind == "format"


def test_telex_sex_word_alone_is_enough() -> None:
    assert mangled(FEMALE.replace("|Nữ|", "|Nuwx|")).method == "telex"


def test_one_stray_tone_letter_is_not_enough_but_two_are() -> None:
    # "Max" could be a name; "Max" plus "Bar" in the address looks like Telex tones.
    one = parse_idcard(CARD.replace("Nguyễn Văn An", "Nguyễn Văn Max"), today=TODAY)
    assert one.full_name == "Nguyễn Văn Max"
    mangled(CARD.replace("Nguyễn Văn An", "Nguyễn Văn Max").replace("Thôn 3", "Thôn Bar"))


def test_one_tone_letter_with_a_short_number_is_enough() -> None:
    mangled(CARD.replace("Nguyễn Văn An", "Nguyễn Văn Max").replace("01011990", "0101990"))


# --- repair -----------------------------------------------------------------------------------------------

def test_telex_payload_is_repaired_with_certainty() -> None:
    repaired = certain_repair(telex_keys(CARD), today=TODAY)
    assert repaired is not None
    assert repaired == parse_idcard(CARD, today=TODAY).__class__(
        **{**parse_idcard(CARD, today=TODAY).__dict__, "raw_payload": telex_keys(CARD)})


def test_vni_payload_is_repaired_with_certainty() -> None:
    repaired = certain_repair(vni_keys(FEMALE), today=TODAY)
    assert repaired is not None
    assert (repaired.full_name, repaired.sex.value, repaired.address) == ("Trần Thị Hương", "Nữ", ADDRESS)


def test_swallowed_digits_are_never_repaired() -> None:
    payload_text = "00109012346|012345678|Nguye64n Va8n An|0101990|Nam|Tho6n 3|15042021"
    assert repair_candidates(payload_text, today=TODAY) == ()
    assert certain_repair(payload_text, today=TODAY) is None


def test_a_style_dependent_tone_is_a_candidate_but_not_certain() -> None:
    text = telex_keys(CARD.replace("Nguyễn Văn An", "Nguyễn Thị Hòa").replace("001090", "001190")
                      .replace("|Nam|", "|Nữ|"))
    candidates = repair_candidates(text, today=TODAY)
    assert [c.full_name for c in candidates] == ["Nguyễn Thị Hòa"]
    assert certain_repair(text, today=TODAY) is None


def test_a_repair_must_pass_the_id_number_checks() -> None:
    # The repaired sex (Nữ) disagrees with the male century digit: no card is offered.
    text = CARD.replace("|Nam|", "|Nuwx|")
    assert repair_candidates(text, today=TODAY) == ()


def test_code_page_garbling_is_repaired() -> None:
    garbled = CARD.encode().decode("latin-1")
    (card,) = repair_candidates(garbled, today=TODAY)
    assert card.full_name == "Nguyễn Văn An"
    assert card.raw_payload == garbled


def test_repair_of_nonsense_offers_nothing() -> None:
    assert repair_candidates(b"\xff", today=TODAY) == ()
    assert repair_candidates("", today=TODAY) == ()
    assert repair_candidates(CARD, today=TODAY) == ()


# --- properties over generated cards ---------------------------------------------------------------------

def _marks(card: CardData) -> tuple[int, int]:
    """(letters with a shape mark, words with a tone) in the fields the scanner would mangle."""
    text = unicodedata.normalize("NFD", " ".join([card.full_name, card.sex, card.address]))
    shaped = sum(ch in "\u0302\u0306\u031b" for ch in text) + text.lower().count("đ")
    toned = sum(any(m in word for m in "\u0300\u0301\u0303\u0309\u0323") for word in text.split())
    return shaped, toned


def _same_card(repaired: IdCard, original: IdCard) -> bool:
    return {**repaired.__dict__, "raw_payload": ""} == {**original.__dict__, "raw_payload": ""}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards(), method=st.sampled_from(["telex", "vni"]), layout=st.sampled_from(["7", "6"]))
def test_mangled_generated_cards_are_detected_and_never_wrongly_repaired(card: CardData, method: str,
                                                                         layout: str) -> None:
    clean = payload(card, layout=layout)
    original = parse_idcard(clean, today=TODAY)
    typed = telex_keys(clean) if method == "telex" else vni_keys(clean)
    shaped, toned = _marks(card)
    if shaped or toned >= 2:
        with pytest.raises(ImeMangledError):
            parse_idcard(typed, today=TODAY)
    for candidate in repair_candidates(typed, today=TODAY):
        assert _same_card(candidate, original)
    certain = certain_repair(typed, today=TODAY)
    assert certain is None or _same_card(certain, original)


_PLAIN_WORDS = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Văn", "Thị", "Hữu", "Đức", "Ngọc", "Quốc", "Xuân",
                "Bình", "Cường", "Dũng", "Hương", "Khánh", "Phúc", "Quân", "Thảo", "Tuấn", "Việt", "Yến", "Nguyệt"]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(_PLAIN_WORDS), min_size=2, max_size=4),
       method=st.sampled_from(["telex", "vni"]))
def test_plain_vietnamese_cards_are_always_repaired_exactly(words: list[str], method: str) -> None:
    clean = CARD.replace("Nguyễn Văn An", " ".join(words))
    typed = telex_keys(clean) if method == "telex" else vni_keys(clean)
    repaired = certain_repair(typed, today=TODAY)
    assert repaired is not None
    assert _same_card(repaired, parse_idcard(clean, today=TODAY))
