"""Small operations on files that several features do alike: a file's SHA-256 (which proves a
file is still exactly what a job wrote before undo touches it), and tidying up after a job
(a temporary file or backup dropped, a folder removed once empty)."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

__all__ = ["discard", "remove_if_empty", "sha256_of"]


def sha256_of(path: Path | str) -> str:
    """The SHA-256 of the file's bytes, read in chunks (photos and models can be large)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def discard(path: Path | None) -> None:
    """Remove a temporary file of ours if it is there; one that cannot go is harmless."""
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def remove_if_empty(folder: Path, *, dry_run: bool = False) -> bool:
    """Remove `folder` when it holds nothing; True when it was (a dry run: would be) removed,
    False when it is missing or not empty. OSError when it cannot be read or removed."""
    try:
        if any(os.scandir(folder)):
            return False
        if not dry_run:
            os.rmdir(folder)
    except FileNotFoundError:
        return False
    return True
