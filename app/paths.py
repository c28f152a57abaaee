"""Where Pictag finds its shipped data and the Keras model cache."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["resource_path", "keras_models_dir"]

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    """Path of a file shipped in `resources/`.

    An installed wheel (and the frozen app) carries them inside the package as `app/resources`;
    a source checkout has them beside the package.
    """
    for base in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"Pictag resource {name!r} is missing from this installation")


def keras_models_dir() -> Path:
    """Keras' own weights cache: `$KERAS_HOME/models`, else `~/.keras/models`."""
    home = os.environ.get("KERAS_HOME")
    if home:
        return Path(home).expanduser() / "models"
    base = Path.home()
    if not os.access(base, os.W_OK):  # Keras falls back to /tmp the same way
        base = Path("/tmp")
    return base / ".keras" / "models"
