"""Jobs for the Train tab: scanning a dataset folder, and a whole training run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from app.ui.workers.base import Job, Throttle
from training.progress import EpochResult, Stage, StepUpdate, TrainingListener, TrainingToken

__all__ = ["ScanJob", "TrainingJob"]


class ScanJob(Job):
    """Reads headers only, so even a large folder reports in seconds; result: a DatasetScan."""

    def __init__(self, root: Path, validation_root: Path | None = None) -> None:
        super().__init__()
        self.root = root
        self.validation_root = validation_root

    def work(self):
        from training.dataset import scan_dataset

        return scan_dataset(self.root, self.validation_root)


class TrainingJob(Job):
    """Runs `training.trainer.train`; result: a TrainingResult.

    `progress` carries StepUpdate (throttled); the other listener calls have their own signals.
    `stop()` ends training early but keeps, evaluates and saves the best weights; `cancel()`
    discards the run.
    """

    dataset_ready = Signal(object, object, object)  # DatasetScan, train counts, validation counts
    stage_started = Signal(object)  # Stage
    epoch_ended = Signal(object)  # EpochResult
    message = Signal(str)

    def __init__(self, options) -> None:
        super().__init__(TrainingToken())
        self.options = options

    def stop(self) -> None:
        self.token.stop()

    def work(self):
        from training.trainer import train

        return train(self.options, _SignalListener(self), self.token)


class _SignalListener(TrainingListener):
    def __init__(self, job: TrainingJob) -> None:
        self.job = job
        self.throttle = Throttle(15)

    def dataset_ready(self, scan, train_counts: list[int], validation_counts: list[int]) -> None:
        self.job.send("dataset_ready", scan, train_counts, validation_counts)

    def stage_started(self, stage: Stage) -> None:
        self.job.send("stage_started", stage)

    def step_done(self, update: StepUpdate) -> None:
        if self.throttle.ready(force=update.step >= update.total_steps):
            self.job.send("progress", update)

    def epoch_ended(self, result: EpochResult) -> None:
        self.job.send("epoch_ended", result)

    def message(self, text: str) -> None:
        self.job.send("message", text)
