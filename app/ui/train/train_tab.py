"""The Train tab: a dataset folder in, a trained and evaluated model out.

Its parts: the left column (`TrainControls`: dataset folder, parameters, run buttons), the
dataset scan (`DatasetScanner`), the training job (`TrainingRun`), and on the right
(`TrainPages`) the scan report, the training progress, the results (`EvaluationView`, with the
model's file handled by `TrainedModel`) and the Check page; the tab keeps them in step.
Training always writes to a working file in the app's data folder, so a model is never lost
when the user forgets to save it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QSplitter, QWidget

from app.core.errors import UsageError
from app.ui.check.dataset_check import DatasetCheck
from app.ui.common.drop_area import DropTarget
from app.ui.common.locale_text import number, percent
from app.ui.common.messages import show_error
from app.ui.common.settings import Keys, Settings
from app.ui.common.thumbnail_cache import ThumbnailCache
from app.ui.model.export_dialog import ExportDialog
from app.ui.train.curves import format_duration
from app.ui.train.dataset_scanner import DatasetScanner
from app.ui.train.train_controls import TrainControls
from app.ui.train.train_pages import TrainPages
from app.ui.train.trained_model import TrainedModel
from app.ui.train.training_run import TrainingRun, describe
from app.ui.workers.train import TrainingJob
from training.check.run import CheckOptions
from training.dataset import DatasetScan
from training.options import TrainingOptions
from training.trainer import TrainingResult
from training.working_files import working_model_path

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
        self._busy = False
        self._shown = False
        self.setAcceptDrops(True)
        self._build(thumbnails)
        self.scanner = DatasetScanner(self)
        self.scanner.started.connect(self._scan_started)
        self.scanner.progress.connect(self.report.show_scan_progress)
        self.scanner.scanned.connect(self._scanned)
        self.scanner.failed.connect(self._scan_failed)
        self.scanner.cancelled.connect(self.report.clear)  # back to the drop target
        self.run = TrainingRun(self)
        self.run.started.connect(self._run_started)
        self.run.trained.connect(self._trained)
        self.run.failed.connect(self._training_failed)
        self.run.cancelled.connect(self._training_cancelled)
        self.checker = DatasetCheck(self.check_page, self)
        self.checker.status_message.connect(self.status_message)
        self.checker.folder_changed.connect(self._start_scan)
        self.checker.train_requested.connect(self.start)
        self.checker.updated.connect(self._model_updated)
        self.check_page.check_requested.connect(self.check_dataset)
        self.report.check_requested.connect(self.check_dataset)
        self.results.check_requested.connect(self.check_trained)
        for changed in (
            self.scanner.busy_changed, self.run.busy_changed, self.checker.busy_changed
        ):  # fmt: skip
            changed.connect(self._runner_changed)
        self.trained = TrainedModel(self.results, settings, self)
        self.trained.use_requested.connect(self.use_model_requested)
        self.trained.status_message.connect(self.status_message)
        self.trained.logged.connect(self.progress.log)
        self._update_controls()

    # -- public API ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.scanner.busy or self.run.busy or self.checker.busy

    @property
    def scan(self) -> DatasetScan | None:
        return self.scanner.scan

    @property
    def scan_error(self) -> str:
        return self.scanner.error

    @property
    def result(self) -> TrainingResult | None:
        return self.trained.result

    @property
    def model_path(self) -> Path | None:
        """The model "Use" loads: the saved copy, else the working file."""
        return self.trained.path

    @property
    def saved(self) -> bool:
        return self.trained.saved

    @property
    def job(self) -> TrainingJob | None:
        """The training job while one runs (tests and the main window can watch its signals)."""
        return self.run.job

    def set_dataset(self, path: Path) -> None:
        if self.run.busy:
            self.status_message.emit(
                self.tr("Training is running: wait for it to end, or cancel it.")
            )
            return
        self.dataset = Path(path)
        self.settings.set(Keys.DATASET_FOLDER, str(self.dataset))
        self.path_edit.show_path(self.dataset)
        self._start_scan()

    def start(self) -> None:
        if self.scan is None or self.dataset is None or self.busy:
            return
        options = self._options(self.dataset)
        self.progress.reset()
        self.results.clear()
        self.right.offer_results(False)
        self.right.setCurrentWidget(self.progress)
        self.progress.log(
            self.tr("Training on {folder} ({parameters})").format(
                folder=self.dataset, parameters=describe(options)
            )
        )
        self.run.start(options)
        self.status_message.emit(self.tr("Training started"))

    def stop_keep_best(self) -> None:
        if self.run.stop():
            self.progress.log(
                self.tr("Stopping: the best weights so far will be evaluated and saved…")
            )
            self._update_controls()

    def cancel(self) -> None:
        if self.run.saving:
            self.progress.log(self.tr("Too late to cancel: the model is being saved."))
        elif self.run.cancel():
            self.progress.log(self.tr("Cancelling…"))
            self._update_controls()
        elif self.scanner.busy:
            self.scanner.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel everything and wait for the threads; False if one did not end in time."""
        scans = self.scanner.shutdown(timeout_ms)
        training = self.run.shutdown(timeout_ms)
        checks = self.checker.shutdown(timeout_ms)
        return scans and training and checks

    def check_dataset(self) -> None:
        """Check labels: the dataset folder, with the base the form would train with."""
        if self.dataset is not None and self.scan is not None:
            self._check(self.form.options(self.dataset, working_model_path(self.dataset)))

    def check_trained(self) -> None:
        """The Results page's offer: the folder the last run trained on, with its base."""
        if self.run.options is not None:
            self._check(self.run.options)

    def _check(self, options: TrainingOptions) -> None:
        if self.busy:
            self.status_message.emit(self.tr("Wait for the running job to end, or cancel it."))
            return
        self.right.setCurrentWidget(self.check_page)
        try:
            self.checker.start(CheckOptions.for_training(options))
        except UsageError as exc:
            self.check_page.message.setText(str(exc))

    def export_model(self) -> ExportDialog | None:
        return self.trained.export()

    def use_model(self) -> None:
        self.trained.use()

    def sizeHint(self) -> QSize:
        return QSize(1200, 720)  # the contents alone would ask for more than a laptop screen

    # -- building --------------------------------------------------------------------------

    def _build(self, thumbnails: ThumbnailCache) -> None:
        self.controls = TrainControls(self.settings)
        c = self.controls
        self.path_edit, self.form = c.path_edit, c.form
        self.choose_button, self.rescan_button = c.choose_button, c.rescan_button
        self.start_button, self.stop_button = c.start_button, c.stop_button
        self.cancel_button = c.cancel_button
        self.choose_button.clicked.connect(self._choose_dataset)
        self.rescan_button.clicked.connect(self._start_scan)
        self.label_source = c.label_source
        self.label_source.changed.connect(self._validation_changed)
        self.form.validation_changed.connect(self._validation_changed)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop_keep_best)
        self.cancel_button.clicked.connect(self.cancel)

        self.right = TrainPages(thumbnails)
        self.report, self.progress = self.right.report, self.right.progress
        self.results, self.check_page = self.right.results, self.right.check_page
        self.report.dropped.connect(self.paths_dropped)
        self.save_button, self.use_button = self.results.save_button, self.results.use_button
        self.export_button = self.results.export_button

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.controls)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    # -- the dataset -----------------------------------------------------------------------

    @Slot()
    def _start_scan(self) -> None:
        if self.dataset is not None and not self.run.busy:
            self.scanner.request(self._options(self.dataset))

    def _options(self, dataset: Path) -> TrainingOptions:
        """The form's parameters, with the classes from where the label source says."""
        return self.label_source.apply(self.form.options(dataset, working_model_path(dataset)))

    @Slot(Path)
    def _scan_started(self, folder: Path) -> None:
        self.report.show_scanning(folder)
        self.right.setCurrentWidget(self.report)

    @Slot(object)
    def _scanned(self, scan: DatasetScan) -> None:
        self.report.show_scan(scan)
        self.status_message.emit(
            self.tr("Dataset: %Ln classes, {images} images", "", len(scan.classes)).format(
                images=number(len(scan.samples))
            )
        )

    @Slot(str)
    def _scan_failed(self, message: str) -> None:
        self.report.show_error(message)
        self.progress.log(self.tr("Dataset error: {message}").format(message=message))
        self.status_message.emit(
            self.tr("The dataset folder cannot be trained on; see the Dataset tab")
        )

    def _validation_changed(self) -> None:
        if self.dataset is not None:
            self._start_scan()

    def _choose_dataset(self) -> None:
        start = str(self.dataset or self.settings.get(Keys.DATASET_FOLDER) or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the dataset folder"), start)
        if chosen:
            self.set_dataset(Path(chosen))

    def paths_dropped(self, paths: list[Path]) -> None:
        folders = [p for p in paths if p.is_dir()]
        if folders:
            self.set_dataset(folders[0])
        else:
            self.status_message.emit(self.tr("Drop a folder that has one sub-folder per class"))

    def accepts_drop(self, paths: list[Path]) -> bool:
        return not self.run.busy and any(p.is_dir() for p in paths)

    def showEvent(self, event: QShowEvent) -> None:
        """Scan the last dataset when the tab is first shown, not at every app start."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            saved = self.settings.get(Keys.DATASET_FOLDER)
            if self.dataset is None and saved and Path(saved).is_dir():
                self.set_dataset(Path(saved))

    # -- training --------------------------------------------------------------------------

    @Slot(object)
    def _run_started(self, job: TrainingJob) -> None:
        job.progress.connect(self.right.show_event)

    @Slot(object)
    def _trained(self, result: TrainingResult) -> None:
        options = self.run.options
        self.trained.show(result, options.data_dir if options else Path("model"))
        accuracy = percent(result.evaluation.accuracy, 1)
        done = self.tr("Done in {duration}").format(duration=format_duration(result.seconds))
        self.progress.finished(done, done=True)
        self.progress.log(
            self.tr("Finished: validation accuracy {accuracy}. Model kept at {path}").format(
                accuracy=accuracy, path=result.model_path
            )
        )
        self.right.offer_results(True)
        self.right.setCurrentWidget(self.results)
        self.status_message.emit(
            self.tr("Training done: accuracy {accuracy}").format(accuracy=accuracy)
        )
        self.checker.model = self.trained.path
        self.training_finished.emit(result)

    @Slot(object)
    def _model_updated(self, update: object) -> None:
        """Update model (from the Check page) made a new version: its evaluation is shown."""
        result = update.training  # type: ignore[attr-defined]
        self.trained.show(result, self.dataset or Path("model"))
        self.right.offer_results(True)
        self.progress.log(
            self.tr("Updated the model: validation accuracy {accuracy}").format(
                accuracy=percent(result.evaluation.accuracy, 1)
            )
        )

    @Slot(str)
    def _training_failed(self, message: str) -> None:
        failed = self.tr("Training failed")
        self.progress.finished(failed, done=False)
        self.progress.log(self.tr("Error: {message}").format(message=message))
        show_error(self, failed, message)
        self.status_message.emit(failed)
        self.training_finished.emit(None)

    @Slot(str)
    def _training_cancelled(self, text: str) -> None:
        self.progress.finished(text, done=False)
        self.progress.log(text)
        self.status_message.emit(text)
        self.training_finished.emit(None)

    # -- state -----------------------------------------------------------------------------

    @Slot(bool)
    def _runner_changed(self, _busy: bool) -> None:
        self._update_controls()
        if self.busy != self._busy:
            self._busy = self.busy
            self.busy_changed.emit(self._busy)

    def _update_controls(self) -> None:
        self.controls.show_state(
            dataset=self.dataset is not None,
            scanned=self.scan is not None,
            scan_failed=bool(self.scan_error),
            scanning=self.scanner.busy or self.checker.busy,
            training=self.run.busy,
            stopping=self.run.stopping,
            cancelling=self.run.cancelling,
        )
        self.check_page.check_button.setEnabled(self.scan is not None and not self.busy)
        self.report.check_button.setEnabled(not self.busy)
        self.results.check_button.setEnabled(not self.busy)
