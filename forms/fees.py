"""Fees and charges (phí, lệ phí) of a procedure, computed in whole đồng.

A `FeeRule` is a list of components that add up (a registration fee plus copies, say) and the
exemptions the law grants for that procedure. A component is one of:

- `fixed`: an amount per dossier, optionally a lower amount when submitted online;
- `per_copy`: an amount per copy (the number of copies comes from the call or from a form field; an
  `optional` one — extra copies "if requested" — counts 0 copies when none were asked for, otherwise 1);
- `per_page`: tiers of per-page amounts with a cap per copy (certified copies, Circular 226/2016/TT-BTC:
  2.000 đồng per page for pages 1–2, 1.000 đồng per page from page 3, at most 200.000 đồng per copy);
- `by_value`: an amount chosen by the value of a form field (a select).

An amount may be unknown because the provincial People's Council sets it and this desk's catalogue has
not been filled in yet: the quote then says so in `unresolved` instead of inventing a figure. Exemptions
are named conditions; some apply by themselves from the form (a birth registered within 60 days of the
birth date), the others are ticked by the official.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from forms.errors import InvalidInput
from forms.i18n import N_
from forms.money import format_vnd


class FeeError(InvalidInput):
    """A fee cannot be computed from what was given (negative pages, an exemption this procedure lacks)."""

    kind = "fee"


class FeeKind(StrEnum):
    FREE = "free"
    FIXED = "fixed"
    PER_COPY = "per_copy"
    PER_PAGE = "per_page"
    BY_VALUE = "by_value"
    COMPOSITE = "composite"  # several components that add up


@dataclass(frozen=True)
class PageTier:
    """Pages `first_page`..`last_page` (inclusive; None = and every page after) cost `amount` each."""

    first_page: int
    last_page: int | None
    amount: int


@dataclass(frozen=True)
class ValueCase:
    value: str
    amount: int | None  # None: set by the province, not configured yet
    label: str = ""


@dataclass(frozen=True)
class FormCondition:
    """A condition on the applicant's form: a field equal to one of `values`, or a date field no older
    than `within_days` days on the reception day (e.g. a birth registered within 60 days)."""

    field: str
    values: tuple[Any, ...] = ()
    within_days: int | None = None

    def holds(self, form_data: Mapping[str, Any], received_on: date | None) -> bool:
        value = form_data.get(self.field)
        if self.within_days is not None:
            event = _as_date(value)
            if event is None or received_on is None:
                return False
            return event <= received_on <= event + timedelta(days=self.within_days)
        return value in self.values


@dataclass(frozen=True)
class FeeComponent:
    id: str
    kind: FeeKind
    label: str
    amount: int | None = None  # fixed / per_copy; None = set by the province and not configured
    online_amount: int | None = None  # fixed / per_copy when submitted online, if the law differs
    unit: str = ""  # "bản", "trang", "trường hợp", "hợp đồng" ... for the printed text
    tiers: tuple[PageTier, ...] = ()
    cap_per_copy: int | None = None
    pages_field: str | None = None  # form field holding the number of pages of the original
    copies_field: str | None = None  # form field holding the number of copies
    value_field: str | None = None  # by_value: the select field that chooses the case
    cases: tuple[ValueCase, ...] = ()
    set_by_province: bool = False
    optional: bool = False  # per_copy extras "if requested": no count given means none requested


@dataclass(frozen=True)
class Exemption:
    code: str
    label: str
    covers: tuple[str, ...] = ()  # component ids; empty = every component
    applies_when: FormCondition | None = None  # applies by itself when the form satisfies this

    def covers_component(self, component_id: str) -> bool:
        return not self.covers or component_id in self.covers


@dataclass(frozen=True)
class FeeRule:
    label: str = N_("Phí, lệ phí")
    components: tuple[FeeComponent, ...] = ()
    exemptions: tuple[Exemption, ...] = ()
    note: str = ""

    @property
    def kind(self) -> FeeKind:
        if not self.components:
            return FeeKind.FREE
        if len(self.components) == 1:
            return self.components[0].kind
        return FeeKind.COMPOSITE

    def exemption(self, code: str) -> Exemption:
        for exemption in self.exemptions:
            if exemption.code == code:
                return exemption
        raise FeeError(N_("Thủ tục này không có trường hợp miễn phí, lệ phí \"{code}\""), code=code)

    def describe(self) -> str:
        """One Vietnamese line for lists and the receipt: what is charged, and who is exempted."""
        if not self.components:
            text = N_("Không thu phí, lệ phí")
        else:
            text = "; ".join(_describe_component(c) for c in self.components)
        if self.exemptions:
            text += "; " + N_("miễn: {cases}").format(cases=", ".join(e.label for e in self.exemptions))
        return text


@dataclass(frozen=True)
class FeeLine:
    component: str
    label: str
    text: str  # the calculation in Vietnamese, e.g. "2 trang × 2.000 đồng + 3 trang × 1.000 đồng"
    amount: int
    exempted_by: str | None = None


@dataclass(frozen=True)
class FeeQuote:
    amount: int
    lines: tuple[FeeLine, ...]
    exempted_by: tuple[str, ...] = ()  # exemption codes that zeroed at least one line
    unresolved: tuple[str, ...] = field(default=())  # why part of the fee is unknown (Vietnamese)

    @property
    def complete(self) -> bool:
        return not self.unresolved

    def text(self) -> str:
        if not self.lines:
            return N_("Không thu phí, lệ phí")
        total = N_("Tổng cộng: {amount}").format(amount=format_vnd(self.amount))
        if self.unresolved:
            total += " " + N_("(chưa đủ: {reasons})").format(reasons="; ".join(self.unresolved))
        return "\n".join([*(f"{line.label}: {line.text}" for line in self.lines), total])


def _describe_component(component: FeeComponent) -> str:
    unit = f"/{component.unit}" if component.unit else ""
    if component.kind is FeeKind.PER_PAGE:
        parts = []
        for tier in component.tiers:
            pages = (N_("trang {first}–{last}").format(first=tier.first_page, last=tier.last_page)
                     if tier.last_page is not None
                     else N_("từ trang {first}").format(first=tier.first_page))
            parts.append(N_("{amount}/trang ({pages})").format(amount=format_vnd(tier.amount), pages=pages))
        text = f"{component.label}: " + ", ".join(parts)
        if component.cap_per_copy is not None:
            text += ", " + N_("tối đa {cap}/bản").format(cap=format_vnd(component.cap_per_copy))
        return text
    if component.kind is FeeKind.BY_VALUE:
        cases = ", ".join(
            f"{case.label or case.value} {_amount_text(case.amount, component)}" for case in component.cases
        )
        return f"{component.label}: {cases}"
    text = f"{component.label}: {_amount_text(component.amount, component)}"
    if component.amount is not None:
        text += unit
    if component.online_amount is not None:
        text += " " + N_("(trực tuyến {amount}{unit})").format(
            amount=format_vnd(component.online_amount), unit=unit)
    return text


def _amount_text(amount: int | None, component: FeeComponent) -> str:
    if amount is not None:
        return format_vnd(amount)
    if component.set_by_province:
        return N_("mức do HĐND tỉnh quy định (chưa cấu hình)")
    return N_("chưa có mức thu")


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", value)
            if match:
                try:
                    return date(int(match[3]), int(match[2]), int(match[1]))
                except ValueError:
                    return None
    return None


def _count(value: Any, *, what: str, minimum: int) -> int:
    if isinstance(value, bool):
        raise FeeError(N_("Số {what} phải là số nguyên"), what=what)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        value = int(value)
    if not isinstance(value, int):
        raise FeeError(N_("Số {what} phải là số nguyên"), what=what)
    if value < minimum:
        raise FeeError(N_("Số {what} phải từ {minimum} trở lên"), what=what, minimum=minimum)
    return value


def per_copy_page_amount(component: FeeComponent, pages: int) -> int:
    """The amount for ONE copy of an original of `pages` pages, tiers summed then capped."""
    total = 0
    for tier in component.tiers:
        last = pages if tier.last_page is None else min(pages, tier.last_page)
        if last >= tier.first_page:
            total += (last - tier.first_page + 1) * tier.amount
    if component.cap_per_copy is not None:
        total = min(total, component.cap_per_copy)
    return total


@dataclass(frozen=True)
class _Inputs:
    pages: int | None
    copies: int | None
    form_data: Mapping[str, Any]
    online: bool


def _quantity(explicit: int | None, field_key: str | None, inputs: _Inputs, *, what: str,
              minimum: int) -> int | None:
    if explicit is not None:
        return explicit
    if field_key is not None:
        value = inputs.form_data.get(field_key)
        if value is not None and value != "":
            return _count(value, what=what, minimum=minimum)
    return None


def _line(component: FeeComponent, inputs: _Inputs) -> tuple[int | None, str]:
    """(amount or None if unknown, Vietnamese text of the calculation or of why it is unknown)."""
    if component.kind is FeeKind.PER_PAGE:
        pages = _quantity(inputs.pages, component.pages_field, inputs, what=N_("trang"), minimum=1)
        copies = _quantity(inputs.copies, component.copies_field, inputs, what=N_("bản"), minimum=0)
        copies = 1 if copies is None else copies
        if pages is None:
            return None, N_("chưa có số trang của bản chính")
        one = per_copy_page_amount(component, pages)
        text = N_("{pages} trang/bản × {copies} bản: {one}/bản").format(
            pages=pages, copies=copies, one=format_vnd(one))
        if component.cap_per_copy is not None and one == component.cap_per_copy:
            text += " " + N_("(mức tối đa)")
        return one * copies, text
    if component.kind is FeeKind.BY_VALUE:
        chosen = inputs.form_data.get(component.value_field or "")
        for case in component.cases:
            if case.value == chosen:
                if case.amount is None:
                    return None, _amount_text(None, component)
                return case.amount, f"{case.label or case.value}: {format_vnd(case.amount)}"
        return None, N_("chưa chọn loại yêu cầu")
    amount = component.online_amount if inputs.online and component.online_amount is not None else component.amount
    if amount is None:
        return None, _amount_text(None, component)
    if component.kind is FeeKind.PER_COPY:
        copies = _quantity(inputs.copies, component.copies_field, inputs, what=N_("bản"), minimum=0)
        if copies is None:
            copies = 0 if component.optional else 1
        unit = component.unit or N_("bản")
        return amount * copies, N_("{copies} {unit} × {amount}").format(
            copies=copies, unit=unit, amount=format_vnd(amount))
    return amount, format_vnd(amount)


def compute_fee(
    rule: FeeRule,
    *,
    pages: int | None = None,
    copies: int | None = None,
    exemptions: Set[str] = frozenset(),
    form_data: Mapping[str, Any] | None = None,
    online: bool = False,
    received_on: date | None = None,
) -> FeeQuote:
    """Quote the fee of one dossier.

    `pages` (of the original) and `copies` override the form fields the rule names; `exemptions` are the
    codes the official ticked, to which the exemptions that apply by themselves from `form_data` (given the
    reception day `received_on`) are added. Raises `FeeError` for impossible input.
    """
    inputs = _Inputs(
        pages=None if pages is None else _count(pages, what=N_("trang"), minimum=1),
        copies=None if copies is None else _count(copies, what=N_("bản"), minimum=0),
        form_data=form_data or {},
        online=online,
    )
    chosen = [rule.exemption(code) for code in sorted(exemptions)]
    chosen += [e for e in rule.exemptions
               if e.applies_when is not None and e.code not in exemptions
               and e.applies_when.holds(inputs.form_data, received_on)]

    lines: list[FeeLine] = []
    unresolved: list[str] = []
    used: list[str] = []
    for component in rule.components:
        exemption = next((e for e in chosen if e.covers_component(component.id)), None)
        if exemption is not None:
            lines.append(FeeLine(component.id, component.label,
                                 N_("miễn ({reason})").format(reason=exemption.label), 0, exemption.code))
            if exemption.code not in used:
                used.append(exemption.code)
            continue
        amount, text = _line(component, inputs)
        if amount is None:
            unresolved.append(f"{component.label}: {text}")
            lines.append(FeeLine(component.id, component.label, text, 0))
        else:
            lines.append(FeeLine(component.id, component.label, text, amount))
    return FeeQuote(
        amount=sum(line.amount for line in lines),
        lines=tuple(lines),
        exempted_by=tuple(used),
        unresolved=tuple(unresolved),
    )
