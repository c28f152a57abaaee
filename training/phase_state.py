"""What a phase has learnt so far: its best weights and the epoch monitor's state.

Its own module because two others share it: the monitor (`training.monitor`) keeps it up to
date while Keras trains, and the checkpoints (`training.checkpoints`) write it after every
epoch and read it back when a run resumes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from app.core.progress import Stage
from training.progress import EpochResult

__all__ = ["Best", "MonitorState"]


@dataclass
class Best:
    """The weights with the lowest validation loss so far, and their validation predictions."""

    loss: float
    weights: list[np.ndarray]
    probabilities: np.ndarray
    stage: Stage
    epoch: int


@dataclass
class MonitorState:
    """The monitor's state at the end of an epoch: enough to resume the phase after it."""

    history: list[EpochResult] = field(default_factory=list)
    best: Best | None = None
    waited: int = 0
    finished: bool = False
    stopped_by_user: bool = False
