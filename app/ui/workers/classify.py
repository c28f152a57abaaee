"""The job that classifies files with a loaded classifier, streaming results in chunks."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core.results import ClassifyResult
from app.ui.workers.base import Job, Throttle

__all__ = ["ClassifyJob", "ClassifyProgress", "ClassifySummary", "DETAIL_TOP"]

log = logging.getLogger(__name__)

# Rows get the top 3; the detail view shows more.
DETAIL_TOP = 5


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
        from app.core.classifier import classify_discovered
        from app.core.discovery import discover

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
