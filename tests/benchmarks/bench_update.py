"""Benchmark: the review-and-update loop on real photos with the real ImageNet weights.

Run from the repo root: ``python tests/benchmarks/bench_update.py [--seeds 3] [...]``.
(Not a pytest test: it takes minutes and prints numbers rather than asserting.)

Part 1, what an update costs, whole `pictag` processes timed side by side in one run, on a copy
of the cats-vs-dogs training photos (DATA/train, 2,000 JPEGs) without 20 of them:
  (a) `pictag train COPY --output M`: cold (an empty feature cache), the defaults (both phases);
  (b) the 20 photos held back (10 cats, 10 dogs) are copied in, then `pictag update M`: head
      only, the feature cache warm from (a).
Targets: (b) <= 10 s, and (b) <= a tenth of (a).

Part 2, active learning: a person starts from 10 photos per class of DATA/train and then, in
each of 5 rounds, labels 20 more photos of the rest (the pool): the 20 the model is least
certain about (smallest margin between its two most likely classes, as the Classify tab's
"Least certain first" orders them) or 20 at random. After each round the model is updated as
`pictag update` does it (the head trained again on cached features, the earlier validation
images kept and new ones held out in the same share, early stopping on them) and scored on
the 1,000 photos of DATA/validation, which no round ever labels. Several seeds (the starting
photos, the random picks); the mean and the spread are printed, and the curve is drawn with
Pillow into a PNG (--plot). With two classes, margin, least confidence and entropy order the
photos identically, so margin stands for all three here.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_setup import REPO_ROOT, SHARED
from curve_png import draw_curves

from app.core.paths import CACHE_DIR_ENV
from training.dataset import scan_dataset
from training.split import RecordedSplit, keep_split, relative_name, stratified_split

DATA = SHARED / "datasets" / "cats_and_dogs_filtered"
HELD_BACK = 10  # photos per class added before the update
TARGET_SECONDS, TARGET_RATIO = 10.0, 0.1
START, PER_ROUND, ROUNDS = 10, 20, 5


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def run_pictag(*args: object, env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, stdout) of one whole `python -m app ...` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True, text=True, env=env, cwd=REPO_ROOT,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"pictag {' '.join(map(str, args))} failed:\n{done.stderr}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, done.stdout


def timing(work: Path, env: dict[str, str]) -> Path:
    """Part 1; returns the training copy (all 2,000 photos in it by the end)."""
    copy = work / "train"
    shutil.copytree(DATA / "train", copy)
    held = work / "held_back"
    for name in ("cats", "dogs"):
        (held / name).mkdir(parents=True)
        for photo in sorted((copy / name).iterdir())[-HELD_BACK:]:
            photo.rename(held / name / photo.name)
    model = work / "pets.keras"
    for photo in copy.rglob("*.jpg"):
        photo.read_bytes()  # into the page cache, for both runs alike
    print(f"(a) pictag train, cold cache, defaults ... ({load()})", flush=True)
    a_wall, a_cpu, a_out = run_pictag("train", copy, "--output", model, env=env)
    for name in ("cats", "dogs"):
        for photo in (held / name).iterdir():
            shutil.copy2(photo, copy / name / photo.name)
    print(f"(b) {2 * HELD_BACK} photos copied in, pictag update, warm cache ... ({load()})")
    b_wall, b_cpu, b_out = run_pictag("update", model, env=env)
    accuracy = next(line for line in a_out.splitlines() if line.startswith("Validation:"))
    print(f"\n     {'':44}{'wall s':>8}{'cores busy':>12}")
    print(
        f"(a)  {'pictag train (cold cache, both phases)':<44}{a_wall:>8.1f}{a_cpu / a_wall:>12.2f}"
    )
    print(f"(b)  {'pictag update (20 photos added, head only)':<44}{b_wall:>8.1f}"
          f"{b_cpu / b_wall:>12.2f}")  # fmt: skip
    ratio = b_wall / a_wall
    for name, value, target, met in (
        ("update", f"{b_wall:.1f} s", f"target <= {TARGET_SECONDS:g} s", b_wall <= TARGET_SECONDS),
        ("update/train", f"{ratio:.3f}", f"target <= {TARGET_RATIO:g}", ratio <= TARGET_RATIO),
    ):
        print(f"     {name:<14}{value:>10}   {target:<20}{'met' if met else 'NOT met'}")
    print(f"     (a) {accuracy}")
    for line in b_out.strip().splitlines():
        print(f"     (b) {line}")
    return copy


# -- part 2 ------------------------------------------------------------------------------------


class Features:
    """Every photo's pooled features (the engine's extraction and cache), and the head."""

    def __init__(self, pool: Path, validation: Path) -> None:
        from app.core.caches import digest_file
        from app.core.registry import get_architecture
        from app.core.weights import resolve_weights
        from training import transfer
        from training.augmentation import NO_AUGMENTATION
        from training.feature_cache import FeatureCache, model_key
        from training.features import extract_features

        arch = get_architecture("mobilenet_v2")
        self.size = arch.train_size
        weights = resolve_weights(arch, "imagenet", include_top=False)
        self.scan = scan_dataset(pool, validation)
        self.build = lambda: transfer.build_networks(  # noqa: E731
            arch, self.size, len(self.scan.classes), weights, 0.2
        )
        net = self.build()
        samples = self.scan.samples + self.scan.validation_samples
        cache = FeatureCache(Path(os.environ[CACHE_DIR_ENV]) / "features.sqlite")
        started = time.perf_counter()
        features, failed, computed = extract_features(
            net.features_of, [s.path for s in samples], [1] * len(samples),
            size=self.size, cache=cache,
            model_key=model_key(arch.name, self.size, digest_file(weights)),
            augmentation=NO_AUGMENTATION,
        )  # fmt: skip
        cache.close()
        assert not failed, failed
        print(
            f"Features of {len(samples)} photos: {computed} computed, "
            f"{len(samples) - computed} from the cache ({time.perf_counter() - started:.0f} s)"
        )
        n = len(self.scan.samples)
        self.pool, self.val = features[:n, 0], features[n:, 0]
        self.labels = np.array([s.label for s in self.scan.samples])
        self.val_labels = np.array([s.label for s in self.scan.validation_samples])

    def fit(self, chosen: list[int], previous: RecordedSplit | None, seed: int):
        """The head trained as an update trains it on the photos labeled so far; returns the
        split it used (the next round keeps it) and the head's probabilities function."""
        from app.core.progress import Stages, Token
        from app.core.tf_runtime import import_keras
        from training.transfer import Events, train_head

        samples = [self.scan.samples[i] for i in chosen]
        root = self.scan.root
        if previous is None:  # the first training: pictag train's seeded split
            train, held = stratified_split(samples, 0.2, seed)
        else:
            train, held = keep_split(samples, root, previous, 0.2, seed)
        index = {id(s): i for s, i in zip(samples, chosen, strict=True)}
        rows = lambda part: [index[id(s)] for s in part]  # noqa: E731
        import_keras().utils.set_random_seed(seed)  # as an update does, before it builds
        net = self.build()
        events = Events(Token(), Stages(None))
        train_head(
            net, events, self.pool[rows(train)], self.labels[rows(train)],
            self.pool[rows(held)], self.labels[rows(held)],
            epochs=20, batch_size=32, learning_rate=1e-3, patience=3,
        )  # fmt: skip
        split = RecordedSplit(
            frozenset(relative_name(s.path, root) for s in train),
            frozenset(relative_name(s.path, root) for s in held),
        )
        return split, lambda x: net.head(x, training=False).numpy()


