"""Classify a folder and sort it in one pass: the classifier runs ahead on its own thread."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from app.core.classifier import classify_discovered
from app.core.read_ahead import ReadAhead

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel
    from app.core.progress import CancelToken
    from app.core.results import ClassifyResult
    from app.sort.sorter import Outcome, Sorter

__all__ = ["classify_and_sort"]

_AHEAD_BATCHES = 4  # classified batches that may wait for their files to be written


def classify_and_sort(
    sorter: Sorter,
    model: LoadedModel,
    found: Discovery,
    *,
    batch_size: int,
    each: Callable[[Outcome], None] = lambda outcome: None,
) -> None:
    """Classify `found` and file every image with `sorter`, in order; `each` sees each outcome.

    The file operations (synced to disk one by one, journal first) would leave the model idle
    if they ran between batches, so classification runs on its own thread, up to
    `_AHEAD_BATCHES` batches ahead, while this thread files the results in order: the journal
    is written exactly as without the thread. Ctrl-C lands here, between or during file
    operations as before; the classifier is then stopped and joined before it propagates, and
    an exception of the classifier is raised here when its place in the order is reached.
    """

    def classify(cancel: CancelToken) -> Iterator[ClassifyResult]:
        return classify_discovered(model, found, top=1, batch_size=batch_size, cancel=cancel)

    with ReadAhead(classify, _AHEAD_BATCHES * batch_size, name="classify") as results:
        for result in results:
            each(sorter.add(result))
