"""Which file of a training set holds the same bytes as a photo, so it is not added twice.

Sizes first (one stat per file, taken once), then SHA-256 of the files whose size matches only:
a folder of 20,000 unique photos costs 20,000 stats, not 20,000 hashes.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from app.core.files import sha256_of
from app.sort.file_ops import same_file

__all__ = ["ContentIndex"]


class ContentIndex:
    """The files of a training set by size, hashed on demand."""

    def __init__(self, files: Iterable[Path]) -> None:
        self._by_size: dict[int, list[Path]] = defaultdict(list)
        self._digests: dict[Path, str] = {}
        for path in files:
            try:
                self._by_size[os.stat(path).st_size].append(path)
            except OSError:
                continue  # gone or unreadable: it cannot be the same photo as anything

    def find(self, path: Path) -> Path | None:
        """A file of the set with exactly `path`'s content (not `path` itself), or None.
        OSError when `path` cannot be read."""
        size = os.stat(path).st_size
        others = [p for p in self._by_size.get(size, ()) if not same_file(p, path)]
        if not others:
            return None
        digest = sha256_of(path)
        for other in others:
            if self._digest(other) == digest:
                return other
        return None

    def add(self, path: Path, size: int, sha256: str = "") -> None:
        """A file just placed in the set (its digest, when the copy computed it)."""
        self._by_size[size].append(path)
        if sha256:
            self._digests[path] = sha256

    def _digest(self, path: Path) -> str | None:
        if path not in self._digests:
            try:
                self._digests[path] = sha256_of(path)
            except OSError:
                return None
        return self._digests[path]
