"""The webcam pipeline without a webcam: QVideoFrames pushed through a real QVideoSink into the scanner."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaDevices, QVideoFrame, QVideoSink
from pytestqt.qtbot import QtBot

from bench.qr_corpus import render_qr
from desktop.ops import OpRunner
from desktop.scanning.camera import (
    SOURCE_CAMERA,
    CameraPreview,
    CameraScanner,
    LiveFrameReader,
    available_cameras,
)
from desktop.scanning.decoder import LIVE, DecodeResult, QrDecoder
from desktop.scanning.frames import gray_from_frame, gray_from_qimage

CARD = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam|15042021"


def qimage_from_pil(picture: Image.Image) -> QImage:
    """A colour camera-like QImage (RGB32) of a Pillow picture."""
    rgb = picture.convert("RGB")
    data = rgb.tobytes()
    image = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return image.convertToFormat(QImage.Format.Format_RGB32)  # a deep copy that owns its pixels


def frame_of(picture: Image.Image) -> QVideoFrame:
    return QVideoFrame(qimage_from_pil(picture))


def card_frame(payload: str | bytes = CARD) -> QVideoFrame:
    canvas = Image.new("L", (640, 480), 200)
    code = render_qr(payload, module_px=4)
    canvas.paste(code, (320 - code.width // 2, 240 - code.height // 2))
    return frame_of(canvas)


def blank_frame() -> QVideoFrame:
    return frame_of(Image.new("L", (640, 480), 180))


class ThreadRecordingDecoder(QrDecoder):
    def __init__(self) -> None:
        super().__init__(LIVE)
        self.threads: list[threading.Thread] = []

    def decode(self, image: Image.Image) -> DecodeResult:
        self.threads.append(threading.current_thread())
        return super().decode(image)


class FakeSession:
    """Stands in for QCamera + QMediaCaptureSession: the test pushes frames into a real QVideoSink."""

    def __init__(self) -> None:
        self.sink = QVideoSink()
        self.opened = 0
        self.closed = 0

    def open(self, camera_id: bytes | None, preview: CameraPreview | None) -> QVideoSink:
        self.opened += 1
        return self.sink

    def close(self) -> None:
        self.closed += 1


@pytest.fixture
def runner() -> Iterator[OpRunner]:
    ops = OpRunner()
    yield ops
    ops.wait_idle(5)
    ops.shutdown()


def test_qimage_with_padded_rows_becomes_the_right_grey_picture() -> None:
    picture = Image.new("L", (33, 7), 255)  # 33 px: each grey row is padded to 36 bytes
    picture.putpixel((32, 6), 0)
    picture.putpixel((0, 0), 100)
    gray = gray_from_qimage(qimage_from_pil(picture))
    assert gray is not None and gray.size == (33, 7)
    assert gray.getpixel((32, 6)) == 0 and gray.getpixel((0, 0)) == 100 and gray.getpixel((5, 5)) == 255
    assert gray_from_qimage(QImage()) is None
    assert gray_from_frame(QVideoFrame()) is None


def test_frames_are_decoded_on_a_worker_thread(qtbot: QtBot, runner: OpRunner) -> None:
    decoder = ThreadRecordingDecoder()
    reader = LiveFrameReader(runner, decoder=decoder)
    results: list[DecodeResult] = []
    reader.decoded.connect(results.append)
    assert reader.offer(card_frame())
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0].text == CARD
    assert decoder.threads and all(t is not threading.main_thread() for t in decoder.threads)


def test_frames_arriving_while_busy_are_dropped(qtbot: QtBot, runner: OpRunner) -> None:
    reader = LiveFrameReader(runner)
    results: list[DecodeResult] = []
    reader.decoded.connect(results.append)
    accepted = [reader.offer(blank_frame()) for _ in range(10)]  # one GUI-thread turn: none delivered yet
    assert accepted == [True] + [False] * 9
    assert (reader.offered, reader.dropped) == (10, 9)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert len(results) == 1 and not reader.busy()
    assert reader.offer(blank_frame())  # free again


def test_camera_reads_once_then_stops_with_feedback(qtbot: QtBot, runner: OpRunner) -> None:
    session = FakeSession()
    signals: list[int] = []
    scanner = CameraScanner(runner, session=session, feedback=lambda: signals.append(1))
    payloads: list[tuple[str, str]] = []
    states: list[bool] = []
    scanner.payload_scanned.connect(lambda text, source: payloads.append((text, source)))
    scanner.running_changed.connect(states.append)
    scanner.start()
    assert scanner.is_running() and session.opened == 1

    session.sink.setVideoFrame(blank_frame())
    qtbot.waitUntil(lambda: not scanner.reader.busy(), timeout=5000)
    assert payloads == [] and scanner.is_running()

    session.sink.setVideoFrame(card_frame())
    qtbot.waitUntil(lambda: bool(payloads), timeout=5000)
    assert payloads == [(CARD, SOURCE_CAMERA)]
    assert signals == [1] and states == [True, False] and not scanner.is_running() and session.closed == 1

    offered = scanner.reader.offered
    session.sink.setVideoFrame(card_frame())  # frames after the read are not even looked at
    assert scanner.reader.offered == offered
    qtbot.wait(50)
    assert payloads == [(CARD, SOURCE_CAMERA)]


def test_a_frame_in_flight_when_stopped_is_forgotten(qtbot: QtBot, runner: OpRunner) -> None:
    session = FakeSession()
    scanner = CameraScanner(runner, session=session, feedback=lambda: None)
    payloads: list[str] = []
    scanner.payload_scanned.connect(lambda text, _source: payloads.append(text))
    scanner.start()
    session.sink.setVideoFrame(card_frame())
    scanner.stop()  # the official closed the camera while the frame was being decoded
    runner.wait_idle(5)
    qtbot.wait(20)
    assert payloads == []


def test_code_that_is_not_utf8_is_said_once_and_the_camera_keeps_looking(qtbot: QtBot, runner: OpRunner) -> None:
    session = FakeSession()
    scanner = CameraScanner(runner, session=session, feedback=lambda: None)
    failures: list[str] = []
    scanner.scan_failed.connect(lambda kind, _message: failures.append(kind))
    scanner.start()
    for _ in range(2):
        session.sink.setVideoFrame(card_frame("Tr\xe2\u0300n".encode("cp1258")))
        qtbot.waitUntil(lambda: not scanner.reader.busy(), timeout=5000)
        runner.wait_idle(5)
    assert failures == ["not_utf8"] and scanner.is_running()
    scanner.stop()


def test_default_feedback_flashes_the_preview(qtbot: QtBot, runner: OpRunner) -> None:
    preview = CameraPreview()
    qtbot.addWidget(preview)
    session = FakeSession()
    scanner = CameraScanner(runner, session=session)
    scanner.attach_preview(preview)
    # What the preview shows at the instant the read is announced: polling afterwards would race the
    # 600 ms flash on a loaded machine.
    seen: list[tuple[bool, str]] = []
    scanner.payload_scanned.connect(lambda _text, _source: seen.append((preview.is_flashing(),
                                                                        preview.styleSheet())))
    scanner.start()
    session.sink.setVideoFrame(card_frame())
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    flashing, style = seen[0]
    assert flashing and "#2e7d32" in style
    qtbot.waitUntil(lambda: preview.styleSheet() == "", timeout=3000)


@pytest.mark.skipif(bool(QMediaDevices.videoInputs()), reason="this machine has a camera")
def test_no_camera_is_a_clear_message(qtbot: QtBot, runner: OpRunner) -> None:
    scanner = CameraScanner(runner)
    failures: list[tuple[str, str]] = []
    scanner.scan_failed.connect(lambda kind, message: failures.append((kind, message)))
    scanner.start()
    assert failures == [("no_camera", "Không tìm thấy webcam nào trên máy này")]
    assert not scanner.is_running() and available_cameras() == []
