"""A training run (`pictag train`, `pictag update`) on the terminal: its events drawn on stderr
as they come, and Ctrl-C stopping it (`app.cli.interrupt`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO, TypeVar

from app.cli.interrupt import ctrl_c_stops
from app.cli.terminal import ProgressDisplay
from app.core.i18n import Context, translate
from app.core.path_text import display_width, pad
from app.core.progress import Event, Note, NoteKind, Progress, Stage, Token
from training.progress import DatasetSplit, EpochResult

cli_training_console = Context("cli_training_console")

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
        heading = translate("cli_training_console", "class")
        training = translate("cli_training_console", "training")
        validation = translate("cli_training_console", "validation")
        none = translate("cli_training_console", "(none)")
        total = translate("cli_training_console", "total")
        names = (heading, none, total, *scan.classes)
        width = max(6, *(display_width(n) for n in names))
        a, b = max(8, display_width(training)), max(10, display_width(validation))

        def row(name: str, n_train: int, n_val: int) -> str:
            return f"  {pad(name, width)}  {n_train:{a}d}  {n_val:{b}d}"

        self._line(cli_training_console.tr("%Ln classes:", "", len(scan.classes)))
        self._line(f"  {pad(heading, width)}  {pad(training, a, '>')}  {pad(validation, b, '>')}")
        for name, n_train, n_val in zip(scan.classes, train_counts, validation_counts, strict=True):
            self._line(row(name, n_train, n_val))
        if split.train_none or split.validation_none:
            self._line(row(none, split.train_none, split.validation_none))
        skipped = translate(
            "cli_training_console", "({skipped} files skipped, {warnings} warnings)"
        ).format(skipped=len(scan.skipped), warnings=len(scan.warnings))
        self._line(f"{row(total, sum(train_counts), sum(validation_counts))}   {skipped}")

    def _progress(self, event: Progress) -> None:
        if event.stage != self.stage:
            self.display.close()
            self.stage = event.stage
            self._line(f"{event.title}...")
        if event.stage.unit:
            self.display(event)

    def _epoch(self, r: EpochResult) -> None:
        if r.phase == 1:
            phase = translate("cli_training_console", "head")
        else:
            phase = translate("cli_training_console", "fine-tune")
        mark = translate("cli_training_console", "  *best") if r.best else ""
        short = "acc" if r.metric == "accuracy" else "f1"  # Keras' names, as in its logs
        line = translate(
            "cli_training_console",
            "  {phase} epoch {epoch}/{epochs}: loss {loss} {metric} {score}  "
            "val_loss {val_loss} val_{metric} {val_score}  ({seconds} s){best}",
        )
        self._line(
            line.format(
                phase=phase,
                epoch=format(r.epoch, ">2"),
                epochs=r.epochs,
                loss=format(r.loss, ".4f"),
                metric=short,
                score=format(r.accuracy, ".4f"),
                val_loss=format(r.val_loss, ".4f"),
                val_score=format(r.val_accuracy, ".4f"),
                seconds=format(r.seconds, ".1f"),
                best=mark,
            )  # fmt: skip
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
            more = self.skipped - MAX_LISTED
            self._line(
                cli_training_console.tr("... and %Ln more skipped files (see the report)", "", more)
            )
            self.skipped = MAX_LISTED

    def _line(self, text: str) -> None:
        self.display.write(text, self.stream)
