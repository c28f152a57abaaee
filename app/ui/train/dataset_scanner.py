"""Scanning the Train tab's dataset folder on a worker thread, the newest request winning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.core.errors import PictagError
from app.ui.workers.base import JobRunner
from app.ui.workers.train import ScanJob
from training.dataset import DatasetScan

__all__ = ["DatasetScanner"]


class DatasetScanner(QObject):
    """One scan at a time. A request while one runs detaches it (whatever it still sends is
    stale) and cancels it; the folder asked for last is scanned once it has ended."""

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
        self._next: tuple[Path, Path | None, str | None] | None = None
        self._runner = JobRunner("scan", self)
        self._runner.busy_changed.connect(self.busy_changed)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def request(self, folder: Path, validation: Path | None, keywords: str | None = None) -> None:
        """Scan `folder` (and the validation folder, when there is one); with `keywords`, the
        classes are the keywords under that parent in the photos' XMP, not sub-folders."""
        if self._runner.busy:
            self._next = (folder, validation, keywords)
            self._runner.job.detach()
            self._runner.cancel()
            return
        self.scan, self.error = None, ""
        self.started.emit(folder)
        job = ScanJob(folder, validation, keywords)
        job.progress.connect(self.progress)
        job.result.connect(self._scanned)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        self._runner.start(job)

    def cancel(self) -> None:
        self._runner.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        self._next = None
        return self._runner.shutdown(timeout_ms)

    @Slot(object)
    def _scanned(self, scan: DatasetScan) -> None:
        self.scan = scan
        self.scanned.emit(scan)

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        self.error = str(error)
        self.failed.emit(self.error)

    @Slot()
    def _finished(self) -> None:
        if self._next is not None:
            (folder, validation, keywords), self._next = self._next, None
            self.request(folder, validation, keywords)  # JobRunner.start joins the old thread
        elif self.scan is None and not self.error:
            self.cancelled.emit()
