"""`motcua portal …`: the reference portal's command line, as an administrator or a test script uses it."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from forms.dossier_code import parse_code
from tests.cli_helpers import run_cli, run_process
from tests.sync_fixtures import AGENCY, start_portal_process, stop_process


def test_accounts_online_dossiers_and_the_listing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "portal.sqlite3")
    added = run_cli(capsys, "portal", "account", "add", "ban-1", "mk", "--agency", AGENCY, "--db", db, "--json")
    assert added.code == 0 and added.json() == {"username": "ban-1", "agency": AGENCY}
    seeded = run_cli(capsys, "portal", "seed-online", "2", "--agency", AGENCY, "--db", db, "--seed", "4")
    codes = seeded.out.split()
    assert len(codes) == 2 and all(parse_code(code).number > 9000 for code in codes)

    listing = run_cli(capsys, "portal", "list", "--db", db, "--json").json()
    assert [row["code"] for row in listing] == sorted(codes)
    for row in listing:
        assert {"code", "agency", "status", "revision", "channel"} <= set(row)
        assert (row["agency"], row["status"], row["revision"], row["channel"]) == (AGENCY, 1, 1, 2)

    moved = run_cli(capsys, "portal", "set-status", codes[0], "7", "--reason", "Công dân rút", "--db", db, "--json")
    assert moved.code == 0 and moved.json() == {"code": codes[0], "status": 7, "revision": 2}
    text = run_cli(capsys, "portal", "list", "--db", db).out
    assert "Công dân yêu cầu rút hồ sơ" in text


@pytest.mark.parametrize("argv,fragment", [
    (["set-status", "000.00.12.H49-250101-0001", "4"], "Cổng không có hồ sơ mã"),
    (["set-status", "X", "11"], "TrangThaiHoSo"),
    (["account", "add", "u", "p", "--agency", "H49"], "không đúng dạng"),
    (["calendar", "2025-02-30", "--working"], "không hợp lệ"),
    (["serve", "--port", "0", "--faults", "drop=3"], "drop"),
])
def test_bad_input_is_one_vietnamese_line_and_exit_2(tmp_path: Path, argv: list[str], fragment: str) -> None:
    result = run_process("portal", *argv, "--db", str(tmp_path / "p.sqlite3"))
    assert result.code == 2
    assert result.err.count("\n") == 1 and fragment in result.err
    assert "Traceback" not in result.err


def test_serve_binds_a_free_port_seeds_and_stops_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "portal.sqlite3"
    assert run_process("portal", "account", "add", "ban-1", "mk", "--agency", AGENCY, "--db", str(db)).code == 0
    process, url = start_portal_process(db, "--seed-online", "3")
    try:
        health = httpx.get(f"{url}/v1/health", timeout=10)
        assert health.status_code == 200 and health.json()["status"] == "ok"
        token = httpx.post(f"{url}/v1/auth/token", json={"username": "ban-1", "password": "mk"}).json()
        changes = httpx.get(f"{url}/v1/changes", headers={"Authorization": f"Bearer {token['access_token']}"})
        assert len(changes.json()["changes"]) == 3
    finally:
        code = stop_process(process)
    assert code == 0 or sys.platform == "win32"  # Ctrl+C is a normal end
