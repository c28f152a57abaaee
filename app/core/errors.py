"""Errors that carry a message written for the user: what is wrong, where, and what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "PictagError",
    "ModelFileError",
    "WeightsError",
    "UsageError",
    "DatasetError",
    "Cancelled",
    "ImageLoadError",
    "Stopped",
    "first_line",
]


class PictagError(Exception):
    """An expected failure; `str(error)` is shown to the user as is, never a traceback."""


class UsageError(PictagError):
    """The user asked for something that cannot work (missing path, unknown model...); the
    command line exits with status 2, as for a bad option."""


class DatasetError(UsageError):
    """A training folder that cannot be trained on as it is; the message says what to fix
    (the folders or the options, as for any usage error)."""


class ModelFileError(PictagError):
    """A model file that is damaged, not a Pictag model, or refused as hostile: the data
    handed in cannot be used (exit status 3, as for any PictagError that is not a UsageError)."""


class WeightsError(PictagError):
    """Weights that cannot be downloaded or loaded."""


class ImageLoadError(PictagError):
    """A file that cannot be used as an image; `reason` is one line for the results table.
    Here rather than in `image_io`, because every decoder (Pillow, HEIF, RAW) raises it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class Cancelled(Exception):
    """A long job stopped because its cancel token was set."""


class Stopped(PictagError):
    """A journaled job (a sort, a write of keywords) that failed partway, e.g. on a journal
    that cannot be written: `summary` is what was done until then, recorded in its journal, so
    it can still be undone like a whole run."""

    def __init__(self, message: str, summary: Any) -> None:
        super().__init__(message)
        self.summary = summary


def first_line(exc: BaseException) -> str:
    """A library exception reduced to one line for a user-facing message."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
