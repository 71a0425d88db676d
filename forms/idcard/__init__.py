"""Reading the citizen's ID card (chip CCCD 2021+, Căn cước 2024+) from its QR payload.

    parse_idcard(payload, today=None) -> IdCard         raises IdCardError (field, kind, Vietnamese message)
    repair_candidates(payload) -> tuple[IdCard, ...]     what a Telex/VNI- or code-page-mangled scan meant
    certain_repair(payload) -> IdCard | None             the one repair that involves no guess, if any

Pure: no I/O, no Qt. See domain.md §2 for the payload and the ID number's structure.
"""

from forms.idcard.errors import FIELD_LABELS, IdCardError, IdCardKind, IdField, ImeMangledError
from forms.idcard.model import IdCard, Sex
from forms.idcard.parser import certain_repair, parse_idcard, repair_candidates
from forms.idcard.provinces import PROVINCES, province_name

__all__ = [
    "FIELD_LABELS",
    "PROVINCES",
    "IdCard",
    "IdCardError",
    "IdCardKind",
    "IdField",
    "ImeMangledError",
    "Sex",
    "certain_repair",
    "parse_idcard",
    "province_name",
    "repair_candidates",
]
