"""The job that loads a classifier (importing TensorFlow the first time) off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.errors import WeightsError
from app.core.registry import ARCHITECTURES
from app.ui.workers.base import Job, Throttle

__all__ = ["ModelSpec", "LoadStatus", "LoadModelJob"]


@dataclass(frozen=True)
class ModelSpec:
    """What to load: an architecture name with its weights, or a Pictag model file."""

    model: str  # "mobilenet_v2", "inception_v3" or the path of a .keras file
    weights: str | None = "imagenet"  # "imagenet", a local weights file, or None (random)

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
        return f"{arch} ({Path(self.weights).name if self.weights else 'random weights'})"


@dataclass(frozen=True)
class LoadStatus:
    text: str
    bytes_done: int = 0
    bytes_total: int = -1  # -1: no download under way; 0: size unknown


class LoadModelJob(Job):
    """Imports TensorFlow (the first time), fetches weights if needed, and warms the model up,
    so the first classification does not pay for tracing."""

    def __init__(self, spec: ModelSpec) -> None:
        super().__init__()
        self.spec = spec
        self.weights_missing = False  # the failure was about ImageNet weights: offer a file
        self._throttle = Throttle()

    def work(self):
        import numpy as np

        from app.core.model_loader import load_classifier
        from app.core.tf_runtime import import_tensorflow

        self.send("progress", LoadStatus("Starting TensorFlow…"))
        import_tensorflow()
        self.send("progress", LoadStatus(f"Loading {self.spec.title}…"))
        try:
            model = load_classifier(
                self.spec.model,
                weights=None if self.spec.is_file else self.spec.weights,
                download_progress=self._download_progress,
                cancel=self.token,
            )
        except WeightsError:
            self.weights_missing = not self.spec.is_file
            raise
        self.send("progress", LoadStatus(f"Preparing {self.spec.title}…"))
        model.predict(np.zeros((1, model.input_size, model.input_size, 3), np.uint8))
        return model

    def _download_progress(self, done: int, total: int) -> None:
        if self._throttle.ready(force=total > 0 and done >= total):
            self.send(
                "progress", LoadStatus(f"Downloading weights for {self.spec.title}…", done, total)
            )
