"""Write Keywords…: the Classify tab's results as XMP keywords photo managers read, with Undo.

The dialog previews how many photos get keywords as the choices change, writes on a worker
(`FilingDialog`: progress, Cancel between photos, then Undo from the manifest it wrote). The
manifest and the originals' backups go to the folder the photos share (`manifest_folder`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import PictagError
from app.core.results import ClassifyResult
from app.core.xmp_files import SidecarNaming
from app.tag.keywords import DEFAULT_MIN_CONFIDENCE, DEFAULT_PARENT, TagOptions, choose
from app.tag.tagger import TagSummary
from app.tag.undo import TagUndoSummary
from app.ui.common.results_model import count
from app.ui.common.settings import Keys, Settings
from app.ui.filing.filing_dialog import FilingDialog, first_reasons
from app.ui.workers.tag import TagJob, UndoTagJob

__all__ = ["KeywordsDialog", "manifest_folder"]

NAMINGS = {
    SidecarNaming.APPEND: "IMG_0001.CR2.xmp (darktable, digiKam)",
    SidecarNaming.REPLACE: "IMG_0001.xmp (Lightroom, Capture One, Bridge)",
}


def manifest_folder(results: Sequence[ClassifyResult]) -> Path:
    """The folder every photo is under (the manifest and backups go there)."""
    folders = {os.path.abspath(r.path.parent) for r in results} or {os.getcwd()}
    return Path(os.path.commonpath(sorted(folders)))


class KeywordsDialog(FilingDialog):
    failed_title = "Writing keywords stopped"

    def __init__(
        self,
        results: Sequence[ClassifyResult],
        settings: Settings,
        parent: QWidget | None = None,
        *,
        model_name: str = "",
        multi_label: bool = False,
    ) -> None:
        super().__init__(results, settings, parent, name="tag")
        self.setWindowTitle("Write Keywords")
        self.model_name, self.multi_label = model_name, multi_label
        self.folder = manifest_folder(self.results)
        self.summary: TagSummary | None = None
        self._build(settings.get(Keys.KEYWORDS))
        self._update_preview()

    def _build(self, saved: dict) -> None:
        self.parent_edit = QLineEdit(str(saved.get("parent", DEFAULT_PARENT)))
        self.parent_edit.setToolTip(
            "The keyword the labels go under (Pictag|heron); 'Auto|Pictag' nests it. Empty: "
            "flat keywords only."
        )
        self.top = QSpinBox()
        self.top.setRange(0, 5)  # 0: the labels the model gives (none, one or several)
        self.top.setSpecialValueText(self.tr("All given"))
        self.top.setToolTip(
            self.tr(
                "All given: the labels the model gives each photo (none for a photo of none of "
                "its classes, several for a multi-label model). A number caps them; above one "
                "label, a single-label model's next most probable labels are added."
            )
        )
        self.top.setValue(int(saved.get("top") or 0))
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
        self.write_button = QPushButton("Write")
        buttons = self._buttons(self.write_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)

    def options(self) -> TagOptions:
        return TagOptions(
            top=self.top.value() or None,
            multi_label=self.multi_label,
            min_confidence=self.threshold.value() / 100,
            parent=self.parent_edit.text().strip(),
            embed=self.embed.isChecked(),
            naming=SidecarNaming(self.naming.currentData()),
            model=self.model_name,
        )

    # -- actions -------------------------------------------------------------------------------

    def _new_job(self) -> tuple[TagJob, str] | None:
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
            return None
        job = TagJob(self.results, options, self.folder)
        return job, f"Writing keywords for {count(len(self.results), 'photo', 'photos')}…"

    def _new_undo_job(self, manifest: Path) -> UndoTagJob:
        return UndoTagJob(manifest)

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.parent_edit, self.top, self.threshold, self.embed, self.naming)

    def _summary_lines(self, summary: TagSummary, prefix: str, error: str) -> list[str]:
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
            left = first_reasons(summary.failed)
            lines.append(f"{len(summary.failed):,} left as they are: {left}")
        return [*lines, error, f"Manifest: {summary.manifest} (the originals are kept beside it)"]

    def _undone_text(self, summary: TagUndoSummary) -> str:
        text = (
            f"Undone: {count(len(summary.restored), 'file', 'files')} restored, "
            f"{count(len(summary.removed), 'sidecar', 'sidecars')} removed."
        )
        if summary.skipped:
            text += f" {len(summary.skipped):,} left alone (changed since): "
            text += first_reasons(summary.skipped)
        return text

    @Slot()
    def _update_preview(self) -> None:
        options = self.options()
        readable = [r for r in self.results if r.ok]
        none_of_these = sum(1 for r in readable if r.none_of_these)
        tagged = [r for r in readable if not r.none_of_these and choose(r, options).labels]
        twins = sum(len(r.companions) for r in tagged)
        where = "inside the photos where possible" if options.embed else "in sidecars"
        parts = [f"{count(len(tagged), 'photo gets', 'photos get')} keywords, written {where}"]
        if twins:
            parts[0] += f" (and {count(twins, 'RAW twin', 'RAW twins')} the same)"
        if none_of_these:
            parts.append(
                self.tr('%1 "None of these": no keyword').replace(
                    "%1", count(none_of_these, "photo is", "photos are")
                )
            )
        if below := len(readable) - len(tagged) - none_of_these:
            parts.append(f"{count(below, 'photo has', 'photos have')} no label that likely")
        if unreadable := len(self.results) - len(readable):
            parts.append(count(unreadable, "unreadable file stays", "unreadable files stay"))
        self.preview.setText(f"{'; '.join(parts)}. The manifest and backups go to {self.folder}.")
