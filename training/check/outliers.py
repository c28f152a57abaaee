"""Photos far from every class: a screenshot among flowers, a blank frame, a photo of
something else entirely.

For each class, the distance of its photos' (L2-normalised) features to the class's centroid
gives the class's own spread (median and median absolute deviation, robust to the outliers
themselves). A photo's score is its robust z-score (Iglewicz and Hoaglin's 0.6745 (d - median)
/ MAD) to the class it is nearest to in those units: it is an outlier when even that is above
`OUTLIER_Z`. A mislabeled photo is near another class, so it is a label finding, not this one.
"""

from __future__ import annotations

import numpy as np

__all__ = ["OUTLIER_Z", "outlier_scores"]

OUTLIER_Z = 3.5  # Iglewicz and Hoaglin's cut-off for a modified z-score


def outlier_scores(embeddings: np.ndarray, labels: np.ndarray, usable: np.ndarray) -> np.ndarray:
    """(n,) the smallest robust z-score of each photo's distance to a class centroid (0 for
    rows not `usable`, unreadable files)."""
    n = len(labels)
    classes = int(labels.max()) + 1 if n else 0
    z = np.full((n, classes), np.inf)
    for c in range(classes):
        mine = usable & (labels == c)
        if mine.sum() < 2:
            continue
        centroid = embeddings[mine].mean(axis=0)
        distance = np.linalg.norm(embeddings - centroid, axis=1)
        median = np.median(distance[mine])
        mad = np.median(np.abs(distance[mine] - median)) or 1e-6
        z[:, c] = 0.6745 * (distance - median) / mad
    scores = z.min(axis=1) if classes else np.zeros(n)
    scores[~usable | ~np.isfinite(scores)] = 0.0
    return scores
