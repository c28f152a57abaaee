"""Benchmark part (b) of bench_open_world.py: a multi-label world, with real photos and the real
ImageNet weights.

Run from the repo root with the other parts: ``python tests/benchmarks/bench_open_world.py``,
or alone: ``python tests/benchmarks/open_world_multi_label.py [--data DIR] [...]``.
(Not a pytest test: it trains models for minutes and prints numbers rather than asserting.)

Part (b), multi-label: `apparel_multilabel` (../shared/datasets; every photo has a colour and a
garment) with a subset of its labels (by default red, black, dress: a third of the photos then
carry none of them). A seeded quarter of the photos is held out as test photos; Pictag trains
on the rest from a labels CSV, as `pictag train DIR --labels-csv FILE` does (head only unless
--full), and the test photos are run through the saved model as every front end runs it
(`load_classifier`, its decision). Printed side by side:
  - the multi-label model: mAP, micro-F1, and the share of "none" test photos given a label;
  - the single-label route (`--single-label`: the photos with one label only, as training from
    keywords did before multi-label): the same figures, its one label per photo;
  - a linear head on the same features (a logistic regression per label, fitted by L-BFGS on
    the training photos' cached base features): its mAP.
Targets: micro-F1 >= 0.85, at most 15% of the "none" photos labeled, mAP >= the linear head's.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_setup import SHARED

from training.multi_evaluation import average_precision, micro_f1

APPAREL = SHARED / "datasets" / "apparel_multilabel"
SUBSET = ("red", "black", "dress")


def _rows(data: Path, subset: tuple[str, ...]) -> list[tuple[Path, tuple[str, ...]]]:
    with (data / "labels.csv").open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    return [
        (data / "images" / r["file"], tuple(x for x in r["labels"].split("|") if x in subset))
        for r in rows
    ]


def _write_csv(path: Path, rows: list[tuple[Path, tuple[str, ...]]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["file", "labels"])
        writer.writerows((str(p), "|".join(labels)) for p, labels in rows)
    return path


def _run_model(model: Path, files: list[Path]) -> tuple[list[str], np.ndarray, list[tuple]]:
    """The model's labels, its probabilities for `files` and the labels it gives each, as
    every front end decides them."""
    from app.core.decode_ahead import decoded_batches
    from app.core.model_loader import load_classifier

    loaded = load_classifier(model)
    probabilities, given = [], []
    for batch in decoded_batches(files, loaded.input_size, batch_size=32):
        images = np.stack([image for _, image in batch])
        p, novelty = loaded.run(images)
        for k in range(len(p)):
            matched = loaded.decision.matched(p[k], loaded.labels)
            given.append(loaded.decision.give(matched, None if novelty is None else novelty[k]))
        probabilities.append(p)
    return list(loaded.labels), np.concatenate(probabilities), given


def _figures(subset, truth_rows, labels, probabilities, given) -> dict[str, float]:
    """mAP (over the subset's labels the model knows), micro-F1 of the labels given, and the
    share of "none" photos given a label."""
    y = np.array([[x in t for x in subset] for _, t in truth_rows], bool)
    g = np.array([[x in gl for x in subset] for gl in given], bool)
    scores = np.zeros(y.shape)
    for j, name in enumerate(subset):
        if name in labels:
            scores[:, j] = probabilities[:, labels.index(name)]
    ap = [average_precision(y[:, j], scores[:, j]) for j in range(len(subset)) if y[:, j].any()]
    none = ~y.any(axis=1)
    return {
        "mAP": float(np.mean(ap)),
        "micro-F1": micro_f1(y.astype(np.float32), g),
        "none labeled": float(g[none].any(axis=1).mean()) if none.any() else float("nan"),
    }


def _linear_head_map(model: Path, train_rows, test_rows, subset) -> float:
    """mAP on the test photos of a logistic regression per label (L2, L-BFGS) on the frozen
    base's features of the training photos (from the feature cache the training filled)."""
    from scipy.optimize import minimize

    from app.core.model_file import read_model_info
    from app.core.registry import get_architecture
    from app.core.weights import resolve_weights
    from training.augmentation import Augmentation
    from training.features import cached_features
    from training.transfer import frozen_features

    info = read_model_info(model)
    arch = get_architecture(info.base)
    weights = resolve_weights(arch, "imagenet", include_top=False)
    forward = frozen_features(arch, info.input_size, weights)
    try:

        def features(rows):
            paths = [p for p, _ in rows]
            return cached_features(
                forward, paths, [1] * len(paths), architecture=arch.name,
                size=info.input_size, weights=weights, use_cache=True,
                augmentation=Augmentation(),
            ).features[:, 0]  # fmt: skip

        x_train, x_test = features(train_rows), features(test_rows)
    finally:
        forward.close()
    mean, std = x_train.mean(axis=0), x_train.std(axis=0) + 1e-6
    x_train, x_test = (x_train - mean) / std, (x_test - mean) / std
    x_train = np.hstack([x_train, np.ones((len(x_train), 1))])
    x_test = np.hstack([x_test, np.ones((len(x_test), 1))])
    aps = []
    for name in subset:
        y = np.array([name in t for _, t in train_rows], np.float64)

        def loss(w, y=y):
            z = x_train @ w
            value = np.sum(np.logaddexp(0, z) - y * z) / len(y) + 1e-3 * w[:-1] @ w[:-1]
            grad = x_train.T @ (1 / (1 + np.exp(-z)) - y) / len(y)
            grad[:-1] += 2e-3 * w[:-1]
            return value, grad

        w = minimize(loss, np.zeros(x_train.shape[1]), jac=True, method="L-BFGS-B").x
        truth = np.array([name in t for _, t in test_rows])
        aps.append(average_precision(truth, x_test @ w))
    return float(np.mean(aps))


def part_b(data: Path = APPAREL, subset: tuple[str, ...] = SUBSET, full: bool = False) -> None:
    """Part (b): see the module's docstring."""
    from training.options import TrainingOptions
    from training.trainer import train

    if not (data / "labels.csv").is_file():
        print(f"(b) skipped: {data} is not there (../shared/datasets/apparel_multilabel)")
        return
    rows = _rows(data, subset)
    random.Random(0).shuffle(rows)
    test_rows, train_rows = rows[: len(rows) // 4], rows[len(rows) // 4 :]
    none = sum(not t for _, t in rows)
    print(
        f"(b) multi-label: {len(rows)} photos of {data.name}, labels {', '.join(subset)}: "
        f"{none} ({none / len(rows):.0%}) carry none of them; {len(train_rows)} to train on "
        f"(of which a fifth validate), {len(test_rows)} test photos"
    )
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-open-world-") as tmp:
        labels_csv = _write_csv(Path(tmp) / "labels.csv", train_rows)
        models: dict[str, Path] = {}
        for route, multi in (("multi-label", True), ("single-label route", False)):
            started = time.monotonic()
            options = TrainingOptions(
                data_dir=data / "images", output=Path(tmp) / f"{multi}.keras",
                labels_csv=labels_csv, multi_label=multi, fine_tune_epochs=1 if full else 0,
            )  # fmt: skip
            train(options)
            models[route] = options.output
            labels, probabilities, given = _run_model(options.output, [p for p, _ in test_rows])
            figures[route] = _figures(subset, test_rows, labels, probabilities, given)
            figures[route]["seconds"] = time.monotonic() - started
        linear = _linear_head_map(models["multi-label"], train_rows, test_rows, subset)
    print(f"    {'':<20} {'mAP':>6} {'micro-F1':>9} {'none labeled':>13} {'train s':>8}")
    for route, f in figures.items():
        print(
            f"    {route:<20} {f['mAP']:6.4f} {f['micro-F1']:9.4f} {f['none labeled']:13.1%} "
            f"{f['seconds']:8.0f}"
        )
    print(f"    {'linear head':<20} {linear:6.4f}")
    multi = figures["multi-label"]
    met = {True: "met", False: "NOT met"}
    print(
        f"    targets: micro-F1 {multi['micro-F1']:.3f} >= 0.85 "
        f"{met[multi['micro-F1'] >= 0.85]}; none labeled {multi['none labeled']:.1%} <= 15% "
        f"{met[multi['none labeled'] <= 0.15]}; mAP {multi['mAP']:.4f} / linear head "
        f"{linear:.4f} = {multi['mAP'] / linear:.4f} {met[multi['mAP'] >= linear]}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=APPAREL, help="apparel_multilabel's folder")
    parser.add_argument("--labels", default=",".join(SUBSET), help="the subset of labels")
    parser.add_argument("--full", action="store_true", help="also fine-tune (phase 2)")
    args = parser.parse_args(argv)
    part_b(args.data, tuple(args.labels.split(",")), args.full)
    return 0


if __name__ == "__main__":
    sys.exit(main())
