"""Sort into Folders…: files the Classify tab's results under DEST/<label>/, with Undo.

The dialog previews how many images go to each folder as the threshold changes, runs the sort
on a worker (progress, Cancel between files), then offers Undo from the manifest it wrote,
also after a sort that stopped partway (cancelled, or failed).

The worker's runner is a child of the dialog, itself a child of the Classify tab, so the main
window finds it (`findChildren(JobRunner)`) to cancel and join it when it closes; closing the
dialog itself (Close, Esc, the title bar) cancels and joins it too, and a dialog whose job has
not stopped stays open (it is deleted on close).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import PictagError
from app.core.progress import Progress
from app.core.results import ClassifyResult
from app.sort.safe_names import folder_names
from app.sort.sorter import SortStopped, SortSummary, folder_for
from app.sort.undo import UndoSummary
from app.ui.common.messages import show_error
from app.ui.common.results_model import count
from app.ui.common.settings import Keys, Settings
from app.ui.workers.base import Job, JobRunner
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


class SortDialog(QDialog):
    def __init__(
        self,
        results: Sequence[ClassifyResult],
        settings: Settings,
        parent: QWidget | None = None,
        *,
        model_labels: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sort into Folders")
        self.results = list(results)
        self.settings = settings
        self.summary: SortSummary | None = None
        self._job: Job | None = None  # the last one started
        self.labels = folder_labels(self.results, model_labels)
        self._names = folder_names(self.labels)
        self._runner = JobRunner("sort", self)
        self._runner.busy_changed.connect(self._busy_changed)
        self._build()
        self._update_preview()

    def _build(self) -> None:
        self.dest_edit = QLineEdit(self.settings.get(Keys.SORT_FOLDER))
        self.dest_edit.setPlaceholderText("Destination folder")
        self.dest_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton("Choose…")
        self.browse_button.clicked.connect(self._choose_folder)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest_edit, 1)
        dest_row.addWidget(self.browse_button)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" %")
        self.threshold.setMinimumWidth(90)
        self.threshold.setToolTip("Images whose top label is less likely than this go to _unsure")
        self.threshold.valueChanged.connect(self._update_preview)
        self.copy_radio = QRadioButton("Copy (the originals stay where they are)")
        self.move_radio = QRadioButton("Move (the originals leave their folders)")
        self.copy_radio.setChecked(True)
        self._mode = QButtonGroup(self)
        for radio in (self.copy_radio, self.move_radio):
            self._mode.addButton(radio)
            radio.toggled.connect(self._update_preview)
        form = QFormLayout()
        form.addRow("Destination:", dest_row)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold)
        threshold_row.addStretch(1)
        form.addRow("Minimum confidence:", threshold_row)
        form.addRow("Images:", self.copy_radio)
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
        self.bar = QProgressBar()
        self.bar.hide()
        self.sort_button = QPushButton("Sort")
        self.sort_button.setDefault(True)
        self.sort_button.clicked.connect(self.start)
        self.undo_button = QPushButton("Undo")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._stop)
        self.close_button = QPushButton("Close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.undo_button, self.cancel_button, self.sort_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_area, 1)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    # -- actions -------------------------------------------------------------------------------

    def start(self) -> None:
        dest = Path(self.dest_edit.text().strip()).expanduser()
        self.settings.set(Keys.SORT_FOLDER, str(dest))
        job = SortJob(
            self.results,
            dest,
            self.labels,
            move=self.move_radio.isChecked(),
            min_confidence=self.threshold.value() / 100,
        )
        job.progress.connect(self._progress)
        job.result.connect(self._sorted)
        self._run(job, f"Sorting {count(len(self.results), 'image', 'images')}…")

    def undo(self) -> None:
        assert self.summary is not None and self.summary.manifest is not None
        job = UndoSortJob(self.summary.manifest)
        job.result.connect(self._undone)
        self.undo_button.setEnabled(False)
        self._run(job, "Undoing…")

    def done(self, result: int) -> None:
        """Every way of closing (Close, Esc, the title bar's button) ends here: a running job
        is cancelled (a sort stops between two files) and waited for; should it not stop, the
        dialog stays open rather than be deleted under it."""
        if not self._runner.shutdown():
            self.message.setText("Still stopping… close again in a moment.")
            return
        super().done(result)

    # -- running -------------------------------------------------------------------------------

    def _run(self, job: Job, text: str) -> None:
        job.failed.connect(self._failed)
        self._job = job
        self.message.setText(text)
        self.bar.setRange(0, 0)
        self.bar.show()
        self._runner.start(job)

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self.cancel_button.setVisible(busy and isinstance(self._runner.job, SortJob))
        self.close_button.setEnabled(not busy)
        inputs = (self.dest_edit, self.browse_button, self.threshold)
        for widget in (*inputs, self.copy_radio, self.move_radio):
            widget.setEnabled(not busy and self.summary is None)
        if not busy:
            self.bar.hide()
        self._update_buttons()

    @Slot()
    def _stop(self) -> None:
        """The sort ends between two files; what was done comes back, and can be undone."""
        if self._runner.job is not None:
            self._runner.job.stop()

    @Slot(object)
    def _progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)

    def _sorted(self, summary: SortSummary, *, prefix: str = "", error: str = "") -> None:
        self.summary = summary
        if summary.stopped and not prefix:
            prefix = "Cancelled: "
        verb = "moved" if summary.move else "copied"
        lines = [f"{prefix}{count(summary.placed, 'image', 'images')} {verb} into {summary.dest}."]
        lines.append(", ".join(f"{name}: {n:,}" for name, n in sorted(summary.counts.items())))
        if summary.failed:
            stay = count(len(summary.failed), "file stays where it is", "files stay where they are")
            lines.append(f"{stay} (unreadable or not sorted), listed in the manifest.")
        if summary.originals_kept:
            kept = count(len(summary.originals_kept), "original", "originals")
            lines.append(f"{kept} could not be removed after moving, listed in the manifest.")
        lines.append(error)
        lines.append(f"Manifest: {summary.manifest}")
        self.message.setText("\n".join(line for line in lines if line))
        self.preview.hide()  # the plan is done: what happened replaces it
        self.undo_button.show()

    @Slot(object)
    def _undone(self, summary: UndoSummary) -> None:
        text = (
            f"Undone: {count(len(summary.removed), 'copy', 'copies')} removed, "
            f"{count(len(summary.restored), 'image', 'images')} moved back."
        )
        if summary.skipped:
            text += f" {len(summary.skipped):,} left alone (changed since, or in the way): "
            text += "; ".join(f"{p.name}: {why}" for p, why in summary.skipped[:3])
        self.message.setText(text)
        self.undo_button.hide()

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        job, message = self._job, str(error)
        if isinstance(error, SortStopped):
            # Stopped partway: what was placed is in the manifest, and can be undone.
            self._sorted(error.summary, prefix="Stopped: ", error=message)
        else:
            self.message.setText(message)
        if isinstance(job, UndoSortJob):
            self.undo_button.setEnabled(True)  # once the cause is fixed, try again
        if self.isVisible():  # not while the dialog closes
            title = "Undo stopped" if isinstance(job, UndoSortJob) else "Sorting stopped"
            show_error(self, title, message)

    # -- preview -------------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Sort into", self.dest_edit.text())
        if name:
            self.dest_edit.setText(name)

    @Slot()
    def _update_preview(self) -> None:
        threshold = self.threshold.value() / 100
        folders = Counter(folder_for(r, self._names, threshold) for r in self.results)
        unreadable = folders.pop(None, 0)
        verb = "move" if self.move_radio.isChecked() else "copy"
        parts = [f"{name}: {n:,}" for name, n in sorted(folders.items())]
        text = f"Will {verb} {count(folders.total(), 'image', 'images')} into "
        text += f"{count(len(folders), 'folder', 'folders')} ({', '.join(parts)})."
        if unreadable:
            text += f" {count(unreadable, 'unreadable file stays', 'unreadable files stay')} put."
        self.preview.setText(text)

    @Slot()
    def _update_buttons(self) -> None:
        ready = bool(self.dest_edit.text().strip()) and self.summary is None
        self.sort_button.setEnabled(ready and not self._runner.busy)
