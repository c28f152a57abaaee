"""The Classify tab's review workflow: confirm or correct rows with the keyboard, add them to the
model's training folder, undo that, and (with `ModelUpdates`) update the model from the folder.

Review mode (the *Review* button, Ctrl+R) orders the rows least certain first. Then, in the list
or the grid, Enter confirms the selected rows (their top label is right), 1-9 correct them to
the first nine classes, N (or 0) marks them "none of these", Backspace clears the mark; a row
shows its mark, and the next row is selected after one is marked. For a multi-label model 1-9
toggle labels on the row and Enter confirms the set (`LabelMarks`). *Add to training set*
copies (or moves) every marked photo into the folder's class, in one journaled job that *Undo*
reverses. Outside review mode Enter opens the photo. Esc cancels the job that runs (an
addition, an update, or the classification).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.file_actions import open_file
from app.ui.common.grid_view import ResultsGrid
from app.ui.common.locale_text import number
from app.ui.common.messages import show_error
from app.ui.common.result_delegate import ResultsView
from app.ui.common.results_model import PathRole, ResultRole, ResultsFilter, ResultsModel, Review
from app.ui.common.settings import Settings
from app.ui.common.thumbnail_cache import ThumbnailCache
from app.ui.model.model_controller import ModelController
from app.ui.review.label_marks import (
    NONE_KEYS,
    LabelMarks,
    fill_class_menu,
    new_class_text,
    no_class_message,
)
from app.ui.review.mark_row import MarkRow
from app.ui.review.model_updates import ModelUpdates, SetRow
from app.ui.review.review_jobs import JobRow, ReviewJobs
from app.ui.review.set_additions import SetAdditions
from app.ui.review.training_set import CurrentSet, TrainingSet

__all__ = ["ReviewPanel"]

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class ReviewPanel(QWidget):
    """Two rows above the results, the grid beside the list, and the keys on both views.

    It marks the rows of `results` through `view` (over `rows`, the filtered results); the grid
    takes the list's place in `splitter`. What belongs to the tab around it is asked for by
    signal."""

    status_message = Signal(str)
    least_certain_wanted = Signal()  # review mode: order the rows least certain first
    shown_changed = Signal()  # the confidence filter changed which rows are shown
    cancel_run_wanted = Signal()  # Esc while no review job runs: cancel the classification

    def __init__(
        self,
        controller: ModelController,
        settings: Settings,
        results: ResultsModel,
        rows: ResultsFilter,
        view: ResultsView,
        thumbnails: ThumbnailCache,
        splitter: QSplitter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._results, self._rows, self._view = results, rows, view
        self.current = CurrentSet(controller, settings, self)  # the model in use's training set
        self.marks = LabelMarks(results, controller)
        self._jobs = ReviewJobs(self)
        self._jobs.busy_changed.connect(self._update_buttons)
        self._jobs.failed.connect(self._job_failed)
        self._jobs.status_message.connect(self.status_message)
        self._build()
        self.additions = SetAdditions(
            results, self.current, controller, self._jobs, self.move_box, self
        )
        self.add_button.clicked.connect(self.additions.add_clicked)
        self.undo_button.clicked.connect(self.additions.undo_addition)
        self.additions.status_message.connect(self.status_message)
        self.additions.incomplete.connect(self._not_all_added)
        row = SetRow(
            self.set_label,
            self.set_button,
            self.update_button,
            self.full_button,
            self.versions_button,
        )
        self.updates = ModelUpdates(
            row, self.current, controller, settings, self.additions, self._jobs, self
        )
        self.updates.status_message.connect(self.status_message)
        self._attach_views(thumbnails, splitter)
        self.current.changed.connect(self._update_buttons)
        results.rowsInserted.connect(self._update_buttons)
        results.modelReset.connect(self._update_buttons)
        self._update_buttons()

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.mark_row = row = MarkRow()
        self.review_button, self.confirm_button = row.review_button, row.confirm_button
        self.none_button, self.correct_button = row.none_button, row.correct_button
        self.correct_menu, self.add_button = row.correct_menu, row.add_button
        self.move_box, self.undo_button = row.move_box, row.undo_button
        self.below_box, self.below_spin = row.below_box, row.below_spin
        self.grid_button = row.grid_button
        self.review_button.toggled.connect(self._review_toggled)
        self.confirm_button.clicked.connect(self.confirm)
        self.none_button.clicked.connect(self.confirm_none)
        self.correct_menu.triggered.connect(self._correct_chosen)
        for changed in (self.below_box.toggled, self.below_spin.valueChanged):
            changed.connect(self._below_changed)
        self.grid_button.toggled.connect(self._grid_toggled)
        self.set_label = QLabel()
        self.set_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_button = QPushButton()
        self.update_button = QPushButton()  # its words are the updates' (`ModelUpdates`)
        self.full_button = QPushButton(self.tr("Full retrain"))
        self.versions_button = QPushButton(self.tr("Versions…"))
        self.job_row = JobRow(self._jobs)
        second = QHBoxLayout()
        second.addWidget(self.set_label, 1)
        for widget in (
            self.set_button, self.update_button, self.full_button, self.versions_button,
            self.job_row,
        ):  # fmt: skip
            second.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)
        layout.addLayout(second)

    def _attach_views(self, thumbnails: ThumbnailCache, splitter: QSplitter) -> None:
        """The grid over the same filtered rows and the same selection, in place of the list."""
        self.grid = ResultsGrid(thumbnails)
        self.grid.setModel(self._rows)
        self.grid.setSelectionModel(self._view.selectionModel())
        self.views = QStackedWidget()
        splitter.replaceWidget(0, self.views)
        self.views.addWidget(self._view)
        self.views.addWidget(self.grid)
        for view in (self._view, self.grid):
            view.installEventFilter(self)
            view.menu_built.connect(self._extend_menu)

    # -- marking -------------------------------------------------------------------------------

    @property
    def reviewing(self) -> bool:
        return self.review_button.isChecked()

    def selected_paths(self) -> list[Path]:
        rows = sorted(self._view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(PathRole) for i in rows if i.data(ResultRole).predictions]

    def confirm(self) -> None:
        """What the selected rows were given is right: their label, their set (a multi-label
        model), or "none of these"."""
        if self.marks.multi_label:
            self.marks.confirm_sets(self.selected_paths())
            self._marked()
            return
        results = {r.path: r for r in (i.data(ResultRole) for i in self._selected_indexes())}
        none = [p for p in self.selected_paths() if results[p].none_of_these]
        if none:
            self.marks.none_of_these(none)
        self._results.set_review(
            [p for p in self.selected_paths() if not results[p].none_of_these],
            lambda p: Review(results[p].labels[0], False),
        )
        self._marked()

    def correct(self, label: str) -> None:
        """The selected rows show `label` (another class, or a new one)."""
        label = label.strip()
        if not label:
            return
        results = {r.path: r for r in (i.data(ResultRole) for i in self._selected_indexes())}
        self._results.set_review(
            self.selected_paths(),
            lambda p: Review(label, corrected=results[p].labels != (label,)),
        )
        self._marked()

    def confirm_none(self) -> None:
        """The selected rows show none of the model's classes."""
        self.marks.none_of_these(self.selected_paths())
        self._marked()

    def correct_with_new_class(self) -> None:
        choices = self.training_set.choices()
        label, ok = QInputDialog.getItem(
            self,
            self.correct_button.text(),
            self.tr("Class (pick one or type a new name):"),
            choices,
            0,
            True,
        )
        if ok:
            self.correct(label)

    def clear_marks(self) -> None:
        self._results.set_review(self.selected_paths(), lambda _p: None)
        self._update_buttons()

    def _selected_indexes(self) -> list:
        return [i for i in self._view.selectionModel().selectedRows() if i.data(ResultRole)]

    def _marked(self) -> None:
        """After marking one row, the next one is selected: a person reviews with one hand."""
        selection = self._view.selectionModel()
        rows = selection.selectedRows()
        if len(rows) == 1 and rows[0].row() + 1 < self._rows.rowCount():
            following = self._rows.index(rows[0].row() + 1, 0)
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
            if self.job_row.cancel():
                return True
            self.cancel_run_wanted.emit()
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.reviewing and plain:
                self.confirm()
            else:
                current = self._view.currentIndex()
                if current.isValid():
                    open_file(current.data(PathRole))
            return True
        if self.reviewing and plain and key in NONE_KEYS:
            self.confirm_none()
            return True
        if self.reviewing and plain and key in _DIGITS:
            choices = self.training_set.choices()
            if _DIGITS[key] <= len(choices) and self.marks.multi_label:
                self.marks.toggle(self.selected_paths(), choices[_DIGITS[key] - 1])
                self._update_buttons()
            elif _DIGITS[key] <= len(choices):
                self.correct(choices[_DIGITS[key] - 1])
            else:
                self.status_message.emit(no_class_message(_DIGITS[key], choices))
            return True
        if self.reviewing and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.clear_marks()
            return True
        return False

    @Slot(QMenu)
    def _extend_menu(self, menu: QMenu) -> None:
        """What the views' context menus offer for the selected rows, after the file actions."""
        menu.addSeparator()
        menu.addAction(self.confirm_button.text(), self.confirm)  # the buttons' words
        menu.addAction(self.none_button.text(), self.confirm_none)
        add = menu.addMenu(self.tr("Add to training set as"))
        for label in self.training_set.choices():
            add.addAction(label).setData(label)
        add.addAction(new_class_text()).setData(None)
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

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        return self._jobs.shutdown(timeout_ms)

    @Slot(str)
    def _job_failed(self, message: str) -> None:
        show_error(self, self.tr("Stopped"), message)
        self.status_message.emit(message)

    @Slot(str)
    def _not_all_added(self, message: str) -> None:
        show_error(self, self.tr("Not every photo was added"), message)

    # -- state ---------------------------------------------------------------------------------

    @property
    def training_set(self) -> TrainingSet:
        return self.current.found

    def _review_toggled(self, on: bool) -> None:
        if on:
            self.least_certain_wanted.emit()
            self.views.currentWidget().setFocus()
        self._update_buttons()

    def _below_changed(self) -> None:
        on = self.below_box.isChecked()
        self._rows.set_below(self.below_spin.value() / 100 if on else None)
        self.shown_changed.emit()

    def _grid_toggled(self, on: bool) -> None:
        self.views.setCurrentWidget(self.grid if on else self._view)
        self.views.currentWidget().setFocus()

    @Slot()
    def _update_buttons(self) -> None:
        busy, has_rows = self._jobs.busy, self._results.rowCount() > 0
        pending = len(self.additions.marked())
        self.add_button.setText(
            self.tr("Add {count} to training set").format(count=number(pending))
            if pending
            else self.tr("Add to training set")
        )
        for widget in (self.confirm_button, self.none_button, self.correct_button):
            widget.setEnabled(has_rows)
        self.add_button.setEnabled(pending > 0 and not busy)
        self.undo_button.setEnabled(self.additions.last is not None and not busy)
        self._fill_correct_menu()
        self.updates.update_buttons(busy)

    def _fill_correct_menu(self) -> None:
        fill_class_menu(self.correct_menu, self.training_set.choices())
