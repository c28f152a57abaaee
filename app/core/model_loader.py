"""Loading a classifier: an ImageNet application or a Pictag model file, behind one interface."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.errors import UsageError
from app.core.model_file import load_model_file
from app.core.progress import ProgressCallback, Token
from app.core.registry import ARCHITECTURES, get_architecture
from app.core.tf_runtime import uint8_forward
from app.core.weights import load_weights, resolve_weights

if TYPE_CHECKING:
    import keras

__all__ = ["LoadedModel", "load_classifier"]

log = logging.getLogger(__name__)


@dataclass
class LoadedModel:
    """A ready classifier: raw RGB uint8 batches in, probabilities over `labels` out."""

    name: str
    labels: tuple[str, ...]
    input_size: int
    keras_model: keras.Model
    _forward: Any = None

    def __post_init__(self) -> None:
        self._forward = uint8_forward(self.keras_model, self.input_size)

    def predict(self, batch: np.ndarray) -> np.ndarray:
        """(n, size, size, 3) uint8 -> (n, len(labels)) float32 probabilities."""
        return self._forward(batch)


def load_classifier(
    model: str | Path,
    *,
    weights: str | Path | None = "imagenet",
    input_size: int | None = None,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> LoadedModel:
    """`model` is an architecture name (a key of ARCHITECTURES) or a Pictag `.keras` file.

    For an architecture, `weights` is "imagenet" (Keras' cache, downloaded when missing), a local
    weights file, or None (random weights: only useful for tests). `progress` hears
    `Stage.DOWNLOAD` events while missing weights are fetched.
    """
    if str(model) in ARCHITECTURES:
        return _load_application(str(model), weights, input_size, progress, token)
    path = Path(model)
    if path.suffix.lower() != ".keras" and not path.exists():
        get_architecture(str(model))  # raises the "unknown model" message
    if weights not in (None, "imagenet"):
        names = " and ".join(ARCHITECTURES)
        raise UsageError(f"--weights applies to {names}, not to a model file")
    network, info = load_model_file(path)
    return LoadedModel(path.name, info.labels, info.input_size, network)


def _load_application(
    name: str,
    weights: str | Path | None,
    input_size: int | None,
    progress: ProgressCallback | None,
    token: Token | None,
) -> LoadedModel:
    from app.core.imagenet_labels import imagenet_labels

    arch = get_architecture(name)
    size = input_size or arch.default_size
    weights_path = resolve_weights(arch, weights, include_top=True, progress=progress, token=token)
    network = arch.build(size=size, include_top=True)
    if weights_path is not None:
        load_weights(network, arch, weights_path, include_top=True)
    label = (
        "ImageNet" if weights == "imagenet" else (weights_path.name if weights_path else "random")
    )
    wrapped = arch.with_raw_input(network, size=size, name=name)
    return LoadedModel(f"{arch.display_name} ({label})", imagenet_labels(), size, wrapped)
