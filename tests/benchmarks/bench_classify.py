"""Benchmark: how close `pictag classify` comes to the speed the machine allows.

Run from the repo root: ``python tests/benchmarks/bench_classify.py [--repeat 2] [...]``.
(Not a pytest test: it takes a minute or more and prints numbers rather than asserting.)

It generates a folder of camera-size JPEGs (cached between runs) and measures images/second for
  (a) the naive loop a tutorial would write: PIL open at full size, resize, keras predict, one
      image at a time;
  (b) the engine behind `pictag classify` (app.core.classifier.classify_files);
  (c) the forward pass alone, on pre-decoded uint8 batches (LoadedModel.predict);
  (d) decoding alone with the engine's decoder (app.core.image_io.load_image) on every core.
On a CPU-only machine the same cores must both decode and run the model, so the best a pipeline
can do is the ceiling 1/(1/c + 1/d). Targets: engine >= 85% of that ceiling and >= 5x naive.
The ceiling assumes (c) and (d) each keep every core busy: the "cores busy" column checks that.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

# Run as a plain script from the repo root: make `import app` resolve to this checkout.
REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from app.core.classifier import classify_files  # noqa: E402
from app.core.image_io import load_image  # noqa: E402
from app.core.model_loader import LoadedModel, load_classifier  # noqa: E402
from app.core.paths import keras_models_dir  # noqa: E402
from app.core.registry import get_architecture  # noqa: E402

TARGET_CEILING, TARGET_NAIVE = 0.85, 5.0


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


def naive(model: LoadedModel, files: list[Path]) -> None:
    s = model.input_size
    for path in files:
        img = Image.open(path).convert("RGB").resize((s, s))
        x = np.asarray(img, dtype=np.float32)[None]
        model.keras_model.predict(x, verbose=0)


def engine(model: LoadedModel, files: list[Path], batch_size: int) -> None:
    results = list(classify_files(model, files, top=3, batch_size=batch_size))
    bad = [r for r in results if not r.ok]
    if len(results) != len(files) or bad:
        sys.exit(f"classify_files failed: {len(results)} results, first error {bad[:1]}")


def decode_all(files: list[Path], size: int) -> list[np.ndarray]:
    with ThreadPoolExecutor(os.cpu_count()) as pool:
        return list(pool.map(lambda p: load_image(p, (size, size)), files))


def timed_rate(
    run: Callable[[], object], warm_up: Callable[[], object], n: int
) -> tuple[float, float]:
    """Images/second of `run` (handling `n` images) after one `warm_up`, and the cores it kept
    busy (process CPU time / wall time: below the core count means idle cores)."""
    warm_up()
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return n / wall, cpu / wall


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="folder for the JPEGs (reused if complete)")
    parser.add_argument("--count", type=int, default=200, help="number of images (200)")
    parser.add_argument("--size", default="3000x2000", help="image size WxH (3000x2000)")
    parser.add_argument("--model", default="mobilenet_v2", choices=["mobilenet_v2", "inception_v3"])
    parser.add_argument("--weights", choices=["imagenet", "none"], help="imagenet if cached")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--naive-count", type=int, default=40, help="images for the naive loop")
    parser.add_argument("--repeat", type=int, default=1, help="best of R rounds (1)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    folder = args.dir or Path(tempfile.gettempdir()) / f"pictag-bench-{args.size}"
    files = prepare_images(folder, args.count, width, height)

    weights = args.weights
    if weights is None:
        cached = keras_models_dir() / get_architecture(args.model).imagenet_top.filename
        weights = "imagenet" if cached.is_file() else "none"
        print(f"Weights: {weights} ({'found' if cached.is_file() else 'not found'}: {cached})")
    model = load_classifier(args.model, weights=None if weights == "none" else weights)
    s, bs = model.input_size, args.batch_size
    decoded = decode_all(files, s)  # for (c); not timed
    batches = [np.stack(decoded[i : i + bs]) for i in range(0, len(decoded), bs)]
    naive_files = files[: args.naive_count]

    # key: (label, images timed, timed run, warm-up)
    measurements: dict[str, tuple[str, int, Callable[[], object], Callable[[], object]]] = {
        "a": (
            "naive loop (full-size PIL, keras predict x1)",
            len(naive_files),
            lambda: naive(model, naive_files),
            lambda: naive(model, files[:2]),
        ),
        "b": (
            f"engine: classify_files (batch {bs})",
            len(files),
            lambda: engine(model, files, bs),
            lambda: engine(model, files[:bs], bs),
        ),
        "c": (
            f"forward pass only (batch {bs})",
            len(files),
            lambda: [model.predict(batch) for batch in batches],
            lambda: model.predict(batches[0]),
        ),
        "d": (
            f"decode only ({os.cpu_count()} threads)",
            len(files),
            lambda: decode_all(files, s),
            lambda: decode_all(files[:8], s),
        ),
    }
    best = dict.fromkeys(measurements, (0.0, 0.0))  # (img/s, cores busy) of the fastest round
    for r in range(args.repeat):
        # Alternate the order (abcd, dcba, ...) so drift (thermal, caches) favours none.
        order = list(measurements) if r % 2 == 0 else list(reversed(measurements))
        print(f"Round {r + 1}/{args.repeat}: {' '.join(order)}", flush=True)
        for key in order:
            _, n, run, warm_up = measurements[key]
            best[key] = max(best[key], timed_rate(run, warm_up, n))  # tuples: by img/s

    print(
        f"\n{model.name}, {s}x{s} input, {len(files)} JPEGs of {width}x{height}, "
        f"{os.cpu_count()} CPUs, best of {args.repeat}"
    )
    print(f"{'':4}{'measurement':<46}{'images':>7}{'img/s':>9}{'cores busy':>12}")
    for key, (label, n, _, _) in measurements.items():
        print(f"({key}) {label:<46}{n:>7}{best[key][0]:>9.2f}{best[key][1]:>12.2f}")
    a, b, c, d = (best[k][0] for k in "abcd")
    ceiling = 1 / (1 / c + 1 / d)
    print(f"    {'ceiling 1/(1/c + 1/d)':<53}{ceiling:>9.2f}")
    for name, value, target in (
        ("b / ceiling", b / ceiling, TARGET_CEILING),
        ("b / a", b / a, TARGET_NAIVE),
    ):
        verdict = "met" if value >= target else "NOT met"
        print(f"    {name:<14}{value:>8.2f}   target >= {target:<5} {verdict}")
    if min(best["c"][1], best["d"][1]) < 0.75 * (os.cpu_count() or 1):
        print("Note: (c) or (d) left cores idle (other load on the machine?): ceiling unreliable.")


if __name__ == "__main__":
    main()
