"""Jobs that write the Classify tab's results as XMP keywords, and undo such a write."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.core.progress import Stage
from app.core.results import ClassifyResult
from app.tag.keywords import TagOptions
from app.tag.tagger import Tagger
from app.tag.undo import TagUndoSummary, undo_tag
from app.ui.workers.base import Job
from app.ui.workers.filing import FilingJob

__all__ = ["TagJob", "UndoTagJob"]


class TagJob(FilingJob):
    """Writes the results' keywords (see `FilingJob`), the manifest and backups in `folder`."""

    stage = Stage.TAG

    def __init__(
        self, results: Sequence[ClassifyResult], options: TagOptions, folder: Path
    ) -> None:
        super().__init__(results)
        self.options = options
        self.folder = folder

    def handler(self) -> Tagger:
        return Tagger(self.options, self.folder)


class UndoTagJob(Job):
    def __init__(self, manifest: Path) -> None:
        super().__init__()
        self.manifest = manifest

    def work(self) -> TagUndoSummary:
        return undo_tag(self.manifest, progress=self.report, token=self.token)
