"""Phase 1's speed-up: run the frozen base once per image (and view) instead of every epoch.

Images are decoded once on a thread pool (`decode_ahead`); each becomes its original view and
`views - 1` augmented ones, the base turns every view into a feature vector, and the vectors go
to the on-disk cache. The decoded images themselves can be kept in an `ImageStore` for phase 2,
so fine-tuning never decodes a file twice.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from app.core.batching import DEFAULT_BATCH_SIZE
from app.core.caches import digest_file
from app.core.decode_ahead import decoded_batches
from app.core.i18n import translate
from app.core.progress import Progress, ProgressCallback, Stage, Token
from training.activations import ActivationStore, Boundary
from training.augmentation import Augmentation
from training.feature_cache import FeatureCache, file_key, model_key, open_feature_cache
from training.scratch import scratch_array

__all__ = ["Extracted", "ImageStore", "cached_features", "extract_features", "make_view"]

_ACTIVATIONS_READ = 256  # cached activations read at once (MobileNetV2 at 288 px: 32 MB)

FeatureFn = Callable[[np.ndarray], np.ndarray]
"""(n, size, size, 3) uint8 -> (n, dim) float32 pooled features of the frozen base."""


def make_view(image: np.ndarray, view: int, augmentation: Augmentation, seed: str) -> np.ndarray:
    """View 0 is the image itself, view 1 its mirror (when flipping is allowed), later views
    random. Each view is a pure function of (image, view, seed), so cached features stay valid.
    """
    if view == 0:
        return image
    if view == 1 and augmentation.flip:
        return image[:, ::-1]
    digest = hashlib.blake2b(f"{seed}|{view}".encode(), digest_size=8).digest()
    rng = np.random.default_rng(int.from_bytes(digest, "little"))
    out = Image.fromarray(image)
    size = out.size
    if augmentation.flip and rng.random() < 0.5:
        out = out.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    if augmentation.rotation > 0:
        angle = rng.uniform(-1, 1) * augmentation.rotation * 360
        out = out.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False)
        # Rotation leaves empty corners; crop to the largest centred box they do not reach.
        out = _central_crop(out, _rotation_safe_scale(angle))
    if augmentation.zoom > 0:
        out = _central_crop(out, 1 / (1 + rng.uniform(0, augmentation.zoom)), rng)
    if out.size != size:
        out = out.resize(size, Image.Resampling.BILINEAR)
    return np.asarray(out)


def _rotation_safe_scale(angle_degrees: float) -> float:
    a = np.deg2rad(abs(angle_degrees))
    return float(1 / (np.cos(a) + np.sin(a)))


def _central_crop(
    img: Image.Image, scale: float, rng: np.random.Generator | None = None
) -> Image.Image:
    w, h = img.size
    cw, ch = max(1, round(w * scale)), max(1, round(h * scale))
    # With a generator the box moves anywhere inside the image (zoom on any part of it).
    left = (w - cw) // 2 if rng is None else int(rng.integers(0, w - cw + 1))
    top = (h - ch) // 2 if rng is None else int(rng.integers(0, h - ch + 1))
    return img.crop((left, top, left + cw, top + ch))


class ImageStore:
    """Decoded images at the input size, kept in a temporary file (memory-mapped), not in RAM:
    20,000 images at 288 px take 5 GB (where: `training.scratch.scratch_array`)."""

    def __init__(self, count: int, size: int, directory: Path) -> None:
        self._dir, self.images = scratch_array(
            directory,
            "images",
            (count, size, size, 3),
            np.uint8,
            translate("features", "the decoded images in"),
        )
        self.filled = np.zeros(count, dtype=bool)

    def close(self) -> None:
        del self.images
        shutil.rmtree(self._dir, ignore_errors=True)


def extract_features(
    features_of: FeatureFn,
    paths: Sequence[Path],
    views: Sequence[int],
    *,
    size: int,
    cache: FeatureCache | None,
    model_key: str,
    augmentation: Augmentation,
    store: ImageStore | None = None,
    known: Mapping[int, np.ndarray] | None = None,
    boundary: Boundary | None = None,
    activations: ActivationStore | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> tuple[np.ndarray, dict[int, str], int]:
    """Features (n, max(views), dim) for `views[i]` views of `paths[i]`; unfilled rows are 0.

    Returns also {index: reason} for files that could not be read, and how many views were
    computed (the rest came from the cache, or from `known`: view 0 of some rows, computed
    earlier in the same run). Files in `store` are decoded into it as well. With `boundary`,
    `features_of` also outputs the activations there (`training.activations`): they go to the
    cache, and to `activations`, which also wants every view it lacks computed or cached.
    """
    n = len(paths)
    keys: list[str | None] = []
    failed: dict[int, str] = {}
    for i, path in enumerate(paths):
        try:
            keys.append(file_key(path))
        except OSError as exc:
            keys.append(None)
            failed[i] = translate("features", "cannot be read ({why})").format(
                why=exc.strerror or exc
            )
    view_keys = [model_key] + [f"{model_key}|{augmentation.key()}"] * (max(views, default=1) - 1)
    found: list[dict[int, np.ndarray]] = [{} for _ in range(n)]
    for i, vector in (known or {}).items():
        found[i][0] = vector
    if cache is not None:
        for v, view_key in enumerate(view_keys):
            wanted = {keys[i]: i for i in range(n) if keys[i] is not None and views[i] > v}
            for key, vector in cache.get(view_key, wanted, v).items():
                found[wanted[key]][v] = vector
            if activations is not None:
                _cached_activations(cache, activations, view_key, wanted, v)

    def missing(i: int, v: int) -> bool:
        return v not in found[i] or (activations is not None and not activations.filled[i, v])

    todo = [
        i
        for i in range(n)
        if i not in failed
        and (
            any(missing(i, v) for v in range(views[i]))
            or (store is not None and not store.filled[i])
        )
    ]
    result: np.ndarray | None = None
    computed = 0
    done = 0
    if progress:
        progress(Progress(Stage.EXTRACT, 0, len(todo)))
    batches = decoded_batches([paths[i] for i in todo], size, batch_size=batch_size, token=token)
    for batch in batches:
        pending: list[tuple[int, int, np.ndarray]] = []
        for j, outcome in batch:
            i = todo[j]
            if isinstance(outcome, str):
                failed[i] = outcome
                continue
            if store is not None:
                store.images[i] = outcome
                store.filled[i] = True
            for v in range(views[i]):
                if missing(i, v):
                    pending.append((i, v, make_view(outcome, v, augmentation, keys[i] or "")))
        for start in range(0, len(pending), batch_size):
            chunk = pending[start : start + batch_size]
            vectors = features_of(np.stack([image for _, _, image in chunk]))
            entries = []
            if boundary is not None:
                vectors, values = boundary.split(vectors)
                for (i, v, _), row in zip(chunk, values, strict=True):
                    if activations is not None:
                        activations.put(i, v, row)
                    entries.append((boundary.key(view_keys[v]), keys[i], v, row))
            for (i, v, _), vector in zip(chunk, vectors, strict=True):
                found[i][v] = vector
                entries.append((view_keys[v], keys[i], v, vector))
            if cache is not None:
                cache.put(entries)
            computed += len(chunk)
        done += len(batch)
        if progress:
            progress(Progress(Stage.EXTRACT, done, len(todo)))
    for i in range(n):
        for v, vector in found[i].items():
            if result is None:
                result = np.zeros((n, max(views, default=1), vector.shape[-1]), np.float32)
            result[i, v] = vector
    if result is None:
        result = np.zeros((n, max(views, default=1), 0), np.float32)
    return result, failed, computed


def _cached_activations(
    cache: FeatureCache, store: ActivationStore, view_key: str, wanted: dict[str, int], view: int
) -> None:
    """`view`'s cached activations of the `wanted` files (file key -> row) into `store`, a
    few hundred at a time: a whole set's at once would be gigabytes in RAM."""
    files = list(wanted)
    for start in range(0, len(files), _ACTIVATIONS_READ):
        chunk = files[start : start + _ACTIVATIONS_READ]
        for key, values in cache.get(store.boundary.key(view_key), chunk, view).items():
            store.put(wanted[key], view, values)


