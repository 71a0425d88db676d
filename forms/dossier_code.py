"""Dossier codes (mã hồ sơ): `{agency}-{yyMMdd}-{NNNN}`, as provincial one-stop systems issue them.

domain.md §10. The agency part is the agency's electronic identifier (QCVN 102:2016/BTTTT, four
dot-separated groups, the last a letter and two digits: `000.00.12.H49`); the date is the reception day in
Vietnamese local time; NNNN is a four-digit daily sequence.

Several desks of one centre work offline at once, so each desk d (1–9) draws its numbers from its own block
(d−1)·1000 + 1 … (d−1)·1000 + 999: desk 1 issues 0001–0999, desk 2 issues 1001–1999, … Codes of two desks
never collide without a network. The sequence itself (the last number issued per agency, day and desk) is
kept by `sync.store`, which calls `next_number` inside the transaction that saves the dossier; this module
only computes and checks values.

Pure: no I/O, no clock (callers pass the day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from forms.clock import as_vn
from forms.errors import InvalidInput
from forms.i18n import N_

DESK_MIN = 1
DESK_MAX = 9
BLOCK_SIZE = 1000  # numbers reserved per desk
PER_DESK_PER_DAY = 999  # usable numbers in a block: (d−1)·1000 + 1 … (d−1)·1000 + 999
SEQUENCE_DIGITS = 4

# Upper-case letters and digits per group; the last group names the province/ministry system (H49, G01).
_AGENCY = re.compile(r"[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}")
_DAY = re.compile(r"[0-9]{6}")
_NUMBER = re.compile(r"[0-9]{4}")


class InvalidDossierCode(InvalidInput):
    """A dossier code (typed, scanned or received) that does not have the shape of domain.md §10."""

    kind = "invalid_dossier_code"


class InvalidAgencyCode(InvalidInput):
    kind = "invalid_agency_code"


class InvalidDeskNumber(InvalidInput):
    kind = "invalid_desk_number"


class SequenceExhausted(InvalidInput):
    """The desk has issued every number of its block for the day: nothing can be reused, ever."""

    kind = "sequence_exhausted"


@dataclass(frozen=True, order=True)
class DossierCode:
    agency: str
    day: date
    number: int

    def __str__(self) -> str:
        return format_code(self.agency, self.day, self.number)

    @property
    def desk(self) -> int:
        """The desk whose block holds this number."""
        return desk_of(self.number)


def validate_agency_code(text: str) -> str:
    """Return the agency code, stripped and upper-cased, or raise `InvalidAgencyCode`."""
    if not isinstance(text, str):
        raise InvalidAgencyCode(N_("Mã định danh cơ quan phải là chuỗi ký tự"))
    value = text.strip().upper()
    if not value:
        raise InvalidAgencyCode(N_("Chưa khai báo mã định danh điện tử của cơ quan"))
    if not _AGENCY.fullmatch(value):
        raise InvalidAgencyCode(
            N_("Mã định danh cơ quan «{value}» không đúng dạng 000.00.00.H00 (QCVN 102:2016/BTTTT)"),
            value=value[:40],
        )
    return value


def validate_desk(desk: int) -> int:
    if isinstance(desk, bool) or not isinstance(desk, int) or not DESK_MIN <= desk <= DESK_MAX:
        raise InvalidDeskNumber(
            N_("Số bàn tiếp nhận phải từ {low} đến {high}, không phải {value}"),
            low=DESK_MIN, high=DESK_MAX, value=str(desk)[:20],
        )
    return desk


def desk_block(desk: int) -> range:
    """The numbers desk `desk` may issue in one day, in order."""
    validate_desk(desk)
    first = (desk - 1) * BLOCK_SIZE + 1
    return range(first, first + PER_DESK_PER_DAY)


def desk_of(number: int) -> int:
    """The desk whose block contains `number` (0 and multiples of 1000 belong to no desk)."""
    if number <= 0 or number % BLOCK_SIZE == 0 or number > DESK_MAX * BLOCK_SIZE:
        raise InvalidDossierCode(N_("Số thứ tự {number} không thuộc khối số của bàn nào"), number=number)
    return (number - 1) // BLOCK_SIZE + 1


def next_number(desk: int, last_issued: int | None) -> int:
    """The number after `last_issued` in the desk's block (the first of the block when None).

    `last_issued` outside the block (a corrupted sequence row) is refused rather than silently restarted,
    because restarting would reissue numbers already printed on citizens' receipts.
    """
    block = desk_block(desk)
    if last_issued is None:
        return block.start
    if last_issued not in block:
        raise SequenceExhausted(
            N_("Số thứ tự cuối cùng đã cấp ({last}) nằm ngoài khối số của bàn {desk}; không thể cấp tiếp mà không trùng số"),
            last=last_issued, desk=desk,
        )
    if last_issued + 1 not in block:
        raise SequenceExhausted(
            N_("Bàn {desk} đã cấp hết {count} số hồ sơ trong ngày; hãy tiếp nhận ở bàn khác hoặc đợi sang ngày sau"),
            desk=desk, count=PER_DESK_PER_DAY,
        )
    return last_issued + 1


def reception_day(received_at: datetime) -> date:
    """The day in the code: the reception date in Vietnamese local time (naive means local)."""
    return as_vn(received_at).date()


def format_code(agency: str, day: date, number: int) -> str:
    agency_code = validate_agency_code(agency)
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 9999:
        raise InvalidDossierCode(N_("Số thứ tự hồ sơ phải từ 1 đến 9999, không phải {value}"), value=str(number)[:20])
    if not 2000 <= day.year <= 2099:
        raise InvalidDossierCode(N_("Năm {year} không biểu diễn được bằng hai chữ số trong mã hồ sơ"), year=day.year)
    return f"{agency_code}-{day:%y%m%d}-{number:0{SEQUENCE_DIGITS}d}"


def issue_code(agency: str, received_at: datetime, desk: int, last_issued: int | None) -> DossierCode:
    """The next code for a dossier received at `received_at` at desk `desk`."""
    agency_code = validate_agency_code(agency)
    number = next_number(desk, last_issued)
    day = reception_day(received_at)
    code = DossierCode(agency_code, day, number)
    format_code(code.agency, code.day, code.number)  # refuses a year the code cannot hold
    return code


def parse_code(text: str) -> DossierCode:
    """Parse and check a dossier code; every failure says which part is wrong, in Vietnamese.

    Accepts surrounding whitespace and lower-case letters (codes are typed by hand at the counter).
    """
    if not isinstance(text, str):
        raise InvalidDossierCode(N_("Mã hồ sơ phải là chuỗi ký tự"))
    value = text.strip().upper()
    if not value:
        raise InvalidDossierCode(N_("Chưa nhập mã hồ sơ"))
    shown = value[:60]
    parts = value.rsplit("-", 2)
    if len(parts) != 3:
        raise InvalidDossierCode(
            N_("Mã hồ sơ «{code}» phải có ba phần: mã cơ quan-ngày (yyMMdd)-số thứ tự"), code=shown
        )
    agency, day_text, number_text = parts
    try:
        agency = validate_agency_code(agency)
    except InvalidAgencyCode as exc:
        raise InvalidDossierCode(N_("Mã hồ sơ «{code}»: {reason}"), code=shown, reason=str(exc)) from exc
    if not _DAY.fullmatch(day_text):
        raise InvalidDossierCode(
            N_("Mã hồ sơ «{code}»: phần ngày «{day}» phải gồm 6 chữ số yyMMdd"), code=shown, day=day_text[:20]
        )
    try:
        day = date(2000 + int(day_text[:2]), int(day_text[2:4]), int(day_text[4:]))
    except ValueError as exc:
        raise InvalidDossierCode(
            N_("Mã hồ sơ «{code}»: ngày «{day}» không có thật"), code=shown, day=day_text
        ) from exc
    if not _NUMBER.fullmatch(number_text):
        raise InvalidDossierCode(
            N_("Mã hồ sơ «{code}»: số thứ tự «{number}» phải gồm 4 chữ số"), code=shown, number=number_text[:20]
        )
    number = int(number_text)
    if number == 0:
        raise InvalidDossierCode(N_("Mã hồ sơ «{code}»: số thứ tự không thể là 0000"), code=shown)
    return DossierCode(agency, day, number)


def is_valid_code(text: str) -> bool:
    try:
        parse_code(text)
    except InvalidDossierCode:
        return False
    return True
