from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.clock import VN_TZ
from forms.dossier_code import (
    PER_DESK_PER_DAY,
    DossierCode,
    InvalidAgencyCode,
    InvalidDeskNumber,
    InvalidDossierCode,
    SequenceExhausted,
    desk_block,
    desk_of,
    format_code,
    is_valid_code,
    issue_code,
    next_number,
    parse_code,
    reception_day,
    validate_agency_code,
)
from forms.errors import MotcuaError

AGENCY = "000.00.12.H49"

agencies = st.builds(
    lambda a, b, c, letter, d: f"{a}.{b}.{c}.{letter}{d}",
    st.from_regex(r"[0-9A-Z]{3}", fullmatch=True),
    st.from_regex(r"[0-9A-Z]{2}", fullmatch=True),
    st.from_regex(r"[0-9A-Z]{2}", fullmatch=True),
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.from_regex(r"[0-9]{2}", fullmatch=True),
)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
desks = st.integers(min_value=1, max_value=9)


def test_example_from_the_domain_brief() -> None:
    code = parse_code("000.00.12.H49-250715-0001")
    assert code == DossierCode("000.00.12.H49", date(2025, 7, 15), 1)
    assert str(code) == "000.00.12.H49-250715-0001"
    assert code.desk == 1


def test_desk_blocks_are_disjoint_and_999_long() -> None:
    assert desk_block(1) == range(1, 1000)
    assert desk_block(2) == range(1001, 2000)
    assert desk_block(9) == range(8001, 9000)
    seen: set[int] = set()
    for desk in range(1, 10):
        block = set(desk_block(desk))
        assert len(block) == PER_DESK_PER_DAY
        assert not block & seen
        seen |= block


@pytest.mark.parametrize("desk", [0, 10, -1, True])
def test_desk_outside_1_to_9_is_refused(desk: int) -> None:
    with pytest.raises(InvalidDeskNumber) as info:
        desk_block(desk)
    assert "Số bàn tiếp nhận phải từ 1 đến 9" in str(info.value)


@given(desks)
def test_sequence_walks_the_whole_block_then_stops(desk: int) -> None:
    issued = []
    last: int | None = None
    for _ in range(PER_DESK_PER_DAY):
        last = next_number(desk, last)
        issued.append(last)
    assert issued == list(desk_block(desk))
    assert all(desk_of(n) == desk for n in issued)
    with pytest.raises(SequenceExhausted) as info:
        next_number(desk, last)
    assert "đã cấp hết 999 số" in str(info.value)


@given(desks, st.integers(min_value=-5, max_value=12000))
def test_a_last_number_outside_the_block_is_never_restarted(desk: int, last: int) -> None:
    block = desk_block(desk)
    if last in block and last + 1 in block:
        assert next_number(desk, last) == last + 1
    else:
        with pytest.raises(SequenceExhausted):
            next_number(desk, last)


@given(agencies, days, st.integers(min_value=1, max_value=9999))
def test_format_then_parse_round_trips(agency: str, day: date, number: int) -> None:
    text = format_code(agency, day, number)
    assert parse_code(text) == DossierCode(agency, day, number)
    assert parse_code(f"  {text.lower()}\n") == DossierCode(agency, day, number)
    assert len(text.rsplit("-", 1)[1]) == 4


@given(st.text(max_size=80))
def test_parse_never_raises_anything_but_its_typed_error(text: str) -> None:
    try:
        code = parse_code(text)
    except InvalidDossierCode as exc:
        assert str(exc)  # a Vietnamese message, never an empty one
        assert not is_valid_code(text)
    else:
        assert is_valid_code(text)
        assert parse_code(str(code)) == code


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Chưa nhập mã hồ sơ"),
        ("000.00.12.H49", "phải có ba phần"),
        ("000.00.12.H49-250715", "phải có ba phần"),
        ("00.00.12.H49-250715-0001", "không đúng dạng 000.00.00.H00"),
        ("000.00.12.H49-25071-0001", "phần ngày «25071» phải gồm 6 chữ số"),
        ("000.00.12.H49-250230-0001", "ngày «250230» không có thật"),
        ("000.00.12.H49-250715-001", "số thứ tự «001» phải gồm 4 chữ số"),
        ("000.00.12.H49-250715-0000", "không thể là 0000"),
        ("000.00.12.H49-250715-00a1", "phải gồm 4 chữ số"),
    ],
)
def test_each_broken_part_is_named_in_vietnamese(text: str, fragment: str) -> None:
    with pytest.raises(InvalidDossierCode) as info:
        parse_code(text)
    assert fragment in str(info.value)
    assert isinstance(info.value, MotcuaError)


def test_agency_code_is_normalised_and_checked() -> None:
    assert validate_agency_code(" 000.00.12.h49 ") == "000.00.12.H49"
    with pytest.raises(InvalidAgencyCode):
        validate_agency_code("000.00.12.149")
    with pytest.raises(InvalidAgencyCode, match="Chưa khai báo"):
        validate_agency_code("  ")


def test_reception_day_is_vietnamese_local_date() -> None:
    # 20:30 UTC on 14/7 is 03:30 on 15/7 in Vietnam: the code carries 15/7.
    utc_evening = datetime(2025, 7, 14, 20, 30, tzinfo=UTC)
    assert reception_day(utc_evening) == date(2025, 7, 15)
    assert reception_day(datetime(2025, 7, 14, 23, 59)) == date(2025, 7, 14)


@given(agencies, desks, st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 30)))
def test_issue_code_uses_reception_day_and_desk_block(agency: str, desk: int, naive: datetime) -> None:
    received = naive.replace(tzinfo=VN_TZ)
    first = issue_code(agency, received, desk, None)
    assert first.number == (desk - 1) * 1000 + 1
    assert first.day == received.date()
    second = issue_code(agency, received + timedelta(minutes=1), desk, first.number)
    assert second.number == first.number + 1
    assert parse_code(str(second)) == second


def test_year_outside_two_digits_is_refused() -> None:
    with pytest.raises(InvalidDossierCode, match="hai chữ số"):
        format_code(AGENCY, date(1999, 12, 31), 1)


@pytest.mark.parametrize("number", [0, 1000, 2000, 9000, 9001, -3])
def test_numbers_outside_every_block_have_no_desk(number: int) -> None:
    with pytest.raises(InvalidDossierCode):
        desk_of(number)
