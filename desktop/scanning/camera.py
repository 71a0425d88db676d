"""The webcam: live preview, frames decoded off the GUI thread, a beep and a green flash, stop after a read.

    scanner = CameraScanner(services.runner)
    scanner.attach_preview(preview)          # a CameraPreview in the reception screen (optional)
    scanner.payload_scanned.connect(...)     # (text, "camera")
    scanner.scan_failed.connect(...)         # (kind, Vietnamese message): no_camera, camera, not_utf8
    scanner.start()                          # the default camera, or start(camera_id) from settings

Frames come from a QVideoSink (the preview's, or a hidden one). `LiveFrameReader` hands one frame at a
time to the background helper (desktop/ops.py, pool lane) with the decoder's LIVE passes; frames that
arrive while one is being decoded are dropped, so a slow machine decodes fewer frames instead of
queueing seconds of video. The first frame that reads stops the camera: one card, one read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop.ops import Op, OpRunner
from desktop.scanning.decoder import LIVE, DecodeResult, QrDecoder
from desktop.scanning.errors import CameraFailure, NoCamera, NotUtf8, ScanError
from desktop.scanning.frames import gray_from_frame, gray_from_qimage

log = logging.getLogger(__name__)

SOURCE_CAMERA = "camera"
# A frame that is being decoded for longer than this no longer stops the next one from being tried.
_LIVE_BUDGET_MS = 60.0


@dataclass(frozen=True)
class CameraChoice:
    id: bytes
    description: str
    is_default: bool


def available_cameras() -> list[CameraChoice]:
    default = QMediaDevices.defaultVideoInput()
    return [CameraChoice(bytes(d.id().data()), d.description(), d.id() == default.id())
            for d in QMediaDevices.videoInputs()]


class LiveFrameReader(QObject):
    """Decodes frames on the background helper, one at a time; `offer` drops a frame while busy.

    Signal `decoded(result: DecodeResult)` on the GUI thread, for the frames that were decoded.
    """

    decoded = Signal(object)

    def __init__(self, runner: OpRunner, parent: QObject | None = None, *,
                 decoder: QrDecoder | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._decoder = decoder or QrDecoder(LIVE, budget_ms=_LIVE_BUDGET_MS)
        self._busy = False
        self._generation = 0
        self.offered = 0
        self.dropped = 0

    def busy(self) -> bool:
        return self._busy

    def reset(self) -> None:
        """Forget the frame in flight: its result, when it comes, is ignored (the camera was stopped)."""
        self._generation += 1
        self._busy = False

    def offer(self, frame: QVideoFrame | QImage) -> bool:
        """Decode `frame` unless one is being decoded; returns False when it was dropped."""
        self.offered += 1
        if self._busy:
            self.dropped += 1
            return False
        self._busy = True
        generation = self._generation
        decoder = self._decoder

        def work() -> DecodeResult:
            image = gray_from_frame(frame) if isinstance(frame, QVideoFrame) else gray_from_qimage(frame)
            return decoder.decode(image) if image is not None else DecodeResult(None)

        def done(result: DecodeResult) -> None:
            if generation != self._generation:
                return
            self._busy = False
            self.decoded.emit(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._busy = False
            log.warning("decoding a camera frame failed: %s", type(error).__name__)

        Op(self, work, runner=self._runner).success(done).failure(failed).run()
        return True


class CameraPreview(QWidget):
    """The live picture with a one-line hint; `flash()` frames it in green for a moment after a read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.video = QVideoWidget(self)
        self.video.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.hint = QLabel(self.tr("Đưa mã QR trên thẻ căn cước vào giữa khung hình"), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.hint)
        self.setObjectName("cameraPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a plain QWidget draws no border otherwise
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self.setStyleSheet(""))

    def flash(self) -> None:
        self.setStyleSheet("#cameraPreview { border: 4px solid #2e7d32; }")
        self._flash_timer.start(600)

    def is_flashing(self) -> bool:
        return self._flash_timer.isActive()


class FrameSession(Protocol):
    """Where frames come from: a real camera (`CameraSession`) or, in tests, any QVideoSink."""

    def open(self, camera_id: bytes | None, preview: CameraPreview | None) -> QVideoSink: ...

    def close(self) -> None: ...


