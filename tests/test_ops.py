"""The one background helper: lanes, GUI-thread callbacks, default failure message, cancel, progress."""

from __future__ import annotations

import functools
import itertools
import logging
import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ops import Lane, Op, OpCancelled, OpRunner, Progress, current_task, failure_text
from forms.errors import InvalidInput


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[OpRunner]:
    r = OpRunner()
    yield r
    r.wait_idle(5)
    r.shutdown()


def _gui_thread() -> threading.Thread:
    return threading.main_thread()


def test_db_jobs_share_one_dedicated_thread_and_callbacks_run_on_the_gui_thread(
    qtbot: QtBot, runner: OpRunner
) -> None:
    job_threads: list[str] = []
    callback_threads: list[threading.Thread] = []
    for _ in range(3):
        Op(None, lambda: job_threads.append(threading.current_thread().name), runner=runner,
           lane=Lane.DB).success(lambda _r: callback_threads.append(threading.current_thread())).run()
    qtbot.waitUntil(lambda: len(callback_threads) == 3, timeout=5000)
    assert job_threads == ["motcua-db"] * 3
    assert all(t is _gui_thread() for t in callback_threads)


def test_pool_jobs_run_off_the_gui_thread_in_parallel(qtbot: QtBot, runner: OpRunner) -> None:
    barrier = threading.Barrier(2, timeout=5)
    done: list[str] = []
    def meet(name: str) -> str:
        barrier.wait()  # opens only when both jobs are inside at the same time
        return name

    for name in ("a", "b"):
        Op(None, functools.partial(meet, name), runner=runner).success(done.append).run()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert sorted(done) == ["a", "b"]


def test_the_event_loop_keeps_ticking_while_a_slow_store_call_runs(qtbot: QtBot, runner: OpRunner) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    results: list[str] = []
    started = time.monotonic()
    def slow_save() -> str:
        time.sleep(1.0)
        return "saved"

    Op(None, slow_save, runner=runner, lane=Lane.DB, description="slow save").success(results.append).run()
    # The GUI thread returned immediately from run() …
    assert time.monotonic() - started < 0.2
    assert runner.activity() == ["slow save"]
    qtbot.waitUntil(lambda: results == ["saved"], timeout=5000)
    timer.stop()
    during = [t for t in ticks if t < started + 1.0]
    # … and the timer kept firing during the second the job slept (50 ticks if perfectly on time).
    assert len(during) >= 20, f"only {len(during)} timer ticks while the job ran"
    gaps = [b - a for a, b in itertools.pairwise(during)]
    assert max(gaps) < 0.5
    assert runner.activity() == []


def test_synchronous_mode_runs_job_and_callbacks_at_once(qapp: QApplication) -> None:
    runner = OpRunner(synchronous=True)
    seen: list[object] = []
    Op(None, lambda: 41 + 1, runner=runner).success(seen.append).run()
    assert seen == [42]
    Op(None, lambda: 1 / 0, runner=runner).failure(seen.append).run()
    assert isinstance(seen[-1], ZeroDivisionError)


def test_default_failure_shows_the_vietnamese_message_without_blocking(qtbot: QtBot) -> None:
    runner = OpRunner(synchronous=True)
    parent = QWidget()
    qtbot.addWidget(parent)

    def refuse() -> None:
        raise InvalidInput("Mã cơ quan {code} không đúng định dạng", code="12.H49")

    Op(parent, refuse, runner=runner).run()
    boxes = [b for b in parent.findChildren(QMessageBox) if b.objectName() == "opFailure"]
    assert len(boxes) == 1
    assert boxes[0].text() == "Mã cơ quan 12.H49 không đúng định dạng"
    assert not boxes[0].isModal()
    assert boxes[0].isVisible()


