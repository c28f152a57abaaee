"""The Train tab's left column: the dataset folder, the training parameters, and the buttons
that start, stop and cancel a run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.settings import Settings
from app.ui.train.label_source import LabelSource
from app.ui.train.training_form import TrainingForm

__all__ = ["TrainControls", "DatasetBox", "PathEdit"]


class PathEdit(QLineEdit):
    """A read-only path that shows its end (the folder's name) when too long, all in a tip."""

    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setPlaceholderText(placeholder)

    def show_path(self, path: Path | None) -> None:
        self.setText(str(path) if path else "")
        self.setToolTip(self.text())
        self.setCursorPosition(len(self.text()))


class DatasetBox(QGroupBox):
    """The dataset folder row: where it is, choose another, read it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dataset"))
        self.path_edit = PathEdit(self.tr("No folder chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setToolTip(self.tr("Choose the folder with one sub-folder per class."))
        self.rescan = QPushButton(self.tr("Rescan"))
        self.rescan.setToolTip(self.tr("Read the folder again after changing it."))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.rescan)
        hint = QLabel(self.tr("One sub-folder per class, or drop a folder here."))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # greyed: a hint
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)


class TrainControls(QWidget):
    """The tab connects the buttons; `show_state` enables what can be used at the moment."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset_box = DatasetBox()
        self.path_edit = self.dataset_box.path_edit
        self.choose_button = self.dataset_box.choose_button
        self.rescan_button = self.dataset_box.rescan
        self.label_source = LabelSource(settings)
        self.form = TrainingForm(settings)
        self.start_button = QPushButton(self.tr("Start training"))
        self.start_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop (keep best)"))
        self.stop_button.setToolTip(
            self.tr("End training now; evaluate and keep the best weights so far.")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("End training now and discard it: nothing is saved."))

        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.dataset_box)
        column_layout.addWidget(self.label_source)
        column_layout.addWidget(self.form)
        column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(340)
        self.setMaximumWidth(480)

    def show_state(
        self,
        *,
        dataset: bool,
        scanned: bool,
        scan_failed: bool,
        scanning: bool,
        training: bool,
        stopping: bool,
        cancelling: bool,
    ) -> None:
        """Start needs a scanned dataset and nothing running; the parameters and the folder stay
        as they are while a run uses them."""
        self.start_button.setEnabled(scanned and not training and not scanning)
        self.start_button.setToolTip(
            self.tr("Train a model on this dataset with these parameters.")
            if scanned
            else self.tr("Fix the problems shown in the Dataset tab first.")
            if scan_failed
            else self.tr("Choose a dataset folder first.")
        )
        self.stop_button.setEnabled(training and not stopping and not cancelling)
        self.cancel_button.setEnabled(training and not cancelling)
        for widget in (self.form, self.label_source, self.choose_button):
            widget.setEnabled(not training)
        self.rescan_button.setEnabled(not training and dataset)
