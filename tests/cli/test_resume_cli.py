"""`pictag classify --resume` and `--files-from` end to end: runs killed (SIGKILL) at several
points and continued until done hold every file exactly once, with the results of one
uninterrupted run, in a valid file at every moment; lists of inputs from a file or stdin."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli.args import EXIT_SOME_FAILED, EXIT_USAGE
from tests.cli.helpers import ROOT, pictag_env, run_pictag
from tests.helpers import COLORS, make_archive, make_photo

COUNT = 48

# Classification slowed down (a pause per batch) so that a run can be killed in the middle,
# with parts of 6 rows for Parquet; otherwise the real command.
SLOW_CLASSIFY = """
import sys, time
from app.core import model_loader, parquet_parts
real = model_loader.LoadedModel.run
def run(self, batch):
    time.sleep(0.08)
    return real(self, batch)
model_loader.LoadedModel.run = run
parquet_parts.ROWS_PER_PART = 6
from app.cli import main as cli
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return make_archive(tmp_path_factory.mktemp("archive"), COUNT)


@pytest.fixture(scope="module")
def reference(archive, tmp_path_factory) -> dict[str, dict]:
    """One uninterrupted run's results, by path."""
    model, photos = archive
    tmp = tmp_path_factory.mktemp("reference")
    whole = run_pictag("classify", photos, "--model", model, "--output", tmp / "r.jsonl", tmp=tmp)
    assert whole.returncode == EXIT_SOME_FAILED, whole.stderr
    rows = {r["path"]: r for r in _rows(tmp / "r.jsonl", "jsonl")}
    assert len(rows) == COUNT + 1
    return rows


def _rows(path: Path, fmt: str) -> list[dict]:
    """Every record, parsed: raises if the output is not valid as a whole."""
    if fmt == "jsonl":
        text = path.read_text(encoding="utf-8")
        assert text == "" or text.endswith("\n")
        return [json.loads(line) for line in text.splitlines()]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        # path, 3 x 2, error, labels, novelty, path_bytes
        assert all(None not in r and len(r) == 11 for r in rows)
        return rows
    import pyarrow.parquet as pq

    if not any(path.glob("part-*.parquet")):
        return []
    return pq.read_table(path).to_pylist()


def _killed_after(args: list[str], output: Path, fmt: str, rows: int, tmp: Path) -> int:
    """Start the slowed command, SIGKILL it once `rows` results are in the output."""
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_CLASSIFY, *args], env=pictag_env(tmp), cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    seen = 0
    try:
        while time.monotonic() < deadline and child.poll() is None:
            if output.exists():
                try:
                    seen = len(_rows(output, fmt))
                except (ValueError, OSError):  # a part being renamed in, a line being written
                    seen = 0
                if seen >= rows:
                    break
            time.sleep(0.03)
        assert child.poll() is None, f"the run ended before it was killed: {child.stderr.read()}"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stderr.close()
    return seen


@pytest.mark.parametrize(
    ("fmt", "name"), [("jsonl", "r.jsonl"), ("csv", "r.csv"), ("parquet", "r.parquet")]
)
def test_killed_runs_resume_to_one_row_per_file(archive, reference, tmp_path, fmt, name):
    model, photos = archive
    expected = reference
    output = tmp_path / name
    args = ["classify", str(photos), "--model", str(model), "--output", str(output), "--resume",
            "--batch-size", "2"]  # fmt: skip
    # JSON lines: early, halfway, near the end; CSV and Parquet (the same machinery): halfway.
    kills = (4, 18, 36) if fmt == "jsonl" else (18,)
    written = tmp_path / f"{name}.partial"  # until the run ends
    for rows in kills:
        _killed_after(args, written, fmt, rows, tmp_path)
        assert not output.exists()
        found = _rows(written, fmt)  # valid after every kill, and each file once
        paths = [r["path"] for r in found]
        assert len(paths) == len(set(paths)) and len(paths) >= rows - (6 if fmt == "parquet" else 0)
    final = run_pictag(*args, tmp=tmp_path)
    assert final.returncode == EXIT_SOME_FAILED, final.stderr
    assert f"pictag: continuing {len(found)} results from {written}" in final.stderr
    assert f"1 of {COUNT + 1} files could not be classified" in final.stderr
    found = _rows(output, fmt)
    assert sorted(r["path"] for r in found) == sorted(expected)
    for row in found:
        want = expected[row["path"]]
        if fmt == "csv":
            assert row["label_1"] == (
                want["predictions"][0]["label"] if want["predictions"] else ""
            )
            assert bool(row["error"]) == bool(want["error"])
        else:
            assert row.pop("path_bytes", None) is None  # Parquet's column, empty for UTF-8
            assert row == want
    if fmt == "jsonl":
        again = run_pictag(*args, tmp=tmp_path)  # finished: nothing left to do, nothing added
        assert f"continuing {COUNT + 1} results from {output}, 0 to go" in again.stderr
        assert len(_rows(output, fmt)) == COUNT + 1


