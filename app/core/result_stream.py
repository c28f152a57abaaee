"""Doing something with each classification result in order (filing it, tagging it), with
progress and a token, and the classify-then-handle pass in which the classifier runs ahead on
its own thread. `pictag sort` and `pictag tag` are both this loop around their own handler."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

from app.core.classifier import classify_discovered
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.core.read_ahead import ReadAhead

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel
    from app.core.results import ClassifyResult

__all__ = ["Handler", "classify_and_handle", "handle_results"]

_AHEAD_BATCHES = 4  # classified batches that may wait for their files to be written


class _Summary(Protocol):
    stopped: bool


class Handler(Protocol):
    """What handles results: `add` one (returning its outcome); `summary.stopped` is set when
    a cancel or stop ended the run between two results."""

    summary: _Summary

    def add(self, result: ClassifyResult) -> object: ...


def handle_results(
    handler: Handler,
    results: Iterable[ClassifyResult],
    total: int,
    *,
    stage: Stage,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    each: Callable[[object], None] | None = None,
) -> None:
    """Hand every result to `handler` in order (`each` sees each outcome). A cancel or a stop
    ends it between two results; what was done is in the handler's manifest and can be undone
    like a whole run. The caller closes `handler` (its summary is the result, also after an
    error)."""
    if progress:
        progress(Progress(stage, 0, total))
    for done, result in enumerate(results, 1):
        if token is not None and token.ended:
            handler.summary.stopped = True
            return
        outcome = handler.add(result)
        if each is not None:
            each(outcome)
        if progress:
            progress(Progress(stage, done, total))


def classify_and_handle(
    handler: Handler,
    model: LoadedModel,
    found: Discovery,
    *,
    batch_size: int,
    stage: Stage,
    top: int = 1,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    each: Callable[[object], None] | None = None,
) -> None:
    """Classify `found` and hand every result to `handler`, in order; a cancel or a stop of
    `token` ends it between two results, as in `handle_results`, and stops the classifier.

    The handler's file operations (synced to disk one by one, journal first) would leave the
    model idle if they ran between batches, so classification runs on its own thread, up to
    `_AHEAD_BATCHES` batches ahead, while this thread handles the results in order: the journal
    is written exactly as without the thread. Ctrl-C lands here, between or during file
    operations as before; the classifier is then stopped and joined before it propagates, and
    an exception of the classifier is raised here when its place in the order is reached.
    """

    def classify(token: Token) -> Iterator[ClassifyResult]:
        return classify_discovered(model, found, top=top, batch_size=batch_size, token=token)

    total = len(found.files) + len(found.problems)
    with ReadAhead(classify, _AHEAD_BATCHES * batch_size, name="classify") as results:
        handle_results(
            handler, results, total, stage=stage, progress=progress, token=token, each=each
        )
