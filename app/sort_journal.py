"""The sort manifest: a CSV journal of every file operation, each row on disk before the
operation it announces begins.

Its own module because it is the contract between a sort and its undo (and with anyone reading
the CSV): the columns, how rows reach the disk, and how a manifest is read back and recognised.
Sorting decides what the rows say; this module only keeps them safe.
"""

from __future__ import annotations

import csv
import os
import time
from pathlib import Path
from typing import IO

from app.errors import UsageError

__all__ = ["FIELDS", "Journal", "new_manifest", "read_manifest"]

FIELDS = (
    "step", "action", "status", "source", "destination", "temp",
    "label", "confidence", "size", "sha256", "detail",
)  # fmt: skip


class Journal:
    """Append-only CSV; each row is on disk (fsync) before `write` returns.

    Paths that are not valid text (Linux allows any bytes) are written as their raw bytes
    (surrogateescape), so undo finds exactly the same files again.
    """

    def __init__(self, path: Path, *, new: bool) -> None:
        self.path = path
        self._file: IO[str] = open(  # noqa: SIM115 (closed by close())
            path, "x" if new else "a", encoding="utf-8", errors="surrogateescape", newline=""
        )
        self._csv = csv.DictWriter(self._file, FIELDS, lineterminator="\n")
        if new:
            self._csv.writeheader()

    def write(self, **row: object) -> None:
        self._csv.writerow({k: "" if v is None else v for k, v in row.items()})
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()


def new_manifest(dest: Path, path: Path | None) -> Journal:
    """A new manifest at `path`, or DEST/pictag-sort-<time>.csv; never an existing file."""
    if path is not None:
        try:
            return Journal(path, new=True)
        except FileExistsError:
            raise UsageError(f"{path} already exists; choose a new manifest name") from None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        name = f"pictag-sort-{stamp}.csv" if n == 1 else f"pictag-sort-{stamp}-{n}.csv"
        try:
            return Journal(dest / name, new=True)
        except FileExistsError:
            continue
    raise UsageError(f"cannot create a manifest in {dest}")


def read_manifest(path: Path) -> list[dict[str, str]]:
    """Every row; a UsageError when `path` is missing, unreadable or not a sort manifest."""
    try:
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
            reader = csv.DictReader(f)
            if tuple(reader.fieldnames or ()) != FIELDS:
                raise UsageError(f"{path} is not a Pictag sort manifest")
            return list(reader)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except (OSError, csv.Error, UnicodeError) as exc:
        raise UsageError(f"{path} cannot be read: {exc}") from None
