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
from app.ui.common.locale_text import number
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
        self.failed_title = self.tr("Writing keywords stopped")
        self.setWindowTitle(self.tr("Write Keywords"))
        self.model_name, self.multi_label = model_name, multi_label
        self.folder = manifest_folder(self.results)
        self.summary: TagSummary | None = None
        self._build(settings.get(Keys.KEYWORDS))
        self._update_preview()

    def _build(self, saved: dict) -> None:
        self.parent_edit = QLineEdit(str(saved.get("parent", DEFAULT_PARENT)))
        self.parent_edit.setToolTip(
            self.tr(
                "The keyword the labels go under (Pictag|heron); 'Auto|Pictag' nests it. Empty: "
                "flat keywords only."
            )
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
        self.threshold.setToolTip(self.tr("A label less likely than this becomes no keyword"))
        self.embed = QCheckBox(
            self.tr("Inside JPEG, TIFF, PNG, WebP and DNG files, not in sidecars")
        )
        self.embed.setChecked(bool(saved.get("embed", False)))
        self.embed.setToolTip(
            self.tr(
                "Lightroom reads keywords of these formats only from inside them. Off: every "
                "photo gets a sidecar and stays untouched. RAW and HEIC files always get a sidecar."
            )
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
        form.addRow(self.tr("Under the keyword:"), self.parent_edit)
        row = QHBoxLayout()
        row.addWidget(self.top)
        row.addWidget(QLabel(self.tr("labels per photo, each at least")))
        row.addWidget(self.threshold)
        row.addStretch(1)
        form.addRow(self.tr("Keywords:"), row)
        form.addRow(self.tr("Where:"), self.embed)
        form.addRow(self.tr("Sidecar names:"), self.naming)
        self.preview = QLabel()
        self.message = QLabel()
        for label in (self.preview, self.message):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.write_button = QPushButton(self.tr("Write"))
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
        return job, self.tr("Writing keywords for %Ln photos…", "", len(self.results))

    def _new_undo_job(self, manifest: Path) -> UndoTagJob:
        return UndoTagJob(manifest)

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.parent_edit, self.top, self.threshold, self.embed, self.naming)

    def _summary_lines(self, summary: TagSummary, error: str) -> list[str]:
        inside = sum(o.file == o.photo for o in summary.written)
        lines = [
            self.tr(
                "Keywords written for %Ln photos ({sidecars} in sidecars, {inside} inside the "
                "photo).",
                "",
                len(summary.written),
            ).format(sidecars=number(len(summary.written) - inside), inside=number(inside)),
            ", ".join(f"{k}: {number(n)}" for k, n in summary.counts.most_common(12)),
        ]
        if summary.unchanged:
            lines.append(
                self.tr(
                    "%Ln photos already had these keywords from this model.", "", summary.unchanged
                )
            )
        if summary.notes:
            lines.append(
                self.tr("%Ln HEIC/other files got a sidecar instead.", "", len(summary.notes))
            )
        if summary.failed:
            lines.append(
                self.tr("%Ln photos left as they are: {files}", "", len(summary.failed)).format(
                    files=first_reasons(summary.failed)
                )
            )
        manifest = self.tr("Manifest: {path} (the originals are kept beside it)")
        return [*lines, error, manifest.format(path=summary.manifest)]

    def _undone_text(self, summary: TagUndoSummary) -> str:
        text = self.tr("Undone: {files} restored, {sidecars} removed.").format(
            files=self.tr("%Ln files", "", len(summary.restored)),
            sidecars=self.tr("%Ln sidecars", "", len(summary.removed)),
        )
        if not summary.skipped:
            return text
        left = self.tr("%Ln left alone (changed since): {files}", "", len(summary.skipped))
        return f"{text} {left.format(files=first_reasons(summary.skipped))}"

    @Slot()
    def _update_preview(self) -> None:
        options = self.options()
        readable = [r for r in self.results if r.ok]
        none_of_these = sum(1 for r in readable if r.none_of_these)
        tagged = [r for r in readable if not r.none_of_these and choose(r, options).labels]
        twins = sum(len(r.companions) for r in tagged)
        parts = [self._tagged_text(len(tagged), twins, options.embed)]
        if none_of_these:
            parts.append(self.tr('%Ln photos are "None of these": no keyword', "", none_of_these))
        if below := len(readable) - len(tagged) - none_of_these:
            parts.append(self.tr("%Ln photos have no label that likely", "", below))
        if unreadable := len(self.results) - len(readable):
            parts.append(self.tr("%Ln unreadable files stay", "", unreadable))
        self.preview.setText(
            self.tr("{plan}. The manifest and backups go to {folder}.").format(
                plan="; ".join(parts), folder=self.folder
            )
        )

    def _tagged_text(self, photos: int, twins: int, embed: bool) -> str:
        """How many photos get keywords, where, and how many RAW twins get the same."""
        if twins:
            text = (
                self.tr(
                    "%Ln photos get keywords, written inside the photos where possible "
                    "(and {twins} the same)",
                    "",
                    photos,
                )
                if embed
                else self.tr(
                    "%Ln photos get keywords, written in sidecars (and {twins} the same)",
                    "",
                    photos,
                )
            )
            return text.format(twins=self.tr("%Ln RAW twins", "", twins))
        if embed:
            return self.tr(
                "%Ln photos get keywords, written inside the photos where possible", "", photos
            )
        return self.tr("%Ln photos get keywords, written in sidecars", "", photos)
