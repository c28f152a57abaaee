"""The review panel's jobs (an addition, its undo, an update, a version put back): one at a time,
each reported the same way, and what was to follow one started only once it has ended. The
panel and its parts share one `ReviewJobs`, so none of them reaches into another to start a job;
`JobRow` shows the one that runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.core.errors import PictagError, Stopped
from app.core.progress import Progress
from app.ui.workers.base import Job, JobRunner, only_progress
from app.ui.workers.filing import FilingJob

__all__ = ["JobRow", "ReviewJobs"]


class ReviewJobs(QObject):
    started = Signal(str)  # what the job does, in words
    progress = Signal(object)  # the running job's Progress events
    failed = Signal(str)  # why it stopped, for the user (not a `Stopped`: see `run`)
    status_message = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = JobRunner("review", self)
        self._runner.busy_changed.connect(self.busy_changed)  # buttons first, then what follows
        self._runner.busy_changed.connect(self._idle)
        self._next: Callable[[], None] | None = None  # what starts once this job has ended

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def run(self, job: Job, text: str) -> None:
        """Start `job`, saying `text`. A journaled job that fails partway (`Stopped`) is not
        `failed` here: what it did is in its summary, which whoever started it says."""
        job.progress.connect(only_progress(self.progress.emit))
        job.failed.connect(self._failed)
        cancelled = self.tr("Cancelled.")
        job.cancelled.connect(lambda _c: self.status_message.emit(cancelled))
        for ended in (job.failed, job.cancelled):  # what was to follow does not
            ended.connect(lambda _e: setattr(self, "_next", None))
        self.started.emit(text)
        self._runner.start(job)

    def after_this_job(self, then: Callable[[], None]) -> None:
        """Start `then` once the running job has ended."""
        self._next = then

    def cancel(self) -> bool:
        """Cancel the job that runs; False when none does. A journaled job (an addition) is
        stopped instead: it ends between two photos, and what it did is kept, to be undone."""
        job = self._runner.job
        if job is None or not self._runner.busy:
            return False
        if isinstance(job, FilingJob):
            job.stop()
        else:
            self._runner.cancel()
        return True

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        return self._runner.shutdown(timeout_ms)

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        if not isinstance(error, Stopped):
            self.failed.emit(str(error))

    @Slot(bool)
    def _idle(self, busy: bool) -> None:
        if not busy and self._next is not None:
            then, self._next = self._next, None
            then()


class JobRow(QWidget):
    """What the running review job does, how far it is, and its Cancel; hidden while none runs."""

    def __init__(self, jobs: ReviewJobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self.bar, self.label = QProgressBar(), QLabel()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.bar, self.label, self.cancel_button):
            layout.addWidget(widget)
        jobs.started.connect(self._started)
        jobs.progress.connect(self._progress)
        jobs.busy_changed.connect(self.setVisible)
        self.setVisible(jobs.busy)

    def cancel(self) -> bool:
        """Cancel the review job that runs; False when none does."""
        if not self._jobs.cancel():
            return False
        self.label.setText(self.tr("Cancelling…"))
        return True

    @Slot(str)
    def _started(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)

    @Slot(object)
    def _progress(self, event: Progress) -> None:
        self.bar.setRange(0, max(event.total, 0))
        self.bar.setValue(event.done)
        self.label.setText(event.title)
