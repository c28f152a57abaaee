"""Writing keywords into photos' XMP (a sidecar beside the photo, or inside it), one journaled,
atomic write at a time, each undoable byte for byte.

One write: read the file (the photo or its sidecar), merge the keywords into its XMP
(`XmpPacket.replace_ours`), then: a "started" row in the manifest naming the backup and the
SHA-256 of the old and the new content; the old bytes into the backup folder (fsynced); the new
bytes into a temporary file beside the target, renamed over it (`app.core.atomic.replacing`);
a "done" row. A crash at any instant leaves the old file or the new one, and the manifest knows
both by their hash, so `app.tag.undo` can tell which and put the old one back.

Nothing is written over what changed meanwhile: a photo whose size or time differs from when
it was classified is left alone (classify it again), and so is a target that changes between
reading it and renaming over it. Read-only photos, sidecars and folders are left alone too,
each with its reason, as is a sidecar that is not valid XMP.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.core.atomic import replacing
from app.core.discovery import HEIF_EXTENSIONS, RAW_EXTENSIONS
from app.core.errors import WriteError, write_failure
from app.core.files import discard
from app.core.i18n import translate
from app.core.journal import Journal, reason
from app.core.results import ClassifyResult, file_stamp
from app.core.xmp import LR, InvalidXmp, XmpPacket
from app.core.xmp_files import (
    EMBEDDABLE,
    XmpFileError,
    embed_packet,
    embedded_packet,
    sidecar_path,
)
from app.tag.keywords import Choice, TagOptions, choose
from app.tag.manifest import backup_folder, new_manifest, open_manifest
from app.tag.resume import LEFT, ResumedTag

__all__ = ["TagOutcome", "TagSummary", "Tagger", "WRITTEN", "PLANNED", "UNCHANGED", "NOTHING"]

WRITTEN, PLANNED, UNCHANGED, NOTHING, FAILED = (
    "written",
    "planned",
    "unchanged",
    "nothing",
    "failed",
)


@dataclass(frozen=True)
class TagOutcome:
    """What happened to one photo: the file written (its sidecar, or itself) and the keywords,
    or why nothing was written."""

    photo: Path
    status: str  # WRITTEN, PLANNED (dry run), UNCHANGED, NOTHING (below the threshold), FAILED
    file: Path | None = None
    keywords: tuple[str, ...] = ()
    detail: str = ""  # the reason (FAILED), or a note (a HEIC's sidecar)


@dataclass
class TagSummary:
    manifest: Path | None
    backups: Path | None
    dry_run: bool
    written: list[TagOutcome] = field(default_factory=list)  # or planned, in a dry run
    unchanged: int = 0  # already carried these keywords from this model
    nothing: int = 0  # no label reached the threshold, and no earlier Pictag keyword to remove
    none_of_these: int = 0  # given no label by the model (`ClassifyResult.none_of_these`)
    companions: int = 0  # RAW twins given their JPEG's keywords
    failed: list[tuple[Path, str]] = field(default_factory=list)  # left as they are, with why
    notes: list[tuple[Path, str]] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)  # keyword -> photos given it
    stopped: bool = False
    seconds: float = 0.0
    earlier: int = 0  # photos a resumed run's earlier part wrote


class _Refused(Exception):
    """This photo is left as it is; the argument is why (one line)."""


@dataclass(frozen=True)
class _Prepared:
    target: Path
    old: bytes | None  # None: a new sidecar
    new: bytes
    stamp: tuple[int, int] | None  # the target's when it was read


class Tagger:
    """Writes each result's keywords (`add`), journaling every write in a manifest (at
    `manifest`, or FOLDER/pictag-tag-<time>.csv) with the originals kept beside it. A dry run
    works out the same writes and touches nothing."""

    def __init__(
        self,
        options: TagOptions,
        folder: Path,
        *,
        manifest: Path | None = None,
        dry_run: bool = False,
        resume: ResumedTag | None = None,
    ) -> None:
        """`resume` (from `app.tag.resume.resume_tag`) continues that run, in its manifest."""
        options.check()
        self.options = options
        self._journal: Journal | None = None
        if resume is not None:
            self._journal = open_manifest(resume.manifest)
        elif not dry_run:
            self._journal = new_manifest(folder, manifest)
        manifest_path = self._journal.path if self._journal else None
        self._backups = backup_folder(manifest_path) if manifest_path else None
        self._step = resume.last_step if resume is not None else 0
        self._claimed: dict[Path, Path] = {}  # target file -> the photo that wrote it
        self._started = time.monotonic()
        self.summary = TagSummary(manifest_path, self._backups, dry_run)
        self.summary.earlier = resume.written if resume is not None else 0

    def add(self, result: ClassifyResult) -> list[TagOutcome]:
        """Tag one photo and its RAW twins. Only a manifest that cannot be written stops
        everything; any other failure leaves that photo as it is, recorded with why."""
        photos = (result.path, *result.companions)
        if not result.ok:
            why = result.error or translate("tag_tagger", "no prediction")
            return [self._failed(p, why) for p in photos]
        if result.stamp is not None and file_stamp(result.path) != result.stamp:
            why = translate(
                "tag_tagger",
                "changed since it was classified; classify it again, then write its keywords",
            )
            return [self._failed(p, why) for p in photos]
        choice = choose(result, self.options)
        outcomes = [self._tag(photo, choice) for photo in photos]
        self.summary.none_of_these += len(photos) if choice.none_of_these else 0
        self.summary.companions += sum(o.status in (WRITTEN, PLANNED) for o in outcomes[1:])
        return outcomes

    def close(self) -> TagSummary:
        if self._journal is not None:
            self._journal.close()
        self.summary.seconds = time.monotonic() - self._started
        return self.summary

    # -- one photo -------------------------------------------------------------------------

    def _tag(self, photo: Path, choice: Choice) -> TagOutcome:
        target, note = self._target(photo)
        keywords = tuple(choice.labels)
        owner = self._claimed.setdefault(target, photo)
        if owner != photo:  # IMG_0001.CR2 and IMG_0001.JPG share IMG_0001.xmp (Lightroom's names)
            shared = translate("tag_tagger", "shares {file} with {photo}, written already")
            return self._failed(photo, shared.format(file=target.name, photo=owner.name))
        try:
            prepared = self._prepare(photo, target, choice)
        except _Refused as refused:
            return self._failed(photo, str(refused))
        if isinstance(prepared, str):
            self.summary.unchanged += prepared == UNCHANGED
            self.summary.nothing += prepared == NOTHING and not choice.none_of_these
            self._left(photo, prepared)
            return TagOutcome(photo, prepared, target, keywords)
        if note:
            self.summary.notes.append((photo, note))
        if self._journal is not None:
            try:
                self._write(photo, prepared, keywords)
            except _Refused as refused:
                return self._failed(photo, str(refused))
        outcome = TagOutcome(photo, WRITTEN if self._journal else PLANNED, target, keywords, note)
        self.summary.written.append(outcome)
        self.summary.counts.update(keywords)
        return outcome

    def _target(self, photo: Path) -> tuple[Path, str]:
        suffix = photo.suffix.lower()
        if self.options.embed and suffix in EMBEDDABLE:
            return photo, ""
        heif = self.options.embed and suffix in HEIF_EXTENSIONS | {".avif"}
        note = ""
        if heif:
            note = translate(
                "tag_tagger",
                "exiv2 cannot write inside HEIF/AVIF files, so its keywords went to a sidecar",
            )
        if self.options.embed and not note and suffix not in RAW_EXTENSIONS:
            note = translate(
                "tag_tagger",
                "exiv2 cannot write XMP inside {suffix} files, so its keywords went to a sidecar",
            ).format(suffix=suffix)
        return sidecar_path(photo, self.options.naming), note

    def _prepare(self, photo: Path, target: Path, choice: Choice) -> _Prepared | str:
        """The target's new bytes, or UNCHANGED / NOTHING; raises _Refused with the reason."""
        embedded = target == photo
        old = _read(target, missing_ok=not embedded)
        stamp = file_stamp(target) if old is not None else None
        try:
            inside = embedded_packet(photo, old) if embedded and old is not None else b""
            text = inside if embedded else (old or b"")
            packet = XmpPacket.parse(text) if _has_xml(text) else XmpPacket.new()
        except InvalidXmp as exc:
            raise _Refused(
                translate(
                    "tag_tagger",
                    "{file} is {reason}; Pictag leaves it untouched: fix or move it, then write "
                    "the keywords again",
                ).format(file=target.name, reason=exc.reason)
            ) from None
        except XmpFileError as exc:
            raise _Refused(str(exc)) from None
        before = packet.ours()
        o = self.options
        hierarchical = choice.hierarchical(o.parent)
        if not choice.labels and not before.labels:
            return NOTHING
        if (before.labels, before.model) == (choice.labels, o.model) and set(hierarchical) <= set(
            packet.values(LR, "hierarchicalSubject")
        ):  # a re-run with the same model: the same keywords, and what a person removed stays so
            return UNCHANGED
        try:
            packet.replace_ours(
                choice.keywords(), hierarchical, list(choice.labels), choice.confidence_texts(),
                o.model,
            )  # fmt: skip
        except InvalidXmp as exc:
            raise _Refused(
                translate("tag_tagger", "{file} holds {reason}; Pictag leaves it as it is").format(
                    file=target.name, reason=exc.reason
                )
            ) from None
        _check_writable(photo, target, embedded)
        try:
            new = embed_packet(photo, old or b"", inside, packet) if embedded else packet.data
        except XmpFileError as exc:
            raise _Refused(str(exc)) from None
        return _Prepared(target, old, new, stamp)

    def _write(self, photo: Path, p: _Prepared, keywords: tuple[str, ...]) -> None:
        """Journal, back up, replace, journal; raises _Refused (nothing changed) on failure."""
        assert self._journal is not None and self._backups is not None
        self._step += 1
        backup = self._backups / f"{self._step:06d}-{p.target.name}" if p.old is not None else None
        row = {
            "step": self._step, "action": "embed" if p.target == photo else "sidecar",
            "photo": photo, "file": p.target, "backup": backup,
            "original_sha256": _sha256(p.old) if p.old is not None else "",
            "sha256": _sha256(p.new), "size": len(p.new), "keywords": "; ".join(keywords),
            "model": self.options.model,
        }  # fmt: skip
        self._journal.write(**row, status="started")
        try:
            if backup is not None and p.old is not None:
                _save_backup(backup, p.old)
            with replacing(p.target) as temp:
                temp.write_bytes(p.new)
                if file_stamp(p.target) != p.stamp:  # another program wrote it meanwhile
                    raise _Refused(
                        translate(
                            "tag_tagger",
                            "{file} changed while Pictag was writing it; left as it is",
                        ).format(file=p.target.name)
                    )
        except _Refused as refused:
            self._journal.write(**row, status="failed", detail=str(refused))
            raise
        except (OSError, WriteError) as exc:
            discard(backup)  # the file is as it was: nothing to restore
            full = exc.why if isinstance(exc, WriteError) else write_failure(exc)
            why = full or _os_reason(exc, p.target)
            self._journal.write(**row, status="failed", detail=why)
            if full:  # every write after it would fail the same way
                raise self._full(p.target, full) from None
            raise _Refused(why) from None
        self._journal.write(**row, status="done")

    def _full(self, target: Path, why: str) -> WriteError:
        assert self._journal is not None
        manifest, undo = self._journal.path, self._journal.undo
        said = translate(
            "tag_tagger",
            "cannot write {file} ({why}), so Pictag stopped; free some space, then write the "
            "rest (--resume {manifest}) or undo what was written: {undo} {manifest}",
        )
        return WriteError(
            said.format(file=target, why=why, manifest=manifest, undo=undo), target, why
        )

    def _left(self, photo: Path, status: str) -> None:
        """Journal a photo left as it was on purpose, so that a resumed run skips it."""
        if self._journal is not None:
            self._step += 1
            self._journal.write(
                step=self._step, action=LEFT, status=status, photo=photo, model=self.options.model
            )

    def _failed(self, photo: Path, why: str) -> TagOutcome:
        self.summary.failed.append((photo, why))
        return TagOutcome(photo, FAILED, detail=why)


