"""What Sort into Folders… and Write Keywords… share: a dialog that previews a journaled job on
the Classify tab's results, runs it on a worker (progress, Cancel between photos), then offers
Undo from the manifest it wrote, also after a run that stopped partway (cancelled, or failed).

The worker's runner is a child of the dialog, itself a child of the Classify tab, so the main
window finds it (`findChildren(JobRunner)`) to cancel and join it when it closes; closing the
dialog itself (Close, Esc, the title bar) cancels and joins it too, and a dialog whose job has
not stopped stays open (it is deleted on close).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QProgressBar, QPushButton, QWidget

from app.core.errors import PictagError, Stopped
from app.core.progress import Progress
from app.core.results import ClassifyResult
from app.ui.common.messages import show_error
from app.ui.common.settings import Settings
from app.ui.workers.base import Job, JobRunner
from app.ui.workers.filing import FilingJob

__all__ = ["FilingDialog", "first_reasons"]


class FilingDialog(QDialog):
    """Subclasses build their inputs, `preview` and `message` labels, and lay out `bar` and the
    row `_buttons(run_button)` returns; they say what the run is (`_new_job`), how to undo it
    (`_new_undo_job`), what to report (`_summary_lines`, `_undone_text`) and which widgets
    choose what it does (`_inputs`), and the message box's title when the run stops on an
    error (`failed_title`, set in their constructor)."""

    failed_title = ""

    def __init__(
        self,
        results: Sequence[ClassifyResult],
        settings: Settings,
        parent: QWidget | None,
        *,
        name: str,
    ) -> None:
        super().__init__(parent)
        self.results = list(results)
        self.settings = settings
        self.summary: Any = None  # the run's, once it ended (then Undo is offered)
        self._job: Job | None = None  # the last one started
        self._runner = JobRunner(name, self)
        self._runner.busy_changed.connect(self._busy_changed)

    # -- what a dialog adds --------------------------------------------------------------------

    def _new_job(self) -> tuple[FilingJob, str] | None:
        """The run the inputs ask for, and what to say while it runs; None (having said why)
        when they cannot work."""
        raise NotImplementedError

    def _new_undo_job(self, manifest: Path) -> Job:
        raise NotImplementedError

    def _summary_lines(self, summary: Any, error: str) -> list[str]:
        """What the run did (empty lines are dropped), its first line the outcome (a run cut
        short says so before it) and its last naming the manifest; `error` is why it stopped,
        when it failed partway."""
        raise NotImplementedError

    def _undone_text(self, summary: Any) -> str:
        raise NotImplementedError

    def _inputs(self) -> Sequence[QWidget]:
        """The widgets that choose what the run does: fixed while it runs, and after it."""
        raise NotImplementedError

    def _ready(self) -> bool:
        """Whether the inputs are complete enough to run."""
        return True

    # -- the shared part -----------------------------------------------------------------------

    def _buttons(self, run_button: QPushButton) -> QHBoxLayout:
        """The progress bar (`bar`, for the subclass to lay out) and the row of buttons:
        Undo, Cancel, `run_button`, Close."""
        self.bar = QProgressBar()
        self.bar.hide()
        self.run_button = run_button
        run_button.setDefault(True)
        run_button.clicked.connect(self.start)
        self.undo_button = QPushButton(QCoreApplication.translate("FilingDialog", "Undo"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        self.cancel_button = QPushButton(QCoreApplication.translate("FilingDialog", "Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._stop)
        self.close_button = QPushButton(QCoreApplication.translate("FilingDialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.undo_button, self.cancel_button, run_button, self.close_button):
            buttons.addWidget(button)
        return buttons

    def start(self) -> None:
        made = self._new_job()
        if made is None:
            return
        job, text = made
        job.progress.connect(self._progress)
        job.result.connect(self._ran)
        self._run(job, text)

    def undo(self) -> None:
        assert self.summary is not None and self.summary.manifest is not None
        job = self._new_undo_job(self.summary.manifest)
        job.result.connect(self._undone)
        self.undo_button.setEnabled(False)
        self._run(job, QCoreApplication.translate("FilingDialog", "Undoing…"))

    def done(self, result: int) -> None:
        """Every way of closing (Close, Esc, the title bar's button) ends here: a running job
        is cancelled (it stops between two photos) and waited for; should it not stop, the
        dialog stays open rather than be deleted under it."""
        if not self._runner.shutdown():
            self.message.setText(
                QCoreApplication.translate(
                    "FilingDialog", "Still stopping… close again in a moment."
                )
            )
            return
        super().done(result)

    def _run(self, job: Job, text: str) -> None:
        job.failed.connect(self._failed)
        self._job = job
        self.message.setText(text)
        self.bar.setRange(0, 0)
        self.bar.show()
        self._runner.start(job)

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self.cancel_button.setVisible(busy and isinstance(self._runner.job, FilingJob))
        self.close_button.setEnabled(not busy)
        for widget in self._inputs():
            widget.setEnabled(not busy and self.summary is None)
        if not busy:
            self.bar.hide()
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        ready = self._ready() and self.summary is None
        self.run_button.setEnabled(ready and not self._runner.busy)

    @Slot()
    def _stop(self) -> None:
        """The run ends between two photos; what was done comes back, and can be undone."""
        if self._runner.job is not None:
            self._runner.job.stop()

    @Slot(object)
    def _progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)

    @Slot(object)
    def _ran(self, summary: Any, *, error: str | None = None) -> None:
        """`error`: why the run stopped partway (None when it ended or was cancelled)."""
        self.summary = summary
        outcome, *lines = self._summary_lines(summary, error or "")
        if error is not None:
            outcome = QCoreApplication.translate("FilingDialog", "Stopped: {outcome}").format(
                outcome=outcome
            )
        elif summary.stopped:
            outcome = QCoreApplication.translate("FilingDialog", "Cancelled: {outcome}").format(
                outcome=outcome
            )
        lines = [outcome, *lines]
        self.message.setText("\n".join(line for line in lines if line))
        self.preview.hide()  # the plan is done: what happened replaces it
        self.undo_button.show()
        self._busy_changed(self._runner.busy)

    @Slot(object)
    def _undone(self, summary: Any) -> None:
        self.message.setText(self._undone_text(summary))
        self.undo_button.hide()

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        undoing, message = not isinstance(self._job, FilingJob), str(error)
        if isinstance(error, Stopped):
            # Stopped partway: what was done is in the manifest, and can be undone.
            self._ran(error.summary, error=message)
        else:
            self.message.setText(message)
        if undoing:
            self.undo_button.setEnabled(True)  # once the cause is fixed, try again
        if self.isVisible():  # not while the dialog closes
            title = (
                QCoreApplication.translate("FilingDialog", "Undo stopped")
                if undoing
                else self.failed_title
            )
            show_error(self, title, message)


def first_reasons(files: Sequence[tuple[Path, str]], shown: int = 3) -> str:
    """The first few files a run left alone, each with why: the manifest lists them all."""
    return "; ".join(f"{path.name}: {why}" for path, why in files[:shown])
