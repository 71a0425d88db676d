"""Receipt generation against a bare reportlab page with the same text, measured in the same run.

    python -m bench.print [--runs N] [--quick] [--cpu]

- `bare page`: the receipt's own text (both copies, read back from a rendered receipt with `pdftotext`),
  drawn line by line with `canvas.drawString` on one A4 landscape page in the same embedded font family
  (regular, bold for the upper-case lines, italic for the bracketed ones), then saved: what reportlab costs
  with no layout at all.
- `receipt A4`: `printing.documents.receipt_pdf` — both copies, the wrapped layout, the signed QR (Ed25519
  signing included), a different dossier every run (another applicant's name, address, ID number, code and
  time) so that the QR is encoded afresh and every line about the citizen is laid out afresh each time; the
  form's fixed wording is laid out once per process, as at a desk printing slip after slip.
- `receipt A5`; the receipt whose QR is already encoded (the same dossier every run: layout and PDF only);
  the QR encoding alone; and the other forms for scale.
- where the time goes: the share of the bare page and of the QR-encoded receipt spent writing the PDF
  (`Canvas.save`: font subsetting and compression, much the same for both) and in layout and drawing.

Goals (issue 7): receipt median ≤ 1.5 × the bare page, and under 60 ms with its QR.
reportlab's C accelerator (`rl_accel`, the `reportlab[accel]` extra) speeds both sides; the script says
whether it is in use. Needs poppler's `pdftotext` (installed by the README's Debian set-up) to read the receipt's text back.
"""

from __future__ import annotations

import argparse
import io
import itertools
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from bench.timing import Measurement, report
from forms.clock import VN_TZ
from forms.desk import DeskProfile
from forms.dossier import Applicant, DocumentItem, Dossier, DossierEvent, SyncState
from forms.status import DossierStatus
from printing import documents
from printing.fonts import FAMILY, register_fonts
from printing.qr import encode

DESK = DeskProfile(
    agency_code="000.00.12.H49",
    centre_name="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TAM THANH",
    governing_body="UBND XÃ TAM THANH",
    place_name="Tam Thanh",
    desk_number=2,
)
KEY = Ed25519PrivateKey.generate()
RECEIVED = datetime(2025, 7, 15, 9, 30, tzinfo=VN_TZ)


SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Thị", "Văn", "Hữu", "Ngọc", "Đức", "Thanh", "Minh", "Quốc", "Thu", "Xuân", "Bảo")
GIVEN = ("Hương", "Dũng", "Lan", "Tuấn", "Phượng", "Khoa", "Nhung", "Quyết", "Hằng", "Thắng", "Yến", "Lộc", "Trường")
STREETS = ("Nguyễn Thị Minh Khai", "Lê Lợi", "Trần Hưng Đạo", "Phan Đình Phùng", "Hùng Vương", "Điện Biên Phủ")


def applicant_name(number: int) -> str:
    return f"{SURNAMES[number % 12]} {MIDDLE[number // 12 % 11]} {GIVEN[number // 132 % 13]}"


def dossier(number: int) -> Dossier:
    """A receipt's dossier; every number gives another applicant, address, ID number, code and time, so
    that nothing a slip prints about its citizen is the same as on the slip before it."""
    return Dossier(
        code=f"000.00.12.H49-250715-{1000 + number % 9000:04d}",
        procedure_code="1.001193",
        procedure_name="Đăng ký khai sinh",
        catalogue_version="2025.07",
        applicant=Applicant(
            full_name=applicant_name(number),
            id_number=f"049190{number % 1_000_000:06d}",
            address=f"Số nhà {number % 300 + 1}/45 hẻm 8, đường {STREETS[number % 6]}, tổ dân phố Phước Thành, "
                    "phường Thủy Xuân, thành phố Huế, tỉnh Thừa Thiên Huế",
            phone="0905123456",
            email="huong.nguyen@example.vn",
        ),
        received_at=RECEIVED + timedelta(minutes=number % 400),
        due_at=datetime(2025, 7, 18, 17, 0, tzinfo=VN_TZ),
        documents=(
            DocumentItem("Tờ khai đăng ký khai sinh theo mẫu", 1, "original", received=True),
            DocumentItem("Giấy chứng sinh do cơ sở y tế cấp", 1, "original", received=True),
            DocumentItem("Giấy chứng nhận kết hôn của cha, mẹ", 1, "certified_copy", received=True),
        ),
        fee=1_250_000 + number % 7 * 15_000,
        sync_state=SyncState.PENDING,
    )


def receipt(number: int, *, a5: bool = False) -> bytes:
    return documents.receipt_pdf(dossier(number), DESK, signing_key=KEY, processing_time="03 ngày làm việc",
                                 a5=a5)


def receipt_text_lines(pdf: bytes) -> list[str]:
    if shutil.which("pdftotext") is None:
        raise SystemExit("bench.print needs pdftotext (poppler-utils) to read the receipt's text back")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "receipt.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                              capture_output=True, text=True, encoding="utf-8").stdout
    return [line for line in text.splitlines() if line.strip()]


