"""The shape the app's journaled jobs share (Sort into Folders…, Write Keywords…, adding photos
to a training set): hand the items already chosen (the results shown: no classifying again) to
a journaled handler, one by one, with progress and a token."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Protocol

from app.core.errors import PictagError, Stopped
from app.core.journaled import Handler, handle_each
from app.core.progress import Stage
from app.ui.workers.base import Job

__all__ = ["FilingJob"]


class _Closing(Handler, Protocol):
    def close(self) -> Any: ...


class FilingJob(Job):
    """`progress`: `stage` events. `stop()` ends it between two items: the result is then the
    summary of what was done (`stopped` set), recorded in the handler's journal, so it can be
    undone like a whole run. A failure partway is a `Stopped` carrying that summary; a failure
    before the journal exists (DEST is a file...) is a plain error saying what to change."""

    stage: ClassVar[Stage]

    def __init__(self, items: Sequence[Any]) -> None:
        super().__init__(progress_hz=10)
        self.items = list(items)

    def handler(self) -> _Closing:
        """The handler, which creates its journal (on the job's thread: it touches the disk)."""
        raise NotImplementedError

    def work(self) -> Any:
        handler = self.handler()
        try:
            handle_each(
                handler, self.items, len(self.items), stage=self.stage,
                progress=self.report, token=self.token,
            )  # fmt: skip
        except PictagError as exc:
            raise Stopped(str(exc), handler.summary) from exc
        except Exception as exc:  # a bug, partway: what was done can still be undone
            raise Stopped(str(self.unexpected(exc)), handler.summary) from exc
        finally:
            handler.close()
        return handler.summary
