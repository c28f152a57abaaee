"""Which classifier is loaded: one owner for the model, shared by both tabs and the menus."""

from __future__ import annotations

import gc
import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.errors import UsageError
from app.core.progress import Progress, Stage
from app.core.registry import ARCHITECTURES
from app.ui.common.settings import Keys, Settings, weights_key
from app.ui.workers.base import JobRunner
from app.ui.workers.model import LoadModelJob, ModelSpec
from app.ui.workers.relay import Relay

__all__ = ["ModelController", "MAX_RECENT_MODELS"]

log = logging.getLogger(__name__)

MAX_RECENT_MODELS = 6


class ModelController(QObject):
    """Loads models on a worker; a request while one loads replaces it (the newest wins).

    `model` is the ready LoadedModel (None until the first load ends), used by classify jobs on
    their own threads; the GUI thread only reads its name and labels.
    """

    loading = Signal(object)  # Progress: Stage.LOAD with what happens, Stage.DOWNLOAD in bytes
    ready = Signal(object, object)  # LoadedModel, ModelSpec
    backend_changed = Signal(object)  # LoadedModel: it switched to LiteRT, or LiteRT was refused
    failed = Signal(object, object)  # PictagError (a WeightsError: offer a file), ModelSpec
    busy_changed = Signal(bool)
    decision_changed = Signal(object)  # LoadedModel: its detector keeps another share now

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.model = None
        self.spec: ModelSpec | None = None  # of `model`
        self._runner = JobRunner("model", self)
        self._runner.busy_changed.connect(self.busy_changed)
        # The model's Forward tells of a backend switch from its LiteRT thread: relayed.
        self._backend_changed = Relay(self.backend_changed.emit, self)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def spec_for(self, choice: str) -> ModelSpec:
        """The spec for an architecture name (with the user's local weights file, if they chose
        one) or a model file path."""
        backend = self.settings.get(Keys.BACKEND)
        if choice in ARCHITECTURES:
            local = self.settings.get(weights_key(choice))
            weights = local if local and Path(local).is_file() else "imagenet"
            return ModelSpec(choice, weights, backend)
        return ModelSpec(str(Path(choice)), backend=backend)

    def load(self, spec: ModelSpec) -> None:
        """Load `spec`; a load still running is superseded (heard no more) and cancelled."""
        self._runner.replace(lambda: self._load_job(spec))

    def _load_job(self, spec: ModelSpec) -> LoadModelJob:
        job = LoadModelJob(spec, retire=self.model)
        job.progress.connect(self.loading)
        job.result.connect(lambda model: self._loaded(model, spec))
        job.failed.connect(lambda error: self.failed.emit(error, spec))
        job.cancelled.connect(
            lambda _: self.loading.emit(
                Progress(Stage.LOAD, text=self.tr("Model loading cancelled"))
            )
        )
        return job

    def use_weights_file(self, architecture: str, path: Path) -> None:
        """Remember a local ImageNet weights file (offline machines) and load with it."""
        self.settings.set(weights_key(architecture), str(path))
        self.load(self.spec_for(architecture))

    def cancel(self) -> None:
        self._runner.cancel()

    def set_keep_known(self, share: float) -> None:
        """Let the model's "none of these" detector keep `share` of the known photos, from
        now on and for this model file next time; runs already made are re-decided by whoever
        shows them (`decision_changed`). Nothing for a model without a detector."""
        model, spec = self.model, self.spec
        if model is None or spec is None or model.decision.open_set is None:
            return
        model.decision = model.decision.keeping(share)  # the next batch decides with it
        shares = dict(self.settings.get(Keys.KEEP_KNOWN))
        shares[spec.model] = model.decision.open_set.keep
        self.settings.set(Keys.KEEP_KNOWN, shares)
        self.decision_changed.emit(model)

    def _remembered_share(self, model, spec: ModelSpec) -> None:
        """The share the person last chose for this model file, if any (and still valid)."""
        share = self.settings.get(Keys.KEEP_KNOWN).get(spec.model)
        if share is None or model.decision.open_set is None:
            return
        try:
            model.decision = model.decision.keeping(float(share))
        except (TypeError, ValueError, UsageError):
            log.warning("Ignoring a malformed share to keep for %s: %r", spec.model, share)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        ended = self._runner.shutdown(timeout_ms)
        if self.model is not None:
            self.model.close()  # joins LiteRT's preparation: seconds at most
        return ended

    def _loaded(self, model, spec: ModelSpec) -> None:
        self._remembered_share(model, spec)
        self.model, self.spec = model, spec
        self.settings.set(Keys.MODEL, spec.model)
        if spec.is_file:
            recent = [spec.model] + [
                p for p in self.settings.get(Keys.RECENT_MODELS) if p != spec.model
            ]
            self.settings.set(Keys.RECENT_MODELS, recent[:MAX_RECENT_MODELS])
        log.info("Model ready: %s, on %s", model.name, model.forward.describe())
        if model.notice:
            log.warning("%s", model.notice)
        model.forward.subscribe(partial(self._backend_changed, model))
        # TensorFlow leaves ~300k long-lived objects; without this, every full collection walks
        # them all on whichever thread triggers it: a 160 ms freeze of the GUI mid-scroll.
        gc.freeze()
        self.ready.emit(model, spec)
