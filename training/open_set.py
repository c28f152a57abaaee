"""The unknown-photo detector ("none of these"): fitted on the training photos' pooled
features, built into the network as its last output column.

The method was chosen by measurement (tests/benchmarks/bench_open_world.py, docs/training.md):
class centres and one shared covariance, shrunk towards its mean variance, of the L2-normalised
pooled features; a photo's novelty is its squared Mahalanobis distance to the nearest centre
divided by the dimension (about 1 for known photos, which keeps LiteRT's parity tolerance, relative
to the largest output, tight). On MobileNetV2 features of five flower species, at 95% of the
flowers kept, it accepts 0.2% of cat and dog photos; nearest-neighbour cosine distance accepts 7%,
energy 48%, softmax confidence 67%. Projecting to 256 principal directions or fewer first let 2% to
99% through (what sets other photos apart lies where the flowers vary least), so all dimensions
are kept: a d x d whitening matrix, 6.5 MB for MobileNetV2's 1,280.

The detector is made of Keras built-in layers only, so the model file still loads in Keras' safe
mode and in plain Keras, and every path that runs the network (LiteRT, Ray, the exports) gets the
novelty with the probabilities.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.decision import DEFAULT_KEEP_KNOWN, OpenSet
from app.core.errors import Cancelled
from app.core.i18n import translate
from app.core.progress import Note, Progress, Stage, Stages, Token
from app.core.tf_runtime import import_keras, uint8_forward

if TYPE_CHECKING:
    import keras

    from training.features import ImageStore
    from training.options import TrainingOptions

__all__ = [
    "METHOD",
    "Detector",
    "fit_detector",
    "detector_network",
    "attach_open_set",
    "stored_features",
    "fit_for_run",
    "describe_open_set",
]

METHOD = "mahalanobis"
SHRINKAGE = 0.1  # share of the mean variance mixed into the covariance: steady with few photos
DETECTOR_NAME = "none_of_these"
_BATCH = 64  # images per forward pass when the final network's features are needed
PooledOf = Callable[[np.ndarray], np.ndarray]
"""Rows of a run's samples -> the final network's pooled features of their (view 0) images."""


@dataclass(frozen=True)
class Detector:
    """A fitted detector: normalised features minus `centre`, times `whiten`, are whitened;
    `means` are the class centres in that space."""

    centre: np.ndarray  # (d,)
    whiten: np.ndarray  # (d, d)
    means: np.ndarray  # (centres, d)
    details: dict[str, Any]


def _unit(features: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(features, axis=1, keepdims=True)
    return features / np.maximum(norms, 1e-12)


def _multi_hot(targets: np.ndarray, classes: int | None) -> np.ndarray:
    """(n,) class indices or an (n, L) multi-hot matrix, as a boolean (n, L) matrix."""
    if targets.ndim == 2:
        return targets.astype(bool)
    count = int(targets.max()) + 1 if classes is None else classes
    return np.eye(count, dtype=bool)[targets]


def fit_detector(
    features: np.ndarray, targets: np.ndarray, *, classes: int | None = None
) -> Detector:
    """Fit on the training photos' pooled `features` (n, d) and their `targets`: class indices
    (n,) or, for a multi-label model, a multi-hot (n, L) matrix, where a photo with several
    labels counts for each and photos with none form a centre of their own. A label with no
    photo has no centre."""
    hot = _multi_hot(np.asarray(targets), classes)
    unit = _unit(np.asarray(features, np.float64))
    centre = unit.mean(axis=0)
    x = unit - centre
    groups = [hot[:, c] for c in range(hot.shape[1])] + [~hot.any(axis=1)]
    groups = [g for g in groups if g.any()]
    means = np.stack([x[g].mean(axis=0) for g in groups])
    residuals = np.concatenate([x[g] - m for g, m in zip(groups, means, strict=True)])
    dim = x.shape[1]
    covariance = residuals.T @ residuals / max(1, len(residuals) - len(groups))
    floor = np.trace(covariance) / dim
    covariance = (1 - SHRINKAGE) * covariance + SHRINKAGE * max(floor, 1e-12) * np.eye(dim)
    values, vectors = np.linalg.eigh(covariance)
    whiten = vectors / np.sqrt(np.maximum(values, 1e-12))
    details = {
        "features": dim,
        "centres": len(groups),
        "training_photos": len(x),
        "shrinkage": SHRINKAGE,
    }
    return Detector(centre, whiten, means @ whiten, details)


def detector_network(detector: Detector) -> keras.Model:
    """Pooled features (n, d) -> novelty (n, 1), from built-in layers only.

    The squared distance to centre c is |u|^2 - 2 u.m_c + |m_c|^2 for the whitened features u:
    two Dense layers and a max over the negated distances, so no layer needs custom code."""
    keras = import_keras()
    layers = keras.layers

    dim, count = detector.whiten.shape[0], len(detector.means)
    means = detector.means
    frozen: dict[str, Any] = {"trainable": False, "dtype": "float32"}
    features = keras.Input((dim,), name="pooled_features")
    unit = layers.UnitNormalization(name="open_set_unit", **frozen)(features)
    whitened = layers.Dense(dim, name="open_set_whiten", **frozen)
    u = whitened(unit)
    cross = layers.Dense(count, name="open_set_centres", **frozen)
    squares = layers.Multiply(name="open_set_squares", **frozen)([u, u])
    norm = layers.Dense(count, use_bias=False, name="open_set_norm", **frozen)
    negated = layers.Add(name="open_set_negated", **frozen)([cross(u), norm(squares)])
    nearest = layers.GlobalMaxPooling1D(name="open_set_nearest", **frozen)(
        layers.Reshape((count, 1), name="open_set_column", **frozen)(negated)
    )
    flip = layers.Dense(1, name="open_set_novelty", **frozen)
    novelty = flip(nearest)
    network = keras.Model(features, novelty, name=DETECTOR_NAME)
    whitened.set_weights([detector.whiten, -detector.centre @ detector.whiten])
    # Divided by the dimension in the two Dense layers, so no intermediate grows with it.
    cross.set_weights([2 * means.T / dim, -(means**2).sum(axis=1) / dim])
    norm.set_weights([np.full((dim, count), -1.0 / dim)])
    flip.set_weights([np.full((1, 1), -1.0), np.zeros(1)])
    return network


def attach_open_set(
    classifier: keras.Model,
    train_features: np.ndarray,
    targets: np.ndarray,
    val_features: np.ndarray,
    *,
    keep: float = DEFAULT_KEEP_KNOWN,
) -> tuple[keras.Model, OpenSet]:
    """`classifier` (raw RGB -> probabilities, with its pooled features in the layer "pool")
    with a detector fitted on `train_features` / `targets` (see `fit_detector`) as one more
    output column, and the `OpenSet` whose known novelties are `val_features`' own: the
    threshold keeps `keep` of the validation photos."""
    keras = import_keras()

    detector = fit_detector(train_features, targets, classes=classifier.outputs[0].shape[-1])
    network = detector_network(detector)
    known = network.predict(np.asarray(val_features, np.float32), verbose=0)[:, 0]
    novelty = network(classifier.get_layer("pool").output)
    outputs = keras.layers.Concatenate(name="labels_and_novelty")([classifier.output, novelty])
    model = keras.Model(classifier.input, outputs, name=classifier.name)
    open_set = OpenSet(METHOD, tuple(sorted(float(v) for v in known)), keep, detector.details)
    return model, open_set


def fit_for_run(
    classifier: keras.Model,
    pooled_of: PooledOf | None,
    features: np.ndarray,
    rows: tuple[np.ndarray, np.ndarray],
    targets: np.ndarray,
    options: TrainingOptions,
    stages: Stages,
    token: Token,
) -> tuple[keras.Model, OpenSet]:
    """A training run's final network with its detector, fitted on the training `rows[0]`
    (`targets`: see `fit_detector`) and thresholded on the validation `rows[1]` to keep
    `options.keep_known` of them. With `pooled_of` (when fine-tuning changed the base) their
    pooled features are computed again by the final network; without it, view 0 of the cached
    `features` is exactly what the final network computes."""
    every = np.concatenate(rows)
    stages.begin(Stage.OPEN_SET, total=len(every) if pooled_of is not None else 1)
    if pooled_of is not None:
        chunks, progress = [], stages.sub(Stage.OPEN_SET)
        for start in range(0, len(every), _BATCH):
            if token.cancelled:
                raise Cancelled()
            chunks.append(pooled_of(every[start : start + _BATCH]))
            progress(Progress(Stage.OPEN_SET, min(start + _BATCH, len(every)), len(every)))
        pooled = np.concatenate(chunks) if chunks else np.zeros((0, 0), np.float32)
    else:
        pooled = features[every, 0]
    n = len(rows[0])
    model, open_set = attach_open_set(
        classifier, pooled[:n], targets, pooled[n:], keep=options.keep_known
    )
    stages.tell(Note.info(describe_open_set(open_set)))
    stages.end(Stage.OPEN_SET)
    return model, open_set


def stored_features(classifier: keras.Model, store: ImageStore) -> PooledOf:
    """The pooled features `classifier` (after fine-tuning) computes for the stored images of
    some rows: what the detector of a network fine-tuned on the photos is fitted on."""
    keras = import_keras()

    pooled = keras.Model(classifier.input, classifier.get_layer("pool").output)
    forward = uint8_forward(pooled, store.images.shape[1])
    return lambda rows: forward(store.images[rows])


def describe_open_set(open_set: OpenSet) -> str:
    """One line on what the detector does: what the report, `pictag train` and `update` say."""
    if open_set.keep >= 1.0:
        return translate(
            "open_set", '"None of these" is off (keep-known 1): every photo is given a label'
        )
    photos = len(open_set.known)
    aside = photos - round(open_set.kept_share() * photos)
    return translate(
        "open_set",
        '"None of these": {method} distance to the nearest class centre; novelty threshold '
        "{threshold} keeps {share} of the {photos} validation photos ({aside} set aside); a "
        "photo further from every class is given no label",
    ).format(
        method=open_set.method,
        threshold=f"{open_set.threshold:.3g}",
        share=f"{open_set.kept_share():.1%}",
        photos=f"{photos:,}",
        aside=f"{aside:,}",
    )
