"""Out-of-sample class probabilities: every photo judged by a head that never saw it.

The head is phase 1's model, a dense softmax layer on the pooled features, fitted K times in
numpy (full-batch accelerated gradient descent on the L2-regularised cross-entropy) rather than
with Keras: the five fits of 2,000 photos take well under a second. The folds are stratified
and keep near-duplicate groups whole, so a photo is never judged by a head that saw its copy.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from app.core.progress import Progress, ProgressCallback, Stage, Token

__all__ = ["FOLDS", "stratified_folds", "out_of_sample_probabilities", "fit_softmax"]

FOLDS = 5
_DIMENSIONS = 256  # features are projected on their main axes first: fits stay fast
_L2 = 0.3  # measured: 0.01 and 0.001 overfit (top-N precision 0.85, 0.66 against 0.97)
_ITERATIONS = 150


def stratified_folds(labels: np.ndarray, groups: Sequence[int], k: int, seed: int) -> np.ndarray:
    """The fold (0..k-1) of every photo: each class spread evenly, a group in one fold.
    Groups are placed largest first (ties in a seeded order), each where its classes are
    fewest so far."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        members[group].append(i)
    units = list(members.values())
    random.Random(f"folds:{seed}").shuffle(units)
    units.sort(key=len, reverse=True)
    counts = np.zeros((k, int(labels.max()) + 1 if len(labels) else 1), np.int64)
    fold = np.zeros(len(labels), np.int64)
    for unit in units:
        mine = labels[unit]
        best = min(range(k), key=lambda f: (counts[f, mine].sum(), counts[f].sum(), f))
        fold[unit] = best
        np.add.at(counts[best], mine, 1)
    return fold


def _project(features: np.ndarray) -> np.ndarray:
    """Centred, on the `_DIMENSIONS` main axes, scaled to unit variance overall (no labels
    are used, so no fold learns from another's)."""
    x = features - features.mean(axis=0)
    if x.shape[1] > _DIMENSIONS and x.shape[0] > _DIMENSIONS:
        # The covariance's eigenvectors: (dim x dim) whatever the number of photos.
        _, vectors = np.linalg.eigh((x.T @ x).astype(np.float64))
        x = x @ vectors[:, -_DIMENSIONS:].astype(np.float32)
    scale = float(np.sqrt((x**2).sum(axis=1).mean())) or 1.0
    return (x / scale * np.sqrt(x.shape[1])).astype(np.float32)


def fit_softmax(x: np.ndarray, y: np.ndarray, classes: int) -> tuple[np.ndarray, np.ndarray]:
    """(weights, bias) minimising mean cross-entropy + L2/2 * |weights|^2 (Nesterov steps of
    1/L, L bounding the loss's curvature)."""
    n, d = x.shape
    onehot = np.eye(classes, dtype=np.float32)[y]
    v = np.ones(d + 1, np.float32)
    xb = np.hstack([x, np.ones((n, 1), np.float32)])
    for _ in range(20):  # power iteration: the largest eigenvalue of xb'xb/n
        v = xb.T @ (xb @ v) / n
        v /= np.linalg.norm(v) or 1.0
    curvature = float(v @ (xb.T @ (xb @ v)) / n)
    step = 1.0 / (0.5 * curvature + _L2)
    w = np.zeros((d + 1, classes), np.float32)
    previous, t = w, 1.0
    for _ in range(_ITERATIONS):
        logits = xb @ w
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        gradient = xb.T @ (p - onehot) / n
        gradient[:-1] += _L2 * w[:-1]
        current = w - step * gradient
        t_next = (1 + np.sqrt(1 + 4 * t * t)) / 2
        w = current + ((t - 1) / t_next) * (current - previous)
        previous, t = current, t_next
    return previous[:-1], previous[-1]


def _predict(x: np.ndarray, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    logits = x @ weights + bias
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def out_of_sample_probabilities(
    features: np.ndarray,
    labels: np.ndarray,
    folds: np.ndarray,
    classes: int,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> np.ndarray:
    """(n, classes) probabilities, row i from the head fitted on every fold but folds[i]."""
    x = _project(features)
    probabilities = np.zeros((len(labels), classes), np.float32)
    k = int(folds.max()) + 1 if len(folds) else 0
    for f in range(k):
        if token is not None:
            token.check()
        if progress:
            progress(Progress(Stage.CROSS_VALIDATE, f, k))
        held = folds == f
        if held.any():
            weights, bias = fit_softmax(x[~held], labels[~held], classes)
            probabilities[held] = _predict(x[held], weights, bias)
    if progress:
        progress(Progress(Stage.CROSS_VALIDATE, k, k))
    return probabilities
