"""The Train tab's choice of where labels come from: the dataset's sub-folders, the keywords
under a parent in its photos' XMP ("Birds": photos keyworded Birds|heron are class heron;
`training.keywords`), or a CSV of file,labels as labeling tools export (`training.labels_csv`).
Keywords and a CSV exclude each other, as on the command line; the choice is remembered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.tag.keywords import DEFAULT_PARENT
from app.ui.common.settings import Keys, Settings
from training.options import SKIP_UNTAGGED, UNTAGGED_NONE, TrainingOptions

__all__ = ["LabelSource"]


class LabelSource(QWidget):
    """Two exclusive check boxes with their keyword and CSV path; `changed` once per change of
    what a scan would read (the tab rescans)."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        keyword, csv = settings.get(Keys.TRAIN_KEYWORDS), settings.get(Keys.TRAIN_LABELS_CSV)
        self.keyword_check = QCheckBox(self.tr("Classes from keywords under"))
        self.keyword_check.setToolTip(
            self.tr(
                "Train on the keywords already in your photos (sidecars or embedded XMP, as "
                "Lightroom, darktable or digiKam write them), not on sub-folders: nothing is "
                "copied."
            )
        )
        self.keyword_edit = QLineEdit(keyword or DEFAULT_PARENT)
        self.keyword_edit.setPlaceholderText(self.tr("Birds"))
        self.untagged_check = QCheckBox(
            self.tr("Photos without a keyword are 'none of these' examples")
        )
        self.untagged_check.setToolTip(
            self.tr(
                "Otherwise they are left out. As examples, they teach the model to give no "
                "label to a photo of none of the classes."
            )
        )
        self.untagged_check.setChecked(bool(settings.get(Keys.TRAIN_UNTAGGED_NONE)))
        self.csv_check = QCheckBox(self.tr("Labels from a CSV file:"))
        self.csv_check.setToolTip(
            self.tr(
                "A CSV of file,labels as labeling tools export it: a photo (relative to the "
                "dataset folder, or absolute) and its labels separated by |; a row without "
                "labels is a 'none of these' example. Its photos are split for validation."
            )
        )
        self.csv_edit = QLineEdit(csv)
        self.csv_edit.setPlaceholderText(self.tr("labels.csv"))
        self.csv_button = QPushButton(self.tr("Choose…"))
        hint = QLabel(self.tr("Photos keyworded Birds|heron are class heron."))
        hint.setEnabled(False)  # greyed: a hint
        self.keyword_check.setChecked(bool(keyword))
        self.csv_check.setChecked(bool(csv) and not keyword)
        self._emitted = self._state()
        self._enable()

        keyword_row, csv_row = QHBoxLayout(), QHBoxLayout()
        keyword_row.addWidget(self.keyword_check)
        keyword_row.addWidget(self.keyword_edit, 1)
        csv_row.addWidget(self.csv_check)
        csv_row.addWidget(self.csv_edit, 1)
        csv_row.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        for row in (keyword_row, csv_row):
            row.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(keyword_row)
        layout.addWidget(hint)
        layout.addWidget(self.untagged_check)
        layout.addLayout(csv_row)
        self.keyword_check.toggled.connect(self._keyword_toggled)
        self.csv_check.toggled.connect(self._csv_toggled)
        self.untagged_check.toggled.connect(self._update)
        self.keyword_edit.editingFinished.connect(self._update)
        self.csv_edit.editingFinished.connect(self._update)
        self.csv_button.clicked.connect(self._choose_csv)

    def parent_keyword(self) -> str | None:
        """The parent whose children are the classes; None: they do not come from keywords."""
        text = self.keyword_edit.text().strip()
        return text if self.keyword_check.isChecked() and text else None

    def untagged(self) -> str:
        """What keyword training does with a photo without one (`TrainingOptions.untagged`)."""
        none = self.parent_keyword() and self.untagged_check.isChecked()
        return UNTAGGED_NONE if none else SKIP_UNTAGGED

    def labels_csv(self) -> Path | None:
        """The labels CSV to train from; None: the labels do not come from one."""
        text = self.csv_edit.text().strip()
        return Path(text) if self.csv_check.isChecked() and text else None

    def apply(self, options: TrainingOptions) -> TrainingOptions:
        """`options` with the labels from here (the form knows nothing of them)."""
        return replace(
            options,
            keywords=self.parent_keyword(),
            untagged=self.untagged(),
            labels_csv=self.labels_csv(),
        )

    @Slot(bool)
    def _keyword_toggled(self, on: bool) -> None:
        if on:
            self.csv_check.setChecked(False)  # its _update sees the final state: one `changed`
        self._update()

    @Slot(bool)
    def _csv_toggled(self, on: bool) -> None:
        if on:
            self.keyword_check.setChecked(False)
        if on and not self.csv_edit.text().strip():
            self._choose_csv()
            if not self.csv_edit.text().strip():
                self.csv_check.setChecked(False)  # no file chosen: nothing to train from
        self._update()

    @Slot()
    def _choose_csv(self) -> None:
        start = self.csv_edit.text().strip() or self.settings.get(Keys.DATASET_FOLDER)
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the labels CSV"), start, self.tr("CSV files (*.csv);;All (*)")
        )
        if chosen:
            self.csv_edit.setText(chosen)
            self.csv_check.setChecked(True)  # choosing a file means training from it
        self._update()

    def _state(self) -> tuple[str | None, str, Path | None]:
        return self.parent_keyword(), self.untagged(), self.labels_csv()

    def _enable(self) -> None:
        self.keyword_edit.setEnabled(self.keyword_check.isChecked())
        self.untagged_check.setEnabled(self.keyword_check.isChecked())
        self.csv_edit.setEnabled(self.csv_check.isChecked())

    @Slot()
    def _update(self) -> None:
        """Remember the choice; `changed` only when what a scan reads is different."""
        self._enable()
        keyword, _, csv = state = self._state()
        self.settings.set(Keys.TRAIN_KEYWORDS, keyword or "")
        self.settings.set(Keys.TRAIN_UNTAGGED_NONE, int(self.untagged_check.isChecked()))
        self.settings.set(Keys.TRAIN_LABELS_CSV, str(csv or ""))
        if state != self._emitted:
            self._emitted = state
            self.changed.emit()
