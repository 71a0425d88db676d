"""Scans of the papers the citizen brings, attached to the dossier's checklist — one PDF per paper.

Three ways in, one way out:

- files the official picks (pictures or PDFs): `PaperAssembler.add_files(paths)`;
- a scanner's output folder (`WatchedFolder`): the scanner's own software — or a TWAIN/WIA adapter, see
  ARCHITECTURE.md — saves pages there; each complete new file is announced by `file_arrived(path)`;
- the webcam (`CameraPages`): `capture()` gives the current picture as a page.

`PaperAssembler` holds the pages of one paper for one checklist item, in order (the official can remove or
reorder them), and `finish()` builds the PDF on the background helper (desktop/scanning/paper.py keeps it
small) and emits `document_ready(ScannedDocument)`. The reception screen hands that to the store, which
encrypts ID-card scans at rest. Nothing is deleted here: once the store has the document,
`WatchedFolder.remove_imported(doc.source_paths)` clears the scanner's plain copies out of its folder.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoSink

from desktop.ops import Op, OpRunner
from desktop.scanning.camera import CameraPreview, CameraSession, FrameSession
from desktop.scanning.errors import DocumentFailure, ScanError
from desktop.scanning.frames import rgb_from_qimage
from desktop.scanning.paper import Page, PageSettings, is_page_file, pdf_from_pages

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScannedDocument:
    item_id: str  # the checklist item (required document) this paper is for
    pdf: bytes
    pages: int
    source_paths: tuple[str, ...]  # the files its pages came from (webcam pages have none)


@dataclass(frozen=True)
class _PendingPage:
    label: str
    path: Path | None = None
    image: QImage | None = None


class PaperAssembler(QObject):
    """The pages of one paper for one checklist item.

    Signals: pages_changed(count); document_ready(ScannedDocument); failed(kind, message).
    """

    pages_changed = Signal(int)
    document_ready = Signal(object)
    failed = Signal(str, str)

    def __init__(self, runner: OpRunner, item_id: str, parent: QObject | None = None, *,
                 settings: PageSettings | None = None) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.settings = settings or PageSettings()
        self._runner = runner
        self._pages: list[_PendingPage] = []
        self._webcam_shots = 0

    # -- collecting -------------------------------------------------------------------------------------
    def add_files(self, paths: list[str] | list[Path]) -> int:
        """Add page files in the given order; returns how many were added (others are reported)."""
        added = 0
        for raw in paths:
            path = Path(raw)
            if not is_page_file(path):
                error = DocumentFailure(path.name, "chỉ nhận ảnh (JPEG, PNG, TIFF…) hoặc PDF")
                self.failed.emit(error.kind, str(error))
                continue
            self._pages.append(_PendingPage(path.name, path=path))
            added += 1
        if added:
            self.pages_changed.emit(len(self._pages))
        return added

    def add_image(self, image: QImage) -> None:
        """A page photographed with the webcam."""
        if image.isNull():
            return
        self._webcam_shots += 1
        label = self.tr("Ảnh webcam {n}").format(n=self._webcam_shots)
        self._pages.append(_PendingPage(label, image=QImage(image)))
        self.pages_changed.emit(len(self._pages))

    def page_labels(self) -> list[str]:
        return [page.label for page in self._pages]

    def page_count(self) -> int:
        return len(self._pages)

    def remove_page(self, index: int) -> None:
        del self._pages[index]
        self.pages_changed.emit(len(self._pages))

    def move_page(self, source: int, target: int) -> None:
        page = self._pages.pop(source)
        self._pages.insert(target, page)
        self.pages_changed.emit(len(self._pages))

    def clear(self) -> None:
        self._pages.clear()
        self.pages_changed.emit(0)

    # -- building ---------------------------------------------------------------------------------------
    def finish(self) -> None:
        """Build the paper's PDF in the background; `document_ready` or `failed` follows."""
        pending = list(self._pages)
        settings, item_id = self.settings, self.item_id

        def work() -> ScannedDocument:
            pages: list[Page] = []
            for page in pending:
                if page.path is not None:
                    pages.append(page.path)
                elif page.image is not None:
                    picture = rgb_from_qimage(page.image)
                    if picture is not None:
                        pages.append(picture)
            pdf, count = pdf_from_pages(pages, settings)
            sources = tuple(str(page.path) for page in pending if page.path is not None)
            return ScannedDocument(item_id, pdf, count, sources)

        def done(document: ScannedDocument) -> None:
            self._pages.clear()
            self.pages_changed.emit(0)
            self.document_ready.emit(document)

        def failed(error: BaseException) -> None:
            if isinstance(error, ScanError):
                self.failed.emit(error.kind, str(error))
                return
            log.warning("building a paper's PDF failed unexpectedly: %s", type(error).__name__)
            fallback = DocumentFailure(self.item_id, "lỗi không mong đợi")
            self.failed.emit(fallback.kind, str(fallback))

        op = Op(self, work, runner=self._runner, description=self.tr("Đang ghép các trang thành PDF…"))
        op.success(done).failure(failed).run()


