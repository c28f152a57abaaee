"""The frozen base as phase 1 runs it: raw RGB in, pooled features out (and, when phase 2 is
cut, the activations at its boundary too), on the inference backend of the run's choice."""

from __future__ import annotations

from typing import Any

from app.core.forward import Forward
from app.core.registry import Architecture
from app.core.tf_runtime import import_keras
from training.activations import Boundary

__all__ = ["base_forward", "joint_network"]


def base_forward(
    arch: Architecture,
    size: int,
    network: Any,
    backend: str,
    weights_digest: str | None,
    outputs: str,
) -> Forward:
    """`network` (the pooled base, with `outputs`) on `backend`; `weights_digest` identifies
    its converted copy in the cache (None, random weights: never converted under auto)."""
    identity = None
    if weights_digest is not None:
        identity = lambda: f"{arch.name}|{size}|no top, {outputs}|{weights_digest}"  # noqa: E731
    return Forward(
        network, size, backend=backend, identity=identity,
        name=f"{arch.display_name} base",
    )  # fmt: skip


def joint_network(arch: Architecture, size: int, base: Any, boundary: Boundary) -> Any:
    """Raw RGB in; the pooled features, then the flattened activations at `boundary`, out: one
    output, so that one pass (on LiteRT too) gives phase 1 and phase 2 what they train on."""
    keras = import_keras()

    pixels = keras.Input((size, size, 3), name="rgb_0_255")
    bottom = keras.Model(base.input, [base.output, base.get_layer(boundary.layer).output])
    final, cut = bottom(arch.preprocessing()(pixels))
    pooled = keras.layers.GlobalAveragePooling2D()(final)
    joint = keras.layers.Concatenate()([pooled, keras.layers.Flatten()(cut)])
    return keras.Model(pixels, joint)
