"""The export job: `training.export.export_model` off the GUI thread."""

from __future__ import annotations

from app.ui.workers.base import Job, Throttle

__all__ = ["ExportJob"]


class ExportJob(Job):
    """Result: an ExportResult. `progress` carries (step, done, total), throttled; cancel takes
    effect between steps and between parity batches (a conversion runs to its end)."""

    def __init__(self, options) -> None:
        super().__init__()
        self.options = options
        self.throttle = Throttle(15)

    def work(self):
        from training.export import export_model

        return export_model(self.options, self._progress, self.token)

    def _progress(self, step: str, done: int, total: int) -> None:
        if self.throttle.ready(force=not total or done >= total):
            self.send("progress", (step, done, total))
