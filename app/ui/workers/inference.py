"""Jobs that load a classifier and classify files with it."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import WeightsError
from app.registry import ARCHITECTURES
from app.results import ClassifyResult
from app.ui.workers.base import Job, Throttle

__all__ = ["ModelSpec", "LoadModelJob", "ClassifyJob", "ClassifyProgress", "ClassifySummary"]

log = logging.getLogger(__name__)

# Rows get the top 3; the detail view shows more.
DETAIL_TOP = 5


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

        from app.model_loader import load_classifier
        from app.tf_runtime import import_tensorflow

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


@dataclass(frozen=True)
class ClassifyProgress:
    done: int
    total: int
    images_per_second: float


@dataclass
class ClassifySummary:
    classified: int = 0
    failed: int = 0
    left_out: Counter = field(default_factory=Counter)  # files in formats Pictag does not read
    seconds: float = 0.0


class ClassifyJob(Job):
    """Streams results in input order, in chunks (a signal per image would flood the GUI)."""

    def __init__(self, model, paths: Sequence[str | Path], *, batch_size: int = 32) -> None:
        super().__init__()
        self.model = model
        self.paths = [Path(p) for p in paths]
        self.batch_size = batch_size

    def work(self) -> ClassifySummary:
        from app.classifier import classify_discovered
        from app.discovery import discover

        started = time.monotonic()
        found = discover(self.paths)
        summary = ClassifySummary(left_out=Counter(found.skipped))
        total = len(found.files) + len(found.problems)
        throttle = Throttle(10)
        chunk: list[ClassifyResult] = []
        self.send("progress", ClassifyProgress(0, total, 0.0))
        results = classify_discovered(
            self.model, found, top=DETAIL_TOP, batch_size=self.batch_size, cancel=self.token
        )
        for result in results:
            chunk.append(result)
            if result.ok:
                summary.classified += 1
            else:
                summary.failed += 1
            if throttle.ready():
                self._flush(chunk, summary, total, started)
                chunk = []
        self._flush(chunk, summary, total, started)
        summary.seconds = time.monotonic() - started
        return summary

    def _flush(
        self, chunk: list[ClassifyResult], summary: ClassifySummary, total: int, started: float
    ) -> None:
        if chunk:
            self.send("yielded", chunk)
        done = summary.classified + summary.failed
        elapsed = max(time.monotonic() - started, 1e-6)
        self.send("progress", ClassifyProgress(done, total, summary.classified / elapsed))
