"""`motcua idcard parse`: text and JSON output, stdin as UTF-8 bytes, and exit 2 with one Vietnamese line."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from forms.redact import RedactingFilter
from tests.cli_helpers import REPO, run_cli, run_process

ADDRESS = "Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam"
CARD = f"001090123456|012345678|Nguyễn Văn An|01011990|Nam|{ADDRESS}|15042021"


def test_json_has_exactly_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "idcard", "parse", CARD + "|Bố|Mẹ", "--json")
    assert result.code == 0, result.err
    assert result.json() == {
        "id_number": "001090123456",
        "old_id_number": "012345678",
        "full_name": "Nguyễn Văn An",
        "birth_date": "1990-01-01",
        "sex": "Nam",
        "address": ADDRESS,
        "issue_date": "2021-04-15",
        "extra": ["Bố", "Mẹ"],
    }


def test_missing_values_are_null_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "idcard", "parse", f"001090123456||Nguyễn Văn An|01011990|Nam|{ADDRESS}", "--json")
    document = result.json()
    assert (document["old_id_number"], document["issue_date"], document["extra"]) == (None, None, [])


def test_text_output_has_vietnamese_labels(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "idcard", "parse", CARD)
    assert result.code == 0
    assert "Họ và tên: Nguyễn Văn An" in result.out
    assert "Ngày sinh: 01/01/1990" in result.out
    assert "Số định danh: 001090123456 (nơi đăng ký khai sinh: Hà Nội)" in result.out
    assert "Ngày cấp: 15/04/2021" in result.out


def test_stdin_is_read_as_utf8_bytes() -> None:
    result = run_process("idcard", "parse", "-", "--json", stdin=CARD + "\r\n")
    assert result.code == 0, result.err
    assert result.json()["full_name"] == "Nguyễn Văn An"


def test_invalid_payload_is_exit_2_with_one_vietnamese_line() -> None:
    result = run_process("idcard", "parse", CARD.replace("001090123456", "0010901234"))
    assert result.code == 2
    assert result.out == ""
    assert result.err.strip() == "motcua: Số định danh 0010901234 không đủ 12 chữ số"
    assert result.err.count("\n") == 1


def test_ime_damage_is_exit_2_with_the_remedy(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "idcard", "parse", CARD.replace("Nguyễn Văn", "Nguyeenx Vawn"), "--json")
    assert result.code == 2
    assert "bộ gõ tiếng Việt" in result.err
    assert "USB-COM" in result.err


def test_non_utf8_bytes_on_stdin_are_exit_2() -> None:
    completed = subprocess.run([sys.executable, "-m", "desktop.cli", "idcard", "parse", "-"],
                               input=CARD.encode("cp1258", errors="replace"), capture_output=True, cwd=REPO,
                               check=False, timeout=60)
    assert completed.returncode == 2
    assert "UTF-8" in completed.stderr.decode()


def test_non_utf8_bytes_in_the_argument_are_exit_2() -> None:
    completed = subprocess.run([sys.executable, "-m", "desktop.cli", "idcard", "parse",
                                CARD.encode("cp1258", errors="replace")], capture_output=True, cwd=REPO,
                               check=False, timeout=60)
    assert completed.returncode == 2
    assert "UTF-8" in completed.stderr.decode()


def test_the_parsed_name_and_address_never_reach_a_log(capsys: pytest.CaptureFixture[str]) -> None:
    # Neither the family name nor the address starts with a word the redaction patterns know.
    rare = "001090123456||Ksor H'Bliu|01011990|Nam|Ea Sup, Cư M'gar, Đắk Lắk|15042021"
    assert run_cli(capsys, "idcard", "parse", rare).code == 0
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "hồ sơ của %s ở %s",
                               ("Ksor H'Bliu", "Ea Sup, Cư M'gar, Đắk Lắk"), None)
    RedactingFilter().filter(record)
    assert "Bliu" not in record.getMessage()
    assert "Ea Sup" not in record.getMessage()
