"""The Train tab's right side, in the order a person goes through it: what the dataset folder
holds, the run as it happens, its results (offered once there are some), and the Check page."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from app.core.progress import Event, Note, Progress
from app.ui.check.check_review import CheckReview
from app.ui.common.locale_text import number
from app.ui.common.thumbnail_cache import ThumbnailCache
from app.ui.train.curves import TrainingProgress
from app.ui.train.evaluation_view import EvaluationView
from app.ui.train.scan_report import ScanReport
from training.progress import DatasetSplit, EpochResult

__all__ = ["TrainPages"]


class TrainPages(QTabWidget):
    """The pages as attributes (`report`, `progress`, `results`, `check_page`); the tab shows
    one with `setCurrentWidget`, and hands the running job's events to `show_event`."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.report = ScanReport(thumbnails)
        self.progress = TrainingProgress()
        self.results = EvaluationView(thumbnails)
        self.check_page = CheckReview(thumbnails)
        self.addTab(self.report, self.tr("Dataset"))
        self.addTab(self.progress, self.tr("Training"))
        self.addTab(self.results, self.tr("Results"))
        self.addTab(self.check_page, self.tr("Check"))
        self.offer_results(False)

    def offer_results(self, offered: bool) -> None:
        """The Results page can be opened only when it holds a model's evaluation."""
        self.setTabEnabled(self.indexOf(self.results), offered)

    @Slot(object)
    def show_event(self, event: Event) -> None:
        """What the run tells, on the page it belongs to (on the GUI thread: the job relays
        it here)."""
        match event:
            case Progress():
                self.progress.progress(event)
            case EpochResult():
                self.progress.epoch_ended(event)
            case DatasetSplit():
                self._dataset_split(event)
            case Note():
                self.progress.log(event.line)

    def _dataset_split(self, split: DatasetSplit) -> None:
        scan, train, val = split.scan, split.train_counts, split.validation_counts
        self.report.show_counts(train, val)
        self.progress.log(
            self.tr(
                "%Ln classes: {training} training and {validation} validation images (files "
                "skipped: {skipped}, warnings: {warnings})",
                "",
                len(scan.classes),
            ).format(
                training=number(sum(train)),
                validation=number(sum(val)),
                skipped=number(len(scan.skipped)),
                warnings=number(len(scan.warnings)),
            )
        )
