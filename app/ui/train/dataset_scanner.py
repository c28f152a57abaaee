"""Scanning the Train tab's dataset folder on a worker thread, the newest request winning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.core.errors import PictagError
from app.ui.workers.base import JobRunner
from app.ui.workers.train import ScanJob
from training.dataset import DatasetScan
from training.options import TrainingOptions

__all__ = ["DatasetScanner"]


class DatasetScanner(QObject):
    """One scan at a time: the folder asked for last (`JobRunner.replace`)."""

    started = Signal(Path)  # scanning this folder
    progress = Signal(object)  # the running scan's Progress events
    scanned = Signal(object)  # DatasetScan
    failed = Signal(str)  # why the folder cannot be trained on
    cancelled = Signal()  # ended with nothing to show
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scan: DatasetScan | None = None
        self.error = ""
        self._runner = JobRunner("scan", self)
        self._runner.busy_changed.connect(self.busy_changed)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def request(self, options: TrainingOptions) -> None:
        """Scan the training set `options` name: its folder (and validation folder, when there
        is one), its classes from sub-folders, the keywords under a parent or a labels CSV."""
        self._runner.replace(lambda: self._scan_job(options))

    def _scan_job(self, options: TrainingOptions) -> ScanJob:
        self.scan, self.error = None, ""
        self.started.emit(options.data_dir)
        job = ScanJob(options)
        job.progress.connect(self.progress)
        job.result.connect(self._scanned)
        job.failed.connect(self._failed)
        job.cancelled.connect(self.cancelled)
        return job

    def cancel(self) -> None:
        """Cancel the scan, and the request waiting for a superseded one to end (whose
        `cancelled` no longer reaches us): either way, nothing to show."""
        waiting = self._runner.waiting
        self._runner.cancel()
        if waiting:
            self.cancelled.emit()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        return self._runner.shutdown(timeout_ms)

    @Slot(object)
    def _scanned(self, scan: DatasetScan) -> None:
        self.scan = scan
        self.scanned.emit(scan)

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        self.error = str(error)
        self.failed.emit(self.error)
