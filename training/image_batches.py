"""The phases' input as tf.data pipelines: phase 1's feature vectors, phase 2's
already-decoded images (shuffled, augmented), and the classifier's predictions on stored images
(its validation).

Both pipelines are sharded by data when a distribution strategy spreads them over workers
(`AutoShardPolicy.DATA`: they are made in memory, not read from files, so there is nothing to
shard by file); each worker then shuffles with the same seed and takes its share of every
global batch."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.errors import Cancelled
from app.core.progress import Token
from app.core.tf_runtime import import_keras, import_tensorflow
from training.augmentation import Augmentation
from training.features import ImageStore

if TYPE_CHECKING:
    import keras

__all__ = [
    "augmentation_layers",
    "feature_batches",
    "image_batches",
    "predict_images",
    "sharded_by_data",
    "targets_of",
]


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


def targets_of(labels: np.ndarray) -> np.ndarray:
    """What Keras trains on: class indices as int64, multi-hot targets (n, labels) as float32."""
    return labels.astype(np.int64) if labels.ndim == 1 else labels.astype(np.float32)


def feature_batches(features: np.ndarray, labels: np.ndarray, *, batch_size: int, seed: int) -> Any:
    """Phase 1's input: (feature vector, label or multi-hot targets) pairs, reshuffled every
    epoch."""
    tf = import_tensorflow()

    dataset = (
        tf.data.Dataset.from_tensor_slices((features, targets_of(labels)))
        .shuffle(len(features), seed=seed, reshuffle_each_iteration=True)
        .batch(batch_size)
    )
    return sharded_by_data(dataset).prefetch(tf.data.AUTOTUNE)


def sharded_by_data(dataset: Any) -> Any:
    tf = import_tensorflow()

    options = tf.data.Options()
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
    return dataset.with_options(options)


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
    targets = targets_of(labels)
    kind = tf.as_dtype(targets.dtype)

    def fetch(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return store.images[rows], targets[rows]

    def load(rows: Any) -> tuple[Any, Any]:
        images, batch_labels = tf.numpy_function(fetch, [rows], [tf.uint8, kind])
        images.set_shape([None, size, size, 3])
        batch_labels.set_shape([None, *targets.shape[1:]])
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
    return sharded_by_data(dataset).prefetch(tf.data.AUTOTUNE)


def predict_images(
    forward: Callable[[np.ndarray], np.ndarray],
    store: ImageStore,
    index: np.ndarray,
    *,
    token: Token | None = None,
    batch_size: int = 64,
) -> np.ndarray:
    chunks = []
    for start in range(0, len(index), batch_size):
        if token is not None and token.cancelled:
            raise Cancelled()
        chunks.append(forward(store.images[index[start : start + batch_size]]))
    return np.concatenate(chunks) if chunks else np.zeros((0, 0), np.float32)
