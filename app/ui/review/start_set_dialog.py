""" "Start a training set…": a folder for the photos a person labels from the Classify tab, and
the names of their classes (more can be typed later, when a photo is corrected)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

__all__ = ["StartSetDialog", "class_names"]


def class_names(text: str) -> list[str]:
    """Names typed one per line or separated by commas."""
    return [name.strip() for name in re.split(r"[,\n]", text) if name.strip()]


class StartSetDialog(QDialog):
    def __init__(self, start: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a training set"))
        self.folder_edit = QLineEdit(str(start))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.classes_edit = QLineEdit()
        self.classes_edit.setPlaceholderText(self.tr("e.g. oak, maple, birch"))
        note = QLabel(
            self.tr(
                "Photos you confirm or correct are copied into one sub-folder per class of this "
                "folder. A new or empty folder starts a set; a folder with class sub-folders is "
                "used as it is. Train a model from it when it has a few photos per class."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Classes:"), self.classes_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 200)

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def classes(self) -> list[str]:
        return class_names(self.classes_edit.text())

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Training set folder"), self.folder_edit.text()
        )
        if name:
            self.folder_edit.setText(name)
