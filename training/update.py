"""Updating a model from its training folder: the same run again on the folder as it is now
(old and new photos, also those a person copied in by hand), keeping its validation images.

By default only the head is trained again (phase 1): the frozen base's features come from the
cache, so only new or changed files go through the network, and an update of a few thousand
photos takes seconds. `full` runs both phases, as `pictag train` does. Either way the split
keeps the earlier version's (`training.split.keep_split`), the new version is compared with the
one it replaces on the validation images both were validated on (the earlier version's answers
are in its report), and it becomes the version in use while the earlier ones stay in
MODEL.versions/ (`training.versions`), each loadable again.
"""

from __future__ import annotations

import errno
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.core.errors import WriteError
from app.core.files import discard
from app.core.i18n import translate
from app.core.model_file import read_model_info, report_path_for
from app.core.progress import Event, Note, NoteKind, Progress, ProgressCallback, Stage, Token
from app.core.writer_lock import WRITER_WAIT_SECONDS, writing
from training.dataset import DatasetScan, Sample
from training.open_set import describe_open_set
from training.options import DEFAULTS, options_from_parameters
from training.recorded import Recorded, locate_folder
from training.split import keep_split
from training.trainer import TrainingResult, train
from training.versions import (
    Version,
    archive,
    list_versions,
    new_version_path,
    publish,
    record_version,
    versions_dir,
)

__all__ = ["Comparison", "UpdateResult", "compare", "update_model"]


