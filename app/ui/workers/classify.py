"""The job that classifies files with a loaded classifier, streaming results in chunks."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.batching import DEFAULT_BATCH_SIZE
from app.core.progress import Progress
from app.core.results import ClassifyResult
from app.ui.workers.base import Job, Throttle

__all__ = ["ClassifyJob", "ClassifySummary", "DETAIL_TOP"]

log = logging.getLogger(__name__)

# Rows get the top 3; the detail view shows more.
DETAIL_TOP = 5


@dataclass
class ClassifySummary:
    classified: int = 0
    failed: int = 0
    left_out: Counter = field(default_factory=Counter)  # files in formats Pictag does not read
    seconds: float = 0.0


class ClassifyJob(Job):
    """Streams results in input order, in chunks about ten times a second (a signal per image
    would flood the GUI); `progress` carries `Stage.CLASSIFY` events; result: a summary."""

    def __init__(
        self, model, paths: Sequence[str | Path], *, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> None:
        super().__init__(progress_hz=10)
        self.model = model
        self.paths = [Path(p) for p in paths]
        self.batch_size = batch_size

    def work(self) -> ClassifySummary:
        from app.core.classifier import classify_discovered
        from app.core.discovery import discover

        started = time.monotonic()
        found = discover(self.paths)
        summary = ClassifySummary(left_out=Counter(found.skipped))
        throttle = Throttle(10)
        chunk: list[ClassifyResult] = []

        unreadable = len(found.problems)  # folders that could not be read: rows too

        def progress(event: Progress) -> None:
            # Rows first, then the count that includes them.
            if chunk and (event.finished or throttle.ready()):
                self.send("yielded", list(chunk))
                chunk.clear()
            self.report(
                replace(event, done=event.done + unreadable, total=event.total + unreadable)
            )

        results = classify_discovered(
            self.model, found, top=DETAIL_TOP, batch_size=self.batch_size,
            progress=progress, token=self.token,
        )  # fmt: skip
        for result in results:
            chunk.append(result)
            if result.ok:
                summary.classified += 1
            else:
                summary.failed += 1
        if chunk:
            self.send("yielded", list(chunk))
        summary.seconds = time.monotonic() - started
        return summary
