"""Jobs for checking a training set and updating its model after the fixes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.ui.workers.base import Job

if TYPE_CHECKING:
    from training.check.run import CheckOptions, CheckReport
    from training.update import UpdateResult

__all__ = ["CheckJob", "UpdateJob"]


class CheckJob(Job):
    """Runs `training.check.run.check_dataset`; result: a CheckReport."""

    def __init__(self, options: CheckOptions) -> None:
        super().__init__()
        self.options = options

    def work(self) -> CheckReport:
        from training.check.run import check_dataset

        return check_dataset(self.options, progress=self.report, token=self.token)


class UpdateJob(Job):
    """Runs `training.update.update_model` (head only); result: an UpdateResult."""

    def __init__(self, model: Path) -> None:
        super().__init__()
        self.model = model

    def work(self) -> UpdateResult:
        from training.update import update_model

        return update_model(self.model, progress=self.report, token=self.token)
