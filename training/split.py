"""A stratified, seeded train/validation split: same folder and seed, same split, every time."""

from __future__ import annotations

import random
from collections import defaultdict

from training.dataset import Sample

__all__ = ["stratified_split"]


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
