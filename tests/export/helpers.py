"""What the export tests share (engine, CLI and GUI): photo folders and a tampering writer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from app.export import exporter
from tests.helpers import COLORS, make_photo

HAS_ONNX = all(importlib.util.find_spec(m) for m in ("tf2onnx", "onnxruntime"))
needs_onnx = pytest.mark.skipif(not HAS_ONNX, reason="the onnx extra is not installed")
# The colour model's weight matrix as stored, and a permutation of it (red read as green...).
WEIGHTS = (np.eye(3, dtype=np.float32) * 20).tobytes()
SWAPPED = (np.roll(np.eye(3, dtype=np.float32), 1, axis=1) * 20).tobytes()


def photo_folder(root: Path, per_class: int = 4) -> Path:
    """root/<colour>/<colour>_<i>.jpg, and one file that only looks like a photo."""
    for name, color in COLORS.items():
        for i in range(per_class):
            make_photo(root / name / f"{name}_{i}.jpg", (40, 30), color)
    (root / "red" / "broken.jpg").write_bytes(b"not a jpeg")
    (root / "notes.txt").write_text("not an image")
    return root


def tamper(path: Path) -> None:
    """Swap the colour model's weight matrix for a permutation in an exported file or folder."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    hits = 0
    for file in files:
        data = file.read_bytes()
        if WEIGHTS in data:
            file.write_bytes(data.replace(WEIGHTS, SWAPPED))
            hits += 1
    assert hits, f"the weights were not found in {path}"


def tampering_writer(monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """Make the `fmt` writer tamper with what it wrote, as a broken converter would."""
    write = exporter._WRITERS[fmt]

    def write_then_tamper(model, info, artifact, quantize, staging):
        write(model, info, artifact, quantize, staging)
        tamper(artifact)

    monkeypatch.setitem(exporter._WRITERS, fmt, write_then_tamper)
