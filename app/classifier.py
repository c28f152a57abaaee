"""Classifying many files fast: parallel decoding overlapped with batched inference.

A pool of decoder threads (Pillow releases the GIL) works a bounded window ahead of the model, so
while TensorFlow runs one batch the next is being decoded, and memory stays flat however large
the folder: only the window's small, already-resized images are ever held.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from app.discovery import Discovery, discover
from app.errors import Cancelled
from app.image_io import ImageLoadError, load_image
from app.model_loader import LoadedModel
from app.progress import CancelToken, ProgressCallback
from app.results import ClassifyResult, Prediction

__all__ = ["classify", "classify_discovered", "classify_files", "top_k"]

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32


def classify(
    model: LoadedModel,
    paths: Iterable[str | Path],
    **options,
) -> Iterator[ClassifyResult]:
    """Discover images under `paths` (files and folders) and stream their results in order."""
    yield from classify_discovered(model, discover(paths), **options)


def classify_discovered(
    model: LoadedModel, found: Discovery, **options
) -> Iterator[ClassifyResult]:
    """Folders that could not be read come first, as error results; then every image found."""
    for path, reason in found.problems:
        yield ClassifyResult(path, error=reason)
    yield from classify_files(model, found.files, **options)


def classify_files(
    model: LoadedModel,
    files: Sequence[Path],
    *,
    top: int = 3,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    decode_workers: int | None = None,
) -> Iterator[ClassifyResult]:
    """One result per file, in the order given; raises `Cancelled` soon after `cancel` is set."""
    total = len(files)
    size = (model.input_size, model.input_size)
    workers = decode_workers or os.cpu_count() or 2
    # Two batches ahead keeps the decoders busy for the whole of a forward pass.
    window = 2 * batch_size + workers
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pictag-decode")
    pending: deque[tuple[Path, Future]] = deque()
    upcoming = iter(files)
    done = 0

    def refill() -> None:
        while len(pending) < window:
            path = next(upcoming, None)
            if path is None:
                return
            pending.append((path, pool.submit(_decode, path, size)))

    try:
        if progress:
            progress(0, total)
        refill()
        while pending:
            # Take up to one batch of decoded images, keeping errors in their place.
            slots: list[tuple[Path, np.ndarray | str]] = []
            n_images = 0
            while pending and n_images < batch_size:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                path, future = pending.popleft()
                outcome = future.result()
                slots.append((path, outcome))
                n_images += isinstance(outcome, np.ndarray)
                refill()
            images = [o for _, o in slots if isinstance(o, np.ndarray)]
            probabilities = iter(model.predict(np.stack(images)) if images else ())
            for path, outcome in slots:
                if isinstance(outcome, str):
                    yield ClassifyResult(path, error=outcome)
                else:
                    yield ClassifyResult(path, top_k(next(probabilities), model.labels, top))
            done += len(slots)
            if progress:
                progress(done, total)
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def top_k(probabilities: np.ndarray, labels: Sequence[str], k: int) -> tuple[Prediction, ...]:
    """The k most probable labels, best first (ties keep the model's class order)."""
    k = min(k, len(labels))
    best = np.argsort(-probabilities, kind="stable")[:k]
    return tuple(Prediction(labels[i], float(probabilities[i])) for i in best)


def _decode(path: Path, size: tuple[int, int]) -> np.ndarray | str:
    try:
        return load_image(path, size)
    except ImageLoadError as exc:
        log.info("Skipping %s: %s", path, exc.reason)
        return exc.reason
