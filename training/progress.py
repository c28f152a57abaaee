"""How a training run talks to whoever started it (CLI or GUI): plain callbacks and a token.

The engine never imports Qt; the GUI subclasses `TrainingListener` in a worker and turns each
call into a signal.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.progress import CancelToken

if TYPE_CHECKING:
    from training.dataset import DatasetScan

__all__ = ["Stage", "StepUpdate", "EpochResult", "TrainingListener", "TrainingToken"]


@dataclass(frozen=True)
class Stage:
    """One part of a run: "scan", "decode", "extract", "head", "fine_tune", "evaluate", "save"."""

    key: str
    title: str
    total_steps: int  # steps in the whole stage (all epochs); 0 when unknown
    epochs: int = 0  # 0 for stages that have no epochs


@dataclass(frozen=True)
class StepUpdate:
    stage: str
    step: int  # steps done in this stage
    total_steps: int
    epoch: int = 0  # 1-based within the stage; 0 outside epochs
    metrics: dict[str, float] = field(default_factory=dict)  # running loss/accuracy
    overall: float = 0.0  # fraction of the whole run done, 0..1
    eta_seconds: float | None = None  # for the whole run; None until it can be estimated


@dataclass(frozen=True)
class EpochResult:
    stage: str  # "head" or "fine_tune"
    epoch: int  # 1-based
    epochs: int
    loss: float
    accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    seconds: float
    best: bool  # the best validation loss so far: these are the weights that will be kept

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


class TrainingListener:
    """Override what you need; every method is called on the training thread."""

    def dataset_ready(
        self, scan: DatasetScan, train_counts: list[int], validation_counts: list[int]
    ) -> None:
        """The scan and split are done: images per class for training and validation."""

    def stage_started(self, stage: Stage) -> None:
        pass

    def step_done(self, update: StepUpdate) -> None:
        pass

    def epoch_ended(self, result: EpochResult) -> None:
        pass

    def message(self, text: str) -> None:
        """A line for the log: skipped files, warnings, what was decided and why."""


class TrainingToken(CancelToken):
    """Two ways to end early. `cancel()` discards the run and writes nothing; `stop()` ends
    training now and finishes normally (evaluated and saved) with the best weights seen so far.
    """

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()
