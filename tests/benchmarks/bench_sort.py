"""Benchmark: how much of `pictag classify`'s speed `pictag sort` keeps while writing files.

Run from the repo root: ``python tests/benchmarks/bench_sort.py [--photos DIR] [--repeat 2]``.
(Not a pytest test: it takes minutes and prints numbers rather than asserting.)

It works on a temporary copy of the photos (generated camera-size JPEGs by default, cached as
bench_classify.py does, or a copy of `--photos DIR`: the photos given are never touched) and
measures photos/second for
  (a) classifying alone (app.core.classifier.classify_discovered, what `pictag classify` runs);
  (b) sorting by copy the sequential way: each result filed as it comes out of the classifier,
      on the same thread, so the model waits during every file operation (Pictag until now);
  (c) sorting by copy as `pictag sort` does (app.sort.pipeline.classify_and_sort);
  (d) sorting by move, likewise;
  (e) the file operations alone: copying, then moving, already classified results, and undoing
      the moves.
Everything after (a) is journaled and synced to the disk under the temporary folder, so put it
on the disk you care about (--tmp). If classifying and filing overlapped perfectly, sorting
would run at min(a, e); one after the other they give 1/(1/a + 1/e), which (b) should match.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import bench_setup  # noqa: F401 (the checkout on sys.path, Keras' cache)
from bench_photos import prepare_images

from app.core.classifier import classify_discovered
from app.core.model_loader import LoadedModel, load_classifier
from app.core.paths import keras_models_dir
from app.core.registry import get_architecture
from app.core.results import ClassifyResult
from app.sort.pipeline import classify_and_sort
from app.sort.sorter import Sorter, discover_sources
from app.sort.undo import undo_sort


class Bench:
    """The photos under work/src, fresh destinations, and the measurements themselves."""

    def __init__(self, work: Path, model: LoadedModel, batch_size: int) -> None:
        self.work, self.model, self.batch_size = work, model, batch_size
        self.src = work / "src"
        self.found = discover_sources(self.src, work / "out")
        self.count = len(self.found.files)
        self.results: list[ClassifyResult] = []  # for (e), from the first run of (a)

    def dest(self) -> Path:
        """An empty destination (what the last measurement wrote is deleted, untimed)."""
        out = self.work / "out"
        shutil.rmtree(out, ignore_errors=True)
        return out

    def classify(self) -> None:
        found, size = self.found, self.batch_size
        self.results = list(classify_discovered(self.model, found, top=1, batch_size=size))

    def sort_sequential(self) -> None:
        sorter = Sorter(self.dest(), self.model.labels)
        for result in classify_discovered(
            self.model, self.found, top=1, batch_size=self.batch_size
        ):
            sorter.add(result)
        self._check(sorter.close().placed)

    def sort_pipelined(self, move: bool) -> Path | None:
        """The manifest (a move must be undone before the next measurement)."""
        sorter = Sorter(self.dest(), self.model.labels, move=move)
        classify_and_sort(sorter, self.model, self.found, batch_size=self.batch_size)
        summary = sorter.close()
        self._check(summary.placed)
        return summary.manifest

    def files_only(self, move: bool) -> Path | None:
        sorter = Sorter(self.dest(), self.model.labels, move=move)
        for result in self.results:
            sorter.add(result)
        summary = sorter.close()
        self._check(summary.placed)
        return summary.manifest

    def put_back(self, manifest: Path | None) -> None:
        """Undo a move, checking that every photo is back."""
        assert manifest is not None
        undone = undo_sort(manifest)
        if not undone.complete or len(undone.restored) != self.count:
            sys.exit(f"undo left {len(undone.skipped)} files: {undone.skipped[:1]}")

    def _check(self, placed: int) -> None:
        if placed != self.count:
            sys.exit(f"sorted {placed} of {self.count} photos")


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def moving(run: Callable[[], Path | None], undone: Callable[[Path | None], object]):
    """`run` timed; the undo that puts the photos back for the next measurement is not."""

    def measure() -> float:
        seconds = timed(lambda: manifests.append(run()))
        undone(manifests[-1])
        return seconds

    manifests: list[Path | None] = []
    return measure


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=Path, help="a folder of photos to copy and use")
    parser.add_argument("--dir", type=Path, help="where generated JPEGs are cached")
    parser.add_argument("--count", type=int, default=200, help="generated images (200)")
    parser.add_argument("--size", default="3000x2000", help="generated image size WxH")
    parser.add_argument("--tmp", type=Path, help="where the working copy goes (the temp dir)")
    parser.add_argument("--model", default="mobilenet_v2", choices=["mobilenet_v2", "inception_v3"])
    parser.add_argument("--weights", choices=["imagenet", "none"], help="imagenet if cached")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="best of R rounds (1)")
    args = parser.parse_args(argv)

    if args.photos is not None:
        origin, what = args.photos, f"photos from {args.photos}"
    else:
        width, height = (int(v) for v in args.size.lower().split("x"))
        origin = args.dir or Path(tempfile.gettempdir()) / f"pictag-bench-{args.size}"
        prepare_images(origin, args.count, width, height)
        what = f"generated {args.size} JPEGs"
    work = Path(tempfile.mkdtemp(prefix="pictag-bench-sort-", dir=args.tmp))
    try:
        shutil.copytree(origin, work / "src", ignore=shutil.ignore_patterns("pictag-sort-*"))
        weights = args.weights
        if weights is None:
            cached = keras_models_dir() / get_architecture(args.model).imagenet_top.filename
            weights = "imagenet" if cached.is_file() else "none"
        model = load_classifier(args.model, weights=None if weights == "none" else weights)
        bench = Bench(work, model, args.batch_size)
        run_rounds(bench, args.repeat, f"{model.name}, {bench.count} {what}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_rounds(bench: Bench, repeat: int, title: str) -> None:
    n = bench.count
    moved: list[Path | None] = []
    undo = bench.put_back
    clock = lambda run: lambda: timed(run)  # noqa: E731
    # key: (label, a run returning its seconds)
    measurements: dict[str, tuple[str, Callable[[], float]]] = {
        "a": ("classify alone", clock(bench.classify)),
        "b": ("sort copy: classify, file, in turn (old)", clock(bench.sort_sequential)),
        "c": ("sort copy (pictag sort)", clock(lambda: bench.sort_pipelined(move=False))),
        "d": (
            "sort move (pictag sort)",
            moving(lambda: bench.sort_pipelined(True), undo),
        ),
        "e1": ("file operations alone: copy", clock(lambda: bench.files_only(move=False))),
        "e2": (
            "file operations alone: move",
            clock(lambda: moved.append(bench.files_only(True))),
        ),
        "e3": ("file operations alone: undo the moves", clock(lambda: undo(moved[-1]))),
    }
    print("Warming up (one classification, untimed) ...", flush=True)
    bench.classify()
    best = dict.fromkeys(measurements, float("inf"))
    for r in range(repeat):
        # Alternate the order so that drift (thermal, caches) favours none; e3 must follow e2.
        order = list(measurements) if r % 2 == 0 else ["e1", "e2", "e3", "d", "c", "b", "a"]
        print(f"Round {r + 1}/{repeat}: {' '.join(order)}", flush=True)
        for key in order:
            best[key] = min(best[key], measurements[key][1]())
    bench.dest()

    rate = {key: n / seconds for key, seconds in best.items()}
    print(f"\n{title}, batch {bench.batch_size}, {os.cpu_count()} CPUs, best of {repeat}")
    print(f"{'':5}{'measurement':<44}{'seconds':>8}{'photos/s':>10}{'vs (a)':>8}")
    for key, (label, _) in measurements.items():
        line = f"({key}){'':{3 - len(key)}}{label:<44}{best[key]:>8.2f}{rate[key]:>10.1f}"
        print(line + (f"{rate[key] / rate['a']:>8.2f}" if len(key) == 1 else ""))
    a, e = rate["a"], rate["e1"]
    for label, value in (
        ("copy, in turn, expected: 1/(1/a + 1/e1)", 1 / (1 / a + 1 / e)),
        ("copy, perfect overlap: min(a, e1)", min(a, e)),
    ):
        print(f"{'':5}{label:<52}{value:>10.1f}")
    print(f"{'':5}(c) / (b): {rate['c'] / rate['b']:.2f}x faster than before")


if __name__ == "__main__":
    main()
