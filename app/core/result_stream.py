"""The classify-then-handle pass: the classifier runs ahead on its own thread while each
result is handed, in order, to a journaled job's handler (`app.core.journaled`). `pictag sort`
and `pictag tag` are both this pass around their own handler."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from app.core.classifier import classify_discovered
from app.core.journaled import Handler, handle_each
from app.core.progress import ProgressCallback, Stage, Token
from app.core.read_ahead import ReadAhead

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel
    from app.core.results import ClassifyResult

__all__ = ["classify_and_handle"]

_AHEAD_BATCHES = 4  # classified batches that may wait for their files to be written


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
    `token` ends it between two results, as in `handle_each`, and stops the classifier.

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
        handle_each(handler, results, total, stage=stage, progress=progress, token=token, each=each)
