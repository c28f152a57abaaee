"""A stratified, seeded train/validation split: same folder and seed, same split, every time;
and, for an update, the split that keeps an earlier version's."""

from __future__ import annotations

import hashlib
import os
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the report imports this module, and `pictag --help` imports the report
    from training.dataset import Sample

__all__ = ["RecordedSplit", "keep_split", "relative_name", "stratified_split"]


def stratified_split(
    samples: list[Sample], fraction: float, seed: int
) -> tuple[list[Sample], list[Sample]]:
    """(train, validation) with about `fraction` of every class in validation.

    Each class keeps at least one training image; a class too small to spare one for
    validation gets none (the scan warns about it). Order inside each part follows `samples`.
    """
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"validation fraction must be in [0, 1), got {fraction}")
    by_class: dict[int, list[int]] = defaultdict(list)
    for index, sample in enumerate(samples):
        by_class[sample.label].append(index)
    held_out: set[int] = set()
    for label in sorted(by_class):
        indices = by_class[label]
        n_val = min(round(len(indices) * fraction), len(indices) - 1)
        # One generator per class: adding images to one class never reshuffles another.
        rng = random.Random(f"{seed}:{label}")
        held_out.update(rng.sample(indices, n_val))
    train = [s for i, s in enumerate(samples) if i not in held_out]
    validation = [s for i, s in enumerate(samples) if i in held_out]
    return train, validation


@dataclass(frozen=True)
class RecordedSplit:
    """A trained version's split, by file name relative to its folder, so that a folder that
    moved (or an update with `--data-dir`) still finds it."""

    train: frozenset[str]
    validation: frozenset[str]


def relative_name(path: Path, root: Path) -> str:
    """A sample's name in a recorded split: its path under `root`, with forward slashes."""
    return Path(os.path.relpath(path, root)).as_posix()


def keep_split(
    samples: list[Sample], root: Path, previous: RecordedSplit, fraction: float, seed: int
) -> tuple[list[Sample], list[Sample]]:
    """(train, validation) that keeps an earlier version's split, for an update.

    `stratified_split` draws each class's validation images anew from its current list, so
    adding images to a class changes which of its old ones are held out: an update would then
    train on images the previous version was validated on, and the two could not be compared.
    Here the earlier validation images still present stay validation images, its training
    images stay training images, and of the images it did not have, each class holds out as
    many as bring it back to `fraction` of its images (keeping one for training), chosen by a
    seeded hash of the file name: the choice does not depend on what else was added.
    """
    by_class: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for index, sample in enumerate(samples):
        by_class[sample.label].append((index, relative_name(sample.path, root)))
    held_out: set[int] = set()
    for items in by_class.values():
        kept = [i for i, name in items if name in previous.validation]
        new = [(i, name) for i, name in items if name not in previous.validation | previous.train]
        target = min(round(len(items) * fraction), len(items) - 1)
        new.sort(key=lambda item: _rank(seed, item[1]))
        chosen = kept + [i for i, _ in new[: max(0, target - len(kept))]]
        held_out.update(chosen[: len(items) - 1])  # a class keeps a training image
    train = [s for i, s in enumerate(samples) if i not in held_out]
    validation = [s for i, s in enumerate(samples) if i in held_out]
    return train, validation


def _rank(seed: int, name: str) -> bytes:
    return hashlib.blake2b(f"{seed}:{name}".encode("utf-8", "surrogatepass")).digest()
