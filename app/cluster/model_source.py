"""The model as it travels to Ray actors: its file's bytes (a Pictag model file, or an
architecture's weights), read once by the driver and shipped through Ray's object store.

So only the photos must be reachable from every node: the model file or Keras' weights cache
need be on the driver's machine alone, and every actor loads the very same bytes through
`load_classifier` (and whatever backend it picks).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import UsageError
from app.core.model_labels import model_labels
from app.core.progress import ProgressCallback, Token
from app.core.registry import ARCHITECTURES, get_architecture
from app.core.weights import resolve_weights

if TYPE_CHECKING:
    from app.core.model_loader import LoadedModel

__all__ = ["ModelSource", "read_model_source"]


@dataclass(frozen=True)
class ModelSource:
    model: str  # an architecture name, or the model file's name
    data: bytes | None  # the model file, or the architecture's weights (None: random)
    labels: tuple[str, ...]
    is_file: bool

    def load(self) -> LoadedModel:
        """The model, in the process that will run it (an actor)."""
        from app.core.model_loader import load_classifier

        folder = Path(tempfile.mkdtemp(prefix="pictag-model-"))
        try:
            if self.data is None:
                return load_classifier(self.model, weights=None)
            name = self.model if self.is_file else f"{self.model}_weights.h5"
            path = folder / Path(name).name
            path.write_bytes(self.data)
            if self.is_file:
                return load_classifier(path)
            return load_classifier(self.model, weights=path)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def read_model_source(
    model: str,
    weights: str | None,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> ModelSource:
    """What `--model` and `--weights` name, read on the driver; the same one-line errors as
    `load_classifier` for a missing or foreign model file, unknown model or missing weights.
    ImageNet weights missing from Keras' cache are downloaded here (`Stage.DOWNLOAD`)."""
    labels = model_labels(model)
    if model in ARCHITECTURES:
        arch = get_architecture(model)
        path = resolve_weights(arch, weights, include_top=True, progress=progress, token=token)
        data = path.read_bytes() if path is not None else None
        return ModelSource(model, data, labels, is_file=False)
    if weights not in (None, "imagenet"):
        raise UsageError(f"--weights applies to {' and '.join(ARCHITECTURES)}, not a model file")
    path = Path(model)
    return ModelSource(path.name, path.read_bytes(), labels, is_file=True)
