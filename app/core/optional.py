"""Optional dependencies: imported when a feature needs them, with a one-line message naming
the extra to install when they are missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from app.core.errors import UsageError

__all__ = ["require"]


def require(module: str, extra: str, feature: str) -> ModuleType:
    """`module` imported, or a UsageError: "FEATURE needs X: pip install "pictag[EXTRA]""."""
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        raise UsageError(
            f'{feature} needs {top}, which is not installed: pip install "pictag[{extra}]"'
        ) from None
