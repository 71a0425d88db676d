"""The procedure catalogue as frozen domain values.

Built from validated documents by `forms.catalogue.build`; nothing here reads files. Every fact keeps the
sources it came from (`Procedure.citations`, by field path) and what could not be confirmed is listed in
`Procedure.unverified` with a note, as the data says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from forms.fees import FeeRule
from forms.processing_time import ProcessingTime


def _empty_map() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Source:
    """A legal text or publication the catalogue cites, declared once in the manifest."""

    id: str
    title: str
    kind: str = "law"  # law | decree | circular | decision | resolution | portal | project
    url: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Citation:
    source: Source
    locator: str = ""  # "Điều 16 khoản 2"

    def __str__(self) -> str:
        return f"{self.source.title}, {self.locator}" if self.locator else self.source.title


@dataclass(frozen=True)
class UnverifiedNote:
    """A fact the catalogue could not confirm: where it is, and what is uncertain about it."""

    path: str
    note: str


@dataclass(frozen=True)
class Sector:
    """A field of procedures (lĩnh vực)."""

    code: str
    name: str


class Delivery(StrEnum):
    SUBMIT = "submit"  # nộp: kept in the dossier
    PRESENT = "present"  # xuất trình: shown at the desk and handed back


@dataclass(frozen=True)
class RequiredDocument:
    """One line of the list of documents (thành phần hồ sơ)."""

    name: str
    originals: int = 0
    certified_copies: int = 0
    photocopies: int = 0
    mandatory: bool = True
    condition: str | None = None  # when conditional: in which case it is required
    delivery: Delivery = Delivery.SUBMIT
    note: str = ""

    def copies_text(self) -> str:
        parts = []
        if self.originals:
            parts.append(f"{self.originals} bản chính")
        if self.certified_copies:
            parts.append(f"{self.certified_copies} bản sao có chứng thực")
        if self.photocopies:
            parts.append(f"{self.photocopies} bản chụp")
        return ", ".join(parts)


@dataclass(frozen=True)
class ResultDocument:
    name: str
    note: str = ""


class FieldType(StrEnum):
    TEXT = "text"
    TEXTAREA = "textarea"
    DATE = "date"
    SELECT = "select"
    NUMBER = "number"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    EMAIL = "email"
    BOOL = "bool"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class FieldCondition:
    """`field` holds one of `values` (used for conditional requirements and time variants)."""

    field: str
    values: tuple[Any, ...]

    def holds(self, data: Mapping[str, Any]) -> bool:
        return data.get(self.field) in self.values


@dataclass(frozen=True)
class FormField:
    """One input of the applicant's form; the GUI builds its widget from this."""

    key: str
    label: str
    type: FieldType
    order: int
    required: bool = False
    help: str = ""
    default: Any = None
    choices: tuple[Choice, ...] = ()
    pattern: str | None = None
    pattern_message: str | None = None
    min_value: int | None = None  # number
    max_value: int | None = None
    min_date: str | None = None  # date: ISO date or "today"
    max_date: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    required_when: FieldCondition | None = None
    prefill: str | None = None  # "applicant.full_name" etc.: filled from the applicant (ID-card QR)
    section: str | None = None  # a heading the GUI groups fields under
    unverified: str | None = None  # note when this field's presence/rules could not be confirmed

    def choice_label(self, value: Any) -> str | None:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return None


@dataclass(frozen=True)
class FormSchema:
    title: str
    fields: tuple[FormField, ...]

    def field(self, key: str) -> FormField | None:
        for form_field in self.fields:
            if form_field.key == key:
                return form_field
        return None

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


@dataclass(frozen=True)
class TimeVariant:
    """A different processing time when the form says so (e.g. "bổ sung" is same-day, "cải chính" 3 days)."""

    when: FieldCondition
    time: ProcessingTime
    text: str = ""


@dataclass(frozen=True)
class Procedure:
    code: str  # mã TTHC — data, never a constant in code
    version: str  # this procedure's own revision, "YYYY.MM-N"
    name: str
    field_code: str
    field_name: str
    competent_body: str
    processing_time: ProcessingTime
    fee: FeeRule
    documents: tuple[RequiredDocument, ...]
    form: FormSchema
    results: tuple[ResultDocument, ...]
    legal_basis: tuple[Citation, ...]
    processing_time_text: str = ""  # the legal wording ("trong ngày; nhận sau 15 giờ ...")
    processing_time_variants: tuple[TimeVariant, ...] = ()
    citations: Mapping[str, tuple[Citation, ...]] = field(default_factory=_empty_map)
    unverified: tuple[UnverifiedNote, ...] = ()
    keywords: tuple[str, ...] = ()
    summary: str = ""
    # The validated document this was built from, so sync can store and forward it unchanged.
    document: Mapping[str, Any] = field(default_factory=_empty_map, repr=False, compare=False)

    def __hash__(self) -> int:
        # The mappings above are not hashable; a procedure is identified by its code and version.
        return hash((self.code, self.version))

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source cited anywhere in this procedure, first use first."""
        seen: dict[str, Source] = {}
        for citations in (*self.citations.values(), self.legal_basis):
            for citation in citations:
                seen.setdefault(citation.source.id, citation.source)
        return tuple(seen.values())

    @property
    def is_verified(self) -> bool:
        return not self.unverified

    def processing_time_for(self, form_data: Mapping[str, Any] | None = None) -> ProcessingTime:
        """The processing time for this dossier: a variant chosen by the form, else the general one."""
        for variant in self.processing_time_variants:
            if form_data is not None and variant.when.holds(form_data):
                return variant.time
        return self.processing_time


def resolve_date_bound(bound: str | None, today: date) -> date | None:
    if bound is None:
        return None
    return today if bound == "today" else date.fromisoformat(bound)
