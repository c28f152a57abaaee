"""Continuing `pictag tag` from its manifest (`pictag tag PATH... --resume MANIFEST`): the photos
it wrote, or looked at and left as they were (already up to date, no label sure enough), are
skipped; a write cut short is settled by the file's own bytes, as undo judges them, so no photo
is written twice and none is missed.

A write cut short has a "started" row and no end. If the file holds exactly what the write was
to put there (its SHA-256 is in the row), the write happened: a "done" row is added now. If not,
the file still holds its original (the rename is the write's last act): a "failed" row says so
and the photo is tagged again. Photos that failed before are tried again. Every decision is a
row in the manifest, so undo sees the resumed run as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.errors import UsageError
from app.core.files import sha256_of
from app.core.i18n import translate
from app.core.resume import Done
from app.tag.manifest import open_manifest, read_manifest

__all__ = ["ResumedTag", "resume_tag", "LEFT", "WRITES"]

WRITES = ("embed", "sidecar")  # the actions that write a file
LEFT = "leave"  # a photo looked at and left as it was (status: unchanged, nothing)


@dataclass
class ResumedTag:
    manifest: Path
    done: Done  # the photos not to tag again
    last_step: int = 0
    written: int = 0  # files the earlier run wrote (settled ones included)
    settled: int = 0  # writes cut short that turned out to have happened


def resume_tag(manifest: Path, model: str) -> ResumedTag:
    """Read `manifest`, check it is a tag run of `model` that was not undone, settle its writes
    cut short; UsageError (one line) when it cannot be continued."""
    rows = read_manifest(manifest)
    if any(row["action"] == "undo" for row in rows):
        raise UsageError(
            translate(
                "tag_resume",
                "{manifest} records keywords that were undone; start a new run instead of resuming",
            ).format(manifest=manifest)
        )
    models = {row["model"] for row in rows if row["action"] in WRITES and row["model"]}
    if models - {model}:
        other = sorted(models - {model})[0]
        raise UsageError(
            translate(
                "tag_resume",
                "{manifest} records keywords from the model {recorded}, not {model}: resume it "
                "with that model, or start a new run",
            ).format(manifest=manifest, recorded=other, model=model)
        )
    resumed = ResumedTag(manifest, Done())
    open_writes: dict[int, dict[str, str]] = {}
    for row in rows:
        step = int(row["step"]) if row["step"] else 0
        resumed.last_step = max(resumed.last_step, step)
        if row["action"] == LEFT:
            resumed.done.add(row["photo"])
        elif row["action"] in WRITES and row["status"] == "started":
            open_writes[step] = row
        elif row["action"] in WRITES:
            open_writes.pop(step, None)
            if row["status"] == "done":
                resumed.done.add(row["photo"])
                resumed.written += 1
    if open_writes:
        _settle(manifest, open_writes, resumed)
    return resumed


def _settle(manifest: Path, open_writes: dict[int, dict[str, str]], resumed: ResumedTag) -> None:
    journal = open_manifest(manifest)
    try:
        for _, row in sorted(open_writes.items()):
            started = {k: v for k, v in row.items() if k not in ("status", "detail")}
            if _holds(Path(row["file"]), row["sha256"]):
                settled = translate("tag_resume", "settled by the resumed run")
                journal.write(**started, status="done", detail=settled)
                resumed.done.add(row["photo"])
                resumed.written += 1
                resumed.settled += 1
            else:
                cut_short = translate(
                    "tag_resume",
                    "cut short before the file was replaced; written again by the resumed run",
                )
                journal.write(**started, status="failed", detail=cut_short)
    finally:
        journal.close()


def _holds(path: Path, sha256: str) -> bool:
    try:
        return sha256_of(path) == sha256
    except OSError:
        return False
