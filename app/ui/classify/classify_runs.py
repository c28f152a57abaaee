"""Which classification runs: one at a time, with the model the controller has ready.

A request replaces whatever was asked before (`JobRunner.replace`: the running job is detached,
whatever it still sends reaching nobody, and cancelled); the new one starts when it has ended,
or when a model is ready if none is yet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.ui.common.settings import Keys, Settings
from app.ui.model.model_controller import ModelController
from app.ui.workers.base import JobRunner
from app.ui.workers.classify import ClassifyJob

__all__ = ["ClassifyRuns"]


class ClassifyRuns(QObject):
    """`busy` while a run goes or a request waits to start."""

    waiting_for_model = Signal()
    waiting_for_previous = Signal()  # the replaced run is stopping
    started = Signal(object, object)  # the ClassifyJob (connect to it here), the LoadedModel
    idle = Signal()  # the last run ended and no request waits
    busy_changed = Signal(bool)

    def __init__(
        self, controller: ModelController, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self._paths: list[Path] = []
        self._requested = False  # `_paths` wait for the model or for the old run to end
        self._job: ClassifyJob | None = None  # the run whose signals count
        self._busy = False
        self._runner = JobRunner("classify", self)
        self._runner.busy_changed.connect(self._runner_busy)

    @property
    def busy(self) -> bool:
        return self._runner.busy or self._requested

    def request(self, paths: list[Path]) -> None:
        """Classify `paths` (files and/or folders) instead of anything asked before."""
        self._paths, self._requested = list(paths), True
        self._try_start()

    def resume(self) -> bool:
        """Start the request that waited for a model; False when none waited."""
        if not self._requested:
            return False
        self._try_start()
        return True

    def cancel(self) -> bool:
        """Stop the run (what it classified so far stays) or the wait for one; True when a run
        was going and is stopping now."""
        self._requested = False
        running = self._runner.busy
        if running:
            self._runner.cancel()
        self._update_busy()
        return running

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and join the worker thread; True when it ended in time."""
        self._requested = False
        self._detach()
        ended = self._runner.shutdown(timeout_ms)
        self._update_busy()
        return ended

    def _try_start(self) -> None:
        if not self._requested:
            return
        if self._runner.busy:
            self.waiting_for_previous.emit()
        self._runner.replace(self._new_job)

    def _new_job(self) -> ClassifyJob | None:
        """The run asked for, once no other runs; None while there is no model yet."""
        model = self.controller.model
        if model is None:
            self.waiting_for_model.emit()
            self._update_busy()
            return None
        self._requested = False
        pair_raw = not self.settings.get(Keys.KEEP_RAW_PAIRS)  # a RAW+JPEG pair: one row
        self._job = ClassifyJob(model, self._paths, pair_raw=pair_raw)
        self.started.emit(self._job, model)
        return self._job

    @Slot(bool)
    def _runner_busy(self, busy: bool) -> None:
        # "Not busy" once the last job's `finished` was delivered and no request waits to
        # start (`replace` starts that one at once): waiting for a model, or idle.
        if not busy and not self._requested:
            self.idle.emit()
        self._update_busy()

    def _detach(self) -> None:
        if self._job is not None:
            self._job.detach()
            self._job = None

    def _update_busy(self) -> None:
        if self.busy != self._busy:
            self._busy = self.busy
            self.busy_changed.emit(self._busy)
