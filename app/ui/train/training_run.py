"""The Train tab's training job: one run at a time on a worker thread, stopped (the best
weights kept) or cancelled (nothing kept) from the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from app.core.errors import Cancelled, PictagError
from app.ui.common.locale_text import percent
from app.ui.workers.base import JobRunner
from app.ui.workers.train import TrainingJob
from training.options import TrainingOptions
from training.report import discard_trained_model

__all__ = ["TrainingRun", "describe"]


def describe(o: TrainingOptions) -> str:
    """The parameters of a run in one line, for the log."""
    validation = (
        QCoreApplication.translate("TrainingRun", "validation folder {folder}").format(
            folder=o.validation_dir
        )
        if o.validation_dir
        else QCoreApplication.translate("TrainingRun", "{share} held out").format(
            share=percent(o.validation_split)
        )
    )
    return QCoreApplication.translate(
        "TrainingRun",
        "{base}, weights {weights}, size {size}, {epochs}+{fine_tune_epochs} epochs, batch "
        "{batch}, learning rate {rate}, {validation}",
    ).format(
        base=o.base,
        weights=o.weights or QCoreApplication.translate("TrainingRun", "random"),
        size=o.image_size or QCoreApplication.translate("TrainingRun", "automatic"),
        epochs=o.epochs,
        fine_tune_epochs=o.fine_tune_epochs,
        batch=o.batch_size,
        rate=f"{o.learning_rate:g}",
        validation=validation,
    )


class TrainingRun(QObject):
    """A run that ends without a result (failed, cancelled, or the window closing) leaves none
    of its files behind, even when the engine had already saved them."""

    started = Signal(object)  # the TrainingJob, before it runs: connect its progress here
    trained = Signal(object)  # training.trainer.TrainingResult
    failed = Signal(str)  # the message for the user
    cancelled = Signal(str)  # what a cancel means ("nothing was saved", or the engine's note)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.options: TrainingOptions | None = None
        self.stopping = self.cancelling = False
        self._runner = JobRunner("training", self)
        self._runner.busy_changed.connect(self.busy_changed)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    @property
    def job(self) -> TrainingJob | None:
        """The training job while one runs."""
        job = self._runner.job
        return job if isinstance(job, TrainingJob) and self._runner.busy else None

    def start(self, options: TrainingOptions) -> None:
        self.options = options
        self.stopping = self.cancelling = False
        job = TrainingJob(options)
        job.result.connect(self.trained)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.started.emit(job)
        self._runner.start(job)

    def stop(self) -> bool:
        """End training now, evaluating and saving the best weights; False if nothing to stop."""
        job = self.job
        if job is None or self.stopping:
            return False
        self.stopping = True
        job.stop()
        return True

    @property
    def saving(self) -> bool:
        """The run is writing its model: too late to cancel it."""
        return self.job is not None and self.job.token.committed

    def cancel(self) -> bool:
        """End training now and keep nothing; False if nothing to cancel."""
        job = self.job
        if job is None or self.cancelling:
            return False
        self.cancelling = True
        job.cancel()
        return True

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and wait for the thread; False if it did not end in time."""
        self.cancelling = True
        discarded = self.job
        ended = self._runner.shutdown(timeout_ms)
        if discarded is not None and ended:
            discarded.detach()  # its last signals may still be queued: no error box once closing
            self._discard_output()
        return ended

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        self._discard_output()  # e.g. the model saved but not its report: half a run
        self.failed.emit(str(error))

    @Slot(object)
    def _cancelled(self, cancelled: Cancelled) -> None:
        self._discard_output()
        note = str(cancelled)  # e.g. a stop before training began: nothing to keep
        self.cancelled.emit(
            f"{note[:1].upper()}{note[1:]}" if note else self.tr("Cancelled — nothing was saved")
        )

    def _discard_output(self) -> None:
        """A cancel (or failure) that lands after the engine saved still means "nothing was
        saved": the run's working files go."""
        if self.options is not None:
            discard_trained_model(self.options)
