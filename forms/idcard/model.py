"""The parsed ID card (chip CCCD 2021+ or Căn cước 2024+) as a frozen value."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from forms.idcard.provinces import province_name


class Sex(StrEnum):
    """As printed on the card; the value is the Vietnamese word."""

    MALE = "Nam"
    FEMALE = "Nữ"


@dataclass(frozen=True)
class IdCard:
    id_number: str  # 12 digits: PPP G YY RRRRRR
    old_id_number: str | None  # the 9-digit CMND (or an earlier 12-digit number), None when absent
    full_name: str  # NFC, spacing tidied, letter case as on the card
    birth_date: date
    sex: Sex
    address: str  # nơi thường trú as printed, never "corrected" to the post-2025 provinces
    issue_date: date | None
    extra: tuple[str, ...]  # unknown trailing fields (the 2024 card carries more), kept in order
    raw_payload: str  # the text exactly as decoded, for the audit trail

    @property
    def province_code(self) -> str:
        return self.id_number[:3]

    @property
    def birth_province(self) -> str | None:
        """The province where the birth was registered, from the first three digits."""
        return province_name(self.province_code)

    def to_json(self) -> dict[str, Any]:
        """The `motcua idcard parse --json` document: these keys, exactly."""
        return {
            "id_number": self.id_number,
            "old_id_number": self.old_id_number,
            "full_name": self.full_name,
            "birth_date": self.birth_date.isoformat(),
            "sex": self.sex.value,
            "address": self.address,
            "issue_date": self.issue_date.isoformat() if self.issue_date else None,
            "extra": list(self.extra),
        }