def _read(path: Path, *, missing_ok: bool) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if missing_ok:
            return None
        raise _Refused(translate("tag_tagger", "file not found (moved or deleted?)")) from None
    except OSError as exc:
        raise _Refused(
            translate("tag_tagger", "{file} cannot be read ({why})").format(
                file=path.name, why=_os_reason(exc, path)
            )
        ) from None


def _check_writable(photo: Path, target: Path, embedded: bool) -> None:
    """A read-only file or folder is the person's way of saying "leave it": Pictag does, also
    when it could write anyway (as root, or by renaming over a read-only file)."""
    if embedded and _read_only(photo):
        raise _Refused(
            translate(
                "tag_tagger",
                "the photo is read-only; Pictag does not change read-only files (make it "
                "writable, or write sidecars instead of --embed)",
            )
        )
    if not embedded and target.exists() and _read_only(target):
        raise _Refused(
            translate(
                "tag_tagger", "{file} is read-only; Pictag leaves read-only sidecars alone"
            ).format(file=target.name)
        )
    if _read_only(target.parent):
        raise _Refused(
            translate(
                "tag_tagger", "the folder {folder} is read-only; no keywords can be written there"
            ).format(folder=target.parent)
        )


def _read_only(path: Path) -> bool:
    try:
        no_write_bits = not os.stat(path).st_mode & 0o222
    except OSError:
        return False  # the write itself will say what is wrong
    return no_write_bits or not os.access(path, os.W_OK | (os.X_OK if path.is_dir() else 0))


def _save_backup(backup: Path, content: bytes) -> None:
    backup.parent.mkdir(exist_ok=True)
    fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with open(fd, "wb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())


def _has_xml(text: bytes | str) -> bool:
    return bool(text.strip() if isinstance(text, str) else text.strip())


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _os_reason(exc: OSError, path: Path) -> str:
    if isinstance(exc, PermissionError):
        return translate("tag_tagger", "permission denied writing in {folder}").format(
            folder=path.parent
        )
    return reason(exc)
