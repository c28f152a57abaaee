"""What Pictag's caches share: the digest that keys their entries, and the size rule.

Caches hold what can always be recomputed (features, converted models), so each may grow only
to `MAX_CACHE_BYTES`; beyond that the least recently used entries go first.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import TypeVar

from app.core.files import sha256_of

__all__ = ["MAX_CACHE_BYTES", "digest_file", "least_recently_used"]

MAX_CACHE_BYTES = 2 * 1024**3

K = TypeVar("K", bound=Hashable)


def least_recently_used(entries: Iterable[tuple[K, int, float]], max_bytes: int) -> list[K]:
    """The keys to drop, oldest first, so that the (key, size, last used) entries left fit in
    `max_bytes`."""
    ordered = sorted(entries, key=lambda entry: entry[2])
    excess = sum(size for _, size, _ in ordered) - max_bytes
    doomed: list[K] = []
    for key, size, _ in ordered:
        if excess <= 0:
            break
        doomed.append(key)
        excess -= size
    return doomed


def digest_file(path: Path) -> str:
    """SHA-256 of the file's bytes; remembered by (path, inode, size, modification time),
    since a run asks for the same weights file's digest several times (features, grouping,
    LiteRT)."""
    info = path.stat()
    return _digest(os.path.abspath(path), info.st_ino, info.st_size, info.st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _digest(path: str, _inode: int, _size: int, _mtime_ns: int) -> str:
    return sha256_of(path)
