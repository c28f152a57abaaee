"""What the `pictag` sub-commands share: argument types (a bad value is a one-line usage error)
and exit statuses."""

from __future__ import annotations

import argparse

from app.core.backend import AUTO, BACKENDS
from app.core.errors import PictagError, UsageError
from app.core.i18n import translate
from app.core.writer_lock import WRITER_WAIT_SECONDS

__all__ = [
    "add_backend_argument",
    "add_wait_argument",
    "EXIT_OK",
    "EXIT_SOME_FAILED",
    "EXIT_USAGE",
    "EXIT_DATA",
    "EXIT_INTERRUPTED",
    "exit_status",
    "error_line",
    "exit_epilog",
    "positive_int",
    "non_negative_int",
    "non_negative_float",
    "fraction",
    "probability",
]

# 1: some files failed, a parity check refused an export, an undo left something in place.
# 2: the command cannot work as given (UsageError, argparse's own errors): an option, a path,
#    or a training folder that cannot be trained on (DatasetError) is fixed by changing the
#    command or the folders it names.
# 3: a file handed in cannot be used (any other PictagError): a damaged, foreign or hostile
#    model file (ModelFileError), weights that cannot be had or loaded (WeightsError), a
#    manifest or an output that the disk refuses (WriteError: full, over quota).
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_DATA, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def exit_status(error: PictagError) -> int:
    return EXIT_USAGE if isinstance(error, UsageError) else EXIT_DATA


def error_line(error: PictagError) -> str:
    """How the command line says that a command failed, on stderr."""
    return translate("cli_args", "pictag: error: {error}").format(error=error)


def exit_epilog(ok: str, some_failed: str | None = None, interrupted: str = "") -> str:
    """A sub-command's "Exit status:" help line; 2, 3 and 130 mean the same for all."""
    failed = f", {EXIT_SOME_FAILED} {some_failed}" if some_failed else ""
    return (
        f"Exit status: {EXIT_OK} {ok}{failed}, {EXIT_USAGE} usage error, {EXIT_DATA} data error "
        f"(a model or weights file that cannot be used, or a full disk), {EXIT_INTERRUPTED} "
        f"interrupted{interrupted}."
    )


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("cli_args", "must be at least 1, got {value}").format(value=value)
        )
    return value


def non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(_zero_or_more(value))
    return value


def non_negative_float(text: str) -> float:
    value = float(text)
    if not value >= 0:  # NaN too
        raise argparse.ArgumentTypeError(_zero_or_more(text))
    return value


def fraction(text: str) -> float:
    value = float(text)
    if not 0.0 < value < 1.0:
        raise argparse.ArgumentTypeError(_between_0_and_1(value))
    return value


def probability(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(_between_0_and_1(value))
    return value


def _zero_or_more(value: object) -> str:
    return translate("cli_args", "must be 0 or more, got {value}").format(value=value)


def _between_0_and_1(value: float) -> str:
    return translate("cli_args", "must be between 0 and 1, got {value}").format(value=value)


def add_backend_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default=AUTO,
        help=f"what runs {what}: 'auto' (default) uses LiteRT once its converted copy of the "
        "network has answered like TensorFlow, TensorFlow until then or when it does not; "
        "'litert' converts before starting; 'tensorflow' never converts",
    )


def add_wait_argument(parser: argparse.ArgumentParser) -> None:
    """`--wait`: how long a run that writes a model waits for another run writing it."""
    parser.add_argument(
        "--wait",
        type=non_negative_float,
        default=WRITER_WAIT_SECONDS,
        metavar="SECONDS",
        help="while another Pictag run is writing the model, wait for it up to SECONDS "
        f"(default {WRITER_WAIT_SECONDS:.0f}), saying so; 0 refuses at once. Two runs never "
        "write one model together",
    )
