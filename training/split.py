"""A stratified, seeded train/validation split: same folder and seed, same split, every time;
and, for an update, the split that keeps an earlier version's."""

from __future__ import annotations

import hashlib
import os
import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import DatasetError
from app.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the report imports this module, and `pictag --help` imports the report
    from training.dataset import DatasetScan, Sample

__all__ = [
    "RecordedSplit", "keep_split", "relative_name", "stratified_split", "unvalidated_warning",
    "check_can_validate", "NO_VALIDATION",
]  # fmt: skip

# Raised translated: `DatasetError(translate("split", NO_VALIDATION))`.
NO_VALIDATION = QT_TRANSLATE_NOOP(
    "split",
    "No validation images: add images to the classes, give a larger --validation-split, or a "
    "--validation-dir",
)


def stratified_split(
    samples: list[Sample], fraction: float, seed: int, groups: Sequence[int] | None = None
) -> tuple[list[Sample], list[Sample]]:
    """(train, validation) with about `fraction` of every class in validation.

    Each class keeps at least one training image; a class too small to spare one for
    validation gets none (the scan warns about it). Order inside each part follows `samples`.
    `groups[i]` is the near-duplicate group of `samples[i]` (`training.near_duplicates`): a
    group goes wholly to one side, so validation never holds a copy of a training photo; a
    group under several classes (conflicting labels) stays in training. A class without near-
    duplicates is split exactly as without groups.
    """
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"validation fraction must be in [0, 1), got {fraction}")
    strata = _strata(samples)
    by_class: dict[int, list[int]] = defaultdict(list)
    for index, stratum in enumerate(strata):
        by_class[stratum].append(index)
    units = _units(samples, groups)
    held_out: set[int] = set()
    for label in sorted(by_class):
        indices = by_class[label]
        n_val = min(round(len(indices) * fraction), len(indices) - 1)
        # One generator per class: adding images to one class never reshuffles another.
        rng = random.Random(f"{seed}:{label}")
        mine = list({id(units[i]): units[i] for i in indices}.values())
        if all(len(unit) == 1 for unit in mine):
            held_out.update(rng.sample(indices, n_val))
            continue
        pure = [u for u in mine if all(strata[i] == label for i in u)]
        held_out.update(_fill(rng.sample(pure, len(pure)), n_val))
    train = [s for i, s in enumerate(samples) if i not in held_out]
    validation = [s for i, s in enumerate(samples) if i in held_out]
    return train, validation


def _strata(samples: list[Sample]) -> list[int]:
    """What the split keeps in proportion, per sample: its label (single-label), the rarest
    of its labels (multi-label: so that a rare label gets its share of validation photos),
    NONE for the "none of these" examples (a stratum of their own)."""
    counts = Counter(label for s in samples for label in s.labels)
    return [min(s.labels, key=lambda c: (counts[c], c)) if s.others else s.label for s in samples]


def _units(samples: list[Sample], groups: Sequence[int] | None) -> list[list[int]]:
    """For each sample, the list of the samples of its group (itself alone without groups)."""
    if groups is None:
        return [[i] for i in range(len(samples))]
    if len(groups) != len(samples):
        raise ValueError(f"{len(groups)} group numbers for {len(samples)} samples")
    members: dict[int, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        members[group].append(i)
    return [members[group] for group in groups]


def _fill(units: list[list[int]], budget: int) -> list[int]:
    """Whole units, in order, as long as they fit in `budget` images."""
    chosen: list[int] = []
    for unit in units:
        if len(unit) <= budget - len(chosen):
            chosen += unit
        if len(chosen) == budget:
            break
    return chosen


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
    samples: list[Sample],
    root: Path,
    previous: RecordedSplit,
    fraction: float,
    seed: int,
    groups: Sequence[int] | None = None,
) -> tuple[list[Sample], list[Sample]]:
    """(train, validation) that keeps an earlier version's split, for an update.

    `stratified_split` draws each class's validation images anew from its current list, so
    adding images to a class changes which of its old ones are held out: an update would then
    train on images the previous version was validated on, and the two could not be compared.
    Here the earlier validation images still present stay validation images, its training
    images stay training images, and of the images it did not have, each class holds out as
    many as bring it back to `fraction` of its images (keeping one for training), chosen by a
    seeded hash of the file name: the choice does not depend on what else was added.

    With `groups` (as in `stratified_split`) a new photo joins the side of the earlier photos
    of its near-duplicate group, and a group the earlier split had on both sides goes wholly to
    training (its validation photos had a copy in training: they measured nothing).
    """
    units = _units(samples, groups)
    names = [relative_name(s.path, root) for s in samples]
    recorded = previous.validation | previous.train
    side: dict[int, str] = {}  # id of a unit -> "train" or "validation", when one is forced
    for unit in units:
        if id(unit) in side:
            continue
        was = {names[i] in previous.train for i in unit if names[i] in recorded}
        mixed = len({samples[i].labels for i in unit}) > 1
        if True in was or mixed:
            side[id(unit)] = "train"
        elif was:
            side[id(unit)] = "validation"
    by_class: dict[int, list[int]] = defaultdict(list)
    for index, stratum in enumerate(_strata(samples)):
        by_class[stratum].append(index)
    held_out: set[int] = set()
    for items in by_class.values():
        kept = [i for i in items if side.get(id(units[i])) == "validation"]
        new = [i for i in items if id(units[i]) not in side and names[i] not in recorded]
        target = min(round(len(items) * fraction), len(items) - 1)
        fresh = list({id(units[i]): units[i] for i in new}.values())
        fresh.sort(key=lambda unit: min(_rank(seed, names[i]) for i in unit))
        chosen = kept + _fill(fresh, max(0, target - len(kept)))
        held_out.update(chosen[: len(items) - 1])  # a class keeps a training image
    train = [s for i, s in enumerate(samples) if i not in held_out]
    validation = [s for i, s in enumerate(samples) if i in held_out]
    return train, validation


def _rank(seed: int, name: str) -> bytes:
    return hashlib.blake2b(f"{seed}:{name}".encode("utf-8", "surrogatepass")).digest()


def unvalidated_warning(scan: DatasetScan, validation: list[Sample]) -> str | None:
    """The warning for classes that a split left without validation images, if any."""
    empty = [n for n, k in zip(scan.classes, scan.counts(validation), strict=True) if k == 0]
    if not empty:
        return None
    return translate(
        "split",
        "Too few images to hold any out for validation in {classes} (near-duplicates of one "
        "another count once: they stay together); accuracy on those classes will not be "
        "measured.",
    ).format(classes=", ".join(empty))


def check_can_validate(samples: list[Sample], fraction: float, seed: int) -> None:
    """DatasetError when no class has enough images to hold one out. Told before any network
    is built: keeping near-duplicates together only ever moves images into training."""
    if not stratified_split(samples, fraction, seed)[1]:
        raise DatasetError(translate("split", NO_VALIDATION))
