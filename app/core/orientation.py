"""Turning a decoded image upright by its EXIF orientation tag, as every photo viewer does.

One rule for every decoder: Pillow's formats (`image_io`) and a camera RAW's JPEG preview
(`raw_io`, which falls back on LibRaw's own orientation when the preview has no tag).
"""

from __future__ import annotations

from PIL import ExifTags, Image, ImageOps

__all__ = ["upright"]


def upright(image: Image.Image, *, otherwise: Image.Transpose | None = None) -> Image.Image:
    """`image` turned by its EXIF orientation; by `otherwise` when it has none (or 1)."""
    try:
        orientation = image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # a broken EXIF block: the pixels are still fine as stored
        orientation = 1
    if orientation not in (None, 1):
        return ImageOps.exif_transpose(image)
    # exif_transpose returns a full copy even when there is nothing to do
    return image.transpose(otherwise) if otherwise is not None else image
