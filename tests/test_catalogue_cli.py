"""`motcua catalogue list|show|search|check` with text and --json output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from forms.catalogue import default_catalogue_dir, load_default_catalogue
from tests.cli_helpers import run_cli, run_process

SUMMARY_KEYS = {"code", "name", "field", "processing_time", "fee"}


@pytest.fixture
def desk(tmp_path: Path) -> list[str]:
    return ["--data-dir", str(tmp_path / "desk")]


def test_list_json_is_an_array_with_the_exact_keys(capsys: pytest.CaptureFixture[str], desk: list[str]) -> None:
    result = run_cli(capsys, *desk, "catalogue", "list", "--json")
    assert result.code == 0
    items = result.json()
    assert isinstance(items, list)
    assert [item["code"] for item in items] == [p.code for p in load_default_catalogue().procedures]
    for item in items:
        assert set(item) >= SUMMARY_KEYS
        assert set(item["processing_time"]) >= {"unit", "value", "text"}
        assert set(item["fee"]) >= {"kind", "text"}
    birth = next(item for item in items if item["code"] == "1.001193")
    assert birth["name"] == "Đăng ký khai sinh"
    assert birth["field"] == {"code": "ho-tich", "name": "Hộ tịch"}
    assert birth["processing_time"] == {"unit": "same_day", "value": 0, "text": "Trong ngày"}
    residence = next(item for item in items if item["code"] == "1.004222")
    assert residence["processing_time"] == {"unit": "working_days", "value": 7, "text": "7 ngày làm việc"}
    assert residence["fee"]["kind"] == "fixed" and "20.000 đồng" in residence["fee"]["text"]


def test_list_text_groups_by_field(capsys: pytest.CaptureFixture[str], desk: list[str]) -> None:
    result = run_cli(capsys, *desk, "catalogue", "list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == f"Danh mục {load_default_catalogue().version}: {len(load_default_catalogue())} thủ tục"
    assert "Hộ tịch:" in lines
    assert any(line.startswith("  1.001193  Đăng ký khai sinh — Trong ngày") for line in lines)


def test_list_one_field_and_unknown_field(capsys: pytest.CaptureFixture[str], desk: list[str]) -> None:
    result = run_cli(capsys, *desk, "catalogue", "list", "--field", "chung-thuc", "--json")
    assert {item["field"]["code"] for item in result.json()} == {"chung-thuc"}
    bad = run_cli(capsys, *desk, "catalogue", "list", "--field", "khong-co")
    assert bad.code == 2
    assert bad.err.startswith("motcua: Không có lĩnh vực khong-co; các lĩnh vực: ho-tich")


@pytest.mark.parametrize("query", ["khai sinh", "KHAI SINH", "khai sinh"])
def test_search_json(capsys: pytest.CaptureFixture[str], desk: list[str], query: str) -> None:
    result = run_cli(capsys, *desk, "catalogue", "search", query, "--json")
    assert result.code == 0
    items = result.json()
    assert items[0]["code"] == "1.001193"
    assert all(set(item) >= SUMMARY_KEYS for item in items)


def test_search_text_and_nothing_found(capsys: pytest.CaptureFixture[str], desk: list[str]) -> None:
    found = run_cli(capsys, *desk, "catalogue", "search", "chung thuc ban sao")
    assert found.code == 0 and "2.000815" in found.out.splitlines()[1]
    empty = run_cli(capsys, *desk, "catalogue", "search", "qwerty", "--json")
    assert (empty.code, empty.json()) == (0, [])
    text = run_cli(capsys, *desk, "catalogue", "search", "qwerty")
    assert text.out.strip() == "Không tìm thấy thủ tục nào cho «qwerty»"


def test_show_json_is_the_whole_procedure(capsys: pytest.CaptureFixture[str], desk: list[str]) -> None:
    result = run_cli(capsys, *desk, "catalogue", "show", "2.000815", "--json")
    assert result.code == 0
    shown = result.json()
    assert isinstance(shown, dict)
    assert set(shown) >= SUMMARY_KEYS
    assert {"competent_body", "documents", "form", "results", "legal_basis", "sources", "unverified_notes",
            "catalogue_version"} <= set(shown)
    tiers = shown["fee"]["components"][0]["tiers"]
    assert tiers == [{"first_page": 1, "last_page": 2, "amount": 2000},
                     {"first_page": 3, "last_page": None, "amount": 1000}]
    assert shown["fee"]["components"][0]["cap_per_copy"] == 200000
    assert [f["key"] for f in shown["form"]["fields"]] == ["ten_giay_to", "so_trang", "so_ban"]


def test_show_text(capsys: pytest.CaptureFixture[str], desk: list[str]) -> None:
    result = run_cli(capsys, *desk, "catalogue", "show", "1.001193")
    assert result.code == 0
    assert result.out.startswith("1.001193 — Đăng ký khai sinh\nLĩnh vực: Hộ tịch\n")
    assert "Thành phần hồ sơ:\n  1. Tờ khai đăng ký khai sinh theo mẫu — 1 bản chính (bắt buộc)" in result.out


def test_unknown_code_is_exit_2_one_vietnamese_line(desk: list[str]) -> None:
    result = run_process(*desk, "catalogue", "show", "9.999999")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert result.err.startswith("motcua: Không có thủ tục mã 9.999999 trong danh mục")
    assert "Traceback" not in result.err


def test_check_reports_problems_and_exits_2(capsys: pytest.CaptureFixture[str], desk: list[str],
                                            tmp_path: Path) -> None:
    copy = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), copy)
    path = copy / "procedures" / "1.001193.yaml"
    document = yaml.safe_load(path.read_text("utf-8"))
    document["processing_time"]["value"] = "một"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")

    good = run_cli(capsys, *desk, "catalogue", "check")
    assert good.code == 0 and good.out.strip().endswith("thủ tục hợp lệ")
    bad = run_cli(capsys, *desk, "catalogue", "check", "--dir", str(copy), "--json")
    assert bad.code == 2
    report = bad.json()
    assert report["problems"] == [{
        "origin": "Tệp procedures/1.001193.yaml", "procedure": "1.001193", "field": "processing_time.value",
        "message": "Tệp procedures/1.001193.yaml (thủ tục 1.001193): trường processing_time.value phải là số nguyên",
    }]
    assert bad.err.strip() == "motcua: Danh mục có 1 lỗi dữ liệu"
    # Other commands still work on the damaged copy and warn on stderr.
    listed = run_cli(capsys, *desk, "catalogue", "list", "--dir", str(copy), "--json")
    assert listed.code == 0 and "1.001193" not in {item["code"] for item in listed.json()}
    assert "Cảnh báo: danh mục có 1 lỗi dữ liệu" in listed.err


def test_missing_catalogue_directory(capsys: pytest.CaptureFixture[str], desk: list[str], tmp_path: Path) -> None:
    result = run_cli(capsys, *desk, "catalogue", "list", "--dir", str(tmp_path / "none"))
    assert result.code == 2
    assert result.err.startswith("motcua: Tệp catalogue.yaml: không tìm thấy tệp")


def test_catalogue_is_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "--help")
    assert "catalogue" in result.out
