"""Where the optional real data lives: ../shared beside the checkout (ImageNet weights, sample
photos, datasets); tests and benchmarks that need it skip or fall back without it."""

from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SHARED_KERAS_HOME = SHARED / "weights" / "keras_home"
SHARED_SAMPLES = SHARED / "samples" / "imagenet"
