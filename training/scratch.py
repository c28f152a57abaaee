"""Large arrays a run needs only while it lasts (phase 2's decoded images or cached
activations), memory-mapped in a temporary folder rather than held in RAM.

They go under the user's cache folder rather than /tmp, which is often RAM-backed and small.
Their room is taken on disk when they are made (a page of a memory map that finds the disk full
kills the process), else the system temporary folder is tried, else a one-line `WriteError`.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np

from app.core.errors import write_error
from app.core.i18n import translate

__all__ = ["scratch_array"]

log = logging.getLogger(__name__)


def scratch_array(
    directory: Path, prefix: str, shape: tuple[int, ...], dtype: type, what: str
) -> tuple[Path, np.memmap]:
    """(its folder, a zeroed array of `shape`); the caller removes the folder. `what` names
    the contents in the message of a drive that has no room, in the person's language ("the
    decoded images in")."""
    try:
        return _mapped(directory, f"{prefix}-", shape, dtype)
    except OSError as exc:
        log.warning("Cannot use %s (%s); using the system temporary folder", directory, exc)
        try:
            return _mapped(Path(tempfile.gettempdir()), f"pictag-{prefix}-", shape, dtype)
        except OSError as again:
            error = write_error(
                again, directory, what=what,
                advice=translate(
                    "scratch",
                    "free some space there (or set PICTAG_CACHE_DIR to a folder on a larger "
                    "drive), then train again",
                ),
            )  # fmt: skip
            if error is None:
                raise
            raise error from None


def _mapped(
    directory: Path, prefix: str, shape: tuple[int, ...], dtype: type
) -> tuple[Path, np.memmap]:
    """A new folder under `directory` with a memory-mapped array of `shape` whose room is taken
    (where the system can say so up front); OSError, and nothing left behind, when there is
    none."""
    directory.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=directory))
    path = folder / "array.npy"
    try:
        array = np.lib.format.open_memmap(path, mode="w+", dtype=dtype, shape=shape)
        if hasattr(os, "posix_fallocate"):  # not on Windows or macOS
            with open(path, "r+b") as f:
                os.posix_fallocate(f.fileno(), 0, os.fstat(f.fileno()).st_size)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, array
