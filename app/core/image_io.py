"""Decoding user photos into model-ready RGB arrays, whatever the file throws at us.

Every failure becomes an `ImageLoadError` with a one-line reason; nothing here may crash the
caller, because a folder of 20,000 photos always holds a few surprises.
"""

from __future__ import annotations

import errno
import stat
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from app.core.discovery import HEIF_EXTENSIONS, RAW_EXTENSIONS
from app.core.errors import ImageLoadError, first_line
from app.core.files import kind_text, not_regular
from app.core.heif import HEIF_MISSING, ensure_heif, heif_reasons
from app.core.i18n import translate
from app.core.orientation import upright
from app.core.raw_io import load_raw, raw_size

__all__ = [
    "load_image",
    "load_thumbnail",
    "probe_image",
    "to_rgb",
    "DEFAULT_MAX_PIXELS",
]

# Pillow itself refuses images above twice its MAX_IMAGE_PIXELS (decompression bombs); between
# one and two times it only warns, and 100-megapixel cameras live there. Pictag enforces the hard
# limit (see load_image) and drops the warning, which would otherwise spam every such photo.
DEFAULT_MAX_PIXELS = 2 * (Image.MAX_IMAGE_PIXELS or 89_478_485)
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)

_WHITE = (255, 255, 255)
_HIGH_BIT_DEPTH = {"I", "I;16", "I;16L", "I;16B", "I;16N", "F"}
_ALPHA_MODES = {"RGBA", "LA", "PA", "RGBa", "La"}


