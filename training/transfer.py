"""The two phases of transfer learning, on Keras.

Phase 1 trains a new head (dropout + dense softmax) on cached features of the frozen base.
Phase 2 unfreezes the base's top layers - batch-norm layers stay frozen, in inference mode - and
trains end to end at a lower learning rate on the decoded images, with augmentation layers.
Both phases validate after every epoch, keep the weights of the epoch with the best validation
loss, stop early when validation loss stops improving, and obey the run's token after every
batch.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.errors import Cancelled
from app.core.registry import Architecture
from app.core.tf_runtime import import_keras, import_tensorflow, uint8_forward
from app.core.weights import load_weights
from training.evaluation import cross_entropy
from training.features import Augmentation, FeatureFn, ImageStore
from training.progress import EpochResult, StepUpdate, TrainingListener, TrainingToken

if TYPE_CHECKING:
    import keras

__all__ = [
    "Networks",
    "Best",
    "build_networks",
    "train_head",
    "fine_tune",
    "steps_per_epoch",
    "freeze_for_fine_tuning",
    "calibrate_batch_norm",
    "predict_images",
]

Progress = Callable[[str, float], tuple[float, float | None]]
"""(stage, fraction of the stage done) -> (fraction of the whole run, ETA seconds)."""


@dataclass
class Networks:
    arch: Architecture
    size: int
    base: keras.Model
    head: keras.Model  # pooled features -> probabilities
    classifier: keras.Model  # raw RGB -> probabilities; shares the base's and head's layers
    features_of: FeatureFn


@dataclass
class Best:
    """The weights with the lowest validation loss so far, and their validation predictions."""

    loss: float
    weights: list[np.ndarray]
    probabilities: np.ndarray
    stage: str
    epoch: int


@dataclass
class PhaseResult:
    history: list[EpochResult] = field(default_factory=list)
    stopped_by_user: bool = False


def build_networks(
    arch: Architecture, size: int, classes: int, weights: Path | None, dropout: float
) -> Networks:
    """The frozen base with `weights` (None: random), a fresh head, and the raw-RGB classifier."""
    keras = import_keras()

    base = arch.build(size=size, include_top=False)
    if weights is not None:
        load_weights(base, arch, weights, include_top=False)
    base.trainable = False
    dropout_layer = keras.layers.Dropout(dropout, name="head_dropout")
    dense = keras.layers.Dense(classes, activation="softmax", name="predictions")

    features_in = keras.Input((base.output_shape[-1],), name="features")
    head = keras.Model(features_in, dense(dropout_layer(features_in)), name="head")

    pixels = keras.Input((size, size, 3), name="rgb_0_255")
    pooled = keras.layers.GlobalAveragePooling2D(name="pool")(base(arch.preprocessing()(pixels)))
    classifier = keras.Model(pixels, dense(dropout_layer(pooled)), name="pictag_classifier")

    features_of = uint8_forward(keras.Model(pixels, pooled), size)
    return Networks(arch, size, base, head, classifier, features_of)


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
    features: np.ndarray,
    labels: np.ndarray,
    val_features: np.ndarray,
    val_labels: np.ndarray,
    *,
    epochs: int,
    batch_size: int,
    learning_rate: float,
    patience: int,
    listener: TrainingListener,
    token: TrainingToken,
    progress: Progress,
) -> tuple[PhaseResult, Best]:
    _compile(net.head, learning_rate)
    monitor = _epoch_monitor(
        stage="head",
        epochs=epochs,
        steps_per_epoch=steps_per_epoch(len(features), batch_size),
        validate=lambda: net.head(val_features, training=False).numpy(),
        val_labels=val_labels,
        patience=patience,
        weights_of=net.classifier,
        best=None,
        listener=listener,
        token=token,
        progress=progress,
    )
    net.head.fit(
        features, labels, batch_size=batch_size, epochs=epochs, shuffle=True, verbose=0,
        callbacks=[monitor],
    )  # fmt: skip
    assert monitor.best is not None
    return monitor.result, monitor.best


def steps_per_epoch(samples: int, batch_size: int) -> int:
    """Batches in one epoch: what a phase's progress counts (the last batch may be short)."""
    return math.ceil(samples / batch_size)


def fine_tune(
    net: Networks,
    store: ImageStore,
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
    listener: TrainingListener,
    token: TrainingToken,
    progress: Progress,
) -> tuple[PhaseResult, Best]:
    """`labels` covers every row of `store`; `train_index`/`val_index` pick the rows to use.

    `best` is phase 1's: an epoch of this phase replaces it only with a lower validation loss.
    """
    freeze_for_fine_tuning(net.base, fine_tune_at)
    _compile(net.classifier, learning_rate)
    forward = uint8_forward(net.classifier, net.size)
    monitor = _epoch_monitor(
        stage="fine_tune",
        epochs=epochs,
        steps_per_epoch=steps_per_epoch(len(train_index), batch_size),
        validate=lambda: predict_images(forward, store, val_index, token=token),
        val_labels=labels[val_index],
        patience=patience,
        weights_of=net.classifier,
        best=best,
        listener=listener,
        token=token,
        progress=progress,
    )
    dataset = image_batches(
        store,
        train_index,
        labels,
        batch_size=batch_size,
        seed=seed,
        augment=augmentation_layers(augmentation, seed),
    )
    net.classifier.fit(dataset, epochs=epochs, verbose=0, shuffle=False, callbacks=[monitor])
    assert monitor.best is not None
    return monitor.result, monitor.best


def _compile(model: keras.Model, learning_rate: float) -> None:
    keras = import_keras()

    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )


