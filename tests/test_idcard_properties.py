"""Property tests of the ID-card parser: generated valid cards round-trip, and no input crashes it."""

from __future__ import annotations

import unicodedata
from typing import Literal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.idcard import IdCardError, parse_idcard
from tests.idcard_fixtures import FAMILY, GIVEN, TODAY, CardData, cards, payload

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _variant(text: str, case: str, form: Literal["NFC", "NFD"]) -> str:
    text = {"as_is": text, "upper": text.upper(), "lower": text.lower()}[case]
    return unicodedata.normalize(form, text)


@_SETTINGS
@given(
    card=cards(),
    layout=st.sampled_from(["7", "6"]),
    extra=st.lists(st.sampled_from([*FAMILY, *GIVEN, "Nguyễn Văn Bố", "Trần Thị Mẹ"]), max_size=3),
    case=st.sampled_from(["as_is", "upper", "lower"]),
    form=st.sampled_from(["NFC", "NFD"]),
    padding=st.sampled_from(["", " ", "\r\n", "\ufeff", "\t "]),
)
def test_generated_valid_cards_round_trip(card: CardData, layout: str, extra: list[str], case: str,
                                          form: Literal["NFC", "NFD"], padding: str) -> None:
    sex = _variant(card.sex, case, form)
    shown = CardData(card.id_number, card.old_id_number, _variant(card.full_name, case, form),
                     card.birth_date, sex, _variant(card.address, case, form), card.issue_date)
    text = payload(shown, layout=layout, extra=tuple(extra))
    if padding:
        text = padding + text.replace("|", f"{padding.strip() or ' '}|") + padding

    parsed = parse_idcard(text, today=TODAY)
    assert parsed.id_number == card.id_number
    assert parsed.old_id_number == (card.old_id_number if layout == "7" else None)
    assert parsed.full_name == unicodedata.normalize("NFC", _variant(card.full_name, case, "NFC"))
    assert parsed.birth_date == card.birth_date
    assert parsed.sex.value == card.sex
    assert parsed.address == unicodedata.normalize("NFC", _variant(card.address, case, "NFC"))
    assert parsed.issue_date == card.issue_date
    assert parsed.extra == tuple(extra)
    assert parsed.raw_payload == text
    # Bytes give the same card.
    assert parse_idcard(text.encode(), today=TODAY) == parsed


def _only_typed_errors(value: str | bytes) -> None:
    try:
        parse_idcard(value, today=TODAY)
    except IdCardError as error:
        assert str(error)
        assert "\n" not in str(error)
        assert error.field is not None


@settings(max_examples=1000, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_anything_but_a_typed_error(text: str) -> None:
    _only_typed_errors(text)


@settings(max_examples=1000, deadline=None)
@given(st.binary())
def test_arbitrary_bytes_never_raise_anything_but_a_typed_error(data: bytes) -> None:
    _only_typed_errors(data)


_FIELD = st.one_of(
    st.from_regex(r"[0-9]{0,14}", fullmatch=True),
    st.sampled_from(["Nam", "Nữ", "nu", "NAM", "", " ", "Nuwx", "Nu74", "01/01/1990", "Ksor", "H'Hen Niê"]),
    st.sampled_from(FAMILY + GIVEN),
    st.text(alphabet="aăâeêoôơuưdđiy swfrxjz0123456789'?-.", max_size=12),
    st.text(max_size=8),
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_FIELD, max_size=11), st.sampled_from(["|", "|", " | ", "\r\n|"]))
def test_payload_shaped_noise_never_raises_anything_but_a_typed_error(fields: list[str], separator: str) -> None:
    text = separator.join(fields)
    _only_typed_errors(text)
    _only_typed_errors(text.encode("utf-8", errors="surrogatepass"))
