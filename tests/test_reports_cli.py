"""`motcua report stats` against a real store in a temporary data folder: text, JSON, PDF, XLSX, bad input."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from forms.clock import VN_TZ
from forms.desk import DeskProfile
from forms.reporting import FORM_HEADER_ROWS
from forms.status import Channel
from sync.desk_profile import write_profile
from sync.layout import DataLayout
from sync.store import MemoryKeys, Store
from tests.cli_helpers import run_cli, run_process
from tests.print_fixtures import needs_poppler, read_pdf
from tests.reports_fixtures import Case, Outcome, write_case
from tests.store_fixtures import Clock, InMemoryKeyring, memory_keyring_fixture  # noqa: F401  (fixtures)

DESK = DeskProfile(agency_code="000.00.12.H49", governing_body="UBND XÃ TAM THANH", place_name="Tam Thanh",
                   centre_name="BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=VN_TZ)


@pytest.fixture(name="desk")
def desk_fixture(_isolated_data_dir: Path, memory_keyring: InMemoryKeyring) -> DataLayout:
    """July 2025 at a commune desk: three civil-status dossiers, one certification carried over from June."""
    layout = DataLayout(_isolated_data_dir)
    clock = Clock()
    with Store.open(layout, clock=clock, keys=MemoryKeys()) as store:
        write_profile(store, DESK)
        cases = [
            Case(at(date(2025, 7, 2)), timedelta(days=3), Outcome.RESULT_READY, end_after=timedelta(days=1),
                 channel=Channel.ONLINE, scan_at_reception=True),  # before due
            Case(at(date(2025, 7, 7)), timedelta(days=3, hours=8), Outcome.RETURNED,  # due 10 July 17:00
                 end_after=timedelta(days=3, hours=9), rating=3),  # ready at 18:00: after due
            Case(at(date(2025, 7, 28)), timedelta(days=3), Outcome.PROCESSING),  # overdue at the end of July
            Case(at(date(2025, 6, 30), 16), timedelta(days=1), Outcome.RESULT_READY,  # carried over, on due
                 end_after=timedelta(hours=18), field=1),
            Case(at(date(2025, 7, 3)), timedelta(days=3), Outcome.PROCESSING, training=True),
        ]
        for i, case in enumerate(cases):
            write_case(store, clock, case, i)
    return layout


def test_json_document_for_a_month(desk: DataLayout, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "report", "stats", "--month", "2025-07", "--json")
    assert result.code == 0, result.err
    document = result.json()
    assert document["period"] == {"from": "2025-07-01", "to": "2025-07-31", "kind": "month", "statutory": False,
                                  "label": "Tháng 7 năm 2025 (từ ngày 01/07/2025 đến ngày 31/07/2025)"}
    assert document["as_of"] == "2025-08-01T00:00:00+07:00"
    assert document["include_training"] is False
    rows = {row["field_code"]: row for row in document["rows"]}
    assert list(rows) == ["chung-thuc", "ho-tich"]
    assert rows["chung-thuc"]["field_name"] == "Chứng thực"
    assert {k: rows["chung-thuc"][k] for k in ("taken_up_total", "carried_over", "received_total",
                                                "finished_on_due", "in_progress_total")} == {
        "taken_up_total": 1, "carried_over": 1, "received_total": 0, "finished_on_due": 1, "in_progress_total": 0}
    civil = rows["ho-tich"]
    assert (civil["received_total"], civil["received_online"], civil["received_desk_or_post"]) == (3, 1, 2)
    assert (civil["finished_total"], civil["finished_before_due"], civil["finished_on_due"],
            civil["finished_after_due"]) == (2, 1, 0, 1)
    assert (civil["in_progress_total"], civil["in_progress_in_time"], civil["in_progress_overdue"]) == (1, 0, 1)
    assert (civil["digitised_dossiers"], civil["results_total"], civil["ratings_very_satisfied"]) == (1, 2, 1)
    assert document["totals"]["taken_up_total"] == 4
    assert document["rates"] == {"on_time_rate": round(2 / 3, 6), "online_share": round(1 / 3, 6),
                                 "dossier_digitisation_rate": round(1 / 3, 6), "result_digitisation_rate": 0.0,
                                 "satisfaction_rate": 1.0}


def test_training_dossiers_only_with_the_option(desk: DataLayout, capsys: pytest.CaptureFixture[str]) -> None:
    plain = run_cli(capsys, "report", "stats", "--from", "2025-07-01", "--to", "2025-07-31", "--json").json()
    training = run_cli(capsys, "report", "stats", "--from", "2025-07-01", "--to", "2025-07-31", "--training",
                       "--json").json()
    assert plain["totals"]["received_total"] == 3
    assert training["totals"]["received_total"] == 4 and training["include_training"] is True


def test_period_shortcuts_name_the_same_days(desk: DataLayout, capsys: pytest.CaptureFixture[str]) -> None:
    by_quarter = run_cli(capsys, "report", "stats", "--quarter", "2025-Q3", "--json").json()
    by_range = run_cli(capsys, "report", "stats", "--from", "2025-07-01", "--to", "2025-09-30", "--json").json()
    assert by_quarter["period"]["label"] == "Quý III năm 2025 (từ ngày 01/07/2025 đến ngày 30/09/2025)"
    assert by_quarter["rows"] == by_range["rows"]
    statutory = run_cli(capsys, "report", "stats", "--month", "2025-07", "--statutory", "--json").json()
    assert (statutory["period"]["from"], statutory["period"]["to"]) == ("2025-06-15", "2025-07-14")
    assert statutory["totals"]["received_total"] == 3  # 30 June, 2 and 7 July
    year = run_cli(capsys, "report", "stats", "--year", "2025", "--json").json()
    assert year["totals"]["carried_over"] == 0 and year["totals"]["received_total"] == 4


def test_text_table_in_vietnamese(desk: DataLayout, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "report", "stats", "--month", "2025-07")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Tình hình, kết quả giải quyết TTHC — Tháng 7 năm 2025 (từ ngày 01/07/2025 đến ngày 31/07/2025)"
    civil = next(line for line in lines if line.startswith("Hộ tịch"))
    assert civil.split()[2:] == ["3", "0", "3", "1", "2", "2", "1", "0", "1", "1", "0", "1"]
    assert "Tỷ lệ giải quyết đúng hạn: 66,7% (2/3)" in lines


@needs_poppler
def test_pdf_and_xlsx_exports(desk: DataLayout, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf_path, xlsx_path = tmp_path / "bieu.pdf", tmp_path / "bieu.xlsx"
    result = run_cli(capsys, "report", "stats", "--month", "2025-07", "--pdf", str(pdf_path), "--xlsx",
                     str(xlsx_path), "--preparer", "Lê Thị Lan", "--actor", "lan", "--json")
    assert result.code == 0, result.err
    assert result.json()["written"] == [str(pdf_path), str(xlsx_path)]

    pdf = read_pdf(pdf_path.read_bytes(), tmp_path)
    for text in ("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "Hộ tịch", "Chứng thực", "Lê Thị Lan",
                 "Kỳ báo cáo: Tháng 7 năm 2025", "UBND XÃ TAM THANH", "Tỷ lệ giải quyết đúng hạn 66,7%"):
        assert text in pdf.flat, text
    assert pdf.page_size[0] > pdf.page_size[1]  # landscape

    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_path.read_bytes())).active
    assert sheet is not None
    labels = {row[1].value: [c.value for c in row[2:14]] for row in sheet.iter_rows(min_row=8 + FORM_HEADER_ROWS)
              if isinstance(row[1].value, str)}
    assert labels["Hộ tịch"] == [3, 0, 3, 1, 2, 2, 1, 0, 1, 1, 0, 1]
    assert labels["Tổng cộng"][0] == 4

    with Store.open(desk, keys=MemoryKeys()) as store:
        exports = [e for e in store.audit_log() if e.action == "export"]
    assert sorted((e.actor, e.changes["format"]) for e in exports) == [("lan", "pdf"), ("lan", "xlsx")]


@pytest.mark.parametrize(("argv", "message"), [
    (["--month", "2025-13"], "Tháng 13 không có thật"),
    (["--quarter", "2025-3"], "không phải quý dạng YYYY-Qn"),
    ([], "Chọn đúng một kỳ báo cáo"),
    (["--month", "2025-07", "--year", "2025"], "Chọn đúng một kỳ báo cáo"),
    (["--from", "2025-07-01"], "Cần cả --from và --to"),
    (["--from", "2025-07-31", "--to", "2025-07-01"], "trước ngày bắt đầu"),
    (["--from", "2025-07-01", "--to", "2025-07-32"], "không phải ngày dạng YYYY-MM-DD"),
    (["--from", "2025-07-01", "--to", "2025-07-31", "--statutory"], "--statutory chỉ dùng"),
    (["--month", "2025-07", "--pdf", "bieu.txt"], "cần đuôi .pdf"),
    (["--month", "2025-07", "--xlsx", "bieu.xls"], "cần đuôi .xlsx"),
])
def test_bad_input_is_one_vietnamese_line_and_exit_2(desk: DataLayout, argv: list[str], message: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "report", "stats", *argv)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def test_a_data_folder_without_a_database_is_refused(tmp_path: Path) -> None:
    result = run_process("--data-dir", str(tmp_path / "empty"), "report", "stats", "--year", "2025")
    assert result.code == 2
    assert "chưa có cơ sở dữ liệu hồ sơ" in result.err and "Traceback" not in result.err
