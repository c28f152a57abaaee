"""Jobs that sort the Classify tab's results into label folders, and undo a sort."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from app.core.errors import PictagError
from app.core.results import ClassifyResult
from app.sort.pipeline import sort_results
from app.sort.sorter import Sorter, SortStopped, SortSummary
from app.sort.undo import UndoSummary, undo_sort
from app.ui.workers.base import Job

__all__ = ["SortJob", "UndoSortJob"]


class SortJob(Job):
    """Files the results already shown (no classifying again); `progress`: `Stage.SORT` events.

    `labels` decide the folder names (`Sorter`): the model's, so they match `pictag sort`'s.

    `stop()` ends it between two files: the result is then the summary of what was done
    (`stopped` set), recorded in the manifest, so the partial sort can be undone like a whole
    one. A failure partway is a `SortStopped` carrying that summary; a failure before the
    manifest exists (DEST is a file...) is a plain error saying what to change.
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
        super().__init__(progress_hz=10)
        self.results = list(results)
        self.dest = dest
        self.labels = tuple(labels)
        self.move = move
        self.min_confidence = min_confidence

    def work(self) -> SortSummary:
        sorter = Sorter(self.dest, self.labels, move=self.move, min_confidence=self.min_confidence)
        try:
            sort_results(
                sorter, self.results, len(self.results), progress=self.report, token=self.token
            )
        except PictagError as exc:
            raise SortStopped(str(exc), sorter.summary) from exc
        except Exception as exc:  # a bug, partway: what was done can still be undone
            raise SortStopped(str(self.unexpected(exc)), sorter.summary) from exc
        finally:
            sorter.close()
        return sorter.summary


class UndoSortJob(Job):
    def __init__(self, manifest: Path) -> None:
        super().__init__()
        self.manifest = manifest

    def work(self) -> UndoSummary:
        return undo_sort(self.manifest)