@dataclass(frozen=True)
class Comparison:
    """Two versions on the validation images both were validated on (today's labels)."""

    images: int
    before: float | None  # None when no image was validated by both
    after: float | None
    fixed: int  # right now, wrong before
    broken: int  # wrong now, right before

    def as_dict(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass
class UpdateResult:
    model: Path
    version: Version  # the new version, now in use
    previous: Version  # the version it was made from (archived)
    full: bool
    training: TrainingResult
    comparison: Comparison
    new_images: int  # in the folder now, not in the previous version's split
    new_validation: int  # of which held out for validation
    removed_images: int  # in the previous version's split, gone now
    added_classes: list[str] = field(default_factory=list)
    removed_classes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def describe(self) -> list[str]:
        """What changed, what it cost and what it gained: the lines both front ends show."""
        training, c = self.training, self.comparison
        how = translate("update", "both phases") if self.full else translate("update", "head only")
        lines = [
            translate(
                "update",
                "Version {version} ({how}) from version {previous}: {new} new photos "
                "({validation} of them for validation), {gone} gone since.",
            ).format(
                version=self.version.number,
                how=how,
                previous=self.previous.number,
                new=f"{self.new_images:,}",
                validation=f"{self.new_validation:,}",
                gone=f"{self.removed_images:,}",
            ),
            translate("update", "Features: {computed} computed, {cached} from the cache.").format(
                computed=f"{training.features_computed:,}", cached=f"{training.features_cached:,}"
            ),
        ]
        multi_label = training.evaluation.multi_label
        if c.images and c.before is not None and c.after is not None:
            compared = (
                translate(
                    "update",
                    "Exact match on the {photos} validation photos both versions saw: {before} -> "
                    "{after} ({change} points; {fixed} now right, {broken} now wrong).",
                )
                if multi_label
                else translate(
                    "update",
                    "Accuracy on the {photos} validation photos both versions saw: {before} -> "
                    "{after} ({change} points; {fixed} now right, {broken} now wrong).",
                )
            )
            lines.append(
                compared.format(
                    photos=f"{c.images:,}",
                    before=f"{c.before:.2%}",
                    after=f"{c.after:.2%}",
                    change=f"{(c.after - c.before) * 100:+.2f}",
                    fixed=c.fixed,
                    broken=c.broken,
                )
            )
        evaluation = training.evaluation
        overall = (
            translate("update", "Exact match on all {photos} validation photos: {accuracy}")
            if multi_label
            else translate("update", "Accuracy on all {photos} validation photos: {accuracy}")
        )
        lines.append(
            overall.format(photos=f"{evaluation.count:,}", accuracy=f"{evaluation.accuracy:.2%}")
        )
        if training.open_set is not None:
            lines.append(describe_open_set(training.open_set))
        note = translate("update", "Note: {warning}")
        return lines + [note.format(warning=warning) for warning in self.warnings]


def update_model(
    model_path: str | Path,
    *,
    full: bool = False,
    data_dir: Path | None = None,
    validation_dir: Path | None = None,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    wait: float = WRITER_WAIT_SECONDS,
) -> UpdateResult:
    """Train a new version of MODEL from its folder as it is now and put it in use.

    `data_dir` / `validation_dir` give a folder's new place when it moved (the split is kept
    by file names under it). `progress` hears everything the training run tells (`train`'s
    events) and the versions' steps. A cancel (or a stop before training began) writes
    nothing; a stop keeps the best weights so far as the new version; on any failure
    MODEL.keras and every version stay as they were. The model's lock is held throughout
    (`app.core.writer_lock.writing`): while another run writes MODEL this one waits up to
    `wait` seconds, telling `progress`, and only then reads the version in use.
    """
    model = Path(model_path)
    read_model_info(model)  # a damaged or foreign file is refused before anything is done
    with writing(model, progress=progress, token=token, wait=wait):
        started = time.monotonic()  # the update's own time, not the wait
        result = _update(model, full, data_dir, validation_dir, progress, token)
    result.seconds = time.monotonic() - started
    return result


def _update(
    model: Path,
    full: bool,
    data_dir: Path | None,
    validation_dir: Path | None,
    progress: ProgressCallback | None,
    token: Token | None,
) -> UpdateResult:
    """The update itself, from the version in use as it is once the lock is held."""
    before = read_model_info(model)  # the version in use, as it is once the lock is held
    previous = next(v for v in list_versions(model) if v.in_use)
    recorded = Recorded.from_report(previous.report, model)
    root = locate_folder(recorded, data_dir, model=model)
    val_root = None
    if recorded.validation_root is not None or validation_dir is not None:
        val_root = locate_folder(recorded, validation_dir, model=model, validation=True)
    run = _Update(model, previous, recorded, full, progress, token)
    if before.before_open_set:
        run.warnings.append(
            translate(
                "update",
                "Version {previous} gave every photo one of its classes; this version can say "
                '"none of these" for photos unlike every class.',
            ).format(previous=previous.number)
        )
    try:
        return run.train(root, val_root)
    except BaseException as exc:
        run.discard_unused()
        if not isinstance(exc, (OSError, WriteError)):
            raise
        why = exc.why if isinstance(exc, WriteError) else exc.strerror or str(exc)
        path = exc.path if isinstance(exc, WriteError) else exc.filename
        where = f": {path}" if path else ""
        raise WriteError(
            translate(
                "update",
                "cannot write the new version of {model} ({why}{where}); nothing changed, "
                "{model} and its versions are as they were. {advice}",
            ).format(model=model, why=why, where=where, advice=_what_to_do(exc)),
            path or model,
            why,
        ) from None


@dataclass
class _Update:
    model: Path
    previous: Version
    recorded: Recorded
    full: bool
    progress: ProgressCallback | None
    token: Token | None
    warnings: list[str] = field(default_factory=list)  # the run's warning notes
    unused: list[Path] = field(default_factory=list)  # version files written, not yet in use

    def discard_unused(self) -> None:
        """Remove the version files this run wrote that are not in use, so that a failed update
        lists the versions it found and leaves nothing behind (its checkpoints apart)."""
        for path in self.unused:
            discard(path)
            discard(report_path_for(path))

    def tell(self, event: Event) -> None:
        """Every event to `progress`; the warnings also kept, for the result."""
        if isinstance(event, Note) and event.kind is NoteKind.WARNING:
            self.warnings.append(event.text)
        if self.progress is not None:
            self.progress(event)

    def train(self, root: Path, val_root: Path | None) -> UpdateResult:
        model, recorded = self.model, self.recorded
        text = translate("update", "Keeping the version in use")
        self.tell(Progress(Stage.VERSION, 0, 1, text=text))
        if not self.previous.archived:
            self.unused.append(versions_dir(model) / f"v{self.previous.number}.keras")
        previous = archive(model, self.previous)
        self.unused.clear()  # archived: one of the versions now, whatever happens next
        output = new_version_path(model)
        self.unused.append(output)
        recorded_epochs = recorded.parameters.get("fine_tune_epochs")
        fine_tune = int(recorded_epochs or DEFAULTS["fine_tune_epochs"]) if self.full else 0
        options = options_from_parameters(
            recorded.parameters, data_dir=root, validation_dir=val_root, output=output,
            report=report_path_for(output), fine_tune_epochs=fine_tune, use_cache=True,
        )  # fmt: skip

        def split(scan: DatasetScan, groups: Sequence[int]) -> tuple[list[Sample], list[Sample]]:
            fraction, seed = options.validation_split, options.seed
            return keep_split(scan.samples, scan.root, recorded.split, fraction, seed, groups)

        result = train(options, self.tell, self.token, split=split)
        now = Recorded.from_report(json.loads(result.report_path.read_text("utf-8")), model)
        comparison, changes = compare(recorded, now), _changes(recorded, now)
        warnings = self.warnings + _class_warnings(model, previous, changes)
        if not self.full and previous.report.get("best", {}).get("stage") == "fine_tune":
            warnings.append(
                translate(
                    "update",
                    "Version {previous} was fine-tuned (phase 2); a head-only update trains a "
                    "new head on the frozen base, so that tuning is not carried over (the "
                    "comparison shows what that changed); --full fine-tunes again, in minutes.",
                ).format(previous=previous.number)
            )
        if recorded.feature_key and now.feature_key and recorded.feature_key != now.feature_key:
            warnings.append(
                translate(
                    "update",
                    "The base's weights are not those of version {previous}, so every feature "
                    "was computed again.",
                ).format(previous=previous.number)
            )
        text = translate("update", "Putting {version} in use").format(version=output.stem)
        self.tell(Progress(Stage.VERSION, 0, 1, text=text))
        version = record_version(
            model, output, kind="full" if self.full else "update", based_on=previous.number,
            comparison=comparison.as_dict(), changes=changes,
        )  # fmt: skip
        publish(model, version)
        self.unused.clear()
        self.tell(Progress(Stage.VERSION, 1, 1))
        return UpdateResult(
            model=model,
            version=replace(version, in_use=True),
            previous=previous,
            full=self.full,
            training=result,
            comparison=comparison,
            new_images=changes["new_train"] + changes["new_validation"],
            new_validation=changes["new_validation"],
            removed_images=changes["removed"],
            added_classes=changes["added_classes"],
            removed_classes=changes["removed_classes"],
            warnings=warnings,
        )


def compare(before: Recorded, after: Recorded) -> Comparison:
    """Accuracy (multi-label: exact match) of two versions on the validation images both were
    validated on. A file's labels are today's (the newer report's), for both; a report from
    before they were recorded: its class folder (the first part of its name)."""
    common = sorted(set(before.predicted) & set(after.predicted))
    if not common:
        return Comparison(0, None, None, 0, 0)
    truth = {name: after.truth.get(name, name.split("/")[0]) for name in common}
    right_before = {n for n in common if before.predicted[n] == truth[n]}
    right_after = {n for n in common if after.predicted[n] == truth[n]}
    return Comparison(
        images=len(common),
        before=len(right_before) / len(common),
        after=len(right_after) / len(common),
        fixed=len(right_after - right_before),
        broken=len(right_before - right_after),
    )


def _changes(before: Recorded, after: Recorded) -> dict[str, Any]:
    """What the folder gained and lost between two versions, by file name and class."""
    old = before.split.train | before.split.validation
    new = after.split.train | after.split.validation
    return {
        "new_train": len(after.split.train - old),
        "new_validation": len(after.split.validation - old),
        "removed": len(old - new),
        "added_classes": [c for c in after.classes if c not in before.classes],
        "removed_classes": [c for c in before.classes if c not in after.classes],
    }


def _what_to_do(exc: OSError) -> str:
    """The advice for a write that failed: space only when space is what ran out. A file
    that another program holds (HDF5's "unable to lock file" in Keras' checkpoints) is not a
    full disk."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return translate("update", "Free some space and update again.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("update", "Make the folder writable and update again.")
    if exc.errno in (errno.EAGAIN, errno.EBUSY):
        return translate(
            "update", "Another program holds a file there open; update again once it has ended."
        )
    return translate("update", "Check the disk and update again.")


def _class_warnings(model: Path, previous: Version, changes: dict[str, Any]) -> list[str]:
    warnings = []
    for name in changes["removed_classes"]:
        warnings.append(
            translate(
                "update",
                "The class folder '{name}' is gone (removed or renamed by hand), so the new "
                "version does not know '{name}'; version {previous} still does: pictag update "
                "{model} --restore {previous}",
            ).format(name=name, previous=previous.number, model=model)
        )
    if changes["added_classes"]:
        warnings.append(
            translate("update", "New classes: {classes}.").format(
                classes=", ".join(changes["added_classes"])
            )
        )
    return warnings
