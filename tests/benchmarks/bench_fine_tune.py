"""Benchmark: which phase-2 settings a training run should use now that phase 2 trains the
base's top on cached activations (docs/defaults.md), on real photo sets.

Run from the repo root: ``python tests/benchmarks/bench_fine_tune.py SET_DIR [--runs ...]``
where SET_DIR holds train/<class>/ and validation/<class>/ (e.g. ../shared/datasets/*).
(Not a pytest test: it takes minutes and prints a table rather than asserting.)

Each run is `pictag train SET_DIR/train --validation-dir SET_DIR/validation` with the defaults
but for the settings it names (`epochs`: fine-tune epochs, 0 for the linear head alone; `lr`:
phase 2's learning rate; `views`: augmented views per training photo; `at`: the layer phase 2
starts at). They share one feature cache: the first run that needs a view or a boundary pays
for it (its seconds say so), the others train on what is cached, so their seconds are the
training's own. Printed: validation accuracy and loss, the stage the kept weights come from,
fine-tuning epochs run, and seconds (whole run and phase 2).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import bench_setup  # noqa: F401 (the checkout on sys.path, Keras' cache)

from app.core.paths import CACHE_DIR_ENV
from training.options import make_options
from training.trainer import train

NAMES = {"epochs": "fine_tune_epochs", "lr": "fine_tune_learning_rate", "at": "fine_tune_at"}
DEFAULT_RUNS = ["epochs=0", "epochs=5", "epochs=5,lr=3e-5", "epochs=5,lr=1e-4"]


def settings(text: str) -> dict[str, object]:
    """A run's settings ("epochs=5,lr=3e-5,views=1") as make_options' parameters."""
    found: dict[str, object] = {}
    for part in filter(None, text.split(",")):
        key, value = part.split("=")
        if key == "views":
            found["augment"] = int(value)
        else:
            found[NAMES[key]] = float(value) if key == "lr" else int(value)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="SET_DIR with train/ and validation/")
    parser.add_argument("--runs", nargs="+", default=DEFAULT_RUNS, help="settings per run")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="pictag-bench-fine-tune-"))
    os.environ[CACHE_DIR_ENV] = str(root / "cache")
    print(f"{args.data}, seed {args.seed}; {os.cpu_count()} CPUs", flush=True)
    print(f"{'run':<28}{'accuracy':>9}{'loss':>8}{'kept':>11}{'epochs':>7}{'s':>7}{'phase 2':>8}")
    for index, text in enumerate(args.runs):
        options = make_options(
            args.data / "train", root / f"m{index}.keras", validation_dir=args.data / "validation",
            seed=args.seed, **settings(text),
        )  # fmt: skip
        began = time.perf_counter()
        result = train(options)
        seconds = time.perf_counter() - began
        tuned = result.history["fine_tune"]
        report = json.loads(result.report_path.read_text(encoding="utf-8"))
        kept, phase2 = report["best"]["stage"], report["stage_seconds"].get("fine_tune", 0.0)
        loss = min(e.val_loss for e in [*result.history["head"], *tuned])
        print(
            f"{text:<28}{result.evaluation.accuracy:>9.2%}{loss:>8.4f}{kept:>11}"
            f"{len(tuned):>7}{seconds:>7.1f}{phase2:>8.1f}  load {os.getloadavg()[0]:.1f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
