"""Phase 2's speed-up: the frozen bottom's output at the fine-tuning boundary, computed once.

Phase 2 trains the base's top layers; the layers below them (`app.core.boundary`) never change,
yet running them is more than half of a fine-tuning step. So the pass that computes phase 1's
features also keeps their output for every view (one network with both outputs, on LiteRT where
it runs the base), through the feature cache under the same keys, and phase 2 trains the top
alone on them (`training.top`). They are stored as float16, like the features: 18x18x96 values,
62 KB a view, for MobileNetV2 at 288 px, a quarter of the decoded image they replace.

A set whose activations would pass `ACTIVATION_BUDGET` (in the run's scratch file, and so in the
cache, which keeps them only if they fit beside the features) is fine-tuned on its decoded
photos instead, as before, and the run says so.
"""

from __future__ import annotations

import math
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.core.boundary import fine_tuning_boundary
from app.core.caches import MAX_CACHE_BYTES
from app.core.i18n import translate
from training.scratch import scratch_array

__all__ = ["ACTIVATION_BUDGET", "ActivationStore", "Boundary", "plan_boundary"]

# Half the cache: what a run keeps there beside the features (MobileNetV2: 17,000 views at 288
# px, 28,000 at 224). Read when a run starts, so a test can lower it.
ACTIVATION_BUDGET = MAX_CACHE_BYTES // 2
_BYTES = 2  # float16


@dataclass(frozen=True)
class Boundary:
    """The layer whose output phase 2's top is trained on, and that output's shape."""

    layer: str
    shape: tuple[int, ...]

    @property
    def values(self) -> int:
        return math.prod(self.shape)

    @property
    def bytes(self) -> int:
        return self.values * _BYTES

    def key(self, view_key: str) -> str:
        """The cache's model key for these activations, beside the features' `view_key`."""
        return f"{view_key}|activations at {self.layer}"

    def split(self, outputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The base's joint outputs (pooled features, then the flattened activations) apart."""
        # A copy: a view would keep every batch's activations alive beside its features.
        return outputs[:, : -self.values].copy(), outputs[:, -self.values :]


def plan_boundary(base: Any, fine_tune_at: int, views: int) -> tuple[Boundary | None, str]:
    """The boundary phase 2 trains above for a run of `views` images and views in all, or None
    and the line that tells the person why phase 2 will run on the photos."""
    layer = fine_tuning_boundary(base, fine_tune_at)
    if layer is None:
        return None, translate(
            "activations",
            "Phase 2 fine-tunes on the decoded photos: below layer {at} there is no single layer "
            "whose output could be kept for it",
        ).format(at=fine_tune_at)
    boundary = Boundary(layer, tuple(int(d) for d in base.get_layer(layer).output.shape[1:]))
    need, budget = views * boundary.bytes, ACTIVATION_BUDGET
    if need > budget:
        return None, translate(
            "activations",
            "Phase 2 fine-tunes on the decoded photos, the slower way: the activations at {layer} "
            "of {views} images and views would take {need:.1f} GB, over the {budget:.1f} GB kept "
            "for them (a smaller input size, fewer augmented views or a later fine-tune-at would "
            "fit)",
        ).format(layer=layer, views=f"{views:,}", need=need / 1024**3, budget=budget / 1024**3)
    return boundary, ""


class ActivationStore:
    """The boundary activations of every view of a run's images, in a temporary file
    (memory-mapped, `training.scratch`), not in RAM; `filled[i, v]` says which are there."""

    def __init__(self, count: int, views: int, boundary: Boundary, directory: Path) -> None:
        self.boundary = boundary
        self._dir, self.activations = scratch_array(
            directory, "activations", (count, views, *boundary.shape), np.float16,
            translate("activations", "the fine-tuning activations in"),
        )  # fmt: skip
        self.filled = np.zeros((count, views), dtype=bool)

    @property
    def views(self) -> int:
        return int(self.activations.shape[1])

    def put(self, row: int, view: int, values: np.ndarray) -> None:
        self.activations[row, view] = values.reshape(self.boundary.shape)
        self.filled[row, view] = True

    def close(self) -> None:
        del self.activations
        shutil.rmtree(self._dir, ignore_errors=True)
