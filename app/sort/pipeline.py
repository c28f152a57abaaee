"""The sort as one job: file a stream of results with a `Sorter`, with progress and a token,
and the classify-then-sort pass in which the classifier runs ahead on its own thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from app.core.classifier import classify_discovered
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.core.read_ahead import ReadAhead

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel
    from app.core.results import ClassifyResult
    from app.sort.sorter import Outcome, Sorter

__all__ = ["classify_and_sort", "sort_results"]

_AHEAD_BATCHES = 4  # classified batches that may wait for their files to be written


def sort_results(
    sorter: Sorter,
    results: Iterable[ClassifyResult],
    total: int,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    each: Callable[[Outcome], None] | None = None,
) -> None:
    """File every result in order (`each` sees each outcome). A cancel or a stop ends it
    between two files; what was done is in the manifest and can be undone like a whole sort.
    The caller closes `sorter` (its summary is the result, also after an error)."""
    if progress:
        progress(Progress(Stage.SORT, 0, total))
    for done, result in enumerate(results, 1):
        if token is not None and token.ended:
            sorter.summary.stopped = True
            return
        outcome = sorter.add(result)
        if each is not None:
            each(outcome)
        if progress:
            progress(Progress(Stage.SORT, done, total))


def classify_and_sort(
    sorter: Sorter,
    model: LoadedModel,
    found: Discovery,
    *,
    batch_size: int,
    progress: ProgressCallback | None = None,
    each: Callable[[Outcome], None] | None = None,
) -> None:
    """Classify `found` and file every image with `sorter`, in order.

    The file operations (synced to disk one by one, journal first) would leave the model idle
    if they ran between batches, so classification runs on its own thread, up to
    `_AHEAD_BATCHES` batches ahead, while this thread files the results in order: the journal
    is written exactly as without the thread. Ctrl-C lands here, between or during file
    operations as before; the classifier is then stopped and joined before it propagates, and
    an exception of the classifier is raised here when its place in the order is reached.
    """

    def classify(token: Token) -> Iterator[ClassifyResult]:
        return classify_discovered(model, found, top=1, batch_size=batch_size, token=token)

    total = len(found.files) + len(found.problems)
    with ReadAhead(classify, _AHEAD_BATCHES * batch_size, name="classify") as results:
        sort_results(sorter, results, total, progress=progress, each=each)
