"""Builders for ID-card test payloads: realistic names and addresses, layouts, and keystroke encoders.

`telex_keys` / `vni_keys` turn Vietnamese text into the keystrokes a scanner types for it under Telex or
VNI (the inverse of what an input method composes), so tests can mangle a real payload the way a
keyboard-mode scanner does when the input method is not composing them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from hypothesis import strategies as st

from forms.idcard.provinces import PROVINCES

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lò", "Thạch", "Giàng", "Ksor", "Nay"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thu", "A", "Seo"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hòa", "Hương", "Khánh", "Lan", "Linh",
         "Mai", "Nam", "Nga", "Ngọc", "Phúc", "Quân", "Sơn", "Thảo", "Thủy", "Trang", "Tuấn", "Việt",
         "Xuân", "Yến", "Đạt", "Ánh", "Páo", "Rết", "H'Hen", "Thuở", "Khuyến", "Nguyệt"]
VILLAGES = ["Thôn 3", "Thôn Phú Hòa", "Xóm 5", "Ấp Tân Lập", "Bản Nà Sản", "Tổ dân phố 7", "Số 12 ngõ 34 phố Huế",
            "Buôn Ea Sup", "Số 45/6 đường Trần Hưng Đạo", "Khu phố 2", "Lô A6 chung cư CT3"]
COMMUNES = ["Xã Tam Thanh", "Phường Hàng Bài", "Xã Cư M'gar", "Thị trấn Phong Điền", "Xã Ia Dom",
            "Phường 5", "Xã Đắk R'lấp", "Xã Krông Búk", "Xã Nghĩa Đàn"]
DISTRICTS = ["Huyện Phú Ninh", "Quận Hoàn Kiếm", "Huyện Cư Jút", "Thành phố Buôn Ma Thuột", "Quận 1",
             "Huyện Sa Thầy", "Thị xã Hương Thủy"]
PROVINCE_NAMES = ["Tỉnh Quảng Nam", "Thành phố Hà Nội", "Tỉnh Đắk Lắk", "TP. Hồ Chí Minh", "Tỉnh Gia Lai",
                  "Tỉnh Thừa Thiên Huế", "Tỉnh Sóc Trăng"]


@dataclass(frozen=True)
class CardData:
    id_number: str
    old_id_number: str | None
    full_name: str
    birth_date: date
    sex: str
    address: str
    issue_date: date | None


def id_number_for(province: str, birth: date, sex: str, serial: int) -> str:
    g = (birth.year // 100 - 19) * 2 + (1 if sex == "Nữ" else 0)
    return f"{province}{g}{birth.year % 100:02d}{serial:06d}"


def ddmmyyyy(value: date) -> str:
    return value.strftime("%d%m%Y")


def payload(card: CardData, *, layout: str = "7", extra: tuple[str, ...] = ()) -> str:
    """Layouts: "7" (old number, maybe empty), "6" (no old-number field)."""
    fields = [card.id_number]
    if layout == "7":
        fields.append(card.old_id_number or "")
    fields += [card.full_name, ddmmyyyy(card.birth_date), card.sex, card.address]
    if card.issue_date is not None or extra:
        fields.append(ddmmyyyy(card.issue_date) if card.issue_date else "")
    fields += list(extra)
    return "|".join(fields)


TODAY = date(2025, 6, 1)


@st.composite
def cards(draw: st.DrawFn) -> CardData:
    sex = draw(st.sampled_from(["Nam", "Nữ"]))
    birth = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2024, 12, 31)))
    province = draw(st.sampled_from(sorted(PROVINCES)))
    serial = draw(st.integers(0, 999_999))
    name = " ".join([draw(st.sampled_from(FAMILY)), *draw(st.lists(st.sampled_from(MIDDLE), max_size=2)),
                     draw(st.sampled_from(GIVEN))])
    address = ", ".join([draw(st.sampled_from(VILLAGES)), draw(st.sampled_from(COMMUNES)),
                         draw(st.sampled_from(DISTRICTS)), draw(st.sampled_from(PROVINCE_NAMES))])
    old = draw(st.one_of(st.none(), st.from_regex(r"[0-9]{9}", fullmatch=True),
                         st.from_regex(r"[0-9]{12}", fullmatch=True)))
    issue = draw(st.one_of(st.none(), st.dates(min_value=birth, max_value=TODAY)))
    if issue == birth:
        issue = None
    return CardData(id_number_for(province, birth, sex, serial), old, name, birth, sex, address, issue)


# Keystrokes for each shape and tone, per method.
_TELEX_SHAPES = {"â": "aa", "ê": "ee", "ô": "oo", "ă": "aw", "ơ": "ow", "ư": "uw", "đ": "dd"}
_VNI_SHAPES = {"â": "a6", "ê": "e6", "ô": "o6", "ă": "a8", "ơ": "o7", "ư": "u7", "đ": "d9"}
_TELEX_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_VNI_TONES = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}


def _keys(text: str, shapes: dict[str, str], tones: dict[str, str]) -> str:
    out: list[str] = []
    word_tone = ""
    for char in unicodedata.normalize("NFC", text) + " ":
        if not char.isalpha():
            out.append(word_tone)
            word_tone = ""
            out.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        tone = "".join(tones.get(mark, "") for mark in decomposed[1:])
        bare = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in tones))
        keys = shapes.get(bare.lower(), bare.lower())
        out.append(keys.upper() if bare.isupper() and len(keys) == 1 else (keys[0].upper() + keys[1:]
                   if bare.isupper() else keys))
        word_tone = word_tone or tone
    return "".join(out)[:-1]


def telex_keys(text: str) -> str:
    return _keys(text, _TELEX_SHAPES, _TELEX_TONES)


def vni_keys(text: str) -> str:
    return _keys(text, _VNI_SHAPES, _VNI_TONES)
