from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import build_parser
from forms.version import VERSION
from tests.cli_helpers import run_cli, run_process


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "--version")
    assert result.code == 0
    assert result.out.strip() == f"MotCua Desk {VERSION}"


def test_db_path_uses_data_dir_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    desk = tmp_path / "desk-a"
    result = run_cli(capsys, "--data-dir", str(desk), "db", "path")
    assert result.code == 0
    assert Path(result.out.strip()) == (desk / "motcua.sqlite3").resolve()
    assert desk.is_dir()


def test_db_path_accepts_data_dir_after_the_subcommand(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    desk = tmp_path / "desk-b"
    result = run_cli(capsys, "db", "path", "--data-dir", str(desk), "--json")
    assert result.code == 0
    assert result.json()["path"] == str((desk / "motcua.sqlite3").resolve())


def test_db_path_falls_back_to_the_environment(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOTCUA_DATA_DIR", str(tmp_path / "from-env"))
    result = run_cli(capsys, "db", "path", "--json")
    assert result.json()["data_dir"] == str((tmp_path / "from-env").resolve())


def test_two_desks_side_by_side_have_separate_databases(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a = run_cli(capsys, "--data-dir", str(tmp_path / "a"), "db", "path").out
    b = run_cli(capsys, "--data-dir", str(tmp_path / "b"), "db", "path").out
    assert a != b


def test_unknown_subcommand_is_one_vietnamese_line_and_exit_2() -> None:
    result = run_process("khong-co-lenh-nay")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "không hợp lệ" in result.err
    assert "Traceback" not in result.err


def test_unusable_data_dir_is_exit_2_in_vietnamese(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run_process("--data-dir", str(blocker / "sub"), "db", "path")
    assert result.code == 2
    assert "Không tạo được thư mục dữ liệu" in result.err
    assert "Traceback" not in result.err


def test_help_lists_only_registered_subcommands() -> None:
    parser = build_parser()
    help_text = parser.format_help()
    subparsers_action = next(a for a in parser._actions if a.dest == "command")
    registered = set(subparsers_action.choices)  # type: ignore[arg-type]
    for name in registered:
        assert name in help_text
    # Every registered subcommand must reach a handler: no placeholders.
    for name, sub in subparsers_action.choices.items():  # type: ignore[union-attr]
        assert sub.get_default("handler") is not None or any(
            a.dest.endswith("_action") for a in sub._actions
        ), name


def test_every_command_module_loads() -> None:
    from desktop.cli import UNAVAILABLE_COMMANDS

    build_parser()
    assert UNAVAILABLE_COMMANDS == {}
