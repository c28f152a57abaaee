"""The review panel's first row: review mode, the marks (confirm, "none of these", correct),
adding the marked photos to the training set and undoing that, and which rows show (only the
less sure ones, the grid). The row builds the controls with their words and keys; the panel
connects them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMenu, QPushButton, QSpinBox, QWidget

__all__ = ["MarkRow"]


class MarkRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review_button = QPushButton(self.tr("Review"))
        self.review_button.setCheckable(True)
        self.review_button.setShortcut(QKeySequence("Ctrl+R"))
        self.review_button.setToolTip(
            self.tr(
                "Review mode (Ctrl+R): least certain first; Enter confirms, 1-9 correct "
                "(a multi-label model: toggle labels, then Enter confirms the set), "
                'N or 0 marks "None of these", Backspace clears'
            )
        )
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setToolTip(self.tr("The top label is right (Enter in review mode)"))
        self.none_button = QPushButton(self.tr("None of these"))
        self.none_button.setToolTip(
            self.tr("The photo shows none of the model's classes (N or 0 in review mode)")
        )
        self.correct_button = QPushButton(self.tr("Correct"))
        self.correct_menu = QMenu(self.correct_button)
        self.correct_button.setMenu(self.correct_menu)
        self.add_button = QPushButton()  # its words count the marks (the panel's)
        self.move_box = QCheckBox(self.tr("Move"))
        self.move_box.setToolTip(
            self.tr("Move the photos into the training set instead of copying them")
        )
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(
            self.tr("Take the photos of the last addition out of the set again")
        )
        self.below_box = QCheckBox(self.tr("Only less sure than"))
        self.below_spin = QSpinBox(minimum=1, maximum=100, value=80, suffix=" %")
        self.grid_button = QPushButton(self.tr("Grid"))
        self.grid_button.setCheckable(True)
        self.grid_button.setToolTip(self.tr("Thumbnails in a grid instead of the list"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.review_button, self.confirm_button, self.none_button, self.correct_button,
            self.add_button, self.move_box, self.undo_button,
        ):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.below_box, self.below_spin, self.grid_button):
            row.addWidget(widget)
