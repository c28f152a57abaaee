"""Decoding photos: orientation, every pixel mode, first frames, JPEG draft, and clean failures."""

from __future__ import annotations

import os
import re
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import ExifTags, Image, ImageFile, JpegImagePlugin

from app.core.errors import ImageLoadError, PictagError
from app.core.image_io import load_image, probe_image
from tests.helpers import make_photo

RED = (255, 0, 0)
BLUE = (0, 0, 255)
GREEN = (0, 255, 0)
WHITE = (255, 255, 255)


def _close(pixel, expected, tol: int = 12) -> bool:
    return bool(np.all(np.abs(np.asarray(pixel, int) - np.asarray(expected, int)) <= tol))


def _assert_region(arr: np.ndarray, expected, tol: int = 12) -> None:
    """Every pixel of `arr` (H, W, 3) is within `tol` of `expected`."""
    diff = np.abs(arr.astype(int) - np.asarray(expected, int))
    assert diff.max() <= tol, f"expected {expected}, got mean {arr.reshape(-1, 3).mean(0)}"


def _assert_image_array(arr: np.ndarray, size: tuple[int, int]) -> None:
    assert isinstance(arr, np.ndarray)
    assert arr.shape == (size[1], size[0], 3)
    assert arr.dtype == np.uint8


