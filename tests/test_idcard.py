"""ID-card QR parsing: the layouts seen in the wild, and a named, typed error for every way a payload fails."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from forms.errors import MotcuaError
from forms.idcard import (
    PROVINCES,
    IdCard,
    IdCardError,
    IdField,
    ImeMangledError,
    Sex,
    parse_idcard,
    province_name,
)

TODAY = date(2025, 6, 1)
ADDRESS = "Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam"
CANONICAL = f"001090123456|012345678|Nguyễn Văn An|01011990|Nam|{ADDRESS}|15042021"


def parse(payload: str | bytes) -> IdCard:
    return parse_idcard(payload, today=TODAY)


def fails(payload: str | bytes) -> IdCardError:
    with pytest.raises(IdCardError) as caught:
        parse(payload)
    error = caught.value
    assert isinstance(error, MotcuaError)
    assert "\n" not in str(error)
    return error


def test_the_canonical_seven_field_payload() -> None:
    card = parse(CANONICAL)
    assert card.to_json() == {
        "id_number": "001090123456",
        "old_id_number": "012345678",
        "full_name": "Nguyễn Văn An",
        "birth_date": "1990-01-01",
        "sex": "Nam",
        "address": ADDRESS,
        "issue_date": "2021-04-15",
        "extra": [],
    }
    assert card.raw_payload == CANONICAL
    assert card.birth_province == "Hà Nội"


def test_empty_old_number_is_none() -> None:
    card = parse(f"001090123456||Nguyễn Văn An|01011990|Nam|{ADDRESS}|15042021")
    assert card.old_id_number is None
    assert card.full_name == "Nguyễn Văn An"
    assert card.issue_date == date(2021, 4, 15)


def test_six_fields_without_an_old_number_field() -> None:
    card = parse(f"079300001234|Trần Thị Bình|29022000|Nữ|{ADDRESS}|01072024")
    assert (card.id_number, card.old_id_number, card.full_name) == ("079300001234", None, "Trần Thị Bình")
    assert card.birth_date == date(2000, 2, 29)
    assert card.sex is Sex.FEMALE
    assert card.issue_date == date(2024, 7, 1)


def test_extra_trailing_fields_are_kept_in_order() -> None:
    card = parse(CANONICAL + "|Nguyễn Văn Bố|Trần Thị Mẹ||ghi chú")
    assert card.extra == ("Nguyễn Văn Bố", "Trần Thị Mẹ", "", "ghi chú")
    assert card.issue_date == date(2021, 4, 15)


def test_a_trailing_separator_is_not_an_extra_field() -> None:
    assert parse(CANONICAL + "|").extra == ()


def test_upper_case_name_is_kept_as_printed_and_sex_is_canonical() -> None:
    card = parse(f"001190123456|012345678|NGUYỄN THỊ AN|01011990|NỮ|{ADDRESS.upper()}|15042021")
    assert card.full_name == "NGUYỄN THỊ AN"
    assert card.address == ADDRESS.upper()
    assert card.sex is Sex.FEMALE


@pytest.mark.parametrize("word", ["nam", "NAM", "nAm"])
def test_male_word_in_any_case(word: str) -> None:
    assert parse(CANONICAL.replace("|Nam|", f"|{word}|")).sex is Sex.MALE


@pytest.mark.parametrize("word", ["Nữ", "nữ", "NỮ", unicodedata.normalize("NFD", "Nữ"), "Nu", "NU"])
def test_female_word_in_any_case_nfc_nfd_or_without_its_mark(word: str) -> None:
    payload = CANONICAL.replace("001090", "001190").replace("|Nam|", f"|{word}|")
    assert parse(payload).sex is Sex.FEMALE


def test_nfd_payload_comes_out_nfc() -> None:
    card = parse(unicodedata.normalize("NFD", CANONICAL))
    assert card.full_name == "Nguyễn Văn An"
    assert unicodedata.is_normalized("NFC", card.full_name)
    assert card.address == ADDRESS


def test_stray_whitespace_line_endings_and_bom_around_the_payload_and_fields() -> None:
    payload = f"\ufeff  001090123456 | 012345678 |  Nguyễn   Văn\tAn |01011990| Nam |{ADDRESS} |15042021\r\n"
    card = parse(payload)
    assert card.full_name == "Nguyễn Văn An"
    assert card.id_number == "001090123456"
    assert card.raw_payload == payload


def test_bytes_are_decoded_as_utf8_with_or_without_bom() -> None:
    assert parse(CANONICAL.encode()).full_name == "Nguyễn Văn An"
    assert parse(b"\xef\xbb\xbf" + CANONICAL.encode()).full_name == "Nguyễn Văn An"


def test_issue_date_may_be_absent_or_empty() -> None:
    assert parse(f"001090123456|012345678|Nguyễn Văn An|01011990|Nam|{ADDRESS}").issue_date is None
    assert parse(f"001090123456|012345678|Nguyễn Văn An|01011990|Nam|{ADDRESS}|").issue_date is None
    card = parse(f"001090123456|012345678|Nguyễn Văn An|01011990|Nam|{ADDRESS}||Bố")
    assert (card.issue_date, card.extra) == (None, ("Bố",))


def test_twelve_digit_old_number_and_swapped_number_order() -> None:
    assert parse(CANONICAL.replace("012345678", "001090000001")).old_id_number == "001090000001"
    swapped = parse(f"012345678|001090123456|Nguyễn Văn An|01011990|Nam|{ADDRESS}|15042021")
    assert (swapped.id_number, swapped.old_id_number) == ("001090123456", "012345678")


def test_a_stray_separator_before_the_id_number_is_ignored() -> None:
    assert parse("|" + CANONICAL).id_number == "001090123456"


def test_a_name_that_is_the_word_nam_does_not_confuse_the_reader() -> None:
    card = parse(f"001090123456|012345678|Nam|01011990|Nam|{ADDRESS}|15042021")
    assert (card.full_name, card.sex) == ("Nam", Sex.MALE)


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Ksor H'Hen", "Buôn Ea Sup, Xã Cư M'gar, Huyện Cư Jút, Tỉnh Đắk Lắk"),
        ("Giàng A Páo", "Bản Nà Sản, Xã Si Ma Cai, Tỉnh Lào Cai"),
        ("Nay Y Blang", "Lô A6 chung cư CT3, Vinhomes Times City, Park Hill, Quận Hai Bà Trưng, Hà Nội"),
        ("Thạch Thị Sa Rết", "Số 45/6 đường 3/2, Phường 5, TP. Sóc Trăng"),
        ("Y Wơn Niê", "Buôn Ko Sier, Xã Ea Kao, Tỉnh Đắk Lắk"),
        ("Kơ Sor H'Nga", "Làng Plei Ku, Xã Ia Grai, Tỉnh Gia Lai"),
    ],
)
def test_minority_names_and_modern_addresses_are_not_mistaken_for_input_method_damage(
        name: str, address: str) -> None:
    card = parse(f"064090123456||{name}|01011990|Nam|{address}|15042021")
    assert (card.full_name, card.address) == (name, address)


def test_all_63_province_codes_are_known_and_others_are_not() -> None:
    assert len(PROVINCES) == 63
    assert province_name("096") == "Cà Mau"
    assert province_name("003") is None
    for code in PROVINCES:
        assert parse(CANONICAL.replace("001090", f"{code}090")).province_code == code


def test_century_digits_for_each_century_and_sex() -> None:
    born_2000 = parse(f"001200123456||Lê Văn Bé|01012000|Nam|{ADDRESS}")
    assert (born_2000.birth_date.year, born_2000.sex) == (2000, Sex.MALE)
    born_2003 = parse(f"001303123456||Lê Thị Bé|05052003|Nữ|{ADDRESS}|10102024")
    assert born_2003.sex is Sex.FEMALE
    born_1901 = parse(f"001001123456||Lê Văn Cụ|05051901|Nam|{ADDRESS}|10102021")
    assert born_1901.birth_date.year == 1901


# --- failures: each names its field --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("payload", "field", "kind", "words"),
    [
        ("", IdField.PAYLOAD, "empty", "trống"),
        ("  \r\n\ufeff ", IdField.PAYLOAD, "empty", "trống"),
        ("https://dichvucong.gov.vn/p/home", IdField.PAYLOAD, "not_idcard", "link"),
        ("Xin chào", IdField.PAYLOAD, "not_idcard", "không phải"),
        ("GD4797924616789|4e677579e1bb856e2056c4836e2041|01/01/1990|1|4e",
         IdField.PAYLOAD, "not_idcard", "bảo hiểm y tế"),
        ("0010901234|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021",
         IdField.ID_NUMBER, "format", "Số định danh 0010901234 không đủ 12 chữ số"),
        ("0010901234567|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021",
         IdField.ID_NUMBER, "format", "thừa chữ số"),
        ("00109O123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021",
         IdField.ID_NUMBER, "format", "chỉ được gồm chữ số"),
        ("003090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021",
         IdField.ID_NUMBER, "invalid", "Mã tỉnh 003"),
        ("097090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021",
         IdField.ID_NUMBER, "invalid", "Mã tỉnh 097"),
        ("012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021", IdField.ID_NUMBER, "missing", "thiếu số định danh"),
        ("|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021", IdField.ID_NUMBER, "missing", "thiếu số định danh"),
        ("Nguyễn Văn An|01011990|Nam|Thôn 3|15042021", IdField.ID_NUMBER, "missing", "thiếu số định danh"),
        ("001090123456|01234567|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021",
         IdField.OLD_ID_NUMBER, "format", "CMND cũ"),
        ("001090123456|012345678|01011990|Nam|Thôn 3|15042021", IdField.FULL_NAME, "missing", "thiếu họ tên"),
        ("001090123456|012345678||01011990|Nam|Thôn 3|15042021", IdField.FULL_NAME, "missing", "thiếu họ tên"),
        ("001090123456|012345678|Nguyễn Văn 3|01011990|Nam|Thôn 3|15042021", IdField.FULL_NAME, "format", "chữ số"),
        ("001090123456|012345678|Nguyễn Văn <An>|01011990|Nam|Thôn 3|15042021",
         IdField.FULL_NAME, "format", "không phải chữ cái"),
        ("001090123456|012345678|Nguyễn Văn An|Nam|Thôn 3|15042021",
         IdField.BIRTH_DATE, "missing", "Mã QR thiếu ngày sinh"),
        ("001090123456|012345678|Nguyễn Văn An||Nam|Thôn 3|15042021",
         IdField.BIRTH_DATE, "missing", "Mã QR thiếu ngày sinh"),
        ("001090123456|012345678|Nguyễn Văn An|0101990|Nam|Thôn 3|15042021",
         IdField.BIRTH_DATE, "format", "Ngày sinh 0101990 không đủ 8 chữ số"),
        ("001090123456|012345678|Nguyễn Văn An|010119900|Nam|Thôn 3|15042021",
         IdField.BIRTH_DATE, "format", "thừa chữ số"),
        ("001090123456|012345678|Nguyễn Văn An|01/01/1990|Nam|Thôn 3|15042021",
         IdField.BIRTH_DATE, "format", "ddMMyyyy"),
        ("001090123456|012345678|Nguyễn Văn An|31021990|Nam|Thôn 3|15042021",
         IdField.BIRTH_DATE, "invalid", "không phải ngày có thật"),
        ("001090123456|012345678|Nguyễn Văn An|01130000|Nam|Thôn 3|15042021",
         IdField.BIRTH_DATE, "invalid", "không phải ngày có thật"),
        ("001945123456|012345678|Nguyễn Văn An|00001945|Nam|Thôn 3|15042021",
         IdField.BIRTH_DATE, "invalid", "chỉ có năm"),
        ("001225123456|012345678|Nguyễn Văn An|01012025|Nam|Thôn 3|", None, None, None),
        ("001225123456|012345678|Nguyễn Văn An|02062025|Nam|Thôn 3|",
         IdField.BIRTH_DATE, "future", "sau ngày hôm nay"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Thôn 3, Xã Tam Thanh|15042021",
         IdField.SEX, "missing", "Mã QR thiếu giới tính"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Khác|Thôn 3|15042021",
         IdField.SEX, "format", "Giới tính \"Khác\" không hợp lệ"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Nam|15042021",
         IdField.ADDRESS, "missing", "thiếu nơi thường trú"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Nam", IdField.ADDRESS, "missing", "thiếu nơi thường trú"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Nam||15042021",
         IdField.ADDRESS, "missing", "thiếu nơi thường trú"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|1504202",
         IdField.ISSUE_DATE, "format", "Ngày cấp 1504202 không đủ 8 chữ số"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|30022021",
         IdField.ISSUE_DATE, "invalid", "Ngày cấp 30022021"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|02062025",
         IdField.ISSUE_DATE, "future", "Ngày cấp 02/06/2025"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|01011990",
         IdField.ISSUE_DATE, "inconsistent", "không sau ngày sinh"),
        ("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|01011989",
         IdField.ISSUE_DATE, "inconsistent", "không sau ngày sinh"),
        ("001090123456|012345678|Nguyễn Thị An|01011990|Nữ|Thôn 3|15042021", IdField.ID_NUMBER, "inconsistent",
         "Chữ số thế kỷ/giới tính của số định danh (0) không khớp với năm sinh 1990 và giới tính Nữ"),
        ("001290123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021", IdField.ID_NUMBER, "inconsistent",
         "năm sinh 1990 và giới tính Nam"),
        ("001090123456|012345678|Nguyễn Văn An|01011899|Nam|Thôn 3|15042021", IdField.ID_NUMBER, "inconsistent",
         "năm sinh 1899"),
        ("001091123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021", IdField.ID_NUMBER, "inconsistent",
         "Hai chữ số năm sinh trong số định danh (91) không khớp với năm sinh 1990"),
        ("001090123456|012345678|Nguy?n V?n An|01011990|Nam|Th?n 3|15042021",
         IdField.FULL_NAME, "lost_diacritics", "USB-COM"),
        ("001090123456|012345678|Nguy\ufffdn V\ufffdn An|01011990|Nam|Thôn 3|15042021",
         IdField.FULL_NAME, "lost_diacritics", "USB-COM"),
        ("0|1|2|3|4|5|6|7|8", IdField.PAYLOAD, "not_idcard", "không phải"),
        ("1|2|3|Nguyễn Văn An|01011990|Nam|Thôn 3", IdField.PAYLOAD, "format", "trường trước họ tên"),
    ],
)
def test_each_failure_is_typed_and_names_its_field(
        payload: str, field: IdField | None, kind: str | None, words: str | None) -> None:
    if field is None:  # a control row: born on 1/1/2025 is fine on 1/6/2025
        assert parse(payload).birth_date == date(2025, 1, 1)
        return
    error = fails(payload)
    assert (error.field, error.kind) == (field, kind)
    assert words is not None and words in str(error)


def test_invalid_utf8_bytes_are_an_encoding_error() -> None:
    error = fails(b"001090123456|012345678|Nguy\xe1\xbb n|01011990|Nam|Th\xf4n 3|15042021")
    assert (error.field, error.kind) == (IdField.PAYLOAD, "encoding")
    assert "UTF-8" in str(error)


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_utf8_read_through_a_one_byte_code_page_is_recognised(codec: str) -> None:
    error = fails(CANONICAL.encode().decode(codec))
    assert (error.field, error.kind) == (IdField.PAYLOAD, "wrong_encoding")
    assert "UTF-8" in str(error)


def test_a_payload_longer_than_any_qr_is_refused() -> None:
    error = fails(CANONICAL + "|" + "x" * 5000)
    assert error.kind == "too_long"


def test_future_is_relative_to_the_given_day() -> None:
    payload = f"001225123456||Nguyễn Văn An|01032025|Nam|{ADDRESS}"
    assert parse_idcard(payload, today=date(2025, 3, 1)).birth_date == date(2025, 3, 1)
    with pytest.raises(IdCardError):
        parse_idcard(payload, today=date(2025, 2, 28))


def test_the_default_today_is_vietnam_today() -> None:
    assert parse_idcard(CANONICAL).id_number == "001090123456"
    with pytest.raises(IdCardError) as caught:
        parse_idcard(CANONICAL.replace("15042021", "01012999"))
    assert caught.value.kind == "future"


def test_ime_damage_is_its_own_kind_and_gives_the_remedy() -> None:
    error = fails(f"001090123456|012345678|Nguyeenx Vawn An|01011990|Nam|{ADDRESS}|15042021")
    assert isinstance(error, ImeMangledError)
    assert error.kind == "ime_mangled"
    assert error.method == "telex"
    message = str(error)
    assert "bộ gõ tiếng Việt" in message
    assert "Unikey" in message
    assert "tiếng Anh" in message
    assert "USB-COM" in message


def test_a_parsed_name_and_address_are_masked_in_logs_from_then_on() -> None:
    from forms.redact import redact

    rare = "064090123456||Siu H'Prông|01011990|Nam|Plei Ốp, Ia Kring, Gia Lai|15042021"
    line = "đã đọc thẻ của Siu H'Prông, Plei Ốp, Ia Kring, Gia Lai"
    assert "Prông" in redact(line)  # no pattern knows this family name or this address
    parse(rare)
    assert "Prông" not in redact(line) and "Plei Ốp" not in redact(line)