def load_image(
    path: str | Path, size: tuple[int, int], *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> np.ndarray:
    """Decode `path` into a (height, width, 3) uint8 array resized to `size` (width, height)."""
    path = Path(path)
    with _reasons_for_failures(path), _upright(path, max_pixels, max(size)) as img:
        return np.asarray(to_rgb(img, size), dtype=np.uint8)


def load_thumbnail(
    path: str | Path, max_side: int, *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> np.ndarray:
    """Decode `path` upright, scaled to fit a `max_side` square with its aspect ratio kept."""
    path = Path(path)
    with _reasons_for_failures(path), _upright(path, max_pixels, max_side) as img:
        scale = min(1.0, max_side / max(img.size))
        size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
        return np.asarray(to_rgb(img, size), dtype=np.uint8)


def _draft(img: Image.Image, side: int) -> None:
    """Let libjpeg scale by 1/2, 1/4 or 1/8 while decoding: a 24 MP photo decodes ~10x faster
    and the result is still at least `side` pixels on its shorter edge."""
    if img.format in ("JPEG", "HEIF"):  # HEIF: an embedded thumbnail, when large enough
        img.draft("RGB", (side, side))


def probe_image(path: str | Path, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> tuple[int, int]:
    """(width, height) from the header alone: a quick check that a file is a readable image.

    Damage in the pixel data (a truncated JPEG) only shows when `load_image` decodes it.
    """
    path = Path(path)
    with _reasons_for_failures(path):
        if _is_raw(path):
            _check_file(path)
            return raw_size(path, max_pixels)
        with _open_checked(path, max_pixels) as img:
            return img.size


@contextmanager
def _upright(path: Path, max_pixels: int, side: int) -> Iterator[Image.Image]:
    """`path` decoded upright, at least `side` pixels on its shorter edge where decoding can
    scale (JPEG, a HEIC's thumbnail, a RAW's preview)."""
    if _is_raw(path):
        _check_file(path)
        yield load_raw(path, side, max_pixels)
        return
    with _open_checked(path, max_pixels) as img:
        _draft(img, side)
        yield upright(img)


def _is_raw(path: Path) -> bool:
    return path.suffix.lower() in RAW_EXTENSIONS


def _check_file(path: Path) -> None:
    """Refuse what is no image file before a decoder opens it: reading a named pipe would wait
    forever, and a device (a link to /dev/zero) would never end."""
    try:
        info = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            reason = translate(
                "image_io", "link loop: the link leads back to itself; fix or remove the link"
            )
            raise ImageLoadError(path, reason) from None
        raise
    if stat.S_ISDIR(info.st_mode):
        raise ImageLoadError(path, translate("image_io", "is a folder, not an image file"))
    kind = not_regular(info.st_mode)
    if kind is not None:
        reason = translate("image_io", "not a regular file ({kind}): Pictag reads image files only")
        raise ImageLoadError(path, reason.format(kind=kind_text(kind)))
    if info.st_size == 0:
        raise ImageLoadError(path, translate("image_io", "empty file (0 bytes)"))


@contextmanager
def _open_checked(path: Path, max_pixels: int) -> Iterator[Image.Image]:
    _check_file(path)
    if not ensure_heif() and path.suffix.lower() in HEIF_EXTENSIONS:
        raise ImageLoadError(path, translate("heif", HEIF_MISSING))
    with heif_reasons(path), Image.open(path) as img:
        width, height = img.size
        if width * height > max_pixels:
            raise ImageLoadError.too_large(path, width, height, max_pixels)
        yield img


@contextmanager
def _reasons_for_failures(path: Path) -> Iterator[None]:
    """Every way reading can fail becomes an `ImageLoadError` with a one-line reason."""
    try:
        yield
    except ImageLoadError:
        raise
    except FileNotFoundError:
        reason = translate("image_io", "file not found (moved or deleted?)")
        raise ImageLoadError(path, reason) from None
    except PermissionError:
        reason = translate("image_io", "permission denied: Pictag may not read this file")
        raise ImageLoadError(path, reason) from None
    except Image.DecompressionBombError as exc:
        reason = translate("image_io", "image too large ({why})").format(why=exc)
        raise ImageLoadError(path, reason) from None
    except UnidentifiedImageError:
        reason = translate("image_io", "not an image, or an image format Pictag cannot read")
        raise ImageLoadError(path, reason) from None
    except OSError as exc:
        raise ImageLoadError(path, _damaged_reason(exc)) from None
    except Exception as exc:  # a decoder bug on a malformed file must not stop the whole folder
        raise ImageLoadError(path, _damaged_reason(exc)) from None


def to_rgb(img: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Any Pillow mode to 8-bit RGB at `size`; transparency is composited onto white."""
    img = _normalise_mode(img)
    if img.size != size:
        img = img.resize(size, Image.Resampling.BILINEAR)
    if img.mode in ("LA", "RGBA"):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, _WHITE)
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img.convert("RGB") if img.mode != "RGB" else img


def _normalise_mode(img: Image.Image) -> Image.Image:
    """Reduce Pillow's many modes to L, LA, RGB or RGBA, which resize handles well."""
    mode = img.mode
    if mode in _HIGH_BIT_DEPTH:
        return Image.fromarray(_to_8bit(img), "L")
    if mode in _ALPHA_MODES or "transparency" in img.info:
        return img.convert("LA" if mode in ("L", "LA", "La") else "RGBA")
    if mode in ("L", "RGB"):
        return img
    if mode == "1":
        return img.convert("L")
    return img.convert("RGB")  # P, CMYK, YCbCr, HSV...


def _to_8bit(img: Image.Image) -> np.ndarray:
    """High-bit-depth grayscale to 0..255.

    I;16 is 16-bit by definition; plain I and F carry no range, so their peak decides
    (float 0..1, 8-bit values stored wide, or 16-bit).
    """
    values = np.asarray(img).astype(np.float32)
    peak = float(values.max()) if values.size else 0.0
    if img.mode.startswith("I;16") or peak > 255.0:
        values = values / 257.0  # 65535 -> 255
    elif img.mode == "F" and peak <= 1.0:
        values = values * 255.0
    return np.clip(np.rint(values), 0, 255).astype(np.uint8)


def _damaged_reason(exc: BaseException) -> str:
    detail = first_line(exc)
    if "truncated" in detail.lower():
        return translate("image_io", "truncated image file (incomplete download or copy?)")
    return translate("image_io", "damaged image file ({why})").format(why=detail)
