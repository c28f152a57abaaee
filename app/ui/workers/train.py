"""Jobs for the Train tab: scanning a dataset folder, and a whole training run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from app.ui.workers.base import Job
from training.progress import EpochResult, TrainingListener

if TYPE_CHECKING:
    from app.core.progress import Progress
    from training.options import TrainingOptions
    from training.trainer import TrainingResult

__all__ = ["ScanJob", "TrainingJob"]


class ScanJob(Job):
    """Reads headers only, so even a large folder reports in seconds; result: a DatasetScan.
    `progress` carries its `Stage.SCAN` events; a newer request or closing the window cancels it."""

    def __init__(
        self, root: Path, validation_root: Path | None = None, keywords: str | None = None
    ) -> None:
        super().__init__()
        self.root = root
        self.validation_root = validation_root
        self.keywords = keywords  # classes from the keywords under it, not from sub-folders

    def work(self):
        from training.keywords import scan_training_set

        return scan_training_set(
            self.root, self.validation_root, self.keywords, progress=self.report, token=self.token
        )


class TrainingJob(Job):
    """Runs `training.trainer.train`; result: a TrainingResult.

    `progress` carries the run's `Progress` events (a stage begins with done 0); the other
    listener calls have their own signals. `stop()` ends training early but keeps, evaluates
    and saves the best weights; `cancel()` discards the run.
    """

    dataset_ready = Signal(object, object, object)  # DatasetScan, train counts, validation counts
    epoch_ended = Signal(object)  # EpochResult
    message = Signal(str)
    _PUBLIC = (*Job._PUBLIC, "dataset_ready", "epoch_ended", "message")

    def __init__(self, options: TrainingOptions) -> None:
        super().__init__()
        self.options = options

    def work(self) -> TrainingResult:
        from training.trainer import train

        return train(self.options, _SignalListener(self), self.token)


class _SignalListener(TrainingListener):
    def __init__(self, job: TrainingJob) -> None:
        self.job = job

    def dataset_ready(self, scan, train_counts: list[int], validation_counts: list[int]) -> None:
        self.job.send("dataset_ready", scan, train_counts, validation_counts)

    def progress(self, event: Progress) -> None:
        self.job.report(event)

    def epoch_ended(self, result: EpochResult) -> None:
        self.job.send("epoch_ended", result)

    def message(self, text: str) -> None:
        self.job.send("message", text)
