"""What a user needs to judge a model: accuracy, where it confuses classes, and which files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.formats import LABELS_SEPARATOR
from training.multi_evaluation import (
    MultiLabelEvaluation,
    binary_cross_entropy,
    evaluate_multi_label,
    given_labels,
    micro_f1,
)

__all__ = [
    "Evaluation", "ClassScores", "Mistake", "evaluate", "cross_entropy", "epoch_score", "MICRO_F1",
    "evaluate_run",
    "predicted_classes",
]  # fmt: skip


@dataclass(frozen=True)
class ClassScores:
    name: str
    precision: float
    recall: float
    f1: float
    support: int  # validation images of this class


@dataclass(frozen=True)
class Mistake:
    path: Path
    true_label: str
    predicted_label: str
    confidence: float  # the model's probability for the wrong label


@dataclass(frozen=True)
class Evaluation:
    accuracy: float
    loss: float
    classes: tuple[str, ...]
    confusion: np.ndarray  # [true, predicted] counts
    per_class: tuple[ClassScores, ...]
    mistakes: tuple[Mistake, ...]  # most confident first
    count: int

    multi_label = False

    def as_dict(self) -> dict[str, object]:
        return {
            "images": self.count,
            "accuracy": self.accuracy,
            "loss": self.loss,
            "classes": list(self.classes),
            "confusion_matrix": self.confusion.tolist(),
            "per_class": [vars(c) for c in self.per_class],
            "misclassified": [
                {
                    "path": str(m.path),
                    "true": m.true_label,
                    "predicted": m.predicted_label,
                    "confidence": m.confidence,
                }
                for m in self.mistakes
            ],
        }


def cross_entropy(labels: np.ndarray, probabilities: np.ndarray) -> float:
    """The validation loss both phases stop on: categorical cross-entropy for class indices
    (n,), binary for multi-hot targets (n, labels)."""
    if labels.ndim == 2:
        return binary_cross_entropy(labels, probabilities)
    picked = probabilities[np.arange(len(labels)), labels]
    return float(-np.mean(np.log(np.clip(picked, 1e-7, 1.0)))) if len(labels) else 0.0


MICRO_F1 = "micro-F1"  # the name of a multi-label epoch's score


def epoch_score(labels: np.ndarray, probabilities: np.ndarray) -> float:
    """An epoch's validation score: accuracy for class indices (n,); micro-F1 at 0.5 for
    multi-hot targets (accuracy would count every easy "no" of every label)."""
    if labels.ndim == 2:
        return micro_f1(labels, probabilities >= 0.5)
    return float(np.mean(probabilities.argmax(axis=1) == labels)) if len(labels) else 0.0


def evaluate(
    labels: np.ndarray,
    probabilities: np.ndarray,
    paths: Sequence[Path],
    classes: Sequence[str],
) -> Evaluation:
    """Scores for predicted `probabilities` (n, classes) against true `labels` (n,)."""
    k = len(classes)
    labels = np.asarray(labels, dtype=np.int64)
    predicted = probabilities.argmax(axis=1) if len(labels) else labels
    confusion = np.zeros((k, k), dtype=np.int64)
    np.add.at(confusion, (labels, predicted), 1)
    per_class = []
    for c, name in enumerate(classes):
        tp = confusion[c, c]
        predicted_c, actual_c = confusion[:, c].sum(), confusion[c, :].sum()
        precision = tp / predicted_c if predicted_c else 0.0
        recall = tp / actual_c if actual_c else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class.append(
            ClassScores(name, float(precision), float(recall), float(f1), int(actual_c))
        )
    wrong = np.flatnonzero(predicted != labels)
    confidences = probabilities[wrong, predicted[wrong]] if len(wrong) else np.zeros(0)
    order = wrong[np.argsort(-confidences, kind="stable")]
    mistakes = tuple(
        Mistake(
            Path(paths[i]),
            classes[labels[i]],
            classes[predicted[i]],
            float(probabilities[i, predicted[i]]),
        )
        for i in order
    )
    accuracy = float(np.mean(predicted == labels)) if len(labels) else 0.0
    return Evaluation(
        accuracy=accuracy,
        loss=cross_entropy(labels, probabilities),
        classes=tuple(classes),
        confusion=confusion,
        per_class=tuple(per_class),
        mistakes=mistakes,
        count=len(labels),
    )


def evaluate_run(
    labels: np.ndarray,
    probabilities: np.ndarray,
    paths: Sequence[Path],
    classes: Sequence[str],
    thresholds: Sequence[float] | None,
) -> Evaluation | MultiLabelEvaluation:
    """A run's evaluation: `evaluate`, or with `thresholds` (a multi-label model, `labels`
    its multi-hot targets) `evaluate_multi_label`."""
    if thresholds is None:
        return evaluate(labels, probabilities, paths, classes)
    return evaluate_multi_label(labels, probabilities, thresholds, paths, classes)


def predicted_classes(
    probabilities: np.ndarray,
    rows: np.ndarray,
    validation: int,
    classes: list[str],
    thresholds: Sequence[float] | None = None,
) -> list[str | None]:
    """The top class for each of `validation` samples, `probabilities[k]` being sample
    `rows[k]`'s; None for the samples left out (unreadable). With `thresholds` (multi-label)
    the labels given instead, joined with "|" ("" for none)."""
    predicted: list[str | None] = [None] * validation
    for k, row in enumerate(rows):
        if thresholds is None:
            predicted[int(row)] = classes[int(probabilities[k].argmax())]
        else:
            given = given_labels(probabilities[k : k + 1], thresholds)[0]
            chosen = (c for c, g in zip(classes, given, strict=True) if g)
            predicted[int(row)] = LABELS_SEPARATOR.join(chosen)
    return predicted
