"""Networks converted for LiteRT, kept between runs so a start never waits for a conversion.

A converted file is stored only after it passed its parity check, under a key made of what
decides its content: the network's identity (a model file's digest; for ImageNet networks the
weights file's digest, input size and top), Pictag's conversion recipe, and the versions of
the converter and the interpreter. A network whose conversion was refused is recorded too
(`NAME.refused` holds the reason), so it is not converted again at every start. Files are
written atomically and pruned by the rule every Pictag cache follows (app/core/caches.py).
The cache is an optimisation only: a failure to use it just means converting again.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from app.core.atomic import replacing, replacing_text
from app.core.caches import MAX_CACHE_BYTES, least_recently_used
from app.core.litert import RECIPE, runtime_version
from app.core.paths import user_cache_dir
from app.core.tf_runtime import import_tensorflow

__all__ = ["ConvertedCache"]

log = logging.getLogger(__name__)

_MODEL, _REFUSED = ".tflite", ".refused"


class ConvertedCache:
    def __init__(self, folder: Path | None = None, *, max_bytes: int = MAX_CACHE_BYTES) -> None:
        self.folder = folder or user_cache_dir() / "litert"
        self.max_bytes = max_bytes

    @staticmethod
    def key(identity: str) -> str:
        versions = f"{RECIPE}|TensorFlow {import_tensorflow().__version__}|{runtime_version()}"
        return hashlib.sha256(f"{identity}|{versions}".encode()).hexdigest()[:40]

    def load(self, key: str) -> bytes | None:
        """The checked converted file for `key`, or None; a hit counts as a use."""
        path = self.folder / f"{key}{_MODEL}"
        try:
            content = path.read_bytes()
            os.utime(path)  # the "last used" of the size rule
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("Cannot read the converted model %s (%s); converting again", path, exc)
            return None
        return content

    def refusal(self, key: str) -> str | None:
        """Why this network's conversion was refused before, or None."""
        try:
            return (self.folder / f"{key}{_REFUSED}").read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None

    def store(self, key: str, content: bytes) -> None:
        try:
            with replacing(self.folder / f"{key}{_MODEL}") as tmp:
                tmp.write_bytes(content)
        except OSError as exc:
            log.warning("Cannot keep the converted model in %s (%s)", self.folder, exc)
            return
        self.prune()

    def refuse(self, key: str, reason: str) -> None:
        try:
            with replacing_text(self.folder / f"{key}{_REFUSED}") as stream:
                stream.write(reason + "\n")
        except OSError as exc:
            log.warning("Cannot record the refusal in %s (%s)", self.folder, exc)

    def forget(self, key: str) -> None:
        """Drop a stored file that no longer passes its check."""
        (self.folder / f"{key}{_MODEL}").unlink(missing_ok=True)

    def prune(self) -> None:
        """Drop the least recently used files until the rest fit in `max_bytes`."""
        entries = []
        try:
            for path in self.folder.iterdir():
                if path.suffix in (_MODEL, _REFUSED):
                    info = path.stat()
                    entries.append((path, info.st_size, info.st_mtime))
            for path in least_recently_used(entries, self.max_bytes):
                path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Pruning the converted models in %s failed (%s)", self.folder, exc)
