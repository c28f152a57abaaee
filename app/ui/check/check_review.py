"""The Train tab's Check page: a dataset check's progress, then its findings as a review list
with thumbnails and both labels, and what can be done about the selected ones."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import Progress
from app.ui.check.check_model import FindingDelegate, FindingsModel
from app.ui.common.file_actions import open_file
from app.ui.common.thumbnail_cache import ThumbnailCache
from training.check.findings import Finding

__all__ = ["CheckReview"]


class CheckReview(QWidget):
    """Emits what a person asks for; `DatasetCheck` does it and calls back `show_*`."""

    check_requested = Signal()
    cancel_requested = Signal()
    move_requested = Signal(str)  # the class to move the selected photos to
    remove_requested = Signal()
    keep_requested = Signal()
    undo_requested = Signal()
    update_requested = Signal()

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.classes: list[str] = []
        self.summary = QLabel(
            self.tr("Check a dataset folder for likely label errors, near-duplicates and outliers.")
        )
        self.summary.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check labels"))
        self.check_button.setToolTip(
            self.tr("Judge every photo by heads trained without it, and find copies and outliers.")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        self.model = FindingsModel(thumbnails, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(FindingDelegate(self.model, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setUniformItemSizes(True)
        self.view.doubleClicked.connect(
            lambda index: open_file(self.model.findings[index.row()].path)
        )
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.move_button = QToolButton()
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.move_button.setText(self.tr("Move to…"))
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.move_button.clicked.connect(self._move_to_suggested)
        self.remove_button = QPushButton(self.tr("Remove from training set"))
        self.remove_button.setToolTip(
            self.tr(
                "Move the photos to the dataset's hidden .pictag/removed/ folder: training ignores "
                "them, nothing is deleted, Undo puts them back."
            )
        )
        self.keep_button = QPushButton(self.tr("Keep"))
        self.keep_button.setToolTip(
            self.tr("Right as it is: the next check will not flag it again.")
        )
        self.undo_button = QPushButton(self.tr("Undo"))
        self.update_button = QPushButton(self.tr("Update model"))
        self.update_button.setToolTip(
            self.tr("Train again on the folder as it is now (head only).")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)

        for button, signal in (
            (self.check_button, self.check_requested),
            (self.cancel_button, self.cancel_requested),
            (self.remove_button, self.remove_requested),
            (self.keep_button, self.keep_requested),
            (self.undo_button, self.undo_requested),
            (self.update_button, self.update_requested),
        ):
            button.clicked.connect(signal)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.check_button)
        top.addWidget(self.cancel_button)
        actions = QHBoxLayout()
        for button in (self.move_button, self.remove_button, self.keep_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.update_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.set_running(False)
        self.set_undo(False)

    # -- what DatasetCheck calls -------------------------------------------------------------

    def set_running(self, running: bool) -> None:
        self.check_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress_bar.setVisible(running)
        if running:
            self.progress_bar.setRange(0, 0)
        self._selection_changed()

    def show_progress(self, event: Progress) -> None:
        self.progress_bar.setFormat(f"{event.title} %v/%m" if event.total else event.title)
        if event.overall is not None:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(round(1000 * event.overall))
            self.progress_bar.setFormat(f"{event.title} — %p%")

    def show_findings(self, summary: str, findings: list[Finding], classes: list[str]) -> None:
        self.summary.setText(summary)
        self.classes = list(classes)
        self.model.set_findings(findings)
        self.move_menu.clear()
        for name in classes:
            self.move_menu.addAction(name, lambda name=name: self.move_requested.emit(name))
        self._selection_changed()

    def set_undo(self, possible: bool) -> None:
        self.undo_button.setEnabled(possible)

    def selected(self) -> dict[int, Finding]:
        """The selected findings still open (nothing done about them yet), by row."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return {r: self.model.findings[r] for r in rows if not self.model.done[r]}

    # -- internals -------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        open_file(self.model.findings[index.row()].path)

    def _move_to_suggested(self) -> None:
        chosen = self.selected()
        suggested = {f.suggested for f in chosen.values() if f.suggested}
        if len(suggested) == 1:
            self.move_requested.emit(suggested.pop())
        else:
            self.move_button.showMenu()

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected() if self.model.findings else {}
        suggested = {f.suggested for f in chosen.values() if f.suggested}
        self.move_button.setText(
            self.tr("Move to {label}").format(label=next(iter(suggested)))
            if len(suggested) == 1
            else self.tr("Move to…")
        )
        for button in (self.move_button, self.remove_button, self.keep_button):
            button.setEnabled(bool(chosen))
