"""Camera RAW files (DNG, CR2/CR3, NEF, ARW, ORF, RAF, RW2, PEF...) through rawpy (LibRaw).

A RAW holds the sensor's data plus, almost always, a JPEG preview the camera rendered from it
(often full size). For a model that looks at 224 pixels the preview is the right input: it is
what the camera showed, and decoding it (libjpeg scaling while it decodes, as for any JPEG)
costs a fraction of demosaicing. So the preview is used when its shorter side is at least the
size asked for (or at least what demosaicing would give); otherwise (no preview, or a small
one) the sensor data is demosaiced at half size with the camera's white balance, 8 bits per
channel (LibRaw's rendering, a little brighter than most cameras' JPEGs).

Orientation comes from the RAW: LibRaw's `flip` (the camera's orientation tag), applied once.
A JPEG preview is turned by the orientation in its own EXIF when it has one (LibRaw writes
`flip` there for previews that have none); a bitmap preview by `flip`. Demosaicing applies
`flip` itself.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from PIL import Image

from app.core.errors import ImageLoadError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.orientation import upright

__all__ = ["RAW_MISSING", "load_raw", "raw_size"]

RAW_MISSING = QT_TRANSLATE_NOOP(
    "raw_io", "reading camera RAW files needs rawpy, which is not installed: pip install rawpy"
)  # translated where it is raised

# LibRaw's `flip` -> the turn that makes the image upright (3: 180 degrees, 5: a quarter turn
# counter-clockwise, 6: clockwise; 0: none).
_TURNS = {
    3: Image.Transpose.ROTATE_180,
    5: Image.Transpose.ROTATE_90,
    6: Image.Transpose.ROTATE_270,
}


def load_raw(path: Path, side: int, max_pixels: int) -> Image.Image:
    """`path` upright in RGB, at least `side` pixels on its shorter edge when the file has
    that many: its embedded preview when large enough, else its demosaiced sensor data."""
    rawpy = _rawpy(path)
    with _libraw_reasons(path, rawpy), _opened(path, rawpy) as raw:
        _check_size(path, raw, max_pixels)
        preview = _preview(raw, side, rawpy)
        if preview is not None:
            return preview
        half = min(raw.sizes.width, raw.sizes.height) // 2 >= side  # a camera's RAW always is
        try:
            pixels = raw.postprocess(half_size=half, use_camera_wb=True, output_bps=8)
        except rawpy.LibRawError as exc:
            reason = translate(
                "raw_io", "damaged RAW file: no usable preview, and its sensor data cannot be "
                "decoded ({why})",
            )  # fmt: skip
            raise ImageLoadError(path, reason.format(why=_message(exc))) from None
        return Image.fromarray(pixels, "RGB")


def raw_size(path: Path, max_pixels: int) -> tuple[int, int]:
    """(width, height) of the upright image, from the RAW's header alone."""
    rawpy = _rawpy(path)
    with _libraw_reasons(path, rawpy), _opened(path, rawpy) as raw:
        _check_size(path, raw, max_pixels)
        sizes = raw.sizes
        turned = sizes.flip in (5, 6)
        return (sizes.height, sizes.width) if turned else (sizes.width, sizes.height)


def _preview(raw, side: int, rawpy: ModuleType) -> Image.Image | None:
    """The embedded preview, upright, when its shorter side is at least `side` (or at least
    what demosaicing at half size would give); else None."""
    try:
        thumb = raw.extract_thumb()
    except rawpy.LibRawError:  # none, an unsupported kind, or a damaged one: demosaic instead
        return None
    enough = min(side, min(raw.sizes.width, raw.sizes.height) // 2)
    if thumb.format == rawpy.ThumbFormat.JPEG:
        try:
            image = Image.open(io.BytesIO(thumb.data))
            if min(image.size) < enough:
                return None
            image.draft("RGB", (side, side))
            image.load()
        except Exception:  # a damaged preview: the sensor data may still be fine
            return None
    else:
        image = Image.fromarray(thumb.data)
        if min(image.size) < enough:
            return None
    return upright(image, otherwise=_TURNS.get(raw.sizes.flip))


def _check_size(path: Path, raw, max_pixels: int) -> None:
    width, height = raw.sizes.raw_width, raw.sizes.raw_height
    if width * height > max_pixels:
        raise ImageLoadError.too_large(path, width, height, max_pixels)


@contextmanager
def _opened(path: Path, rawpy: ModuleType) -> Iterator:
    """rawpy opens a path it can encode as UTF-8; any other name (Linux allows any bytes) is
    read through a file object."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        with open(path, "rb") as stream, rawpy.imread(stream) as raw:
            yield raw
        return
    with rawpy.imread(str(path)) as raw:
        yield raw


@contextmanager
def _libraw_reasons(path: Path, rawpy: ModuleType) -> Iterator[None]:
    """LibRaw's failures as one-line reasons (file-system ones are left to `image_io`)."""
    try:
        yield
    except rawpy.LibRawFileUnsupportedError:
        reason = translate(
            "raw_io",
            "not a RAW file LibRaw can read (a camera it does not know, or a damaged file)",
        )
        raise ImageLoadError(path, reason) from None
    except rawpy.LibRawTooBigError:
        raise ImageLoadError(path, translate("raw_io", "RAW image too large for LibRaw")) from None
    except rawpy.LibRawError as exc:
        reason = translate("raw_io", "damaged RAW file ({why})").format(why=_message(exc))
        raise ImageLoadError(path, reason) from None


def _message(exc: BaseException) -> str:
    """LibRaw's messages arrive as bytes (b'Input/output error')."""
    detail = exc.args[0] if exc.args else type(exc).__name__
    if isinstance(detail, bytes):
        detail = detail.decode("utf-8", "replace")
    return str(detail).strip() or type(exc).__name__


def _rawpy(path: Path) -> ModuleType:
    try:
        import rawpy
    except ImportError:
        raise ImageLoadError(path, translate("raw_io", RAW_MISSING)) from None
    return rawpy
