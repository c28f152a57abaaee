"""The sort as one job: file a stream of results with a `Sorter`, with progress and a token,
and the classify-then-sort pass in which the classifier runs ahead on its own thread (the loop
itself is `app.core.result_stream`'s, shared with `pictag tag`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from app.core.journaled import handle_each
from app.core.progress import ProgressCallback, Stage, Token
from app.core.result_stream import classify_and_handle

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel
    from app.core.results import ClassifyResult
    from app.sort.sorter import Outcome, Sorter

__all__ = ["classify_and_sort", "sort_results"]


def sort_results(
    sorter: Sorter,
    results: Iterable[ClassifyResult],
    total: int,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    each: Callable[[Outcome], None] | None = None,
) -> None:
    """File every result in order (`each` sees each outcome), as `handle_each` does."""
    handle_each(sorter, results, total, stage=Stage.SORT, progress=progress, token=token, each=each)


def classify_and_sort(
    sorter: Sorter,
    model: LoadedModel,
    found: Discovery,
    *,
    batch_size: int,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    each: Callable[[Outcome], None] | None = None,
) -> None:
    """Classify `found` and file every image with `sorter`, in order (`classify_and_handle`)."""
    classify_and_handle(
        sorter, model, found, batch_size=batch_size, stage=Stage.SORT, progress=progress,
        token=token, each=each,
    )  # fmt: skip
