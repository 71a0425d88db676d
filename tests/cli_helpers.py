"""Run `motcua` in-process (fast) or as a real process (exit codes, no traceback) from tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's --help, --version and usage errors
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def run_process(*argv: str, env: dict[str, str] | None = None, stdin: str | None = None,
                timeout: float = 120) -> Result:
    full_env = {**os.environ, **(env or {})}
    completed = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *argv],
        cwd=REPO, env=full_env, input=stdin, capture_output=True, text=True, encoding="utf-8",
        timeout=timeout, check=False,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)
