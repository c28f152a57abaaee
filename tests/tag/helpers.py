"""What the keyword tests share: results to tag, photos to tag, and a folder's bytes to compare."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from app.core.results import ClassifyResult, Prediction, file_stamp
from tests.photo_files import photo_pixels


def result(path: Path, *labels: tuple[str, float], **more) -> ClassifyResult:
    predictions = tuple(Prediction(label, p) for label, p in labels)
    return ClassifyResult(path, predictions, stamp=file_stamp(path), **more)


def photo(path: Path, kind: str = "JPEG") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(photo_pixels((48, 32), (200, 30, 30))).save(path, format=kind)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".csv") and ".backup" not in str(p)
    }
