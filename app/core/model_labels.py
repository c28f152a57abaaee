"""What a `--model` will answer with, known without loading it (no TensorFlow): an
architecture's ImageNet classes, or a model file's labels from its metadata. So an output to
continue can be checked against them, and a run with nothing left to do ends, before the
seconds a model takes to load."""

from __future__ import annotations

from pathlib import Path

from app.core.model_file import read_model_info
from app.core.registry import ARCHITECTURES, get_architecture

__all__ = ["model_labels"]


def model_labels(model: str | Path) -> tuple[str, ...]:
    """The labels of `model` (as `load_classifier` takes it), with its one-line errors for an
    unknown model name or a missing, foreign or damaged model file."""
    if str(model) in ARCHITECTURES:
        from app.core.imagenet_labels import imagenet_labels

        return tuple(imagenet_labels())
    path = Path(model)
    if path.suffix.lower() != ".keras" and not path.exists():
        get_architecture(str(model))  # raises the "unknown model" message
    return tuple(read_model_info(path).labels)
