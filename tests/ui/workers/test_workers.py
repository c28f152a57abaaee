"""The one worker pattern: signal order, cancel, errors as messages, one job of a kind."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt, QThread

from app.core.errors import Cancelled, PictagError, UsageError
from app.ui.common.settings import Keys, Settings
from app.ui.common.thumbnail_cache import ThumbnailCache
from app.ui.workers.base import Job, JobRunner, Throttle
from tests.helpers import make_photo


class _Recorder:
    def __init__(self, job: Job) -> None:
        self.events: list[tuple] = []
        for name in ("started", "progress", "yielded", "result", "failed", "cancelled", "finished"):
            getattr(job, name).connect(lambda *args, n=name: self.events.append((n, *args)))

    @property
    def names(self) -> list[str]:
        return [e[0] for e in self.events]


class _Counting(Job):
    def __init__(self, n: int, fail: BaseException | None = None, gate=None) -> None:
        super().__init__()
        self.n, self.fail, self.gate = n, fail, gate
        self.thread_name = ""

    def work(self) -> int:
        self.thread_name = QThread.currentThread().objectName()
        for i in range(self.n):
            if self.gate is not None:
                self.gate.wait(5)
            if self.token.cancelled:
                raise Cancelled()
            self.send("progress", i)
        if self.fail is not None:
            raise self.fail
        return self.n


def test_inline_run_emits_the_vocabulary_in_order():
    job = _Counting(3)
    rec = _Recorder(job)
    job.run()
    assert rec.names == ["started", "progress", "progress", "progress", "result", "finished"]
    assert rec.events[-2] == ("result", 3)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (UsageError("photos/: folder not found"), "photos/: folder not found"),
        (ZeroDivisionError("division by zero"), "did not expect: division by zero"),
    ],
)
def test_failures_become_one_message_never_a_traceback(error, expected):
    job = _Counting(1, fail=error)
    rec = _Recorder(job)
    job.run()
    assert rec.names[-2:] == ["failed", "finished"]
    error = rec.events[-2][1]
    assert isinstance(error, PictagError)  # the domain error itself, for the slot to inspect
    assert expected in str(error) and "Traceback" not in str(error)


def test_runner_runs_on_its_own_thread_and_joins(qtbot):
    runner = JobRunner("counting")
    job = _Counting(5)
    with qtbot.waitSignals([job.started, job.result, job.finished], order="strict", timeout=5000):
        runner.start(job)
    assert job.thread_name == "pictag-counting"
    qtbot.waitUntil(lambda: not runner.busy)
    assert runner.shutdown(1000)


def test_one_job_of_a_kind_and_cancel_from_the_gui_thread(qtbot):
    gate = threading.Event()
    runner = JobRunner("slow")
    job = _Counting(1000, gate=gate)
    runner.start(job)
    with pytest.raises(RuntimeError, match="already running"):
        runner.start(_Counting(1))
    with qtbot.waitSignals([job.cancelled, job.finished], order="strict", timeout=5000):
        runner.cancel()
        gate.set()
    assert runner.shutdown(1000)
    follow_up = _Counting(1)
    with qtbot.waitSignal(follow_up.result, timeout=5000):
        runner.start(follow_up)  # the runner is free again once the job finished
    runner.shutdown(1000)


def test_throttle_lets_the_last_value_through():
    throttle = Throttle(hz=1)
    assert throttle.ready()
    assert not throttle.ready()
    assert throttle.ready(force=True)


def test_thumbnails_are_decoded_off_the_gui_thread_and_cached(qtbot, tmp_path):
    good = make_photo(tmp_path / "a.jpg", size=(400, 300))
    bad = tmp_path / "b.jpg"
    bad.write_text("not an image")
    cache = ThumbnailCache(capacity=1)
    try:
        with qtbot.waitSignal(cache.ready, check_params_cb=lambda p: p == good, timeout=5000):
            assert cache.pixmap(good) is None
        pixmap = cache.pixmap(good)
        assert pixmap is not None and max(pixmap.width(), pixmap.height()) == 160
        with qtbot.waitSignal(cache.ready, timeout=5000):
            cache.pixmap(bad)
        assert cache.is_unreadable(bad) and cache.pixmap(bad) is None
        assert cache.pixmap(good) is pixmap  # served from the cache, no second decode
    finally:
        assert cache.shutdown(5000)


def test_settings_round_trip_and_survive_garbage(tmp_path):
    ini = str(tmp_path / "s.ini")
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    settings.set(Keys.TRAIN_PARAMETERS, {"epochs": 7})
    settings.set(Keys.RECENT_MODELS, ["/a.keras", "/b.keras"])
    settings.set(Keys.TAB, 1)
    settings.sync()
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert again.get(Keys.TRAIN_PARAMETERS) == {"epochs": 7}
    assert again.get(Keys.RECENT_MODELS) == ["/a.keras", "/b.keras"]
    assert again.get(Keys.TAB) == 1
    again.q.setValue(Keys.TRAIN_PARAMETERS.name, "{not json")
    again.q.setValue(Keys.TAB.name, "abc")
    assert again.get(Keys.TRAIN_PARAMETERS) == {}
    assert again.get(Keys.TAB) == 0


def test_every_signal_is_emitted_on_the_gui_thread(qtbot):
    """`work()` runs on the job's thread; its signals must still be emitted on the GUI thread
    (through the relay), so that every slot runs there however it is connected. A direct
    connection runs the slot where the signal is emitted, which shows where that is."""
    gui = threading.get_ident()
    seen: list[int] = []
    job = _Counting(3)
    for signal in (job.started, job.progress, job.result, job.finished):
        signal.connect(
            lambda *_: seen.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
        )
    runner = JobRunner("relay")
    with qtbot.waitSignal(job.finished, timeout=5000):
        runner.start(job)
    assert len(seen) == 6 and set(seen) == {gui}
    assert runner.shutdown(1000)
