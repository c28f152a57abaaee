"""Adding the marked photos to the training set, as one journaled job, and undoing that: the
review panel's *Add to training set* and *Undo*."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from app.ui.common.messages import show_error
from app.ui.common.results_model import Review
from app.ui.review.panel_part import PanelPart
from app.ui.workers.sort import UndoSortJob
from app.ui.workers.training_set import AddToSetJob

if TYPE_CHECKING:
    from app.dataset.adding import AddSummary
    from app.sort.undo import UndoSummary
    from app.ui.review.review_panel import ReviewPanel

__all__ = ["SetAdditions"]


class SetAdditions(PanelPart):
    def __init__(self, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.last: AddSummary | None = None  # what Undo takes back
        panel.add_button.clicked.connect(self.add_clicked)
        panel.undo_button.clicked.connect(self.undo_addition)

    @Slot()
    def add_clicked(self) -> None:
        self.add_marked()

    def add_marked(
        self, *, only: list[Path] | None = None, then: Callable[[], None] | None = None
    ) -> bool:
        """Copy (or move) every marked photo into the training set; False when nothing was
        started (nothing marked, no set: the person is asked to start or locate one)."""
        from app.dataset.adding import Addition

        marks = self.panel.marked()
        if only is not None:
            marks = {p: r for p, r in marks.items() if p in only}
        root = self.panel.training_set.root
        if not marks or self.panel.busy:
            return False
        if root is None:
            self.panel.updates.need_folder()
            return False
        labels = self.panel.tab.controller.model.labels if self.panel.training_set.model else None
        job = AddToSetJob(
            root,
            [Addition(path, review.label) for path, review in marks.items()],
            move=self.panel.move_box.isChecked(),
            model_labels=labels,
        )
        job.result.connect(lambda summary: self._added(summary, marks, then))
        self.panel.run(job, f"Adding {len(marks):,} photos to {root.name}…")
        return True

    def _added(
        self, summary: AddSummary, marks: dict[Path, Review], then: Callable[[], None] | None
    ) -> None:
        self.last = summary
        done = {p for p, _ in summary.added + summary.relabelled + summary.duplicates}
        done |= set(summary.already)
        self.panel.tab.model.set_review(
            done, lambda p: Review(marks[p].label, marks[p].corrected, added=True)
        )
        self.panel.refresh_set()
        self.panel.status_message.emit(summary.message())
        if summary.error or summary.failed:
            show_error(self.panel, "Not every photo was added", summary.message())
        elif then is not None:
            self.panel.after_this_job(then)

    def undo_addition(self) -> None:
        summary = self.last
        if summary is None or summary.manifest is None or self.panel.busy:
            return
        job = UndoSortJob(summary.manifest)
        job.result.connect(lambda undone: self._undone(undone, summary))
        self.panel.run(job, "Undoing the last addition…")

    def _undone(self, undone: UndoSummary, summary: AddSummary) -> None:
        self.last = None
        model = self.panel.tab.model
        back = [p for p, _ in summary.added + summary.relabelled]
        model.set_review(back, lambda p: _not_added(model.review(p)))
        self.panel.refresh_set()
        text = (
            f"Undone: {len(undone.removed):,} copies removed, {len(undone.restored):,} photos "
            "moved back"
        )
        if undone.skipped:
            path, why = undone.skipped[0]
            text += f"; left alone: {path}: {why}"
        self.panel.status_message.emit(text + ".")


def _not_added(review: Review | None) -> Review | None:
    return None if review is None else Review(review.label, review.corrected, added=False)
