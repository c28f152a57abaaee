"""What a person needs to judge a multi-label model: per label, how often it is given rightly
(precision), how many of its photos get it (recall), F1 and average precision (the labels'
ranking, whatever the threshold); their mean (mAP), micro-F1 over every yes/no answer, the
share of photos whose labels are exactly right, and of the "none of these" photos, the share
given a label anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = [
    "LabelScores", "LabelMistake", "MultiLabelEvaluation", "average_precision",
    "binary_cross_entropy", "evaluate_multi_label", "given_labels", "micro_f1",
]  # fmt: skip


@dataclass(frozen=True)
class LabelScores:
    name: str
    precision: float
    recall: float
    f1: float
    average_precision: float
    support: int  # validation photos that carry the label
    given: int  # validation photos the model gives it
    threshold: float


@dataclass(frozen=True)
class LabelMistake:
    path: Path
    true_labels: tuple[str, ...]
    given_labels: tuple[str, ...]
    probabilities: tuple[float, ...] = ()  # the model's, one per class


@dataclass(frozen=True)
class MultiLabelEvaluation:
    accuracy: float  # the exact-match share: photos given exactly their labels
    loss: float  # binary cross-entropy
    classes: tuple[str, ...]
    per_label: tuple[LabelScores, ...]
    mean_average_precision: float  # over the labels some validation photo carries
    micro_f1: float
    none_photos: int  # validation photos with no label
    none_labeled: float | None  # of those, the share given a label (None: no such photo)
    mistakes: tuple[LabelMistake, ...]
    count: int

    multi_label = True

    def as_dict(self) -> dict[str, object]:
        return {
            "multi_label": True,
            "images": self.count,
            "exact_match": self.accuracy,
            "accuracy": self.accuracy,
            "loss": self.loss,
            "classes": list(self.classes),
            "mean_average_precision": self.mean_average_precision,
            "micro_f1": self.micro_f1,
            "none_images": self.none_photos,
            "none_labeled": self.none_labeled,
            "per_label": [vars(s) for s in self.per_label],
            "mislabeled": [
                {
                    "path": str(m.path),
                    "true": list(m.true_labels),
                    "given": list(m.given_labels),
                    "probabilities": list(m.probabilities),
                }  # fmt: skip
                for m in self.mistakes
            ],
        }


def binary_cross_entropy(y: np.ndarray, probabilities: np.ndarray) -> float:
    """The mean over photos and labels of each yes/no output's cross-entropy."""
    if not len(y):
        return 0.0
    p = np.clip(probabilities, 1e-7, 1 - 1e-7)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def given_labels(probabilities: np.ndarray, thresholds: Sequence[float]) -> np.ndarray:
    """(n, labels) booleans: which labels reach their thresholds."""
    return probabilities >= np.asarray(thresholds, dtype=probabilities.dtype)


def micro_f1(y: np.ndarray, given: np.ndarray) -> float:
    """F1 over every (photo, label) yes/no answer together."""
    truth = y > 0.5
    tp = np.sum(truth & given)
    total = truth.sum() + given.sum()
    return float(2 * tp / total) if total else 1.0


def average_precision(truth: np.ndarray, scores: np.ndarray) -> float:
    """The mean of the precision at each positive photo, photos ranked by `scores` (ties
    counted at their worst): the area under the precision-recall curve. 0 with no positive."""
    positives = int(truth.sum())
    if positives == 0:
        return 0.0
    order = np.lexsort((truth, -scores))  # among equal scores, negatives first
    hits = np.cumsum(truth[order])
    precision = hits / np.arange(1, len(scores) + 1)
    return float(np.sum(precision * truth[order]) / positives)


def evaluate_multi_label(
    y: np.ndarray,
    probabilities: np.ndarray,
    thresholds: Sequence[float],
    paths: Sequence[Path],
    classes: Sequence[str],
) -> MultiLabelEvaluation:
    """Scores for `probabilities` (n, labels) against multi-hot targets `y` (n, labels),
    each label given at its threshold."""
    truth = y > 0.5
    given = given_labels(probabilities, thresholds)
    per_label = []
    for j, name in enumerate(classes):
        tp = int(np.sum(truth[:, j] & given[:, j]))
        n_true, n_given = int(truth[:, j].sum()), int(given[:, j].sum())
        precision = tp / n_given if n_given else 0.0
        recall = tp / n_true if n_true else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        ap = average_precision(truth[:, j], probabilities[:, j])
        per_label.append(
            LabelScores(name, precision, recall, f1, ap, n_true, n_given, float(thresholds[j]))
        )
    present = [s.average_precision for s in per_label if s.support]
    none = ~truth.any(axis=1)
    wrong = np.flatnonzero((truth != given).any(axis=1))
    names = np.asarray(classes, dtype=object)
    mistakes = tuple(
        LabelMistake(
            Path(paths[i]),
            tuple(names[truth[i]]),
            tuple(names[given[i]]),
            tuple(round(float(p), 6) for p in probabilities[i]),
        )  # fmt: skip
        for i in wrong
    )
    return MultiLabelEvaluation(
        accuracy=float(np.mean(~(truth != given).any(axis=1))) if len(y) else 0.0,
        loss=binary_cross_entropy(y, probabilities),
        classes=tuple(classes),
        per_label=tuple(per_label),
        mean_average_precision=float(np.mean(present)) if present else 0.0,
        micro_f1=micro_f1(y, given),
        none_photos=int(none.sum()),
        none_labeled=float(np.mean(given[none].any(axis=1))) if none.any() else None,
        mistakes=mistakes,
        count=len(y),
    )
