"""Jobs that write the Classify tab's results as XMP keywords, and undo such a write."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.core.errors import PictagError
from app.core.progress import Stage
from app.core.result_stream import handle_results
from app.core.results import ClassifyResult
from app.tag.keywords import TagOptions
from app.tag.tagger import Tagger, TagSummary
from app.tag.undo import TagUndoSummary, undo_tag
from app.ui.workers.base import Job

__all__ = ["TagJob", "TagStopped", "UndoTagJob"]


class TagStopped(PictagError):
    """A write of keywords that failed partway (a manifest that cannot be written...): the
    summary says what was done until then, recorded in its manifest, so it can be undone."""

    def __init__(self, message: str, summary: TagSummary) -> None:
        super().__init__(message)
        self.summary = summary


class TagJob(Job):
    """Writes the results already shown (no classifying again); `progress`: `Stage.TAG`.

    `stop()` ends it between two photos: the result is the summary of what was done
    (`stopped` set), recorded in the manifest in `folder`, so it can be undone like a whole
    run. A failure before the manifest exists is a plain error saying what to change.
    """

    def __init__(
        self, results: Sequence[ClassifyResult], options: TagOptions, folder: Path
    ) -> None:
        super().__init__(progress_hz=10)
        self.results = list(results)
        self.options = options
        self.folder = folder

    def work(self) -> TagSummary:
        tagger = Tagger(self.options, self.folder)
        try:
            handle_results(
                tagger, self.results, len(self.results), stage=Stage.TAG,
                progress=self.report, token=self.token,
            )  # fmt: skip
        except PictagError as exc:
            raise TagStopped(str(exc), tagger.summary) from exc
        except Exception as exc:  # a bug, partway: what was done can still be undone
            raise TagStopped(str(self.unexpected(exc)), tagger.summary) from exc
        finally:
            tagger.close()
        return tagger.summary


class UndoTagJob(Job):
    def __init__(self, manifest: Path) -> None:
        super().__init__()
        self.manifest = manifest

    def work(self) -> TagUndoSummary:
        return undo_tag(self.manifest, progress=self.report, token=self.token)
