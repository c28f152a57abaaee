"""Putting a file under a new name without ever overwriting one, safe against crashes.

Its own module because this is the part of sorting that must be exactly right on every file
system, and is tested as such; it knows nothing of labels or manifests.

Never overwriting, without races: a file is put in place with `os.link` (a hard link fails
with FileExistsError when the name is taken, atomically; `os.replace` would overwrite), then the
temporary name (copy) or the source (move) is removed. On a file system without hard links the
fallback is `os.rename`, which refuses to replace a file on Windows and is preceded by an
existence check elsewhere (a race there needs another program writing the same name at the
same instant). Copies are written to a temporary file in the destination folder and fsynced
before they get their name, keeping the modification time (as `shutil.copy2` does). A move to
another disk (EXDEV) becomes such a copy.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Placed", "candidates", "copy_to_temp", "place", "put", "same_file"]

_CHUNK = 1 << 20


def copy_to_temp(source: Path, temp: Path) -> tuple[int, str]:
    """Copy into a new file (O_EXCL: never an existing one), fsynced, mtime kept; returns the
    size and SHA-256 of what was written, which undo checks before deleting a copy."""
    digest = hashlib.sha256()
    size = 0
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with open(source, "rb") as src, open(fd, "wb", closefd=False) as out:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        temp.unlink(missing_ok=True)
        raise
    os.close(fd)
    shutil.copystat(source, temp)
    return size, digest.hexdigest()


def candidates(folder: Path, name: str) -> Iterable[Path]:
    """name.jpg, then "name (2).jpg", "name (3).jpg"..."""
    yield folder / name
    stem, suffix = os.path.splitext(name)
    for n in range(2, 100_000):
        yield folder / f"{stem} ({n}){suffix}"


def _no_hard_links(exc: OSError) -> bool:
    """A file system that cannot link (FAT, exFAT, some network shares)."""
    return exc.errno in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EINVAL)


def put(source: Path, target: Path) -> bool:
    """Give `source` the new name `target` without ever replacing a file there; raises
    FileExistsError when taken. Returns True when `source`'s own name is gone (the rename
    fallback), False when both names now exist (a hard link)."""
    try:
        os.link(source, target, follow_symlinks=False)
        return False
    except OSError as exc:
        if isinstance(exc, FileExistsError) or not _no_hard_links(exc):
            raise
    if os.path.lexists(target):  # Windows' rename refuses by itself; this guards POSIX
        raise FileExistsError(errno.EEXIST, "File exists", str(target))
    os.rename(source, target)
    return True


@dataclass(frozen=True)
class Placed:
    path: Path
    size: int
    sha256: str  # "" when the file was linked, not copied
    source_gone: bool  # the source itself was renamed into place


def place(
    source: Path,
    folder: Path,
    name: str,
    temp: Path,
    *,
    keep_source: bool,
    exclusive: bool,
    placing: Callable[[Path, int, str], None],
) -> Placed:
    """Put `source`'s content at folder/name, or the first free "name (k)" (or nowhere when
    `exclusive`: FileExistsError). `placing(path, size, sha256)` journals each name before it
    is tried. The caller removes `temp` (copies) or the source (moves) once journaled."""
    size, digest, origin = os.stat(source).st_size, "", source
    if keep_source:
        size, digest = copy_to_temp(source, temp)
        origin = temp
    targets = iter(candidates(folder, name))
    target = next(targets)
    while True:
        placing(target, size, digest)
        try:
            gone = put(origin, target)
        except FileExistsError:
            if exclusive:
                raise
            target = next(targets)
            continue
        except OSError as exc:
            if exc.errno != errno.EXDEV or origin == temp:
                raise
            size, digest = copy_to_temp(source, temp)  # a move to another disk: copy first
            origin = temp
            continue
        return Placed(target, size, digest, gone and origin == source)


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
