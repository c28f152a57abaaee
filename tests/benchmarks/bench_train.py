"""Benchmark: phase 1 of `pictag train` (cached features) against the tutorial's `model.fit`.

Run from the repo root: ``python tests/benchmarks/bench_train.py [--count 600] [...]``.
(Not a pytest test: it takes minutes and prints numbers rather than asserting.)

It generates a labeled folder of camera-like JPEGs (1600x1200 by default, a small phone photo;
shapes and textures of random colour, size and position on photo-like backgrounds), splits it
80/20 with the engine's own stratified split and writes the two parts as train/ and val/
folder trees, so both paths see exactly the same files.
Then it times 10 epochs of a new head (GAP + dropout 0.2 + dense softmax; Adam 1e-3; batch 32)
on a frozen MobileNetV2 at 224 px, validating after every epoch:
  (a) the tutorial path: raw uint8 -> Rescaling(1/127.5, -1) -> frozen base -> head, trained
      with `model.fit` over a tf.data pipeline (read, decode, resize in a parallel map,
      prefetch): the base runs on every image in every epoch;
  (b) the engine (training.trainer.train, phase 1 only, no feature cache): the base runs once
      per image, the head trains on the pooled features. The whole call is timed: scan,
      features, 10 epochs, evaluation and saving the model and report;
  (b') the engine again with the feature cache, second of two runs: nothing left to compute.
Targets: (b) >= 10x faster than (a), and its final validation accuracy within 2 points of (a)'s.

With ``--defaults SET_DIR...`` (train/<class>/ and validation/<class>/, e.g. the cats/dogs and
flowers sets in ../shared) it times instead the whole default `pictag train SET_DIR/train
--validation-dir SET_DIR/validation` process, each run with an empty cache, as this checkout runs
it and, with ``--baseline CHECKOUT``, as another checkout does (e.g. the commit before), side by
side for every set and ``--seeds`` seed (``--tensorflow`` adds this checkout on `--backend
tensorflow`, every pass through TensorFlow as before LiteRT). Besides whole-process time and
accuracy it prints each run's seconds per fine-tuning epoch (its phase 2's, validation
included, over the epochs it ran) and the accuracy of the linear head on the same features (the
best epoch of its phase 1). Targets for this checkout against the baseline: a fine-tuning epoch
>= 2x faster, accuracy at least 2 points above the linear head (capped at 98%), no lower than
the baseline's, in no more time.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from bench_photos import make_photo
from bench_setup import REPO_ROOT
from PIL import Image, ImageDraw, ImageFilter

from app.core.paths import CACHE_DIR_ENV, keras_models_dir
from app.core.registry import get_architecture
from training.dataset import Sample, scan_dataset
from training.split import stratified_split

TARGET_SPEEDUP, TARGET_POINTS = 10.0, 2.0
SIZE, EPOCHS, BATCH, LEARNING_RATE, DROPOUT = 224, 10, 32, 1e-3, 0.2
CLASSES = ("circles", "squares", "triangles", "stripes", "checks", "dots")


# -- the dataset -----------------------------------------------------------------------------


def _colour(rng: np.random.Generator) -> tuple[int, int, int]:
    return tuple(int(v) for v in rng.integers(0, 256, 3))  # type: ignore[return-value]


def _polygon(cx: float, cy: float, r: float, sides: int, angle: float) -> list[tuple[float, float]]:
    return [
        (cx + r * math.cos(angle + 2 * math.pi * k / sides),
         cy + r * math.sin(angle + 2 * math.pi * k / sides))
        for k in range(sides)
    ]  # fmt: skip


def _pattern(kind: str, rng: np.random.Generator, side: int) -> Image.Image:
    """A square patch of stripes, checks or dots in two random colours, at a random scale."""
    period = rng.uniform(0.08, 0.25) * side
    y, x = np.mgrid[0:side, 0:side].astype(np.float32)
    angle = rng.uniform(0, math.pi)
    u = x * math.cos(angle) + y * math.sin(angle)
    v = -x * math.sin(angle) + y * math.cos(angle)
    if kind == "stripes":
        on = (u // (period / 2)) % 2 == 0
    elif kind == "checks":
        on = ((u // (period / 2)) + (v // (period / 2))) % 2 == 0
    else:  # dots
        du, dv = (u % period) - period / 2, (v % period) - period / 2
        on = du**2 + dv**2 < (period * rng.uniform(0.2, 0.35)) ** 2
    a, b = np.array(_colour(rng)), np.array(_colour(rng))
    return Image.fromarray(np.where(on[..., None], a, b).astype(np.uint8), "RGB")


def make_image(kind: str, seed: int, width: int, height: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    img = make_photo(int(rng.integers(2**31)), width, height)  # a photo-like background
    draw = ImageDraw.Draw(img)
    if kind in ("stripes", "checks", "dots"):
        side = int(rng.uniform(0.35, 0.75) * height)
        patch = _pattern(kind, rng, side)
        mask = Image.new("L", (side, side), 0)
        sides, turn = int(rng.integers(4, 9)), rng.uniform(0, 6.3)
        corners = _polygon(side / 2, side / 2, side / 2, sides, turn)
        ImageDraw.Draw(mask).polygon(corners, fill=int(rng.integers(170, 256)))
        where = (int(rng.integers(0, width - side)), int(rng.integers(0, height - side)))
        img.paste(patch, where, mask)
    else:
        for _ in range(rng.integers(1, 4)):
            r = rng.uniform(0.08, 0.25) * height
            cx, cy = rng.uniform(r, width - r), rng.uniform(r, height - r)
            fill, angle = _colour(rng), rng.uniform(0, 6.3)
            if kind == "circles":
                ry = r * rng.uniform(0.8, 1.0)
                draw.ellipse((cx - r, cy - ry, cx + r, cy + ry), fill=fill)
            else:
                draw.polygon(_polygon(cx, cy, r, 4 if kind == "squares" else 3, angle), fill=fill)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0, 1.5)))
    noise = rng.normal(0, rng.uniform(2, 10), (height, width, 3))
    return Image.fromarray(np.clip(np.asarray(img, np.float32) + noise, 0, 255).astype(np.uint8))


def make_dataset(folder: Path, count: int, classes: int, width: int, height: int) -> Path:
    """`count` JPEGs, as evenly spread over `classes` class folders as they go."""
    kinds = CLASSES[:classes]
    jobs = [(kinds[i % classes], i) for i in range(count)]
    for kind in kinds:
        (folder / kind).mkdir(parents=True, exist_ok=True)

    def make(job: tuple[str, int]) -> None:
        kind, i = job
        make_image(kind, i, width, height).save(folder / kind / f"{kind}_{i:04d}.jpg", quality=90)

    with ThreadPoolExecutor(os.cpu_count()) as pool:
        list(pool.map(make, jobs))
    return folder


def split_into_folders(all_dir: Path, root: Path, seed: int) -> tuple[Path, Path]:
    """The engine's 80/20 stratified split, written as root/train and root/val (hard links)."""
    scan = scan_dataset(all_dir)
    train, val = stratified_split(scan.samples, 0.2, seed)
    for part, samples in (("train", train), ("val", val)):
        for s in samples:
            target = root / part / scan.classes[s.label] / s.path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(s.path, target)
            except OSError:
                shutil.copyfile(s.path, target)
    return root / "train", root / "val"


