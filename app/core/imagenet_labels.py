"""ImageNet-1k class names in Keras' output order, read from the shipped resource file."""

from __future__ import annotations

import json
from functools import lru_cache

from app.core.paths import resource_path

__all__ = ["imagenet_classes", "imagenet_labels"]


@lru_cache(maxsize=1)
def imagenet_classes() -> tuple[tuple[str, str], ...]:
    """(WordNet id, name) for each of the 1000 outputs of an ImageNet Keras application."""
    with resource_path("imagenet_classes.json").open(encoding="utf-8") as f:
        rows = json.load(f)
    if len(rows) != 1000:
        raise RuntimeError(f"imagenet_classes.json has {len(rows)} classes, expected 1000")
    return tuple((wnid, name) for wnid, name in rows)


def imagenet_labels() -> tuple[str, ...]:
    return tuple(name for _, name in imagenet_classes())
