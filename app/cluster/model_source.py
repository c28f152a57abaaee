"""The model as it travels to Ray actors: its file's bytes (a Pictag model file, or an
architecture's weights), read once by the driver and shipped through Ray's object store.

So only the photos must be reachable from every node: the model file or Keras' weights cache
need be on the driver's machine alone, and every actor loads the very same bytes through
`load_classifier` (and whatever backend it picks).
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.atomic import replacing
from app.core.backend import AUTO
from app.core.errors import UsageError
from app.core.i18n import translate
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
    backend: str = AUTO  # what runs the network in each actor (app/core/backend.py)
    keep_known: float | None = None  # the detector's share of known photos (None: the file's)

    def load(self) -> LoadedModel:
        """The model, in the process that will run it (an actor)."""
        from app.core.model_loader import load_classifier

        if self.data is None:
            return load_classifier(self.model, weights=None, backend=self.backend)
        path = self._local_copy(self.data)
        if self.is_file:
            return load_classifier(path, backend=self.backend, keep_known=self.keep_known)
        return load_classifier(self.model, weights=path, backend=self.backend)

    def _local_copy(self, data: bytes) -> Path:
        """The bytes as a file on this node, in a folder named by their digest: the actors of
        one node share it, and it stays, since LiteRT's preparation reads it again later."""
        name = Path(self.model if self.is_file else f"{self.model}_weights.h5").name
        digest = hashlib.sha256(data).hexdigest()[:20]
        path = Path(tempfile.gettempdir()) / "pictag-ray-models" / digest / name
        if not (path.is_file() and path.stat().st_size == len(data)):
            path.parent.mkdir(parents=True, exist_ok=True)
            with replacing(path) as tmp:
                tmp.write_bytes(data)
        return path


def read_model_source(
    model: str,
    weights: str | None,
    *,
    backend: str = AUTO,
    keep_known: float | None = None,
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
        return ModelSource(model, data, labels, is_file=False, backend=backend)
    if weights not in (None, "imagenet"):
        raise UsageError(
            translate(
                "cluster_model_source", "--weights applies to {architectures}, not a model file"
            ).format(architectures=" / ".join(ARCHITECTURES))
        )
    path = Path(model)
    data = path.read_bytes()
    return ModelSource(
        path.name, data, labels, is_file=True, backend=backend, keep_known=keep_known
    )
