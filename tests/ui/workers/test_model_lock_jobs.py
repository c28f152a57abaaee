"""The app's update and restore jobs (review mode's and the Check page's update run the same
`UpdateModelJob`) on a model another process writes: the job shows that it waits, and Cancel
ends it with nothing written."""

from __future__ import annotations

import hashlib

import pytest

from app.core.errors import Cancelled
from app.core.progress import Progress, Stage
from app.ui.workers.base import JobRunner
from app.ui.workers.training_set import RestoreVersionJob, UpdateModelJob
from tests.helpers import hold_model_lock, make_color_model_file


@pytest.mark.parametrize("make", [UpdateModelJob, lambda model: RestoreVersionJob(model, 1)])
def test_a_job_on_a_model_being_written_shows_its_wait_and_cancels(qtbot, tmp_path, make):
    model = make_color_model_file(tmp_path / "colors.keras")
    before = hashlib.sha256(model.read_bytes()).hexdigest()
    holder = hold_model_lock(model)
    try:
        job = make(model)
        shown: list[Progress] = []
        cancelled: list[Cancelled] = []
        job.progress.connect(lambda e: isinstance(e, Progress) and shown.append(e))
        job.cancelled.connect(cancelled.append)
        runner = JobRunner("lock")
        runner.start(job)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        assert shown[0].stage is Stage.WAIT
        assert shown[0].title == "Waiting for another Pictag run that is writing colors.keras"
        with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda b: not b, timeout=5000):
            runner.cancel()
        assert runner.shutdown(1000)
    finally:
        holder.kill()
        holder.wait()
    assert "gave up waiting for the other run writing" in str(cancelled[0])
    assert hashlib.sha256(model.read_bytes()).hexdigest() == before
    assert not (tmp_path / "colors.versions").exists()
