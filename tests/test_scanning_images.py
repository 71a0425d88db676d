"""A QR from a picture file or from the clipboard (image data or a copied picture file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from bench.qr_corpus import render_qr
from desktop.ops import OpRunner
from desktop.scanning.images import SOURCE_CLIPBOARD, SOURCE_IMAGE, ImageScanner

CARD = "038185004321|171234567|Lê Thị Hạnh|12071985|Nữ|Xóm 4, Xã Quảng Đức, Huyện Quảng Xương, Tỉnh Thanh Hóa|03032023"


@pytest.fixture
def runner() -> Iterator[OpRunner]:
    ops = OpRunner(synchronous=True)  # the job and its callbacks run at once: no waiting
    yield ops
    ops.shutdown()


class Outcome:
    def __init__(self, scanner: ImageScanner) -> None:
        self.payloads: list[tuple[str, str]] = []
        self.failures: list[tuple[str, str]] = []
        scanner.payload_scanned.connect(lambda text, source: self.payloads.append((text, source)))
        scanner.scan_failed.connect(lambda kind, message: self.failures.append((kind, message)))


def test_picture_file(qtbot: QtBot, runner: OpRunner, tmp_path: Path) -> None:
    picture = tmp_path / "ảnh thẻ.jpg"
    canvas = Image.new("RGB", (700, 500), (215, 205, 190))
    canvas.paste(render_qr(CARD, module_px=5).convert("RGB"), (150, 40))
    canvas.save(picture, quality=80)
    scanner = ImageScanner(runner)
    outcome = Outcome(scanner)
    scanner.scan_file(picture)
    assert outcome.payloads == [(CARD, SOURCE_IMAGE)] and outcome.failures == []


@pytest.mark.parametrize(
    ("content", "kind"),
    [(None, "image_missing"), (b"garbage", "image_unreadable"), ("blank", "no_code")],
)
def test_pictures_that_give_nothing(qtbot: QtBot, runner: OpRunner, tmp_path: Path,
                                    content: bytes | str | None, kind: str) -> None:
    path = tmp_path / "x.png"
    if content == "blank":
        Image.new("L", (300, 200), 255).save(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    scanner = ImageScanner(runner)
    outcome = Outcome(scanner)
    scanner.scan_file(path)
    assert outcome.payloads == [] and [k for k, _ in outcome.failures] == [kind]
    assert outcome.failures[0][1]  # a Vietnamese sentence for the official


def test_clipboard_image(qtbot: QtBot, runner: OpRunner) -> None:
    code = render_qr(CARD, module_px=3).convert("RGB")
    image = QImage(code.tobytes(), code.width, code.height, code.width * 3, QImage.Format.Format_RGB888).copy()
    QGuiApplication.clipboard().setImage(image)
    scanner = ImageScanner(runner)
    outcome = Outcome(scanner)
    scanner.scan_clipboard()
    assert outcome.payloads == [(CARD, SOURCE_CLIPBOARD)]


def test_clipboard_with_a_copied_picture_file(qtbot: QtBot, runner: OpRunner, tmp_path: Path) -> None:
    picture = tmp_path / "scan.png"
    render_qr(CARD).save(picture)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt")), QUrl.fromLocalFile(str(picture))])
    QGuiApplication.clipboard().setMimeData(mime)
    scanner = ImageScanner(runner)
    outcome = Outcome(scanner)
    scanner.scan_clipboard()
    assert outcome.payloads == [(CARD, SOURCE_CLIPBOARD)]


def test_clipboard_without_a_picture(qtbot: QtBot, runner: OpRunner) -> None:
    QGuiApplication.clipboard().setText("không phải ảnh")
    scanner = ImageScanner(runner)
    outcome = Outcome(scanner)
    scanner.scan_clipboard()
    assert outcome.payloads == [] and [k for k, _ in outcome.failures] == ["clipboard_empty"]


def test_decoding_runs_on_the_background_helper(qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "card.png"
    render_qr(CARD).save(picture)
    ops = OpRunner()
    try:
        scanner = ImageScanner(ops)
        outcome = Outcome(scanner)
        scanner.scan_file(picture)
        assert outcome.payloads == [] and ops.is_busy()  # not decoded on the GUI thread, in the call
        qtbot.waitUntil(lambda: bool(outcome.payloads), timeout=5000)
        assert outcome.payloads == [(CARD, SOURCE_IMAGE)]
    finally:
        ops.wait_idle(5)
        ops.shutdown()