def augmentation_layers(augmentation: Augmentation, seed: int) -> list[keras.layers.Layer]:
    keras = import_keras()

    layers: list[keras.layers.Layer] = []
    if augmentation.flip:
        layers.append(keras.layers.RandomFlip("horizontal", seed=seed))
    if augmentation.rotation > 0:
        layers.append(keras.layers.RandomRotation(augmentation.rotation, seed=seed + 1))
    if augmentation.zoom > 0:
        layers.append(keras.layers.RandomZoom((-augmentation.zoom, 0.0), seed=seed + 2))
    return layers


def image_batches(
    store: ImageStore,
    index: np.ndarray,
    labels: np.ndarray,
    *,
    batch_size: int,
    seed: int,
    augment: list[keras.layers.Layer] | None = None,
) -> Any:
    """A shuffled tf.data pipeline over already-decoded images, read in parallel, prefetched.

    The augmentation layers run inside the pipeline, as Keras recommends for CPU training: on
    tf.data's threads, overlapping the previous batch's training step instead of adding to it.
    """
    tf = import_tensorflow()

    size = store.images.shape[1]

    def fetch(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return store.images[rows], labels[rows].astype(np.int64)

    def load(rows: Any) -> tuple[Any, Any]:
        images, batch_labels = tf.numpy_function(fetch, [rows], [tf.uint8, tf.int64])
        images.set_shape([None, size, size, 3])
        batch_labels.set_shape([None])
        return tf.cast(images, tf.float32), batch_labels

    def augmented(images: Any, batch_labels: Any) -> tuple[Any, Any]:
        for layer in augment or ():
            images = layer(images, training=True)
        return images, batch_labels

    dataset = (
        tf.data.Dataset.from_tensor_slices(np.asarray(index, dtype=np.int64))
        .shuffle(len(index), seed=seed, reshuffle_each_iteration=True)
        .batch(batch_size)
        .map(load, num_parallel_calls=tf.data.AUTOTUNE)
    )
    if augment:
        dataset = dataset.map(augmented, num_parallel_calls=tf.data.AUTOTUNE)
    return dataset.prefetch(tf.data.AUTOTUNE)


def predict_images(
    forward: Callable[[np.ndarray], np.ndarray],
    store: ImageStore,
    index: np.ndarray,
    *,
    token: TrainingToken | None = None,
    batch_size: int = 64,
) -> np.ndarray:
    chunks = []
    for start in range(0, len(index), batch_size):
        if token is not None and token.cancelled:
            raise Cancelled()
        chunks.append(forward(store.images[index[start : start + batch_size]]))
    return np.concatenate(chunks) if chunks else np.zeros((0, 0), np.float32)


def _epoch_monitor(**options: Any) -> keras.callbacks.Callback:
    keras = import_keras()

    class EpochMonitor(keras.callbacks.Callback):
        """Progress and the token after each batch; validation, best weights and early
        stopping after each epoch; the best weights restored when the phase ends."""

        def __init__(
            self,
            *,
            stage: str,
            epochs: int,
            steps_per_epoch: int,
            validate: Callable[[], np.ndarray],
            val_labels: np.ndarray,
            patience: int,
            weights_of: keras.Model,
            best: Best | None,
            listener: TrainingListener,
            token: TrainingToken,
            progress: Progress,
        ) -> None:
            super().__init__()
            self.stage, self.epochs, self.steps = stage, epochs, steps_per_epoch
            self.validate, self.val_labels, self.patience = validate, val_labels, patience
            self.weights_of, self.best = weights_of, best
            self.listener, self.token, self.progress = listener, token, progress
            self.result = PhaseResult()
            self.epoch_start = time.monotonic()
            self.waited = 0

        def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
            self.epoch_start = time.monotonic()

        def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
            if self.token.cancelled:
                raise Cancelled()
            if self.token.stop_requested:
                self.model.stop_training = True
                self.result.stopped_by_user = True
            step = len(self.result.history) * self.steps + batch + 1
            total = self.epochs * self.steps
            overall, eta = self.progress(self.stage, step / total)
            metrics = {k: float(v) for k, v in (logs or {}).items() if k in ("loss", "accuracy")}
            self.listener.step_done(
                StepUpdate(
                    self.stage, step, total, len(self.result.history) + 1, metrics, overall, eta
                )
            )

        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            logs = logs or {}
            probabilities = self.validate()
            val_loss = cross_entropy(self.val_labels, probabilities)
            val_accuracy = float(np.mean(probabilities.argmax(axis=1) == self.val_labels))
            # Across both phases: phase 2 starts from phase 1's best, so the saved model is never
            # worse on validation loss than the head alone.
            improved = self.best is None or val_loss < self.best.loss
            if improved:
                weights = self.weights_of.get_weights()
                self.best = Best(val_loss, weights, probabilities, self.stage, epoch + 1)
                self.waited = 0
            else:
                self.waited += 1
                if self.waited >= self.patience:
                    self.model.stop_training = True
            result = EpochResult(
                stage=self.stage,
                epoch=epoch + 1,
                epochs=self.epochs,
                loss=float(logs.get("loss", math.nan)),
                accuracy=float(logs.get("accuracy", math.nan)),
                val_loss=val_loss,
                val_accuracy=val_accuracy,
                seconds=time.monotonic() - self.epoch_start,
                best=improved,
            )
            self.result.history.append(result)
            self.listener.epoch_ended(result)

        def on_train_end(self, logs: dict | None = None) -> None:
            if self.best is not None:
                self.weights_of.set_weights(self.best.weights)

    return EpochMonitor(**options)
