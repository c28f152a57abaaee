"""Errors that carry a message written for the user: what is wrong, where, and what to do."""

from __future__ import annotations

__all__ = ["PictagError", "ModelFileError", "WeightsError", "UsageError", "Cancelled"]


class PictagError(Exception):
    """An expected failure; `str(error)` is shown to the user as is, never a traceback."""


class UsageError(PictagError):
    """The user asked for something that cannot work (missing path, unknown model...)."""


class ModelFileError(PictagError):
    """A model file that is missing, damaged, or not a Pictag model."""


class WeightsError(PictagError):
    """Weights that cannot be found, downloaded or loaded."""


class Cancelled(Exception):
    """A long job stopped because its cancel token was set."""
