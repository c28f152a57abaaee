"""Decoding images on a thread pool a bounded window ahead of whoever consumes them.

Pillow releases the GIL while decoding, so while TensorFlow runs one batch the next is being
decoded, and memory stays flat however many files there are: only the window's small,
already-resized images are ever held. Classification and feature extraction both use it.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from app.core.errors import ImageLoadError
from app.core.image_io import load_image
from app.core.progress import Token

__all__ = ["decoded_batches", "Decoded"]

log = logging.getLogger(__name__)

Decoded = np.ndarray | str
"""A (size, size, 3) uint8 image, or the one-line reason it could not be read."""


def decoded_batches(
    files: Sequence[Path],
    size: int,
    *,
    batch_size: int,
    token: Token | None = None,
    workers: int | None = None,
) -> Iterator[list[tuple[int, Decoded]]]:
    """Batches of (index into `files`, decoded image or reason), in order.

    A batch holds up to `batch_size` images plus any failures met on the way, which keep their
    place. Raises `Cancelled` soon after `token` is cancelled or stopped.
    """
    # One decoder more than cores: each holds the GIL for part of a photo (and the consumer for
    # its batches), so an extra one keeps the cores busy meanwhile (docs/speed.md).
    workers = workers or (os.cpu_count() or 2) + 1
    # Two batches ahead keeps the decoders busy for the whole of a forward pass.
    window = 2 * batch_size + workers
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pictag-decode")
    pending: deque[tuple[int, Future]] = deque()
    upcoming = iter(enumerate(files))

    def refill() -> None:
        while len(pending) < window:
            item = next(upcoming, None)
            if item is None:
                return
            index, path = item
            pending.append((index, pool.submit(_decode, path, size)))

    try:
        refill()
        while pending:
            batch: list[tuple[int, Decoded]] = []
            n_images = 0
            while pending and n_images < batch_size:
                if token is not None:
                    token.check()
                index, future = pending.popleft()
                outcome = future.result()
                batch.append((index, outcome))
                n_images += isinstance(outcome, np.ndarray)
                refill()
            yield batch
            if token is not None:
                token.check()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _decode(path: Path, size: int) -> Decoded:
    try:
        return load_image(path, (size, size))
    except ImageLoadError as exc:
        log.info("Skipping %s: %s", path, exc.reason)
        return exc.reason
