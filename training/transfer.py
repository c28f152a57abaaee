"""The two phases of transfer learning, on Keras.

Phase 1 trains a new head (dropout + dense softmax, or a sigmoid per label for a multi-label
set) on cached features of the frozen base.
Phase 2 unfreezes the base's top layers - batch-norm layers stay frozen, in inference mode - and
trains end to end at a lower learning rate on the decoded images, with augmentation layers.
Both phases validate after every epoch, keep the weights of the epoch with the best validation
loss, stop early when validation loss stops improving, and obey the run's token after every
batch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.backend import AUTO
from app.core.batching import DEFAULT_BATCH_SIZE
from app.core.caches import digest_file
from app.core.decode_ahead import decoded_batches
from app.core.forward import Forward
from app.core.progress import Stage, Stages, Token
from app.core.registry import Architecture
from app.core.tf_runtime import import_keras, uint8_forward
from app.core.weights import load_weights
from training.activations import ActivationStore, Boundary, plan_boundary
from training.augmentation import Augmentation
from training.base_forward import base_forward, joint_network
from training.features import ImageStore
from training.image_batches import (
    augmentation_layers,
    feature_batches,
    image_batches,
    predict_images,
)
from training.monitor import Phase, PhaseResult, epoch_monitor
from training.phase_state import Best
from training.top import TopPhase

if TYPE_CHECKING:
    import keras

    from training.checkpoints import RunBackup

__all__ = [
    "Networks",
    "Events",
    "build_networks",
    "frozen_features",
    "train_head",
    "fine_tune",
    "steps_per_epoch",
    "fine_tune_samples",
    "freeze_for_fine_tuning",
    "calibrate_batch_norm",
    "calibrate_from_files",
]

_CALIBRATION_IMAGES = 256  # batch-norm statistics of a random base come from this many images


@dataclass
class Networks:
    arch: Architecture
    size: int
    base: keras.Model
    head: keras.Model  # pooled features -> probabilities
    classifier: keras.Model  # raw RGB -> probabilities; shares the base's and head's layers
    features_of: Forward  # raw RGB -> pooled features (and, with `boundary`, its activations)
    boundary: Boundary | None = None  # where phase 2 is cut (None: it runs on the photos)
    on_photos: str = ""  # why phase 2 runs on the photos although it was to be cut


@dataclass(frozen=True)
class Events:
    """Who hears about a phase and how it ends early: the run's stages (its progress and
    epochs) and token; and where its phases keep checkpoints (None: nowhere)."""

    token: Token
    stages: Stages
    backup: RunBackup | None = None


def build_networks(
    arch: Architecture,
    size: int,
    classes: int,
    weights: Path | None,
    dropout: float,
    *,
    backend: str = AUTO,
    weights_digest: str | None = None,
    multi_label: bool = False,
    fine_tune_at: int | None = None,
    views: int = 0,
) -> Networks:
    """The frozen base with `weights` (None: random), a fresh head, and the raw-RGB classifier.
    The head gives a softmax over the classes, or (`multi_label`) a sigmoid per label.

    `features_of` runs the frozen base on `backend` (app/core/forward.py); `weights_digest`
    identifies its converted copy in the cache. The caller closes it. With `fine_tune_at`,
    phase 2 is cut below that layer if the activations of `views` images and views fit
    (`training.activations`), and `features_of` outputs them too."""
    keras = import_keras()

    base, pixels, pooled = _frozen_base(arch, size, weights)
    boundary, on_photos = None, ""
    if fine_tune_at is not None:
        boundary, on_photos = plan_boundary(base, fine_tune_at, views)
    dropout_layer = keras.layers.Dropout(dropout, name="head_dropout")
    activation = "sigmoid" if multi_label else "softmax"
    dense = keras.layers.Dense(classes, activation=activation, name="predictions")

    features_in = keras.Input((base.output_shape[-1],), name="features")
    head = keras.Model(features_in, dense(dropout_layer(features_in)), name="head")
    classifier = keras.Model(pixels, dense(dropout_layer(pooled)), name="pictag_classifier")

    if boundary is None:
        network, outputs = keras.Model(pixels, pooled), "pooled"
    else:
        network, outputs = joint_network(arch, size, base, boundary), f"pooled, {boundary.layer}"
    features_of = base_forward(arch, size, network, backend, weights_digest, outputs)
    return Networks(arch, size, base, head, classifier, features_of, boundary, on_photos)


def frozen_features(
    arch: Architecture, size: int, weights: Path, *, backend: str = AUTO
) -> Forward:
    """The frozen base alone, as training's phase 1 sees it: raw RGB in, pooled features out
    (what the dataset check computes, so that training and the check share cached features).
    The caller closes it."""
    keras = import_keras()

    _, pixels, pooled = _frozen_base(arch, size, weights)
    network = keras.Model(pixels, pooled)
    return base_forward(arch, size, network, backend, digest_file(weights), "pooled")


def _frozen_base(arch: Architecture, size: int, weights: Path | None) -> tuple[Any, Any, Any]:
    """The base (weights loaded, frozen), the raw-RGB input and the pooled features tensor."""
    keras = import_keras()

    base = arch.build(size=size, include_top=False)
    if weights is not None:
        load_weights(base, arch, weights, include_top=False)
    base.trainable = False
    pixels = keras.Input((size, size, 3), name="rgb_0_255")
    pooled = keras.layers.GlobalAveragePooling2D(name="pool")(base(arch.preprocessing()(pixels)))
    return base, pixels, pooled


def calibrate_batch_norm(net: Networks, images: np.ndarray) -> None:
    """Make a randomly initialised base (weights "none") usable, from `images` (uint8 RGB).

    Random weights are for tests and experiments, but they should still learn something. As
    built, such a base in inference mode shrinks activations layer after layer until features
    are ~1e-13, and its residual branches make it so sensitive to small input changes that what
    a head learns does not carry over to new images. So, as in zero-gamma initialisation, each
    residual branch starts switched off (its last batch-norm scale set to 0), then every
    batch-norm layer's statistics are estimated from the images: one forward pass in training
    mode with momentum 0.
    """
    keras = import_keras()

    base = net.base
    names = {layer.name for layer in base.layers}
    for layer in base.layers:
        branch_end = layer.name.removesuffix("_add") + "_project_BN"
        if layer.name.endswith("_add") and branch_end in names:
            gamma = base.get_layer(branch_end).gamma
            gamma.assign(np.zeros(gamma.shape, dtype="float32"))
    layers = [la for la in base.layers if isinstance(la, keras.layers.BatchNormalization)]
    momenta = [la.momentum for la in layers]
    base.trainable = True
    try:
        for layer in layers:
            layer.momentum = 0.0
        base(net.arch.preprocessing()(images.astype(np.float32)), training=True)
    finally:
        for layer, momentum in zip(layers, momenta, strict=True):
            layer.momentum = momentum
        base.trainable = False


def calibrate_from_files(net: Networks, paths: list[Path], size: int, token: Token) -> None:
    """`calibrate_batch_norm` on up to _CALIBRATION_IMAGES of `paths`, spread over them."""
    step = max(1, len(paths) // _CALIBRATION_IMAGES)
    images = []
    for batch in decoded_batches(paths[::step], size, batch_size=DEFAULT_BATCH_SIZE, token=token):
        images += [image for _, image in batch if isinstance(image, np.ndarray)]
    if images:
        calibrate_batch_norm(net, np.stack(images))


def freeze_for_fine_tuning(base: keras.Model, fine_tune_at: int) -> None:
    """Unfreeze layers from `fine_tune_at` on, except batch norm.

    Batch-norm layers get `trainable = False` one by one: in Keras 3 that is what makes them run
    in inference mode and keep their moving statistics. Calling the base with training=False
    does not protect them once they are trainable.
    """
    keras = import_keras()

    base.trainable = True
    for index, layer in enumerate(base.layers):
        layer.trainable = index >= fine_tune_at and not isinstance(
            layer, keras.layers.BatchNormalization
        )


def train_head(
    net: Networks,
    events: Events,
    features: np.ndarray,
    labels: np.ndarray,
    val_features: np.ndarray,
    val_labels: np.ndarray,
    *,
    epochs: int,
    batch_size: int,
    learning_rate: float,
    patience: int,
    seed: int = 0,
) -> tuple[PhaseResult, Best]:
    """Phase 1: the head alone, on feature vectors (`features`) of the frozen base;
    `batch_size` is the global batch (all replicas together). Only the head's weights change,
    so only they are kept for the best epoch (the base's 2 million would cost a copy per
    epoch)."""
    phase = _phase(
        Stage.HEAD, net, events, epochs, steps_per_epoch(len(features), batch_size),
        lambda: net.head(val_features, training=False).numpy(), val_labels, patience, None,
        net.head,
    )  # fmt: skip
    dataset = feature_batches(features, labels, batch_size=batch_size, seed=seed)
    return _fit(net.head, phase, learning_rate, x=dataset, shuffle=False)


def fine_tune(
    net: Networks,
    events: Events,
    store: ImageStore | ActivationStore,
    train_index: np.ndarray,
    labels: np.ndarray,
    val_index: np.ndarray,
    *,
    best: Best,
    epochs: int,
    fine_tune_at: int,
    batch_size: int,
    learning_rate: float,
    augmentation: Augmentation,
    patience: int,
    seed: int,
) -> tuple[PhaseResult, Best]:
    """Phase 2: the base's top layers and the head, end to end on the stored images, or on
    the stored activations below the top (`training.top`: the same layers, so the classifier
    is the whole network trained either way; `augmentation` is then the stored views').

    `labels` covers every row of `store`; `train_index`/`val_index` pick the rows to use.
    `best` is phase 1's: an epoch of this phase replaces it only with a lower validation loss.
    """
    # Phase 1 kept the head's weights and left the classifier at its best epoch: this phase
    # changes the base too, so its starting point is kept whole.
    best = replace(best, weights=net.classifier.get_weights())
    freeze_for_fine_tuning(net.base, fine_tune_at)
    if isinstance(store, ActivationStore):
        assert net.boundary is not None
        top = TopPhase(net.base, net.classifier, store)
        model, validate = top.classifier, lambda: top.predict(val_index, events.token)
        dataset = top.batches(train_index, labels, batch_size=batch_size, seed=seed)
    else:
        model, forward = net.classifier, uint8_forward(net.classifier, net.size)
        validate = lambda: predict_images(forward, store, val_index, token=events.token)  # noqa: E731
        dataset = image_batches(
            store, train_index, labels, batch_size=batch_size, seed=seed,
            augment=augmentation_layers(augmentation, seed),
        )  # fmt: skip
    phase = _phase(
        Stage.FINE_TUNE, net, events, epochs,
        steps_per_epoch(fine_tune_samples(store, train_index), batch_size), validate,
        labels[val_index], patience, best, net.classifier,
    )  # fmt: skip
    return _fit(model, phase, learning_rate, x=dataset, shuffle=False)


def fine_tune_samples(store: ImageStore | ActivationStore, train_index: np.ndarray) -> int:
    """What one epoch of phase 2 trains on: each training photo, or each of its stored views."""
    return len(train_index) * (store.views if isinstance(store, ActivationStore) else 1)


def steps_per_epoch(samples: int, batch_size: int) -> int:
    """Batches in one epoch: what a phase's progress counts (the last batch may be short)."""
    return math.ceil(samples / batch_size)


def _phase(
    stage: Stage,
    net: Networks,
    events: Events,
    epochs: int,
    steps: int,
    validate: Any,
    val_labels: np.ndarray,
    patience: int,
    best: Best | None,
    weights_of: keras.Model,
) -> Phase:
    backup = events.backup.phase(stage) if events.backup is not None else None
    return Phase(
        stage, epochs, steps, validate, val_labels, patience, weights_of, best,
        events.token, events.stages, backup,
    )  # fmt: skip


def _fit(
    model: keras.Model, phase: Phase, learning_rate: float, **data: Any
) -> tuple[PhaseResult, Best]:
    """Compile `model` (Adam, cross-entropy: categorical, or binary per label for multi-hot
    targets, whose epoch metric is micro-F1 at 0.5) and train it under the phase's monitor;
    with checkpoints, from the last epoch they hold (a phase that had ended is not trained
    again). Under a distribution strategy, call it in the strategy's scope."""
    keras = import_keras()

    monitor = epoch_monitor(phase)
    if monitor.resume():
        assert monitor.best is not None
        return monitor.result, monitor.best
    if phase.val_labels.ndim == 2:
        loss: Any = "binary_crossentropy"
        metric: Any = keras.metrics.F1Score(average="micro", threshold=0.5, name="accuracy")
    else:
        loss, metric = "sparse_categorical_crossentropy", "accuracy"
    model.compile(optimizer=keras.optimizers.Adam(learning_rate), loss=loss, metrics=[metric])
    callbacks = [monitor]  # first: its state is saved before Keras' own checkpoint
    if phase.backup is not None:
        callbacks.append(phase.backup.keras_callback())
    model.fit(epochs=phase.epochs, verbose=0, callbacks=callbacks, **data)
    assert monitor.best is not None
    return monitor.result, monitor.best
