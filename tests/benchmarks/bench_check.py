"""Benchmark: `pictag check` on real photos with the real ImageNet weights.

Run from the repo root: ``python tests/benchmarks/bench_check.py [--seed 14]``.
(Not a pytest test: it takes minutes and prints numbers rather than asserting.)

On hard links of the cats-vs-dogs photos (DATA/train, 2,000 JPEGs; DATA/validation, 1,000, as
the validation folder) in a temporary folder (never touching DATA):
1. 5% of the training photos (seeded) are filed under the other class; the check runs with an
   empty feature cache (cold) and again (warm). Printed: recall and precision of the flipped
   photos within the top-N label findings (N = number flipped), both times.
   Targets: recall >= 0.8, precision >= 0.8, warm <= 20 s.
2. Validation accuracy of a head-only model (`pictag train --head-only`, the cache warm) on
   the folder as flipped, after the flagged photos are moved to their suggested class (the
   review list's "Move to" action, `app.dataset.add_to_dataset`), and with the true labels.
3. The near-duplicate thresholds: similarity of 150 photos to copies of themselves (resized to
   half, recompressed at JPEG quality 40, cropped 5% per side, cropped 10% from a corner)
   against every pair of distinct photos of one class, for the base's features and for the
   content signature.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_setup import SHARED
from PIL import Image

from app.core.paths import CACHE_DIR_ENV

DATA = SHARED / "datasets" / "cats_and_dogs_filtered"
FLIP = 0.05
COPIES = 150
TARGETS = {"recall": 0.8, "precision": 0.8, "warm_seconds": 20.0}


def link_tree(source: Path, target: Path) -> list[Path]:
    made = []
    for photo in sorted(source.glob("*/*.jpg")):
        dest = target / photo.parent.name / photo.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.link(photo, dest)
        made.append(dest)
    return made


def flip(photos: list[Path], seed: int) -> set[Path]:
    """Move a seeded 5% of the photos into the other class folder; their new paths."""
    picked = random.Random(seed).sample(photos, round(FLIP * len(photos)))
    flipped = set()
    for photo in picked:
        other = "dogs" if photo.parent.name == "cats" else "cats"
        dest = photo.parent.parent / other / photo.name
        photo.rename(dest)
        flipped.add(dest)
    return flipped


def timed_check(data: Path, validation: Path):
    from training.check.run import CheckOptions, check_dataset

    started = time.perf_counter()
    report = check_dataset(CheckOptions(data, validation))
    return report, time.perf_counter() - started


def top_n(report, flipped: set[Path]) -> tuple[float, float, int]:
    labels = [f for f in report.findings if f.kind == "label"][: len(flipped)]
    hits = sum(f.path in flipped for f in labels)
    return hits / len(flipped), hits / max(1, len(labels)), len(labels)


def accuracy(data: Path, validation: Path, out: Path) -> float:
    from training.options import TrainingOptions
    from training.trainer import train

    options = TrainingOptions(data, out, validation_dir=validation, fine_tune_epochs=0)
    return train(options).evaluation.accuracy


def thresholds(tmp: Path, originals: list[Path]) -> None:
    from app.core.registry import get_architecture
    from app.core.weights import resolve_weights
    from training.grouping import find_groups
    from training.transfer import frozen_features

    arch = get_architecture("mobilenet_v2")
    weights = resolve_weights(arch, "imagenet", include_top=False)
    picked = random.Random(1).sample(range(len(originals)), COPIES)
    kinds = ("resized to half", "JPEG quality 40", "cropped 5%/side", "cropped 10% corner")
    copies = []
    for i in picked:
        with Image.open(originals[i]) as img:
            img = img.convert("RGB")
        w, h = img.size
        made = (
            (img.resize((w // 2, h // 2), Image.Resampling.LANCZOS), 90),
            (img, 40),
            (img.crop((w // 20, h // 20, w - w // 20, h - h // 20)), 90),
            (img.crop((w // 10, h // 10, w, h)), 90),
        )
        for k, (copy, quality) in enumerate(made):
            path = tmp / "copies" / f"{k}_{originals[i].parent.name}_{originals[i].name}"
            path.parent.mkdir(parents=True, exist_ok=True)
            copy.save(path, quality=quality)
            copies.append((i, k, path))
    from training.near_duplicates import content_signatures, normalized

    paths = originals + [p for _, _, p in copies]
    found = find_groups(
        paths, frozen_features(arch, 288, weights), architecture=arch.name, size=288,
        weights=weights, use_cache=True,
    )  # fmt: skip
    assert found.features is not None
    emb = normalized(found.features.features[:, 0])
    sig = content_signatures(paths, cache=None)
    n = len(originals)
    labels = np.array([p.parent.name for p in originals])
    upper = np.triu_indices(n, 1)
    same = labels[upper[0]] == labels[upper[1]]
    for name, vectors in (("features (cosine)", emb), ("content signature", sig)):
        print(f"\n  {name}:")
        for k, kind in enumerate(kinds):
            s = np.array([vectors[i] @ vectors[n + j] for j, (i, kk, _) in enumerate(copies)])
            s = s[[kk == k for _, kk, _ in copies]]
            print(
                f"    copies {kind:<20} min {s.min():.3f}  1st pct {np.percentile(s, 1):.3f}  "
                f"median {np.median(s):.3f}"
            )
        distinct = (vectors[:n] @ vectors[:n].T)[upper][same]
        top = np.sort(distinct)[::-1][:3]
        print(
            f"    {len(distinct):,} distinct same-class pairs: median {np.median(distinct):.3f}"
            f"  99.99th pct {np.percentile(distinct, 99.99):.3f}  highest {', '.join(f'{t:.3f}' for t in top)}"  # noqa: E501
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=14, help="which photos are flipped")
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args()
    one, five, _ = os.getloadavg()
    print(f"Machine load: {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="bench-check-") as name:
        tmp = Path(name)
        os.environ[CACHE_DIR_ENV] = str(tmp / "cache")
        data, validation = tmp / "data", tmp / "validation"
        photos = link_tree(DATA / "train", data)
        link_tree(DATA / "validation", validation)
        flipped = flip(photos, args.seed)
        print(f"{len(photos):,} training photos, {len(flipped)} flipped (seed {args.seed})")
        for when in ("cold", "warm"):
            report, seconds = timed_check(data, validation)
            recall, precision, listed = top_n(report, flipped)
            counts = report.counts()
            print(
                f"  {when}: {seconds:6.1f} s  recall {recall:.3f}  precision {precision:.3f} in "
                f"the top {listed}  (findings: {counts}; {report.features_computed} features "
                "computed)"
            )
        print(
            f"Targets: recall >= {TARGETS['recall']}, precision >= {TARGETS['precision']}, "
            f"warm <= {TARGETS['warm_seconds']:.0f} s"
        )
        groups = {}
        for f in report.findings:
            if f.kind == "duplicate":
                groups.setdefault(f.group, []).append(f"{f.path.parent.name}/{f.path.name}")
        print(f"Near-duplicate groups found: {list(groups.values())[:8]}")
        outliers = [
            f"{f.path.name} ({f.score:.1f})" for f in report.findings if f.kind == "outlier"
        ]
        print(f"Outliers ({len(outliers)}): {outliers[:10]}")
        if not args.skip_accuracy:
            print("\nValidation accuracy (head only, 1,000 validation photos):")
            before = accuracy(data, validation, tmp / "flipped.keras")
            from app.dataset.adding import Addition, add_to_dataset

            labels = [f for f in report.findings if f.kind == "label"]
            add_to_dataset(data, [Addition(f.path, f.suggested or f.label) for f in labels])
            fixed = accuracy(data, validation, tmp / "fixed.keras")
            still = sum(p.exists() for p in flipped)
            print(
                f"  as flipped: {before:.2%}; after moving the {len(labels)} flagged photos to "
                f"their suggested class: {fixed:.2%} ({still} flipped photos left in the wrong "
                "class)"
            )
            link_tree(DATA / "train", tmp / "true")
            clean = accuracy(tmp / "true", validation, tmp / "clean.keras")
            print(f"  with the true labels: {clean:.2%}")
        print("\nNear-duplicate similarity (MobileNetV2 at 288 px, ImageNet weights):")
        thresholds(tmp, sorted((DATA / "train").glob("*/*.jpg")))


if __name__ == "__main__":
    main()