def test_unexpected_errors_get_a_generic_message_and_the_details_go_to_the_log(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    runner = OpRunner(synchronous=True)
    parent = QWidget()
    qtbot.addWidget(parent)

    def crash() -> None:
        raise KeyError("internal_column")

    with caplog.at_level(logging.ERROR, logger="desktop.ops"):
        Op(parent, crash, runner=runner).run()
    box = next(b for b in parent.findChildren(QMessageBox) if b.objectName() == "opFailure")
    assert "internal_column" not in box.text()
    assert "lỗi ngoài dự kiến" in box.text()
    # The traceback is in the record: as exc_info, or as exc_text once the redacting filter of a log file
    # handler (installed by an earlier in-process CLI test) has formatted and redacted it.
    assert any((r.exc_info and r.exc_info[0] is KeyError) or "KeyError" in (r.exc_text or "")
               for r in caplog.records if r.name == "desktop.ops")
    assert failure_text(KeyError("x")) == box.text()


def test_cancel_is_a_polled_flag_and_skips_success_and_failure(qtbot: QtBot, runner: OpRunner) -> None:
    entered = threading.Event()
    outcome: list[str] = []

    def long_job() -> str:
        entered.set()
        task = current_task()
        for _ in range(500):
            task.raise_if_cancelled()
            time.sleep(0.01)
        return "finished"

    op = Op(None, long_job, runner=runner).success(lambda _r: outcome.append("success"))
    op.failure(lambda _e: outcome.append("failure")).on_cancelled(lambda: outcome.append("cancelled")).run()
    assert entered.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=3000)
    assert not runner.is_busy()


def test_progress_is_polled_from_the_gui_thread(qtbot: QtBot, runner: OpRunner) -> None:
    release = threading.Event()
    seen: list[Progress] = []

    def job() -> None:
        current_task().report(3, 10, "đang gửi")
        release.wait(5)

    Op(None, job, runner=runner).progress(seen.append).run()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    release.set()
    runner.wait_idle(5)
    assert seen[0] == Progress(3, 10, "đang gửi")
    assert len(seen) == 1  # unchanged state is not reported twice


def test_a_closed_window_gets_no_callback_but_changes_are_still_broadcast(qtbot: QtBot, runner: OpRunner) -> None:
    parent = QObject()
    release = threading.Event()
    called: list[str] = []
    op = Op(parent, lambda: (release.wait(5), "ok")[1], runner=runner, lane=Lane.DB)
    op.before_success.append(lambda _r: called.append("broadcast"))
    op.success(lambda _r: called.append("success")).run()
    shiboken6.delete(parent)  # the dialog that asked is gone
    release.set()
    qtbot.waitUntil(lambda: called == ["broadcast"], timeout=3000)
    runner.wait_idle(2)
    assert called == ["broadcast"]


def test_many_finishing_jobs_are_delivered_in_time_boxed_batches(qapp: QApplication) -> None:
    runner = OpRunner()
    delivered: list[int] = []
    def slow_callback(i: int, _result: None) -> None:
        time.sleep(0.002)
        delivered.append(i)

    ops = [Op(None, lambda: None, runner=runner).success(functools.partial(slow_callback, i)) for i in range(200)]
    for i, op in enumerate(ops):
        op._id = i + 1
        runner._running[op._id] = op
        runner._finished.append((op, None, None))
    runner._drain()
    # One drain stops after ~50 ms (≈25 callbacks of 2 ms) and leaves the rest for the next turn of the loop.
    assert 5 <= len(delivered) < 200
    assert runner.wait_idle(5)
    assert delivered == list(range(200))
    runner.shutdown()


def test_an_op_runs_only_once_and_a_shut_down_runner_refuses_work(qapp: QApplication) -> None:
    runner = OpRunner(synchronous=True)
    op = Op(None, lambda: 1, runner=runner).run()
    with pytest.raises(RuntimeError):
        op.run()
    runner.shutdown()
    with pytest.raises(RuntimeError):
        Op(None, lambda: 1, runner=runner).run()


def test_cancelled_is_a_motcua_error_that_is_never_shown(qtbot: QtBot) -> None:
    runner = OpRunner(synchronous=True)
    parent = QWidget()
    qtbot.addWidget(parent)

    def stop() -> None:
        raise OpCancelled()

    Op(parent, stop, runner=runner).run()
    assert not [b for b in parent.findChildren(QMessageBox) if b.objectName() == "opFailure"]
