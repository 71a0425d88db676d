"""Catalogue versions: a dossier keeps the version it was opened with; newer versions arrive by sync."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from forms.catalogue import (
    Catalogue,
    CatalogueLoadError,
    UnknownProcedureVersion,
    load_default_catalogue,
    version_key,
)
from forms.processing_time import ProcessingTime, TimeUnit

SHIPPED = load_default_catalogue()


def _documents() -> list[dict[str, Any]]:
    return [copy.deepcopy(dict(p.document)) for p in SHIPPED.procedures]


def _one(code: str, **changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(dict(SHIPPED.get(code).document))
    document.update(changes)
    return document


def test_version_ordering() -> None:
    assert version_key("2026.11-1") < version_key("2026.11-2") < version_key("2026.12-1") < version_key("2027.01-1")
    assert version_key("2026.11-10") > version_key("2026.11-9")


def test_merge_replaces_changed_procedures_and_keeps_the_old_ones_retrievable() -> None:
    changed = _one("1.004222", version="2027.01-1",
                   processing_time={**SHIPPED.get("1.004222").document["processing_time"], "value": 5})
    update = Catalogue.from_documents([changed], "2027.01-1", strict=True)
    merged = SHIPPED.merge(update)
    assert merged.version == "2027.01-1"
    assert merged.get("1.004222").processing_time == ProcessingTime(TimeUnit.WORKING_DAYS, 5)
    # Untouched procedures stay current.
    assert merged.get("1.001193") is SHIPPED.get("1.001193")
    assert len(merged) == len(SHIPPED)
    # A dossier opened with the shipped version still sees its procedure as it was.
    old = merged.as_of("1.004222", SHIPPED.version)
    assert old.processing_time == ProcessingTime(TimeUnit.WORKING_DAYS, 7)
    assert merged.as_of("1.004222", "2027.01-1").processing_time.value == 5
    assert merged.get_version("1.004222", SHIPPED.get("1.004222").version) is old


def test_replace_retires_procedures_missing_from_the_full_list() -> None:
    documents = [d for d in _documents() if d["code"] != "2.000815"]
    full = Catalogue.from_documents(documents, "2027.02-1", strict=True)
    replaced = SHIPPED.replace(full)
    assert "2.000815" not in replaced
    assert replaced.as_of("2.000815", SHIPPED.version).code == "2.000815"
    with pytest.raises(UnknownProcedureVersion) as caught:
        replaced.as_of("2.000815", "2027.02-1")
    assert str(caught.value) == "Không có thủ tục mã 2.000815 ở phiên bản danh mục 2027.02-1"


def test_same_version_is_idempotent_and_older_is_refused() -> None:
    same = Catalogue.from_documents(_documents(), SHIPPED.version)
    assert SHIPPED.merge(same) is SHIPPED
    older = Catalogue.from_documents(_documents(), "2020.01-1")
    with pytest.raises(Exception) as caught:
        SHIPPED.merge(older)
    assert str(caught.value) == f"Phiên bản danh mục 2020.01-1 cũ hơn phiên bản đang dùng {SHIPPED.version}"


def test_three_generations_keep_every_snapshot() -> None:
    first = SHIPPED
    second = first.merge(Catalogue.from_documents([_one("1.001193", version="2027.01-1", name="Đăng ký khai sinh (2027)")],
                                                  "2027.01-1", strict=True))
    third = second.merge(Catalogue.from_documents([_one("1.001193", version="2027.06-1", name="Đăng ký khai sinh (6/2027)")],
                                                  "2027.06-1", strict=True))
    assert [third.as_of("1.001193", v).name for v in (first.version, "2027.01-1", "2027.06-1")] == [
        "Đăng ký khai sinh", "Đăng ký khai sinh (2027)", "Đăng ký khai sinh (6/2027)"]
    assert set(third.snapshots) == {first.version, "2027.01-1", "2027.06-1"}


def test_sync_documents_are_validated_like_files() -> None:
    broken = _one("1.001193", version="2027.01-1")
    broken["fee"] = {"components": [{"id": "x", "kind": "per_page", "label": "Phí"}], "sources": ["TT226/2016"]}
    update = Catalogue.from_documents([broken], "2027.01-1", origins=["Bản ghi đồng bộ 1.001193"])
    (problem,) = update.problems
    assert str(problem) == ("Bản ghi đồng bộ 1.001193 (thủ tục 1.001193): trường fee.components[0].tiers "
                            "là bắt buộc nhưng bị thiếu")
    with pytest.raises(CatalogueLoadError):
        Catalogue.from_documents([broken], "2027.01-1", strict=True)


def test_duplicate_codes_in_one_delivery() -> None:
    documents = [_one("2.000815"), _one("2.000815")]
    catalogue = Catalogue.from_documents(documents, "2027.01-1")
    assert len(catalogue) == 1
    (problem,) = catalogue.problems
    assert str(problem) == "Bản ghi số 2 (thủ tục 2.000815): trường code trùng với Bản ghi số 1"


def test_documents_round_trip() -> None:
    rebuilt = Catalogue.from_documents(SHIPPED.documents(), SHIPPED.version, strict=True)
    assert [p.code for p in rebuilt.procedures] == [p.code for p in SHIPPED.procedures]
    assert all(rebuilt.get(p.code) == p for p in SHIPPED.procedures)


def test_procedures_can_be_set_members_and_dict_keys() -> None:
    procedures = set(SHIPPED.procedures)
    assert len(procedures) == len(SHIPPED)
    assert SHIPPED.get("1.001193") in procedures
