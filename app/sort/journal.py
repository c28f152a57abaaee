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

from app.core.atomic import not_a_file
from app.core.errors import PictagError, UsageError

__all__ = [
    "FIELDS",
    "Journal",
    "ManifestWriteError",
    "new_manifest",
    "open_manifest",
    "read_manifest",
    "reason",
]

FIELDS = (
    "step", "action", "status", "source", "destination", "temp",
    "label", "confidence", "size", "sha256", "detail",
)  # fmt: skip


class ManifestWriteError(PictagError):
    """A row could not reach the manifest (disk full, removed drive): nothing more may be done,
    as undo could not know about it. Not a per-file failure: the whole sort or undo stops."""


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
        try:
            self._csv.writerow({k: "" if v is None else v for k, v in row.items()})
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as exc:
            raise ManifestWriteError(
                f"cannot write to the manifest {self.path} ({reason(exc)}), so Pictag stopped; "
                f"free some space or reconnect the drive, then undo what it recorded: "
                f"pictag sort --undo {self.path}"
            ) from None

    def close(self) -> None:
        self._file.close()


def new_manifest(dest: Path, path: Path | None, *, prefix: str = "pictag-sort") -> Journal:
    """A new manifest at `path`, or DEST/<prefix>-<time>.csv; never an existing file.
    UsageError (one line: which file, what is wrong, what to do) when it cannot be created."""
    if path is not None:
        kind = not_a_file(path)
        if kind is not None:
            # Not written into as other outputs are: undo reads the manifest back, which a pipe
            # or a device cannot give, and each row is synced to disk before its operation.
            raise UsageError(
                f"{path} is {kind}, not a file: undo needs the manifest later, so it must be a "
                "new file; choose a new --manifest file name"
            )
        try:
            return Journal(path, new=True)
        except FileExistsError:
            raise UsageError(f"{path} already exists; choose a new manifest name") from None
        except FileNotFoundError:
            raise UsageError(
                f"cannot create the manifest {path}: the folder {path.parent} does not exist; "
                "create it or choose another --manifest"
            ) from None
        except OSError as exc:
            raise UsageError(
                f"cannot create the manifest {path} ({reason(exc)}); choose a --manifest in a "
                "folder you can write to"
            ) from None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        name = f"{prefix}-{stamp}.csv" if n == 1 else f"{prefix}-{stamp}-{n}.csv"
        try:
            return Journal(dest / name, new=True)
        except FileExistsError:
            continue
        except OSError as exc:
            raise UsageError(
                f"cannot create a manifest in {dest} ({reason(exc)}); choose a destination you "
                "can write to, or a --manifest elsewhere"
            ) from None
    raise UsageError(f"cannot create a manifest in {dest}: too many manifests from this second")


def open_manifest(path: Path) -> Journal:
    """An existing manifest reopened to append undo rows; UsageError when it cannot be."""
    try:
        return Journal(path, new=False)
    except OSError as exc:
        raise UsageError(
            f"cannot write to {path} ({reason(exc)}); undo records what it does in the "
            "manifest: make the file writable, then undo again"
        ) from None


def reason(exc: OSError) -> str:
    """What an OSError says, without the errno number and path (the message names the file)."""
    return exc.strerror or str(exc)


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
