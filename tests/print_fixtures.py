"""Shared values for the printing and receipt-signature tests: realistic dossiers and an in-memory keyring."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from forms.clock import VN_TZ
from forms.desk import DeskProfile
from forms.dossier import (
    Applicant,
    AuthorisedPerson,
    DocumentItem,
    Dossier,
    DossierEvent,
    SyncState,
)
from forms.status import DossierStatus
from tests.keyring_fixtures import MemoryKeyring as MemoryKeyring
from tests.keyring_fixtures import memory_keyring as memory_keyring  # (fixture)

LONG_ADDRESS = (
    "Số nhà 127/45 hẻm 8, đường Nguyễn Thị Minh Khai, tổ dân phố Phước Thành, "
    "phường Thủy Xuân, thành phố Huế, tỉnh Thừa Thiên Huế"
)

DESK = DeskProfile(
    agency_code="000.00.12.H49",
    centre_name="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TAM THANH",
    governing_body="UBND XÃ TAM THANH",
    place_name="Tam Thanh",
    province_name="Quảng Nam",
    desk_number=2,
)


def make_dossier(**overrides: object) -> Dossier:
    applicant = Applicant(
        full_name="Nguyễn Thị Hương",
        id_number="049190123456",
        address=LONG_ADDRESS,
        phone="0905123456",
        email="huong.nguyen@example.vn",
    )
    values: dict[str, object] = {
        "code": "000.00.12.H49-250715-1001",
        "procedure_code": "1.001193",
        "procedure_name": "Đăng ký khai sinh",
        "catalogue_version": "2025.07",
        "applicant": applicant,
        "received_at": datetime(2025, 7, 15, 9, 30, tzinfo=VN_TZ),
        "due_at": datetime(2025, 7, 18, 17, 0, tzinfo=VN_TZ),
        "documents": (
            DocumentItem("Tờ khai đăng ký khai sinh theo mẫu", 1, "original", received=True),
            DocumentItem("Giấy chứng sinh do cơ sở y tế cấp", 1, "original", received=True),
            DocumentItem("Giấy chứng nhận kết hôn của cha, mẹ", 1, "certified_copy", received=True),
            DocumentItem("Văn bản ủy quyền (nếu có)", 1, "original", received=False),
        ),
        "fee": 1_250_000,
        "sets": 1,
        "sync_state": SyncState.SENT,
    }
    values.update(overrides)
    return Dossier(**values)  # type: ignore[arg-type]


def authorised_dossier() -> Dossier:
    return make_dossier(
        authorised_by=AuthorisedPerson(
            full_name="Đặng Văn Đức",
            id_number="049089654321",
            address="Thôn Phú Quý, xã Tam Thanh, tỉnh Quảng Nam",
            phone="0912345678",
            authorisation_paper="Giấy ủy quyền số 15/UQ ngày 10/7/2025",
        )
    )


def make_events(dossier: Dossier) -> list[DossierEvent]:
    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2025, 7, day, hour, minute, tzinfo=VN_TZ)

    return [
        DossierEvent(dossier.uuid, "receive", "tiepnhan01", at(15, 9, 30), None, DossierStatus.RECEIVED,
                     role="reception"),
        DossierEvent(dossier.uuid, "print", "tiepnhan01", at(15, 9, 31), changes={"form": "01"}),
        DossierEvent(dossier.uuid, "forward", "tiepnhan01", at(15, 14, 5), DossierStatus.RECEIVED,
                     DossierStatus.PROCESSING, role="reception",
                     changes={"to_unit": "Công chức Tư pháp - Hộ tịch", "receiver": "Lê Văn Bình"}),
        DossierEvent(dossier.uuid, "result_ready", "lvbinh", at(18, 10, 0), DossierStatus.PROCESSING,
                     DossierStatus.RESULT_READY, role="processing",
                     changes={"to_unit": "Bộ phận Một cửa", "receiver": "Trần Thị Mai"}),
        DossierEvent(dossier.uuid, "return_result", "ttmai", at(21, 8, 15), DossierStatus.RESULT_READY,
                     DossierStatus.RETURNED, role="reception", reason="Trả kết quả cho công dân",
                     changes={"id_checked": True, "receiver": "Nguyễn Thị Hương"}),
    ]


# --- reading the PDFs back with poppler's tools ------------------------------------------------------

# dev.py installs poppler-utils on Debian (and CI); a Windows machine without poppler skips these tests.
needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdftoppm", "pdfinfo", "pdffonts")),
    reason="poppler-utils (pdftotext, pdftoppm, pdfinfo, pdffonts) not installed",
)


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float


@dataclass(frozen=True)
class PdfFacts:
    text: str  # pdftotext -raw: content-stream order, each form's paragraphs kept together
    flat: str  # the same with every run of whitespace made one space (labels that wrapped still match)
    pages: int
    page_size: tuple[float, float]  # points
    words: list[Word]
    fonts: str  # pdffonts output
    page_texts: list[str]  # the flat text of each page

    def page_text(self, page: int) -> str:
        return self.page_texts[page - 1]


def _run(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True, encoding="utf-8").stdout


def read_pdf(pdf: bytes, tmp_path: Path, name: str = "form") -> PdfFacts:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    text = _run("pdftotext", "-raw", "-enc", "UTF-8", str(path), "-")
    info = _run("pdfinfo", str(path))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    assert size is not None
    bbox = _run("pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-")
    words: list[Word] = []
    page = 0
    for line in bbox.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if found:
            x0, y0, x1, y1 = (float(found.group(i)) for i in range(1, 5))
            words.append(Word(html.unescape(found.group(5)), page, x0, y0, x1, y1))
    page_texts = [" ".join(page_text.split()) for page_text in text.split("\f")][:pages]
    return PdfFacts(text, " ".join(text.split()), pages, (float(size.group(1)), float(size.group(2))),
                    words, _run("pdffonts", str(path)), page_texts)


def render_png(pdf: bytes, tmp_path: Path, dpi: int, name: str = "render") -> list[Path]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(tmp_path / name)], check=True)
    return sorted(tmp_path.glob(f"{name}-*.png"))