def _split_image(size: tuple[int, int], left=RED, right=BLUE) -> Image.Image:
    """Left half `left`, right half `right`."""
    w, h = size
    img = Image.new("RGB", size, left)
    img.paste(Image.new("RGB", (w - w // 2, h), right), (w // 2, 0))
    return img


def _png_rgb16(path: Path, pixels: np.ndarray) -> Path:
    """Write a 16-bit-per-channel RGB PNG by hand (Pillow cannot create one)."""
    height, width, _ = pixels.shape

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    raw = b"".join(b"\x00" + row.astype(">u2").tobytes() for row in pixels)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 16, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def _mode(path: Path) -> str:
    with Image.open(path) as img:
        return img.mode


def _load_error(path, size=(32, 32), **kwargs) -> ImageLoadError:
    with pytest.raises(ImageLoadError) as info:
        load_image(path, size, **kwargs)
    err = info.value
    assert isinstance(err, PictagError)
    assert "\n" not in err.reason and err.reason.strip() == err.reason and err.reason
    assert err.path == Path(path)
    assert err.reason in str(err)
    # Key words are checked on the reason alone: the tmp path may itself contain them.
    err.reason = err.reason.replace(str(path), "<path>")
    return err


# --- EXIF orientation -------------------------------------------------------------------------


def _save_oriented_jpeg(path: Path, orientation: int) -> Path:
    exif = Image.Exif()
    exif[0x0112] = orientation
    _split_image((80, 40)).save(path, quality=95, exif=exif)
    return path


@pytest.mark.parametrize(
    ("orientation", "first", "second"),
    [
        (1, RED, BLUE),  # no rotation: the red left half stays on the left
        (3, BLUE, RED),  # 180 degrees
        (6, RED, BLUE),  # stored column 0 (red) is the top of the picture a viewer shows
        (8, BLUE, RED),  # stored column 0 (red) is the bottom
    ],
)
def test_exif_orientation_applied(tmp_path, orientation, first, second):
    path = _save_oriented_jpeg(tmp_path / f"o{orientation}.jpg", orientation)
    portrait = orientation in (6, 8)
    size = (30, 60) if portrait else (60, 30)
    arr = load_image(path, size)
    _assert_image_array(arr, size)
    halves = (arr[4:26], arr[34:56]) if portrait else (arr[:, 4:26], arr[:, 34:56])
    _assert_region(halves[0], first, tol=40)
    _assert_region(halves[1], second, tol=40)


# --- pixel modes --------------------------------------------------------------------------------


def test_grayscale_l_value_on_all_channels(tmp_path):
    path = tmp_path / "gray.png"
    Image.new("L", (20, 10), 77).save(path)
    arr = load_image(path, (20, 10))
    assert (arr == 77).all()


def test_rgba_composited_on_white(tmp_path):
    pixels = np.zeros((10, 30, 4), np.uint8)  # transparent *black* left third
    pixels[:, 10:20] = (200, 0, 0, 255)  # opaque red
    pixels[:, 20:] = (200, 0, 0, 128)  # half-transparent red
    path = tmp_path / "rgba.png"
    Image.fromarray(pixels, "RGBA").save(path)
    arr = load_image(path, (30, 10))
    _assert_region(arr[:, :10], WHITE, tol=0)
    _assert_region(arr[:, 10:20], (200, 0, 0), tol=0)
    _assert_region(arr[:, 20:], (228, 127, 127), tol=2)  # midway between red and white


def test_rgba_resize_does_not_bleed_transparent_colour(tmp_path):
    # Averaging opaque red with transparent black must not darken the red (no black halo).
    pixels = np.zeros((2, 2, 4), np.uint8)
    pixels[:, 0] = (255, 0, 0, 255)
    path = tmp_path / "halo.png"
    Image.fromarray(pixels, "RGBA").save(path)
    arr = load_image(path, (1, 1))
    _assert_region(arr, (255, 128, 128), tol=4)


def test_la_composited_on_white(tmp_path):
    pixels = np.zeros((10, 30, 2), np.uint8)
    pixels[..., 0] = 100
    pixels[:, 10:20, 1] = 255
    pixels[:, 20:, 1] = 128
    path = tmp_path / "la.png"
    Image.fromarray(pixels, "LA").save(path)
    assert _mode(path) == "LA"
    arr = load_image(path, (30, 10))
    _assert_region(arr[:, :10], WHITE, tol=0)
    _assert_region(arr[:, 10:20], (100, 100, 100), tol=0)
    _assert_region(arr[:, 20:], (177, 177, 177), tol=2)


def _palette_image() -> Image.Image:
    img = Image.new("P", (30, 10), 0)
    img.putpalette([0, 0, 0, 255, 0, 0, 0, 0, 255] + [0] * (256 - 3) * 3)
    img.paste(1, (10, 0, 20, 10))
    img.paste(2, (20, 0, 30, 10))
    return img


@pytest.mark.parametrize("suffix", [".png", ".gif", ".bmp"])
def test_palette_without_transparency(tmp_path, suffix):
    path = tmp_path / f"p{suffix}"
    _palette_image().save(path)
    assert _mode(path) == "P"
    arr = load_image(path, (30, 10))
    _assert_region(arr[:, :10], (0, 0, 0), tol=0)
    _assert_region(arr[:, 10:20], RED, tol=0)
    _assert_region(arr[:, 20:], BLUE, tol=0)


@pytest.mark.parametrize("suffix", [".png", ".gif"])
def test_palette_transparent_index_becomes_white(tmp_path, suffix):
    path = tmp_path / f"pt{suffix}"
    _palette_image().save(path, transparency=0)  # index 0 is black, but transparent
    arr = load_image(path, (30, 10))
    _assert_region(arr[:, :10], WHITE, tol=0)
    _assert_region(arr[:, 10:20], RED, tol=0)
    _assert_region(arr[:, 20:], BLUE, tol=0)


def test_rgb_and_l_with_trns_colour_key_become_white(tmp_path):
    rgb = _split_image((20, 10), left=(0, 0, 0), right=BLUE)
    rgb.save(tmp_path / "rgb_trns.png", transparency=(0, 0, 0))
    arr = load_image(tmp_path / "rgb_trns.png", (20, 10))
    _assert_region(arr[:, :10], WHITE, tol=0)
    _assert_region(arr[:, 10:], BLUE, tol=0)

    gray = Image.new("L", (20, 10), 0)
    gray.paste(90, (10, 0, 20, 10))
    gray.save(tmp_path / "l_trns.png", transparency=0)
    arr = load_image(tmp_path / "l_trns.png", (20, 10))
    _assert_region(arr[:, :10], WHITE, tol=0)
    _assert_region(arr[:, 10:], (90, 90, 90), tol=0)


@pytest.mark.parametrize("suffix", [".jpg", ".tif"])
def test_cmyk_converted_to_rgb(tmp_path, suffix):
    img = Image.new("CMYK", (20, 10), (255, 0, 0, 0))  # pure cyan
    img.paste((0, 255, 0, 0), (10, 0, 20, 10))  # pure magenta
    path = tmp_path / f"cmyk{suffix}"
    img.save(path)
    assert _mode(path) == "CMYK"
    arr = load_image(path, (20, 10))
    _assert_region(arr[:, 2:8], (0, 255, 255), tol=10)
    _assert_region(arr[:, 12:18], (255, 0, 255), tol=10)


def test_16bit_grayscale_png_scaled_to_8bit(tmp_path):
    values = np.zeros((10, 30), np.uint16)
    values[:, :10] = 65535
    values[:, 10:20] = 32768
    path = tmp_path / "g16.png"
    Image.fromarray(values).save(path)
    # Pillow >= 10 reopens it as I;16 (older versions said "I"; both must work)
    assert _mode(path) in ("I;16", "I")
    arr = load_image(path, (30, 10))
    _assert_region(arr[:, :10], WHITE, tol=0)
    _assert_region(arr[:, 10:20], (128, 128, 128), tol=1)
    _assert_region(arr[:, 20:], (0, 0, 0), tol=0)


def test_dark_16bit_grayscale_png_stays_dark(tmp_path):
    # 16-bit value 200 is almost black; it must not be mistaken for 8-bit 200.
    path = tmp_path / "dark16.png"
    Image.fromarray(np.full((10, 10), 200, np.uint16)).save(path)
    arr = load_image(path, (10, 10))
    assert arr.max() <= 1


def test_16bit_rgb_png_colour(tmp_path):
    pixels = np.zeros((10, 20, 3), np.uint16)
    pixels[:, :10] = (65535, 0, 32768)
    pixels[:, 10:] = (0, 65535, 16384)
    path = _png_rgb16(tmp_path / "rgb16.png", pixels)
    arr = load_image(path, (20, 10))
    _assert_region(arr[:, :10], (255, 0, 128), tol=1)
    _assert_region(arr[:, 10:], (0, 255, 64), tol=1)


def test_bilevel_mode_1(tmp_path):
    img = Image.new("1", (20, 10), 0)
    img.paste(1, (10, 0, 20, 10))
    path = tmp_path / "bw.png"
    img.save(path)
    assert _mode(path) == "1"
    arr = load_image(path, (20, 10))
    _assert_region(arr[:, :10], (0, 0, 0), tol=0)
    _assert_region(arr[:, 10:], WHITE, tol=0)


def test_float_tiff_0_to_1(tmp_path):
    values = np.zeros((10, 30), np.float32)
    values[:, 10:20] = 0.5
    values[:, 20:] = 1.0
    path = tmp_path / "f.tif"
    Image.fromarray(values).save(path)
    assert _mode(path) == "F"
    arr = load_image(path, (30, 10))
    _assert_region(arr[:, :10], (0, 0, 0), tol=0)
    _assert_region(arr[:, 10:20], (128, 128, 128), tol=1)
    _assert_region(arr[:, 20:], WHITE, tol=0)


# --- animations: first frame -----------------------------------------------------------------


@pytest.mark.parametrize("suffix, options", [(".gif", {}), (".webp", {"lossless": True})])
def test_animation_gives_first_frame(tmp_path, suffix, options):
    frames = [Image.new("RGB", (16, 12), c) for c in (GREEN, RED, BLUE)]
    path = tmp_path / f"anim{suffix}"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0, **options)
    with Image.open(path) as check:
        assert getattr(check, "n_frames", 1) == 3
    arr = load_image(path, (16, 12))
    _assert_region(arr, GREEN, tol=2)


# --- JPEG draft ----------------------------------------------------------------------------------


@pytest.fixture
def draft_spy(monkeypatch):
    calls: list[dict] = []
    original = JpegImagePlugin.JpegImageFile.draft

    def spy(self, mode, size):
        before = self.size
        result = original(self, mode, size)
        calls.append({"mode": mode, "size": size, "before": before, "after": self.size})
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    return calls


@pytest.fixture(scope="module")
def big_jpeg(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.jpg"
    _split_image((4000, 3000)).save(path, quality=90)
    return path


@pytest.mark.parametrize("target", [(224, 224), (600, 200), (200, 600)])
def test_large_jpeg_uses_draft_mode(big_jpeg, draft_spy, target):
    arr = load_image(big_jpeg, target)
    _assert_image_array(arr, target)
    assert len(draft_spy) == 1
    call = draft_spy[0]
    assert call["size"][0] >= max(target) and call["size"][1] >= max(target)
    # libjpeg really scaled down, yet not below the target in either direction
    assert call["after"][0] < call["before"][0] and call["after"][1] < call["before"][1]
    assert min(call["after"]) >= max(target)
    w = target[0]
    _assert_region(arr[:, : w // 2 - 4], RED, tol=20)
    _assert_region(arr[:, w // 2 + 4 :], BLUE, tol=20)


def test_small_jpeg_draft_does_not_shrink(tmp_path, draft_spy):
    path = make_photo(tmp_path / "small.jpg", (64, 48))
    arr = load_image(path, (224, 224))
    _assert_image_array(arr, (224, 224))
    assert [(c["before"], c["after"]) for c in draft_spy] == [((64, 48), (64, 48))]


# --- size limits -------------------------------------------------------------------------------


def test_max_pixels_guard(tmp_path):
    path = make_photo(tmp_path / "big.png", (100, 100))
    err = _load_error(path, (32, 32), max_pixels=1000)
    assert "too large" in err.reason
    assert "100x100" in err.reason
    assert load_image(path, (32, 32), max_pixels=10_000).shape == (32, 32, 3)


def test_pillow_decompression_bomb_error_is_a_load_error(tmp_path, monkeypatch):
    path = make_photo(tmp_path / "bomb.png", (100, 100))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    with pytest.raises(Image.DecompressionBombError):  # Pillow itself refuses it...
        Image.open(path)
    err = _load_error(path)  # ...and load_image turns that into a clean error
    assert "too large" in err.reason


# --- broken and missing files -------------------------------------------------------------------


def test_truncated_jpeg(tmp_path, monkeypatch):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", False)
    whole = make_photo(tmp_path / "whole.jpg", (256, 192)).read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[: len(whole) // 2])
    err = _load_error(path)
    assert "truncated" in err.reason


def test_truncated_jpeg_with_exif_orientation(tmp_path):
    """The rotation must not swallow the decoder's error."""
    exif = Image.Exif()
    exif[0x0112] = 6
    whole = make_photo(tmp_path / "whole.jpg", (256, 192), exif=exif).read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[: len(whole) // 2])
    assert "truncated" in _load_error(path).reason


def test_random_bytes_named_jpg(tmp_path):
    path = tmp_path / "noise.jpg"
    path.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    assert "not an image" in _load_error(path).reason


def test_zero_byte_file(tmp_path):
    path = tmp_path / "empty.jpg"
    path.touch()
    reason = _load_error(path).reason
    assert "empty" in reason and "0 bytes" in reason


def test_text_file_named_png(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("just some notes\nover two lines\n")
    assert "not an image" in _load_error(path).reason


def test_folder_path(tmp_path):
    directory = tmp_path / "album.jpg"
    directory.mkdir()
    assert "is a folder" in _load_error(directory).reason


def test_missing_path(tmp_path):
    assert "not found" in _load_error(tmp_path / "gone.jpg").reason


def test_dangling_symlink(tmp_path):
    link = tmp_path / "link.jpg"
    os.symlink(tmp_path / "deleted.jpg", link)
    assert "not found" in _load_error(link).reason


def test_permission_denied_on_open(tmp_path, monkeypatch):
    path = make_photo(tmp_path / "locked.png")

    def denied(fp, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(fp))

    monkeypatch.setattr(Image, "open", denied)
    assert "permission denied" in _load_error(path).reason


def test_permission_denied_on_stat(tmp_path, monkeypatch):
    path = make_photo(tmp_path / "locked.jpg")
    real_stat = Path.stat

    def stat(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    assert "permission denied" in _load_error(path).reason


@pytest.mark.parametrize(
    "exc",
    [
        struct.error("unpack requires a buffer of 4 bytes"),
        RuntimeError(""),
        ValueError("first line\nsecond line"),
        ZeroDivisionError("division by zero"),
        MemoryError(),
    ],
    ids=lambda e: type(e).__name__,
)
def test_unexpected_decoder_exception_becomes_load_error(tmp_path, monkeypatch, exc):
    path = make_photo(tmp_path / "photo.png")

    def broken_load(self, *args, **kwargs):
        raise exc

    monkeypatch.setattr(ImageFile.ImageFile, "load", broken_load)
    err = _load_error(path)
    assert "damaged" in err.reason
    if str(exc):
        assert str(exc).splitlines()[0] in err.reason
    else:
        assert type(exc).__name__ in err.reason


def test_unexpected_exception_from_open_becomes_load_error(tmp_path, monkeypatch):
    path = make_photo(tmp_path / "photo.jpg")

    def broken_open(*args, **kwargs):
        raise struct.error("bad header")

    monkeypatch.setattr(Image, "open", broken_open)
    assert "bad header" in _load_error(path).reason


# --- output shape for every format ------------------------------------------------------------

FORMATS = [".jpg", ".png", ".gif", ".bmp", ".webp", ".tiff", ".ppm"]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("target", [(37, 23), (23, 37), (64, 48), (128, 128)])
def test_output_size_dtype_channels(tmp_path, suffix, target):
    color = (200, 30, 30)
    path = make_photo(tmp_path / f"photo{suffix}", (64, 48), color)
    arr = load_image(path, target)
    _assert_image_array(arr, target)
    assert _close(arr.reshape(-1, 3).mean(0), color, tol=20)


@pytest.mark.parametrize("suffix", FORMATS)
def test_str_path_accepted(tmp_path, suffix):
    path = make_photo(tmp_path / f"photo{suffix}")
    _assert_image_array(load_image(str(path), (16, 16)), (16, 16))


def test_thumbnail_keeps_aspect_ratio_and_orientation(tmp_path):
    from app.core.image_io import load_thumbnail

    wide = make_photo(tmp_path / "wide.jpg", size=(400, 200))
    assert load_thumbnail(wide, 96).shape == (48, 96, 3)
    small = make_photo(tmp_path / "small.png", size=(40, 30))
    assert load_thumbnail(small, 96).shape == (30, 40, 3)  # never enlarged
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # rotate 90: a portrait photo stored landscape
    Image.new("RGB", (300, 100), (10, 20, 30)).save(tmp_path / "rot.jpg", exif=exif)
    assert load_thumbnail(tmp_path / "rot.jpg", 90).shape == (90, 30, 3)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and /dev/zero are POSIX")
@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (os.mkfifo, "not a regular file (a named pipe)"),
        (lambda path: os.symlink("/dev/zero", path), "not a regular file (a device)"),
        (lambda path: os.symlink(path.name, path), "link loop"),
    ],
    ids=["fifo", "link-to-dev-zero", "link-loop"],
)
def test_what_is_no_image_file_says_what_it_is(tmp_path, make, reason):
    path = tmp_path / "photo.jpg"
    make(path)
    for read in (load_image, probe_image):
        with pytest.raises(ImageLoadError, match=re.escape(reason)) as error:
            read(path, (8, 8)) if read is load_image else read(path)
        assert "empty file" not in str(error.value) and "damaged" not in str(error.value)
