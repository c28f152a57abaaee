"""The versions of a model: when each was made, from how many photos, how accurate, which one
is in use, and "Use this version" to put an earlier one back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.locale_text import number, percent
from training.versions import Version, list_versions

__all__ = ["VersionsDialog", "format_accuracy"]


def format_accuracy(value: float | None) -> str:
    return "?" if value is None else percent(value, 1)


class VersionsDialog(QDialog):
    """Lists the versions; `use_version(number)` when the person picks one (the caller runs the
    restore on a worker and reloads the model)."""

    use_version = Signal(int)

    def __init__(self, model: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWindowTitle(self.tr("Versions of {name}").format(name=model.name))
        self.versions: list[Version] = list_versions(model)
        self.table = QTableWidget(len(self.versions), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Made"),
                self.tr("How"),
                self.tr("Images"),
                self.tr("Accuracy"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, version in enumerate(self.versions):
            shown = str(version.number)
            if version.in_use:
                shown = self.tr("{version}  (in use)").format(version=version.number)
            cells = [
                shown,
                version.made,
                version.kind_text,
                number(version.images),
                format_accuracy(version.accuracy),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.selectRow(len(self.versions) - 1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.use_button = QPushButton(self.tr("Use this version"))
        self.use_button.clicked.connect(self._use)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Every update keeps the earlier versions in {folder} beside {model}; the version "
                "in use is {model} itself."
            ).format(folder=f"{model.stem}.versions/", model=model.name)
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 320)
        self._selection_changed()

    def selected(self) -> Version | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        version = self.selected()
        self.use_button.setEnabled(version is not None and not version.in_use)

    def _use(self) -> None:
        version = self.selected()
        if version is not None and not version.in_use:
            self.use_version.emit(version.number)
            self.accept()
