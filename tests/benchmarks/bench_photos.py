"""Photo-like JPEGs the benchmarks generate (and reuse between runs), shared by every script
that needs camera-sized photos without ../shared."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

__all__ = ["make_photo", "image_size", "prepare_images"]


def make_photo(seed: int, width: int, height: int) -> Image.Image:
    """Photo-like: a smooth gradient, soft colour blobs, texture and mild sensor noise."""
    rng = np.random.default_rng(seed)
    w, h = max(width // 8, 8), max(height // 8, 8)  # build small, upsample: smooth and fast
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    a, b = rng.uniform(0, 255, (2, 3)).astype(np.float32)
    t = ((x / w) * np.cos(rng.uniform(0, 6.3)) + (y / h) * np.sin(rng.uniform(0, 6.3)))[..., None]
    small = a + (b - a) * np.clip(t, 0, 1)
    for _ in range(rng.integers(4, 12)):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.03, 0.3) * w
        mask = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * r * r))[..., None]
        small = small * (1 - mask) + rng.uniform(0, 255, 3).astype(np.float32) * mask
    small += rng.normal(0, 8, (h, w, 3)).astype(np.float32)  # texture at 1/8 scale
    img = Image.fromarray(np.clip(small, 0, 255).astype(np.uint8), "RGB")
    pixels = np.asarray(img.resize((width, height), Image.Resampling.BICUBIC), dtype=np.int16)
    noise = rng.integers(-6, 7, (height, width, 1), dtype=np.int16)
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8), "RGB")


def image_size(path: Path) -> tuple[int, int] | None:
    try:
        with Image.open(path) as img:
            return img.size
    except OSError:
        return None


def prepare_images(folder: Path, count: int, width: int, height: int) -> list[Path]:
    """`count` JPEGs of width x height in `folder`, reusing them when already there."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [folder / f"bench_{i:04d}.jpg" for i in range(count)]

    def make(i: int) -> None:
        make_photo(i, width, height).save(files[i], quality=90)

    missing = [i for i, path in enumerate(files) if image_size(path) != (width, height)]
    if missing:
        print(f"Generating {len(missing)} JPEGs of {width}x{height} in {folder} ...", flush=True)
        with ThreadPoolExecutor(os.cpu_count()) as pool:
            list(pool.map(make, missing))
    else:
        print(f"Reusing {count} JPEGs of {width}x{height} in {folder}")
    for path in files:  # into the page cache, so no measurement pays for the disk
        path.read_bytes()
    return files
