"""Optional dependencies: imported when a feature needs them, with a one-line message naming
the extra to install when they are missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from app.core.errors import UsageError
from app.core.i18n import translate

__all__ = ["require"]


def require(module: str, extra: str, feature: str) -> ModuleType:
    """`module` imported, or a UsageError: "FEATURE needs X: pip install "pictag[EXTRA]"".
    `feature` comes in the user's language (an option's name stays as it is)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        message = translate(
            "optional", '{feature} needs {module}, which is not installed: pip install '
            '"pictag[{extra}]"',
        )  # fmt: skip
        top = module.split(".")[0]
        raise UsageError(message.format(feature=feature, module=top, extra=extra)) from None
