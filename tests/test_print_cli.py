"""`motcua print` and `motcua verify-receipt` against a real store in a temporary data folder."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from forms.clock import VN_TZ
from forms.dossier import Dossier
from forms.receipt_signature import public_key_text
from sync.desk_profile import write_profile
from sync.layout import DataLayout
from sync.store import Store
from tests.cli_helpers import run_cli, run_process
from tests.print_fixtures import (
    DESK,
    MemoryKeyring,
    make_dossier,
    memory_keyring,
    needs_poppler,
    read_pdf,
    render_png,
)

pytestmark = needs_poppler


__all__ = ["memory_keyring"]


@pytest.fixture
def desk(_isolated_data_dir: Path, memory_keyring: MemoryKeyring) -> tuple[DataLayout, Dossier]:
    """This desk's data folder with its profile and one dossier received at the counter."""
    layout = DataLayout(_isolated_data_dir)
    with Store.open(layout) as store:
        write_profile(store, DESK)
        saved = store.save_new(replace(make_dossier(), code=""), actor="tiepnhan01")
    return layout, saved


def _receipt_qr_texts(pdf_path: Path, tmp_path: Path) -> list[str]:
    page = render_png(pdf_path.read_bytes(), tmp_path, dpi=150, name="scan")[0]
    return list(dict.fromkeys(code.text for code in zxingcpp.read_barcodes(Image.open(page))))


