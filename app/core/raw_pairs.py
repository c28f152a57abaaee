"""RAW+JPEG pairs: a camera set to RAW+JPEG saves IMG_0001.CR2 and IMG_0001.JPG of one moment.

Classifying both would show every photo twice, and training on both would count it twice (and
could put one photo in training and its twin in validation). So a pair is classified once,
through the JPEG: it is what the camera rendered from that RAW, and it decodes several times
faster (libjpeg scales while decoding; a RAW needs its preview found, or demosaicing). Whatever
is then done with the result (sorting, keywords) is done to the RAW too: it travels with its
JPEG as a companion of the result.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.core.discovery import JPEG_EXTENSIONS, RAW_EXTENSIONS, Discovery

__all__ = ["pair_raw_files", "paired_count"]


def pair_raw_files(found: Discovery) -> Discovery:
    """Move each RAW file with a JPEG of the same name in the same folder (case ignored:
    IMG_0001.CR2 and img_0001.jpg pair) from `found.files` to that JPEG's companions.

    A RAW without a JPEG twin stays in `files`; with several JPEGs of one name the first in
    order takes the RAWs. Returns `found`, changed in place.
    """
    jpegs: dict[tuple[str, str], Path] = {}
    for path in found.files:
        if path.suffix.lower() in JPEG_EXTENSIONS:
            jpegs.setdefault(_key(path), path)
    companions: dict[Path, list[Path]] = {}
    kept: list[Path] = []
    for path in found.files:
        twin = jpegs.get(_key(path)) if path.suffix.lower() in RAW_EXTENSIONS else None
        if twin is None:
            kept.append(path)
        else:
            companions.setdefault(twin, []).append(path)
    found.files = kept
    for jpeg, raws in companions.items():
        found.companions[jpeg] = (*found.companions.get(jpeg, ()), *raws)
    return found


def paired_count(found: Discovery) -> int:
    """How many RAW files ride along with a JPEG twin."""
    return sum(len(raws) for raws in found.companions.values())


def _key(path: Path) -> tuple[str, str]:
    return os.path.abspath(path.parent).casefold(), path.stem.casefold()
