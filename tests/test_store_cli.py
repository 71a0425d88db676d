"""`motcua dossier list|show|search` and `motcua db check|backup|restore`."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from forms.dossier import DossierEvent
from forms.status import DossierStatus
from sync.store import inspect_backup, list_backups
from tests.cli_helpers import run_cli, run_process
from tests.store_fixtures import (  # noqa: F401  (fixtures)
    START,
    Desk,
    desk_fixture,
    make_dossier,
    memory_keyring_fixture,
)

LIST_KEYS = {"code", "status", "procedure_code", "applicant_name", "applicant_id_number", "received_at", "due_at",
             "sync_state"}


@pytest.fixture
def filled(desk: Desk) -> dict[str, str]:
    with desk.open() as store:
        an = store.save_new(make_dossier(1, applicant=replace(make_dossier(1).applicant, full_name="Nguyễn Văn An",
                                                              id_number="001090123456")), actor="lan")
        hoa = store.save_new(make_dossier(2, applicant=replace(make_dossier(2).applicant, full_name="Đặng Thị Hoa",
                                                               id_number="079301000111"),
                                          received_at=START + timedelta(days=1)), actor="lan")
        store.record(replace(hoa, status=DossierStatus.PROCESSING),
                     DossierEvent(dossier_uuid=hoa.uuid, action="transfer", actor="lan", at=START + timedelta(days=1),
                                  from_status=DossierStatus.RECEIVED, to_status=DossierStatus.PROCESSING))
    return {"an": an.code, "hoa": hoa.code}


def _cli(capsys: pytest.CaptureFixture[str], desk: Desk, *argv: str):  # type: ignore[no-untyped-def]
    return run_cli(capsys, "--data-dir", str(desk.layout.root), *argv)


def test_list_json_is_an_array_with_the_exact_keys_newest_first(capsys: pytest.CaptureFixture[str], desk: Desk,
                                                                 filled: dict[str, str]) -> None:
    result = _cli(capsys, desk, "dossier", "list", "--json")
    assert result.code == 0, result.err
    rows = result.json()
    assert isinstance(rows, list)
    assert [r["code"] for r in rows] == [filled["hoa"], filled["an"]]
    for row in rows:
        assert set(row) >= LIST_KEYS
    hoa = rows[0]
    assert (hoa["status"], hoa["applicant_name"], hoa["applicant_id_number"], hoa["sync_state"]) == (
        4, "Đặng Thị Hoa", "079301000111", "pending")
    assert hoa["received_at"].startswith("2025-07-16T") and hoa["received_at"].endswith("+07:00")
    assert hoa["procedure_code"] == "1.004222"


def test_list_filters(capsys: pytest.CaptureFixture[str], desk: Desk, filled: dict[str, str]) -> None:
    assert [r["code"] for r in _cli(capsys, desk, "dossier", "list", "--status", "4", "--json").json()] == [filled["hoa"]]
    assert [r["code"] for r in _cli(capsys, desk, "dossier", "list", "--from", "2025-07-15", "--to", "2025-07-15",
                                    "--json").json()] == [filled["an"]]
    assert _cli(capsys, desk, "dossier", "list", "--training", "--json").json() == []
    assert len(_cli(capsys, desk, "dossier", "list", "--limit", "1", "--json").json()) == 1


def test_search_without_diacritics_and_by_id_prefix(capsys: pytest.CaptureFixture[str], desk: Desk,
                                                    filled: dict[str, str]) -> None:
    assert [r["code"] for r in _cli(capsys, desk, "dossier", "search", "nguyen van an", "--json").json()] == [filled["an"]]
    assert [r["code"] for r in _cli(capsys, desk, "dossier", "search", "dang thi", "--json").json()] == [filled["hoa"]]
    assert [r["code"] for r in _cli(capsys, desk, "dossier", "search", "0793010", "--json").json()] == [filled["hoa"]]
    assert _cli(capsys, desk, "dossier", "search", "khong co ai", "--json").json() == []
    text = _cli(capsys, desk, "dossier", "search", "dang thi")
    assert text.code == 0
    assert filled["hoa"] in text.out and "Đặng Thị Hoa" in text.out and "Đang xử lý" in text.out


def test_show_prints_the_dossier_with_its_events_and_audits_the_view(capsys: pytest.CaptureFixture[str], desk: Desk,
                                                                     filled: dict[str, str]) -> None:
    result = _cli(capsys, desk, "dossier", "show", filled["hoa"], "--json", "--actor", "minh")
    assert result.code == 0, result.err
    data = result.json()
    assert data["code"] == filled["hoa"]
    assert data["status"] == 4
    assert data["applicant"]["full_name"] == "Đặng Thị Hoa"
    assert [e["action"] for e in data["events"]] == ["create", "transfer"]
    text = _cli(capsys, desk, "dossier", "show", filled["hoa"])
    assert "Nhật ký:" in text.out and "transfer → Đang xử lý" in text.out
    with desk.open() as store:
        views = [e for e in store.events(data["uuid"]) if e.action == "view"]
    assert [v.actor for v in views] == ["minh", "cli"]


def test_unknown_code_and_bad_dates_are_exit_2_in_one_vietnamese_line(capsys: pytest.CaptureFixture[str], desk: Desk,
                                                                       filled: dict[str, str]) -> None:
    missing = _cli(capsys, desk, "dossier", "show", "000.00.12.H49-250101-0999")
    assert missing.code == 2
    assert "Không tìm thấy hồ sơ" in missing.err and missing.err.count("\n") == 1
    bad = _cli(capsys, desk, "dossier", "list", "--from", "15/07/2025")
    assert bad.code == 2 and "không hợp lệ" in bad.err
    backwards = _cli(capsys, desk, "dossier", "list", "--from", "2025-07-20", "--to", "2025-07-01")
    assert backwards.code == 2


# ------------------------------------------------------------------------------------------------ db


def test_db_check_reports_a_healthy_database(capsys: pytest.CaptureFixture[str], desk: Desk,
                                              filled: dict[str, str]) -> None:
    result = _cli(capsys, desk, "db", "check", "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["ok"] is True and report["problems"] == []
    assert (report["dossiers"], report["events"], report["outbox"]) == (2, 3, 3)


def test_db_check_finds_a_missing_scan_and_a_damaged_file(capsys: pytest.CaptureFixture[str], desk: Desk,
                                                          filled: dict[str, str]) -> None:
    with desk.open() as store:
        info = store.add_attachment(b"scan bytes", mime="image/png")
    (desk.layout.attachments / info.sha256[:2] / info.sha256).unlink()
    result = _cli(capsys, desk, "db", "check", "--json")
    assert result.code == 2
    assert any("missing its file" in p for p in result.json()["problems"])
    _cli(capsys, desk, "db", "backup")
    for suffix in ("-wal", "-shm"):
        Path(f"{desk.layout.database}{suffix}").unlink(missing_ok=True)
    desk.layout.database.write_bytes(b"\x00garbage" * 4000)
    damaged = _cli(capsys, desk, "db", "check")
    assert damaged.code == 2
    assert "bị hỏng" in damaged.err and "Có thể khôi phục bản sao lưu" in damaged.err


def test_db_backup_to_the_rotation_or_to_a_file(capsys: pytest.CaptureFixture[str], desk: Desk, filled: dict[str, str],
                                                tmp_path: Path) -> None:
    rotating = _cli(capsys, desk, "db", "backup", "--json")
    assert rotating.code == 0
    assert Path(rotating.json()["path"]).parent == desk.layout.backups
    target = tmp_path / "usb.sqlite3"
    to_file = _cli(capsys, desk, "db", "backup", str(target))
    assert to_file.code == 0 and str(target) in to_file.out
    assert inspect_backup(target).dossiers == 2
    again = _cli(capsys, desk, "db", "backup", str(target))
    assert again.code == 2 and "đã tồn tại" in again.err


def test_db_restore_refuses_junk_and_restores_a_backup_keeping_a_safety_copy(
        capsys: pytest.CaptureFixture[str], desk: Desk, filled: dict[str, str], tmp_path: Path) -> None:
    backup = tmp_path / "before.sqlite3"
    assert _cli(capsys, desk, "db", "backup", str(backup)).code == 0
    with desk.open() as store:
        late = store.save_new(make_dossier(9), actor="lan")

    junk = tmp_path / "notes.txt"
    junk.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    before = desk.layout.database.read_bytes()
    refused = _cli(capsys, desk, "db", "restore", str(junk))
    assert refused.code == 2
    assert "không phải là cơ sở dữ liệu SQLite" in refused.err
    assert desk.layout.database.read_bytes() == before

    restored = _cli(capsys, desk, "db", "restore", str(backup), "--json")
    assert restored.code == 0, restored.err
    data = restored.json()
    assert data["dossiers"] == 2
    assert data["lost_dossiers"] == 1 and data["lost_codes"] == [late.code]
    assert Path(data["safety_copy"]).exists()
    assert [b.reason for b in list_backups(desk.layout.backups)] == ["before-restore"]
    codes = {r["code"] for r in _cli(capsys, desk, "dossier", "list", "--json").json()}
    assert codes == set(filled.values())


def test_db_commands_as_a_real_process_never_show_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    data.mkdir()
    (data / "motcua.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    result = run_process("--data-dir", str(data), "dossier", "list")
    assert result.code == 2
    assert "Traceback" not in result.err
    assert result.err.count("\n") == 1
    assert "không có bản sao lưu nào" in result.err
