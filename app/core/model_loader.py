"""Loading a classifier: an ImageNet application or a Pictag model file, behind one interface."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.core.backend import AUTO, check_backend
from app.core.caches import digest_file
from app.core.decision import Decision
from app.core.errors import UsageError
from app.core.forward import Forward, Identity
from app.core.i18n import translate
from app.core.model_file import load_model_file
from app.core.progress import ProgressCallback, Token
from app.core.registry import ARCHITECTURES, get_architecture
from app.core.weights import load_weights, resolve_weights

if TYPE_CHECKING:
    import keras

__all__ = ["LoadedModel", "load_classifier", "model_name"]

log = logging.getLogger(__name__)


@dataclass
class LoadedModel:
    """A ready classifier: raw RGB uint8 batches in, probabilities over `labels` out.

    `backend_choice` is "auto", "litert" or "tensorflow" (app/core/backend.py); `backend` says
    which one runs now. `close()` (or leaving a `with` block) ends LiteRT's preparation if it
    still runs; the model stays usable. `decision` turns outputs into the labels given;
    `notice` is what a person should know about the model before using it ("" if nothing).
    """

    name: str
    labels: tuple[str, ...]
    input_size: int
    keras_model: keras.Model
    backend_choice: str = AUTO
    identity: Identity | None = None  # None: random weights, nothing worth caching
    decision: Decision = field(default_factory=Decision)
    notice: str = ""
    forward: Forward = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.forward = Forward(
            self.keras_model, self.input_size, backend=self.backend_choice,
            identity=self.identity, name=self.name, classes=len(self.labels),
        )  # fmt: skip

    def run(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """(n, size, size, 3) uint8 -> ((n, len(labels)) float32 probabilities, (n,)
        novelties, or None for a model without a detector)."""
        return self.decision.split(self.forward(batch), len(self.labels))

    def predict(self, batch: np.ndarray) -> np.ndarray:
        """(n, size, size, 3) uint8 -> (n, len(labels)) float32 probabilities."""
        return self.run(batch)[0]

    @property
    def backend(self) -> str:
        """ "litert" or "tensorflow": what runs the next batch."""
        return self.forward.backend

    def close(self) -> None:
        self.forward.close()

    def __enter__(self) -> LoadedModel:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def load_classifier(
    model: str | Path,
    *,
    weights: str | Path | None = "imagenet",
    input_size: int | None = None,
    backend: str = AUTO,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    keep_known: float | None = None,
) -> LoadedModel:
    """`model` is an architecture name (a key of ARCHITECTURES) or a Pictag `.keras` file.

    For an architecture, `weights` is "imagenet" (Keras' cache, downloaded when missing), a local
    weights file, or None (random weights: only useful for tests). `backend`: see LoadedModel.
    `progress` hears `Stage.DOWNLOAD` events while missing weights are fetched.
    `keep_known`: the share of known photos a model file's detector keeps (None: the share
    saved in the file; see `app.core.decision`).
    """
    check_backend(backend)
    if str(model) in ARCHITECTURES:
        return _load_application(str(model), weights, input_size, backend, progress, token)
    path = Path(model)
    if path.suffix.lower() != ".keras" and not path.exists():
        get_architecture(str(model))  # raises the "unknown model" message
    if weights not in (None, "imagenet"):
        message = translate("model_loader", "--weights applies to {names}, not to a model file")
        raise UsageError(message.format(names=", ".join(ARCHITECTURES)))
    network, info = load_model_file(path)
    identity = _identity(path, "model file", info.input_size)
    return LoadedModel(
        model_name(path), info.labels, info.input_size, network, backend, identity,
        info.decision.keeping(keep_known), closed_set_notice(path, info.before_open_set),
    )  # fmt: skip


def closed_set_notice(path: Path, before_open_set: bool) -> str:
    """What a model file made before "none of these" existed should tell its user."""
    if not before_open_set:
        return ""
    return translate(
        "model_loader", "{name} was made by an earlier Pictag: it gives every photo one of its "
        'classes and cannot say "none of these"; update it (pictag update) or train it again to '
        "add that",
    ).format(name=path.name)  # fmt: skip


def _load_application(
    name: str,
    weights: str | Path | None,
    input_size: int | None,
    backend: str,
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
    wrapped = arch.with_raw_input(network, size=size, name=name)
    identity = _identity(weights_path, name, size, "top") if weights_path else None
    title = model_name(name, weights)
    return LoadedModel(title, imagenet_labels(), size, wrapped, backend, identity)


def model_name(model: str | Path, weights: str | Path | None = "imagenet") -> str:
    """The name `load_classifier(model, weights=weights)` gives its model, without loading it:
    what results and keywords record as the model that made them."""
    if str(model) not in ARCHITECTURES:
        return Path(model).name
    label = "ImageNet" if weights == "imagenet" else (Path(weights).name if weights else "random")
    return f"{get_architecture(str(model)).display_name} ({label})"


def _identity(path: Path, *parts: object) -> Identity:
    """What the converted-model cache keys a network by: the digest of the file its weights
    come from, and whatever else shapes it."""
    return lambda: "|".join([*map(str, parts), digest_file(path)])
