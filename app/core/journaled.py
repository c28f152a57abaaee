"""The one shape of a job that changes many files: sorting photos into folders, writing
keywords, adding photos to a training set.

A handler plans and does one item at a time, writing each step to its manifest
(`app.core.journal`) before the step happens, so a crash loses nothing and undo can take all
of it back. `handle_each` hands it the items in order with progress and a token; a cancel, a
stop, or a handler that cannot go on (a full disk: it sets `summary.stopped` itself) ends the
job between two items. The caller closes the handler, whose summary is the result, also after
an error: what was done is in the manifest either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from app.core.progress import Progress, ProgressCallback, Stage, Token

__all__ = ["Handler", "handle_each"]


class _Summary(Protocol):
    stopped: bool


class Handler(Protocol):
    """What does a journaled job's items: `add` one (returning its outcome); `summary.stopped`
    is set when the job ended before the last item."""

    summary: _Summary

    def add(self, item: Any) -> object: ...


def handle_each(
    handler: Handler,
    items: Iterable[Any],
    total: int,
    *,
    stage: Stage,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    each: Callable[[object], None] | None = None,
) -> None:
    """Hand every item to `handler` in order (`each` sees each outcome) until the items end,
    the token is cancelled or stopped, or the handler has stopped itself."""
    if progress:
        progress(Progress(stage, 0, total))
    for done, item in enumerate(items, 1):
        if token is not None and token.ended:
            handler.summary.stopped = True
        if handler.summary.stopped:
            return
        outcome = handler.add(item)
        if each is not None:
            each(outcome)
        if progress:
            progress(Progress(stage, done, total))
