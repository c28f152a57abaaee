"""Colour folders with known mistakes in them, as the dataset check's tests make them."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image

from tests.training.helpers import CLASS_COLORS, make_flat_image
from training.check.run import CheckOptions

PER_CLASS = 20


def make_patterned_set(
    root: Path, per_class: int = PER_CLASS, contrast: float = 12, prefix: str = ""
) -> Path:
    """root/<colour>/<prefix><colour>_NN.png: patterned photos of each colour, all distinct
    (the pattern follows the name). The
    random base tells colours apart best with faint patterns; copies keep a strong pattern
    (`contrast` 40) through resizing and JPEG, which the content signature sees."""
    for name, color in CLASS_COLORS.items():
        for i in range(per_class):
            size = (40 + 3 * i, 64 - 2 * i)
            make_flat_image(
                root / name / f"{prefix}{name}_{i:02d}.png",
                color,
                size,
                pattern=True,
                contrast=contrast,
            )
    return root


def move(photo: Path, folder: str) -> Path:
    """File `photo` under another class of its set, as a person's mistake would."""
    dest = photo.parent.parent / folder / photo.name
    shutil.move(photo, dest)
    return dest


def resized_copy(photo: Path, dest: Path, scale: float = 0.5, quality: int = 85) -> Path:
    with Image.open(photo) as img:
        small = img.convert("RGB").resize(
            (max(8, round(img.width * scale)), max(8, round(img.height * scale)))
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    small.save(dest, quality=quality)
    return dest


def options(data: Path, base: Path, **more) -> CheckOptions:
    return CheckOptions(data, weights=base, image_size=32, **more)


def relabel(csv: Path, changes: dict[str, str]) -> None:
    """Give the rows of `changes` (file name -> labels) other labels, as a person's slip."""
    rows = csv.read_text().splitlines()
    csv.write_text(
        "\n".join(
            f"{r.split(',')[0]},{changes[r.split(',')[0]]}" if r.split(",")[0] in changes else r
            for r in rows
        )
        + "\n"
    )
