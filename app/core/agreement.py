"""Do two runs of one network answer alike? The images both are shown, and how their answers
are compared: the top-1 class of every image and the largest difference of any output.

An export is checked this way against its Keras model (app/export/parity.py), and so is every
network converted for Pictag's own inference before it is used (app/core/backend.py).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

__all__ = ["compare", "generated_images"]


def generated_images(size: int, count: int) -> np.ndarray:
    """Deterministic gradients, smooth colour fields and noisy flat colours."""
    rng = np.random.default_rng(0)
    grid = np.linspace(0.0, 1.0, size, dtype=np.float32)
    y, x = np.meshgrid(grid, grid, indexing="ij")
    images = np.empty((count, size, size, 3), np.uint8)
    for i in range(count):
        kind = i % 3
        if kind == 0:
            angle = rng.uniform(0, 2 * np.pi)
            t = np.clip(x * np.cos(angle) + y * np.sin(angle), 0, 1)[..., None]
            pixels = rng.uniform(0, 255, 3) * (1 - t) + rng.uniform(0, 255, 3) * t
        elif kind == 1:
            coarse = rng.uniform(0, 255, (4, 4, 3)).astype(np.uint8)
            pixels = np.asarray(Image.fromarray(coarse).resize((size, size), Image.BILINEAR))
        else:
            pixels = rng.uniform(0, 255, 3) + rng.normal(0, 20, (size, size, 3))
        images[i] = np.clip(pixels, 0, 255).astype(np.uint8)
    return images


def compare(got: np.ndarray, expected: np.ndarray) -> tuple[int, float]:
    """(rows whose top-1 class agrees, largest |got - expected|; inf when not finite)."""
    agree = int((got.argmax(1) == expected.argmax(1)).sum())
    difference = float(np.abs(got - expected).max(initial=0.0))
    return agree, difference if np.isfinite(difference) else float("inf")
