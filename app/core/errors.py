"""Errors that carry a message written for the user: what is wrong, where, and what to do."""

from __future__ import annotations

import errno
import os
from typing import TYPE_CHECKING, Any

from app.core.i18n import translate

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
    "WriteError",
    "first_line",
    "write_error",
    "write_failure",
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

    @classmethod
    def too_large(cls, path: Path, width: int, height: int, limit: int) -> ImageLoadError:
        """An image over the pixel limit, as every decoder (Pillow, RAW) says it."""
        reason = translate(
            "errors", "image too large ({width}x{height} pixels; the limit is {limit:,} "
            "pixels, a guard against decompression bombs)",
        )  # fmt: skip
        return cls(path, reason.format(width=width, height=height, limit=limit))


class Cancelled(Exception):
    """A long job stopped because its cancel token was set."""


class Stopped(PictagError):
    """A journaled job (a sort, a write of keywords) that failed partway, e.g. on a journal
    that cannot be written: `summary` is what was done until then, recorded in its journal, so
    it can still be undone like a whole run."""

    def __init__(self, message: str, summary: Any) -> None:
        super().__init__(message)
        self.summary = summary


class WriteError(PictagError, OSError):
    """A file that could not be written because the drive refused it (full, over quota, a file
    too large for it): the job stops with what was done kept or undoable (exit status 3).

    Also an OSError whose `strerror` is the system's words, so that code which goes on without
    a file it could not write (a cache) treats it as before."""

    def __init__(self, message: str, path: Path | str, why: str = "") -> None:
        OSError.__init__(self, _CODES.get(why, errno.EIO), why or message, str(path))
        self.message = message
        self.path = path
        self.why = why  # the system's words ("No space left on device")

    def __str__(self) -> str:
        return self.message


# What the system calls each failure that no retry and no other file can get past: more room is
# needed (ENOSPC, EDQUOT) or a file system that takes larger files (EFBIG).
_WRITE_FAILURES = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
# Libraries that lose the errno (h5py under Keras, TensorFlow's ResourceExhaustedError on a
# SaveV2, which is also its out-of-memory error) keep the system's words in their message.
_CODES = {os.strerror(code): code for code in _WRITE_FAILURES}
_WORDS = {words.lower(): code for words, code in _CODES.items()}


def write_failure(exc: BaseException) -> str | None:
    """The system's words for a write that the drive refused ("No space left on device", "Disk
    quota exceeded", "File too large"), also wrapped by a library or chained; None for any
    other failure (and for a PictagError, whose message is already written for the user)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, PictagError):
            return None
        code = getattr(current, "errno", None)
        if isinstance(current, OSError) and code in _WRITE_FAILURES:
            return os.strerror(code)
        text = str(current).lower()
        for words, code in _WORDS.items():
            if words in text:
                return os.strerror(code)
        current = current.__cause__ or current.__context__
    return None


def write_error(
    exc: BaseException, path: Path | str, *, what: str = "", advice: str = ""
) -> WriteError | None:
    """`exc` as the one-line WriteError "cannot write PATH (why); ADVICE" when the drive refused
    the write (`write_failure`), else None: the caller re-raises what it caught. `what` names
    the file when its path alone would not say it ("the manifest"); `what` and `advice` come
    in the user's language (the caller translates them), the default advice is said here."""
    why = write_failure(exc)
    if why is None:
        return None
    advice = advice or translate(
        "errors", "free some space there or choose another place, then run again"
    )
    if what:
        message = translate("errors", "cannot write {what} {path} ({why}); {advice}")
    else:
        message = translate("errors", "cannot write {path} ({why}); {advice}")
    return WriteError(message.format(what=what, path=path, why=why, advice=advice), path, why)


def first_line(exc: BaseException) -> str:
    """A library exception reduced to one line for a user-facing message."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
