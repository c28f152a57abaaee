"""What the worker vocabulary promises beyond signal order: progress throttled per stage, the
domain error and the cancel's note delivered as objects, and detached runs heard by nobody."""

from __future__ import annotations

import threading
from pathlib import Path

from app.core.errors import Cancelled, WeightsError
from app.core.progress import Event, Note, Progress, Stage
from app.ui.workers.base import Job, JobRunner


class _Reporting(Job):
    """Sends `events` through `report` as fast as it can, then raises or returns."""

    def __init__(self, events: list[Event], end: BaseException | None = None, gate=None):
        super().__init__(progress_hz=1)
        self.events, self.end, self.gate = events, end, gate

    def work(self) -> str:
        if self.gate is not None:
            self.gate.wait(5)
        for event in self.events:
            self.report(event)
        if self.end is not None:
            raise self.end
        return "done"


def test_report_keeps_each_stages_first_and_last_event_and_throttles_the_rest():
    events = [Progress(Stage.EXTRACT, i, 100) for i in range(101)]
    events += [Progress(Stage.HEAD, i, 10, epoch=1, epochs=1) for i in range(11)]
    job = _Reporting(events)
    seen: list[Progress] = []
    job.progress.connect(seen.append)
    job.run()
    pairs = [(e.stage, e.done) for e in seen]
    assert pairs[0] == (Stage.EXTRACT, 0) and (Stage.EXTRACT, 100) in pairs
    assert (Stage.HEAD, 0) in pairs and pairs[-1] == (Stage.HEAD, 10)
    assert len(seen) <= 6  # at 1 Hz, in a run that takes milliseconds


def test_report_relays_every_event_that_is_not_progress_unthrottled_and_in_order():
    notes = [Note.skipped(Path(f"/photos/{i}.jpg"), "cannot be decoded") for i in range(20)]
    steps = [Progress(Stage.EXTRACT, i, 100) for i in range(101)]
    events = [e for i in range(20) for e in (steps[i], notes[i])] + steps[20:]
    job = _Reporting(events)
    seen: list[Event] = []
    job.progress.connect(seen.append)
    job.run()
    assert [e for e in seen if isinstance(e, Note)] == notes
    assert len([e for e in seen if isinstance(e, Progress)]) <= 6  # still throttled


def test_failed_carries_the_domain_error_and_cancelled_its_note():
    missing = WeightsError("mobilenet_v2.h5 cannot be downloaded")
    failed = _Reporting([], end=missing)
    errors: list[object] = []
    failed.failed.connect(errors.append)
    failed.run()
    assert errors == [missing]

    stopped = _Reporting([], end=Cancelled("stopped before training began"))
    notes: list[object] = []
    stopped.cancelled.connect(notes.append)
    stopped.run()
    assert [str(n) for n in notes] == ["stopped before training began"]


def test_a_detached_job_is_heard_by_nobody_but_its_runner(qtbot):
    gate = threading.Event()
    job = _Reporting([Progress(Stage.CLASSIFY, 1, 2)], gate=gate)
    heard: list[str] = []
    for name in ("progress", "result", "failed", "cancelled"):
        getattr(job, name).connect(lambda *_, n=name: heard.append(n))
    runner = JobRunner("detach")
    runner.start(job)
    job.detach()  # replaced while it runs: what it still sends is stale
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        gate.set()
    assert heard == [] and job.done
    assert runner.shutdown(1000)


def test_replace_lets_the_newest_request_win(qtbot):
    first = _Reporting([], gate=threading.Event())
    heard: list[str] = []
    first.result.connect(lambda value: heard.append(f"first {value}"))
    made: list[str] = []

    def make(name: str) -> _Reporting:
        made.append(name)
        job = _Reporting([])
        job.result.connect(lambda value: heard.append(f"{name} {value}"))
        return job

    runner = JobRunner("replace")
    runner.replace(lambda: first)
    runner.replace(lambda: make("second"))  # superseded before it could start
    runner.replace(lambda: make("third"))
    assert runner.waiting and first.token.cancelled
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        first.gate.set()
    assert made == ["third"] and heard == ["third done"] and not runner.waiting
    assert runner.shutdown(1000)


def test_cancel_drops_the_request_that_waited(qtbot):
    first = _Reporting([], gate=threading.Event())
    runner = JobRunner("replace")
    runner.replace(lambda: first)
    runner.replace(lambda: _Reporting([]))
    runner.cancel()
    assert not runner.waiting
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        first.gate.set()
    assert runner.job is first
    assert runner.shutdown(1000)


class _Committing(Job):
    """Commits (its result is being written), then hears a cancel, as a late Cancel does."""

    def work(self) -> str:
        self.token.commit()
        self.token.cancel()
        return "saved"


def test_a_cancel_after_the_job_committed_ends_in_its_result():
    job = _Committing()
    results: list[object] = []
    cancelled: list[object] = []
    job.result.connect(results.append)
    job.cancelled.connect(cancelled.append)
    job.run()
    assert results == ["saved"] and cancelled == []
