"""The Classify tab's review workflow: confirm or correct rows with the keyboard, add them to the
model's training folder, undo that, and (with `ModelUpdates`) update the model from the folder.

Review mode (the *Review* button, Ctrl+R) orders the rows least certain first. Then, in the list
or the grid, Enter confirms the selected rows (their top label is right), 1-9 correct them to
the first nine classes, Backspace clears the mark; a row shows its mark, and the next row is
selected after one is marked. *Add to training set* copies (or moves) every marked photo into
the folder's class, in one journaled job that *Undo* reverses. Outside review mode Enter opens
the photo. Esc cancels the job that runs (an addition, an update, or the classification).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import Progress
from app.ui.common.file_actions import open_file
from app.ui.common.grid_view import ResultsGrid
from app.ui.common.messages import show_error
from app.ui.common.results_model import PathRole, ResultRole, Review, SortMode
from app.ui.review.model_updates import ModelUpdates
from app.ui.review.set_additions import SetAdditions
from app.ui.review.training_set import TrainingSet, find_training_set
from app.ui.workers.base import Job, JobRunner, only_progress

if TYPE_CHECKING:
    from app.ui.classify.classify_tab import ClassifyTab

__all__ = ["ReviewPanel"]

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class ReviewPanel(QWidget):
    """Two rows above the results, the grid beside the list, and the keys on both views."""

    status_message = Signal(str)
    job_finished = Signal(object)  # the value of the job that ended (None when it did not)

    def __init__(self, tab: ClassifyTab) -> None:
        super().__init__(tab)
        self._tab = weakref.ref(tab)  # the tab owns this panel: no cycle back to it
        self.training_set = TrainingSet(None, None)
        self._runner = JobRunner("review", self)
        self._runner.busy_changed.connect(self._update_buttons)
        self._runner.busy_changed.connect(self._idle)
        self._job: Job | None = None
        self._next: Callable[[], None] | None = None  # what starts once this job has ended
        self._build()
        self.additions = SetAdditions(self)
        self.updates = ModelUpdates(self)
        self._attach_views()
        tab.controller.ready.connect(self._model_ready)
        tab.model.rowsInserted.connect(self._update_buttons)
        tab.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    @property
    def tab(self) -> ClassifyTab:
        tab = self._tab()
        assert tab is not None
        return tab

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.review_button = QPushButton("Review")
        self.review_button.setCheckable(True)
        self.review_button.setShortcut(QKeySequence("Ctrl+R"))
        self.review_button.setToolTip(
            "Review mode (Ctrl+R): least certain first; Enter confirms, 1-9 correct, "
            "Backspace clears"
        )
        self.review_button.toggled.connect(self._review_toggled)
        self.confirm_button = QPushButton("Confirm")
        self.confirm_button.setToolTip("The top label is right (Enter in review mode)")
        self.confirm_button.clicked.connect(self.confirm)
        self.correct_button = QPushButton("Correct")
        self.correct_menu = QMenu(self.correct_button)
        self.correct_menu.triggered.connect(self._correct_chosen)
        self.correct_button.setMenu(self.correct_menu)
        self.add_button = QPushButton("Add to training set")

        self.move_box = QCheckBox("Move")
        self.move_box.setToolTip("Move the photos into the training set instead of copying them")
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Take the photos of the last addition out of the set again")
        self.below_box = QCheckBox("Only less sure than")
        self.below_spin = QSpinBox(minimum=1, maximum=100, value=80, suffix=" %")
        for changed in (self.below_box.toggled, self.below_spin.valueChanged):
            changed.connect(self._below_changed)
        self.grid_button = QPushButton("Grid")
        self.grid_button.setCheckable(True)
        self.grid_button.setToolTip("Thumbnails in a grid instead of the list")
        self.grid_button.toggled.connect(self._grid_toggled)
        self.set_label = QLabel()
        self.set_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_button = QPushButton()
        self.update_button = QPushButton("Update model")
        self.full_button = QPushButton("Full retrain")
        self.versions_button = QPushButton("Versions…")
        self.bar, self.job_label = QProgressBar(), QLabel()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel_job)
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget in (
            self.review_button, self.confirm_button, self.correct_button, self.add_button,
            self.move_box, self.undo_button,
        ):  # fmt: skip
            first.addWidget(widget)
        first.addStretch(1)
        for widget in (self.below_box, self.below_spin, self.grid_button):
            first.addWidget(widget)
        second.addWidget(self.set_label, 1)
        for widget in (
            self.set_button, self.update_button, self.full_button, self.versions_button,
            self.bar, self.job_label, self.cancel_button,
        ):  # fmt: skip
            second.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)

    def _attach_views(self) -> None:
        """The grid over the same filtered rows and the same selection, in place of the list."""
        tab = self.tab
        self.grid = ResultsGrid(tab.thumbnails)
        self.grid.setModel(tab.proxy)
        self.grid.setSelectionModel(tab.view.selectionModel())
        self.views = QStackedWidget()
        tab.results_page.splitter.replaceWidget(0, self.views)
        self.views.addWidget(tab.view)
        self.views.addWidget(self.grid)
        for view in (tab.view, self.grid):
            view.installEventFilter(self)
            view.menu_built.connect(self._extend_menu)

    # -- marking -------------------------------------------------------------------------------

    @property
    def reviewing(self) -> bool:
        return self.review_button.isChecked()

    def selected_paths(self) -> list[Path]:
        rows = sorted(self.tab.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(PathRole) for i in rows if i.data(ResultRole).predictions]

    def confirm(self) -> None:
        """The selected rows' top labels are right."""
        model = self.tab.model
        results = {r.path: r for r in (i.data(ResultRole) for i in self._selected_indexes())}
        model.set_review(
            self.selected_paths(), lambda p: Review(results[p].predictions[0].label, False)
        )
        self._marked()

    def correct(self, label: str) -> None:
        """The selected rows show `label` (another class, or a new one)."""
        label = label.strip()
        if not label:
            return
        results = {r.path: r for r in (i.data(ResultRole) for i in self._selected_indexes())}
        self.tab.model.set_review(
            self.selected_paths(),
            lambda p: Review(label, corrected=results[p].predictions[0].label != label),
        )
        self._marked()

    def correct_with_new_class(self) -> None:
        choices = self.training_set.choices()
        label, ok = QInputDialog.getItem(
            self, "Correct", "Class (pick one or type a new name):", choices, 0, True
        )
        if ok:
            self.correct(label)

    def clear_marks(self) -> None:
        self.tab.model.set_review(self.selected_paths(), lambda _p: None)
        self._update_buttons()

    def marked(self, *, added: bool = False) -> dict[Path, Review]:
        """Every marked row's review (those added to the set already only with `added`)."""
        model = self.tab.model
        found = {}
        for row in range(model.rowCount()):
            path = model.result_at(row).path
            review = model.review(path)
            if review is not None and (added or not review.added):
                found[path] = review
        return found

    def _selected_indexes(self) -> list:
        return [i for i in self.tab.view.selectionModel().selectedRows() if i.data(ResultRole)]

    def _marked(self) -> None:
        """After marking one row, the next one is selected: a person reviews with one hand."""
        selection = self.tab.view.selectionModel()
        rows = selection.selectedRows()
        if len(rows) == 1 and rows[0].row() + 1 < self.tab.proxy.rowCount():
            following = self.tab.proxy.index(rows[0].row() + 1, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            selection.setCurrentIndex(following, flags | QItemSelectionModel.SelectionFlag.Rows)
            self.views.currentWidget().scrollTo(following)
        self._update_buttons()

    # -- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key == Qt.Key.Key_Escape:
            return self.cancel_job() or self.tab.cancel_run()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.reviewing and plain:
                self.confirm()
            else:
                current = self.tab.view.currentIndex()
                if current.isValid():
                    open_file(current.data(PathRole))
            return True
        if self.reviewing and plain and key in _DIGITS:
            choices = self.training_set.choices()
            if _DIGITS[key] <= len(choices):
                self.correct(choices[_DIGITS[key] - 1])
            else:
                self.status_message.emit(f"There is no class {_DIGITS[key]}: {_listed(choices)}")
            return True
        if self.reviewing and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.clear_marks()
            return True
        return False

    @Slot(QMenu)
    def _extend_menu(self, menu: QMenu) -> None:
        """What the views' context menus offer for the selected rows, after the file actions."""
        menu.addSeparator()
        menu.addAction("Confirm", self.confirm)
        add = menu.addMenu("Add to training set as")
        for label in self.training_set.choices():
            add.addAction(label).setData(label)
        add.addAction("New class…").setData(None)
        add.triggered.connect(self._add_chosen)

    @Slot(QAction)
    def _add_chosen(self, action: QAction) -> None:
        label = action.data()
        if label is None:
            self._add_selected_as_new()
        else:
            self._add_selected_as(label)

    @Slot(QAction)
    def _correct_chosen(self, action: QAction) -> None:
        label = action.data()
        if label is None:
            self.correct_with_new_class()
        else:
            self.correct(label)

    def _add_selected_as(self, label: str) -> None:
        paths = self.selected_paths()
        self.correct(label)
        self.additions.add_marked(only=paths)

    def _add_selected_as_new(self) -> None:
        paths = self.selected_paths()
        self.correct_with_new_class()
        self.additions.add_marked(only=paths)

    # -- jobs ----------------------------------------------------------------------------------

    def run(self, job: Job, text: str) -> None:
        job.progress.connect(only_progress(self._progress))
        job.failed.connect(lambda error: show_error(self, "Stopped", str(error)))
        job.failed.connect(lambda error: self.status_message.emit(str(error)))
        job.cancelled.connect(lambda _c: self.status_message.emit("Cancelled."))
        for ended in (job.failed, job.cancelled):  # what was to follow does not
            ended.connect(lambda _e: setattr(self, "_next", None))
        job.finished.connect(lambda: self.job_finished.emit(job))
        self._job = job
        self.job_label.setText(text)
        self.bar.setRange(0, 0)
        self._runner.start(job)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def after_this_job(self, then: Callable[[], None]) -> None:
        """Start `then` once the running job has ended (one review job runs at a time)."""
        self._next = then

    @Slot(bool)
    def _idle(self, busy: bool) -> None:
        if not busy and self._next is not None:
            then, self._next = self._next, None
            then()

    def cancel_job(self) -> bool:
        """Cancel the review job that runs; False when none does."""
        if not self._runner.busy:
            return False
        self._runner.cancel()
        self.job_label.setText("Cancelling…")
        return True

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        return self._runner.shutdown(timeout_ms)

    @Slot(object)
    def _progress(self, event: Progress) -> None:
        self.bar.setRange(0, max(event.total, 0))
        self.bar.setValue(event.done)
        self.job_label.setText(event.title)

    # -- state ---------------------------------------------------------------------------------

    def refresh_set(self) -> None:
        controller = self.tab.controller
        labels = controller.model.labels if controller.model is not None else ()
        self.training_set = find_training_set(controller.spec, tuple(labels), self.tab.settings)
        self._update_buttons()

    @Slot(object, object)
    def _model_ready(self, _model: object, _spec: object) -> None:
        self.refresh_set()

    def _review_toggled(self, on: bool) -> None:
        if on:
            box = self.tab.sort_box
            box.setCurrentIndex(box.findData(SortMode.LEAST_CERTAIN))
            self.views.currentWidget().setFocus()
        self._update_buttons()

    def _below_changed(self) -> None:
        on = self.below_box.isChecked()
        self.tab.proxy.set_below(self.below_spin.value() / 100 if on else None)
        self.tab.refresh_shown()

    def _grid_toggled(self, on: bool) -> None:
        self.views.setCurrentWidget(self.grid if on else self.tab.view)
        self.views.currentWidget().setFocus()

    @Slot()
    def _update_buttons(self) -> None:
        busy, has_rows = self._runner.busy, self.tab.model.rowCount() > 0
        pending = len(self.marked())
        self.add_button.setText(
            f"Add {pending:,} to training set" if pending else "Add to training set"
        )
        for widget in (self.confirm_button, self.correct_button):
            widget.setEnabled(has_rows)
        self.add_button.setEnabled(pending > 0 and not busy)
        self.undo_button.setEnabled(self.additions.last is not None and not busy)
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.job_label.setVisible(busy)
        self._fill_correct_menu()
        self.updates.update_buttons(busy)

    def _fill_correct_menu(self) -> None:
        self.correct_menu.clear()
        for n, label in enumerate(self.training_set.choices(), 1):
            action = self.correct_menu.addAction(f"{label}" + (f"\t{n}" if n <= 9 else ""))
            action.setData(label)
        self.correct_menu.addSeparator()
        self.correct_menu.addAction("New class…").setData(None)


def _listed(choices: list[str]) -> str:
    if not choices:
        return "start a training set, or type a class with Correct › New class…"
    return ", ".join(f"{n} {label}" for n, label in enumerate(choices[:9], 1))
