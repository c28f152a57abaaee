"""Jobs that sort the Classify tab's results into label folders, and undo a sort."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from app.core.results import ClassifyResult
from app.sort.sorter import Sorter, SortSummary
from app.sort.undo import UndoSummary, undo_sort
from app.ui.workers.base import Job, Throttle

__all__ = ["SortJob", "UndoSortJob"]


class SortJob(Job):
    """Files the results already shown (no classifying again); progress is (done, total).

    `labels` decide the folder names (`Sorter`): the model's, so they match `pictag sort`'s.

    Cancel stops between two files; `summary` then holds what was done, and the manifest
    records it, so the partial sort can be undone like a whole one. The same holds when the job
    fails partway; when it fails before the manifest exists (DEST is a file...), `summary`
    stays None and the failure's message says what to change.
    """

    def __init__(
        self,
        results: Sequence[ClassifyResult],
        dest: Path,
        labels: Iterable[str],
        *,
        move: bool,
        min_confidence: float,
    ) -> None:
        super().__init__()
        self.results = list(results)
        self.dest = dest
        self.labels = tuple(labels)
        self.move = move
        self.min_confidence = min_confidence
        self.summary: SortSummary | None = None

    def work(self) -> SortSummary:
        sorter = Sorter(self.dest, self.labels, move=self.move, min_confidence=self.min_confidence)
        self.summary = sorter.summary
        throttle = Throttle(10)
        total = len(self.results)
        try:
            for done, result in enumerate(self.results, 1):
                if self.token.cancelled:
                    break
                sorter.add(result)
                if throttle.ready(force=done == total):
                    self.send("progress", (done, total))
        finally:
            sorter.close()
        return self.summary


class UndoSortJob(Job):
    def __init__(self, manifest: Path) -> None:
        super().__init__()
        self.manifest = manifest

    def work(self) -> UndoSummary:
        return undo_sort(self.manifest)
