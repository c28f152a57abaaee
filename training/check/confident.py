"""Which labels are likely wrong: confident learning (Northcutt, Jiang and Chuang, "Confident
Learning: Estimating Uncertainty in Dataset Labels", JAIR 2021), as cleanlab's
`find_label_issues(filter_by="prune_by_noise_rate")` does it, in numpy.

cleanlab itself would add scikit-learn, SciPy and pandas (about 290 MB installed, ~1,000
modules and 4 s to import) for these few lines; docs/check.md has the figures.

1. Each class's threshold is the mean probability the out-of-sample heads give its own photos.
2. The confident joint counts, for each folder label, the photos whose probability reaches the
   threshold of a class (the likeliest such class when several do): an estimate of how many
   photos of each folder really show each class.
3. Calibrated to the folder's counts, its off-diagonal cells say how many photos of class i
   show class j: those of them with the largest margin p(j) - p(i) are the likely errors
   (keeping at least one photo per class; a photo whose likeliest class is its label is not).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["LabelIssue", "label_issues"]


@dataclass(frozen=True)
class LabelIssue:
    index: int
    suggested: int  # the likeliest other class
    score: float  # 1 - p(folder label): higher is likelier wrong


def _confident_joint(probabilities: np.ndarray, labels: np.ndarray) -> np.ndarray:
    n, k = probabilities.shape
    thresholds = np.array(
        [probabilities[labels == j, j].mean() if (labels == j).any() else 1.0 for j in range(k)]
    )
    above = probabilities >= thresholds - 1e-6
    joint = np.zeros((k, k), np.float64)
    counted = above.any(axis=1)
    true = np.where(above, probabilities, -1.0).argmax(axis=1)
    np.add.at(joint, (labels[counted], true[counted]), 1)
    counts = np.bincount(labels, minlength=k).astype(np.float64)
    rows = joint.sum(axis=1, keepdims=True)
    joint = np.divide(joint, rows, out=np.zeros_like(joint), where=rows > 0) * counts[:, None]
    return np.round(joint).astype(np.int64)


def label_issues(probabilities: np.ndarray, labels: np.ndarray) -> list[LabelIssue]:
    """The likely label errors, likeliest first (by how little the heads believe the label)."""
    n, k = probabilities.shape
    if n == 0:
        return []
    joint = _confident_joint(probabilities, labels)
    flagged = np.zeros(n, bool)
    for given in range(k):
        rows = np.flatnonzero(labels == given)
        if len(rows) <= 1:
            continue
        # Keep at least one photo in the class (cleanlab's min_examples_per_class=1).
        budget = min(int(joint[given].sum() - joint[given, given]), len(rows) - 1)
        for true in range(k):
            count = min(int(joint[given, true]), budget) if true != given else 0
            if count <= 0:
                continue
            margin = probabilities[rows, true] - probabilities[rows, given]
            flagged[rows[np.argsort(-margin, kind="stable")[:count]]] = True
    flagged &= probabilities.argmax(axis=1) != labels
    self_confidence = probabilities[np.arange(n), labels]
    others = probabilities.copy()
    others[np.arange(n), labels] = -1.0
    order = np.flatnonzero(flagged)[np.argsort(self_confidence[flagged], kind="stable")]
    return [
        LabelIssue(int(i), int(others[i].argmax()), float(1 - self_confidence[i])) for i in order
    ]
