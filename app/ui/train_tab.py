"""The Train tab: a dataset folder in, a trained and evaluated model out.

Training always writes to a working file in the app's data folder, so a model is never lost
when the user forgets to save; "Save model as…" copies it (and its report) where they want.
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import Cancelled, PictagError
from app.ui.curves import TrainingProgress, format_duration
from app.ui.drop_area import DropTarget
from app.ui.evaluation_view import EvaluationView
from app.ui.export_dialog import ExportDialog
from app.ui.keyword_source import KeywordSource
from app.ui.messages import show_error
from app.ui.scan_report import DatasetBox, ScanReport
from app.ui.settings import Keys, Settings
from app.ui.thumbnail_cache import ThumbnailCache
from app.ui.training_form import TrainingForm, describe, models_dir, working_model_path
from app.ui.workers.base import JobRunner
from app.ui.workers.train import ScanJob, TrainingJob
from training.dataset import DatasetScan
from training.options import TrainingOptions
from training.report import copy_trained_model, discard_trained_model
from training.trainer import TrainingResult

__all__ = ["TrainTab"]

log = logging.getLogger(__name__)


class TrainTab(DropTarget, QWidget):
    use_model_requested = Signal(Path)  # load this model and switch to Classify
    status_message = Signal(str)
    busy_changed = Signal(bool)
    training_finished = Signal(object)  # TrainingResult, or None when cancelled or failed

    def __init__(
        self, thumbnails: ThumbnailCache, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.dataset: Path | None = None
        self.scan: DatasetScan | None = None
        self.scan_error = ""
        self.result: TrainingResult | None = None
        self.model_path: Path | None = None  # the model "Use" loads: saved copy, else working
        self._options: TrainingOptions | None = None
        self._rescan = False
        self._stopping = self._cancelling = False
        self._busy = False
        self._shown = False
        self._scans = JobRunner("scan", self)
        self._training = JobRunner("training", self)
        for runner in (self._scans, self._training):
            runner.busy_changed.connect(self._runner_changed)
        self.setAcceptDrops(True)
        self._build(thumbnails)
        self._update_controls()

    # -- public API ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._scans.busy or self._training.busy

    @property
    def saved(self) -> bool:
        """The model was saved elsewhere: "Use" loads that copy, not the working file."""
        return self.result is not None and self.model_path != self.result.model_path

    @property
    def job(self) -> TrainingJob | None:
        """The training job while one runs (tests and the main window can watch its signals)."""
        job = self._training.job
        return job if isinstance(job, TrainingJob) and self._training.busy else None

    def set_dataset(self, path: Path) -> None:
        if self._training.busy:
            self.status_message.emit("Training is running: wait for it to end, or cancel it.")
            return
        self.dataset = Path(path)
        self.settings.set(Keys.DATASET_FOLDER, str(self.dataset))
        self.path_edit.show_path(self.dataset)
        self._start_scan()

    def start(self) -> None:
        if self.scan is None or self.dataset is None or self.busy:
            return
        self._options = replace(
            self.form.options(self.dataset, working_model_path(self.dataset)),
            keywords=self.keyword_source.parent_keyword(),
        )
        self._stopping = self._cancelling = False
        self.progress.reset()
        self.results.clear()
        self.right.setTabEnabled(2, False)
        self.right.setCurrentIndex(1)
        self.progress.log(f"Training on {self.dataset} ({describe(self._options)})")
        job = TrainingJob(self._options)
        job.dataset_ready.connect(self._dataset_ready)
        job.progress.connect(self.progress.progress)
        job.epoch_ended.connect(self.progress.epoch_ended)
        job.message.connect(self.progress.log)
        job.result.connect(self._trained)
        job.failed.connect(self._training_failed)
        job.cancelled.connect(self._training_cancelled)
        self._training.start(job)
        self.status_message.emit("Training started")

    def stop_keep_best(self) -> None:
        job = self.job
        if job is not None and not self._stopping:
            self._stopping = True
            job.stop()
            self.progress.log("Stopping: the best weights so far will be evaluated and saved…")
            self._update_controls()

    def cancel(self) -> None:
        job = self.job
        if job is not None and not self._cancelling:
            self._cancelling = True
            job.cancel()
            self.progress.log("Cancelling…")
            self._update_controls()
        elif self._scans.busy:
            self._scans.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel everything and wait for the threads; False if one did not end in time."""
        self._rescan = False
        self._cancelling = True
        discarded = self.job
        scans = self._scans.shutdown(timeout_ms)
        training = self._training.shutdown(timeout_ms)
        if discarded is not None and training:
            discarded.detach()  # its last signals may still be queued: no error box once closing
            self._discard_output()
        return scans and training

    def save_model_as(self, target: Path | None = None) -> Path | None:
        """Copy the trained model and its report atomically; None if the user declined."""
        if self.result is None:
            return None
        if target is None:
            folder = self.settings.get(Keys.SAVE_FOLDER) or str(Path.home())
            name = f"{self.dataset.name if self.dataset else 'model'}.keras"
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Save model as", str(Path(folder) / name), "Pictag model (*.keras)"
            )
            if not chosen:
                return None
            target = Path(chosen)
        if target.suffix.lower() != ".keras":
            target = target.with_name(f"{target.name}.keras")
        try:
            copy_trained_model(self.result.model_path, target)
        except OSError as exc:
            message = f"{target}: {exc.strerror or exc}. Choose another folder or file name."
            self.progress.log(f"Error: could not save the model. {message}")
            show_error(self, "Could not save the model", message)
            return None
        self.settings.set(Keys.SAVE_FOLDER, str(target.parent))
        self.model_path = target
        self._show_model_details()
        self.progress.log(f"Saved the model as {target}")
        self.status_message.emit(f"Model saved as {target}")
        return target

    def export_model(self) -> ExportDialog | None:
        """The export dialog for the model "Use" would load (the saved copy, else working)."""
        if self.model_path is None:
            return None
        # An unsaved run's model sits in the app's data folder, no place for a user's export.
        saved = self.model_path.parent != models_dir()
        folder = self.model_path.parent if saved else self.settings.get(Keys.SAVE_FOLDER)
        dialog = ExportDialog(self.model_path, Path(folder or Path.home()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def use_model(self) -> None:
        if self.model_path is not None:
            self.use_model_requested.emit(self.model_path)

    def sizeHint(self) -> QSize:
        return QSize(1200, 720)  # the contents alone would ask for more than a laptop screen

    # -- building --------------------------------------------------------------------------

    def _build(self, thumbnails: ThumbnailCache) -> None:
        dataset_box = DatasetBox()
        self.path_edit = dataset_box.path_edit
        self.choose_button, self.rescan_button = dataset_box.choose_button, dataset_box.rescan
        self.choose_button.clicked.connect(self._choose_dataset)
        self.rescan_button.clicked.connect(self._start_scan)

        self.keyword_source = KeywordSource(self.settings)
        self.keyword_source.changed.connect(self._validation_changed)
        self.form = TrainingForm(self.settings)
        self.form.validation_changed.connect(self._validation_changed)
        self.start_button = QPushButton("Start training")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton("Stop (keep best)")
        self.stop_button.setToolTip("End training now; evaluate and keep the best weights so far.")
        self.stop_button.clicked.connect(self.stop_keep_best)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("End training now and discard it: nothing is saved.")
        self.cancel_button.clicked.connect(self.cancel)

        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(dataset_box)
        column_layout.addWidget(self.keyword_source)
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
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(buttons)
        left.setMinimumWidth(340)
        left.setMaximumWidth(480)

        self.report = ScanReport(thumbnails)
        self.report.dropped.connect(self.paths_dropped)
        self.progress = TrainingProgress()
        self.results = EvaluationView(thumbnails)
        self.results.save_requested.connect(self.save_model_as)
        self.results.use_requested.connect(self.use_model)
        self.results.export_requested.connect(self.export_model)
        self.save_button, self.use_button = self.results.save_button, self.results.use_button
        self.export_button = self.results.export_button
        self.right = QTabWidget()
        self.right.setDocumentMode(True)
        self.right.addTab(self.report, "Dataset")
        self.right.addTab(self.progress, "Training")
        self.right.addTab(self.results, "Results")
        self.right.setTabEnabled(2, False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    # -- scanning --------------------------------------------------------------------------

    @Slot()
    def _start_scan(self) -> None:
        if self.dataset is None or self._training.busy:
            return
        if self._scans.busy:  # the newest request wins: scan again when this one ends
            self._rescan = True
            self._scans.job.detach()  # its result is stale: nobody hears it
            self._scans.cancel()
            return
        self.scan, self.scan_error = None, ""
        self.report.show_scanning(self.dataset)
        self.right.setCurrentIndex(0)
        job = ScanJob(
            self.dataset, self.form.validation_folder(), self.keyword_source.parent_keyword()
        )
        job.result.connect(self._scanned)
        job.failed.connect(self._scan_failed)
        job.finished.connect(self._scan_finished)
        self._scans.start(job)  # busy_changed updates the controls

    @Slot(object)
    def _scanned(self, scan: DatasetScan) -> None:
        self.scan = scan
        self.report.show_scan(scan)
        n = len(scan.samples)
        self.status_message.emit(f"Dataset: {len(scan.classes)} classes, {n:,} images")

    @Slot(object)
    def _scan_failed(self, error: PictagError) -> None:
        message = str(error)
        self.scan_error = message
        self.report.show_error(message)
        self.progress.log(f"Dataset error: {message}")
        self.status_message.emit("The dataset folder cannot be trained on; see the Dataset tab")

    @Slot()
    def _scan_finished(self) -> None:
        if self._rescan:
            self._rescan = False
            self._start_scan()  # JobRunner.start joins the finished job's thread
        elif self.scan is None and not self.scan_error:  # cancelled: back to the drop target
            self.report.clear()

    def _validation_changed(self) -> None:
        if self.dataset is not None:
            self._start_scan()

    def _choose_dataset(self) -> None:
        start = str(self.dataset or self.settings.get(Keys.DATASET_FOLDER) or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, "Choose the dataset folder", start)
        if chosen:
            self.set_dataset(Path(chosen))

    def paths_dropped(self, paths: list[Path]) -> None:
        folders = [p for p in paths if p.is_dir()]
        if folders:
            self.set_dataset(folders[0])
        else:
            self.status_message.emit("Drop a folder that has one sub-folder per class")

    def accepts_drop(self, paths: list[Path]) -> bool:
        return not self._training.busy and any(p.is_dir() for p in paths)

    def showEvent(self, event: QShowEvent) -> None:
        """Scan the last dataset when the tab is first shown, not at every app start."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            saved = self.settings.get(Keys.DATASET_FOLDER)
            if self.dataset is None and saved and Path(saved).is_dir():
                self.set_dataset(Path(saved))

    # -- training --------------------------------------------------------------------------

    @Slot(object, object, object)
    def _dataset_ready(self, scan: DatasetScan, train: list[int], val: list[int]) -> None:
        self.report.show_counts(train, val)
        self.progress.log(
            f"{len(scan.classes)} classes: {sum(train):,} training and {sum(val):,} validation "
            f"images ({len(scan.skipped):,} files skipped, {len(scan.warnings)} warnings)"
        )

    @Slot(object)
    def _trained(self, result: TrainingResult) -> None:
        self.result, self.model_path = result, result.model_path
        self.results.show_result(result.evaluation, result.history, result.stopped_by_user)
        self._show_model_details()
        self.progress.finished(f"Done in {format_duration(result.seconds)}", done=True)
        self.progress.log(
            f"Finished: validation accuracy {result.evaluation.accuracy:.1%}. "
            f"Model kept at {result.model_path}"
        )
        self.right.setTabEnabled(2, True)
        self.right.setCurrentIndex(2)
        self.status_message.emit(f"Training done: accuracy {result.evaluation.accuracy:.1%}")
        self.training_finished.emit(result)

    @Slot(object)
    def _training_failed(self, error: PictagError) -> None:
        message = str(error)
        self._discard_output()  # e.g. the model saved but not its report: half a run
        self.progress.finished("Training failed", done=False)
        self.progress.log(f"Error: {message}")
        show_error(self, "Training failed", message)
        self.status_message.emit("Training failed")
        self.training_finished.emit(None)

    @Slot(object)
    def _training_cancelled(self, cancelled: Cancelled) -> None:
        self._discard_output()
        note = str(cancelled)  # e.g. a stop before training began: nothing to keep
        text = f"{note[:1].upper()}{note[1:]}" if note else "Cancelled — nothing was saved"
        self.progress.finished(text, done=False)
        self.progress.log(text)
        self.status_message.emit(text)
        self.training_finished.emit(None)

    def _discard_output(self) -> None:
        """A cancel (or failure) that lands after the engine saved still means "nothing was
        saved": the run's working files go."""
        if self._options is not None:
            discard_trained_model(self._options)

    def _show_model_details(self) -> None:
        if self.result is None or self.model_path is None:
            return
        r = self.result
        if self.saved:
            where = f"saved as <b>{html.escape(self.model_path.name)}</b>"
        else:
            where = "kept in Pictag's data folder, not saved elsewhere yet"
        self.results.set_details(
            f"Loss {r.evaluation.loss:.3f} · trained in {format_duration(r.seconds)} · {where}",
            str(self.model_path),
        )

    # -- state -----------------------------------------------------------------------------

    @Slot(bool)
    def _runner_changed(self, _busy: bool) -> None:
        self._update_controls()
        if self.busy != self._busy:
            self._busy = self.busy
            self.busy_changed.emit(self._busy)

    def _update_controls(self) -> None:
        training, scanning = self._training.busy, self._scans.busy
        self.start_button.setEnabled(self.scan is not None and not training and not scanning)
        self.start_button.setToolTip(
            "Train a model on this dataset with these parameters."
            if self.scan is not None
            else "Fix the problems shown in the Dataset tab first."
            if self.scan_error
            else "Choose a dataset folder first."
        )
        self.stop_button.setEnabled(training and not self._stopping and not self._cancelling)
        self.cancel_button.setEnabled(training and not self._cancelling)
        for widget in (self.form, self.choose_button, self.rescan_button, self.keyword_source):
            widget.setEnabled(not training)
        self.rescan_button.setEnabled(not training and self.dataset is not None)
