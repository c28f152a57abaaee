"""The tag manifest: one row per step of every keyword write (`app.core.journal` keeps the rows
safe), and the hidden backup folder beside it that holds each file's original bytes until the
write is undone (or the folder deleted), so undo restores files byte for byte."""

from __future__ import annotations

from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.journal import ManifestKind

__all__ = [
    "FIELDS",
    "TAG_MANIFEST",
    "backup_folder",
    "new_manifest",
    "open_manifest",
    "read_manifest",
]

FIELDS = (
    "step", "action", "status", "photo", "file", "backup", "original_sha256", "sha256",
    "size", "keywords", "model", "detail",
)  # fmt: skip
TAG_MANIFEST = ManifestKind(
    FIELDS,
    # Translated where the journal names it, in its own context.
    QT_TRANSLATE_NOOP("journal", "a Pictag tag manifest"),
    "pictag-tag",
    "pictag tag --undo",
)
new_manifest, open_manifest, read_manifest = TAG_MANIFEST.new, TAG_MANIFEST.open, TAG_MANIFEST.read


def backup_folder(manifest: Path) -> Path:
    """pictag-tag-<time>.csv keeps its originals in .pictag-tag-<time>.backup/ beside it."""
    return manifest.with_name(f".{manifest.stem}.backup")