def active_learning(features: Features, seeds: int) -> dict[str, list[list[float]]]:
    """Accuracy on the validation photos after each round, per strategy and seed."""
    curves: dict[str, list[list[float]]] = {"least certain": [], "random": []}
    classes = len(features.scan.classes)
    for seed in range(seeds):
        rng = np.random.default_rng(seed)
        start = [
            int(i)
            for c in range(classes)
            for i in rng.choice(np.flatnonzero(features.labels == c), START, replace=False)
        ]
        first = features.fit(start, None, seed)  # both strategies start from this model
        for strategy, curve in curves.items():
            picker = np.random.default_rng(1000 + seed)
            chosen, (previous, predict), accuracies = list(start), first, []
            for round_ in range(ROUNDS + 1):
                if round_:
                    previous, predict = features.fit(chosen, previous, seed)
                val = predict(features.val)
                accuracies.append(float(np.mean(val.argmax(axis=1) == features.val_labels)))
                if round_ == ROUNDS:
                    break
                pool = np.setdiff1d(np.arange(len(features.labels)), chosen)
                if strategy == "random":
                    picked = picker.choice(pool, PER_ROUND, replace=False)
                else:
                    top2 = np.sort(predict(features.pool[pool]), axis=1)[:, -2:]
                    picked = pool[np.argsort(top2[:, 1] - top2[:, 0], kind="stable")[:PER_ROUND]]
                chosen += [int(i) for i in picked]  # the person gives each its true label
            curve.append(accuracies)
            print(f"  seed {seed} {strategy:<13} " + " ".join(f"{a:.1%}" for a in accuracies))
    return curves


