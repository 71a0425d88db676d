"""Document scans: one small PDF per paper, from picture files, scanner PDFs, a watched folder or the webcam."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw
from pypdf import PdfReader, PdfWriter
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.ops import OpRunner
from desktop.scanning.camera import CameraPreview
from desktop.scanning.documents import CameraPages, PaperAssembler, ScannedDocument, WatchedFolder
from desktop.scanning.errors import DocumentFailure, NoPages
from desktop.scanning.paper import PageSettings, pdf_from_pages

A4_PX_300 = (2480, 3508)


def typed_page(*, seal: bool = False, size: tuple[int, int] = A4_PX_300, grain: bool = False) -> Image.Image:
    """A typed A4 page as a 300-dpi colour scan: off-white paper, black "words", maybe a red seal, and with
    `grain` the sensor noise and paper texture a real scanner adds (which is what makes scans heavy)."""
    page = Image.new("RGB", size, (249, 248, 244))
    draw = ImageDraw.Draw(page)
    for y in range(200, size[1] - 300, 64):
        for x in range(200, size[0] - 250, 90):
            draw.rectangle((x, y, x + 60, y + 28), fill=(25, 25, 25))
    if seal:
        draw.ellipse((1700, 2700, 2200, 3200), outline=(205, 25, 30), width=16)
    if grain:
        rng = random.Random(size[0] * 7 + seal)
        noise = Image.frombytes("L", size, rng.randbytes(size[0] * size[1])).point(lambda v: 122 + v * 12 // 255)
        page = ImageChops.add(page, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)
    return page


def save_scan(page: Image.Image, path: Path, quality: int = 90) -> Path:
    page.save(path, dpi=(300, 300), quality=quality)
    return path


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(io.BytesIO(pdf)).pages]


def page_images(pdf: bytes) -> list[Image.Image]:
    """The (one) scanned image of each page."""
    images = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        image = page.images[0].image
        assert image is not None
        images.append(image)
    return images


# -- one paper, one small PDF ---------------------------------------------------------------------------
def test_scanned_pages_become_one_small_a4_pdf(tmp_path: Path) -> None:
    first = save_scan(typed_page(grain=True), tmp_path / "scan0001.jpg", quality=92)
    second = save_scan(typed_page(seal=True, grain=True), tmp_path / "scan0002.jpg", quality=92)
    pdf, count = pdf_from_pages([first, second])
    assert count == 2 and page_sizes(pdf) == [(595, 842), (595, 842)]  # still A4 paper
    images = page_images(pdf)
    assert [i.mode for i in images] == ["L", "RGB"]  # grey page stored grey; the red seal keeps its colour
    assert [i.size for i in images] == [(1240, 1754)] * 2  # 150 dpi
    inputs = first.stat().st_size + second.stat().st_size
    assert inputs > 3_000_000  # what the scanner saved: ≈ 1.8 MB a page
    assert len(pdf) < 450_000 and len(pdf) < inputs / 6


def test_lower_quality_setting_gives_a_smaller_pdf(tmp_path: Path) -> None:
    scan = save_scan(typed_page(), tmp_path / "p.png")
    fine, _ = pdf_from_pages([scan], PageSettings(dpi=200, jpeg_quality=85))
    small, _ = pdf_from_pages([scan], PageSettings(dpi=100, jpeg_quality=40))
    assert len(small) < len(fine) / 2


def test_multi_page_tiff_and_a_photo_without_resolution(tmp_path: Path) -> None:
    tiff = tmp_path / "scan.tif"
    frames = [typed_page().convert("L") for _ in range(3)]
    frames[0].save(tiff, save_all=True, append_images=frames[1:], dpi=(300, 300), compression="tiff_lzw")
    photo = tmp_path / "photo.jpg"
    typed_page(size=(1280, 960)).save(photo)  # a webcam picture: no dpi
    pdf, count = pdf_from_pages([tiff, photo])
    assert count == 4
    assert page_sizes(pdf)[:3] == [(595, 842)] * 3
    assert max(page_sizes(pdf)[3]) == 842  # sized as if its long side were an A4 page's


def test_scanner_pdfs_are_merged_with_their_text_and_shrunk(tmp_path: Path) -> None:
    typed = tmp_path / "typed.pdf"
    doc = canvas.Canvas(str(typed), pagesize=A4)
    doc.drawString(72, 760, "Ban sao giay khai sinh so 123")
    doc.showPage()
    doc.save()
    heavy = tmp_path / "scanner-300dpi.pdf"
    typed_page().convert("L").save(heavy, "PDF", resolution=300, quality=95)
    photo = save_scan(typed_page(), tmp_path / "p3.jpg")
    pdf, count = pdf_from_pages([typed, heavy, photo])
    assert count == 3
    reader = PdfReader(io.BytesIO(pdf))
    assert "giay khai sinh so 123" in reader.pages[0].extract_text()  # text stays text
    shrunk = reader.pages[1].images[0].image
    assert shrunk is not None and shrunk.size == (1240, 1754)  # the 300-dpi scan brought to 150 dpi
    assert len(pdf) < heavy.stat().st_size


@pytest.mark.parametrize("kind", ["missing", "not-a-picture", "broken-pdf", "locked-pdf"])
def test_unusable_files_are_named(tmp_path: Path, kind: str) -> None:
    path = tmp_path / ("giấy tờ.pdf" if kind.endswith("pdf") else "giấy tờ.jpg")
    if kind == "not-a-picture":
        path.write_bytes(b"hello")
    elif kind == "broken-pdf":
        path.write_bytes(b"%PDF-1.7\n garbage")
    elif kind == "locked-pdf":
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        writer.encrypt("mật khẩu")
        with path.open("wb") as out:
            writer.write(out)
    with pytest.raises(DocumentFailure) as caught:
        pdf_from_pages([path])
    assert path.name in str(caught.value) and caught.value.kind == "document"


def test_no_pages() -> None:
    with pytest.raises(NoPages):
        pdf_from_pages([])


# -- the assembler ----------------------------------------------------------------------------------------
@pytest.fixture
def runner() -> Iterator[OpRunner]:
    ops = OpRunner(synchronous=True)
    yield ops
    ops.shutdown()


def test_assembler_builds_the_paper_in_the_chosen_order(qtbot: QtBot, runner: OpRunner, tmp_path: Path) -> None:
    landscape = save_scan(typed_page(size=(3508, 2480)), tmp_path / "ngang.jpg")
    portrait = save_scan(typed_page(), tmp_path / "doc.jpg")
    assembler = PaperAssembler(runner, "giay-khai-sinh")
    ready: list[ScannedDocument] = []
    failures: list[str] = []
    assembler.document_ready.connect(ready.append)
    assembler.failed.connect(lambda kind, message: failures.append(message))
    assert assembler.add_files([portrait, tmp_path / "đơn.docx", landscape]) == 2
    assert len(failures) == 1 and "đơn.docx" in failures[0]
    shot = QImage(640, 480, QImage.Format.Format_RGB32)
    shot.fill(0xFFEEEEEE)
    assembler.add_image(shot)
    assert assembler.page_labels() == ["doc.jpg", "ngang.jpg", "Ảnh webcam 1"]
    assembler.move_page(1, 0)
    assembler.remove_page(2)
    assembler.finish()
    (document,) = ready
    assert document.item_id == "giay-khai-sinh" and document.pages == 2
    assert page_sizes(document.pdf) == [(842, 595), (595, 842)]  # landscape first, as reordered
    assert document.source_paths == (str(landscape), str(portrait))
    assert assembler.page_count() == 0


def test_assembler_reports_a_bad_page_and_keeps_the_pages(qtbot: QtBot, runner: OpRunner, tmp_path: Path) -> None:
    broken = tmp_path / "hỏng.png"
    broken.write_bytes(b"not a png")
    assembler = PaperAssembler(runner, "cccd")
    failures: list[tuple[str, str]] = []
    assembler.failed.connect(lambda kind, message: failures.append((kind, message)))
    assembler.add_files([broken])
    assembler.finish()
    assert failures == [("document", str(DocumentFailure("hỏng.png", "không phải ảnh hoặc tệp ảnh bị hỏng")))]
    assert assembler.page_count() == 1  # nothing lost: the official can remove it and finish


# -- the scanner's folder ---------------------------------------------------------------------------------
def test_watched_folder_announces_complete_new_scans(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "Scans"
    folder.mkdir()
    (folder / "old.jpg").write_bytes(b"already there")
    watcher = WatchedFolder(settle_ms=150, poll_ms=30, rescan_ms=60_000)
    arrived: list[str] = []
    watcher.file_arrived.connect(arrived.append)
    watcher.watch(folder)

    data = io.BytesIO()
    typed_page(size=(800, 1100)).save(data, "JPEG")
    scan = folder / "scan0001.jpg"
    with scan.open("wb") as out:  # the scanner writes the page in two goes
        out.write(data.getvalue()[:1000])
        out.flush()
        qtbot.wait(80)
        assert arrived == []  # still growing
        out.write(data.getvalue()[1000:])
    (folder / "notes.txt").write_text("bỏ qua")
    qtbot.waitUntil(lambda: bool(arrived), timeout=5000)
    qtbot.wait(250)
    assert arrived == [str(scan)]
    Image.open(arrived[0]).verify()  # announced whole

    outside = tmp_path / "elsewhere.jpg"
    outside.write_bytes(b"x")
    assert watcher.remove_imported([str(scan), str(outside)]) == 1
    assert not scan.exists() and outside.exists() and (folder / "old.jpg").exists()
    watcher.stop()


def test_watching_a_missing_folder_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    watcher = WatchedFolder()
    failures: list[str] = []
    watcher.failed.connect(lambda kind, message: failures.append(kind))
    watcher.watch(tmp_path / "không có")
    assert failures == ["document"] and watcher.folder() is None


def test_rescan_finds_files_the_notifications_missed(qtbot: QtBot, tmp_path: Path) -> None:
    watcher = WatchedFolder(settle_ms=60, poll_ms=20, rescan_ms=50)
    watcher.watch(tmp_path)
    watcher._watcher.removePaths(watcher._watcher.directories())  # a network share that never notifies
    arrived: list[str] = []
    watcher.file_arrived.connect(arrived.append)
    (tmp_path / "scan.png").write_bytes(b"\x89PNG whatever")
    qtbot.waitUntil(lambda: bool(arrived), timeout=5000)
    watcher.stop()


# -- the webcam -------------------------------------------------------------------------------------------
class FakeSession:
    def __init__(self) -> None:
        self.sink = QVideoSink()

    def open(self, camera_id: bytes | None, preview: CameraPreview | None) -> QVideoSink:
        return self.sink

    def close(self) -> None:
        pass


def test_camera_pages_capture_the_current_picture(qtbot: QtBot) -> None:
    session = FakeSession()
    pages = CameraPages(session=session)
    assert pages.capture() is None
    pages.start()
    assert pages.capture() is None  # no picture yet
    picture = QImage(1280, 720, QImage.Format.Format_RGB32)
    picture.fill(0xFF336699)
    session.sink.setVideoFrame(QVideoFrame(picture))
    shot = pages.capture()
    assert shot is not None and (shot.width(), shot.height()) == (1280, 720)
    assert shot.pixelColor(10, 10).blue() == 0x99
    pages.stop()
    assert pages.capture() is None
