"""Jobs of the review loop: adding reviewed photos to the training set, updating the model
from it (head only or both phases), putting an earlier version back, and a first model for a
training set started from the Classify tab. Each is one engine call."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.progress import Stage
from app.ui.workers.base import Job
from app.ui.workers.filing import FilingJob

if TYPE_CHECKING:
    from app.dataset.adding import Adding, Addition
    from training.trainer import TrainingResult
    from training.update import UpdateResult
    from training.versions import Version

__all__ = ["AddToSetJob", "FirstModelJob", "RestoreVersionJob", "UpdateModelJob"]


class AddToSetJob(FilingJob):
    """`app.dataset.adding.add_to_dataset`'s addition, as a `FilingJob`: `stop()` ends it
    between two photos with what was added as the result, and a failure partway is a `Stopped`
    carrying it; either is in the manifest, and undoes like a whole addition."""

    stage = Stage.ADD

    def __init__(
        self,
        root: Path,
        additions: Sequence[Addition],
        *,
        move: bool,
        model_labels: Sequence[str] | None,
    ) -> None:
        super().__init__(additions)
        self.root, self.move, self.model_labels = root, move, model_labels

    def handler(self) -> Adding:
        from app.dataset.adding import open_addition

        return open_addition(self.root, self.items, move=self.move, model_labels=self.model_labels)


class UpdateModelJob(Job):
    """`training.update.update_model`: a new version from the training folder as it is now;
    while another run writes the model, the job shows that it waits, and Cancel gives up."""

    def __init__(self, model: Path, *, full: bool = False, data_dir: Path | None = None) -> None:
        super().__init__()
        self.model, self.full, self.data_dir = model, full, data_dir

    def work(self) -> UpdateResult:
        from training.update import update_model

        return update_model(
            self.model, full=self.full, data_dir=self.data_dir, progress=self.report,
            token=self.token,
        )  # fmt: skip


class RestoreVersionJob(Job):
    """`training.versions.restore_version`: while another run writes the model, the job shows
    that it waits for it, and Cancel gives up."""

    def __init__(self, model: Path, number: int) -> None:
        super().__init__()
        self.model, self.number = model, number

    def work(self) -> Version:
        from training.versions import restore_version

        return restore_version(self.model, self.number, progress=self.report, token=self.token)


class FirstModelJob(Job):
    """A first model for a training set begun from the Classify tab: `pictag train ROOT
    --head-only --base BASE --weights WEIGHTS`'s run (the measured defaults, phase 1 only:
    seconds once the features are cached), saved as `output` with its report."""

    def __init__(self, root: Path, output: Path, *, base: str, weights: str | None) -> None:
        super().__init__()
        self.root, self.output = root, output
        self.base, self.weights = base, weights

    def work(self) -> TrainingResult:
        from training.options import make_options
        from training.trainer import train

        options = make_options(
            self.root, self.output, base=self.base, weights=self.weights or "none",
            fine_tune_epochs=0,
        )  # fmt: skip
        return train(options, self.report, self.token)