def report_curves(curves: dict[str, list[list[float]]], plot: Path | None, title: str) -> None:
    labels = [2 * START + PER_ROUND * r for r in range(ROUNDS + 1)]
    means = {
        k: [statistics.mean(c[r] for c in v) for r in range(ROUNDS + 1)] for k, v in curves.items()
    }
    spreads = {
        k: [(min(c[r] for c in v), max(c[r] for c in v)) for r in range(ROUNDS + 1)]
        for k, v in curves.items()
    }
    seeds = len(next(iter(curves.values())))
    print(f"\nValidation accuracy (mean of {seeds} seeds; min-max), by photos labeled:")
    print(f"{'labels':>7}  {'least certain':>24}  {'random':>24}  {'difference':>10}")
    for r, n in enumerate(labels):
        cells = [
            f"{means[k][r]:.2%} ({spreads[k][r][0]:.1%}-{spreads[k][r][1]:.1%})" for k in curves
        ]
        diff = 100 * (means["least certain"][r] - means["random"][r])
        print(f"{n:>7}  {cells[0]:>24}  {cells[1]:>24}  {diff:>+9.2f}p")
    later = [means["least certain"][r] - means["random"][r] for r in range(1, ROUNDS + 1)]
    wins = sum(d > 0 for d in later)
    ahead = [
        sum(
            lc[r] > rnd[r]
            for lc, rnd in zip(curves["least certain"], curves["random"], strict=True)
        )
        for r in range(1, ROUNDS + 1)
    ]
    print(
        f"Least certain first is ahead of random (mean of the seeds) after {wins} of {ROUNDS} "
        f"rounds; seeds ahead after each round: {', '.join(f'{a}/{seeds}' for a in ahead)}."
    )
    if plot is not None:
        plot.parent.mkdir(parents=True, exist_ok=True)
        draw_curves(plot, labels, means, spreads, title=title)
        print(f"Curve: {plot}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5, help="active-learning seeds (5)")
    parser.add_argument("--skip-timing", action="store_true", help="part 2 only")
    parser.add_argument(
        "--plot", type=Path, default=REPO_ROOT / "docs" / "images" / "active-learning.png"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    if not (DATA / "train").is_dir() or "KERAS_HOME" not in os.environ:
        sys.exit(f"Needs {DATA} and the ImageNet weights (KERAS_HOME)")
    work = Path(tempfile.mkdtemp(prefix="pictag-bench-update-"))
    os.environ[CACHE_DIR_ENV] = str(work / "cache")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    try:
        pool = DATA / "train" if args.skip_timing else timing(work, env)
        print(f"\nActive learning on {pool} ({load()}) ...", flush=True)
        features = Features(pool, DATA / "validation")
        curves = active_learning(features, args.seeds)
        report_curves(
            curves, args.plot,
            f"Cats vs dogs, MobileNetV2 head updates: {len(features.val_labels):,} validation "
            f"photos, mean of {args.seeds} seeds",
        )  # fmt: skip
    finally:
        if args.keep:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
