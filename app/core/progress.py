"""The one progress and cancel vocabulary of every long job, shared by the CLI and the GUI.

A job (classify, weights download, dataset scan, feature extraction, training, export, sort)
takes `progress`, a callable that receives `Event`s, and `token`, a `Token` another thread uses
to end it early. Most events are `Progress`: it names its `Stage` (an enum: the CLI's bars and
the GUI's labels take their titles and units from it), the items done and in all, and, when the
job is made of several stages, how far the whole job is (`overall`): `Stages` keeps that
account, and `Stages.sub` maps a sub-job's own events into its slice of the whole, as Orange's
`wrap_callback` does. A `Note` is a line for the log with its kind (a warning, a skipped file)
kept apart from its text; a feature may define its own events (training's epochs), which pass
through `Stages` untouched. A front end dispatches on the event's type.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.core.errors import Cancelled
from app.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "Stage",
    "Event",
    "Progress",
    "NoteKind",
    "Note",
    "ProgressCallback",
    "Token",
    "Stages",
]


class Stage(StrEnum):
    """A named part of a long job. The value is stable (reports and logs carry it)."""

    DOWNLOAD = "download"
    LOAD = "load"
    CLASSIFY = "classify"
    SCAN = "scan"
    CALIBRATE = "calibrate"
    EXTRACT = "extract"
    HEAD = "head"
    FINE_TUNE = "fine_tune"
    EVALUATE = "evaluate"
    OPEN_SET = "open_set"
    SAVE = "save"
    PARITY_IMAGES = "parity_images"
    CONVERT = "convert"
    PARITY = "parity"
    SORT = "sort"
    TAG = "tag"
    UNDO = "undo"
    ADD = "add"
    VERSION = "version"
    GROUP = "group"
    CROSS_VALIDATE = "cross_validate"
    CHECK = "check"
    CLUSTER = "cluster"
    WAIT = "wait"

    @property
    def title(self) -> str:
        """What a person reads while the stage runs, in their language."""
        return translate("Stage", _TITLES[self])

    @property
    def unit(self) -> str:
        """What `done` and `total` count: images, bytes, steps, folds ("" when nothing); the
        stable English word that code compares."""
        return _UNITS.get(self, "")

    @property
    def unit_text(self) -> str:
        """The unit as a person reads it beside a count, in their language."""
        return translate("Stage", self.unit) if self.unit else ""


_TITLES = {
    Stage.DOWNLOAD: QT_TRANSLATE_NOOP("Stage", "Downloading the ImageNet weights"),
    Stage.LOAD: QT_TRANSLATE_NOOP("Stage", "Loading the model"),
    Stage.CLASSIFY: QT_TRANSLATE_NOOP("Stage", "Classifying"),
    Stage.SCAN: QT_TRANSLATE_NOOP("Stage", "Reading the dataset"),
    Stage.CALIBRATE: QT_TRANSLATE_NOOP("Stage", "Preparing the random base"),
    Stage.EXTRACT: QT_TRANSLATE_NOOP("Stage", "Computing image features"),
    Stage.HEAD: QT_TRANSLATE_NOOP("Stage", "Phase 1 — training the new head"),
    Stage.FINE_TUNE: QT_TRANSLATE_NOOP("Stage", "Phase 2 — fine-tuning the base"),
    Stage.EVALUATE: QT_TRANSLATE_NOOP("Stage", "Evaluating on the validation images"),
    Stage.OPEN_SET: QT_TRANSLATE_NOOP("Stage", "Fitting the none-of-these detector"),
    Stage.SAVE: QT_TRANSLATE_NOOP("Stage", "Saving the model"),
    Stage.PARITY_IMAGES: QT_TRANSLATE_NOOP("Stage", "Reading the parity images"),
    Stage.CONVERT: QT_TRANSLATE_NOOP("Stage", "Converting"),
    Stage.PARITY: QT_TRANSLATE_NOOP("Stage", "Checking parity"),
    Stage.SORT: QT_TRANSLATE_NOOP("Stage", "Sorting"),
    Stage.TAG: QT_TRANSLATE_NOOP("Stage", "Writing keywords"),
    Stage.UNDO: QT_TRANSLATE_NOOP("Stage", "Undoing"),
    Stage.ADD: QT_TRANSLATE_NOOP("Stage", "Adding to the training set"),
    Stage.VERSION: QT_TRANSLATE_NOOP("Stage", "Keeping the versions"),
    Stage.GROUP: QT_TRANSLATE_NOOP("Stage", "Finding near-duplicate photos"),
    Stage.CROSS_VALIDATE: QT_TRANSLATE_NOOP(
        "Stage", "Judging every photo by a head that never saw it"
    ),
    Stage.CHECK: QT_TRANSLATE_NOOP("Stage", "Looking for what is wrong"),
    Stage.CLUSTER: QT_TRANSLATE_NOOP("Stage", "Starting the Ray actors"),
    Stage.WAIT: QT_TRANSLATE_NOOP("Stage", "Waiting for another run writing the model"),
}
_UNITS = {
    Stage.DOWNLOAD: QT_TRANSLATE_NOOP("Stage", "bytes"),
    Stage.CLASSIFY: QT_TRANSLATE_NOOP("Stage", "images"),
    Stage.SCAN: QT_TRANSLATE_NOOP("Stage", "images"),
    Stage.EXTRACT: QT_TRANSLATE_NOOP("Stage", "images"),
    Stage.HEAD: QT_TRANSLATE_NOOP("Stage", "steps"),
    Stage.FINE_TUNE: QT_TRANSLATE_NOOP("Stage", "steps"),
    Stage.OPEN_SET: QT_TRANSLATE_NOOP("Stage", "images"),
    Stage.PARITY: QT_TRANSLATE_NOOP("Stage", "images"),
    Stage.SORT: QT_TRANSLATE_NOOP("Stage", "images"),
    Stage.TAG: QT_TRANSLATE_NOOP("Stage", "images"),
    Stage.ADD: QT_TRANSLATE_NOOP("Stage", "images"),
    Stage.GROUP: QT_TRANSLATE_NOOP("Stage", "images"),
    Stage.CROSS_VALIDATE: QT_TRANSLATE_NOOP("Stage", "folds"),
}


class Event:
    """Whatever a long job tells whoever started it; a front end dispatches on the type."""

    __slots__ = ()


@dataclass(frozen=True)
class Progress(Event):
    """Where a job is. `total` 0 means unknown (a busy indicator); `text` says more than the
    stage's title when there is more to say ("Converting to TFLite", the run's first line)."""

    stage: Stage
    done: int = 0
    total: int = 0
    text: str = ""
    overall: float | None = None  # fraction of the whole job, 0..1, when it is known
    eta_seconds: float | None = None  # for the whole job; None until it can be estimated
    epoch: int = 0  # 1-based within the stage; 0 outside epochs
    epochs: int = 0  # epochs the stage may take; 0 for stages without epochs
    metrics: Mapping[str, float] = field(default_factory=dict)  # running loss, accuracy...

    @property
    def title(self) -> str:
        return self.text or self.stage.title

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.done >= self.total


class NoteKind(StrEnum):
    INFO = "info"  # what was decided and why, what was found
    WARNING = "warning"  # worth a person's attention; the job goes on
    SKIPPED = "skipped"  # an input left out (the note's path), and why


@dataclass(frozen=True)
class Note(Event):
    """A line for the log, typed so that a front end can count, list or collect each kind
    without reading it back from the text."""

    kind: NoteKind
    text: str
    path: Path | None = None

    @classmethod
    def info(cls, text: str, path: Path | None = None) -> Note:
        return cls(NoteKind.INFO, text, path)

    @classmethod
    def warning(cls, text: str, path: Path | None = None) -> Note:
        return cls(NoteKind.WARNING, text, path)

    @classmethod
    def skipped(cls, path: Path, reason: str) -> Note:
        return cls(NoteKind.SKIPPED, reason, path)

    @property
    def line(self) -> str:
        """The note as a person reads it in a log, the same in the CLI and the app."""
        if self.kind is NoteKind.SKIPPED:
            return translate("progress", "Skipped {path}: {reason}").format(
                path=self.path, reason=self.text
            )
        if self.kind is NoteKind.WARNING:
            return translate("progress", "Warning: {text}").format(text=self.text)
        return self.text


ProgressCallback = Callable[[Event], None]
"""Hears every event of a job; a job that has only progress to tell sends only `Progress`."""


class Token:
    """Set from any thread (the GUI's, or the CLI's Ctrl-C handler, `app.cli.interrupt`),
    polled by the job at safe points.

    `cancel()` ends the job and discards it; `stop()` asks it to finish now with what it has
    (training keeps its best weights so far; a job with nothing partial to keep treats a stop
    as a cancel). Both are checked at least once per batch. A job that writes its result past
    its last check calls `commit()` first, so that whoever would cancel it can tell that it is
    too late.
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._stop = threading.Event()
        self._committed = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def stop(self) -> None:
        """The app's Stop button and the CLI's first Ctrl-C: finish with what there is."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    @property
    def ended(self) -> bool:
        """Cancelled or stopped: what a job without a partial result checks."""
        return self._cancel.is_set() or self._stop.is_set()

    def check(self, *, stop_too: bool = True) -> None:
        """Raise `Cancelled` when the job must end here."""
        if self.cancelled or (stop_too and self.stop_requested):
            raise Cancelled()

    def commit(self) -> None:
        """The job's last check: `Cancelled` if it was cancelled; otherwise from here on it
        finishes whatever is asked (it is writing its result), and `committed` says so.
        Marked before the check: a Ctrl-C handler (run on the job's thread between two of its
        steps) that saw `committed` false and cancelled is still obeyed."""
        self._committed.set()
        if self.cancelled:
            raise Cancelled()

    @property
    def committed(self) -> bool:
        return self._committed.is_set()


class Stages:
    """A job made of weighted stages: overall progress and an ETA from each stage's share.

    `weights` are the expected costs of the stages (any unit); a stage not listed costs
    nothing. `begin(stage)` starts one, `report(stage, fraction, ...)` sends an event with the
    whole job's progress, `end(stage)` books it and its time.
    """

    def __init__(self, progress: ProgressCallback | None, token: Token | None = None) -> None:
        self._progress = progress
        self._token = token
        self.weights: dict[Stage, float] = {}
        self.seconds: dict[Stage, float] = {}
        self._done = 0.0
        self._started = time.monotonic()
        self._stage_started = self._started

    def begin(self, stage: Stage, total: int = 0, text: str = "", epochs: int = 0) -> None:
        """Raises `Cancelled` if the job was cancelled before this stage could start (also by
        whoever heard that it starts)."""
        self._check()
        self._stage_started = time.monotonic()
        self.report(stage, 0.0, total=total, text=text, epochs=epochs)
        self._check()

    def _check(self) -> None:
        if self._token is not None and self._token.cancelled:
            raise Cancelled()

    def report(self, stage: Stage, fraction: float, **event: object) -> None:
        if self._progress is None:
            return
        total = sum(self.weights.values()) or 1.0
        overall = min(1.0, (self._done + self.weights.get(stage, 0.0) * fraction) / total)
        elapsed = time.monotonic() - self._started
        eta = elapsed * (1 - overall) / overall if overall > 0.02 and elapsed > 2 else None
        self._progress(Progress(stage, overall=overall, eta_seconds=eta, **event))  # type: ignore[arg-type]

    def tell(self, event: Event) -> None:
        """Pass an event that is not progress (a note, a feature's own event) to the job's
        `progress` as it is."""
        if self._progress is not None:
            self._progress(event)

    def sub(self, stage: Stage) -> ProgressCallback:
        """The progress callback for a sub-job that is this stage (feature extraction, a
        download): its `Progress` events keep their counts and get the whole job's `overall`;
        other events pass through."""

        def relay(event: Event) -> None:
            if not isinstance(event, Progress):
                self.tell(event)
                return
            fraction = event.done / event.total if event.total else 0.0
            self.report(stage, fraction, done=event.done, total=event.total, text=event.text)

        return relay

    def end(self, stage: Stage) -> None:
        self.seconds[stage] = time.monotonic() - self._stage_started
        self._done += self.weights.get(stage, 0.0)
