"""Jobs that sort the Classify tab's results into label folders, and undo a sort."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from app.core.progress import Stage
from app.core.results import ClassifyResult
from app.sort.sorter import Sorter
from app.sort.undo import UndoSummary, undo_sort
from app.ui.workers.base import Job
from app.ui.workers.filing import FilingJob

__all__ = ["SortJob", "UndoSortJob"]


class SortJob(FilingJob):
    """Files the results into DEST/<label>/ (see `FilingJob`). `labels` decide the folder
    names (`Sorter`): the model's, so they match `pictag sort`'s."""

    stage = Stage.SORT

    def __init__(
        self,
        results: Sequence[ClassifyResult],
        dest: Path,
        labels: Iterable[str],
        *,
        move: bool,
        min_confidence: float,
    ) -> None:
        super().__init__(results)
        self.dest = dest
        self.labels = tuple(labels)
        self.move = move
        self.min_confidence = min_confidence

    def handler(self) -> Sorter:
        return Sorter(self.dest, self.labels, move=self.move, min_confidence=self.min_confidence)


class UndoSortJob(Job):
    def __init__(self, manifest: Path) -> None:
        super().__init__()
        self.manifest = manifest

    def work(self) -> UndoSummary:
        return undo_sort(self.manifest, progress=self.report, token=self.token)
