"""Manifests: the CSV files in which a job journals the changes it makes to a user's files,
each row on disk before the change it announces begins, so the job can be undone (and
continued) after a crash at any instant.

One word, one API: the file is a *manifest* (as `--manifest` and every message call it); a
`ManifestKind` names one job's columns (a sort's, which adding to and taking out of a training
set share; a write of keywords'), and creates, reopens and reads its manifests; a `Journal` is
a manifest open for appending. This module keeps the rows safe and the names never taken.
"""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.core.atomic import not_a_file
from app.core.errors import PictagError, UsageError

__all__ = ["Journal", "ManifestKind", "ManifestWriteError", "reason"]


class ManifestWriteError(PictagError):
    """A row could not reach the manifest (disk full, removed drive): nothing more may be done,
    as undo could not know about it. Not a per-file failure: the whole job stops."""


class Journal:
    """Append-only CSV with the columns `fields`; each row is on disk (fsync) before `write`
    returns. `undo` is the command that undoes what it records (for messages).

    Paths that are not valid text (Linux allows any bytes) are written as their raw bytes
    (surrogateescape), so undo finds exactly the same files again.
    """

    def __init__(self, path: Path, fields: Sequence[str], *, new: bool, undo: str) -> None:
        self.path = path
        self.undo = undo
        self._file: IO[str] = open(  # noqa: SIM115 (closed by close())
            path, "x" if new else "a", encoding="utf-8", errors="surrogateescape", newline=""
        )
        self._csv = csv.DictWriter(self._file, fields, lineterminator="\n")
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
                f"{self.undo} {self.path}"
            ) from None

    def close(self) -> None:
        self._file.close()


@dataclass(frozen=True)
class ManifestKind:
    """One job's manifests: their `fields`, the `kind` a wrong file is told it is not ("a
    Pictag sort manifest"), the name `prefix` of new ones, and the `undo` command (messages)."""

    fields: tuple[str, ...]
    kind: str
    prefix: str
    undo: str

    def new(self, folder: Path, path: Path | None = None, *, prefix: str = "") -> Journal:
        """A new manifest at `path`, or FOLDER/<prefix>-<time>.csv; never an existing file."""
        return _new(folder, path, self.fields, prefix=prefix or self.prefix, undo=self.undo)

    def open(self, path: Path) -> Journal:
        """An existing manifest reopened to append (undo, resume); UsageError when it cannot
        be."""
        return _open(path, self.fields, undo=self.undo)

    def read(self, path: Path) -> list[dict[str, str]]:
        """Every row; a UsageError when `path` is missing, unreadable or not of this kind."""
        return _read(path, self.fields, self.kind)


def _new(
    folder: Path, path: Path | None, fields: Sequence[str], *, prefix: str, undo: str
) -> Journal:
    """A new manifest at `path`, or FOLDER/<prefix>-<time>.csv; never an existing file.
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
            return Journal(path, fields, new=True, undo=undo)
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
            return Journal(folder / name, fields, new=True, undo=undo)
        except FileExistsError:
            continue
        except OSError as exc:
            raise UsageError(
                f"cannot create a manifest in {folder} ({reason(exc)}); choose a folder you "
                "can write to, or a --manifest elsewhere"
            ) from None
    raise UsageError(f"cannot create a manifest in {folder}: too many manifests from this second")


def _open(path: Path, fields: Sequence[str], *, undo: str) -> Journal:
    try:
        return Journal(path, fields, new=False, undo=undo)
    except OSError as exc:
        raise UsageError(
            f"cannot write to {path} ({reason(exc)}); undo records what it does in the "
            "manifest: make the file writable, then undo again"
        ) from None


def reason(exc: OSError) -> str:
    """What an OSError says, without the errno number and path (the message names the file)."""
    return exc.strerror or str(exc)


def _read(path: Path, fields: Sequence[str], kind: str) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
            reader = csv.DictReader(f)
            if tuple(reader.fieldnames or ()) != tuple(fields):
                raise UsageError(f"{path} is not {kind}")
            return list(reader)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except (OSError, csv.Error, UnicodeError) as exc:
        raise UsageError(f"{path} cannot be read: {exc}") from None
