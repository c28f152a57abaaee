"""Fixtures for the training engine: small labeled folders a random-weights base can learn from.

A MobileNetV2 with random weights is chaotic even with its batch-norm statistics estimated from
the images: two photos that differ by a few pixel levels of noise end up as far apart in feature
space as photos of different classes (measured: class centroids are no better than chance for
noisy or shape-on-background images at 32-96 px). So the generated classes are flat colours; the
images of a class differ in size, format and JPEG quality only, which is what the pipeline must
see through (decoding, resizing, labels, splits) for a test to show it learned anything.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

CLASS_COLORS = {"red": (210, 40, 40), "green": (40, 180, 60), "blue": (40, 60, 210)}


def make_flat_image(
    path: Path,
    color,
    size: tuple[int, int] = (48, 48),
    *,
    pattern: bool = False,
    contrast: float = 12.0,
    **save,
) -> Path:
    """An image of one flat colour, in the format the suffix names. With `pattern`, a 4x4
    grid of lighter and darker patches (drawn from the file's name) lies over the colour:
    photos of one class then differ as real ones do, where flat ones would all be near-
    duplicates of each other (which the split keeps together) for a base with weights;
    `contrast` is how far (in pixel levels) a patch is from the colour at most."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pixels = np.empty((size[1], size[0], 3), np.float32)
    pixels[...] = color
    if pattern:
        rng = np.random.default_rng(zlib.crc32(path.name.encode()))
        patches = rng.uniform(-contrast, contrast, (4, 4)).astype(np.float32)
        rows = np.arange(size[1]) * 4 // size[1]
        cols = np.arange(size[0]) * 4 // size[0]
        pixels += patches[rows][:, cols][..., None]
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB").save(path, **save)
    return path


def make_color_dataset(
    root: Path, per_class: int = 20, seed: int = 0, *, pattern: bool = False
) -> Path:
    """`root/<colour>/` folders of flat-colour photos of varied size, format and quality
    (`pattern`: see `make_flat_image`)."""
    rng = np.random.default_rng(seed)
    for name, color in CLASS_COLORS.items():
        for i in range(per_class):
            size = (int(rng.integers(40, 80)), int(rng.integers(40, 80)))
            if i % 3 == 0:
                make_flat_image(root / name / f"{name}_{i:02d}.png", color, size, pattern=pattern)
            else:
                quality = int(rng.integers(70, 96))
                make_flat_image(
                    root / name / f"{name}_{i:02d}.jpg", color, size, pattern=pattern,
                    quality=quality,
                )  # fmt: skip
    return root


@pytest.fixture(scope="session")
def color_dataset(tmp_path_factory) -> Path:
    """Three classes of 20 images each. Read-only: copy it before changing anything."""
    return make_color_dataset(tmp_path_factory.mktemp("colors") / "data")
