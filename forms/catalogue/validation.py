"""Check what the applicant (or the official) filled in against a procedure's form schema.

Every problem is one `FieldError` per field with a Vietnamese message that names the field by its label
("Họ, chữ đệm, tên người được khai sinh là bắt buộc"); the message is a template plus parameters so the
GUI can translate it. Values may come from widgets (date, int, bool) or from JSON/the command line
(ISO or dd/mm/yyyy strings, digit strings); `clean_form` returns them normalised for storage.
Keys the schema does not know are ignored: a dossier may carry more than its form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from forms.catalogue.model import FieldType, FormField, FormSchema, resolve_date_bound
from forms.clock import now_vn
from forms.errors import Message
from forms.i18n import N_

_ID_NUMBER = re.compile(r"^\d{12}$")
_PHONE = re.compile(r"^(?:\+84|84|0)\d{9,10}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_INT = re.compile(r"^-?\d+$")
_TRUE = {"true", "1", "co", "có", "yes"}
_FALSE = {"false", "0", "khong", "không", "no"}


@dataclass(frozen=True)
class FieldError:
    key: str
    label: str
    kind: str  # required | type | choice | min | max | length | pattern
    message: Message

    @property
    def text(self) -> str:
        return str(self.message)

    def __str__(self) -> str:
        return self.text


class _Invalid(Exception):
    def __init__(self, kind: str, template: str, **params: Any) -> None:
        super().__init__(template)
        self.kind = kind
        self.template = template
        self.params = params


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_date(value: Any) -> date:
    """A date from a widget (date/datetime) or text (YYYY-MM-DD or dd/mm/yyyy); raises ValueError."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        match = _DMY.match(text)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(text)
    raise ValueError(value)


def _coerce(form_field: FormField, value: Any) -> Any:
    """The normalised value, or `_Invalid` with the reason."""
    label = form_field.label
    kind = form_field.type
    if kind is FieldType.BOOL:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise _Invalid("type", N_("{label} phải là có hoặc không"), label=label)
    if kind is FieldType.NUMBER:
        if isinstance(value, bool):
            raise _Invalid("type", N_("{label} phải là số nguyên"), label=label)
        if isinstance(value, str) and _INT.match(value.strip()):
            return int(value.strip())
        if isinstance(value, int):
            return value
        raise _Invalid("type", N_("{label} phải là số nguyên"), label=label)
    if kind is FieldType.DATE:
        try:
            return parse_date(value)
        except (ValueError, TypeError):
            raise _Invalid("type", N_("{label} phải là ngày hợp lệ (ngày/tháng/năm)"), label=label) from None
    if not isinstance(value, str):
        raise _Invalid("type", N_("{label} phải là văn bản"), label=label)
    text = value.strip()
    if kind is FieldType.ID_NUMBER:
        text = re.sub(r"\s+", "", text)
        if form_field.pattern is None and not _ID_NUMBER.match(text):
            raise _Invalid("pattern", N_("{label} phải gồm đúng 12 chữ số"), label=label)
    elif kind is FieldType.PHONE:
        text = re.sub(r"[\s.\-()]", "", text)
        if not _PHONE.match(text):
            raise _Invalid("pattern", N_("{label} không phải số điện thoại hợp lệ"), label=label)
    elif kind is FieldType.EMAIL and not _EMAIL.match(text):
        raise _Invalid("pattern", N_("{label} không phải địa chỉ email hợp lệ"), label=label)
    elif kind is FieldType.SELECT and text not in {c.value for c in form_field.choices}:
        raise _Invalid("choice", N_("{label} phải là một trong các lựa chọn: {choices}"), label=label,
                       choices=", ".join(c.label for c in form_field.choices))
    return text


def _check_bounds(form_field: FormField, value: Any, today: date) -> None:
    label = form_field.label
    if form_field.type is FieldType.NUMBER:
        if form_field.min_value is not None and value < form_field.min_value:
            raise _Invalid("min", N_("{label} phải từ {min} trở lên"), label=label, min=form_field.min_value)
        if form_field.max_value is not None and value > form_field.max_value:
            raise _Invalid("max", N_("{label} không được lớn hơn {max}"), label=label, max=form_field.max_value)
    if form_field.type is FieldType.DATE:
        low = resolve_date_bound(form_field.min_date, today)
        high = resolve_date_bound(form_field.max_date, today)
        if low is not None and value < low:
            if form_field.min_date == "today":
                raise _Invalid("min", N_("{label} không được trước ngày hôm nay"), label=label)
            raise _Invalid("min", N_("{label} không được trước ngày {date}"), label=label,
                           date=low.strftime("%d/%m/%Y"))
        if high is not None and value > high:
            if form_field.max_date == "today":
                raise _Invalid("max", N_("{label} không được sau ngày hôm nay"), label=label)
            raise _Invalid("max", N_("{label} không được sau ngày {date}"), label=label,
                           date=high.strftime("%d/%m/%Y"))
    if isinstance(value, str):
        if form_field.min_length is not None and len(value) < form_field.min_length:
            raise _Invalid("length", N_("{label} phải có ít nhất {n} ký tự"), label=label, n=form_field.min_length)
        if form_field.max_length is not None and len(value) > form_field.max_length:
            raise _Invalid("length", N_("{label} dài tối đa {n} ký tự"), label=label, n=form_field.max_length)
        if form_field.pattern is not None and not re.fullmatch(form_field.pattern, value):
            raise _Invalid("pattern", form_field.pattern_message or N_("{label} không đúng định dạng"), label=label)


def _is_required(form_field: FormField, data: Mapping[str, Any]) -> bool:
    if form_field.required:
        return True
    return form_field.required_when is not None and form_field.required_when.holds(data)


def clean_form(schema: FormSchema, data: Mapping[str, Any], *,
               today: date | None = None) -> tuple[dict[str, Any], list[FieldError]]:
    """(normalised values for the fields that are valid, one error per invalid field) in schema order.

    Dates come back as ISO strings, numbers as int, text trimmed: ready for JSON and the store.
    """
    today = today or now_vn().date()
    cleaned: dict[str, Any] = {}
    errors: list[FieldError] = []
    for form_field in schema.fields:
        value = data.get(form_field.key)
        try:
            if _is_missing(value):
                if _is_required(form_field, data):
                    raise _Invalid("required", N_("{label} là bắt buộc"), label=form_field.label)
                continue
            coerced = _coerce(form_field, value)
            if form_field.type is FieldType.BOOL and coerced is False and _is_required(form_field, data):
                raise _Invalid("required", N_("Cần xác nhận: {label}"), label=form_field.label)
            _check_bounds(form_field, coerced, today)
        except _Invalid as problem:
            errors.append(FieldError(form_field.key, form_field.label, problem.kind,
                                     Message(problem.template, problem.params)))
            continue
        cleaned[form_field.key] = coerced.isoformat() if isinstance(coerced, date) else coerced
    return cleaned, errors


def validate_form(schema: FormSchema, data: Mapping[str, Any], *, today: date | None = None) -> list[FieldError]:
    """Every problem of `data` against `schema`, one per field, in the order of the form."""
    return clean_form(schema, data, today=today)[1]
