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
from app.core.i18n import Context, translate

scan_checks = Context("scan_checks")

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
            translate(
                "scan_checks",
                "{root}: every class needs at least {minimum} usable images; too few in "
                "{classes}. Add images or remove those folders.",
            ).format(root=scan.root, minimum=MIN_IMAGES, classes=", ".join(too_small))
        )


def _size_warnings(scan: DatasetScan) -> list[str]:
    counts = scan.counts()
    warnings = [
        scan_checks.tr(
            "Class '{name}' has only %Ln images; {enough} or more are needed to learn it well.",
            "",
            n,
        ).format(name=name, enough=FEW_IMAGES)
        for name, n in zip(scan.classes, counts, strict=True)
        if n < FEW_IMAGES
    ]
    largest, smallest = max(counts), min(counts)
    if largest > MAX_IMBALANCE * smallest:
        big = scan.classes[counts.index(largest)]
        small = scan.classes[counts.index(smallest)]
        warnings.append(
            translate(
                "scan_checks",
                "Classes are imbalanced: '{big}' has {largest} images, '{small}' only {smallest} "
                "({ratio}:1). The model will favour the larger classes; add images to the small "
                "ones if you can.",
            ).format(
                big=big,
                largest=largest,
                small=small,
                smallest=smallest,
                ratio=f"{largest / smallest:.0f}",
            )
        )
    if scan.validation_root is not None:
        empty = [
            name
            for name, n in zip(scan.classes, scan.counts(scan.validation_samples), strict=True)
            if n == 0
        ]
        if empty:
            warnings.append(
                translate(
                    "scan_checks",
                    "The validation folder has no images for {classes}; accuracy on those "
                    "classes will not be measured.",
                ).format(classes=", ".join(empty))
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
    none = translate("scan_checks", "none of these")
    examples = "; ".join(
        " = ".join(f"{p.path} ({scan.label_names(p) or none})" for p in group[:3])
        for group in conflicts[:3]
    )
    if (hidden := len(conflicts) - 3) > 0:
        examples = scan_checks.tr("{examples} and %Ln more", "", hidden).format(examples=examples)
    count = len(conflicts)
    return [
        scan_checks.tr(
            "%Ln images appear in more than one class with different labels: {examples}. Keep "
            "each image in one class folder only.",
            "",
            count,
        ).format(examples=examples)
    ]


def _digest(path: Path) -> str | None:
    try:
        return sha256_of(path)
    except OSError:
        return None
