"""Classifying many files fast: batched inference fed by `decode_ahead`'s parallel decoding."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import numpy as np

from app.core.batching import DEFAULT_BATCH_SIZE
from app.core.decode_ahead import decoded_batches
from app.core.discovery import Discovery, discover
from app.core.model_loader import LoadedModel
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.core.results import ClassifyResult, Prediction, file_stamp

__all__ = ["classify", "classify_discovered", "classify_files", "decided", "top_k"]

log = logging.getLogger(__name__)


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
    """Folders that could not be read come first, as error results; then every image found.
    A JPEG with RAW twins (`found.companions`) carries them in its result; when the JPEG itself
    cannot be read, its twins are classified on their own, right after it."""
    for path, reason in found.problems:
        yield ClassifyResult(path, error=reason)
    for result in classify_files(model, found.files, **options):
        twins = found.companions.get(result.path)
        if not twins:
            yield result
        elif result.ok:
            yield replace(result, companions=twins)
        else:
            yield result
            yield from classify_files(model, list(twins), **{**options, "progress": None})


def classify_files(
    model: LoadedModel,
    files: Sequence[Path],
    *,
    top: int = 3,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    decode_workers: int | None = None,
) -> Iterator[ClassifyResult]:
    """One result per file, in the order given (progress: `Stage.CLASSIFY` events counting
    files); raises `Cancelled` soon after `token` is cancelled or stopped."""
    total = len(files)
    done = 0
    if progress:
        progress(Progress(Stage.CLASSIFY, 0, total))
    batches = decoded_batches(
        files, model.input_size, batch_size=batch_size, token=token, workers=decode_workers
    )
    # closing(): when predict raises, the decoder pool stops now, not when the traceback (which
    # holds this frame) is freed.
    with closing(batches):
        for batch in batches:
            images = [o for _, o in batch if isinstance(o, np.ndarray)]
            answers = iter(_answers(model, np.stack(images)) if images else ())
            for index, outcome in batch:
                if isinstance(outcome, str):
                    yield ClassifyResult(files[index], error=outcome)
                else:
                    probabilities, novelty = next(answers)
                    yield decided(model, files[index], probabilities, novelty, top)
            done += len(batch)
            if progress:
                progress(Progress(Stage.CLASSIFY, done, total))


def _answers(model: LoadedModel, images: np.ndarray) -> Iterator[tuple[np.ndarray, float | None]]:
    probabilities, novelties = model.run(images)
    for i, row in enumerate(probabilities):
        yield row, None if novelties is None else float(novelties[i])


def decided(
    model: LoadedModel, path: Path, probabilities: np.ndarray, novelty: float | None, top: int
) -> ClassifyResult:
    """One photo's result: its top labels and the labels the model's decision gives it."""
    matched = model.decision.matched(probabilities, model.labels)
    return ClassifyResult(
        path, top_k(probabilities, model.labels, top), stamp=file_stamp(path),
        labels=model.decision.give(matched, novelty), matched=matched, novelty=novelty,
    )  # fmt: skip


def top_k(probabilities: np.ndarray, labels: Sequence[str], k: int) -> tuple[Prediction, ...]:
    """The k most probable labels, best first (ties keep the model's class order)."""
    k = min(k, len(labels))
    best = np.argsort(-probabilities, kind="stable")[:k]
    return tuple(Prediction(labels[i], float(probabilities[i])) for i in best)
