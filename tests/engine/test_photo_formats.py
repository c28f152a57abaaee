"""HEIC, AVIF and camera RAW decode like their JPEG twins; RAW+JPEG pairs are classified once."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.classifier import classify_discovered
from app.core.discovery import discover
from app.core.errors import ImageLoadError
from app.core.image_io import load_image, load_thumbnail, probe_image
from app.core.model_loader import load_classifier
from app.core.raw_pairs import pair_raw_files, paired_count
from tests.helpers import COLORS, make_color_model_file
from tests.photo_files import (
    heic_in_unsupported_codec,
    heic_with_unknown_item_type,
    photo_pixels,
    save_avif,
    save_dng,
    save_heic,
)


@pytest.fixture(scope="module")
def color_classifier(tmp_path_factory):
    return load_classifier(make_color_model_file(tmp_path_factory.mktemp("m") / "c.keras"))


def twins(folder: Path, name: str, pixels: np.ndarray) -> dict[str, Path]:
    """The same pixels as JPEG, HEIC, AVIF, a DNG with a preview and one without."""
    folder.mkdir(parents=True, exist_ok=True)
    jpeg = folder / f"{name}.jpg"
    Image.fromarray(pixels).save(jpeg, quality=92)
    return {
        "jpeg": jpeg,
        "heic": save_heic(folder / f"{name}.heic", pixels),
        "avif": save_avif(folder / f"{name}.avif", pixels),
        "dng-preview": save_dng(folder / f"{name}_p.dng", pixels, preview=pixels),
        "dng-demosaic": save_dng(folder / f"{name}_d.DNG", pixels),
    }


def test_every_format_classifies_like_its_jpeg_twin(color_classifier, tmp_path):
    files: dict[str, dict[str, Path]] = {}
    for i, (color, rgb) in enumerate(COLORS.items()):
        files[color] = twins(tmp_path / color, color, photo_pixels((96, 64), rgb, seed=i))
    found = discover([tmp_path])
    assert len(found.files) == 15 and not found.skipped
    results = {r.path: r for r in classify_discovered(color_classifier, found, top=1)}
    for color, by_format in files.items():
        for kind, path in by_format.items():
            result = results[path]
            assert result.ok, (kind, result.error)
            assert result.predictions[0].label == color, kind


def test_decoded_pixels_match_the_jpeg(tmp_path):
    pixels = photo_pixels((96, 64), (180, 90, 40))
    files = twins(tmp_path, "p", pixels)

    def colour(path: Path) -> np.ndarray:
        """The mean colour's proportions (demosaicing brightens, as LibRaw renders RAWs)."""
        mean = load_image(path, (32, 32)).astype(np.float32).mean((0, 1))
        return mean / mean.sum()

    reference = colour(files["jpeg"])
    for kind, path in files.items():
        # Lossy codecs and demosaicing differ a little, never in what the photo shows.
        assert np.abs(colour(path) - reference).max() < 0.07, kind