def test_a_killed_plain_run_leaves_a_partial_that_resume_finishes(archive, reference, tmp_path):
    """No --resume needed beforehand: the rows go to OUTPUT.partial as they come, the older
    output stays as it was until a run ends, and --resume continues the partial."""
    model, photos = archive
    output, partial = tmp_path / "r.jsonl", tmp_path / "r.jsonl.partial"
    output.write_text('{"earlier": "results"}\n')
    args = ["classify", str(photos), "--model", str(model), "--output", str(output),
            "--batch-size", "2"]  # fmt: skip
    seen = _killed_after(args, partial, "jsonl", 12, tmp_path)
    assert output.read_text() == '{"earlier": "results"}\n'  # untouched by the killed run
    assert len(_rows(partial, "jsonl")) >= seen >= 12
    again = run_pictag(*args, tmp=tmp_path)  # without --resume: refused, nothing thrown away
    assert again.returncode == EXIT_USAGE and "Traceback" not in again.stderr
    assert f"{partial} holds the results of a run that did not finish" in again.stderr
    assert "add --resume to continue it" in again.stderr
    assert output.read_text() == '{"earlier": "results"}\n' and partial.exists()
    count = len(_rows(partial, "jsonl"))
    final = run_pictag(*args, "--resume", tmp=tmp_path)
    assert final.returncode == EXIT_SOME_FAILED, final.stderr
    said = f"pictag: continuing {count} results from {partial}, {COUNT + 1 - count} to go"
    assert said in final.stderr
    found = _rows(output, "jsonl")
    assert sorted(r["path"] for r in found) == sorted(reference)  # every photo, once
    assert all(row == reference[row["path"]] for row in found)
    assert not partial.exists()


def test_resume_refuses_what_it_cannot_continue(archive, tmp_path):
    model, photos = archive
    table = run_pictag(
        "classify", photos, "--model", model, "--resume", "--output", tmp_path / "r.txt"
    )
    assert table.returncode == EXIT_USAGE and "--resume needs --format" in table.stderr
    screen = run_pictag("classify", photos, "--model", model, "--resume", "--format", "jsonl")
    assert screen.returncode == EXIT_USAGE and "give it with --output FILE" in screen.stderr
    ray_only = run_pictag("classify", photos, "--ray-actors", "2")
    assert (
        ray_only.returncode == EXIT_USAGE
        and "--ray-actors applies to --engine ray" in ray_only.stderr
    )
    output = tmp_path / "r.csv"
    first = run_pictag(
        "classify", photos, "--model", model, "--output", output, "--top", "2", tmp=tmp_path
    )
    assert first.returncode == EXIT_SOME_FAILED
    before = output.read_bytes()
    other_top = run_pictag(
        "classify", photos, "--model", model, "--output", output, "--resume", tmp=tmp_path
    )
    assert other_top.returncode == EXIT_USAGE, other_top.stderr
    assert "was written with --top 2: continue it with --top 2" in other_top.stderr
    assert "Traceback" not in other_top.stderr and output.read_bytes() == before


def test_files_from_a_list_and_from_stdin(archive, tmp_path):
    model, photos = archive
    (tmp_path / "here").mkdir()
    make_photo(tmp_path / "here" / "local.png", color=COLORS["green"])
    listing = tmp_path / "list.txt"
    listing.write_text(
        f"{photos / 'red_00.jpg'}\n\nlocal.png\n{photos / 'gone.jpg'}\n{photos / 'red_00.jpg'}\n"
    )
    result = run_pictag(
        "classify", "--files-from", listing, "--model", model, "--format", "jsonl",
        cwd=tmp_path / "here",
    )  # fmt: skip
    assert result.returncode == EXIT_SOME_FAILED, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in rows] == [
        str(photos / "red_00.jpg"),
        "local.png",
        str(photos / "gone.jpg"),
    ]
    assert [r["predictions"][0]["label"] for r in rows[:2]] == ["red", "green"]
    assert rows[2]["error"] == "file not found (moved or deleted?)"
    piped = subprocess.run(
        [sys.executable, "-m", "app", "classify", str(photos / "blue_02.jpg"), "--files-from", "-",
         "--model", str(model), "--format", "csv"],
        input=f"{photos / 'green_01.jpg'}\n", capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=180,
    )  # fmt: skip
    assert piped.returncode == 0, piped.stderr
    labels = [row[1] for row in csv.reader(io.StringIO(piped.stdout))][1:]
    assert labels == ["blue", "green"]
    missing = run_pictag("classify", "--files-from", tmp_path / "nope.txt", "--model", model)
    assert missing.returncode == EXIT_USAGE and "nope.txt: no such file" in missing.stderr


BLOCKED = """
import sys
sys.modules[sys.argv.pop(1)] = None  # as if it were not installed
from app.cli import main as cli
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    ("module", "option", "feature", "extra"),
    [
        ("ray", ["--engine", "ray"], "--engine ray", "cluster"),
        ("pyarrow", ["--format", "parquet", "--output", "r.parquet"], "Parquet output", "parquet"),
    ],
)
def test_a_missing_extra_is_one_line(archive, tmp_path, module, option, feature, extra):
    model, photos = archive
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED, module, "classify", str(photos), "--model", str(model),
         *option],
        capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=180,
    )  # fmt: skip
    assert result.returncode == EXIT_USAGE, result.stderr
    install = f'pip install "pictag[{extra}]"'
    assert result.stderr.strip().splitlines()[-1] == (
        f"pictag: error: {feature} needs {module}, which is not installed: {install}"
    )
    assert "Traceback" not in result.stderr
