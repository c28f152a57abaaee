"""Replacing a user's file all at once: until the final rename, the old file is untouched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["UMASK", "replacing", "replacing_text"]

# mkstemp creates files readable by their owner only; a saved model or CSV should get the mode
# any new file gets (0644 under the usual umask), so it can be shared. Read the umask once, at
# import, while no other thread can be creating files: reading it means setting it, and a thread
# creating a file meanwhile would get the wrong mode. Other modules use this value (public) too.
UMASK = os.umask(0o022)
os.umask(UMASK)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path` (its folder created if needed) to write; on success
    it becomes `path`.

    On any failure (or Ctrl-C) the temporary file is removed and `path` keeps its old content.
    The temporary name keeps the suffix, since some writers (Keras) insist on it.
    """
    directory = path.parent if str(path.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=directory)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        try:
            mode = path.stat().st_mode & 0o7777  # replacing a file keeps its permissions
        except OSError:
            mode = 0o666 & ~UMASK
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def replacing_text(path: Path) -> Iterator[IO[str]]:
    """`replacing`, opened for UTF-8 text. A file name need not be valid text (Linux allows any
    bytes), so what cannot be encoded is escaped rather than crashing halfway through."""
    with (
        replacing(path) as tmp,
        open(tmp, "w", encoding="utf-8", newline="", errors="backslashreplace") as stream,
    ):
        yield stream