class WatchedFolder(QObject):
    """Announces each complete new page file that appears in a scanner's output folder.

    A scanner writes a file over a second or two: a file is announced once its size has stayed the same
    for `settle_ms`. Files already there when watching starts are not announced. The folder is also
    rescanned every `rescan_ms`, because change notifications are unreliable on network shares.

    Signals: file_arrived(path); failed(kind, message).
    """

    file_arrived = Signal(str)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None, *, settle_ms: int = 600, poll_ms: int = 200,
                 rescan_ms: int = 2000) -> None:
        super().__init__(parent)
        self._folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._scan())
        self._settle_ms = settle_ms
        self._known: set[Path] = set()
        self._candidates: dict[Path, tuple[int, int]] = {}  # path → (last size, ms it has kept that size)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._check_candidates)
        self._rescan = QTimer(self)
        self._rescan.setInterval(rescan_ms)
        self._rescan.timeout.connect(self._scan)

    def folder(self) -> Path | None:
        return self._folder

    def watch(self, folder: str | Path) -> None:
        self.stop()
        path = Path(folder)
        if not path.is_dir():
            error = DocumentFailure(str(path), "thư mục máy quét không tồn tại")
            self.failed.emit(error.kind, str(error))
            return
        self._folder = path
        self._known = set(self._page_files())
        self._watcher.addPath(str(path))
        self._rescan.start()
        log.info("watching the scanner folder (%d files already there)", len(self._known))

    def stop(self) -> None:
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self._poll.stop()
        self._rescan.stop()
        self._candidates.clear()
        self._folder = None

    def remove_imported(self, paths: tuple[str, ...] | list[str]) -> int:
        """Delete files of this folder that the store now holds; returns how many were deleted."""
        if self._folder is None:
            return 0
        removed = 0
        for raw in paths:
            path = Path(raw)
            if path.parent.resolve() != self._folder.resolve():
                continue  # never delete outside the scanner's folder
            try:
                path.unlink()
                removed += 1
            except FileNotFoundError:
                continue
            except OSError as exc:
                error = DocumentFailure(path.name, f"không xóa được bản quét khỏi thư mục máy quét ({exc.strerror})")
                self.failed.emit(error.kind, str(error))
        return removed

    def _page_files(self) -> list[Path]:
        if self._folder is None:
            return []
        try:
            return [p for p in self._folder.iterdir() if p.is_file() and is_page_file(p)]
        except OSError:
            return []

    def _scan(self) -> None:
        for path in self._page_files():
            if path not in self._known and path not in self._candidates:
                self._candidates[path] = (-1, 0)
        if self._candidates and not self._poll.isActive():
            self._poll.start()

    def _check_candidates(self) -> None:
        step = self._poll.interval()
        for path, (size, steady_ms) in list(self._candidates.items()):
            try:
                current = path.stat().st_size
            except OSError:
                del self._candidates[path]  # gone again (a temporary file renamed)
                continue
            if current != size or current == 0:
                self._candidates[path] = (current, 0)
                continue
            steady_ms += step
            if steady_ms < self._settle_ms:
                self._candidates[path] = (size, steady_ms)
                continue
            del self._candidates[path]
            self._known.add(path)
            log.info("a new scan arrived in the scanner folder")
            self.file_arrived.emit(str(path))
        if not self._candidates:
            self._poll.stop()


class CameraPages(QObject):
    """Photographs a paper's pages with the webcam: `start(preview)`, then `capture()` per page."""

    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None, *, session: FrameSession | None = None) -> None:
        super().__init__(parent)
        self._session: FrameSession = session if session is not None else CameraSession(self)
        self._sink: QVideoSink | None = None

    def start(self, preview: CameraPreview | None = None, camera_id: bytes | None = None) -> None:
        try:
            self._sink = self._session.open(camera_id, preview)
        except ScanError as exc:
            self.failed.emit(exc.kind, str(exc))

    def stop(self) -> None:
        self._sink = None
        self._session.close()

    def capture(self) -> QImage | None:
        """The picture the camera shows now, or None when it shows nothing yet."""
        if self._sink is None:
            return None
        frame = self._sink.videoFrame()
        if not frame.isValid():
            return None
        image = frame.toImage()
        return None if image.isNull() else image

