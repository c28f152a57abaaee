"""How a training run talks to whoever started it (CLI or GUI), beyond plain progress.

Progress itself is `app.core.progress`'s: `Progress` events with a `Stage` (scan, download,
extract, head, fine_tune, evaluate, save), and a `Token` to cancel or stop. A run also reports
its dataset once it is split, every epoch's result, and log lines; the GUI subclasses
`TrainingListener` in a worker and turns each call into a signal. The engine never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.progress import Progress, Stage

if TYPE_CHECKING:
    from training.dataset import DatasetScan
    from training.options import TrainingOptions

__all__ = ["EpochResult", "TrainingListener", "PHASES", "stage_weights"]

PHASES = (Stage.HEAD, Stage.FINE_TUNE)
"""The stages that train, in order: phase 1 and phase 2."""


@dataclass(frozen=True)
class EpochResult:
    stage: Stage  # Stage.HEAD or Stage.FINE_TUNE
    epoch: int  # 1-based
    epochs: int
    loss: float
    accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    seconds: float
    best: bool  # the best validation loss so far: these are the weights that will be kept

    @property
    def phase(self) -> int:
        """1 or 2, as a person counts the phases."""
        return PHASES.index(self.stage) + 1

    def as_dict(self) -> dict[str, object]:
        return {
            "epoch": self.epoch,
            "loss": self.loss,
            "accuracy": self.accuracy,
            "val_loss": self.val_loss,
            "val_accuracy": self.val_accuracy,
            "seconds": round(self.seconds, 3),
            "best": self.best,
        }


def stage_weights(scan: DatasetScan, o: TrainingOptions) -> dict[Stage, float]:
    """Each stage's share of a run's overall progress, in about one image's worth of work:
    grouping computes view 0 of every photo (unless a validation folder makes it needless),
    and extraction the other views."""
    n = len(scan.samples)
    n_val = len(scan.validation_samples) or round(n * o.validation_split)
    n_train = n - (0 if scan.validation_root else n_val)
    views = o.views_for(n_train)
    grouping = scan.validation_root is None
    return {
        Stage.GROUP: n if grouping else 0,
        Stage.EXTRACT: n_train * (views - grouping) + (0 if grouping else n_val),
        Stage.HEAD: 0.002 * n_train * views * o.epochs,
        Stage.FINE_TUNE: o.fine_tune_epochs * (1.8 * n_train + n_val),
    }


class TrainingListener:
    """Override what you need; every method is called on the training thread."""

    def dataset_ready(
        self, scan: DatasetScan, train_counts: list[int], validation_counts: list[int]
    ) -> None:
        """The scan and split are done: images per class for training and validation."""

    def progress(self, event: Progress) -> None:
        """A stage began (done 0) or moved on; `overall` and `eta_seconds` cover the run."""

    def epoch_ended(self, result: EpochResult) -> None:
        pass

    def message(self, text: str) -> None:
        """A line for the log: skipped files, warnings, what was decided and why."""
