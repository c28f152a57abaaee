"""HEIC/HEIF through pillow-heif, registered as a Pillow opener once, before the first decode.

Every reader (classify, thumbnails, the dataset scan, sort, tag) opens images with Pillow
through `app.core.image_io`, which calls `ensure_heif()`; so they all read HEIC the same way.
Registration is lazy because importing pillow-heif (libheif and its codecs) costs ~0.1 s, which
the desktop app should not pay before its window shows. AVIF needs nothing here: Pillow reads
it itself.

Orientation: libheif applies the file's `irot`/`imir` transforms while decoding, and
pillow-heif then resets the EXIF orientation to 1, so `image_io` (which applies EXIF
orientation) does not rotate a HEIC twice. 10- and 12-bit images decode to 8-bit RGB(A), and
an alpha channel is composited onto white like any other format's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import UnidentifiedImageError

from app.core.errors import ImageLoadError, first_line
from app.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["HEIF_MISSING", "ensure_heif", "heif_reasons"]

log = logging.getLogger(__name__)

HEIF_MISSING = QT_TRANSLATE_NOOP(
    "heif", "reading HEIC/HEIF needs pillow-heif, which is not installed: pip install pillow-heif"
)  # translated where it is raised

_lock = threading.Lock()
_state: list[bool] = []  # [available] once registration was tried


def ensure_heif() -> bool:
    """Register pillow-heif's opener (first call only); whether HEIC can be read."""
    if _state:
        return _state[0]
    with _lock:
        if not _state:
            _state.append(_register())
    return _state[0]


def _register() -> bool:
    try:
        from pillow_heif import register_heif_opener
    except ImportError as exc:  # an installation without it (or a broken libheif)
        log.warning("HEIC/HEIF support unavailable: %s", exc)
        return False
    # Thumbnails stay on: `draft()` then decodes a phone's embedded 320x240 copy when that is
    # large enough (thumbnails for the app's list), as libjpeg's scaling does for JPEG.
    register_heif_opener(thumbnails=True)
    return True


@contextmanager
def heif_reasons(path: Path) -> Iterator[None]:
    """Say why a HEIF file cannot be read, in libheif's words: Pillow reports a file no plugin
    accepts as "cannot identify image file", and a codec this build lacks (an AV1- or
    VVC-coded HEIF) as a bare RuntimeError when decoding."""
    try:
        yield
    except UnidentifiedImageError:
        why = _libheif_refusal(path)
        if why is None:
            raise
        reason = translate("heif", "HEIF file Pictag cannot decode ({why})")
        raise ImageLoadError(path, reason.format(why=why)) from None
    except (RuntimeError, ValueError) as exc:
        if not _is_heif(path):
            raise
        detail = first_line(exc).removeprefix("Error while loading plugin: ")
        reason = translate("heif", "HEIF image in a format this installation cannot decode ({why})")
        raise ImageLoadError(path, reason.format(why=detail)) from None


def _is_heif(path: Path) -> bool:
    if not ensure_heif():
        return False
    from pillow_heif import is_supported

    try:
        return bool(is_supported(str(path)))
    except Exception:  # unreadable: the caller's own error stands
        return False


def _libheif_refusal(path: Path) -> str | None:
    """libheif's reason for refusing a file with a HEIF signature; None for other files."""
    if not _is_heif(path):
        return None
    from pillow_heif import open_heif

    try:
        heif = open_heif(str(path))
        heif[heif.primary_index].load()
    except Exception as exc:
        return first_line(exc).removeprefix("Error while loading plugin: ")
    return None
