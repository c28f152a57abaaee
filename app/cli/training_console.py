"""A training run (`pictag train`, `pictag update`) on the terminal: its events drawn on stderr
as they come, and Ctrl-C stopping it (`app.cli.interrupt`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO, TypeVar

from app.cli.interrupt import ctrl_c_stops
from app.cli.terminal import ProgressDisplay
from app.core.progress import Event, Note, NoteKind, Progress, Stage, Token
from training.progress import DatasetSplit, EpochResult

__all__ = ["MAX_LISTED", "TrainingConsole", "run_with_ctrl_c"]
T = TypeVar("T")

MAX_LISTED = 10  # skipped files (or mistakes) listed one by one; beyond that, a count


def run_with_ctrl_c(run: Callable[[TrainingConsole], T], token: Token) -> T:
    """`run(console)` with its events drawn on stderr and Ctrl-C stopping `token` (the first)
    or cancelling it (the second): a training run or an update."""
    console = TrainingConsole(sys.stderr)
    try:
        with ctrl_c_stops(token, sys.stderr):
            return run(console)
    finally:
        console.close()


class TrainingConsole:
    """A training run's events on stderr: the dataset's counts and the notes as lines, each
    stage's title, a bar for the stages that count something (`ProgressDisplay`), one line per
    epoch; skipped files listed up to a point, then counted."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.display = ProgressDisplay(stream)
        self.stage: Stage | None = None
        self.skipped = 0

    def __call__(self, event: Event) -> None:
        match event:
            case Progress():
                self._progress(event)
            case EpochResult():
                self._epoch(event)
            case DatasetSplit():
                self._dataset(event)
            case Note():
                self._note(event)

    def _dataset(self, split: DatasetSplit) -> None:
        scan, train_counts = split.scan, split.train_counts
        validation_counts = split.validation_counts
        width = max(6, *(len(c) for c in scan.classes))
        self._line(f"{len(scan.classes)} classes:")
        self._line(f"  {'class':<{width}}  training  validation")
        for name, n_train, n_val in zip(scan.classes, train_counts, validation_counts, strict=True):
            self._line(f"  {name:<{width}}  {n_train:8d}  {n_val:10d}")
        if split.train_none or split.validation_none:
            none = "(none)"
            self._line(f"  {none:<{width}}  {split.train_none:8d}  {split.validation_none:10d}")
        self._line(
            f"  {'total':<{width}}  {sum(train_counts):8d}  {sum(validation_counts):10d}"
            f"   ({len(scan.skipped)} files skipped, {len(scan.warnings)} warnings)"
        )

    def _progress(self, event: Progress) -> None:
        if event.stage != self.stage:
            self.display.close()
            self.stage = event.stage
            self._line(f"{event.title}...")
        if event.stage.unit:
            self.display(event)

    def _epoch(self, r: EpochResult) -> None:
        phase = "head" if r.phase == 1 else "fine-tune"
        mark = "  *best" if r.best else ""
        short = "acc" if r.metric == "accuracy" else "f1"
        self._line(
            f"  {phase} epoch {r.epoch:>2}/{r.epochs}: loss {r.loss:.4f} {short} {r.accuracy:.4f}  "
            f"val_loss {r.val_loss:.4f} val_{short} {r.val_accuracy:.4f}  ({r.seconds:.1f} s){mark}"
        )

    def _note(self, note: Note) -> None:
        if note.kind is NoteKind.SKIPPED:
            self.skipped += 1
            if self.skipped > MAX_LISTED:
                return
        self._line(note.line)

    def close(self) -> None:
        self.display.close()
        if self.skipped > MAX_LISTED:
            self._line(f"... and {self.skipped - MAX_LISTED} more skipped files (see the report)")
            self.skipped = MAX_LISTED

    def _line(self, text: str) -> None:
        self.display.write(text, self.stream)
