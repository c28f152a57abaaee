"""Small operations on files that several features do alike: a file's SHA-256 (which proves a
file is still exactly what a job wrote before undo touches it), tidying up after a job
(a temporary file or backup dropped, a folder removed once empty), and naming what a path is
when it is not a regular file (read or written, a pipe or a device must not be taken for one)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["discard", "kind_text", "not_regular", "remove_if_empty", "sha256_of", "sync_folder"]


def not_regular(mode: int) -> str | None:
    """What a file of this `st_mode` is when it is not a regular file ("a named pipe", "a
    device", ...), None for a regular file. The kind stays English (callers compare it); a
    message shows it through `kind_text`."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("files", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("files", "a device")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("files", "a socket")
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("files", "a folder")
    return QT_TRANSLATE_NOOP("files", "a special file")


def kind_text(kind: str) -> str:
    """A kind of file (`not_regular`, `atomic.not_a_file`) in the user's language, for a
    message that names it."""
    return translate("files", kind)


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


def sync_folder(folder: Path | str) -> None:
    """A rename into `folder` made durable (POSIX; Windows cannot open a folder, nor needs to)."""
    if os.name == "nt":
        return
    fd = os.open(folder or ".", os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
