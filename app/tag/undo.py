"""Undoing `pictag tag` from its manifest: every file it wrote gets its old bytes back.

Undo trusts the files, not the rows alone: a file still holding exactly what Pictag wrote
(its SHA-256 is in the manifest) gets the original back from the backup folder, or, for a
sidecar Pictag created, is deleted; a file holding the original already (a write cut short) is
left so; a file changed since (a photo manager wrote to it) is left alone and reported, its
original still in the backup folder. Restores are atomic like the writes, and recorded in the
manifest, so undoing twice is harmless. The backup folder goes once nothing in it is needed.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.core.atomic import replacing
from app.core.files import discard, remove_if_empty, sha256_of
from app.core.i18n import translate
from app.core.journal import Journal, reason
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.tag.manifest import backup_folder, open_manifest, read_manifest

__all__ = ["TagUndoSummary", "undo_tag"]

_FINAL = ("restored", "removed", "kept")  # an undo row after which a write needs nothing more


@dataclass
class TagUndoSummary:
    manifest: Path
    dry_run: bool
    restored: list[Path] = field(default_factory=list)  # files given their old bytes back
    removed: list[Path] = field(default_factory=list)  # sidecars Pictag had created
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # left alone, with why

    @property
    def complete(self) -> bool:
        return not self.skipped


@dataclass
class _Write:
    step: int
    file: Path
    backup: Path | None
    original: str  # SHA-256 of the old content; "" when the file did not exist
    written: str  # SHA-256 of what Pictag wrote
    undone: bool = False


def undo_tag(
    manifest: Path,
    *,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> TagUndoSummary:
    """Put back every file the run recorded in `manifest` (newest first); a cancel ends it
    between two files, and undoing again finishes the rest."""
    writes: dict[int, _Write] = {}
    for row in read_manifest(manifest):
        step = int(row["step"]) if row["step"] else 0
        if row["action"] in ("embed", "sidecar") and row["status"] == "started":
            backup = Path(row["backup"]) if row["backup"] else None
            writes.setdefault(
                step,
                _Write(step, Path(row["file"]), backup, row["original_sha256"], row["sha256"]),
            )
        elif row["action"] == "undo" and row["status"] in _FINAL and step in writes:
            writes[step].undone = True
    summary = TagUndoSummary(manifest, dry_run)
    todo = [w for w in sorted(writes.values(), key=lambda w: -w.step) if not w.undone]
    journal = None if dry_run else open_manifest(manifest)
    try:
        for done, write in enumerate(todo):
            if token is not None:
                token.check()
            if progress:
                progress(Progress(Stage.UNDO, done, len(todo)))
            _undo(write, summary, journal)
    finally:
        if journal is not None:
            journal.close()
    if progress:
        progress(Progress(Stage.UNDO, len(todo), len(todo)))
    if not dry_run:
        with contextlib.suppress(OSError):  # an original still needed there, or never made
            remove_if_empty(backup_folder(manifest))
    return summary


def _undo(write: _Write, summary: TagUndoSummary, journal: Journal | None) -> None:
    def record(status: str, detail: str = "") -> None:
        if journal is not None:
            journal.write(
                step=write.step, action="undo", status=status, file=write.file,
                backup=write.backup, detail=detail,
            )  # fmt: skip

    def skip(why: str) -> None:
        record("skipped", why)
        summary.skipped.append((write.file, why))

    current = _sha256(write.file)
    if current is None and not os.path.lexists(write.file):
        if write.original:
            skip(
                translate("tag_undo", "no longer there; the original is kept in {backup}").format(
                    backup=write.backup
                )
            )
        else:
            record("kept")  # a sidecar never written (cut short), or deleted since
        return
    if current == write.original:  # the write never happened (cut short, or failed)
        if not summary.dry_run:
            discard(write.backup)
        record("kept")
        return
    if current != write.written:
        if write.backup:
            said = translate(
                "tag_undo",
                "changed since Pictag wrote it (by a photo manager?); left as it is; the "
                "original is kept in {backup}",
            )
        else:
            said = translate(
                "tag_undo", "changed since Pictag wrote it (by a photo manager?); left as it is"
            )
        skip(said.format(backup=write.backup))
        return
    if not write.original:
        if not summary.dry_run:
            try:
                write.file.unlink()
            except OSError as exc:
                skip(translate("tag_undo", "cannot be deleted ({why})").format(why=reason(exc)))
                return
        record("removed")
        summary.removed.append(write.file)
        return
    if write.backup is None or _sha256(write.backup) != write.original:
        skip(
            translate(
                "tag_undo", "its backup {backup} is missing or damaged; left as it is"
            ).format(backup=write.backup)
        )
        return
    if not summary.dry_run:
        try:
            with replacing(write.file) as temp:
                temp.write_bytes(write.backup.read_bytes())
        except OSError as exc:
            skip(
                translate(
                    "tag_undo", "cannot be restored ({why}); the original is kept in {backup}"
                ).format(why=reason(exc), backup=write.backup)
            )
            return
        discard(write.backup)
    record("restored")
    summary.restored.append(write.file)


def _sha256(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return sha256_of(path)
    except OSError:
        return None
