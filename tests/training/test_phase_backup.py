"""A phase's checkpoint cut short by a kill: the phase starts over instead of failing."""

from __future__ import annotations

from pathlib import Path

import h5py
import numpy as np

from app.core.progress import Stage
from training.checkpoints import PhaseBackup
from training.phase_state import Best, MonitorState


def saved_phase(folder: Path) -> PhaseBackup:
    backup = PhaseBackup(folder)
    best = Best(0.5, [np.zeros(3, np.float32)], np.zeros((2, 3)), Stage.HEAD, 1)
    backup.save(MonitorState([], best, 0, False, False))
    (folder / "keras").mkdir()
    with h5py.File(folder / "keras" / "latest.weights.h5", "w") as f:
        f.create_dataset("w", data=np.arange(1000.0))
    return backup


def test_a_readable_checkpoint_is_taken_up(tmp_path):
    state = saved_phase(tmp_path / "head").load()
    assert state is not None and state.best is not None and state.best.epoch == 1


def test_a_checkpoint_cut_short_makes_the_phase_start_over(tmp_path):
    backup = saved_phase(tmp_path / "head")
    weights = tmp_path / "head" / "keras" / "latest.weights.h5"
    weights.write_bytes(weights.read_bytes()[:1200])  # killed while Keras was writing it
    assert backup.load() is None
    assert not (tmp_path / "head").exists()
