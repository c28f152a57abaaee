"""Write Keywords…: the Classify tab's results as XMP keywords photo managers read, with Undo.

The dialog previews how many photos get keywords as the choices change, writes on a worker
(progress, Cancel between photos), then offers Undo from the manifest it wrote, also after a
run that stopped partway. The manifest and the originals' backups go to the folder the photos
share (`manifest_folder`). Like the sort dialog, closing it cancels and joins its job, and its
runner is a child of the Classify tab, so the main window finds it when it closes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import PictagError
from app.core.progress import Progress
from app.core.results import ClassifyResult
from app.core.xmp_files import SidecarNaming
from app.tag.keywords import DEFAULT_MIN_CONFIDENCE, DEFAULT_PARENT, TagOptions, choose
from app.tag.tagger import TagSummary
from app.tag.undo import TagUndoSummary
from app.ui.common.messages import show_error
from app.ui.common.results_model import count
from app.ui.common.settings import Keys, Settings
from app.ui.workers.base import Job, JobRunner
from app.ui.workers.tag import TagJob, TagStopped, UndoTagJob

__all__ = ["KeywordsDialog", "manifest_folder"]

NAMINGS = {
    SidecarNaming.APPEND: "IMG_0001.CR2.xmp (darktable, digiKam)",
    SidecarNaming.REPLACE: "IMG_0001.xmp (Lightroom, Capture One, Bridge)",
}


def manifest_folder(results: Sequence[ClassifyResult]) -> Path:
    """The folder every photo is under (the manifest and backups go there)."""
    folders = {os.path.abspath(r.path.parent) for r in results} or {os.getcwd()}
    return Path(os.path.commonpath(sorted(folders)))


class KeywordsDialog(QDialog):
    def __init__(
        self,
        results: Sequence[ClassifyResult],
        settings: Settings,
        parent: QWidget | None = None,
        *,
        model_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Write Keywords")
        self.results = list(results)
        self.settings = settings
        self.model_name = model_name
        self.folder = manifest_folder(self.results)
        self.summary: TagSummary | None = None
        self._job: Job | None = None
        self._runner = JobRunner("tag", self)
        self._runner.busy_changed.connect(self._busy_changed)
        self._build(settings.get(Keys.KEYWORDS))
        self._update_preview()

    def _build(self, saved: dict) -> None:
        self.parent_edit = QLineEdit(str(saved.get("parent", DEFAULT_PARENT)))
        self.parent_edit.setToolTip(
            "The keyword the labels go under (Pictag|heron); 'Auto|Pictag' nests it. Empty: "
            "flat keywords only."
        )
        self.top = QSpinBox()
        self.top.setRange(1, 5)
        self.top.setValue(int(saved.get("top", 1)))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(float(saved.get("min_confidence", DEFAULT_MIN_CONFIDENCE)) * 100)
        self.threshold.setToolTip("A label less likely than this becomes no keyword")
        self.embed = QCheckBox("Inside JPEG, TIFF, PNG, WebP and DNG files, not in sidecars")
        self.embed.setChecked(bool(saved.get("embed", False)))
        self.embed.setToolTip(
            "Lightroom reads keywords of these formats only from inside them. Off: every photo "
            "gets a sidecar and stays untouched. RAW and HEIC files always get a sidecar."
        )
        self.naming = QComboBox()
        for naming, text in NAMINGS.items():
            self.naming.addItem(text, naming)
        self.naming.setCurrentIndex(
            list(NAMINGS).index(SidecarNaming(saved.get("naming", "append")))
        )
        self.parent_edit.textChanged.connect(self._update_preview)
        self.top.valueChanged.connect(self._update_preview)
        self.threshold.valueChanged.connect(self._update_preview)
        self.embed.toggled.connect(self._update_preview)
        self.naming.currentIndexChanged.connect(self._update_preview)
        form = QFormLayout()
        form.addRow("Under the keyword:", self.parent_edit)
        row = QHBoxLayout()
        row.addWidget(self.top)
        row.addWidget(QLabel("labels per photo, each at least"))
        row.addWidget(self.threshold)
        row.addStretch(1)
        form.addRow("Keywords:", row)
        form.addRow("Where:", self.embed)
        form.addRow("Sidecar names:", self.naming)
        self.preview = QLabel()
        self.message = QLabel()
        for label in (self.preview, self.message):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.hide()
        self.write_button = QPushButton("Write")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
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
        for button in (self.undo_button, self.cancel_button, self.write_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)

    def options(self) -> TagOptions:
        return TagOptions(
            top=self.top.value(),
            min_confidence=self.threshold.value() / 100,
            parent=self.parent_edit.text().strip(),
            embed=self.embed.isChecked(),
            naming=SidecarNaming(self.naming.currentData()),
            model=self.model_name,
        )

    # -- actions -------------------------------------------------------------------------------

    def start(self) -> None:
        options = self.options()
        self.settings.set(
            Keys.KEYWORDS,
            {"parent": options.parent, "top": options.top, "embed": options.embed,
             "min_confidence": options.min_confidence, "naming": options.naming.value},
        )  # fmt: skip
        try:
            options.check()
        except PictagError as exc:
            self.message.setText(str(exc))
            return
        job = TagJob(self.results, options, self.folder)
        job.progress.connect(self._progress)
        job.result.connect(self._written)
        self._run(job, f"Writing keywords for {count(len(self.results), 'photo', 'photos')}…")

    def undo(self) -> None:
        assert self.summary is not None and self.summary.manifest is not None
        job = UndoTagJob(self.summary.manifest)
        job.result.connect(self._undone)
        self.undo_button.setEnabled(False)
        self._run(job, "Undoing…")

    def done(self, result: int) -> None:
        """Every way of closing ends here: a running job is cancelled and waited for."""
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
        self.cancel_button.setVisible(busy and isinstance(self._runner.job, TagJob))
        self.close_button.setEnabled(not busy)
        for widget in (self.parent_edit, self.top, self.threshold, self.embed, self.naming):
            widget.setEnabled(not busy and self.summary is None)
        self.write_button.setEnabled(not busy and self.summary is None)
        if not busy:
            self.bar.hide()

    @Slot()
    def _stop(self) -> None:
        if self._runner.job is not None:
            self._runner.job.stop()

    @Slot(object)
    def _progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)

    def _written(self, summary: TagSummary, *, prefix: str = "", error: str = "") -> None:
        self.summary = summary
        if summary.stopped and not prefix:
            prefix = "Cancelled: "
        inside = sum(o.file == o.photo for o in summary.written)
        lines = [
            f"{prefix}keywords written for {count(len(summary.written), 'photo', 'photos')} "
            f"({len(summary.written) - inside:,} in sidecars, {inside:,} inside the photo).",
            ", ".join(f"{k}: {n:,}" for k, n in summary.counts.most_common(12)),
        ]
        if summary.unchanged:
            lines.append(f"{summary.unchanged:,} already had these keywords from this model.")
        if summary.notes:
            lines.append(f"{len(summary.notes):,} HEIC/other files got a sidecar instead.")
        if summary.failed:
            lines.append(f"{len(summary.failed):,} left as they are: " + "; ".join(
                f"{p.name}: {why}" for p, why in summary.failed[:3]
            ))  # fmt: skip
        lines += [error, f"Manifest: {summary.manifest} (the originals are kept beside it)"]
        self.message.setText("\n".join(line for line in lines if line))
        self.preview.hide()
        self.undo_button.show()
        self._busy_changed(self._runner.busy)

    @Slot(object)
    def _undone(self, summary: TagUndoSummary) -> None:
        text = (
            f"Undone: {count(len(summary.restored), 'file', 'files')} restored, "
            f"{count(len(summary.removed), 'sidecar', 'sidecars')} removed."
        )
        if summary.skipped:
            text += f" {len(summary.skipped):,} left alone (changed since): "
            text += "; ".join(f"{p.name}: {why}" for p, why in summary.skipped[:3])
        self.message.setText(text)
        self.undo_button.hide()

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        job, message = self._job, str(error)
        if isinstance(error, TagStopped):
            self._written(error.summary, prefix="Stopped: ", error=message)
        else:
            self.message.setText(message)
        if isinstance(job, UndoTagJob):
            self.undo_button.setEnabled(True)
        if self.isVisible():
            title = "Undo stopped" if isinstance(job, UndoTagJob) else "Writing keywords stopped"
            show_error(self, title, message)

    @Slot()
    def _update_preview(self) -> None:
        options = self.options()
        readable = [r for r in self.results if r.ok]
        tagged = [r for r in readable if choose(r, options).labels]
        twins = sum(len(r.companions) for r in tagged)
        where = "inside the photos where possible" if options.embed else "in sidecars"
        parts = [f"{count(len(tagged), 'photo gets', 'photos get')} keywords, written {where}"]
        if twins:
            parts[0] += f" (and {count(twins, 'RAW twin', 'RAW twins')} the same)"
        if below := len(readable) - len(tagged):
            parts.append(f"{count(below, 'photo has', 'photos have')} no label that likely")
        if unreadable := len(self.results) - len(readable):
            parts.append(count(unreadable, "unreadable file stays", "unreadable files stay"))
        self.preview.setText(f"{'; '.join(parts)}. The manifest and backups go to {self.folder}.")
