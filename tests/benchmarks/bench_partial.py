"""Benchmark: what writing results through OUTPUT.partial costs (`app.core.partial_output`).

Run from the repo root: ``python tests/benchmarks/bench_partial.py [--rows 100000]``.
(Not a pytest test: it prints numbers rather than asserting.)

Side by side in one run, on a temporary folder of this machine's disk, best of 3:
1. Writing N JSON-lines results with a checkpoint every 32 rows (a batch): the partial file
   (flushed every batch, synced once a second, renamed at the end) against the former plain
   output (one temporary file written whole, synced and renamed at the end).
2. `--resume` of a finished output of N rows with nothing left to do: through a copy that
   becomes the partial (now) against reading it back and appending in place (before).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.core.atomic import replacing_text
from app.core.formats import JSONL, make_writer
from app.core.partial_output import continuable_results
from app.core.result_file import ResultFile
from app.core.results import ClassifyResult, Prediction

LABELS = ("cat", "dog", "fox")
BATCH = 32


def results(count: int) -> list[ClassifyResult]:
    top = (Prediction("cat", 0.71), Prediction("dog", 0.2), Prediction("fox", 0.09))
    names = (f"/archive/2024/{i // 500:03d}/IMG_{i:06d}.jpg" for i in range(count))
    return [ClassifyResult(Path(name), top) for name in names]


def through_partial(output: Path, rows: list[ClassifyResult]) -> None:
    with continuable_results(output, JSONL, top=3, labels=LABELS, resume=False) as out:
        for i, result in enumerate(rows, 1):
            out.write(result)
            if i % BATCH == 0:
                out.checkpoint()


def whole_at_the_end(output: Path, rows: list[ClassifyResult]) -> None:
    with replacing_text(output) as stream:
        writer = make_writer(JSONL, stream, top=3, paths=(), labels=LABELS)
        for result in rows:
            writer.write(result)


def resume_through_a_copy(output: Path) -> None:
    with continuable_results(output, JSONL, top=3, labels=LABELS, resume=True):
        pass


def resume_in_place(output: Path) -> None:
    with ResultFile(output, JSONL, top=3, labels=LABELS):
        pass


def best_of(call: Callable[[], None], times: int = 3) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rows = results(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        new = best_of(lambda: through_partial(folder / "a.jsonl", rows))
        old = best_of(lambda: whole_at_the_end(folder / "b.jsonl", rows))
        print(f"1. writing {args.rows:,} rows: partial {new:.3f} s, whole at the end {old:.3f} s,"
              f" ratio {new / old:.2f}")  # fmt: skip
        size = (folder / "a.jsonl").stat().st_size / 1e6
        new = best_of(lambda: resume_through_a_copy(folder / "a.jsonl"))
        old = best_of(lambda: resume_in_place(folder / "b.jsonl"))
        print(f"2. resuming a finished output ({size:.1f} MB): through a copy {new:.3f} s, "
              f"in place {old:.3f} s, ratio {new / old:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
