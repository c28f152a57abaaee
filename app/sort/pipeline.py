"""The sort as one job: file a stream of results with a `Sorter`, with progress and a token,
and the classify-then-sort pass in which the classifier runs ahead on its own thread (the loop
itself is `app.core.result_stream`'s, shared with `pictag tag`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.progress import ProgressCallback, Stage, Token
from app.core.result_stream import classify_and_handle

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel
    from app.sort.sorter import Outcome, Sorter

__all__ = ["classify_and_sort"]


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
