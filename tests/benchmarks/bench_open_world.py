"""Benchmark: "none of these" on real photos with the real ImageNet weights.

Run from the repo root:
``python tests/benchmarks/bench_open_world.py [--head-only] [--parts a b c]``
(../shared beside the checkout; elsewhere, set PICTAG_SHARED and KERAS_HOME).
(Not a pytest test: it takes minutes and prints numbers rather than asserting.)

(a) A model trained with `pictag train`'s defaults on ../shared's flower_photos_224 (5 species)
    runs on the flower validation photos (known) and on the cats-vs-dogs validation photos
    (another kind). Printed: the share of known photos that keep their correct label and the
    share of unknown photos given any label, with the model's detector at its default threshold
    and with today's softmax rule (a label whenever the top probability reaches 0.05, `pictag
    tag`'s default, or 0.5). Then "another species of the same kind": a model of 3 flower
    species, the other 2 species as unknown photos.
    Targets: another kind <= 5% given a label while >= 93% of known photos keep their correct
    label; another species of the same kind <= 40%.
(c) Classification speed of the same network with and without its detector, side by side in
    one run (best of several rounds each, alternated). Target: at most 5% slower.

(b) A multi-label model on apparel_multilabel with a subset of its labels, against the
    single-label route and a linear head (`open_world_multi_label.py`, which says how).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from bench_setup import SHARED as BESIDE

from app.core.image_io import load_image
from app.core.model_loader import LoadedModel, load_classifier
from app.core.tf_runtime import import_keras, uint8_forward
from training.options import TrainingOptions
from training.trainer import train

SHARED = Path(os.environ.get("PICTAG_SHARED", BESIDE))
FLOWERS = SHARED / "datasets" / "flower_photos_224"
CATS_DOGS = SHARED / "datasets" / "cats_and_dogs_filtered" / "validation"
SOFTMAX_RULES = (0.05, 0.5)


def _photos(root: Path, classes: Sequence[str] | None = None) -> list[tuple[Path, str]]:
    folders = sorted(p for p in root.iterdir() if p.is_dir())
    return [
        (f, folder.name)
        for folder in folders
        if classes is None or folder.name in classes
        for f in sorted(folder.iterdir())
        if f.suffix.lower() in (".jpg", ".jpeg", ".png")
    ]


def _linked(classes: Sequence[str], target: Path) -> Path:
    """A training folder of `classes` only: symbolic links to flower_photos_224's folders."""
    for part in ("train", "validation"):
        (target / part).mkdir(parents=True)
        for name in classes:
            (target / part / name).symlink_to(FLOWERS / part / name)
    return target


def _train(data: Path, output: Path, head_only: bool) -> Path:
    options = TrainingOptions(
        data_dir=data / "train", validation_dir=data / "validation", output=output,
        **({"fine_tune_epochs": 0} if head_only else {}),
    )  # fmt: skip
    started = time.monotonic()
    result = train(options)
    print(
        f"  trained {output.name} in {time.monotonic() - started:.0f} s, validation accuracy "
        f"{result.evaluation.accuracy:.1%}"
    )
    return output


def _run(model: LoadedModel, photos: list[tuple[Path, str]]) -> tuple[np.ndarray, np.ndarray]:
    size, probabilities, novelties = model.input_size, [], []
    for start in range(0, len(photos), 64):
        batch = np.stack([load_image(p, (size, size)) for p, _ in photos[start : start + 64]])
        p, n = model.run(batch)
        probabilities.append(p)
        novelties.append(n)
    return np.concatenate(probabilities), np.concatenate(novelties)


