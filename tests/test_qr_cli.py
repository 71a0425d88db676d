"""`motcua qr decode IMAGE... [--json]`: one line per picture, exact keys, exit 2 on unreadable files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from bench.qr_corpus import render_qr
from tests.cli_helpers import run_cli, run_process

CARD = "079203001234||Lê Thị Ánh Tuyết|05092003|Nữ|Ấp Mỹ Hòa, Xã Mỹ Đức, Huyện Châu Phú, Tỉnh An Giang|20112022"


@pytest.fixture
def pictures(tmp_path: Path) -> dict[str, Path]:
    card = tmp_path / "căn cước.png"
    render_qr(CARD).save(card)
    blank = tmp_path / "blank.jpg"
    Image.new("RGB", (200, 150), (240, 240, 240)).save(blank)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    return {"card": card, "blank": blank, "broken": broken, "missing": tmp_path / "missing.png"}


def test_json_one_object_per_picture(capsys: pytest.CaptureFixture[str], pictures: dict[str, Path]) -> None:
    result = run_cli(capsys, "qr", "decode", str(pictures["card"]), str(pictures["blank"]), "--json")
    assert result.code == 0, result.err
    lines = result.json_lines()
    assert [set(line) for line in lines] == [{"file", "text", "ms"}] * 2
    assert lines[0]["file"] == str(pictures["card"]) and lines[0]["text"] == CARD
    assert lines[1]["file"] == str(pictures["blank"]) and lines[1]["text"] is None
    assert all(isinstance(line["ms"], (int, float)) and line["ms"] >= 0 for line in lines)


def test_text_lines(capsys: pytest.CaptureFixture[str], pictures: dict[str, Path]) -> None:
    result = run_cli(capsys, "qr", "decode", str(pictures["card"]), str(pictures["blank"]))
    assert result.code == 0
    card_line, blank_line = result.out.splitlines()
    file, text, ms = card_line.split("\t")
    assert (file, text) == (str(pictures["card"]), CARD) and ms.endswith(" ms")
    assert blank_line.split("\t")[:2] == [str(pictures["blank"]), "null"]


def test_payload_line_breaks_stay_on_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    picture = tmp_path / "two-lines.png"
    render_qr("dòng một\r\ndòng hai").save(picture)
    text = run_cli(capsys, "qr", "decode", str(picture))
    assert text.out.count("\n") == 1 and "dòng một\\r\\ndòng hai" in text.out
    as_json = run_cli(capsys, "qr", "decode", str(picture), "--json")
    assert as_json.json_lines()[0]["text"] == "dòng một\r\ndòng hai"


def test_missing_and_broken_files_exit_2_after_decoding_the_rest(
    capsys: pytest.CaptureFixture[str], pictures: dict[str, Path]
) -> None:
    argv = [str(pictures[k]) for k in ("missing", "card", "broken")]
    result = run_cli(capsys, "qr", "decode", *argv, "--json")
    assert result.code == 2
    missing, card, broken = result.json_lines()
    assert card == {"file": argv[1], "text": CARD, "ms": card["ms"]}
    for line, path in ((missing, argv[0]), (broken, argv[2])):
        assert set(line) == {"file", "text", "ms", "error"}
        assert line["file"] == path and line["text"] is None
        assert path in line["error"]
    assert "Không tìm thấy" in missing["error"] and "Không đọc được" in broken["error"]
    assert result.err.strip() == "motcua: 2/3 tệp ảnh không đọc được"


def test_real_process_has_no_traceback(pictures: dict[str, Path]) -> None:
    result = run_process("qr", "decode", str(pictures["broken"]), str(pictures["card"]))
    assert result.code == 2
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert result.out.splitlines()[1].split("\t")[1] == CARD


def test_no_image_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "qr", "decode").code == 2
