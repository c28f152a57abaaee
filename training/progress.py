"""The events only a training run tells, beside `app.core.progress`'s `Progress` and `Note`.

A run sends everything through its one `progress` callable: `Progress` with a `Stage` (scan,
download, extract, head, fine_tune, evaluate, save), `Note`s for its log (skipped files,
warnings, what was decided and why), its dataset once it is split (`DatasetSplit`), and every
epoch's result (`EpochResult`). The CLI and the app's Train tab dispatch on the type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.progress import Event, Stage

if TYPE_CHECKING:
    from training.dataset import DatasetScan
    from training.options import TrainingOptions

__all__ = ["DatasetSplit", "EpochResult", "PHASES", "stage_weights"]

PHASES = (Stage.HEAD, Stage.FINE_TUNE)
"""The stages that train, in order: phase 1 and phase 2."""


@dataclass(frozen=True)
class DatasetSplit(Event):
    """The scan and split are done: images per class (in `scan.classes`' order) for training
    and validation."""

    scan: DatasetScan
    train_counts: list[int]  # a multi-label photo counts for each of its labels
    validation_counts: list[int]
    train_none: int = 0  # "none of these" examples
    validation_none: int = 0


@dataclass(frozen=True)
class EpochResult(Event):
    stage: Stage  # Stage.HEAD or Stage.FINE_TUNE
    epoch: int  # 1-based
    epochs: int
    loss: float
    accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    seconds: float
    best: bool  # the best validation loss so far: these are the weights that will be kept
    metric: str = "accuracy"  # what `accuracy` measures: accuracy, or (multi-label) micro-F1

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
            "metric": self.metric,
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
        # A fine-tuned base's features are computed again for the "none of these" detector.
        Stage.OPEN_SET: n_train + n_val if o.fine_tune_epochs else 0,
    }
