"""The job that loads a classifier (importing TensorFlow the first time) off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core.progress import Progress, Stage
from app.core.registry import ARCHITECTURES
from app.ui.workers.base import Job

__all__ = ["ModelSpec", "LoadModelJob"]


@dataclass(frozen=True)
class ModelSpec:
    """What to load: an architecture name with its weights, or a Pictag model file."""

    model: str  # "mobilenet_v2", "inception_v3" or the path of a .keras file
    weights: str | None = "imagenet"  # "imagenet", a local weights file, or None (random)
    backend: str = "auto"  # what runs it: app/core/backend.py

    @property
    def is_file(self) -> bool:
        return self.model not in ARCHITECTURES

    @property
    def title(self) -> str:
        if self.is_file:
            return Path(self.model).name
        arch = ARCHITECTURES[self.model].display_name
        if self.weights == "imagenet":
            return f"{arch} (ImageNet)"
        if not self.weights:
            return QCoreApplication.translate(
                "ModelSpec", "{architecture} (random weights)"
            ).format(architecture=arch)
        return f"{arch} ({Path(self.weights).name})"


class LoadModelJob(Job):
    """Imports TensorFlow (the first time), fetches weights if needed, and warms the model up,
    so the first classification does not pay for tracing. `progress`: `Stage.LOAD` events whose
    text says what happens, and `Stage.DOWNLOAD` ones (bytes) while weights are fetched; a
    failure for want of ImageNet weights is a `WeightsError`. `retire`: the model this one
    replaces, whose LiteRT preparation is ended first (off the GUI thread: it may take a
    moment) so the new load gets both cores."""

    def __init__(self, spec: ModelSpec, retire=None) -> None:
        super().__init__()
        self.spec = spec
        self.retire = retire

    def work(self):
        import numpy as np

        from app.core.model_loader import load_classifier
        from app.core.tf_runtime import import_tensorflow

        title = self.spec.title
        downloading = self.tr("Downloading weights for {model}…").format(model=title)
        if self.retire is not None:
            self.retire.close()
        self.report(Progress(Stage.LOAD, text=self.tr("Starting TensorFlow…")))
        import_tensorflow()
        self.report(Progress(Stage.LOAD, text=self.tr("Loading {model}…").format(model=title)))
        model = load_classifier(
            self.spec.model,
            weights=None if self.spec.is_file else self.spec.weights,
            backend=self.spec.backend,
            progress=lambda e: self.report(replace(e, text=downloading)),
            token=self.token,
        )
        self.report(Progress(Stage.LOAD, text=self.tr("Preparing {model}…").format(model=title)))
        model.predict(np.zeros((1, model.input_size, model.input_size, 3), np.uint8))
        return model
