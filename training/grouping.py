"""The near-duplicate groups of a folder's photos, as the split and the dataset check need them:
content signatures for every photo, and, when the base has real weights, view 0 of its
features, both through the feature cache. Training keeps these features (they are view 0 of
its own extraction), so grouping costs a cold run no extra network pass."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from app.core.i18n import translate
from app.core.progress import Progress, ProgressCallback, Stage, Token
from training.activations import Boundary
from training.augmentation import NO_AUGMENTATION
from training.feature_cache import open_feature_cache
from training.features import Extracted, FeatureFn, cached_features
from training.near_duplicates import (
    Groups,
    content_signatures,
    near_duplicate_groups,
    normalized,
)

__all__ = ["FoundGroups", "find_groups"]


@dataclass
class FoundGroups:
    groups: Groups
    features: Extracted | None  # view 0 of every photo (None without a weighted base)

    def view0(self, paths: Sequence[Path]) -> dict[Path, np.ndarray]:
        """The feature vector of each readable photo of `paths` (those grouped), by path."""
        if self.features is None:
            return {}
        failed = self.features.failed
        return {p: self.features.features[i, 0] for i, p in enumerate(paths) if i not in failed}


def find_groups(
    paths: Sequence[Path],
    features_of: FeatureFn | None,
    *,
    architecture: str,
    size: int,
    weights: Path | None,
    use_cache: bool,
    boundary: Boundary | None = None,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> FoundGroups:
    """Group `paths` by near-duplicates. `features_of` None (or random weights, whose features
    mean nothing from one run to the next) groups by content signatures only. Events are all
    `Stage.GROUP`; those of the feature pass say so in their text. With `boundary`,
    `features_of` also outputs a training run's activations, which go to the cache for it."""
    extracted = None
    if features_of is not None and weights is not None:
        extracted = cached_features(
            features_of, paths, [1] * len(paths), architecture=architecture, size=size,
            weights=weights, use_cache=use_cache, augmentation=NO_AUGMENTATION,
            boundary=boundary,
            progress=_as_group(progress, translate("grouping", "Computing image features")),
            token=token,
        )  # fmt: skip
    cache = open_feature_cache() if use_cache else None
    try:
        signatures = content_signatures(
            paths,
            cache=cache,
            progress=_as_group(progress, translate("grouping", "Comparing photos")),
            token=token,
        )
    finally:
        if cache is not None:
            cache.close()
    embeddings = normalized(extracted.features[:, 0]) if extracted is not None else None
    groups = near_duplicate_groups(embeddings, signatures, token)
    return FoundGroups(groups, extracted)


def _as_group(progress: ProgressCallback | None, text: str) -> ProgressCallback | None:
    if progress is None:
        return None

    def relay(event: Progress) -> None:
        progress(replace(event, stage=Stage.GROUP, text=event.text or text))

    return relay
