"""Fee rules: per page with tiers and cap, per copy, fixed with online amount, by form value, exemptions."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.catalogue import load_default_catalogue
from forms.fees import (
    Exemption,
    FeeComponent,
    FeeError,
    FeeKind,
    FeeRule,
    FormCondition,
    PageTier,
    ValueCase,
    compute_fee,
    per_copy_page_amount,
)

CERTIFIED_COPY = FeeComponent(
    id="chung_thuc", kind=FeeKind.PER_PAGE, label="Phí chứng thực bản sao", unit="bản",
    tiers=(PageTier(1, 2, 2_000), PageTier(3, None, 1_000)), cap_per_copy=200_000,
)
COPY_RULE = FeeRule(components=(CERTIFIED_COPY,))
HARDSHIP = FeeRule(
    components=(FeeComponent(id="le_phi", kind=FeeKind.FIXED, label="Lệ phí", amount=20_000, online_amount=10_000),
                FeeComponent(id="ban_sao", kind=FeeKind.PER_COPY, label="Bản sao", amount=8_000,
                             copies_field="so_ban", optional=True)),
    exemptions=(Exemption("ho_ngheo", "Người thuộc hộ nghèo", covers=("le_phi",)),
                Exemption("tat_ca", "Miễn toàn bộ"),
                Exemption("dung_han", "Đăng ký đúng hạn", covers=("le_phi",),
                          applies_when=FormCondition("ngay_sinh", within_days=60))),
)


def test_certified_copy_tiers_of_circular_226() -> None:
    assert per_copy_page_amount(CERTIFIED_COPY, 1) == 2_000
    assert per_copy_page_amount(CERTIFIED_COPY, 2) == 4_000
    assert per_copy_page_amount(CERTIFIED_COPY, 3) == 5_000
    assert per_copy_page_amount(CERTIFIED_COPY, 10) == 12_000
    assert per_copy_page_amount(CERTIFIED_COPY, 198) == 200_000
    assert per_copy_page_amount(CERTIFIED_COPY, 500) == 200_000  # capped per copy


def test_quote_multiplies_per_copy_and_explains_in_vietnamese() -> None:
    quote = compute_fee(COPY_RULE, pages=5, copies=3)
    assert quote.amount == 3 * 7_000
    (line,) = quote.lines
    assert line.text == "5 trang/bản × 3 bản: 7.000 đồng/bản"
    assert quote.complete
    assert quote.text().endswith("Tổng cộng: 21.000 đồng")


def test_cap_is_marked_in_the_text() -> None:
    quote = compute_fee(COPY_RULE, pages=400, copies=2)
    assert quote.amount == 400_000
    assert "(mức tối đa)" in quote.lines[0].text


def test_pages_and_copies_come_from_the_form_when_not_given() -> None:
    rule = FeeRule(components=(FeeComponent(
        id="c", kind=FeeKind.PER_PAGE, label="Phí", tiers=CERTIFIED_COPY.tiers, cap_per_copy=200_000,
        pages_field="so_trang", copies_field="so_ban"),))
    assert compute_fee(rule, form_data={"so_trang": 4, "so_ban": "2"}).amount == 2 * 6_000
    assert compute_fee(rule, pages=1, form_data={"so_trang": 4, "so_ban": 2}).amount == 2 * 2_000


def test_missing_page_count_is_unresolved_not_guessed() -> None:
    quote = compute_fee(COPY_RULE)
    assert quote.amount == 0
    assert not quote.complete
    assert quote.unresolved == ("Phí chứng thực bản sao: chưa có số trang của bản chính",)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"pages": 0}, "Số trang phải từ 1 trở lên"),
    ({"pages": 2, "copies": -1}, "Số bản phải từ 0 trở lên"),
    ({"pages": True}, "Số trang phải là số nguyên"),
    ({"pages": 2.5}, "Số trang phải là số nguyên"),
])
def test_impossible_counts_are_refused_in_vietnamese(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(FeeError) as caught:
        compute_fee(COPY_RULE, **kwargs)
    assert str(caught.value) == message


def test_fixed_fee_online_amount_and_extra_copies() -> None:
    assert compute_fee(HARDSHIP).amount == 20_000  # no copies requested on the form: none charged
    assert compute_fee(HARDSHIP, online=True).amount == 10_000
    assert compute_fee(HARDSHIP, form_data={"so_ban": 2}).amount == 20_000 + 16_000


def test_exemption_covers_only_its_components() -> None:
    quote = compute_fee(HARDSHIP, exemptions={"ho_ngheo"}, form_data={"so_ban": 1})
    assert quote.amount == 8_000
    assert quote.exempted_by == ("ho_ngheo",)
    assert quote.lines[0].text == "miễn (Người thuộc hộ nghèo)"


def test_exemption_applies_by_itself_from_the_form() -> None:
    within = compute_fee(HARDSHIP, form_data={"ngay_sinh": "2026-09-01"}, received_on=date(2026, 10, 31))
    assert within.amount == 0 and within.exempted_by == ("dung_han",)
    late = compute_fee(HARDSHIP, form_data={"ngay_sinh": "01/09/2026"}, received_on=date(2026, 11, 1))
    assert late.amount == 20_000 and late.exempted_by == ()
    unknown_day = compute_fee(HARDSHIP, form_data={"ngay_sinh": "2026-09-01"})
    assert unknown_day.amount == 20_000


def test_unknown_exemption_is_refused() -> None:
    with pytest.raises(FeeError) as caught:
        compute_fee(HARDSHIP, exemptions={"tre_em"})
    assert str(caught.value) == 'Thủ tục này không có trường hợp miễn phí, lệ phí "tre_em"'


def test_required_per_copy_counts_one_when_not_given() -> None:
    rule = FeeRule(components=(FeeComponent(id="ck", kind=FeeKind.PER_COPY, label="Chứng thực chữ ký",
                                            amount=10_000, unit="trường hợp", copies_field="so_truong_hop"),))
    assert compute_fee(rule).amount == 10_000
    assert compute_fee(rule, form_data={"so_truong_hop": 3}).lines[0].text == "3 trường hợp × 10.000 đồng"


def test_fee_by_form_value() -> None:
    rule = FeeRule(components=(FeeComponent(
        id="le_phi", kind=FeeKind.BY_VALUE, label="Lệ phí", value_field="loai",
        cases=(ValueCase("cai_chinh", 15_000, "Cải chính"), ValueCase("bo_sung", None, "Bổ sung")),
        set_by_province=True),))
    assert compute_fee(rule, form_data={"loai": "cai_chinh"}).amount == 15_000
    pending = compute_fee(rule, form_data={"loai": "bo_sung"})
    assert pending.unresolved == ("Lệ phí: mức do HĐND tỉnh quy định (chưa cấu hình)",)
    assert compute_fee(rule).unresolved == ("Lệ phí: chưa chọn loại yêu cầu",)


def test_free_rule() -> None:
    quote = compute_fee(FeeRule())
    assert (quote.amount, quote.lines, quote.complete) == (0, (), True)
    assert FeeRule().describe() == "Không thu phí, lệ phí"
    assert FeeRule().kind is FeeKind.FREE


def test_shipped_certified_copy_procedure_uses_the_tiers() -> None:
    rule = load_default_catalogue().get("2.000815").fee
    assert rule.kind is FeeKind.PER_PAGE
    assert compute_fee(rule, form_data={"so_trang": 3, "so_ban": 2}).amount == 10_000


def test_shipped_birth_registration_is_exempt_on_time() -> None:
    rule = load_default_catalogue().get("1.001193").fee
    on_time = compute_fee(rule, form_data={"ngay_sinh": date(2026, 11, 1), "so_ban_sao": 2},
                          received_on=date(2026, 11, 23))
    assert on_time.amount == 16_000 and on_time.exempted_by == ("dung_han",) and on_time.complete
    late = compute_fee(rule, form_data={"ngay_sinh": date(2026, 1, 1)}, received_on=date(2026, 11, 23))
    assert not late.complete  # the late-registration fee is the province's to fill in


# -- properties ------------------------------------------------------------------------------------------
tiers = st.lists(st.integers(min_value=0, max_value=50_000), min_size=1, max_size=4).flatmap(
    lambda amounts: st.lists(st.integers(min_value=1, max_value=20), min_size=len(amounts) - 1,
                             max_size=len(amounts) - 1).map(lambda widths: _tiers(amounts, widths)))


def _tiers(amounts: list[int], widths: list[int]) -> tuple[PageTier, ...]:
    result, first = [], 1
    for amount, width in zip(amounts, [*widths, None], strict=True):
        last = None if width is None else first + width - 1
        result.append(PageTier(first, last, amount))
        first = (last or 0) + 1
    return tuple(result)


@given(tiers, st.integers(min_value=0, max_value=1_000_000) | st.none(), st.integers(min_value=1, max_value=400))
def test_per_page_is_monotonic_until_the_cap_and_never_above_it(
        tier_list: tuple[PageTier, ...], cap: int | None, pages: int) -> None:
    component = FeeComponent(id="c", kind=FeeKind.PER_PAGE, label="Phí", tiers=tier_list, cap_per_copy=cap)
    here, next_page = per_copy_page_amount(component, pages), per_copy_page_amount(component, pages + 1)
    assert 0 <= here <= next_page
    if cap is not None:
        assert next_page <= cap
        uncapped = per_copy_page_amount(FeeComponent(id="c", kind=FeeKind.PER_PAGE, label="Phí", tiers=tier_list),
                                        pages)
        assert here == min(uncapped, cap)


@given(st.integers(min_value=1, max_value=5_000), st.integers(min_value=0, max_value=50))
def test_quote_is_never_negative_and_capped_per_copy(pages: int, copies: int) -> None:
    quote = compute_fee(COPY_RULE, pages=pages, copies=copies)
    assert 0 <= quote.amount <= 200_000 * copies
    assert quote.amount == per_copy_page_amount(CERTIFIED_COPY, pages) * copies
    assert isinstance(quote.amount, int)


@given(st.integers(min_value=0, max_value=20), st.booleans())
def test_an_exemption_covering_everything_zeroes_the_fee(copies: int, online: bool) -> None:
    quote = compute_fee(HARDSHIP, exemptions={"tat_ca"}, form_data={"so_ban": copies}, online=online)
    assert quote.amount == 0
    assert quote.exempted_by == ("tat_ca",)
    assert all(line.exempted_by == "tat_ca" for line in quote.lines)
