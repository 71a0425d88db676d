"""The one background helper: every disk-heavy, network, decoding and printing job goes through `Op`.

    Op(parent, fn, runner=runner, description=self.tr("Đang lưu hồ sơ…"))
        .success(lambda result: ...)      # GUI thread
        .failure(lambda error: ...)       # GUI thread; default: a non-modal Vietnamese message
        .progress(lambda p: ...)          # GUI thread, polled every 150 ms while the job runs
        .run()

Rules (the same as Anki's CollectionOp/QueryOp and Picard's worker):

- ❌ touching a widget inside `fn`, or handing `fn` a widget. ✅ read the widgets first, hand `fn` plain values
  (closures over strings, numbers, frozen dataclasses); use the result in `success`, on the GUI thread.
- Two lanes. `Lane.DB`: one dedicated worker thread, because SQLite serialises writes anyway and a
  connection stays on the thread that opened it. `Lane.POOL`: a small thread pool for network, decoding and
  printing, which may run side by side.
- Results are not pushed into widgets from the workers: a worker appends them to a queue and wakes the GUI
  thread, which drains the queue in batches of at most `_DRAIN_BUDGET_S`, so ten thousand finishing jobs
  never freeze the window (Picard's 50 ms batches).
- Progress and cancel are polled state, never cross-thread calls: inside `fn`, `current_task()` gives the
  job's `Task`; `task.report(done, total, text)` and `task.raise_if_cancelled()` are thread-safe.
  `op.cancel()` sets the flag; a job that stops raises `OpCancelled` and then neither success nor failure
  runs (only the `cancelled` callback, if any).
- If `parent` is destroyed before the job finishes (the dialog was closed), the callbacks are skipped.
- Tests build `OpRunner(synchronous=True)`: `run()` executes the job and its callbacks at once in the calling
  thread (Picard's FakeThreadPool), so widget tests need no waiting.
"""

from __future__ import annotations

import enum
import itertools
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from forms.errors import MotcuaError

log = logging.getLogger(__name__)

T = TypeVar("T")

_PROGRESS_POLL_MS = 150
_DRAIN_BUDGET_S = 0.05
_POOL_WORKERS = 4


class Lane(enum.Enum):
    DB = "db"  # the single database thread
    POOL = "pool"  # network, decoding, printing


class OpCancelled(MotcuaError):
    """Raised inside a job that noticed `op.cancel()`; never shown to the official."""

    kind = "cancelled"

    def __init__(self) -> None:
        super().__init__("Đã hủy thao tác")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int | None  # None: unknown amount of work (show a busy indicator)
    text: str = ""


class Task:
    """The worker side of one job: thread-safe progress and cancel state."""

    def __init__(self, description: str) -> None:
        self.description = description
        self._lock = threading.Lock()
        self._progress: Progress | None = None
        self._cancel = threading.Event()

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        with self._lock:
            self._progress = Progress(done, total, text)

    @property
    def progress(self) -> Progress | None:
        with self._lock:
            return self._progress

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise OpCancelled()

    def cancel(self) -> None:
        self._cancel.set()


_current = threading.local()


def current_task() -> Task:
    """The Task of the job running in this thread (a detached one outside any job, so calls stay safe)."""
    task = getattr(_current, "task", None)
    return task if isinstance(task, Task) else Task("")


class _DbThread:
    """One long-lived thread that runs every database job in submission order."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="motcua-db", daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[], None]) -> None:
        self._jobs.put(job)

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            job()

    def shutdown(self, timeout: float | None) -> None:
        self._jobs.put(None)
        self._thread.join(timeout)

    @property
    def thread(self) -> threading.Thread:
        return self._thread


FailureHandler = Callable[[BaseException], None]


class OpRunner(QObject):
    """Owns the worker threads and delivers results on the GUI thread.

    `activity_changed(list[str])` carries the descriptions of the jobs still running, for a busy indicator.
    """

    activity_changed = Signal(object)
    _wake = Signal()

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._db: _DbThread | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._finished: deque[tuple[Op[Any], Any, BaseException | None]] = deque()
        self._running: dict[int, Op[Any]] = {}
        self._ids = itertools.count(1)
        self._closed = False
        self._wake.connect(self._drain)
        self._poll = QTimer(self)
        self._poll.setInterval(_PROGRESS_POLL_MS)
        self._poll.timeout.connect(self._poll_progress)
        # Per-thread resources opened lazily by jobs (the store's connection) and closed on shutdown.
        self.db_finalizers: list[Callable[[], None]] = []

    # -- submission ---------------------------------------------------------------------------------
    def submit(self, op: Op[Any]) -> None:
        if self._closed:
            raise RuntimeError("OpRunner is shut down")
        op_id = next(self._ids)
        op._id = op_id
        if self.synchronous:
            result, error = _execute(op)
            self._deliver(op, result, error)
            return
        self._running[op_id] = op
        self.activity_changed.emit(self.activity())
        if op.progress_cb is not None and not self._poll.isActive():
            self._poll.start()

        def job() -> None:
            result, error = _execute(op)
            self._finished.append((op, result, error))
            self._wake.emit()

        if op.lane is Lane.DB:
            if self._db is None:
                self._db = _DbThread()
            self._db.submit(job)
        else:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(_POOL_WORKERS, thread_name_prefix="motcua-pool")
            self._pool.submit(job)

    def activity(self) -> list[str]:
        return [op.description for op in self._running.values() if op.description]

    def is_busy(self) -> bool:
        return bool(self._running)

    def db_thread(self) -> threading.Thread | None:
        return self._db.thread if self._db is not None else None

    # -- GUI-thread side ----------------------------------------------------------------------------
    def _drain(self) -> None:
        deadline = time.monotonic() + _DRAIN_BUDGET_S
        while self._finished:
            op, result, error = self._finished.popleft()
            self._running.pop(op._id, None)
            self._deliver(op, result, error)
            if time.monotonic() > deadline and self._finished:
                # Let the event loop paint and take input before the next batch.
                QTimer.singleShot(0, self._drain)
                break
        if not self._running:
            self._poll.stop()
        self.activity_changed.emit(self.activity())

    def _poll_progress(self) -> None:
        for op in list(self._running.values()):
            op._poll_progress()

    def _deliver(self, op: Op[Any], result: Any, error: BaseException | None) -> None:
        if error is None:
            for hook in op.before_success:
                try:
                    hook(result)
                except Exception:
                    log.exception("post-processing of op %r failed", op.description)
        if op._parent_gone():
            log.info("op %r finished after its window closed; result dropped", op.description)
            return
        try:
            if error is None:
                op._poll_progress()
                if op.success_cb is not None:
                    op.success_cb(result)
            elif isinstance(error, OpCancelled):
                if op.cancelled_cb is not None:
                    op.cancelled_cb()
            else:
                handler = op.failure_cb or (lambda exc: show_failure(op.parent, exc))
                handler(error)
        except Exception:
            # A broken callback must not take the runner down with it.
            log.exception("callback of op %r failed", op.description)

    # -- lifetime -----------------------------------------------------------------------------------
    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Process events until every job has been delivered (for shutdown and tests)."""
        deadline = time.monotonic() + timeout
        app = QApplication.instance()
        while self._running or self._finished:
            if time.monotonic() > deadline:
                return False
            if app is not None:
                app.processEvents()
            self._drain()
            time.sleep(0.005)
        return True

    def shutdown(self, timeout: float | None = 10.0) -> None:
        """Stop accepting jobs, run the DB-thread finalizers on the DB thread, and join the workers."""
        if self._closed:
            return
        self._closed = True
        self._poll.stop()
        finalizers = list(self.db_finalizers)
        self.db_finalizers.clear()

        def finalize() -> None:
            for fin in finalizers:
                try:
                    fin()
                except Exception:
                    log.exception("closing a database-thread resource failed")

        if self._db is not None:
            self._db.submit(finalize)
            self._db.shutdown(timeout)
        else:
            finalize()
        if self._pool is not None:
            self._pool.shutdown(wait=timeout is not None, cancel_futures=True)