def quadrants(image: np.ndarray) -> tuple[int, ...]:
    """Which channel dominates each corner: what turning the image moves around."""
    h, w = image.shape[:2]
    corners = [image[: h // 4, : w // 4], image[: h // 4, -w // 4 :], image[-h // 4 :, : w // 4]]
    return tuple(int(np.argmax(c.reshape(-1, 3).mean(0))) for c in corners)


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_orientation_is_applied_once_in_every_format(tmp_path, orientation):
    pixels = np.zeros((64, 96, 3), np.uint8)
    pixels[:, :] = (0, 0, 230)
    pixels[:32, :48] = (230, 0, 0)
    pixels[32:, :48] = (0, 230, 0)
    exif = Image.new("RGB", (1, 1)).getexif()
    exif[0x0112] = orientation
    jpeg = tmp_path / "o.jpg"
    Image.fromarray(pixels).save(jpeg, exif=exif.tobytes(), quality=95)
    expected = load_thumbnail(jpeg, 96)
    others = {
        "heic": save_heic(tmp_path / "o.heic", pixels, exif=exif.tobytes()),
        "avif": save_avif(tmp_path / "o.avif", pixels, exif=exif.tobytes()),
        "dng preview": save_dng(
            tmp_path / "p.dng", pixels, preview=pixels, orientation=orientation
        ),
        "dng demosaic": save_dng(tmp_path / "d.dng", pixels, orientation=orientation),
    }
    assert expected.shape[:2] == ((96, 64) if orientation in (6, 8) else (64, 96))
    for kind, path in others.items():
        upright = load_thumbnail(path, 96)
        assert upright.shape[:2] == expected.shape[:2], kind
        assert quadrants(upright) == quadrants(expected), kind


def test_a_10_bit_heic_decodes_like_the_8_bit_one(tmp_path):
    from pillow_heif import from_bytes

    pixels = photo_pixels((48, 32), (30, 200, 40))
    deep = (pixels.astype(np.uint16) * 257).astype("<u2")  # 16-bit samples, saved as 10-bit
    heif = from_bytes(mode="RGB;16", size=(48, 32), data=deep.tobytes())
    heif.save(tmp_path / "ten.heic", quality=-1)
    save_heic(tmp_path / "eight.heic", pixels, quality=-1)
    ten, eight = (
        load_image(tmp_path / n, (16, 16)).astype(int) for n in ("ten.heic", "eight.heic")
    )
    assert np.abs(ten - eight).max() <= 3


def test_heic_alpha_is_composited_onto_white_like_png(tmp_path):
    rgba = np.zeros((32, 48, 4), np.uint8)
    rgba[..., 0], rgba[..., 3] = 200, 0  # fully transparent red
    rgba[:, :24, 3] = 255  # the left half opaque
    Image.fromarray(rgba, "RGBA").save(tmp_path / "a.png")
    save_heic(tmp_path / "a.heic", rgba, quality=-1)
    png, heic = (load_image(tmp_path / n, (48, 32)).astype(int) for n in ("a.png", "a.heic"))
    assert png[:, -4:].min() == 255  # white where transparent
    assert np.abs(png - heic).max() <= 4


def test_a_raw_preview_is_used_only_when_large_enough(tmp_path):
    """The preview shows blue, the sensor data red: which one comes back says which path ran."""
    red, blue = photo_pixels((256, 192), COLORS["red"]), photo_pixels((64, 48), COLORS["blue"])
    path = save_dng(tmp_path / "p.dng", red, preview=blue)
    assert np.argmax(load_image(path, (32, 32)).mean((0, 1))) == 2  # 48 >= 32: the preview
    # 48 < 64, and demosaicing at half size gives 96: the sensor data
    assert np.argmax(load_image(path, (64, 64)).mean((0, 1))) == 0
    assert probe_image(path) == (256, 192)


def test_a_raw_without_a_preview_is_demosaiced(tmp_path):
    path = save_dng(tmp_path / "nopreview.dng", photo_pixels((64, 48), COLORS["green"]))
    image = load_image(path, (32, 32))
    assert np.argmax(image.mean((0, 1))) == 1


@pytest.mark.parametrize(
    "name, content, fragment",
    [
        ("IMG_0001.CR2", b"this is no raw file at all" * 40, "not a RAW file LibRaw can read"),
        ("renamed.NEF", None, "not a RAW file LibRaw can read"),
        ("empty.dng", b"", "empty file"),
    ],
)
def test_a_raw_libraw_cannot_read_gets_a_one_line_reason(tmp_path, name, content, fragment):
    path = tmp_path / name
    if content is None:  # a JPEG with a RAW name
        Image.fromarray(photo_pixels((32, 32), (9, 9, 9))).save(path, format="JPEG")
    else:
        path.write_bytes(content)
    for read in (lambda: load_image(path, (32, 32)), lambda: probe_image(path)):
        with pytest.raises(ImageLoadError) as caught:
            read()
        assert fragment in caught.value.reason and "\n" not in caught.value.reason


def test_a_truncated_raw_without_a_preview_says_so(tmp_path):
    path = save_dng(tmp_path / "cut.dng", photo_pixels((256, 192), COLORS["red"]))
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    with pytest.raises(ImageLoadError) as caught:
        load_image(path, (32, 32))
    assert "RAW" in caught.value.reason and "\n" not in caught.value.reason


def test_a_heic_in_an_unsupported_codec_says_which(tmp_path):
    pixels = photo_pixels((48, 32), COLORS["red"])
    for path, fragment in (
        (heic_in_unsupported_codec(tmp_path / "av1.heic", pixels), "AV1"),
        (heic_with_unknown_item_type(tmp_path / "odd.heic", pixels), "cannot decode"),
    ):
        with pytest.raises(ImageLoadError) as caught:
            load_image(path, (32, 32))
        reason = caught.value.reason
        assert fragment in reason and "HEIF" in reason and "\n" not in reason


def test_discovery_takes_heic_and_raw_in_any_case(tmp_path):
    for name in ("a.HEIC", "b.heif", "c.hif", "d.CR2", "e.nef", "f.ARW", "g.dng", "h.RAF"):
        (tmp_path / name).write_bytes(b"x")
    assert len(discover([tmp_path]).files) == 8


def test_raw_jpeg_pairs_are_classified_once(color_classifier, tmp_path):
    pixels = photo_pixels((64, 48), COLORS["green"])
    Image.fromarray(pixels).save(tmp_path / "IMG_0001.JPG")
    save_dng(tmp_path / "img_0001.dng", pixels, preview=pixels)  # case differs: still a pair
    save_dng(tmp_path / "IMG_0002.dng", pixels)  # no JPEG twin
    Image.fromarray(pixels).save(tmp_path / "IMG_0003.png")
    (tmp_path / "sub").mkdir()
    save_dng(tmp_path / "sub" / "IMG_0003.dng", pixels)  # another folder: no pair
    found = pair_raw_files(discover([tmp_path]))
    names = [p.name for p in found.files]
    assert names == ["IMG_0001.JPG", "IMG_0002.dng", "IMG_0003.png", "IMG_0003.dng"]
    assert paired_count(found) == 1
    results = list(classify_discovered(color_classifier, found, top=1))
    assert [r.companions for r in results][0] == (tmp_path / "img_0001.dng",)
    assert all(r.companions == () for r in results[1:])
    assert results[0].stamp == (
        (tmp_path / "IMG_0001.JPG").stat().st_size,
        (tmp_path / "IMG_0001.JPG").stat().st_mtime_ns,
    )


def test_without_pairing_both_twins_are_classified(tmp_path):
    pixels = photo_pixels((64, 48), COLORS["green"])
    Image.fromarray(pixels).save(tmp_path / "IMG_0001.jpg")
    save_dng(tmp_path / "IMG_0001.dng", pixels)
    assert len(discover([tmp_path]).files) == 2


def test_the_raw_of_an_unreadable_jpeg_is_classified_on_its_own(color_classifier, tmp_path):
    pixels = photo_pixels((64, 48), COLORS["blue"])
    (tmp_path / "IMG_0001.jpg").write_bytes(b"\xff\xd8\xff cut short")
    save_dng(tmp_path / "IMG_0001.dng", pixels, preview=pixels)
    found = pair_raw_files(discover([tmp_path]))
    jpeg, raw = classify_discovered(color_classifier, found, top=1)
    assert not jpeg.ok and jpeg.companions == ()
    assert raw.path.suffix == ".dng" and raw.predictions[0].label == "blue"
