"""What one training run computes through the frozen base: view 0 of every photo for the
near-duplicate grouping, then every view of every photo for phase 1 (view 0 reused), each from
the feature cache where it can, and the account of what was computed and what came cached."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.core.caches import digest_file
from app.core.forward import Forward
from app.core.i18n import translate
from app.core.progress import ProgressCallback, Token
from training.activations import ActivationStore, Boundary
from training.augmentation import Augmentation
from training.features import Extracted, ImageStore, cached_features
from training.grouping import FoundGroups, find_groups

__all__ = ["RunFeatures"]


@dataclass
class RunFeatures:
    features_of: Forward | None  # the frozen base, once it is built
    architecture: str
    size: int
    weights: Path | None  # None: random, so nothing is cached nor grouped by features
    use_cache: bool
    token: Token
    known: dict[Path, np.ndarray] = field(default_factory=dict)  # view 0, from the grouping
    computed_early: int = 0  # of those, computed (not from the cache)
    computed: int = 0  # views the base computed in the whole run
    cached: int = 0  # views that came from the cache
    key: str = ""  # the feature cache's key for this base ("" for random weights)
    # Where phase 2 is cut, when `features_of` also outputs the activations there
    boundary: Boundary | None = None

    def weights_digest(self) -> str | None:
        """What identifies the base's weights (random ones differ per run: None, and nothing
        computed from them is worth caching)."""
        return digest_file(self.weights) if self.weights is not None else None

    def groups(self, paths: Sequence[Path], progress: ProgressCallback) -> FoundGroups:
        """Near-duplicate groups of `paths`; their view 0 is kept for `extract`."""
        found = find_groups(
            paths, self.features_of if self.weights is not None else None,
            architecture=self.architecture, size=self.size, weights=self.weights,
            use_cache=self.use_cache, boundary=self.boundary, progress=progress,
            token=self.token,
        )  # fmt: skip
        self.known = found.view0(paths)
        self.computed_early = found.features.computed if found.features else 0
        return found

    def extract(
        self,
        paths: Sequence[Path],
        views: Sequence[int],
        augmentation: Augmentation,
        store: ImageStore | ActivationStore | None,
        progress: ProgressCallback,
    ) -> Extracted:
        """`views[i]` views of `paths[i]`, view 0 from the grouping where it computed it; the
        decoded images or the activations that phase 2 trains on go to `store`."""
        assert self.features_of is not None
        known = {i: self.known[p] for i, p in enumerate(paths) if p in self.known}
        extracted = cached_features(
            self.features_of, paths, views, architecture=self.architecture, size=self.size,
            weights=self.weights, use_cache=self.use_cache, augmentation=augmentation,
            store=store if isinstance(store, ImageStore) else None, known=known,
            boundary=self.boundary,
            activations=store if isinstance(store, ActivationStore) else None,
            progress=progress, token=self.token,
        )  # fmt: skip
        self.key = extracted.key
        total_views = sum(v for i, v in enumerate(views) if i not in extracted.failed)
        self.computed = extracted.computed + self.computed_early
        self.cached = total_views - self.computed
        return extracted

    def summary(self) -> str:
        assert self.features_of is not None
        return translate(
            "run_features", "Features: {computed} computed, {cached} from the cache (on {backend})"
        ).format(computed=self.computed, cached=self.cached, backend=self.features_of.describe())

    def as_report(self) -> dict[str, object]:
        assert self.features_of is not None
        return {
            "computed": self.computed,
            "from_cache": self.cached,
            "model_key": self.key,
            "backend": self.features_of.describe(),
        }
