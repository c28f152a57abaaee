"""Near-duplicate photos: the same picture resized, recompressed, slightly cropped, or shot twice
in a burst. The split keeps each group on one side (otherwise validation flatters the model)
and the check reports them.

Two measures, either of which links two photos:
- the cosine similarity of the frozen base's pooled features (L2-normalised): sees through
  crops and small changes of framing;
- a content signature, the correlation of 16x16 grey thumbnails: base-independent, and sure
  about resized and recompressed copies whose features a small copy blurs.

Thresholds measured on /work/shared's cats and dogs (2,000 photos, MobileNetV2 at 288 px; the
figures are in docs/check.md): copies resized to half, recompressed at
JPEG quality 40, cropped 5% per side or 10% from a corner score 0.78-0.96 in features (the
half-size copies lowest) and 0.991-1.0 in signatures; of the ~1,000,000 pairs of distinct
photos of one class the highest scores are 0.837 and 0.895 (one real duplicate pair aside).
A group is a connected component of these links (union-find).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from app.core.errors import ImageLoadError
from app.core.image_io import load_thumbnail
from app.core.progress import Progress, ProgressCallback, Stage, Token
from training.feature_cache import FeatureCache, file_key

__all__ = [
    "EMBEDDING_SIMILAR",
    "CONTENT_SIMILAR",
    "Groups",
    "content_signatures",
    "near_duplicate_groups",
    "normalized",
    "similar_pairs",
]

EMBEDDING_SIMILAR = 0.87  # copies: 99.3-100% at or above; distinct photos: at most 0.837
CONTENT_SIMILAR = 0.97  # resized or recompressed copies: 0.991 or more; distinct: at most 0.895
SIGNATURE_KEY = "content-thumb16-v1"  # the feature cache's key for content signatures
_SIDE = 16
_BLOCK = 1024  # rows of the similarity matrix computed at once


def normalized(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows, unreadable files, stay zero)."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


def _signature(path: Path) -> np.ndarray:
    """A 16x16 grey thumbnail, mean removed and scaled to unit length: correlation by dot."""
    small = Image.fromarray(load_thumbnail(path, 4 * _SIDE)).convert("L")
    grey = small.resize((_SIDE, _SIDE), Image.Resampling.BOX)
    pixels = np.asarray(grey, np.float32).ravel()
    pixels -= pixels.mean()
    norm = float(np.linalg.norm(pixels))
    return pixels / norm if norm > 0 else pixels  # a flat image has no pattern to match


def _signature_or_none(path: Path) -> np.ndarray | None:
    try:
        return _signature(path)
    except (ImageLoadError, OSError):
        return None  # unreadable: the scan or the features say why; it links to nothing


def content_signatures(
    paths: Sequence[Path],
    *,
    cache: FeatureCache | None,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> np.ndarray:
    """(n, 256) signatures (zero rows for files that cannot be read), from the cache where
    possible: ~1 ms a photo to compute, nothing once cached."""
    keys: dict[int, str] = {}
    for i, path in enumerate(paths):
        try:
            keys[i] = file_key(path)
        except OSError:
            continue
    out = np.zeros((len(paths), _SIDE * _SIDE), np.float32)
    found = cache.get(SIGNATURE_KEY, keys.values(), 0) if cache is not None else {}
    todo = [i for i, key in keys.items() if key not in found]
    for i, key in keys.items():
        if key in found:
            out[i] = found[key]
    if progress:
        progress(Progress(Stage.GROUP, 0, len(todo)))
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="pictag-signature") as pool:
        for start in range(0, len(todo), 256):
            if token is not None:
                token.check()
            chunk = todo[start : start + 256]
            computed = list(pool.map(_signature_or_none, (paths[i] for i in chunk)))
            entries = []
            for i, vector in zip(chunk, computed, strict=True):
                if vector is not None:
                    out[i] = vector
                    entries.append((SIGNATURE_KEY, keys[i], 0, vector))
            if cache is not None:
                cache.put(entries)
            if progress:
                progress(Progress(Stage.GROUP, start + len(chunk), len(todo)))
    return out


def similar_pairs(
    vectors: np.ndarray, threshold: float, token: Token | None = None
) -> list[tuple[int, int, float]]:
    """(i, j, similarity) for i < j with dot(vectors[i], vectors[j]) >= threshold; the rows
    must be unit length (or zero). Computed by blocks, so memory stays at _BLOCK x n."""
    pairs: list[tuple[int, int, float]] = []
    n = len(vectors)
    for start in range(0, n, _BLOCK):
        if token is not None:
            token.check()
        block = vectors[start : start + _BLOCK] @ vectors[start:].T
        rows, cols = np.nonzero(block >= threshold)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i, j = start + r, start + c
            if i < j:
                pairs.append((i, j, float(block[r, c])))
    return pairs


@dataclass(frozen=True)
class Groups:
    """Near-duplicate groups among n photos."""

    of: np.ndarray  # (n,) group number of every photo; photos without a twin have their own
    members: list[list[int]]  # the groups of two or more, most similar first
    similarity: np.ndarray  # (n,) a photo's highest similarity to a twin (0 without one)


def near_duplicate_groups(
    embeddings: np.ndarray | None,
    signatures: np.ndarray | None,
    token: Token | None = None,
) -> Groups:
    """Connected components of the links either measure makes (`normalized` rows)."""
    sizes = [len(x) for x in (embeddings, signatures) if x is not None]
    n = sizes[0] if sizes else 0
    pairs = []
    if embeddings is not None:
        pairs += similar_pairs(embeddings, EMBEDDING_SIMILAR, token)
    if signatures is not None:
        pairs += similar_pairs(signatures, CONTENT_SIMILAR, token)
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    similarity = np.zeros(n, np.float32)
    for i, j, s in pairs:
        parent[root(i)] = root(j)
        similarity[i] = max(similarity[i], s)
        similarity[j] = max(similarity[j], s)
    of = np.array([root(i) for i in range(n)], dtype=np.int64)
    by_root: dict[int, list[int]] = {}
    for i, r in enumerate(of.tolist()):
        by_root.setdefault(r, []).append(i)
    members = [m for m in by_root.values() if len(m) > 1]
    members.sort(key=lambda m: (-float(similarity[m].max()), m[0]))
    return Groups(of, members, similarity)
