"""`motcua account add|list|passwd|disable|enable`: exact JSON keys, Vietnamese refusals with exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync import accounts
from sync.layout import DataLayout
from sync.store import Store
from tests.cli_helpers import run_cli, run_process


def test_add_then_list_in_json(capsys: pytest.CaptureFixture[str], tmp_path: Path, fast_hashing: None) -> None:
    d = str(tmp_path / "desk")
    added = run_cli(capsys, "--data-dir", d, "account", "add", "Lan.NT", "--role", "reception",
                    "--name", "Nguyễn Thị Lan", "--password", "mật-khẩu-1", "--json")
    assert added.code == 0, added.err
    assert added.json() == {"login": "lan.nt", "display_name": "Nguyễn Thị Lan", "role": "reception", "active": True}
    run_cli(capsys, "--data-dir", d, "account", "add", "admin", "--role", "admin", "--name", "Quản trị",
            "--password", "12345678")
    listed = run_cli(capsys, "--data-dir", d, "account", "list", "--json")
    assert listed.code == 0
    assert [(o["login"], o["role"]) for o in listed.json()] == [("admin", "admin"), ("lan.nt", "reception")]
    assert "password" not in listed.out and "argon2" not in listed.out
    text = run_cli(capsys, "--data-dir", d, "account", "list")
    assert "lan.nt\treception\tNguyễn Thị Lan" in text.out
    with Store.open(DataLayout(Path(d))) as store:
        assert accounts.authenticate(store.connection, "lan.nt", "mật-khẩu-1").login == "lan.nt"
        assert any(e.action == "account_add" for e in store.audit_log())


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["add", "lan", "--role", "boss", "--name", "Lan", "--password", "12345678"], "Vai trò “boss” không có"),
        (["add", "lan", "--role", "head", "--name", "Lan", "--password", "123"], "ít nhất 8 ký tự"),
        (["add", "l ân", "--role", "head", "--name", "Lan", "--password", "12345678"], "không hợp lệ"),
        (["passwd", "nobody", "--password", "12345678"], "Không có tài khoản “nobody”"),
        (["disable", "nobody"], "Không có tài khoản “nobody”"),
    ],
)
def test_bad_input_is_one_vietnamese_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                     fast_hashing: None, argv: list[str], message: str) -> None:
    result = run_cli(capsys, "--data-dir", str(tmp_path / "desk"), "account", *argv)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_disable_enable_and_the_last_admin(capsys: pytest.CaptureFixture[str], tmp_path: Path, fast_hashing: None) -> None:
    d = str(tmp_path / "desk")
    run_cli(capsys, "--data-dir", d, "account", "add", "admin", "--role", "admin", "--name", "Quản trị",
            "--password", "12345678")
    refused = run_cli(capsys, "--data-dir", d, "account", "disable", "admin")
    assert refused.code == 2 and "quản trị viên cuối cùng" in refused.err
    run_cli(capsys, "--data-dir", d, "account", "add", "lan", "--role", "reception", "--name", "Lan",
            "--password", "12345678")
    assert run_cli(capsys, "--data-dir", d, "account", "disable", "lan").code == 0
    assert run_cli(capsys, "--data-dir", d, "account", "list", "--json").json()[1]["active"] is False
    assert run_cli(capsys, "--data-dir", d, "account", "enable", "LAN").code == 0
    assert run_cli(capsys, "--data-dir", d, "account", "passwd", "lan", "--password", "mới-12345678").code == 0
    with Store.open(DataLayout(Path(d))) as store:
        assert accounts.authenticate(store.connection, "lan", "mới-12345678").active


def test_a_duplicate_as_a_real_process_exits_2_without_traceback(tmp_path: Path) -> None:
    d = str(tmp_path / "desk")
    first = run_process("--data-dir", d, "account", "add", "lan", "--role", "reception", "--name", "Lan",
                        "--password", "12345678")
    assert first.code == 0, first.err
    again = run_process("--data-dir", d, "account", "add", "LAN", "--role", "head", "--name", "Lan",
                        "--password", "12345678")
    assert again.code == 2
    assert again.err.strip() == "motcua: Tên đăng nhập “lan” đã có"
    assert "Traceback" not in again.err
