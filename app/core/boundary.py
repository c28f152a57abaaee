"""Where a base network can be cut for fine-tuning: the last layer below the first unfrozen
one whose output alone feeds everything above it.

Phase 2 trains only the layers from `fine_tune_at` on; whatever is below never changes, so its
output can be computed once and the top trained on it. That output must be one tensor that
carries everything the top needs: a residual connection reaching over the cut (MobileNetV2's
block 11 adds block 10's output to its own) moves the cut down to where it does not. It is read
from the network's own graph, so every architecture Keras builds has one (MobileNetV2 from layer
100: `block_10_project_BN`; InceptionV3 from layer 249: `mixed8`).
"""

from __future__ import annotations

from typing import Any

__all__ = ["fine_tuning_boundary"]


def fine_tuning_boundary(base: Any, fine_tune_at: int) -> str | None:
    """The name of the layer of `base` (a Keras functional model) whose output is the top's
    only input when layers from `fine_tune_at` on are trained; None when there is no such
    layer above the input (nothing to gain: the top would be the whole network)."""
    layers = base.layers
    index = {id(layer): i for i, layer in enumerate(layers)}
    lowest = len(layers)  # the lowest layer whose output a layer above the candidate reads
    for candidate in range(len(layers) - 1, 0, -1):
        if candidate < fine_tune_at and lowest >= candidate:
            return str(layers[candidate].name)
        for node in layers[candidate]._inbound_nodes:
            for tensor in node.input_tensors:
                lowest = min(lowest, index[id(tensor._keras_history[0])])
    return None
