"""Benchmark: what runs past one sitting and one machine cost, side by side in one run.

Run from the repo root: ``python tests/benchmarks/bench_scale.py [--repeat 2] [...]``
(not a pytest test: it takes several minutes and prints figures rather than asserting).

1. `pictag classify DIR --output r.jsonl` against the same with `--engine ray` (a local Ray
   with this machine's cores: one actor with every core, as the engine plans it here) on
   `--camera` camera-size JPEGs (3000x2000): the same decoding and model code, in this process
   or in a Ray Data actor. Both are whole commands as a user runs them; the same commands on
   one batch of photos give each one's fixed cost (TensorFlow and the model; for Ray also
   starting Ray and its actor), and the rest is the rate at which photos go through. Target:
   Ray's overhead at most 20%.
2. Resume cost: `pictag classify DIR --output r.jsonl --resume` on `--small` small JPEGs, then
   the same command again on the finished output, each a whole command as a user runs it.
   Target: the second run under 5% of the first.

MobileNetV2 with the real ImageNet weights (KERAS_HOME, default ../shared/weights/keras_home).
The machine is shared: the load average is printed with the figures; re-run when it is high.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_photos import make_photo
from bench_setup import REPO_ROOT, SHARED_KERAS_HOME

os.environ.setdefault("KERAS_HOME", str(SHARED_KERAS_HOME))  # checked in main()

TARGET_RAY_OVERHEAD, TARGET_RESUME = 0.20, 0.05
_DISTINCT = 40  # distinct photos; the rest are byte copies (decoding costs the same)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def photos(folder: Path, count: int, width: int, height: int) -> list[Path]:
    """`count` JPEGs in `folder`, made once (kept between runs)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [folder / f"photo_{i:05d}.jpg" for i in range(count)]
    if all(f.exists() for f in files):
        return files
    bases = []
    for i in range(min(_DISTINCT, count)):
        make_photo(i, width, height).save(files[i], quality=90)
        bases.append(files[i])
    for i in range(len(bases), count):
        shutil.copyfile(bases[i % len(bases)], files[i])
    return files


def command_seconds(args: list[str], cwd: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=cwd, env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"pictag {' '.join(args)} failed:\n{done.stderr}")
    return seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--camera", type=int, default=2000, help="camera-size JPEGs (2000)")
    parser.add_argument("--small", type=int, default=10_000, help="small JPEGs (10,000)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="rounds; the best is kept")
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "pictag-bench-scale"
    )
    args = parser.parse_args(argv)
    if not (Path(os.environ["KERAS_HOME"]) / "models").is_dir():
        raise SystemExit(f"no ImageNet weights in {os.environ['KERAS_HOME']}")
    print(f"Before: {load()}")

    camera = photos(args.work / "camera", args.camera, 3000, 2000)
    one_batch = args.work / "one-batch"
    one_batch.mkdir(exist_ok=True)
    for f in camera[: args.batch_size]:
        if not (one_batch / f.name).exists():
            os.link(f, one_batch / f.name)
    engines = {"plain engine": [], "--engine ray": ["--engine", "ray"]}
    whole = dict.fromkeys(engines, float("inf"))
    fixed = dict.fromkeys(engines, float("inf"))
    for _ in range(args.repeat):
        for name, extra in engines.items():
            out = args.work / "out.jsonl"
            for folder, best in ((camera[0].parent, whole), (one_batch, fixed)):
                out.unlink(missing_ok=True)
                seconds = command_seconds(["classify", str(folder), "--output", str(out),
                                           "--batch-size", str(args.batch_size), *extra],
                                          args.work)  # fmt: skip
                best[name] = min(best[name], seconds)
    n = len(camera)
    rate = {k: (n - args.batch_size) / (whole[k] - fixed[k]) for k in engines}
    print(f"\n1. {n:,} JPEGs of 3000x2000, MobileNetV2, batch {args.batch_size} ({load()})")
    print(f"   {'':16}{'whole run':>10}{'fixed':>9}{'then':>16}")
    for name in engines:
        print(f"   {name:<16}{whole[name]:8.1f} s{fixed[name]:7.1f} s{rate[name]:9.1f} images/s")
    through = rate["plain engine"] / rate["--engine ray"] - 1
    end_to_end = whole["--engine ray"] / whole["plain engine"] - 1
    print(f"   Ray's overhead: {through:+.1%} on the rate (target at most "
          f"{TARGET_RAY_OVERHEAD:.0%}), {end_to_end:+.1%} on the whole run of {n:,} photos, "
          f"{fixed['--engine ray'] - fixed['plain engine']:+.1f} s fixed")  # fmt: skip

    small = photos(args.work / "small", args.small, 320, 240)
    results = args.work / "resume.jsonl"
    results.unlink(missing_ok=True)
    command = ["classify", str(small[0].parent), "--output", str(results), "--resume"]
    first = command_seconds(command, args.work)
    again = min(command_seconds(command, args.work) for _ in range(max(1, args.repeat)))
    print(f"\n2. {len(small):,} JPEGs of 320x240, the whole command ({load()})")
    print(f"   the run            {first:7.1f} s  {len(small) / first:6.1f} images/s")
    print(f"   the same, resumed  {again:7.2f} s  ({again / first:.1%} of the run; target under "
          f"{TARGET_RESUME:.0%})")  # fmt: skip
    print(f"\nAfter: {load()}")


if __name__ == "__main__":
    main()
