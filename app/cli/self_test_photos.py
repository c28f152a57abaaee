"""The self-test's photo steps: a HEIC and a camera RAW decode, and keywords are written,
read back and undone, with the libraries a bundle must carry for that (libheif, LibRaw,
exiv2), on sample files shipped in resources/samples/."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
from PIL import Image

from app.core.paths import resource_path

__all__ = ["check_photo_formats", "check_keywords"]

# Mostly red: a 96x64 HEIC; a 256x192 DNG turned a quarter (flip 6) with a 96x64 preview.
SAMPLES = ("red.heic", "red.dng")


def check_photo_formats(folder: Path) -> str:
    """Decode the shipped HEIC and DNG (through its preview and by demosaicing)."""
    from app.core.image_io import load_image, load_thumbnail

    shapes = []
    for name in SAMPLES:
        path = folder / name
        shutil.copy(resource_path(f"samples/{name}"), path)
        for size in (32, 96):  # the DNG: its preview, then its sensor data
            pixels = load_image(path, (size, size))
            if int(np.argmax(pixels.reshape(-1, 3).mean(0))) != 0:
                raise RuntimeError(f"{name} decoded with the wrong colours at {size} px")
        shapes.append(load_thumbnail(path, 96).shape[:2])
    if shapes != [(64, 96), (96, 72)]:  # the HEIC landscape, the DNG portrait
        raise RuntimeError(f"the samples decoded as {shapes}, not upright")
    return "HEIC (libheif) and DNG (LibRaw: preview and demosaic), upright"


def check_keywords(folder: Path) -> str:
    """Write keywords into a JPEG and a sidecar, read them back, undo byte for byte."""
    from app.core.results import ClassifyResult, Prediction, file_stamp
    from app.core.xmp_files import read_hierarchical_keywords
    from app.tag.keywords import TagOptions
    from app.tag.tagger import Tagger
    from app.tag.undo import undo_tag

    photos = folder / "keywords"
    photos.mkdir()
    jpeg = photos / "photo.jpg"
    Image.new("RGB", (64, 48), (200, 40, 40)).save(jpeg, quality=90)
    raw = photos / "photo.dng"
    shutil.copy(resource_path("samples/red.dng"), raw)
    before = {p: p.read_bytes() for p in (jpeg, raw)}
    tagger = Tagger(TagOptions(embed=True, model="self-test"), photos)
    for path in (jpeg, raw):
        tagger.add(ClassifyResult(path, (Prediction("red", 0.9),), stamp=file_stamp(path)))
    summary = tagger.close()
    if summary.failed:
        raise RuntimeError("; ".join(f"{p.name}: {why}" for p, why in summary.failed))
    for path in (jpeg, raw):
        if read_hierarchical_keywords(path) != ["Pictag|red"]:
            raise RuntimeError(f"{path.name}: the keywords did not come back")
    assert summary.manifest is not None
    if not undo_tag(summary.manifest).complete or any(
        p.read_bytes() != content for p, content in before.items()
    ):
        raise RuntimeError("undo did not restore the files byte for byte")
    return "XMP (exiv2) into a JPEG and a DNG, read back, undone byte for byte"
