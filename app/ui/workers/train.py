"""Jobs for the Train tab: scanning a dataset folder, and a whole training run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.errors import UsageError
from app.ui.workers.base import Job

if TYPE_CHECKING:
    from training.options import TrainingOptions
    from training.trainer import TrainingResult

__all__ = ["ScanJob", "TrainingJob"]


class ScanJob(Job):
    """Reads headers only, so even a large folder reports in seconds; result: a DatasetScan.
    `progress` carries its `Stage.SCAN` events; a newer request or closing the window cancels it."""

    def __init__(self, options: TrainingOptions) -> None:
        super().__init__()
        self.options = options  # the folders, and where the classes come from

    def work(self):
        from training.keywords import scan_training_set

        o = self.options
        if o.labels_csv is not None and o.validation_dir is not None:
            raise UsageError(
                self.tr(
                    "{csv}: a labels CSV's photos are split for validation; choose a split "
                    "instead of the validation folder {folder}, or train without the CSV"
                ).format(csv=o.labels_csv, folder=o.validation_dir)
            )
        return scan_training_set(
            o.data_dir,
            o.validation_dir,
            o.keywords,
            labels_csv=o.labels_csv,
            untagged=o.untagged,
            progress=self.report,
            token=self.token,
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