def bare_page(lines: list[str]) -> bytes:
    """The same text, drawn with no layout: one drawString per line, both halves of one A4 landscape page."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4), initialFontName=FAMILY.regular)
    half = len(lines) // 2
    for copy, chunk in enumerate((lines[:half], lines[half:])):
        y = 570.0
        for line in chunk:
            font = FAMILY.bold if line.isupper() else FAMILY.italic if line.startswith("(") else FAMILY.regular
            canvas.setFont(font, 10)
            canvas.drawString(30 + copy * 421, y, line)
            y -= 11.5
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


CLOCK: Callable[[], float] = time.perf_counter


def measure_interleaved(first: tuple[str, Callable[[], object]], second: tuple[str, Callable[[], object]], *,
                        runs: int, warmup: int = 2) -> tuple[Measurement, Measurement]:
    """Time two functions alternately, run after run; each sample is one call."""
    for _ in range(warmup):
        first[1]()
        second[1]()
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for (_name, fn), bucket in zip((first, second), samples, strict=True):
            start = CLOCK()
            fn()
            bucket.append(CLOCK() - start)
    return Measurement(first[0], tuple(samples[0])), Measurement(second[0], tuple(samples[1]))


def measure(name: str, fn: Callable[[], object], *, runs: int, warmup: int = 1) -> Measurement:
    """bench.timing.measure with this script's clock (wall time, or the process's CPU time with --cpu)."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = CLOCK()
        fn()
        samples.append(CLOCK() - start)
    return Measurement(name, tuple(samples))


def split_save(fn: Callable[[], object], *, runs: int) -> tuple[float, float]:
    """(median ms per call, median ms of it in `Canvas.save`): writing the PDF (font subsets, compression)
    against everything before it (layout and drawing), timed with this script's clock."""
    original = Canvas.save
    saving: list[float] = []

    def timed_save(canvas: Canvas) -> None:
        start = CLOCK()
        original(canvas)
        saving.append(CLOCK() - start)

    Canvas.save = timed_save
    try:
        fn()
        saving.clear()
        totals = []
        for _ in range(runs):
            start = CLOCK()
            fn()
            totals.append(CLOCK() - start)
    finally:
        Canvas.save = original
    return 1000 * statistics.median(totals), 1000 * statistics.median(saving)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.print", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25, help="timed runs per measurement (default 25)")
    parser.add_argument("--quick", action="store_true", help="3 runs each: a smoke run")
    parser.add_argument("--cpu", action="store_true",
                        help="time the process's CPU time instead of wall time (on a machine busy with other work, "
                             "wall time measures the queue for the cores; CPU time the work itself)")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else max(3, args.runs)
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    print(f"clock: {'process CPU time' if args.cpu else 'wall time'}")

    register_fonts()
    counter = itertools.count(1)
    lines = receipt_text_lines(receipt(0))
    from reportlab.lib.rl_accel import fp_str

    print(f"reportlab C accelerator (rl_accel): {'yes' if fp_str.__module__ == '_rl_accel' else 'no'}")
    print(f"receipt text: {len(lines)} lines, {sum(len(line) for line in lines)} characters (both copies)")

    # Interleaved, so that both sides see the same machine load (other processes share the cores).
    bare, a4 = measure_interleaved(
        ("bare page (same text)", lambda: bare_page(lines)),
        ("receipt A4, 2 copies + signed QR", lambda: receipt(next(counter))),
        runs=runs,
    )
    a5 = measure("receipt A5, 1 copy + signed QR", lambda: receipt(next(counter), a5=True), runs=runs, warmup=2)
    warm = measure("receipt A4, its QR already encoded (same dossier)", lambda: receipt(0), runs=runs, warmup=2)
    qr = measure("QR encoding alone (fresh text)",
                 lambda: encode(f"https://dichvucong.gov.vn/tra-cuu-ho-so?hs={next(counter)}&ck={'A' * 200}"),
                 runs=runs, warmup=1)
    report(bare)
    report(a4, bare)
    report(a5, bare)
    report(warm, bare)
    report(qr)

    sample = dossier(1)
    events = [DossierEvent(sample.uuid, "create", "tiepnhan01", sample.received_at, None, DossierStatus.RECEIVED)]
    many = [replace(dossier(n), received_at=RECEIVED + timedelta(minutes=n)) for n in range(100)]
    others = {
        "supplement (02)": lambda: documents.supplement_pdf(sample, DESK, requirements=["Bổ sung giấy chứng sinh"],
                                                            reason="Thiếu giấy tờ"),
        "refusal (03)": lambda: documents.refusal_pdf(sample, DESK, reasons=["Không thuộc thẩm quyền"]),
        "apology (04)": lambda: documents.apology_pdf(sample, DESK, reason="Cần xác minh",
                                                      new_due_at=datetime(2025, 7, 25, 17, 0, tzinfo=VN_TZ)),
        "control (05)": lambda: documents.control_pdf(sample, DESK, events),
        "ledger (06), 100 rows": lambda: documents.ledger_pdf(many, DESK, date_from=date(2025, 7, 15),
                                                              date_to=date(2025, 7, 15)),
    }
    for name, render in others.items():
        report(measure(name, render, runs=max(3, runs // 3), warmup=1))

    bare_total, bare_save = split_save(lambda: bare_page(lines), runs=runs)
    warm_total, warm_save = split_save(lambda: receipt(0), runs=runs)
    print(f"where the time goes (medians, separate run): writing the PDF (Canvas.save: font subsets, compression) "
          f"{bare_save:.1f} of the bare page's {bare_total:.1f} ms and {warm_save:.1f} of the QR-encoded receipt's "
          f"{warm_total:.1f} ms; layout and drawing {bare_total - bare_save:.1f} ms against "
          f"{warm_total - warm_save:.1f} ms")

    ratio = a4.ratio_to(bare)
    print(f"goal ≤ 1.5× the bare page: {'met' if ratio <= 1.5 else 'NOT met'} ({ratio:.2f}×); "
          f"goal < 60 ms: {'met' if a4.median_ms < 60 else 'NOT met'} ({a4.median_ms:.1f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
