"""Adding the marked photos to the training set, as one journaled job, and undoing that: the
review panel's *Add to training set* and *Undo*. An addition cut short (Cancel, a full disk, a
manifest that cannot be written) keeps what it did: those rows are marked added, and Undo
takes them back.

Photos marked "none of these" go to the set's NONE_FOLDER. A training folder holds one class
per photo, so a photo marked with several labels (a multi-label model's set) cannot be filed
there: it is left out of the addition, and the person is told so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QCheckBox

from app.core.errors import PictagError, Stopped
from app.dataset.adding import Addition
from app.ui.common.locale_text import number
from app.ui.common.results_model import ResultsModel, Review
from app.ui.model.model_controller import ModelController
from app.ui.review.review_jobs import ReviewJobs
from app.ui.review.training_set import CurrentSet
from app.ui.workers.sort import UndoSortJob
from app.ui.workers.training_set import AddToSetJob

if TYPE_CHECKING:
    from app.dataset.adding import AddSummary
    from app.sort.undo import UndoSummary

__all__ = ["SetAdditions"]


class SetAdditions(QObject):
    status_message = Signal(str)
    folder_needed = Signal()  # photos to add, and no folder: start or locate one
    incomplete = Signal(str)  # an addition that left photos out or failed: why, for a box

    def __init__(
        self,
        results: ResultsModel,
        current: CurrentSet,
        controller: ModelController,
        jobs: ReviewJobs,
        move_box: QCheckBox,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._results, self._current, self._controller = results, current, controller
        self._jobs, self._move_box = jobs, move_box
        self.last: AddSummary | None = None  # what Undo takes back

    def marked(self) -> dict[Path, Review]:
        """Every marked row's review that is not in the set yet."""
        found = {}
        for row in range(self._results.rowCount()):
            path = self._results.result_at(row).path
            review = self._results.review(path)
            if review is not None and not review.added:
                found[path] = review
        return found

    @Slot()
    def add_clicked(self) -> None:
        self.add_marked()

    def add_marked(
        self, *, only: list[Path] | None = None, then: Callable[[], None] | None = None
    ) -> bool:
        """Copy (or move) every marked photo into the training set; False when nothing was
        started (nothing marked, no set: the person is asked to start or locate one)."""
        marks = self.marked()
        if only is not None:
            marks = {p: r for p, r in marks.items() if p in only}
        found = self._current.found
        if not marks or self._jobs.busy:
            return False
        if found.root is None:
            self.folder_needed.emit()
            return False
        several = [p for p, r in marks.items() if r.labels is not None and len(r.labels) > 1]
        if several:
            self.incomplete.emit(self.several_labels_message(len(several)))
            marks = {p: r for p, r in marks.items() if p not in several}
            if not marks:
                return False
        labels = self._controller.model.labels if found.model else None
        job = AddToSetJob(
            found.root,
            [Addition(path, review.label) for path, review in marks.items()],
            move=self._move_box.isChecked(),
            model_labels=labels,
        )
        job.result.connect(lambda summary: self._added(summary, marks, then))
        job.failed.connect(lambda error: self._failed_partway(error, marks))
        adding = self.tr("Adding %Ln photos to {folder}…", "", len(marks))
        self._jobs.run(job, adding.format(folder=found.root.name))
        return True

    def _added(
        self,
        summary: AddSummary,
        marks: dict[Path, Review],
        then: Callable[[], None] | None,
        error: str = "",
    ) -> None:
        """The rows of the photos now in the set marked added, and what happened said; `then`
        follows only an addition that went to its end. `error`: why it failed partway."""
        self.last = summary
        done = {p for p, _ in summary.added + summary.relabelled + summary.duplicates}
        done |= set(summary.already)
        self._results.set_review(
            done, lambda p: Review(marks[p].label, marks[p].corrected, added=True)
        )
        self._current.refresh()
        text = summary.message()
        if error:
            text = self.tr(
                "{summary} It stopped part way: {error}. Undo takes back what was added."
            ).format(summary=text, error=error.rstrip("."))
        elif summary.stopped and not summary.error:
            text = self.tr(
                "Cancelled before the last photo: {summary} Undo takes back what was added."
            ).format(summary=text)
        self.status_message.emit(text)
        if error or summary.error or summary.failed:
            self.incomplete.emit(text)
        elif then is not None and not summary.stopped:
            self._jobs.after_this_job(then)

    def several_labels_message(self, n: int) -> str:
        """Why photos marked with several labels stay out of a folder-based training set."""
        return self.tr(
            "%Ln photos marked with several labels cannot be added: a training folder holds one "
            "class per photo (one folder each). Keep their labels as keywords (Write Keywords…) "
            "and train from keywords, or list them in a labels CSV (pictag train --labels-csv).",
            "",
            n,
        )

    def _failed_partway(self, error: PictagError, marks: dict[Path, Review]) -> None:
        """A failure after the manifest was begun: what was added until then is kept."""
        if isinstance(error, Stopped):
            self._added(error.summary, marks, None, error=str(error))

    def undo_addition(self) -> None:
        summary = self.last
        if summary is None or summary.manifest is None or self._jobs.busy:
            return
        job = UndoSortJob(summary.manifest)
        job.result.connect(lambda undone: self._undone(undone, summary))
        self._jobs.run(job, self.tr("Undoing the last addition…"))

    def _undone(self, undone: UndoSummary, summary: AddSummary) -> None:
        self.last = None
        model = self._results
        back = [p for p, _ in summary.added + summary.relabelled]
        model.set_review(back, lambda p: _not_added(model.review(p)))
        self._current.refresh()
        removed, restored = number(len(undone.removed)), number(len(undone.restored))
        if undone.skipped:
            path, why = undone.skipped[0]
            text = self.tr(
                "Undone. Copies removed: {removed}; photos moved back: {restored}; left alone: "
                "{path}: {reason}."
            ).format(removed=removed, restored=restored, path=path, reason=why)
        else:
            text = self.tr("Undone. Copies removed: {removed}; photos moved back: {restored}.")
            text = text.format(removed=removed, restored=restored)
        self.status_message.emit(text)


def _not_added(review: Review | None) -> Review | None:
    return None if review is None else Review(review.label, review.corrected, added=False)
