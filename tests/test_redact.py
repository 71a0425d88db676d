"""Citizens' personal data never reaches a log record (Law 91/2025/QH15)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.logsetup import configure_logging
from forms.redact import redact, register_sensitive
from sync.layout import DataLayout

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Hà", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Phúc", "Yến"]
PLACES = [
    "Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam",
    "Số 12 ngõ 45 Phố Huế, Phường Hàng Bài, Quận Hoàn Kiếm, Thành phố Hà Nội",
    "Ấp Bình An, Xã Long Hòa, Huyện Cần Đước, Tỉnh Long An",
    "Tổ dân phố 5, Thị trấn Phong Điền, Tỉnh Thừa Thiên Huế",
    "Xom 2, Xa Nghi Phong, Huyen Nghi Loc, Tinh Nghe An",
]

names = st.builds(lambda f, m, g: f"{f} {m} {g}", st.sampled_from(FAMILY), st.sampled_from(MIDDLE),
                  st.sampled_from(GIVEN))
id_numbers = st.from_regex(r"0[0-9]{2}[0-3][0-9]{8}", fullmatch=True)
old_ids = st.from_regex(r"[0-9]{9}", fullmatch=True)
phones = st.from_regex(r"0[35789][0-9]{8}", fullmatch=True)
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 1, 1)).map(lambda d: d.strftime("%d%m%Y"))


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[tuple[logging.Logger, Path]]:
    layout = DataLayout(tmp_path)
    handler = configure_logging(layout)
    assert handler is not None
    yield logging.getLogger("motcua.test"), layout.log_file
    logging.getLogger().removeHandler(handler)
    handler.close()


def _read(handler_path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return handler_path.read_text(encoding="utf-8")


@settings(max_examples=60, deadline=None)
@given(name=names, id_number=id_numbers, old_id=old_ids, phone=phones, birth=birth_dates,
       address=st.sampled_from(PLACES), upper=st.booleans())
def test_a_card_and_its_person_never_reach_the_log(tmp_path_factory: pytest.TempPathFactory, name: str,
                                                    id_number: str, old_id: str, phone: str, birth: str,
                                                    address: str, upper: bool) -> None:
    layout = DataLayout(tmp_path_factory.mktemp("log"))
    handler = configure_logging(layout)
    assert handler is not None
    try:
        logger = logging.getLogger("motcua.test")
        shown_name = name.upper() if upper else name
        payload = f"{id_number}|{old_id}|{shown_name}|{birth}|Nam|{address}|15042021"
        logger.warning("scanned payload %s", payload)
        logger.warning("saved dossier for %s (%s), phone %s, born %s", shown_name, id_number, phone, birth)
        logger.info("applicant address: %s", address)
        logger.info("%s", {"ho_ten": shown_name, "so_dinh_danh": id_number, "dia_chi": address})
        try:
            raise ValueError(f"bad card {id_number} of {shown_name}, address {address}")
        except ValueError:
            logger.exception("parse failed")
        handler.flush()
        text = layout.log_file.read_text(encoding="utf-8")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    for secret in (id_number, old_id, phone, birth, shown_name, address, *address.split(", ")[:2]):
        assert secret not in text, secret
    assert "parse failed" in text  # the log still says what happened


def test_registered_values_are_masked_even_with_rare_family_names() -> None:
    register_sensitive("Ksor H'Bia")
    assert "Ksor" not in redact("received dossier of Ksor H'Bia today")


def test_registered_values_match_longest_first_with_or_without_diacritics() -> None:
    register_sensitive("Rơ Chăm Hiếu", "Rơ Chăm Hiếu Niê", "Buôn Ea Sup")
    out = redact("from Rơ Chăm Hiếu Niê at BUON EA SUP; also ro cham hieu")
    assert out == "from [dữ liệu cá nhân] at [dữ liệu cá nhân]; also [dữ liệu cá nhân]"


def test_nfd_input_is_still_redacted() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "applicant Nguyễn Văn An at Thôn 3, Xã Tam Thanh")
    out = redact(text)
    assert "Nguy" not in out and "Tam Thanh" not in out


def test_ordinary_operational_text_is_kept() -> None:
    message = "sync pushed 25 events in 340 ms; dossier 000.00.12.H49-250715-0001 status 4"
    assert redact(message) == message


def test_the_file_handler_redacts(log_file: tuple[logging.Logger, Path]) -> None:
    logger, path = log_file
    logger.warning("id %s", "001090123456")
    assert "001090123456" not in _read(path)
    assert "[số]" in _read(path)
