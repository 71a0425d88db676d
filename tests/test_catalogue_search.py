"""Search as officials type: without diacritics, any case, đ as d, by code, name, keyword or lĩnh vực."""

from __future__ import annotations

import copy

import pytest

from forms.catalogue import Catalogue, Procedure, load_default_catalogue, normalise


def _catalogue(*entries: tuple[str, str, str, list[str]]) -> Catalogue:
    """A small catalogue of real-looking documents: (code, name, field, keywords)."""
    base = dict(load_default_catalogue().get("1.001193").document)
    documents = []
    for code, name, field, keywords in entries:
        document = copy.deepcopy(base)
        document.update(code=code, name=name, field=field, keywords=keywords)
        documents.append(document)
    catalogue = Catalogue.from_documents(documents, "2026.11-1", strict=True)
    return catalogue


SAMPLE = _catalogue(
    ("1.001193", "Đăng ký khai sinh", "ho-tich", ["giấy khai sinh"]),
    ("1.004884", "Đăng ký lại khai sinh", "ho-tich", []),
    ("1.000689", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", "ho-tich", []),
    ("1.000656", "Đăng ký khai tử", "ho-tich", ["báo tử"]),
    ("2.000815", "Chứng thực bản sao từ bản chính", "chung-thuc", ["công chứng", "sao y"]),
    ("1.001699", "Xác định mức độ khuyết tật", "bao-tro-xa-hoi", []),
    ("1.004222", "Đăng ký thường trú", "cu-tru", ["nhập hộ khẩu"]),
)


def codes(found: list[Procedure]) -> list[str]:
    return [p.code for p in found]


def test_normalise_folds_accents_case_d_and_punctuation() -> None:
    assert normalise("  Đăng ký KHAI SINH, kết hợp…  ") == "dang ky khai sinh ket hop"
    assert normalise("đ Đ") == "d d"


@pytest.mark.parametrize("query", ["khai sinh", "KHAI SINH", "khai sinh", "Khai Sinh", "khai  sinh",
                                   "khai sinh"])
def test_accent_and_case_insensitive(query: str) -> None:
    assert codes(SAMPLE.search(query))[0] == "1.001193"


def test_decomposed_unicode_query_is_folded_like_composed() -> None:
    import unicodedata

    assert codes(SAMPLE.search(unicodedata.normalize("NFD", "Khai sinh"))) == codes(SAMPLE.search("khai sinh"))


def test_d_matches_d_with_stroke() -> None:
    assert codes(SAMPLE.search("dang ky thuong tru")) == ["1.004222"]
    assert codes(SAMPLE.search("ĐĂNG KÝ THƯỜNG TRÚ")) == ["1.004222"]


def test_ranking_puts_the_shortest_phrase_match_first() -> None:
    assert codes(SAMPLE.search("khai sinh")) == ["1.001193", "1.004884", "1.000689"]


def test_name_prefix_beats_phrase_inside() -> None:
    assert codes(SAMPLE.search("dang ky lai"))[0] == "1.004884"


def test_word_prefixes_in_any_order() -> None:
    assert codes(SAMPLE.search("ket hop khai")) == ["1.000689"]
    assert codes(SAMPLE.search("kh sinh")) == ["1.001193", "1.004884", "1.000689"]


def test_substring_inside_a_word() -> None:
    assert codes(SAMPLE.search("uyet tat")) == ["1.001699"]


def test_code_exact_and_prefix() -> None:
    assert codes(SAMPLE.search("1.001193")) == ["1.001193"]
    assert codes(SAMPLE.search("1001193")) == ["1.001193"]
    assert codes(SAMPLE.search("1.00")) == ["1.000656", "1.000689", "1.001193", "1.001699", "1.004222",
                                            "1.004884"]
    assert codes(SAMPLE.search("2.")) == ["2.000815"]


def test_keywords_and_fields() -> None:
    assert codes(SAMPLE.search("cong chung")) == ["2.000815"]
    assert codes(SAMPLE.search("ho khau")) == ["1.004222"]
    assert codes(SAMPLE.search("bao tu")) == ["1.000656"]
    assert set(codes(SAMPLE.search("ho tich"))) == {"1.001193", "1.004884", "1.000689", "1.000656"}
    # A name match outranks a lĩnh vực match.
    assert codes(SAMPLE.search("chung thuc"))[0] == "2.000815"


def test_nothing_found_and_empty_query_and_limit() -> None:
    assert SAMPLE.search("xyz không có") == []
    assert len(SAMPLE.search("")) == len(SAMPLE)
    assert len(SAMPLE.search("", limit=2)) == 2
    assert len(SAMPLE.search("dang ky", limit=2)) == 2


def test_shipped_catalogue_search() -> None:
    catalogue = load_default_catalogue()
    assert codes(catalogue.search("khai sinh"))[0] == "1.001193"
    assert codes(catalogue.search("KHAI SINH"))[0] == "1.001193"
    assert codes(catalogue.search("chứng thực bản sao"))[0] == "2.000815"
    assert codes(catalogue.search("1.004222")) == ["1.004222"]