def _execute(op: Op[Any]) -> tuple[Any, BaseException | None]:
    _current.task = op.task
    try:
        op.task.raise_if_cancelled()
        return op.fn(), None
    except BaseException as exc:
        if not isinstance(exc, Exception):
            raise
        return None, exc
    finally:
        _current.task = None


class Op(Generic[T]):
    """One background job with GUI-thread callbacks. Build, chain, `run()` once."""

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[], T],
        *,
        runner: OpRunner,
        description: str = "",
        lane: Lane = Lane.POOL,
    ) -> None:
        self.parent = parent
        self.fn = fn
        self.runner = runner
        self.description = description
        self.lane = lane
        self.task = Task(description)
        self.success_cb: Callable[[T], None] | None = None
        self.failure_cb: FailureHandler | None = None
        self.progress_cb: Callable[[Progress], None] | None = None
        self.cancelled_cb: Callable[[], None] | None = None
        # Run before `success` even when the parent has gone (AppServices broadcasts changes here).
        self.before_success: list[Callable[[T], None]] = []
        self._last_progress: Progress | None = None
        self._id = 0
        self._started = False

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self.success_cb = cb
        return self

    def failure(self, cb: FailureHandler) -> Op[T]:
        self.failure_cb = cb
        return self

    def progress(self, cb: Callable[[Progress], None]) -> Op[T]:
        self.progress_cb = cb
        return self

    def on_cancelled(self, cb: Callable[[], None]) -> Op[T]:
        self.cancelled_cb = cb
        return self

    def run(self) -> Op[T]:
        if self._started:
            raise RuntimeError("an Op runs once")
        self._started = True
        self.runner.submit(self)
        return self

    def cancel(self) -> None:
        self.task.cancel()

    def _parent_gone(self) -> bool:
        return self.parent is not None and not shiboken6.isValid(self.parent)

    def _poll_progress(self) -> None:
        if self.progress_cb is None or self._parent_gone():
            return
        current = self.task.progress
        if current is not None and current != self._last_progress:
            self._last_progress = current
            self.progress_cb(current)


# -- the default failure handler --------------------------------------------------------------------
def failure_text(error: BaseException) -> str:
    """What the official reads: the translated MotcuaError message, or a generic sentence."""
    from desktop.i18n import translate_message

    if isinstance(error, MotcuaError):
        return translate_message(error.message)
    return QApplication.translate(
        "ops",
        "Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng; "
        "chi tiết đã được ghi vào nhật ký để bộ phận kỹ thuật kiểm tra.",
    )


def show_failure(parent: QObject | None, error: BaseException) -> QMessageBox | None:
    """Log the failure and show a non-modal message box (the official keeps working behind it)."""
    if isinstance(error, MotcuaError):
        log.info("operation refused: %s (%s)", type(error).__name__, error.kind)
    else:
        log.error("unexpected failure in a background job", exc_info=error)
    if QApplication.instance() is None:
        return None
    window: QWidget | None = None
    if isinstance(parent, QWidget) and shiboken6.isValid(parent):
        window = parent.window()
    elif isinstance(QApplication.activeWindow(), QWidget):
        window = QApplication.activeWindow()
    box = QMessageBox(window)
    box.setObjectName("opFailure")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("ops", "Không thực hiện được"))
    box.setText(failure_text(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.show()
    return box
