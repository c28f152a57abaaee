"""What watches a phase while Keras trains it: progress and the token after every batch;
validation, the best weights and early stopping after every epoch.

Its own module because both phases share it exactly, and because it is where a run's
guarantees are kept: the token is obeyed within one batch, and the weights a phase ends with
are always those of its best validation loss (across both phases: phase 2 starts from phase 1's
best, so the saved model is never worse on validation loss than the head alone).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.errors import Cancelled
from app.core.progress import Stage, Stages, Token
from app.core.tf_runtime import import_keras
from training.evaluation import MICRO_F1, cross_entropy, epoch_score
from training.phase_state import Best, MonitorState
from training.progress import EpochResult

if TYPE_CHECKING:
    import keras

    from training.checkpoints import PhaseBackup

__all__ = ["PhaseResult", "Phase", "epoch_monitor"]


@dataclass
class PhaseResult:
    history: list[EpochResult] = field(default_factory=list)
    stopped_by_user: bool = False


@dataclass
class Phase:
    """One phase as the monitor sees it."""

    stage: Stage
    epochs: int
    steps_per_epoch: int
    validate: Callable[[], np.ndarray]  # validation probabilities of the current weights
    val_labels: np.ndarray  # class indices (n,), or multi-hot targets (n, labels)
    patience: int  # epochs without a better validation loss before the phase stops
    weights_of: keras.Model  # whose weights are kept and restored
    best: Best | None  # the best so far, from an earlier phase
    token: Token
    stages: Stages  # the run's progress, and where its epochs are told
    backup: PhaseBackup | None = None  # checkpoints to resume from and to keep up to date


def epoch_monitor(phase: Phase) -> Any:
    """A Keras callback for `phase` (built here: Keras is imported only when training)."""
    keras = import_keras()

    class EpochMonitor(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.phase = phase
            self.best = phase.best
            self.result = PhaseResult()
            self.epoch_start = time.monotonic()
            self.waited = 0

        def resume(self) -> bool:
            """Take up the phase's checkpointed state, if any (the epochs done are told
            again); True when the phase had ended: nothing left to train."""
            p = self.phase
            state = p.backup.load() if p.backup is not None else None
            if state is None:
                return False
            self.result.history, self.best = state.history, state.best
            self.waited, self.result.stopped_by_user = state.waited, state.stopped_by_user
            for result in state.history:
                p.stages.tell(result)
            if state.finished and self.best is not None:
                p.weights_of.set_weights(self.best.weights)
            return state.finished

        def _checkpoint(self, finished: bool = False) -> None:
            if self.phase.backup is not None:
                self.phase.backup.save(self._state(finished))

        def _state(self, finished: bool) -> MonitorState:
            return MonitorState(
                self.result.history, self.best, self.waited, finished,
                self.result.stopped_by_user,
            )  # fmt: skip

        def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
            self.epoch_start = time.monotonic()

        def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
            p = self.phase
            if p.token.cancelled:
                raise Cancelled()
            if p.token.stop_requested:
                self.model.stop_training = True
                self.result.stopped_by_user = True
            epoch = len(self.result.history) + 1
            step = (epoch - 1) * p.steps_per_epoch + batch + 1
            total = p.epochs * p.steps_per_epoch
            metrics = {k: float(v) for k, v in (logs or {}).items() if k in ("loss", "accuracy")}
            p.stages.report(
                p.stage, step / total, done=step, total=total, epoch=epoch, epochs=p.epochs,
                metrics=metrics,
            )  # fmt: skip

        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            p, logs = self.phase, logs or {}
            probabilities = p.validate()
            val_loss = cross_entropy(p.val_labels, probabilities)
            val_accuracy = epoch_score(p.val_labels, probabilities)
            improved = self.best is None or val_loss < self.best.loss
            if improved:
                weights = p.weights_of.get_weights()
                self.best = Best(val_loss, weights, probabilities, p.stage, epoch + 1)
                self.waited = 0
            else:
                self.waited += 1
                if self.waited >= p.patience:
                    self.model.stop_training = True
            result = EpochResult(
                stage=p.stage,
                epoch=epoch + 1,
                epochs=p.epochs,
                loss=float(logs.get("loss", math.nan)),
                accuracy=float(logs.get("accuracy", math.nan)),
                val_loss=val_loss,
                val_accuracy=val_accuracy,
                seconds=time.monotonic() - self.epoch_start,
                best=improved,
                metric=MICRO_F1 if p.val_labels.ndim == 2 else "accuracy",
            )
            # An epoch trained again after a resume replaces its first account.
            self.result.history = [h for h in self.result.history if h.epoch < epoch + 1]
            self.result.history.append(result)
            p.stages.tell(result)
            self._checkpoint()

        def on_train_end(self, logs: dict | None = None) -> None:
            if self.best is not None:
                self.phase.weights_of.set_weights(self.best.weights)
            self._checkpoint(finished=True)

    return EpochMonitor()
