"""Sort into Folders…: files the Classify tab's results under DEST/<label>/, with Undo.

The dialog previews how many images go to each folder as the threshold changes; running, Cancel
and Undo are `FilingDialog`'s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.results import ClassifyResult
from app.sort.safe_names import folder_names
from app.sort.sorter import SortSummary, folder_for
from app.sort.undo import UndoSummary
from app.ui.common.locale_text import number
from app.ui.common.settings import Keys, Settings
from app.ui.filing.filing_dialog import FilingDialog, first_reasons
from app.ui.workers.sort import SortJob, UndoSortJob

__all__ = ["SortDialog", "folder_labels"]


def folder_labels(
    results: Sequence[ClassifyResult], model_labels: Sequence[str] | None
) -> tuple[str, ...]:
    """The labels folder names are chosen from: all of the model's, as `pictag sort` does (a
    clash between two labels is resolved the same way whichever occur), or, when the model
    behind the results is not known (or does not know one of their labels), the results' own.
    """
    shown = {r.predictions[0].label for r in results if r.ok and r.predictions}
    if model_labels is not None and shown <= set(model_labels):
        return tuple(model_labels)
    return tuple(sorted(shown))


class SortDialog(FilingDialog):
    def __init__(
        self,
        results: Sequence[ClassifyResult],
        settings: Settings,
        parent: QWidget | None = None,
        *,
        model_labels: Sequence[str] | None = None,
    ) -> None:
        # "None of these" photos stay where they are: only the photos given a label are sorted.
        self.none_of_these = sum(1 for r in results if r.none_of_these)
        given = [r for r in results if not r.none_of_these]
        super().__init__(given, settings, parent, name="sort")
        self.failed_title = self.tr("Sorting stopped")
        self.setWindowTitle(self.tr("Sort into Folders"))
        self.summary: SortSummary | None = None
        self.labels = folder_labels(self.results, model_labels)
        self._names = folder_names(self.labels)
        self._build()
        self._update_preview()

    def _build(self) -> None:
        self.dest_edit = QLineEdit(self.settings.get(Keys.SORT_FOLDER))
        self.dest_edit.setPlaceholderText(self.tr("Destination folder"))
        self.dest_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self._choose_folder)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest_edit, 1)
        dest_row.addWidget(self.browse_button)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" %")
        self.threshold.setMinimumWidth(90)
        self.threshold.setToolTip(
            self.tr("Images whose top label is less likely than this go to _unsure")
        )
        self.threshold.valueChanged.connect(self._update_preview)
        self.copy_radio = QRadioButton(self.tr("Copy (the originals stay where they are)"))
        self.move_radio = QRadioButton(self.tr("Move (the originals leave their folders)"))
        self.copy_radio.setChecked(True)
        self._mode = QButtonGroup(self)
        for radio in (self.copy_radio, self.move_radio):
            self._mode.addButton(radio)
            radio.toggled.connect(self._update_preview)
        form = QFormLayout()
        form.addRow(self.tr("Destination:"), dest_row)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold)
        threshold_row.addStretch(1)
        form.addRow(self.tr("Minimum confidence:"), threshold_row)
        form.addRow(self.tr("Images:"), self.copy_radio)
        form.addRow("", self.move_radio)

        # The plan, then the outcome, can name hundreds of folders (an ImageNet model): they
        # scroll in a fixed space rather than stretching the dialog off the screen.
        self.preview = QLabel()
        self.message = QLabel()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QWidget()
        text_layout = QVBoxLayout(text)
        text_layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.preview, self.message):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text_layout.addWidget(label)
        text_layout.addStretch(1)
        self.text_area = QScrollArea()
        self.text_area.setWidget(text)
        self.text_area.setWidgetResizable(True)
        self.text_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.sort_button = QPushButton(self.tr("Sort"))
        buttons = self._buttons(self.sort_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_area, 1)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    # -- the run ---------------------------------------------------------------------------------

    def _new_job(self) -> tuple[SortJob, str]:
        dest = Path(self.dest_edit.text().strip()).expanduser()
        self.settings.set(Keys.SORT_FOLDER, str(dest))
        job = SortJob(
            self.results,
            dest,
            self.labels,
            move=self.move_radio.isChecked(),
            min_confidence=self.threshold.value() / 100,
        )
        return job, self.tr("Sorting %Ln images…", "", len(self.results))

    def _new_undo_job(self, manifest: Path) -> UndoSortJob:
        return UndoSortJob(manifest)

    def _inputs(self) -> tuple[QWidget, ...]:
        return (
            self.dest_edit,
            self.browse_button,
            self.threshold,
            self.copy_radio,
            self.move_radio,
        )

    def _ready(self) -> bool:
        return bool(self.dest_edit.text().strip())

    def _summary_lines(self, summary: SortSummary, error: str) -> list[str]:
        placed = (
            self.tr("%Ln images moved into {folder}.", "", summary.placed)
            if summary.move
            else self.tr("%Ln images copied into {folder}.", "", summary.placed)
        )
        lines = [placed.format(folder=summary.dest), _folder_counts(summary.counts)]
        if summary.failed:
            lines.append(
                self.tr(
                    "%Ln files stay where they are (unreadable or not sorted), listed in the "
                    "manifest.",
                    "",
                    len(summary.failed),
                )
            )
        if summary.originals_kept:
            lines.append(
                self.tr(
                    "%Ln originals could not be removed after moving, listed in the manifest.",
                    "",
                    len(summary.originals_kept),
                )
            )
        return [*lines, error, self.tr("Manifest: {path}").format(path=summary.manifest)]

    def _undone_text(self, summary: UndoSummary) -> str:
        text = self.tr("Undone: {copies} removed, {images} moved back.").format(
            copies=self.tr("%Ln copies", "", len(summary.removed)),
            images=self.tr("%Ln images", "", len(summary.restored)),
        )
        if not summary.skipped:
            return text
        left = self.tr(
            "%Ln left alone (changed since, or in the way): {files}", "", len(summary.skipped)
        ).format(files=first_reasons(summary.skipped))
        return f"{text} {left}"

    # -- preview -------------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Sort into"), self.dest_edit.text())
        if name:
            self.dest_edit.setText(name)

    @Slot()
    def _update_preview(self) -> None:
        threshold = self.threshold.value() / 100
        folders = Counter(folder_for(r, self._names, threshold) for r in self.results)
        unreadable = folders.pop(None, 0)
        plan = (
            self.tr("Will move %Ln images into {folders} ({counts}).", "", folders.total())
            if self.move_radio.isChecked()
            else self.tr("Will copy %Ln images into {folders} ({counts}).", "", folders.total())
        )
        sentences = [
            plan.format(
                folders=self.tr("%Ln folders", "", len(folders)), counts=_folder_counts(folders)
            )
        ]
        if unreadable:
            sentences.append(self.tr("%Ln unreadable files stay put.", "", unreadable))
        if self.none_of_these:
            sentences.append(
                self.tr('"None of these", left where they are: %Ln photos.', "", self.none_of_these)
            )
        self.preview.setText(" ".join(sentences))


def _folder_counts(counts: Counter[str]) -> str:
    """How many images each folder gets ("blue: 1, red: 2"), by folder name."""
    return ", ".join(f"{name}: {number(n)}" for name, n in sorted(counts.items()))
