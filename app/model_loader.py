"""Loading a classifier: an ImageNet application or a Pictag model file, behind one interface."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.errors import UsageError, WeightsError, first_line
from app.model_file import load_model_file
from app.progress import ByteProgressCallback, CancelToken
from app.registry import ARCHITECTURES, Architecture, get_architecture
from app.tf_runtime import uint8_forward
from app.weights import imagenet_weights_path

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
    download_progress: ByteProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> LoadedModel:
    """`model` is an architecture name (mobilenet_v2, inception_v3) or a Pictag `.keras` file.

    For an architecture, `weights` is "imagenet" (Keras' cache, downloaded when missing), a local
    weights file, or None (random weights: only useful for tests).
    """
    if str(model) in ARCHITECTURES:
        return _load_application(str(model), weights, input_size, download_progress, cancel)
    path = Path(model)
    if path.suffix.lower() != ".keras" and not path.exists():
        get_architecture(str(model))  # raises the "unknown model" message
    if weights not in (None, "imagenet"):
        raise UsageError("--weights applies to mobilenet_v2 and inception_v3, not to a model file")
    network, info = load_model_file(path)
    return LoadedModel(path.name, info.labels, info.input_size, network)


def _load_application(
    name: str,
    weights: str | Path | None,
    input_size: int | None,
    progress: ByteProgressCallback | None,
    cancel: CancelToken | None,
) -> LoadedModel:
    from app.imagenet_labels import imagenet_labels

    arch = get_architecture(name)
    size = input_size or arch.default_size
    if weights == "imagenet":
        weights_path: Path | None = imagenet_weights_path(
            arch, include_top=True, progress=progress, cancel=cancel
        )
    else:
        weights_path = Path(weights) if weights is not None else None
        if weights_path is not None and not weights_path.is_file():
            raise UsageError(f"{weights_path}: weights file not found")
    network = arch.build(size=size, include_top=True)
    if weights_path is not None:
        try:
            network.load_weights(weights_path)
        except Exception as exc:
            raise WeightsError(
                _unusable_weights_message(arch, weights_path, weights, exc)
            ) from None
    label = (
        "ImageNet" if weights == "imagenet" else (weights_path.name if weights_path else "random")
    )
    wrapped = arch.with_raw_input(network, size=size, name=name)
    return LoadedModel(f"{arch.display_name} ({label})", imagenet_labels(), size, wrapped)


def _unusable_weights_message(
    arch: Architecture, path: Path, weights: str | Path | None, exc: Exception
) -> str:
    detail = first_line(exc)
    if weights == "imagenet":  # Keras' cache holds a damaged file, e.g. from a killed download
        return (
            f"The cached ImageNet weights file {path} is damaged ({detail}). "
            "Delete it and Pictag will download it again."
        )
    return (
        f"{path}: not usable as {arch.display_name} weights with the ImageNet top ({detail}). "
        f"Use the file named {arch.imagenet_top.filename}."
    )
