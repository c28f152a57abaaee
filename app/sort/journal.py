"""The sort manifest: the columns of `pictag sort`'s journal (`app.core.journal` keeps the
rows safe), the contract between a sort and its undo, and with anyone reading the CSV.
Sorting decides what the rows say; this module only names them.
"""

from __future__ import annotations

from pathlib import Path

from app.core.journal import (
    Journal,
    ManifestWriteError,
    new_journal,
    open_journal,
    read_journal,
    reason,
)

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
UNDO = "pictag sort --undo"


def new_manifest(dest: Path, path: Path | None, *, prefix: str = "pictag-sort") -> Journal:
    """A new manifest at `path`, or DEST/<prefix>-<time>.csv; never an existing file."""
    return new_journal(dest, path, FIELDS, prefix=prefix, undo=UNDO)


def open_manifest(path: Path) -> Journal:
    """An existing manifest reopened to append undo rows; UsageError when it cannot be."""
    return open_journal(path, FIELDS, undo=UNDO)


def read_manifest(path: Path) -> list[dict[str, str]]:
    """Every row; a UsageError when `path` is missing, unreadable or not a sort manifest."""
    return read_journal(path, FIELDS, "a Pictag sort manifest")
