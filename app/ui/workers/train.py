"""Jobs for the Train tab: scanning a dataset folder, and a whole training run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.ui.workers.base import Job

if TYPE_CHECKING:
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

    `progress` carries every event of the run: `Progress` (a stage begins with done 0),
    `Note`, `DatasetSplit` and `EpochResult`. `stop()` ends training early but keeps,
    evaluates and saves the best weights; `cancel()` discards the run.
    """

    def __init__(self, options: TrainingOptions) -> None:
        super().__init__()
        self.options = options

    def work(self) -> TrainingResult:
        from training.trainer import train

        return train(self.options, self.report, self.token)