# -- (a) the tutorial path -------------------------------------------------------------------


def tutorial(
    train: list[Sample], val: list[Sample], classes: int, weights: Path | None, seed: int
) -> tuple[float, float]:
    """model.fit over a tf.data image pipeline for EPOCHS epochs: (final val accuracy, val loss)."""
    import keras
    import tensorflow as tf

    # Keras warns that fit's shuffle does not apply to a tf.data pipeline: it shuffles itself.
    warnings.filterwarnings("ignore", message="`shuffle=True` was passed")
    keras.utils.set_random_seed(seed)
    base = keras.applications.MobileNetV2(
        input_shape=(SIZE, SIZE, 3), include_top=False, weights=None
    )
    if weights is not None:
        base.load_weights(weights)
    base.trainable = False
    inputs = keras.Input((SIZE, SIZE, 3), dtype="uint8")
    x = keras.layers.Rescaling(1 / 127.5, offset=-1)(inputs)
    x = base(x, training=False)
    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(DROPOUT)(x)
    outputs = keras.layers.Dense(classes, activation="softmax")(x)
    model = keras.Model(inputs, outputs)
    model.compile(
        optimizer=keras.optimizers.Adam(LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )

    def load(path: Any, label: Any) -> tuple[Any, Any]:
        image = tf.io.decode_jpeg(tf.io.read_file(path), channels=3)
        image = tf.image.resize(image, (SIZE, SIZE))
        return tf.cast(tf.clip_by_value(tf.round(image), 0, 255), tf.uint8), label

    def pipeline(samples: list[Sample], shuffle: bool) -> Any:
        ds = tf.data.Dataset.from_tensor_slices(
            ([str(s.path) for s in samples], [s.label for s in samples])
        )
        if shuffle:
            ds = ds.shuffle(len(samples), seed=seed, reshuffle_each_iteration=True)
        return (
            ds.map(load, num_parallel_calls=tf.data.AUTOTUNE)
            .batch(BATCH)
            .prefetch(tf.data.AUTOTUNE)
        )

    history = model.fit(
        pipeline(train, shuffle=True),
        validation_data=pipeline(val, shuffle=False),
        epochs=EPOCHS,
        verbose=0,
    )
    return history.history["val_accuracy"][-1], history.history["val_loss"][-1]


# -- (b) the engine --------------------------------------------------------------------------


def engine(
    train_dir: Path, val_dir: Path, output: Path, weights: Path | None, seed: int, cache: bool
) -> Any:
    from training.trainer import TrainingOptions, train

    options = TrainingOptions(
        data_dir=train_dir,
        output=output,
        validation_dir=val_dir,
        image_size=SIZE,
        weights=weights,
        epochs=EPOCHS,
        patience=EPOCHS,  # so all epochs run, as in (a)
        fine_tune_epochs=0,
        augment_views=0,
        batch_size=BATCH,
        learning_rate=LEARNING_RATE,
        dropout=DROPOUT,
        seed=seed,
        use_cache=cache,
    )
    result = train(options)
    assert len(result.history["head"]) == EPOCHS, "early stopping ended phase 1"
    stages = json.loads(result.report_path.read_text())["stage_seconds"]
    return result, stages


def timed(run: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, wall seconds, cores busy = process CPU time / wall time)."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return value, wall, cpu / wall


@dataclass
class DefaultRun:
    wall: float  # seconds, the whole process
    cpu: float  # CPU seconds of the process: on a shared machine they vary less than wall time
    accuracy: float
    head: float  # validation accuracy of phase 1's best epoch: the linear head alone
    epoch: float  # seconds per fine-tuning epoch (0: none ran)
    epochs: int  # fine-tuning epochs run
    stages: dict[str, float]  # seconds by stage


def default_run(
    checkout: Path, data: Path, backend: str | None, seed: int, root: Path
) -> DefaultRun:
    """A whole default `pictag train` process from `checkout`, with an empty cache."""
    import resource
    import subprocess

    out = Path(tempfile.mkdtemp(prefix="run-", dir=root))
    env = {**os.environ, CACHE_DIR_ENV: str(out / "cache"), "PYTHONPATH": str(checkout)}
    command = [
        sys.executable, "-m", "app", "train", str(data / "train"),
        "--validation-dir", str(data / "validation"),
        "--output", str(out / "m.keras"), "--seed", str(seed),
    ]  # fmt: skip
    if backend is not None:
        command += ["--backend", backend]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(command, env=env, cwd=checkout, check=True, capture_output=True)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    report = json.loads((out / "m.report.json").read_text())
    head = min(report["history"]["head"], key=lambda e: e["val_loss"])["val_accuracy"]
    epochs = len(report["history"].get("fine_tune", []))
    stages = report["stage_seconds"]
    epoch = stages.get("fine_tune", 0.0) / epochs if epochs else 0.0
    shutil.rmtree(out, ignore_errors=True)
    return DefaultRun(wall, cpu, report["evaluation"]["accuracy"], head, epoch, epochs, stages)


def _mean(runs: list[DefaultRun], name: str) -> float:
    return sum(getattr(r, name) for r in runs) / len(runs)


def defaults(args: argparse.Namespace) -> None:
    root = Path(tempfile.mkdtemp(prefix="pictag-bench-defaults-"))
    runs: list[tuple[str, Path, str | None]] = [("this checkout", REPO_ROOT, None)]
    if args.tensorflow:
        runs.insert(0, ("--backend tensorflow", REPO_ROOT, "tensorflow"))
    if args.baseline:
        runs.insert(0, (f"baseline {args.baseline.name}", args.baseline, None))
    results: dict[tuple[str, str], list[DefaultRun]] = {}
    try:
        for data in args.defaults:
            for seed in args.seeds:
                for name, checkout, backend in runs:
                    run = default_run(checkout, data, backend, seed, root)
                    results.setdefault((data.name, name), []).append(run)
                    print(f"  {data.name}, {name}, seed {seed}: {run.wall:.1f} s ({run.cpu:.0f} "
                          f"CPU s), {run.accuracy:.2%}", flush=True)  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"\nDefault `pictag train`, cold cache, seeds {args.seeds}; {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f} at the end")  # fmt: skip
    print(f"{'set':<24}{'run':<22}{'wall s':>7}{'CPU s':>7}{'accuracy':>9}{'head':>8}"
          f"{'ft epochs':>10}{'s/epoch':>8}   wall seconds by stage (mean)")  # fmt: skip
    for (data_name, name), rows in results.items():
        stages = {k: sum(r.stages.get(k, 0.0) for r in rows) / len(rows) for k in rows[0].stages}
        parts = ", ".join(f"{k} {v:.1f}" for k, v in stages.items() if v >= 0.05)
        print(f"{data_name:<24}{name:<22}{_mean(rows, 'wall'):>7.1f}{_mean(rows, 'cpu'):>7.0f}"
              f"{_mean(rows, 'accuracy'):>9.2%}{_mean(rows, 'head'):>8.2%}"
              f"{_mean(rows, 'epochs'):>10.1f}{_mean(rows, 'epoch'):>8.1f}   {parts}")  # fmt: skip
    if not args.baseline:
        return
    for data in args.defaults:
        old = results[(data.name, runs[0][0])]
        new = results[(data.name, "this checkout")]
        ratio = _mean(old, "epoch") / _mean(new, "epoch") if _mean(new, "epoch") else math.inf
        wanted = min(_mean(new, "head") + 0.02, 0.98)
        checks = [
            (f"fine-tuning epoch {ratio:.2f}x faster", ratio >= 2.0),
            (f"accuracy {_mean(new, 'accuracy'):.2%} >= {wanted:.2%} (head + 2 points, "
             "at most 98%)", _mean(new, "accuracy") >= wanted - 1e-9),
            (f"accuracy >= baseline's {_mean(old, 'accuracy'):.2%}",
             _mean(new, "accuracy") >= _mean(old, "accuracy")),
            (f"wall time {_mean(new, 'wall'):.1f} s <= baseline's {_mean(old, 'wall'):.1f} s",
             _mean(new, "wall") <= _mean(old, "wall")),
            (f"CPU time {_mean(new, 'cpu'):.0f} s <= baseline's {_mean(old, 'cpu'):.0f} s",
             _mean(new, "cpu") <= _mean(old, "cpu")),
        ]  # fmt: skip
        for text, met in checks:
            print(f"{data.name}: {text}: {'met' if met else 'NOT met'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--defaults", type=Path, nargs="+", metavar="SET_DIR", help="see above")
    parser.add_argument("--tensorflow", action="store_true", help="with --defaults")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT", help="with --defaults")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0], help="with --defaults")
    parser.add_argument("--count", type=int, default=600, help="images in all (600)")
    parser.add_argument(
        "--classes", type=int, default=6, choices=range(2, len(CLASSES) + 1), metavar="N",
        help=f"classes, 2 to {len(CLASSES)} (6)",
    )  # fmt: skip
    parser.add_argument("--size", default="1600x1200", help="image size WxH (1600x1200)")
    parser.add_argument("--weights", choices=["imagenet", "none"], help="imagenet if cached")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    if args.defaults:
        defaults(args)
        return
    width, height = (int(v) for v in args.size.lower().split("x"))

    arch = get_architecture("mobilenet_v2")
    cached = keras_models_dir() / arch.imagenet_no_top.filename
    weights_choice = args.weights or ("imagenet" if cached.is_file() else "none")
    print(f"Weights: {weights_choice} ({'found' if cached.is_file() else 'not found'}: {cached})")
    if weights_choice == "imagenet" and not cached.is_file():
        sys.exit(f"No ImageNet weights at {cached}; set KERAS_HOME or use --weights none")
    weights = cached if weights_choice == "imagenet" else None
    if weights is None:
        print(
            "Note: random weights. The engine estimates batch-norm statistics from the images, "
            "the tutorial path does not: the accuracies are not comparable, only the times."
        )

    root = Path(tempfile.mkdtemp(prefix="pictag-bench-train-"))
    try:
        t = time.perf_counter()
        make_dataset(root / "all", args.count, args.classes, width, height)
        train_dir, val_dir = split_into_folders(root / "all", root / "split", args.seed)
        scan = scan_dataset(train_dir, val_dir)
        train, val = scan.samples, scan.validation_samples
        print(
            f"Generated {args.count} JPEGs of {width}x{height} in {args.classes} classes "
            f"({time.perf_counter() - t:.1f} s): {len(train)} train, {len(val)} validation, "
            f"in {root}",
            flush=True,
        )
        for path in (root / "all").rglob("*.jpg"):  # into the page cache for both paths
            path.read_bytes()
        from app.core.tf_runtime import import_keras

        import_keras()  # TensorFlow's import is paid once, outside every measurement

        print(f"(a) tutorial: model.fit over tf.data, {EPOCHS} epochs ...", flush=True)
        (a_acc, a_loss), a_wall, a_busy = timed(
            lambda: tutorial(train, val, len(scan.classes), weights, args.seed)
        )
        print("(b) engine, cold: no feature cache ...", flush=True)
        (b, b_stages), b_wall, b_busy = timed(
            lambda: engine(train_dir, val_dir, root / "cold.keras", weights, args.seed, False)
        )
        os.environ[CACHE_DIR_ENV] = str(root / "cache")
        print("(b') engine, warm: feature cache filled by a first run, second run timed ...")
        engine(train_dir, val_dir, root / "fill.keras", weights, args.seed, True)
        (w, w_stages), w_wall, w_busy = timed(
            lambda: engine(train_dir, val_dir, root / "warm.keras", weights, args.seed, True)
        )
    finally:
        if args.keep:
            print(f"Kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)

    b_acc, w_acc = b.history["head"][-1].val_accuracy, w.history["head"][-1].val_accuracy
    print(
        f"\n{arch.display_name} at {SIZE}x{SIZE}, frozen base, new head (GAP, dropout "
        f"{DROPOUT}, dense); {EPOCHS} epochs, batch {BATCH}, Adam {LEARNING_RATE:g}; "
        f"{len(train)} train / {len(val)} validation JPEGs of {width}x{height}, "
        f"{len(scan.classes)} classes; weights {weights_choice}; {os.cpu_count()} CPUs"
    )
    print(f"{'':5}{'path':<44}{'wall s':>8}{'val acc':>9}{'val loss':>10}{'cores busy':>12}")
    rows = [
        ("(a)", "tutorial: model.fit on tf.data images", a_wall, a_acc, a_loss, a_busy),
        ("(b)", "engine: cached-feature head, cold", b_wall, b_acc,
         b.history["head"][-1].val_loss, b_busy),
        ("(b')", "engine: warm feature cache (2nd run)", w_wall, w_acc,
         w.history["head"][-1].val_loss, w_busy),
    ]  # fmt: skip
    for key, label, wall, acc, loss, busy in rows:
        print(f"{key:<5}{label:<44}{wall:>8.1f}{acc:>9.2%}{loss:>10.4f}{busy:>12.2f}")
    print(
        f"     features: (b) {b.features_computed} computed, {b.features_cached} cached; "
        f"(b') {w.features_computed} computed, {w.features_cached} cached"
    )
    for key, stages, wall in (("(b)", b_stages, b_wall), ("(b')", w_stages, w_wall)):
        parts = ", ".join(f"{k} {v:.1f}" for k, v in stages.items())
        other = wall - sum(stages.values())
        print(f"     {key} seconds by stage: {parts}, other (build, weights, save) {other:.1f}")
    forwards = EPOCHS * (len(train) + len(val))
    print(
        f"     base throughput: (a) {forwards / a_wall:.1f} img/s ({forwards} forward passes); "
        f"(b) {b.features_computed / b_stages['extract']:.1f} img/s while extracting "
        f"({b.features_computed})"
    )
    print(
        f"     (a cold run cannot beat a/b ~ {EPOCHS} unless (b) runs the base faster per image: "
        "both must run it over every image at least once)"
    )
    print(
        f"     accuracy the engine keeps (epoch with the best val loss): (b) "
        f"{b.evaluation.accuracy:.2%}, (b') {w.evaluation.accuracy:.2%}"
    )
    speedup, warm_speedup = a_wall / b_wall, a_wall / w_wall
    points = 100 * (b_acc - a_acc)
    checks = [
        ("speed-up a/b", f"{speedup:.1f}x", f"target >= {TARGET_SPEEDUP:g}x",
         speedup >= TARGET_SPEEDUP),
        ("speed-up a/b'", f"{warm_speedup:.1f}x", "", None),
        ("accuracy b-a", f"{points:+.1f} points", f"target within {TARGET_POINTS:g} points",
         abs(points) <= TARGET_POINTS),
    ]  # fmt: skip
    for name, value, target, met in checks:
        verdict = "" if met is None else ("met" if met else "NOT met")
        print(f"     {name:<15}{value:>13}   {target:<28}{verdict}".rstrip())
    print(
        f"     ({len(val)} validation images: one image is {100 / len(val):.2f} points; the "
        f"standard error of an accuracy near {a_acc:.0%} is "
        f"{100 * math.sqrt(a_acc * (1 - a_acc) / len(val)):.1f} points)"
    )
    if a_busy < 0.75 * (os.cpu_count() or 1):
        print(
            f"Note: (a) kept {a_busy:.2f} of {os.cpu_count()} cores busy: Keras' fit loop "
            "waits for each batch's decoding, or other load slowed it (check with top)."
        )


if __name__ == "__main__":
    main()
