"""Small models whose outputs a test can predict, saved as real Pictag model files."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.model_file import ModelInfo, save_model_file
from app.core.tf_runtime import import_keras

COLORS = {"red": (220, 30, 30), "green": (30, 200, 40), "blue": (30, 40, 220)}


def color_model(size: int = 32, sharpness: float = 20.0):
    """Raw RGB in; softmax over (red, green, blue) by which channel's mean is highest.

    Built from Keras' own layers only, like a trained Pictag model, so safe mode loads it.
    """
    keras = import_keras()
    inputs = keras.Input((size, size, 3), name="rgb_0_255")
    x = keras.layers.Rescaling(1 / 255.0)(inputs)
    x = keras.layers.GlobalAveragePooling2D()(x)
    dense = keras.layers.Dense(3, activation="softmax")
    outputs = dense(x)
    dense.set_weights([np.eye(3, dtype=np.float32) * sharpness, np.zeros(3, np.float32)])
    return keras.Model(inputs, outputs, name="colors")


def make_color_model_file(path: Path, size: int = 32) -> Path:
    save_model_file(color_model(size), path, ModelInfo(tuple(COLORS), "mobilenet_v2", size))
    return path
