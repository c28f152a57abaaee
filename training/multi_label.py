"""Multi-label training sets: whether a run trains one yes/no output per label, the targets it
trains them on, and the threshold per label that turns probabilities into the labels given.

A set is multi-label by itself when any photo carries two labels or is a "none of these"
example (a photo in the `_none` folder, a keyword photo with no class under `--untagged none`,
a CSV row without labels): only a yes/no output per label can learn "none of them" (all
targets 0). A person overrides the choice either way; a single-label run then leaves those
photos out, and says how many.
"""

from __future__ import annotations

import numpy as np

from app.core.errors import DatasetError
from app.core.i18n import Context, translate
from app.core.progress import Note
from training.dataset import NONE, DatasetScan, Sample

multi_label = Context("multi_label")

__all__ = [
    "DEFAULT_THRESHOLD", "choose_multi_label", "best_thresholds", "targets", "training_labels",
]  # fmt: skip

DEFAULT_THRESHOLD = 0.5  # a label no validation photo carries keeps the sigmoid's midpoint


def choose_multi_label(scan: DatasetScan, asked: bool | None) -> tuple[bool, Note]:
    """Whether the run on `scan` is multi-label (`asked`: the person's choice, None: by the
    set), and the note that says so. A single-label run drops the samples it cannot learn
    from `scan` (its note, a warning, says how many); DatasetError when a class is left
    without photos."""
    samples = scan.samples + scan.validation_samples
    several = sum(bool(s.others) for s in samples)
    none = sum(s.label == NONE for s in samples)
    found = _found(several, none)
    if asked is None:
        asked = bool(several or none)
        if not asked:
            return False, Note.info(
                translate("multi_label", "Single-label: every photo has one label")
            )
        return True, Note.info(
            translate(
                "multi_label", "Multi-label: {found}, so each label gets its own yes/no output"
            ).format(found=found)
        )
    if asked:
        found = found or translate("multi_label", "every photo has one label")
        return True, Note.info(
            translate("multi_label", "Multi-label, as asked ({found})").format(found=found)
        )
    if not (several or none):
        return False, Note.info(translate("multi_label", "Single-label, as asked"))
    scan.samples = [s for s in scan.samples if _single(s)]
    scan.validation_samples = [s for s in scan.validation_samples if _single(s)]
    empty = [c for c, n in zip(scan.classes, scan.counts(), strict=True) if n == 0]
    if empty:
        raise DatasetError(
            translate(
                "multi_label",
                "{root}: with one label per photo, {classes} has no photos left; train the set "
                "multi-label (leave out --single-label)",
            ).format(root=scan.root, classes=", ".join(empty))
        )
    warning = translate(
        "multi_label",
        "Single-label, as asked: {found} are left out (multi-label would use them).",
    ).format(found=found)
    scan.warnings.append(warning)
    return False, Note.warning(warning)


def _single(sample: Sample) -> bool:
    return sample.label != NONE and not sample.others


def _found(several: int, none: int) -> str:
    """What makes a set multi-label, as a person reads it ("" when nothing does)."""
    have_several = multi_label.tr("%Ln photos have several labels", "", several)
    are_none = multi_label.tr('%Ln photos are "none of these" examples', "", none)
    if several and none:
        return translate("multi_label", "{several} and {none}").format(
            several=have_several, none=are_none
        )
    return have_several if several else are_none if none else ""


def targets(samples: list[Sample], classes: int) -> np.ndarray:
    """(n, classes) multi-hot float32 targets: 1 for each label a photo carries."""
    y = np.zeros((len(samples), classes), np.float32)
    for row, sample in enumerate(samples):
        y[row, list(sample.labels)] = 1.0
    return y


def training_labels(samples: list[Sample], classes: int, multi_label: bool) -> np.ndarray:
    """What a run trains on: class indices (n,) int64, or (`multi_label`) `targets`."""
    if multi_label:
        return targets(samples, classes)
    return np.array([s.label for s in samples], dtype=np.int64)


def best_thresholds(y: np.ndarray, probabilities: np.ndarray) -> tuple[float, ...]:
    """Per label, the threshold with the best F1 on the validation photos (`y` their targets,
    `probabilities` the model's): the midpoint between the probability it is set at and the
    next lower one, so that it does not sit on a photo. A label without a positive validation
    photo keeps DEFAULT_THRESHOLD."""
    return tuple(_best(y[:, j], probabilities[:, j]) for j in range(y.shape[1]))


def _best(truth: np.ndarray, p: np.ndarray) -> float:
    positives = int(truth.sum())
    if positives == 0:
        return DEFAULT_THRESHOLD
    order = np.argsort(-p, kind="stable")
    hits = np.cumsum(truth[order])  # true positives when the top k+1 are given the label
    given = np.arange(1, len(p) + 1)
    f1 = 2 * hits / (given + positives)
    # Ties: a threshold can only fall between distinct probabilities.
    distinct = np.append(p[order][1:] < p[order][:-1], True)
    f1 = np.where(distinct, f1, -1.0)
    k = int(np.argmax(f1))
    below = p[order][k + 1] if k + 1 < len(p) else 0.0
    return float(np.clip((p[order][k] + below) / 2, 1e-6, 1.0))
