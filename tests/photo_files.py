"""Real HEIC, AVIF and DNG files made in the tests: nothing is downloaded.

HEIC through pillow-heif's own encoder, AVIF through Pillow's, DNG through `pidng` from a Bayer
mosaic of the same pixels (optionally with a JPEG preview in a second IFD, as cameras write
one), so each file has a JPEG twin that should classify alike.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import numpy as np
from PIL import Image

# XYZ -> linear sRGB, as a DNG's ColorMatrix1: the camera's space is then linear sRGB, so the
# demosaiced image comes out in the colours it went in with.
_XYZ_TO_SRGB = (
    (3.2406, -1.5372, -0.4986),
    (-0.9689, 1.8758, 0.0415),
    (0.0557, -0.2040, 1.0570),
)


def photo_pixels(size: tuple[int, int], color: tuple[int, int, int], seed: int = 0) -> np.ndarray:
    """A noisy (height, width, 3) image of one dominant colour."""
    rng = np.random.default_rng(seed)
    noise = rng.normal(0, 12, (size[1], size[0], 3))
    return np.clip(np.array(color, np.float32) + noise, 0, 255).astype(np.uint8)


def save_heic(path: Path, pixels: np.ndarray, **options) -> Path:
    from app.core.heif import ensure_heif

    assert ensure_heif(), "pillow-heif is needed to make HEIC test files"
    Image.fromarray(pixels).save(path, format="HEIF", **{"quality": 90, **options})
    return path


def save_avif(path: Path, pixels: np.ndarray, **options) -> Path:
    Image.fromarray(pixels).save(path, format="AVIF", **{"quality": 90, **options})
    return path


def save_dng(
    path: Path,
    pixels: np.ndarray,
    *,
    preview: np.ndarray | None = None,
    orientation: int = 1,
    bits: int = 12,
) -> Path:
    """A DNG holding `pixels` as an RGGB Bayer mosaic; with `preview`, also that image as
    the embedded JPEG preview (JPEGInterchangeFormat in IFD1, as LibRaw finds it)."""
    from pidng.core import RAW2DNG, DNGTags, Tag
    from pidng.defs import CalibrationIlluminant, CFAPattern, DNGVersion
    from pidng.defs import PhotometricInterpretation as Photometric

    height, width = pixels.shape[0] // 2 * 2, pixels.shape[1] // 2 * 2
    linear = (pixels[:height, :width].astype(np.float32) / 255.0) ** 2.2
    mosaic = np.empty((height, width), np.float32)
    mosaic[0::2, 0::2] = linear[0::2, 0::2, 0]
    mosaic[0::2, 1::2] = linear[0::2, 1::2, 1]
    mosaic[1::2, 0::2] = linear[1::2, 0::2, 1]
    mosaic[1::2, 1::2] = linear[1::2, 1::2, 2]
    white = (1 << bits) - 1
    tags = DNGTags()
    for tag, value in (
        (Tag.ImageWidth, width),
        (Tag.ImageLength, height),
        (Tag.TileWidth, width),
        (Tag.TileLength, height),
        (Tag.Orientation, orientation),
        (Tag.PhotometricInterpretation, Photometric.Color_Filter_Array),
        (Tag.SamplesPerPixel, 1),
        (Tag.BitsPerSample, bits),
        (Tag.CFARepeatPatternDim, [2, 2]),
        (Tag.CFAPattern, CFAPattern.RGGB),
        (Tag.BlackLevel, 0),
        (Tag.WhiteLevel, white),
        (Tag.ColorMatrix1, [[round(v * 10000), 10000] for row in _XYZ_TO_SRGB for v in row]),
        (Tag.CalibrationIlluminant1, CalibrationIlluminant.D65),
        (Tag.AsShotNeutral, [[1, 1], [1, 1], [1, 1]]),
        (Tag.Make, "Pictag"),
        (Tag.Model, "Test Camera"),
        (Tag.DNGVersion, DNGVersion.V1_4),
        (Tag.DNGBackwardVersion, DNGVersion.V1_2),
    ):
        tags.set(tag, value)
    writer = RAW2DNG()
    writer.options(tags, path="", compress=False)
    data = bytes(writer.convert(np.round(mosaic * white).astype(np.uint16)))
    if preview is not None:
        data = _with_preview(data, preview)
    path.write_bytes(data)
    return path


def _with_preview(dng: bytes, preview: np.ndarray) -> bytes:
    """`dng` with a second IFD holding `preview` as a JPEG (NewSubfileType 1)."""
    jpeg = io.BytesIO()
    Image.fromarray(preview).save(jpeg, "JPEG", quality=92)
    blob = jpeg.getvalue()
    assert dng[:2] == b"II", "pidng writes little-endian TIFF"
    ifd0 = struct.unpack_from("<I", dng, 4)[0]
    next_pointer = ifd0 + 2 + 12 * struct.unpack_from("<H", dng, ifd0)[0]
    out = bytearray(dng) + b"\0" * (len(dng) % 2)
    blob_at = len(out)
    out += blob + b"\0" * (len(blob) % 2)
    ifd1 = len(out)
    height, width = preview.shape[:2]
    entries = (  # tag, type (3 SHORT, 4 LONG), value
        (254, 4, 1), (256, 4, width), (257, 4, height), (259, 3, 6), (262, 3, 6),
        (513, 4, blob_at), (514, 4, len(blob)),
    )  # fmt: skip
    out += struct.pack("<H", len(entries))
    for tag, kind, value in entries:
        packed = struct.pack("<I", value) if kind == 4 else struct.pack("<HH", value, 0)
        out += struct.pack("<HHI", tag, kind, 1) + packed
    out += struct.pack("<I", 0)
    struct.pack_into("<I", out, next_pointer, ifd1)
    return bytes(out)


def heic_in_unsupported_codec(path: Path, pixels: np.ndarray) -> Path:
    """A HEIC whose image is AV1-coded (an AVIF relabelled `heic`): valid HEIF, in a codec
    this pillow-heif build has no decoder for."""
    avif = io.BytesIO()
    Image.fromarray(pixels).save(avif, format="AVIF", quality=90)
    path.write_bytes(avif.getvalue().replace(b"avif", b"heic"))
    return path


def heic_with_unknown_item_type(path: Path, pixels: np.ndarray) -> Path:
    """A HEIC whose primary image's codec box names a codec that does not exist."""
    save_heic(path, pixels)
    data = path.read_bytes()
    assert data.count(b"hvc1") == 1
    path.write_bytes(data.replace(b"hvc1", b"zzz1"))
    return path
