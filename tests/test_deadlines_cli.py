"""`motcua deadline`: due date-time and working days, JSON keys, catalogue lookup, desk settings, bad input."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from forms.catalogue import load_default_catalogue
from forms.desk import DeskProfile
from forms.processing_time import TimeUnit
from sync.desk_profile import write_profile
from sync.layout import DataLayout
from sync.store import Store
from tests.cli_helpers import run_cli, run_process


def deadline(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    result = run_cli(capsys, "deadline", *argv, "--json")
    assert result.code == 0, result.err
    document = result.json()
    assert isinstance(document, dict)
    return document


@pytest.mark.parametrize(
    ("received", "option", "due", "working_days"),
    [
        ("2025-04-24T10:00", ["--working-days", "3"], "2025-04-28T17:00", 3),
        ("2025-04-24T15:30", ["--working-days", "3"], "2025-04-29T17:00", 3),
        ("2025-04-24T15:00", ["--working-days", "3"], "2025-04-28T17:00", 3),
        ("2025-01-24T10:00", ["--working-days", "3"], "2025-02-05T17:00", 3),
        ("2026-08-20T10:00", ["--working-days", "3"], "2026-08-24T17:00", 3),
        ("2025-04-24T10:00", ["--working-days", "0"], "2025-04-24T17:00", 0),
        ("2025-04-24T16:00", ["--same-day"], "2025-04-25T17:00", None),
        ("2025-04-24T11:00", ["--same-day"], "2025-04-24T17:00", None),
        ("2025-04-24 10:00", ["--working-hours", "4"], "2025-04-24T14:00", None),
    ],
)
def test_due_date_and_working_days(capsys: pytest.CaptureFixture[str], received: str, option: list[str], due: str,
                                   working_days: int | None) -> None:
    document = deadline(capsys, "--received", received, *option)
    assert document["due"] == due
    assert document["working_days"] == working_days


def test_json_carries_the_effective_reception_day(capsys: pytest.CaptureFixture[str]) -> None:
    document = deadline(capsys, "--received", "2025-04-24T15:30", "--working-days", "3")
    assert document["effective_reception_day"] == "2025-04-25"
    assert document["received"] == "2025-04-24T15:30"


def test_procedure_time_comes_from_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    catalogue = load_default_catalogue()
    by_unit = {p.processing_time.unit: p for p in catalogue.procedures}
    counted = by_unit[TimeUnit.WORKING_DAYS]
    same_day = by_unit[TimeUnit.SAME_DAY]
    n = counted.processing_time.value
    by_days = deadline(capsys, "--received", "2025-04-24T10:00", "--working-days", str(n))
    by_code = deadline(capsys, "--received", "2025-04-24T10:00", "--procedure", counted.code)
    assert (by_code["due"], by_code["working_days"]) == (by_days["due"], n)
    assert by_code["procedure"] == {"code": counted.code, "name": counted.name}
    assert deadline(capsys, "--received", "2025-04-24T15:30", "--procedure", same_day.code)["due"] == "2025-04-25T17:00"


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "deadline", "--received", "2025-04-24T10:00", "--working-days", "3")
    assert result.code == 0
    assert "Hạn trả kết quả: 17:00 Thứ Hai, 28/04/2025" in result.out
    assert "3 ngày làm việc" in result.out


def test_the_desks_office_hours_and_province_overrides_are_used(capsys: pytest.CaptureFixture[str],
                                                                tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    layout = DataLayout(desk)
    layout.root.mkdir(parents=True)
    with Store.open(layout) as store:
        write_profile(store, DeskProfile(office_close=time(16, 30), cutoff=time(16, 0)))
        store.put_reference("calendar", "1", {"items": [{"Ngay": "20250428", "LamViec": False, "GhiChu": "nghỉ"}]})
    result = run_cli(capsys, "--data-dir", str(desk), "deadline", "--received", "2025-04-24T15:30",
                     "--working-days", "3", "--json")
    assert result.code == 0, result.err
    assert result.json()["due"] == "2025-04-29T16:30"  # 15:30 is before this desk's 16:00 cutoff; 28/4 off


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--received", "24/04/2025 10:00", "--working-days", "3"], "YYYY-MM-DDTHH:MM"),
        (["--received", "2025-02-30T10:00", "--working-days", "3"], "không hợp lệ"),
        (["--received", "2025-04-24", "--working-days", "3"], "YYYY-MM-DDTHH:MM"),
        (["--received", "2025-04-24T10:00", "--working-days", "-1"], "--working-days"),
        (["--received", "2025-04-24T10:00", "--working-days", "ba"], "không phải số nguyên"),
        (["--received", "2025-04-24T10:00", "--procedure", "9.999999"], "Không có thủ tục"),
        (["--received", "2125-04-24T10:00", "--working-days", "3"], "năm 2125"),
        (["--received", "2025-04-24T10:00"], "Cần một trong các tham số"),
        (["--received", "2025-04-24T10:00", "--same-day", "--working-days", "2"], "Không dùng"),
    ],
)
def test_bad_input_is_exit_2_with_one_vietnamese_line(argv: list[str], words: str) -> None:
    result = run_process("deadline", *argv)
    assert result.code == 2, result.out
    assert words in result.err
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err
