"""Phase 2 on the cached activations: the base's layers above the boundary and the head, as a
network of their own fed by `ActivationStore`.

The top is made of the classifier's own layers (Keras' functional model between the boundary's
output and the base's), so training it trains the classifier: batch norm stays frozen as set by
`freeze_for_fine_tuning`, and the network saved is the whole one, as when phase 2 runs on the
photos. Its epochs go over every stored view of every training photo, shuffled with the run's
seed exactly as the photos would be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.errors import Cancelled
from app.core.progress import Token
from app.core.tf_runtime import import_keras, import_tensorflow
from training.activations import ActivationStore
from training.image_batches import sharded_by_data, targets_of

if TYPE_CHECKING:
    import keras

__all__ = ["TopPhase"]

_BATCH = 64  # activations per forward pass when validating


class TopPhase:
    """The top of `classifier` above `store`'s boundary: `classifier` (activations in,
    probabilities out) and `pooled` (activations in, the pooled features out)."""

    def __init__(self, base: keras.Model, classifier: keras.Model, store: ActivationStore):
        keras = import_keras()

        boundary = store.boundary
        top = keras.Model(base.get_layer(boundary.layer).output, base.output, name="top")
        cut = keras.Input(boundary.shape, name="activations")
        pooled = classifier.get_layer("pool")(top(cut))
        dropout, dense = classifier.get_layer("head_dropout"), classifier.get_layer("predictions")
        self.classifier = keras.Model(cut, dense(dropout(pooled)), name="top_classifier")
        self.store = store
        self._predict = _inference(self.classifier, boundary.shape)
        self._pooled = _inference(keras.Model(cut, pooled, name="top_pooled"), boundary.shape)

    def batches(
        self, train_index: np.ndarray, labels: np.ndarray, *, batch_size: int, seed: int
    ) -> Any:
        """A shuffled tf.data pipeline over every stored view of the `train_index` rows; with
        one view, the same order as `image_batches` with the same seed."""
        tf = import_tensorflow()

        views = self.store.views
        rows = np.repeat(np.asarray(train_index, dtype=np.int64), views)
        view = np.tile(np.arange(views), len(train_index))
        targets = targets_of(labels)
        kind, shape = tf.as_dtype(targets.dtype), self.store.boundary.shape
        activations = self.store.activations

        def fetch(at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            order = np.argsort(rows[at], kind="stable")  # a memory map reads best in order
            picked = np.empty((len(at), *shape), np.float16)
            picked[order] = activations[rows[at][order], view[at][order]]
            return picked.astype(np.float32), targets[rows[at]]

        def load(at: Any) -> tuple[Any, Any]:
            values, batch_labels = tf.numpy_function(fetch, [at], [tf.float32, kind])
            values.set_shape([None, *shape])
            batch_labels.set_shape([None, *targets.shape[1:]])
            return values, batch_labels

        dataset = (
            tf.data.Dataset.from_tensor_slices(np.arange(len(rows), dtype=np.int64))
            .shuffle(len(rows), seed=seed, reshuffle_each_iteration=True)
            .batch(batch_size)
            .map(load, num_parallel_calls=tf.data.AUTOTUNE)
        )
        return sharded_by_data(dataset).prefetch(tf.data.AUTOTUNE)

    def predict(self, rows: np.ndarray, token: Token | None = None) -> np.ndarray:
        """The classifier's probabilities for view 0 of `rows` (its validation)."""
        return self._run(self._predict, rows, token)

    def pooled_of(self, rows: np.ndarray) -> np.ndarray:
        """The final network's pooled features of view 0 of `rows` (its open-set detector's)."""
        return self._run(self._pooled, rows, None)

    def _run(self, forward: Any, rows: np.ndarray, token: Token | None) -> np.ndarray:
        chunks = []
        for start in range(0, len(rows), _BATCH):
            if token is not None and token.cancelled:
                raise Cancelled()
            values = self.store.activations[rows[start : start + _BATCH], 0]
            chunks.append(forward(values.astype(np.float32)).numpy())
        return np.concatenate(chunks) if chunks else np.zeros((0, 0), np.float32)


def _inference(model: keras.Model, shape: tuple[int, ...]) -> Any:
    """`model` in inference mode as one traced graph for every batch size."""
    tf = import_tensorflow()

    spec = tf.TensorSpec([None, *shape], tf.float32)
    return tf.function(lambda x: model(x, training=False), input_signature=[spec])
