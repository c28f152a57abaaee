"""The job that checks a training set (the model is updated after the fixes by
`app.ui.workers.training_set.UpdateModelJob`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.workers.base import Job

if TYPE_CHECKING:
    from training.check.run import CheckOptions, CheckReport

__all__ = ["CheckJob"]


class CheckJob(Job):
    """Runs `training.check.run.check_dataset`; result: a CheckReport."""

    def __init__(self, options: CheckOptions) -> None:
        super().__init__()
        self.options = options

    def work(self) -> CheckReport:
        from training.check.run import check_dataset

        return check_dataset(self.options, progress=self.report, token=self.token)
