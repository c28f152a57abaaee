"""Where Pictag finds its shipped data and the Keras model cache."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = [
    "resource_path",
    "bundled_weights_dir",
    "keras_models_dir",
    "user_cache_dir",
    "CACHE_DIR_ENV",
]

CACHE_DIR_ENV = "PICTAG_CACHE_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # app/, where resources/ sits when installed


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


def bundled_weights_dir() -> Path:
    """ImageNet weights files shipped inside a frozen bundle (see build.spec); usually absent."""
    return _PACKAGE_DIR / "resources" / "weights"


def keras_models_dir() -> Path:
    """Keras' own weights cache: `$KERAS_HOME/models`, else `~/.keras/models`."""
    home = os.environ.get("KERAS_HOME")
    if home:
        return Path(home).expanduser() / "models"
    base = Path.home()
    if not os.access(base, os.W_OK):  # Keras falls back to /tmp the same way
        base = Path("/tmp")
    return base / ".keras" / "models"


def user_cache_dir() -> Path:
    """Where Pictag keeps data it can always recompute (extracted features).

    `$PICTAG_CACHE_DIR` wins; otherwise the platform's cache folder, so system cleaners know it.
    """
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(local) / "Pictag" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Pictag"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pictag"
