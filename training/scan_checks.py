"""The hard errors and warnings every training set's scan gets, however its classes were found
(folders: `training.dataset`, keywords: `training.keywords`, a CSV: `training.labels_csv`): a
class too small to learn, classes too small or too unequal to learn well, and the same photo
under two different labels.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import DatasetError
from app.core.files import sha256_of

if TYPE_CHECKING:  # training.dataset checks its scans with this module
    from training.dataset import DatasetScan, Sample

__all__ = ["check_scan", "MIN_IMAGES", "FEW_IMAGES", "MAX_IMBALANCE"]

MIN_IMAGES = 2  # below this a class cannot be learned at all: a hard error
FEW_IMAGES = 10  # below this, warn: the class will be learned poorly
MAX_IMBALANCE = 5.0  # largest/smallest class ratio above which the user is warned


def check_scan(scan: DatasetScan) -> None:
    """The hard errors (a class too small to learn) and the warnings every scan gets, however
    its classes were found (folders, or keywords: `training.keywords`)."""
    _check_class_sizes(scan)
    scan.warnings += _size_warnings(scan)
    scan.warnings += _duplicate_warnings(scan)


def _check_class_sizes(scan: DatasetScan) -> None:
    too_small = [
        f"{name} ({n})"
        for name, n in zip(scan.classes, scan.counts(), strict=True)
        if n < MIN_IMAGES
    ]
    if too_small:
        raise DatasetError(
            f"{scan.root}: every class needs at least {MIN_IMAGES} usable images; too few in "
            f"{', '.join(too_small)}. Add images or remove those folders."
        )


def _size_warnings(scan: DatasetScan) -> list[str]:
    counts = scan.counts()
    warnings = [
        f"Class '{name}' has only {n} images; {FEW_IMAGES} or more are needed to learn it well."
        for name, n in zip(scan.classes, counts, strict=True)
        if n < FEW_IMAGES
    ]
    largest, smallest = max(counts), min(counts)
    if largest > MAX_IMBALANCE * smallest:
        big = scan.classes[counts.index(largest)]
        small = scan.classes[counts.index(smallest)]
        warnings.append(
            f"Classes are imbalanced: '{big}' has {largest} images, '{small}' only {smallest} "
            f"({largest / smallest:.0f}:1). The model will favour the larger classes; add "
            "images to the small ones if you can."
        )
    if scan.validation_root is not None:
        empty = [
            name
            for name, n in zip(scan.classes, scan.counts(scan.validation_samples), strict=True)
            if n == 0
        ]
        if empty:
            warnings.append(
                f"The validation folder has no images for {', '.join(empty)}; accuracy on "
                "those classes will not be measured."
            )
    return warnings


def _duplicate_warnings(scan: DatasetScan) -> list[str]:
    """Byte-identical files under two classes: conflicting labels the user must resolve.

    Only files whose sizes collide are hashed, so a folder of unique photos costs one stat each.
    """
    samples = scan.samples + scan.validation_samples
    by_size: dict[int, list[Sample]] = defaultdict(list)
    for s in samples:
        try:
            by_size[s.path.stat().st_size].append(s)
        except OSError:
            continue
    suspects = [s for group in by_size.values() if len(group) > 1 for s in group]
    by_digest: dict[str, list[Sample]] = defaultdict(list)
    for s in suspects:
        digest = _digest(s.path)
        if digest is not None:
            by_digest[digest].append(s)
    conflicts = [g for g in by_digest.values() if len({s.labels for s in g}) > 1]
    if not conflicts:
        return []
    examples = "; ".join(
        " = ".join(f"{p.path} ({scan.label_names(p) or 'none of these'})" for p in group[:3])
        for group in conflicts[:3]
    )
    more = f" and {len(conflicts) - 3} more" if len(conflicts) > 3 else ""
    return [
        f"{len(conflicts)} images appear in more than one class with different labels: "
        f"{examples}{more}. Keep each image in one class folder only."
    ]


def _digest(path: Path) -> str | None:
    try:
        return sha256_of(path)
    except OSError:
        return None
