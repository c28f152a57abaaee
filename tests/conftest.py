"""Shared fixtures: generated images, tiny models, and the optional real data in ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"
SHARED_KERAS_HOME = SHARED / "weights" / "keras_home"
SHARED_SAMPLES = SHARED / "samples" / "imagenet"


def make_photo(path: Path, size: tuple[int, int] = (64, 48), color=(200, 30, 30), **save) -> Path:
    """A noisy image of one dominant colour, saved in the format the suffix names."""
    rng = np.random.default_rng(abs(hash(path.name)) % 2**32)
    pixels = np.clip(
        np.array(color, np.float32) + rng.normal(0, 12, (size[1], size[0], 3)), 0, 255
    ).astype(np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels, "RGB").save(path, **save)
    return path


@pytest.fixture
def keras_home(tmp_path, monkeypatch) -> Path:
    """An empty Keras cache, so no test ever sees (or fills) the user's real one."""
    home = tmp_path / "keras_home"
    home.mkdir()
    monkeypatch.setenv("KERAS_HOME", str(home))
    return home


@pytest.fixture
def shared_keras_home(monkeypatch) -> Path:
    if not (SHARED_KERAS_HOME / "models").is_dir():
        pytest.skip("real ImageNet weights in ../shared are not available")
    monkeypatch.setenv("KERAS_HOME", str(SHARED_KERAS_HOME))
    return SHARED_KERAS_HOME


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """No test reads or fills the user's cache folder (features, converted models)."""
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path_factory.mktemp("pictag_cache")))
