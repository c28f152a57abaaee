"""The tag manifest: one row per step of every keyword write (`app.core.journal` keeps the rows
safe), and the hidden backup folder beside it that holds each file's original bytes until the
write is undone (or the folder deleted), so undo restores files byte for byte."""

from __future__ import annotations

from pathlib import Path

from app.core.journal import Journal, new_journal, open_journal, read_journal

__all__ = ["FIELDS", "UNDO", "backup_folder", "new_manifest", "open_manifest", "read_manifest"]

FIELDS = (
    "step", "action", "status", "photo", "file", "backup", "original_sha256", "sha256",
    "size", "keywords", "model", "detail",
)  # fmt: skip
UNDO = "pictag tag --undo"


def new_manifest(folder: Path, path: Path | None) -> Journal:
    """A new manifest at `path`, or FOLDER/pictag-tag-<time>.csv; never an existing file."""
    return new_journal(folder, path, FIELDS, prefix="pictag-tag", undo=UNDO)


def open_manifest(path: Path) -> Journal:
    return open_journal(path, FIELDS, undo=UNDO)


def read_manifest(path: Path) -> list[dict[str, str]]:
    return read_journal(path, FIELDS, "a Pictag tag manifest")


def backup_folder(manifest: Path) -> Path:
    """pictag-tag-<time>.csv keeps its originals in .pictag-tag-<time>.backup/ beside it."""
    return manifest.with_name(f".{manifest.stem}.backup")
