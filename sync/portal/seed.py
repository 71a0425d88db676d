"""Realistic online-submitted dossiers for demos and tests of the reference portal.

Names, addresses and ID numbers look real (an ID number's province, century/sex digit and year agree with
the birth date and sex, domain.md §2) but are drawn at random. Procedures come from the portal's own
catalogue; an empty catalogue falls back to a few commune procedures of domain.md §12 (demo data only).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from forms.dossier import Applicant, DocumentItem, Dossier
from forms.status import Channel, DossierStatus

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
           "Ngô", "Dương", "Lý", "Đào", "Đinh", "Mai", "Trịnh"]
_MIDDLE_MALE = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thành", "Xuân"]
_MIDDLE_FEMALE = ["Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Phương", "Mỹ"]
_GIVEN_MALE = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long", "Nam", "Phúc", "Quân", "Sơn",
               "Tuấn", "Việt", "Đạt"]
_GIVEN_FEMALE = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Oanh",
                 "Thảo", "Trang", "Yến"]
# Province codes (Circular 59/2021/TT-BCA) with the province name printed on older cards.
_PROVINCES = [("001", "Thành phố Hà Nội"), ("022", "Tỉnh Quảng Ninh"), ("038", "Tỉnh Thanh Hóa"),
              ("040", "Tỉnh Nghệ An"), ("046", "Tỉnh Thừa Thiên Huế"), ("048", "Thành phố Đà Nẵng"),
              ("049", "Tỉnh Quảng Nam"), ("052", "Tỉnh Bình Định"), ("066", "Tỉnh Đắk Lắk"),
              ("079", "Thành phố Hồ Chí Minh"), ("092", "Thành phố Cần Thơ"), ("096", "Tỉnh Cà Mau")]
_VILLAGES = ["Thôn 1", "Thôn 3", "Thôn Phú Lộc", "Xóm Đông", "Ấp Tân Hòa", "Tổ dân phố 5", "Thôn An Bình"]
_COMMUNES = ["Xã Tam Thanh", "Xã Hòa Phú", "Xã Điện Hồng", "Phường Hòa Cường", "Xã Tân Lập", "Xã Quảng Phú"]

# Used only when the portal's catalogue is empty: a few commune procedures of domain.md §12.
FALLBACK_PROCEDURES = [
    ("1.001193", "Đăng ký khai sinh", "HT", "Hộ tịch"),
    ("1.000656", "Đăng ký khai tử", "HT", "Hộ tịch"),
    ("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "HT", "Hộ tịch"),
    ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "CT", "Chứng thực"),
    ("1.004194", "Đăng ký tạm trú", "CT-DC", "Đăng ký, quản lý cư trú"),
]


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    version: str
    field_code: str
    field_name: str


def id_number(rng: random.Random, province: str, birth: date, male: bool) -> str:
    century = (birth.year // 100) - 19  # 0 for the 1900s, 1 for the 2000s, 2 for the 2100s
    sex_digit = century * 2 + (0 if male else 1)
    return f"{province}{sex_digit}{birth.year % 100:02d}{rng.randrange(1_000_000):06d}"


def person(rng: random.Random, today: date) -> Applicant:
    male = rng.random() < 0.5
    family = rng.choice(_FAMILY)
    middle = rng.choice(_MIDDLE_MALE if male else _MIDDLE_FEMALE)
    given = rng.choice(_GIVEN_MALE if male else _GIVEN_FEMALE)
    birth = today - timedelta(days=rng.randrange(18 * 365, 80 * 365))
    province, province_name = rng.choice(_PROVINCES)
    address = f"{rng.choice(_VILLAGES)}, {rng.choice(_COMMUNES)}, {province_name}"
    return Applicant(
        full_name=f"{family} {middle} {given}",
        id_number=id_number(rng, province, birth, male),
        birth_date=birth,
        sex="Nam" if male else "Nữ",
        address=address,
        phone=f"09{rng.randrange(10**8):08d}",
        email=None,
    )


def online_dossier(rng: random.Random, *, code: str, agency: str, procedure: Procedure,
                   submitted_at: datetime) -> Dossier:
    applicant = person(rng, submitted_at.date())
    documents = (
        DocumentItem(name="Tờ khai theo mẫu", copies=1, form="original", received=True),
        DocumentItem(name="Bản sao giấy tờ tùy thân", copies=1, form="photocopy", received=True),
    )
    return Dossier(
        code=code,
        procedure_code=procedure.code,
        procedure_name=procedure.name,
        catalogue_version=procedure.version,
        field_code=procedure.field_code,
        field_name=procedure.field_name,
        applicant=applicant,
        received_at=submitted_at.replace(microsecond=0),
        due_at=None,
        status=DossierStatus.NEW_ONLINE,
        channel=Channel.ONLINE,
        agency_code=agency,
        documents=documents,
        summary=f"{procedure.name} (nộp trực tuyến)",
        result_delivery="online",
    )
