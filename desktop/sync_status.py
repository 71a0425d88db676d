"""Sync in the background, and its state always in sight.

- `SyncRunner` (one per desk, `runner_for(services)`): runs one sync pass of `sync.engine` every
  `interval` seconds and on "sync now", in the thread pool (network must never touch the GUI thread nor hold
  the database thread, which stays free for the counter's saves). The pass opens its own store connection —
  SQLite's WAL lets it write between the counter's saves. After a pass it broadcasts
  `Changes(source="sync")` with the dossiers that changed, then re-reads the counters.
- `SyncStatusWidget`: the status-bar piece — online / offline, pending count, last successful sync,
  conflicts (a click opens the conflict inbox).
- `SyncPage`: the details page — portal, counters, progress of the running pass, recent passes, "sync now".
A failed pass is a state, not a pop-up: the status bar says offline and the page shows the reason.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as s
from desktop.changes import Changes
from desktop.headings import Heading
from desktop.i18n import tr_domain, translate_message
from desktop.ops import Op, Progress, Task, current_task
from desktop.services import AppServices
from forms.clock import now_vn
from forms.dossier import SyncState
from forms.errors import MotcuaError
from sync.engine import LAST_SUCCESS_KEY, run_once
from sync.layout import DataLayout

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 60


@dataclass(frozen=True)
class PassReport:
    """What one sync pass did (from the engine's SyncReport). `status` is sync.engine.SyncStatus's value."""

    status: str = "ok"
    message: str = ""  # the engine's Vietnamese detail when the pass stopped early
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    changed_dossiers: frozenset[str] = field(default_factory=frozenset)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True)
class Counts:
    pending: int = 0
    conflicts: int = 0
    rejected: int = 0
    last_success: datetime | None = None


@dataclass(frozen=True)
class SyncSnapshot:
    configured: bool = False  # a portal URL is set
    online: bool | None = None  # None: not tried yet
    running: bool = False
    counts: Counts = Counts()
    error: str = ""  # translated reason of the last failed pass
    detail: str = ""  # the engine's own (Vietnamese) detail
    progress: Progress | None = None


@dataclass(frozen=True)
class PassLog:
    at: datetime
    ok: bool
    text: str


PassFn = Callable[[DataLayout, str, Task], PassReport]
CountsFn = Callable[[Any], Counts]


def engine_pass(layout: DataLayout, portal_url: str, task: Task) -> PassReport:
    """One pass of the sync engine (push the outbox, pull changes, reference data) on its own connection."""
    report = run_once(layout, portal_url, progress=task.report, should_stop=lambda: task.cancelled)
    return PassReport(status=report.status.value, message=report.message, pushed=report.pushed,
                      pulled=report.pulled, conflicts=report.conflicts, rejected=report.rejected,
                      changed_dossiers=frozenset(report.changed_dossiers))


def store_counts(store: Any) -> Counts:
    """Counters from the store's public API: dossiers by sync state, and the time of the last good pass."""
    from sync.store.models import DossierFilter

    def count(state: SyncState) -> int:
        return int(store.count(DossierFilter(sync_states=frozenset({state}))))

    raw = store.get_setting(LAST_SUCCESS_KEY)
    last = datetime.fromisoformat(raw) if raw else None
    return Counts(pending=count(SyncState.PENDING), conflicts=count(SyncState.CONFLICT),
                  rejected=count(SyncState.REJECTED), last_success=last)


class SyncRunner(QObject):
    snapshot_changed = Signal(object)
    pass_logged = Signal(object)

    def __init__(self, services: AppServices, *, interval_s: int = DEFAULT_INTERVAL_S,
                 pass_fn: PassFn = engine_pass, counts_fn: CountsFn = store_counts) -> None:
        super().__init__(services)
        self.services = services
        self.pass_fn = pass_fn
        self.counts_fn = counts_fn
        self.snapshot = SyncSnapshot()
        self.history: deque[PassLog] = deque(maxlen=20)
        self.portal_url = ""
        self._op: Op[PassReport] | None = None
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_s * 1000)
        self.timer.timeout.connect(self.sync_now)
        services.changes_applied.connect(self._on_changes)

    # -- control ------------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the portal URL and the counters; the timer starts passes when a portal is configured."""
        self.services.store_setting(s.PORTAL_URL.key, parent=self).success(self._portal_read).run()
        self.refresh_counts()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._op is not None:
            self._op.cancel()

    def _portal_read(self, url: str | None) -> None:
        self.portal_url = url or ""
        self._publish(replace(self.snapshot, configured=bool(self.portal_url)))
        if self.portal_url:
            self.sync_now()

    def sync_now(self) -> None:
        if not self.portal_url:
            return
        if self._op is not None:
            self._again = True  # one more pass right after this one (a save arrived meanwhile)
            return
        layout, url, pass_fn = self.services.layout, self.portal_url, self.pass_fn
        op: Op[PassReport] = self.services.op(lambda: pass_fn(layout, url, current_task()), parent=self)
        op.success(self._pass_done).failure(self._pass_failed).progress(self._progress)
        op.on_cancelled(self._pass_cancelled)
        self._op = op
        self._publish(replace(self.snapshot, running=True, progress=None))
        op.run()

    # -- results ------------------------------------------------------------------------------------
    def _progress(self, progress: Progress) -> None:
        self._publish(replace(self.snapshot, progress=progress))

    def failure_text(self, report: PassReport) -> str:
        """Why a pass stopped, in the official's language (the engine's detail is Vietnamese, kept apart)."""
        texts = {
            "offline": self.tr("Không kết nối được Cổng; hồ sơ vẫn chờ gửi trên máy"),
            "auth": self.tr("Chưa đăng nhập cổng hoặc sai mật khẩu: vào Tệp › Cài đặt › Đồng bộ"),
            "invalid_reply": self.tr("Cổng trả lời sai định dạng; đã ghi nhật ký, sẽ thử lại"),
            "server": self.tr("Cổng đang gặp lỗi; sẽ thử lại"),
            "refused": self.tr("Cổng từ chối yêu cầu"),
            "local": self.tr("Không ghi được dữ liệu nhận về trên máy; không mất dữ liệu"),
        }
        return texts.get(report.status, self.tr("Đồng bộ dừng giữa chừng"))

    def _pass_done(self, report: PassReport) -> None:
        self._op = None
        if report.status == "cancelled":
            self._pass_cancelled()
            return
        if not report.ok:
            text = self.failure_text(report)
            log.info("sync pass stopped: %s", report.status)
            self._log(PassLog(now_vn(), False, text))
            self._publish(replace(self.snapshot, online=False, running=False, error=text, detail=report.message,
                                  progress=None))
            self._after_pass(report)
            return
        at = now_vn()
        self._log(PassLog(at, True, self.tr("Gửi {pushed}, nhận {pulled}, xung đột {conflicts}").format(
            pushed=report.pushed, pulled=report.pulled, conflicts=report.conflicts)))
        self._publish(replace(self.snapshot, online=True, running=False, error="", detail="", progress=None))
        self._after_pass(report)

    def _after_pass(self, report: PassReport) -> None:
        if report.changed_dossiers or report.pulled or report.conflicts:
            self.services.apply_changes(Changes.dossiers(report.changed_dossiers, source="sync",
                                                         conflicts=bool(report.conflicts), origin=self))
        else:
            self.refresh_counts()
        self._maybe_again()

    def _pass_failed(self, error: BaseException) -> None:
        self._op = None
        if isinstance(error, MotcuaError):
            text = translate_message(error.message)
            log.info("sync pass failed: %s", error.kind)
        else:
            text = self.tr("Lỗi không mong muốn khi đồng bộ; chi tiết trong nhật ký")
            log.error("sync pass failed unexpectedly", exc_info=error)
        self._log(PassLog(now_vn(), False, text))
        self._publish(replace(self.snapshot, online=False, running=False, error=text, progress=None))
        self.refresh_counts()
        self._maybe_again()

    def _pass_cancelled(self) -> None:
        self._op = None
        self._publish(replace(self.snapshot, running=False, progress=None))

    def _maybe_again(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    def _log(self, entry: PassLog) -> None:
        self.history.appendleft(entry)
        self.pass_logged.emit(entry)

    def refresh_counts(self) -> None:
        counts_fn = self.counts_fn
        self.services.db(counts_fn, parent=self).success(
            lambda counts: self._publish(replace(self.snapshot, counts=counts))
        ).failure(lambda exc: log.warning("sync counters unavailable: %s", type(exc).__name__)).run()

    def _on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self.services.store_setting(s.PORTAL_URL.key, parent=self).success(self._portal_changed).run()
        if changes.counts or changes.conflicts:
            self.refresh_counts()
        if changes.source in {"save", "status", "conflict"} and changes.origin is not self:
            # A new local change: offer it to the portal now rather than at the next tick.
            self.sync_now()

    def _portal_changed(self, url: str | None) -> None:
        if (url or "") != self.portal_url:
            self._portal_read(url)

    def _publish(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        self.snapshot_changed.emit(snapshot)


def runner_for(services: AppServices) -> SyncRunner:
    """The desk's one SyncRunner (created on first use, owned by `services`)."""
    runner = services.findChild(SyncRunner)
    if runner is None:
        runner = SyncRunner(services)
    return runner


def _when(value: datetime | None, never: str) -> str:
    if value is None:
        return never
    now = now_vn()
    if value.date() == now.date():
        return value.strftime("%H:%M")
    return value.strftime("%H:%M %d/%m/%Y")


def _paint(button: QPushButton, color: str | None, *, bold: bool) -> None:
    """Colour and weight without a style sheet (a style sheet would freeze the font size in large-font mode)."""
    palette = button.palette()
    if color is None:
        palette = QApplication.palette(button)
    else:
        palette.setColor(QPalette.ColorRole.ButtonText, QColor(color))
    button.setPalette(palette)
    font = QFont()  # nothing resolved but the weight: the size keeps following the application font
    font.setBold(bold)
    button.setFont(font)


class SyncStatusWidget(QWidget):
    """Online / offline · pending · last sync · conflicts — always in the status bar."""

    open_conflicts = Signal()
    open_sync = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None,
                 runner: SyncRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncStatus")
        self.runner = runner or runner_for(services)
        self.state = QPushButton(self)
        self.state.setObjectName("syncState")
        self.state.setFlat(True)
        self.state.clicked.connect(self.open_sync)
        self.pending = QLabel(self)
        self.pending.setObjectName("syncPending")
        self.last = QLabel(self)
        self.last.setObjectName("syncLast")
        self.conflicts = QPushButton(self)
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setFlat(True)
        self.conflicts.clicked.connect(self.open_conflicts)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for w in (self.state, self.pending, self.last, self.conflicts):
            row.addWidget(w)
        self.runner.snapshot_changed.connect(self.show_snapshot)
        self.show_snapshot(self.runner.snapshot)
        if not self.runner.timer.isActive():
            self.runner.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_snapshot(self.runner.snapshot)
        super().changeEvent(event)

    def show_snapshot(self, snap: SyncSnapshot) -> None:
        tip = ""
        if not snap.configured:
            text, color = self.tr("● Ngoại tuyến"), "#6b6b6b"
            tip = self.tr("Chưa khai báo Cổng dịch vụ công: hồ sơ được lưu trên máy")
        elif snap.running:
            text, color = self.tr("● Đang đồng bộ…"), "#1565c0"
        elif snap.online:
            text, color = self.tr("● Trực tuyến"), "#2e7d32"
        elif snap.online is None:
            text, color = self.tr("● Chưa kết nối"), "#6b6b6b"
        else:
            text, color = self.tr("● Mất kết nối"), "#c62828"
        self.state.setText(text)
        _paint(self.state, color, bold=True)
        self.state.setToolTip("\n".join(t for t in (tip, snap.error, snap.detail) if t))
        self.pending.setText(self.tr("Chờ gửi: {n}").format(n=snap.counts.pending))
        self.last.setText(self.tr("Lần cuối: {when}").format(when=_when(snap.counts.last_success, self.tr("chưa"))))
        self.last.setToolTip(self.tr("Lần đồng bộ thành công gần nhất"))
        self.conflicts.setText(self.tr("Xung đột: {n}").format(n=snap.counts.conflicts))
        _paint(self.conflicts, "#c62828" if snap.counts.conflicts else None, bold=bool(snap.counts.conflicts))


class SyncPage(QWidget):
    """The details of sync: where, how it stands, what the last passes did, and a button to sync now."""

    def __init__(self, services: AppServices, parent: QWidget | None = None,
                 runner: SyncRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncPage")
        self.runner = runner or runner_for(services)
        self.heading = Heading(self)
        self.portal = QLabel(self)
        self.portal.setObjectName("syncPortal")
        self.portal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("syncPageStatus")
        self.status.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("syncCounts")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.hide()
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.runner.sync_now)
        self.history = QListWidget(self)
        self.history.setObjectName("syncHistory")
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field_ in zip(self.labels, (self.portal, self.status, self.counts), strict=True):
            form.addRow(label, field_)
        self.history_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.runner.snapshot_changed.connect(self.show_snapshot)
        self.runner.pass_logged.connect(lambda _e: self._fill_history())
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Đồng bộ với Cổng dịch vụ công"))
        for label, text in zip(self.labels, (self.tr("Cổng:"), self.tr("Tình trạng:"), self.tr("Hồ sơ:")),
                               strict=True):
            label.setText(text)
        self.sync_button.setText(self.tr("Đồng bộ nga&y (F5)"))
        self.history_label.setText(self.tr("Các lần đồng bộ gần đây:"))
        self.show_snapshot(self.runner.snapshot)
        self._fill_history()

    def focus_first(self) -> None:
        self.sync_button.setFocus()

    def show_snapshot(self, snap: SyncSnapshot) -> None:
        self.portal.setText(self.runner.portal_url or self.tr("chưa khai báo — vào Tệp › Cài đặt › Đồng bộ"))
        if not snap.configured:
            status = self.tr("Làm việc ngoại tuyến: hồ sơ được lưu trên máy và gửi lên cổng khi có kết nối.")
        elif snap.running:
            status = self.tr("Đang đồng bộ…")
        elif snap.online:
            status = self.tr("Trực tuyến")
        elif snap.online is None:
            status = self.tr("Chưa kết nối")
        else:
            status = self.tr("Mất kết nối: {reason}").format(reason=snap.error)
            if snap.detail:
                status += f"\n{snap.detail}"
        self.status.setText(status)
        c = snap.counts
        self.counts.setText(self.tr("chờ gửi {pending} · xung đột {conflicts} · bị từ chối {rejected} · "
                                    "lần cuối thành công: {when}").format(
            pending=c.pending, conflicts=c.conflicts, rejected=c.rejected, when=_when(c.last_success, self.tr("chưa lần nào"))))
        self.sync_button.setEnabled(snap.configured and not snap.running)
        self.progress.setVisible(snap.running)
        if snap.progress is not None and snap.progress.total:
            self.progress.setRange(0, snap.progress.total)
            self.progress.setValue(snap.progress.done)
            self.progress.setFormat(f"{tr_domain(snap.progress.text)} — %v/%m" if snap.progress.text else "%v/%m")
        else:
            self.progress.setRange(0, 0)

    def _fill_history(self) -> None:
        self.history.clear()
        if not self.runner.history:
            self.history.addItem(self.tr("Chưa có lần đồng bộ nào từ khi mở phần mềm."))
            item = self.history.item(0)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        for entry in self.runner.history:
            mark = "✓" if entry.ok else "✗"
            self.history.addItem(f"{mark} {entry.at.strftime('%H:%M:%S %d/%m')} — {entry.text}")