def test_print_receipt_then_verify_it_from_text_and_from_a_scan(
    desk: tuple[DataLayout, Dossier], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _layout, dossier = desk
    out = tmp_path / "receipt.pdf"
    result = run_cli(capsys, "print", "receipt", dossier.code, "-o", str(out), "--json")
    assert result.code == 0, result.err
    assert result.json() == {"form": "receipt", "model": "01", "code": dossier.code, "output": str(out),
                             "bytes": out.stat().st_size, "reprint": False}
    facts = read_pdf(out.read_bytes(), tmp_path)
    assert facts.flat.count("Nguyễn Thị Hương") == 2
    assert "Thời gian giải quyết hồ sơ theo quy định: Trong ngày" in facts.flat  # from the catalogue
    # Saved but not yet pushed to the portal: the slip says so.
    assert "Hồ sơ chưa được đồng bộ lên Cổng Dịch vụ công quốc gia" in facts.flat
    assert "BẢN IN LẠI" not in facts.flat

    texts = _receipt_qr_texts(out, tmp_path)
    assert len(texts) == 1
    scan = render_png(out.read_bytes(), tmp_path, dpi=150, name="photo")[0]
    for source in (texts[0], str(scan)):
        checked = run_cli(capsys, "verify-receipt", source, "--id-number", "049190123456", "--json")
        assert checked.code == 0, checked.err
        document = checked.json()
        assert document["valid"] is True
        assert document["dossier_code"] == dossier.code
        assert document["received_at"] == "2025-07-15T09:30+07:00"
        assert document["desk"] == "000.00.12.H49/2"
        assert document["id_number_matches"] is True
    text = run_cli(capsys, "verify-receipt", texts[0])
    assert text.code == 0
    assert "Phiếu hợp lệ" in text.out and dossier.code in text.out


def test_a_tampered_or_foreign_slip_exits_2_in_vietnamese(
    desk: tuple[DataLayout, Dossier], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _layout, dossier = desk
    out = tmp_path / "receipt.pdf"
    assert run_cli(capsys, "print", "receipt", dossier.code, "-o", str(out)).code == 0
    text = _receipt_qr_texts(out, tmp_path)[0]
    due = text.split("hh=", 1)[1].split("&", 1)[0]
    tampered = text.replace(f"hh={due}", "hh=202512311700")
    result = run_cli(capsys, "verify-receipt", tampered)
    assert result.code == 2
    assert "Chữ ký trên phiếu tiếp nhận không hợp lệ" in result.err
    assert "Traceback" not in result.err

    other = public_key_text(Ed25519PrivateKey.generate().public_key())
    assert run_cli(capsys, "verify-receipt", text, "--public-key", other).code == 2
    assert run_cli(capsys, "verify-receipt", text, "--id-number", "001090000000").code == 2
    garbage = run_cli(capsys, "verify-receipt", "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021")
    assert garbage.code == 2 and "không phải phiếu tiếp nhận" in garbage.err
    missing = run_cli(capsys, "verify-receipt", str(tmp_path / "no-such-photo.jpg"))
    assert missing.code == 2 and "Không tìm thấy tệp ảnh" in missing.err
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    nothing = run_cli(capsys, "verify-receipt", str(blank))
    assert nothing.code == 2 and "Không tìm thấy mã QR" in nothing.err


def test_verify_with_an_exported_key_given_as_text_or_file(
    desk: tuple[DataLayout, Dossier], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _layout, dossier = desk
    out = tmp_path / "receipt.pdf"
    assert run_cli(capsys, "print", "receipt", dossier.code, "-o", str(out), "--a5").code == 0
    text = _receipt_qr_texts(out, tmp_path)[0]
    exported = run_cli(capsys, "verify-receipt", "--export-key", "--json").json()
    assert len(base64.b64decode(exported["public_key"])) == 32
    key_file = tmp_path / "desk2.pub"
    key_file.write_text(f"# bàn 2\n{exported['public_key']}\n", encoding="utf-8")
    for key in (exported["public_key"], str(key_file)):
        checked = run_cli(capsys, "verify-receipt", text, "--public-key", key, "--json")
        assert checked.code == 0, checked.err
        assert checked.json()["key_fingerprint"] == exported["key_fingerprint"]


def test_verify_on_a_desk_that_never_signed(capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring) -> None:
    result = run_cli(capsys, "verify-receipt", "https://x.vn/a?hs=1&dd=&tn=202507150930&hh=&bt=D/1&ck=" + "A" * 86)
    assert result.code == 2
    assert "chưa có khóa công khai" in result.err
    assert memory_keyring.entries == {}  # checking never makes a key


def test_second_print_is_a_marked_and_audited_reprint(
    desk: tuple[DataLayout, Dossier], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout, dossier = desk
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert run_cli(capsys, "print", "receipt", dossier.code, "-o", str(first), "--actor", "tiepnhan01").code == 0
    again = run_cli(capsys, "print", "receipt", dossier.code, "-o", str(second), "--actor", "tiepnhan02", "--json")
    assert again.code == 0 and again.json()["reprint"] is True
    assert "BẢN IN LẠI" in read_pdf(second.read_bytes(), tmp_path).flat
    # A different form printed for the first time is not a reprint.
    control = run_cli(capsys, "print", "control", dossier.code, "-o", str(tmp_path / "c.pdf"), "--json")
    assert control.json()["reprint"] is False
    with Store.open(layout) as store:
        prints = [e for e in store.events(dossier.uuid) if e.action in ("print", "reprint")]
    assert [(e.action, e.actor, e.changes["form"], e.changes["reprint"]) for e in prints] == [
        ("print", "tiepnhan01", "01", False), ("reprint", "tiepnhan02", "01", True), ("print", prints[2].actor, "05", False),
    ]


def test_each_dossier_form_prints_from_the_store(
    desk: tuple[DataLayout, Dossier], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _layout, dossier = desk
    cases = {
        "supplement": ["--item", "Bổ sung Giấy chứng sinh bản chính", "--reason", "Thiếu giấy tờ",
                       "--contact", "bà Trần Thị Mai", "--contact-phone", "0235 3812 345", "--number", "12"],
        "refusal": ["--reason", "Không thuộc thẩm quyền", "--reason", "Người nộp không có quyền yêu cầu"],
        "apology": ["--reason", "Cần xác minh thêm", "--new-due", "2025-07-25T17:00", "--head", "Phạm Văn Long"],
        "control": ["--coordinating", "Công an xã Tam Thanh"],
    }
    expected = {
        "supplement": ["Số: 12/PBS", "1. Bổ sung Giấy chứng sinh bản chính", "Lý do: Thiếu giấy tờ"],
        "refusal": ["1. Không thuộc thẩm quyền", "2. Người nộp không có quyền yêu cầu"],
        "apology": ["Lý do: Cần xác minh thêm", "17 giờ 00 phút, ngày 25 tháng 7 năm 2025", "Phạm Văn Long",
                    "UBND XÃ TAM THANH tiếp nhận giải quyết hồ sơ"],
        "control": ["Cơ quan giải quyết hồ sơ: UBND XÃ TAM THANH",
                    "Cơ quan phối hợp giải quyết hồ sơ: Công an xã Tam Thanh", "tiepnhan01", "Được tiếp nhận"],
    }
    for form, options in cases.items():
        out = tmp_path / f"{form}.pdf"
        result = run_cli(capsys, "print", form, dossier.code, "-o", str(out), *options)
        assert result.code == 0, (form, result.err)
        flat = read_pdf(out.read_bytes(), tmp_path, name=form).flat
        assert "Nguyễn Thị Hương" in flat
        for fragment in expected[form]:
            assert fragment in flat, (form, fragment)


def test_ledger_prints_the_dossiers_of_a_period(
    desk: tuple[DataLayout, Dossier], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout, first = desk
    with Store.open(layout) as store:
        later = store.save_new(replace(make_dossier(), code="", received_at=datetime(2025, 7, 20, 8, 0, tzinfo=VN_TZ)),
                               actor="tiepnhan01")
    out = tmp_path / "ledger.pdf"
    result = run_cli(capsys, "print", "ledger", "--from", "2025-07-15", "--to", "2025-07-16", "-o", str(out), "--json")
    assert result.code == 0, result.err
    assert result.json()["dossiers"] == 1
    flat = read_pdf(out.read_bytes(), tmp_path).flat
    assert first.code in flat and later.code not in flat
    assert "Ủy ban nhân dân cấp xã nơi cư trú" in flat  # the competent body from the catalogue
    with Store.open(layout) as store:
        logged = [e for e in store.audit_log() if e.action == "print" and e.changes.get("form") == "06"]
    assert logged and logged[0].changes["dossiers"] == 1


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["print", "receipt", "000.00.12.H49-250715-9999", "-o", "{tmp}/x.pdf"], "Không tìm thấy hồ sơ"),
        (["print", "receipt", "-o", "{tmp}/x.pdf"], "Thiếu mã hồ sơ"),
        (["print", "ledger", "-o", "{tmp}/x.pdf"], "--from"),
        (["print", "ledger", "X", "--from", "2025-07-15", "--to", "2025-07-16", "-o", "{tmp}/x.pdf"], "khoảng ngày"),
        (["print", "ledger", "--from", "15/07/2025", "--to", "2025-07-16", "-o", "{tmp}/x.pdf"], "YYYY-MM-DD"),
        (["print", "receipt", "{code}", "-o", "{tmp}/x.txt"], ".pdf"),
        (["print", "supplement", "{code}", "-o", "{tmp}/x.pdf"], "nội dung yêu cầu bổ sung"),
        (["print", "refusal", "{code}", "-o", "{tmp}/x.pdf"], "lý do"),
        (["print", "apology", "{code}", "-o", "{tmp}/x.pdf", "--reason", "x"], "ngày hẹn trả kết quả mới"),
        (["print", "control", "{code}", "-o", "{tmp}/x.pdf", "--a5"], "--a5"),
        (["print", "receipt", "{code}", "-o", "{tmp}/missing-folder-file/x.pdf/y.pdf"], "Không ghi được tệp"),
    ],
)
def test_bad_requests_exit_2_with_one_vietnamese_line(
    desk: tuple[DataLayout, Dossier], tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
    fragment: str,
) -> None:
    _layout, dossier = desk
    (tmp_path / "missing-folder-file").write_text("a file where a folder is expected")
    filled = [a.format(tmp=tmp_path, code=dossier.code) for a in argv]
    result = run_cli(capsys, *filled)
    assert result.code == 2, result
    assert fragment in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("x.*"))


def test_unknown_code_as_a_real_process(desk: tuple[DataLayout, Dossier], tmp_path: Path) -> None:
    layout, _dossier = desk
    result = run_process("--data-dir", str(layout.root), "print", "control", "000.00.12.H49-250715-9999",
                         "-o", str(tmp_path / "x.pdf"))
    assert result.code == 2
    assert result.err.startswith("motcua: Không tìm thấy hồ sơ 000.00.12.H49-250715-9999")
    assert "Traceback" not in result.err
