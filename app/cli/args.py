"""What the `pictag` sub-commands share: argument types (a bad value is a one-line usage error)
and exit statuses."""

from __future__ import annotations

import argparse

from app.core.backend import AUTO, BACKENDS

__all__ = [
    "add_backend_argument",
    "EXIT_OK",
    "EXIT_SOME_FAILED",
    "EXIT_USAGE",
    "EXIT_INTERRUPTED",
    "positive_int",
    "non_negative_int",
    "fraction",
    "probability",
]

# 1: some files failed, a parity check refused an export, an undo left something in place.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def fraction(text: str) -> float:
    value = float(text)
    if not 0.0 < value < 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value}")
    return value


def probability(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value}")
    return value


def add_backend_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default=AUTO,
        help=f"what runs {what}: 'auto' (default) uses LiteRT once its converted copy of the "
        "network has answered like TensorFlow, TensorFlow until then or when it does not; "
        "'litert' converts before starting; 'tensorflow' never converts",
    )