@dataclass
class Extracted:
    features: np.ndarray  # (n, max(views), dim), as `extract_features` returns them
    failed: dict[int, str]  # row -> why its file could not be read
    computed: int  # views the base computed (the rest came from the cache)
    key: str  # the cache's model key ("" for random weights)


def cached_features(
    features_of: FeatureFn,
    paths: Sequence[Path],
    views: Sequence[int],
    *,
    architecture: str,
    size: int,
    weights: Path | None,
    use_cache: bool,
    augmentation: Augmentation,
    store: ImageStore | None = None,
    known: Mapping[int, np.ndarray] | None = None,
    boundary: Boundary | None = None,
    activations: ActivationStore | None = None,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> Extracted:
    """`extract_features` through the user's feature cache, keyed by the base (architecture,
    input size, weights file): what training and the dataset check both call, so a check after
    training (or training after a check) computes nothing again. Random weights (None) differ
    on every run, so their features are never cached."""
    cache, key = None, ""
    if weights is not None:
        key = model_key(architecture, size, digest_file(weights))
        if use_cache:
            cache = open_feature_cache()
    try:
        features, failed, computed = extract_features(
            features_of, paths, views, size=size, cache=cache, model_key=key,
            augmentation=augmentation, store=store, known=known, boundary=boundary,
            activations=activations, progress=progress, token=token,
        )  # fmt: skip
    finally:
        if cache is not None:
            cache.prune()
            cache.close()
    return Extracted(features, failed, computed, key)