def _open_world(model_path: Path, known: list[tuple[Path, str]], unknown: dict) -> None:
    with load_classifier(model_path) as model:
        labels = np.array(model.labels)
        p_known, n_known = _run(model, known)
        truth = np.array([label for _, label in known])
        right = labels[p_known.argmax(axis=1)] == truth
        runs = {name: _run(model, photos) for name, photos in unknown.items()}
        decision = model.decision

    def rule(name: str, given) -> None:
        row = (
            f"  {name:<34} known keep correct label {np.mean(right & given(p_known, n_known)):6.1%}"
        )
        for kind, (p, n) in runs.items():
            row += f" | {kind} given a label {np.mean(given(p, n)):6.1%}"
        print(row)

    for t in SOFTMAX_RULES:
        rule(f"softmax rule (top >= {t:g})", lambda p, n, t=t: p.max(axis=1) >= t)
    threshold = decision.threshold
    kept = decision.open_set.kept_share() if decision.open_set else 1.0
    rule(
        f"detector (keeps {kept:.1%} of validation)",
        lambda p, n: n <= threshold,
    )


def part_a(head_only: bool, work: Path) -> None:
    print("\n(a) Flowers known; cats and dogs, then other flower species, unknown")
    cats_dogs = _photos(CATS_DOGS)
    model = _train(
        _linked(_photos_classes(FLOWERS / "train"), work / "five"), work / "five.keras", head_only
    )
    _open_world(model, _photos(FLOWERS / "validation"), {"cats/dogs": cats_dogs})
    every = _photos_classes(FLOWERS / "train")
    for known in (every[:3], every[2:]):
        others = [c for c in every if c not in known]
        print(f"  known: {', '.join(known)}; unknown: {', '.join(others)} and cats/dogs")
        name = "-".join(known)
        model = _train(_linked(known, work / name), work / f"{name}.keras", head_only)
        _open_world(
            model,
            _photos(FLOWERS / "validation", known),
            {"cats/dogs": cats_dogs, "other species": _photos(FLOWERS / "validation", others)},
        )


def _photos_classes(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.is_dir())


def part_c(model_path: Path, rounds: int = 5, images: int = 256) -> None:
    """The saved network (with its detector) against the same network without it: the
    probabilities' tensor as the only output."""
    print("\n(c) Classification speed with and without the detector (TensorFlow, batch 64)")
    keras = import_keras()
    with load_classifier(model_path) as model:
        full = model.keras_model
        size = model.input_size
    probabilities = full.get_layer("labels_and_novelty").input[0]
    without = keras.Model(full.input, probabilities)
    photos = _photos(FLOWERS / "validation")[:images]
    batch = np.stack([load_image(p, (size, size)) for p, _ in photos])
    runs = {"with": uint8_forward(full, size), "without": uint8_forward(without, size)}
    best = dict.fromkeys(runs, float("inf"))
    for forward in runs.values():
        forward(batch[:64])  # traced once before timing
    for _ in range(rounds):
        for name, forward in runs.items():
            started = time.perf_counter()
            for start in range(0, len(batch), 64):
                forward(batch[start : start + 64])
            best[name] = min(best[name], time.perf_counter() - started)
    for name, seconds in best.items():
        print(f"  {name:<8} the detector: {len(batch) / seconds:7.1f} photos/s")
    print(f"  ratio with/without: {best['with'] / best['without']:.3f} (target <= 1.05)")
    size_mb = model_path.stat().st_size / 1e6
    print(f"  model file: {size_mb:.1f} MB with the detector")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--head-only", action="store_true", help="phase 1 only: minutes less")
    parser.add_argument("--parts", nargs="+", default=["a", "b", "c"], choices=["a", "b", "c"])
    args = parser.parse_args()
    if not FLOWERS.is_dir() or not CATS_DOGS.is_dir():
        raise SystemExit(f"needs {FLOWERS} and {CATS_DOGS}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "a" in args.parts:
            part_a(args.head_only, work)
        if "b" in args.parts:
            from open_world_multi_label import part_b

            part_b(full=not args.head_only)
        if "c" in args.parts:
            model = work / "five.keras"
            if not model.exists():
                every = _photos_classes(FLOWERS / "train")
                _train(_linked(every, work / "five"), model, args.head_only)
            part_c(model)


if __name__ == "__main__":
    main()
