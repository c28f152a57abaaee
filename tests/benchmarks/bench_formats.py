"""Benchmark: images per second for the same photos as JPEG, HEIC and camera RAW (DNG), side by
side in one run, through the decoder behind every reader (`app.core.decode_ahead`, on every
core) and through `pictag classify`'s engine.

Run from the repo root: ``python tests/benchmarks/bench_formats.py [--count 24] [...]``.
(Not a pytest test: it takes a few minutes and prints numbers rather than asserting.)

The photos are real ones (the cats of /work/shared/datasets/cats_and_dogs_filtered, ~500x375),
converted in a temporary folder to each format, at their own size and at a camera's (12 MP,
4000x3000, upscaled): JPEG (quality 90), HEIC (pillow-heif, quality 90), DNG with a full-size
JPEG preview (as most cameras embed one: the preview path) and DNG without one (the demosaic
path: LibRaw at half size). Target: RAW through the preview within 2x of the JPEG rate.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from bench_setup import SHARED
from PIL import Image

from app.core.classifier import classify_files
from app.core.decode_ahead import decoded_batches
from app.core.model_loader import load_classifier
from tests.photo_files import save_dng, save_heic

PHOTOS = SHARED / "datasets" / "cats_and_dogs_filtered" / "train" / "cats"
CAMERA = (4000, 3000)
TARGET = 2.0  # RAW through its preview: at most this many times slower than JPEG
FORMATS = ("jpeg", "heic", "heic no thumb", "dng preview", "dng demosaic")
FILES = {"heic no thumb": "heic"}  # the same files, read with pillow-heif's thumbnails off


def convert(sources: list[Path], folder: Path, size: tuple[int, int] | None) -> dict[str, list]:
    """Each source photo in each format (at `size`, or its own), in `folder`."""
    out: dict[str, list[Path]] = {kind: [] for kind in FORMATS if kind not in FILES}
    folder.mkdir(parents=True)
    for i, source in enumerate(sources):
        image = Image.open(source).convert("RGB")
        if size is not None:
            image = image.resize(size, Image.Resampling.BICUBIC)
        pixels = np.asarray(image)
        jpeg = folder / f"{i:03d}.jpg"
        image.save(jpeg, quality=90)
        out["jpeg"].append(jpeg)
        heic = save_heic(folder / f"{i:03d}.heic", pixels, quality=90, thumbnails=[320])
        out["heic"].append(heic)
        out["dng preview"].append(save_dng(folder / f"{i:03d}_p.dng", pixels, preview=pixels))
        out["dng demosaic"].append(save_dng(folder / f"{i:03d}_d.dng", pixels))
    return out


def rates(
    files: dict[str, list[Path]], runs: dict[str, Callable[[list[Path]], int]], repeat: int
) -> dict[str, float]:
    """Images per second of each format, the best of `repeat` rounds in which they take turns
    (the machine is shared and noisy)."""
    from pillow_heif import options

    best = dict.fromkeys(FORMATS, 0.0)
    for _ in range(repeat):
        for kind in FORMATS:
            options.THUMBNAILS = kind != "heic no thumb"
            started = time.perf_counter()
            done = runs[kind](files[FILES.get(kind, kind)])
            best[kind] = max(best[kind], done / (time.perf_counter() - started))
    options.THUMBNAILS = True
    return best


def decode_only(size: int) -> Callable[[list[Path]], int]:
    def run(files: list[Path]) -> int:
        batches = decoded_batches(files, size, batch_size=16)
        decoded = [o for batch in batches for _, o in batch]
        bad = [o for o in decoded if isinstance(o, str)]
        if bad:
            raise SystemExit(f"decoding failed: {bad[0]}")
        return len(decoded)

    return run


def classify(model) -> Callable[[list[Path]], int]:
    def run(files: list[Path]) -> int:
        results = list(classify_files(model, files, top=1, batch_size=16))
        if not all(r.ok for r in results):
            raise SystemExit(f"classifying failed: {next(r.error for r in results if not r.ok)}")
        return len(results)

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=120, help="photos as taken (120)")
    parser.add_argument(
        "--camera-count", type=int, default=12, help="photos at camera size (12; 20 MB each)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement, best kept")
    args = parser.parse_args()
    if not PHOTOS.is_dir():
        raise SystemExit(f"the real photos are not there: {PHOTOS}")
    sources = sorted(PHOTOS.glob("*.jpg"))
    weights = SHARED / "weights" / "keras_home"
    if weights.is_dir():
        os.environ.setdefault("KERAS_HOME", str(weights))
    model = load_classifier("mobilenet_v2", weights="imagenet" if weights.is_dir() else None)
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the start; "
          f"model {model.name} {model.input_size} px; best of {args.repeat} runs")  # fmt: skip
    sets = (
        ("as taken (~500x375)", None, args.count),
        ("camera size (4000x3000)", CAMERA, args.camera_count),
    )
    with tempfile.TemporaryDirectory(prefix="pictag-bench-formats-") as scratch:
        for label, size, count in sets:
            started = time.perf_counter()
            files = convert(sources[:count], Path(scratch) / label.split()[0], size)
            classify(model)(files["jpeg"][:16])  # warm up: the model's first calls trace it
            megabytes = {k: sum(p.stat().st_size for p in v) / 1e6 for k, v in files.items()}
            print(f"\n{label}, {count} photos: made in {time.perf_counter() - started:.0f} s")
            print(f"  {'format':<13} {'MB':>7} {'decode img/s':>13} {'vs JPEG':>8} "
                  f"{'classify img/s':>15} {'vs JPEG':>8}")  # fmt: skip
            decode = rates(
                files, dict.fromkeys(FORMATS, decode_only(model.input_size)), args.repeat
            )
            whole = rates(files, dict.fromkeys(FORMATS, classify(model)), args.repeat)
            for kind in FORMATS:
                d, c = decode[kind], whole[kind]
                mb = megabytes[FILES.get(kind, kind)]
                print(f"  {kind:<13} {mb:7.1f} {d:13.1f} {decode['jpeg'] / d:7.2f}x "
                      f"{c:15.1f} {whole['jpeg'] / c:7.2f}x")  # fmt: skip
            slower = decode["jpeg"] / decode["dng preview"]
            verdict = "meets" if slower <= TARGET else "misses"
            print(f"  RAW via preview decodes {slower:.2f}x slower than JPEG: {verdict} the "
                  f"{TARGET:.0f}x target")  # fmt: skip
    print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