class CameraSession(QObject):
    """QCamera + QMediaCaptureSession feeding the preview's sink (or a hidden one)."""

    error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._hidden_sink = QVideoSink(self)

    def open(self, camera_id: bytes | None, preview: CameraPreview | None) -> QVideoSink:
        device = _find_camera(camera_id)
        self.close()
        camera = QCamera(device, self)
        camera.errorOccurred.connect(lambda _error, text: self.error.emit(text))
        self._session.setCamera(camera)
        if preview is not None:
            self._session.setVideoOutput(preview.video)
            sink = preview.video.videoSink()
        else:
            self._session.setVideoSink(self._hidden_sink)
            sink = self._hidden_sink
        self._camera = camera
        camera.start()
        return sink

    def close(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            camera.stop()
            camera.deleteLater()


def _find_camera(camera_id: bytes | None) -> QCameraDevice:
    devices = QMediaDevices.videoInputs()
    if not devices:
        raise NoCamera()
    for device in devices:
        if camera_id is not None and bytes(device.id().data()) == camera_id:
            return device
    return QMediaDevices.defaultVideoInput()


class CameraScanner(QObject):
    """Reads one ID-card QR from the webcam, then stops.

    Signals: payload_scanned(text, "camera"); scan_failed(kind, message); running_changed(running).
    """

    payload_scanned = Signal(str, str)
    scan_failed = Signal(str, str)
    running_changed = Signal(bool)

    def __init__(self, runner: OpRunner, parent: QObject | None = None, *,
                 session: FrameSession | None = None, reader: LiveFrameReader | None = None,
                 feedback: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._session: FrameSession = session if session is not None else CameraSession(self)
        if isinstance(self._session, CameraSession):
            self._session.error.connect(self._on_camera_error)
        self._reader = reader or LiveFrameReader(runner, self)
        self._reader.decoded.connect(self._on_decoded)
        self._feedback = feedback
        self._preview: CameraPreview | None = None
        self._sink: QVideoSink | None = None
        self._running = False
        self._not_utf8_said = False

    @property
    def reader(self) -> LiveFrameReader:
        return self._reader

    def attach_preview(self, preview: CameraPreview | None) -> None:
        self._preview = preview

    def is_running(self) -> bool:
        return self._running

    def start(self, camera_id: bytes | None = None) -> None:
        if self._running:
            return
        try:
            sink = self._session.open(camera_id, self._preview)
        except ScanError as exc:
            self.scan_failed.emit(exc.kind, str(exc))
            return
        self._sink = sink
        sink.videoFrameChanged.connect(self.on_frame)
        self._running = True
        self._not_utf8_said = False
        self._reader.reset()
        log.info("camera scanning started")
        self.running_changed.emit(True)

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        if self._sink is not None:
            self._sink.videoFrameChanged.disconnect(self.on_frame)
            self._sink = None
        self._reader.reset()
        self._session.close()
        log.info("camera scanning stopped (%d frames offered, %d dropped while busy)",
                 self._reader.offered, self._reader.dropped)
        self.running_changed.emit(False)

    def on_frame(self, frame: QVideoFrame) -> None:
        if self._running:
            self._reader.offer(frame)

    def _on_decoded(self, result: DecodeResult) -> None:
        if not self._running:
            return
        if result.text is None:
            if result.not_utf8 and not self._not_utf8_said:  # say it once, keep looking
                self._not_utf8_said = True
                error = NotUtf8()
                self.scan_failed.emit(error.kind, str(error))
            return
        self.stop()
        self._signal_success()
        log.info("camera read a QR code (pass %s)", result.pass_name)
        self.payload_scanned.emit(result.text, SOURCE_CAMERA)

    def _signal_success(self) -> None:
        if self._feedback is not None:
            self._feedback()
            return
        QApplication.beep()
        if self._preview is not None:
            self._preview.flash()

    def _on_camera_error(self, text: str) -> None:
        error = CameraFailure(text or "lỗi không rõ")
        self.stop()
        self.scan_failed.emit(error.kind, str(error))
