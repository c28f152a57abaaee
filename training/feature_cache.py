"""On-disk cache of what a frozen base computed for each image, so a second run skips the work.

Entries are keyed by the model (architecture, input size, a digest of the weights, the feature
recipe) and by the file (absolute path, size, modification time), so a changed photo, base,
size or weights file is never served stale. It lives in one SQLite file in the user's cache
folder; the cache is an optimisation only, and any failure to use it just means recomputing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from app.core.caches import MAX_CACHE_BYTES, least_recently_used
from app.core.paths import user_cache_dir

__all__ = ["FeatureCache", "file_key", "model_key", "open_feature_cache", "FEATURE_RECIPE"]

log = logging.getLogger(__name__)
# Bump when what a cached feature vector means changes (decoding, pooling, view recipe).
FEATURE_RECIPE = "pooled-v1"


def file_key(path: Path) -> str:
    info = path.stat()
    return f"{os.path.abspath(path)}\0{info.st_size}\0{info.st_mtime_ns}"


def model_key(architecture: str, size: int, weights_digest: str) -> str:
    """What a cached vector was computed with: the base, its input size, its weights file (by
    content, `app.core.caches.digest_file`, so a replaced file never serves stale features) and
    the recipe. Only a weights file is cacheable: random weights differ on every run."""
    identity = f"{architecture}|{size}|{weights_digest}|{FEATURE_RECIPE}"
    return hashlib.sha256(identity.encode()).hexdigest()


def open_feature_cache() -> FeatureCache:
    """The user's feature cache: one file that training, the dataset check and the grouping of
    near-duplicates share, so none computes again what another did."""
    return FeatureCache(user_cache_dir() / "features.sqlite")


class FeatureCache:
    """`get`/`put` feature vectors (stored as float16) for (model key, file key, view)."""

    def __init__(self, path: Path, *, max_bytes: int = MAX_CACHE_BYTES) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=30, check_same_thread=False)
            db.execute(
                "CREATE TABLE IF NOT EXISTS features (model TEXT, file TEXT, view INTEGER, "
                "vector BLOB, used REAL, PRIMARY KEY (model, file, view)) WITHOUT ROWID"
            )
            db.commit()
            self._db = db
        except (OSError, sqlite3.Error) as exc:
            log.warning("Feature cache %s unusable (%s); features will be recomputed", path, exc)

    def get(self, model: str, files: Iterable[str], view: int) -> dict[str, np.ndarray]:
        """The cached vectors among `files` for this view; missing ones are simply absent."""
        found: dict[str, np.ndarray] = {}
        if self._db is None:
            return found
        files = list(files)
        try:
            with self._lock:
                for start in range(0, len(files), 500):
                    chunk = files[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        f"SELECT file, vector FROM features WHERE model=? AND view=? "
                        f"AND file IN ({marks})",
                        (model, view, *chunk),
                    )
                    for file, blob in rows:
                        found[file] = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
                    self._db.execute(
                        "UPDATE features SET used=? WHERE model=? AND view=? "
                        f"AND file IN ({marks})",
                        (time.time(), model, view, *chunk),
                    )
                self._db.commit()
        except sqlite3.Error as exc:
            log.warning("Feature cache read failed (%s); recomputing", exc)
            return {}
        return found

    def put(self, entries: Iterable[tuple[str, str, int, np.ndarray]]) -> None:
        """Store (model key, file key, view, vector) entries."""
        if self._db is None:
            return
        now = time.time()
        rows = [(m, f, v, vec.astype(np.float16).tobytes(), now) for m, f, v, vec in entries]
        try:
            with self._lock:
                self._db.executemany("INSERT OR REPLACE INTO features VALUES (?,?,?,?,?)", rows)
                self._db.commit()
        except sqlite3.Error as exc:
            log.warning("Feature cache write failed (%s); continuing without it", exc)

    def prune(self) -> None:
        """Drop the least recently used entries until the cache fits in `max_bytes`."""
        if self._db is None:
            return
        try:
            with self._lock:
                (total,) = self._db.execute(
                    "SELECT COALESCE(SUM(LENGTH(vector)), 0) FROM features"
                ).fetchone()
                if total <= self.max_bytes:  # the usual case, without reading every row
                    return
                rows = self._db.execute(
                    "SELECT model, file, view, LENGTH(vector), used FROM features"
                ).fetchall()
                doomed = least_recently_used(
                    (((model, file, view), size, used) for model, file, view, size, used in rows),
                    self.max_bytes,
                )
                if not doomed:
                    return
                self._db.executemany(
                    "DELETE FROM features WHERE model=? AND file=? AND view=?", doomed
                )
                self._db.commit()
                self._db.execute("VACUUM")
        except sqlite3.Error as exc:
            log.warning("Feature cache pruning failed (%s)", exc)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
