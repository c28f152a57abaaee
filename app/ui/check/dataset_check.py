"""Checking the Train tab's dataset: the check job, the review page's actions with undo, and
*Update model* once the folder is fixed (a head-only update of the model trained here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.core.errors import Cancelled, PictagError
from app.ui.check.check_actions import Done, ReviewActions
from app.ui.check.check_review import CheckReview
from app.ui.common.locale_text import decimal, number, percent
from app.ui.common.messages import show_error
from app.ui.workers.base import JobRunner, only_progress
from app.ui.workers.check import CheckJob
from app.ui.workers.training_set import UpdateModelJob
from training.check.findings import Finding
from training.check.run import CheckOptions, CheckReport
from training.update import UpdateResult

__all__ = ["DatasetCheck"]


class DatasetCheck(QObject):
    """`start(options)` checks a folder; the page's buttons act on what it found."""

    busy_changed = Signal(bool)
    status_message = Signal(str)
    folder_changed = Signal()  # photos were moved: the dataset should be scanned again
    train_requested = Signal()  # Update model without a model trained here: train one
    updated = Signal(object)  # UpdateResult

    def __init__(self, page: CheckReview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.report: CheckReport | None = None
        self.actions: ReviewActions | None = None
        self.model: Path | None = None  # the model Update model updates
        self._runner = JobRunner("check", self)
        self._runner.busy_changed.connect(self._busy_changed)
        page.cancel_requested.connect(self.cancel)
        page.move_requested.connect(self.move_to)
        page.remove_requested.connect(self.remove)
        page.keep_requested.connect(self.keep)
        page.undo_requested.connect(self.undo)
        page.update_requested.connect(self.update_model)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def start(self, options: CheckOptions) -> None:
        if self.busy:
            return
        job = CheckJob(options)
        job.progress.connect(self.page.show_progress)
        job.result.connect(self._checked)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.page.set_running(True)
        self._runner.start(job)
        self.status_message.emit(self.tr("Checking {folder}…").format(folder=options.data_dir))

    def cancel(self) -> None:
        self._runner.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        return self._runner.shutdown(timeout_ms)

    # -- the actions -------------------------------------------------------------------------

    @Slot(str)
    def move_to(self, label: str) -> None:
        self._act(lambda actions, chosen: actions.move(chosen, label))

    @Slot()
    def remove(self) -> None:
        self._act(lambda actions, chosen: actions.remove(chosen))

    @Slot()
    def keep(self) -> None:
        self._act(self._keep, touches_files=False)

    @Slot()
    def undo(self) -> None:
        if self.actions is None:
            return
        try:
            done, message = self.actions.undo()
        except PictagError as exc:
            show_error(self.page, self.tr("Could not undo"), str(exc))
            return
        if done is not None:
            self.page.model.mark(done.rows, "")
            if done.manifest is not None:
                self.folder_changed.emit()
        self._said(message)

    @Slot()
    def update_model(self) -> None:
        if self.model is None:
            self.train_requested.emit()
            return
        if self.busy:
            return
        job = UpdateModelJob(self.model)
        job.progress.connect(only_progress(self.page.show_progress))
        job.result.connect(self._updated)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.page.set_running(True)
        self._runner.start(job)

    def _keep(self, actions: ReviewActions, chosen: dict[int, Finding]) -> tuple[Done, str]:
        # Worded here: lupdate reads a plural only from `tr`, or from `translate` with a
        # literal count.
        done = actions.keep(chosen)
        return done, self.tr("Kept %Ln findings: not shown by the next check.", "", len(chosen))

    def _act(self, action, *, touches_files: bool = True) -> None:
        chosen: dict[int, Finding] = self.page.selected()
        if self.actions is None or not chosen or self.busy:
            return
        try:
            done, message = action(self.actions, chosen)
        except PictagError as exc:
            show_error(self.page, self.tr("Could not change the training folder"), str(exc))
            return
        self.page.model.mark(done.rows, done.what)
        if touches_files:
            self.folder_changed.emit()
        self._said(message)

    def _said(self, message: str) -> None:
        self.page.message.setText(message)
        self.page.set_undo(bool(self.actions and self.actions.history))
        self.status_message.emit(message)

    # -- the jobs' ends ----------------------------------------------------------------------

    @Slot(object)
    def _checked(self, report: CheckReport) -> None:
        self.report = report
        self.actions = ReviewActions(report.root)
        counts = report.counts()
        groups = len({f.group for f in report.findings if f.group is not None})
        sentences = [
            self.tr(
                "{photos} photos checked in {seconds} s: {labels} likely label errors, "
                "{duplicates} near-duplicates in {groups} groups, {outliers} outliers.",
            ).format(
                photos=number(report.images),
                seconds=decimal(report.seconds, 0),
                labels=number(counts["label"]),
                duplicates=number(counts["duplicate"]),
                groups=number(groups),
                outliers=number(counts["outlier"]),
            )
        ]
        if report.kept:
            sentences.append(self.tr("%Ln kept findings are not shown.", "", report.kept))
        summary = " ".join([*sentences, *report.notes])
        self.page.show_findings(summary, report.findings, report.classes)
        self.page.set_undo(False)
        self.status_message.emit(summary)

    @Slot(object)
    def _updated(self, result: UpdateResult) -> None:
        c = result.comparison
        if c.images and c.before is not None and c.after is not None:
            message = self.tr(
                "Version {version}: accuracy on the %Ln validation photos both versions saw "
                "{before} → {after}.",
                "",
                c.images,
            ).format(
                version=result.version.number,
                before=percent(c.before, 1),
                after=percent(c.after, 1),
            )
        else:
            message = self.tr("Version {version} is in use.").format(version=result.version.number)
        self._said(message)
        self.updated.emit(result)

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        title = self.tr("The check could not finish")
        show_error(self.page, title, str(error))
        self.status_message.emit(title)

    @Slot(object)
    def _cancelled(self, _cancelled: Cancelled) -> None:
        self._said(self.tr("Cancelled."))

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self.page.set_running(busy)
        self.busy_changed.emit(busy)
