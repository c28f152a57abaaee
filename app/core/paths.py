r"""Where Pictag finds its shipped data, the Keras model cache, and its own user folders.

The user folders (cache, data, logs) are the platform's, as platformdirs names them for the
application name "pictag": `~/.cache/pictag`, `~/.local/share/pictag` and
`~/.local/state/pictag/log` on Linux (or under $XDG_CACHE_HOME and the like), `~/Library/...`
on macOS, `%LOCALAPPDATA%\pictag` on Windows.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = [
    "resource_path",
    "bundled_weights_dir",
    "keras_models_dir",
    "user_cache_dir",
    "user_data_dir",
    "user_log_dir",
    "APP_NAME",
    "CACHE_DIR_ENV",
    "DATA_DIR_ENV",
]

APP_NAME = "pictag"
CACHE_DIR_ENV = "PICTAG_CACHE_DIR"
DATA_DIR_ENV = "PICTAG_DATA_DIR"

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
    return _override(CACHE_DIR_ENV) or _platform_dirs().user_cache_path


def user_data_dir() -> Path:
    """Where Pictag keeps what it made for the user (the working models of training runs).

    `$PICTAG_DATA_DIR` wins; otherwise the platform's data folder for this user, not roaming:
    model files are large.
    """
    return _override(DATA_DIR_ENV) or _platform_dirs().user_data_path


def user_log_dir() -> Path:
    """The platform's log folder for this user (`~/.local/state/pictag/log` on Linux)."""
    return _platform_dirs().user_log_path


def _override(variable: str) -> Path | None:
    value = os.environ.get(variable)
    return Path(value).expanduser() if value else None


def _platform_dirs() -> platformdirs.PlatformDirs:
    # No author folder: on Windows %LOCALAPPDATA%\pictag\Cache, not ...\pictag\pictag\Cache.
    return platformdirs.PlatformDirs(APP_NAME, appauthor=False)
