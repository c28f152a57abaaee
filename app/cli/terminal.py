"""Progress on the command line: the engine's `Progress` events drawn on stderr with tqdm, only
when stderr is a terminal, and choosing and loading a model with it (shared by the commands
that need one).

tqdm draws the bars (rate, time left, byte units, terminal width) and interleaves other output
with them (`write`); this module only decides which stage gets a bar and which a status line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

from tqdm import tqdm

from app.cli.args import add_backend_argument, positive_int
from app.core.batching import DEFAULT_BATCH_SIZE
from app.core.errors import UsageError
from app.core.i18n import Context, translate
from app.core.progress import Progress, Stage
from app.core.registry import ARCHITECTURES, DEFAULT_ARCHITECTURE

cli_terminal = Context("cli_terminal")

if TYPE_CHECKING:
    from pathlib import Path

    from app.core.decision import Decision
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel
    from app.core.resume import Done

__all__ = [
    "MAX_LISTED", "ProgressDisplay", "add_model_options", "count_text",
    "load_model_with_progress", "print_files", "report_discovery", "report_pairs",
    "report_resumed",
]  # fmt: skip

MAX_LISTED = 20  # files listed one by one in a summary; beyond that, a count

log = logging.getLogger(__name__)

_REDRAW_S = 0.1


class _Bar(tqdm):
    """No monitor thread: bars are moved by events, never by iteration (and a thread that
    outlives the command helps nobody)."""

    monitor_interval = 0


class ProgressDisplay:
    """Call it with `Progress` events: a stage whose events count something gets a bar, one
    without counts a transient status line, each replaced when the next stage begins.

    `write(text, file)` prints a line without tearing the bar; `close()` ends the last bar.
    Nothing is drawn when the stream is not a terminal (a log file, a pipe, CI)."""

    def __init__(self, stream: IO[str] | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._stage: Stage | None = None
        self._bar: _Bar | None = None

    def __call__(self, event: Progress) -> None:
        if not self.enabled:
            return
        if event.stage != self._stage or self._bar is None:
            self.close()
            self._stage = event.stage
            self._bar = self._new_bar(event)
        bar = self._bar
        if not event.stage.unit and bar.desc != event.title:  # the status line says more now
            bar.set_description_str(event.title)
        if event.total and bar.total != event.total:
            bar.total = event.total
        if event.done != bar.n:
            bar.update(event.done - bar.n)

    def _new_bar(self, event: Progress) -> _Bar:
        unit = event.stage.unit
        common = {"file": self.stream, "mininterval": _REDRAW_S, **self._width()}
        if not unit:  # "Loading the model…": a line that goes when the stage is over
            return _Bar(desc=event.title, bar_format="{desc}…", leave=False, **common)
        if unit == "bytes":
            return _Bar(
                desc=event.title, total=event.total or None, unit="B", unit_scale=True,
                unit_divisor=1024, leave=True, **common,
            )  # fmt: skip
        shown = event.stage.unit_text
        return _Bar(desc=event.title, total=event.total or None, unit=f" {shown}", **common)

    def _width(self) -> dict[str, object]:
        """Follow the terminal's size; one that reports none (a fresh pseudo-terminal, some
        CI consoles) gets 80x24 (tqdm would hide a bar below a terminal of 0 rows)."""
        try:
            size = os.get_terminal_size(self.stream.fileno())
        except (AttributeError, OSError, ValueError):
            size = os.terminal_size((0, 0))
        return {"dynamic_ncols": True} if min(size) > 0 else {"ncols": 80, "nrows": 24}

    def write(self, text: str, file: IO[str] | None = None) -> None:
        """A line on `file` (stdout by default) while a bar may be on screen."""
        out = file or sys.stdout
        if self._bar is None:
            print(text, file=out, flush=True)
        else:
            tqdm.write(text, file=out)

    def interleaved(self, out: IO[str]):
        """A context in which `out` may be written to freely: the bar is lifted meanwhile."""
        return tqdm.external_write_mode(file=out)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        self._stage = None


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """--model, --weights and --batch-size, for the commands that classify."""
    names = [f"{n} (default)" if n == DEFAULT_ARCHITECTURE else n for n in ARCHITECTURES]
    parser.add_argument(
        "--model",
        default=DEFAULT_ARCHITECTURE,
        metavar="MODEL",
        help=f"{', '.join(names)}, or a Pictag model file (.keras)",
    )
    parser.add_argument(
        "--weights",
        default="imagenet",
        metavar="WEIGHTS",
        help="'imagenet' (default; downloaded once into Keras' cache) or a local weights file",
    )
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"images per model call ({DEFAULT_BATCH_SIZE})",
    )
    add_backend_argument(parser, "the model")
    parser.add_argument(
        "--keep-known",
        type=keep_known_share,
        metavar="SHARE",
        help='for a model that can say "none of these": the share of photos of its own '
        "classes that keep a label, from 0.5 to 1 (default: the share saved in the model "
        "when it was trained); lower sets more photos aside as none of its classes, 1 never "
        "does",
    )


def keep_known_share(text: str) -> float:
    from app.core.decision import check_keep_known

    try:
        return check_keep_known(float(text), "")
    except (ValueError, UsageError) as exc:
        not_a_number = translate("cli_terminal", "not a number: {text}").format(text=text)
        raise argparse.ArgumentTypeError(str(exc).strip() or not_a_number) from None


def load_model_with_progress(
    model: str,
    weights: str,
    backend: str,
    display: ProgressDisplay | None = None,
    *,
    keep_known: float | None = None,
) -> LoadedModel:
    """`load_classifier`, showing "Loading MODEL…" and then any weights download's progress
    on stderr. TensorFlow is imported here, not when this module is. The caller closes the
    model (LiteRT may still be being prepared)."""
    from app.core.model_loader import load_classifier

    display = display or ProgressDisplay()
    display(
        Progress(Stage.LOAD, text=translate("cli_terminal", "Loading {model}").format(model=model))
    )
    try:
        loaded = load_classifier(
            model, weights=weights, backend=backend, progress=display, keep_known=keep_known
        )
    finally:
        display.close()
    log.info("Model ready: %s", loaded.name)
    tell_about_decision(loaded.name, loaded.notice, loaded.decision, keep_known)
    return loaded


def tell_about_decision(
    name: str, notice: str, decision: Decision, keep_known: float | None
) -> None:
    """On stderr, what a person should know about how a model gives labels: that it was made
    before "none of these" (`notice`), or that --keep-known has nothing to move."""
    if notice:
        print(
            translate("cli_terminal", "pictag: warning: {notice}").format(notice=notice),
            file=sys.stderr,
        )
    open_set = decision.open_set
    if keep_known is not None and open_set is None:
        print(
            translate(
                "cli_terminal",
                'pictag: note: {name} cannot say "none of these" (it has no detector), '
                "so --keep-known changes nothing",
            ).format(name=name),
            file=sys.stderr,
        )
    elif open_set is not None:
        log.info(
            "%s says \"none of these\" above novelty %.3g, which keeps %.1f%% of its known "
            "validation photos", name, open_set.threshold, 100 * open_set.kept_share(),
        )  # fmt: skip


def report_discovery(found: Discovery, where: Path | None = None) -> bool:
    """Say on stderr what discovery left out (files in other formats, by extension) and when
    it found no image at all (`where`: the folder searched, named in that message); returns
    whether there is anything to classify."""
    if found.skipped:
        kinds = ", ".join(f"{ext} {n}" for ext, n in found.skipped.most_common())
        print(
            cli_terminal.tr(
                "pictag: left out %Ln files in formats Pictag does not read ({kinds})",
                "",
                sum(found.skipped.values()),
            ).format(kinds=kinds),
            file=sys.stderr,
        )
    if not found.files and not found.problems:
        if where is None:
            print(translate("cli_terminal", "pictag: no images found"), file=sys.stderr)
        else:
            print(
                translate("cli_terminal", "pictag: no images found in {folder}").format(
                    folder=where
                ),
                file=sys.stderr,
            )
        return False
    return True


def report_resumed(found: Discovery, done: Done, said: Callable[[str, str], str]) -> Discovery:
    """`found` without what an earlier run finished (`done`), said on stderr in the command's
    words: `said(done, left)` with both counts written out ("pictag: resuming SOURCE: N
    photos already sorted, M to go")."""
    from app.core.resume import skip_done

    rest = skip_done(found, done)
    left = len(rest.files) + len(rest.problems)
    print(said(count_text(len(done)), count_text(left)), file=sys.stderr)
    return rest


def report_pairs(found: Discovery, said: Callable[[int], str]) -> None:
    """Say on stderr how many RAW files ride with a JPEG twin (`app.core.raw_pairs`), and
    what happens to them: `said(count)`, in the command's words."""
    from app.core.raw_pairs import paired_count

    if n := paired_count(found):
        print(said(n), file=sys.stderr)


def count_text(n: int) -> str:
    """A count as the command line writes it inside a sentence: 12,345."""
    return format(n, ",")


def print_files(title: str, files: list[tuple[Path, str]], out: IO[str]) -> None:
    """A summary's list of files with their reason, the first MAX_LISTED of them (`title`
    translated by the caller)."""
    if not files:
        return
    print(f"{title} ({count_text(len(files))}):", file=out)
    for path, reason in files[:MAX_LISTED]:
        print(f"  {path}: {reason}", file=out)
    if len(files) > MAX_LISTED:
        print(cli_terminal.tr("  ... and %Ln more", "", len(files) - MAX_LISTED), file=out)
