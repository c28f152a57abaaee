"""Benchmark: which input size (and mirror view) a training run should use, on real photo sets.

Run from the repo root: ``python tests/benchmarks/bench_input_size.py SET_DIR... [--sizes ...]``
where each SET_DIR holds train/<class>/ and validation/<class>/ (e.g. ../shared/datasets/*).
(Not a pytest test: it takes minutes and prints a table rather than asserting.)

For every set, size and view count it runs phase 1 of `pictag train` (the frozen ImageNet
MobileNetV2 base, a new head on its features, early stopping; no fine-tuning) for a few seeds
and reports the validation accuracy (mean and spread over seeds) and the seconds of a run with
a cold feature cache. The features are cached between seeds (they do not depend on the seed),
so only the first seed pays for the base; its time is the "cold" column. The median shorter
side of the training photos, which the default size follows, is printed for each set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import bench_setup  # noqa: F401 (the checkout on sys.path, Keras' cache)

from app.core.paths import CACHE_DIR_ENV
from training.dataset import scan_dataset
from training.options import make_options
from training.trainer import train


def run(data: Path, size: int, views: int, seed: int, out: Path) -> tuple[float, float]:
    """(validation accuracy, seconds) of one phase-1 run."""
    options = make_options(
        data / "train", out / f"m-{size}-{views}-{seed}.keras", augment=views - 1,
        validation_dir=data / "validation", image_size=size, fine_tune_epochs=0, seed=seed,
    )  # fmt: skip
    began = time.perf_counter()
    result = train(options)
    return result.evaluation.accuracy, time.perf_counter() - began


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, metavar="SET_DIR")
    parser.add_argument("--sizes", default="224,256,288", help="input sizes (224,256,288)")
    parser.add_argument("--views", default="1,2", help="views per training image (1,2)")
    parser.add_argument("--seeds", type=int, default=3, help="seeds per setting (3)")
    args = parser.parse_args(argv)
    sizes = [int(v) for v in args.sizes.split(",")]
    view_counts = [int(v) for v in args.views.split(",")]
    os.environ[CACHE_DIR_ENV] = tempfile.mkdtemp(prefix="pictag-bench-size-cache-")
    out = Path(tempfile.mkdtemp(prefix="pictag-bench-size-"))
    rows = []
    for data in args.sets:
        scan = scan_dataset(data / "train")
        print(f"{data.name}: median shorter side {scan.median_shorter_side} px", flush=True)
        for size in sizes:
            for views in view_counts:
                accuracies, cold = [], 0.0
                for seed in range(args.seeds):
                    accuracy, seconds = run(data, size, views, seed, out)
                    accuracies.append(accuracy)
                    cold = cold or seconds
                    line = f"{size} px, {views} views, seed {seed}: {accuracy:.2%}"
                    print(f"  {line} ({seconds:.0f} s)", flush=True)
                rows.append((data.name, scan.median_shorter_side, size, views, accuracies, cold))
    print(f"\nPhase 1 only, MobileNetV2 ImageNet base, {args.seeds} seeds; load average "
          f"{os.getloadavg()[0]:.2f}")  # fmt: skip
    print(f"{'set':<24}{'short side':>11}{'size':>6}{'views':>6}{'accuracy':>10}{'spread':>8}"
          f"{'cold s':>8}")  # fmt: skip
    for name, short, size, views, accuracies, cold in rows:
        spread = max(accuracies) - min(accuracies)
        print(f"{name:<24}{short:>11}{size:>6}{views:>6}{statistics.mean(accuracies):>10.2%}"
              f"{spread:>8.2%}{cold:>8.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
