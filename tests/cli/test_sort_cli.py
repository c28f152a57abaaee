"""`pictag sort` end to end, in a subprocess, with a colour model that sorts generated photos."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from app.core.decision import Decision
from app.core.progress import Token
from app.sort.manifest import read_manifest
from app.sort.pipeline import classify_and_sort
from app.sort.sorter import Sorter, discover_sources
from app.sort.undo import undo_sort
from tests.cli.helpers import LEFT_OUT_ONE_TXT, ROOT, run_pictag
from tests.helpers import COLORS, make_color_model_file, make_null_device, make_photo


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> Path:
    return make_color_model_file(tmp_path_factory.mktemp("model") / "colors.keras")


@pytest.fixture
def photos(tmp_path) -> dict[str, bytes]:
    src = tmp_path / "src"
    for i, name in enumerate(["red", "green", "blue", "red"]):
        make_photo(src / ("sub" if i % 2 else "") / f"{name}_{i}.jpg", color=COLORS[name])
    make_photo(src / "other" / "red_0.jpg", color=COLORS["red"])  # same name as src/red_0.jpg
    (src / "broken.jpg").write_bytes(b"\xff\xd8\xff not a jpeg")
    return snapshot(src)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".csv")
    }


def test_copy_then_undo(model, photos, tmp_path):
    src, dest = tmp_path / "src", tmp_path / "dest"
    result = run_pictag("sort", str(src), str(dest), "--model", str(model))

    assert result.returncode == 1, result.stderr  # the broken file was left in place
    assert snapshot(src) == photos
    assert set(snapshot(dest)) == {
        "red/red_0.jpg", "red/red_0 (2).jpg", "red/red_3.jpg",
        "green/green_1.jpg", "blue/blue_2.jpg",
    }  # fmt: skip
    assert "broken.jpg" in result.stdout and "Left in place (1)" in result.stdout
    (manifest,) = dest.glob("pictag-sort-*.csv")
    assert f"Undo with: pictag sort --undo {manifest}" in result.stdout
    done = [r for r in read_manifest(manifest) if r["status"] == "done" and r["action"] == "copy"]
    assert len(done) == 5 and all(float(r["confidence"]) > 0.5 for r in done)

    undo = run_pictag("sort", "--undo", str(manifest))
    assert undo.returncode == 0, undo.stdout + undo.stderr
    assert "Removed 5 copies" in undo.stdout
    assert [p.name for p in dest.iterdir()] == [manifest.name] and snapshot(src) == photos


def test_move_with_a_threshold_then_undo(model, photos, tmp_path):
    src, dest = tmp_path / "src", tmp_path / "dest"
    result = run_pictag(
        "sort", str(src), str(dest), "--model", str(model), "--move", "--min-confidence", "1",
        "--manifest", str(tmp_path / "m.csv"),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert set(snapshot(src)) == {"broken.jpg"}  # every readable photo moved...
    assert len(snapshot(dest / "_unsure")) == 5  # ...to _unsure: no probability reaches 1

    undo = run_pictag("sort", "--undo", str(tmp_path / "m.csv"))
    assert undo.returncode == 0 and "moved 5 images back" in undo.stdout
    assert snapshot(src) == photos and not dest.joinpath("_unsure").exists()


def test_dry_run_prints_the_plan_and_writes_nothing(model, photos, tmp_path):
    src, dest = tmp_path / "src", tmp_path / "dest"
    result = run_pictag("sort", str(src), str(dest), "--model", str(model), "--dry-run")
    assert result.returncode == 1
    assert f"{src / 'other' / 'red_0.jpg'} -> {dest / 'red' / 'red_0.jpg'}" in result.stdout
    assert f"{src / 'red_0.jpg'} -> {dest / 'red' / 'red_0 (2).jpg'}" in result.stdout
    assert "Would copy 5 images" in result.stdout and "nothing was written" in result.stdout
    assert not dest.exists() and snapshot(src) == photos


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["{src}", "{src}"], "another folder"),
        (["{src}", "{tmp}"], "inside"),
        (["{tmp}/nope", "{tmp}/dest"], "no such folder"),
        (["{src}"], "a source folder and a destination folder"),
        (["--undo", "{src}/broken.jpg"], "not a Pictag sort manifest"),
        (["--undo", "{tmp}/none.csv"], "no such file"),
        (["{src}", "{src}/broken.jpg"], "broken.jpg is a file, not a folder; choose a folder"),
    ],
)
def test_usage_errors_exit_2_before_anything_is_written(photos, tmp_path, args, fragment):
    values = {"src": tmp_path / "src", "tmp": tmp_path}
    result = run_pictag("sort", *(a.format(**values) for a in args))
    assert result.returncode == 2, result.stderr
    assert fragment in result.stderr and "Traceback" not in result.stderr
    assert snapshot(tmp_path / "src") == photos and not (tmp_path / "dest").exists()


def test_a_manifest_in_a_missing_folder_is_one_line_and_nothing_is_written(model, photos, tmp_path):
    (tmp_path / "src" / "notes.txt").write_text("not a photo")
    result = run_pictag(
        "sort", str(tmp_path / "src"), str(tmp_path / "dest"), "--model", str(model),
        "--manifest", str(tmp_path / "nowhere" / "m.csv"),
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert LEFT_OUT_ONE_TXT in result.stderr
    assert f"the folder {tmp_path / 'nowhere'} does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert not any(p.is_file() for p in (tmp_path / "dest").rglob("*"))


@pytest.mark.parametrize("kind", ["named pipe", "device", "stdout link"])
def test_a_manifest_onto_a_pipe_or_device_is_refused_and_never_replaced(
    model, photos, tmp_path, kind
):
    """Undo reads the manifest back: a pipe or a device cannot be one, and stays as it was."""
    target = tmp_path / "stdout"  # like /dev/stdout, which a test must never risk replacing
    if kind == "stdout link":
        target.symlink_to("/proc/self/fd/1")
    elif kind == "named pipe":
        target = tmp_path / "fifo.csv"
        os.mkfifo(target)
    elif kind == "device":
        target = make_null_device(tmp_path / "null")
    before = os.stat(target).st_mode
    result = run_pictag(
        "sort", str(tmp_path / "src"), str(tmp_path / "dest"), "--model", str(model),
        "--manifest", str(target),
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert f"{target} is " in result.stderr and ", not a file: undo needs" in result.stderr
    assert "Traceback" not in result.stderr
    assert os.stat(target).st_mode == before
    assert not any(p.is_file() for p in (tmp_path / "dest").rglob("*"))


def test_the_parser_does_not_load_the_sort_engine():
    """`pictag --help` (and the desktop app's start) build the parser: they need not load it."""
    code = (
        "import sys, app.cli.main; app.cli.main.build_parser(); "
        "print('app.sort.sorter' in sys.modules)"
    )
    child = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert child.stdout.strip() == "False", child.stderr


def test_min_confidence_must_be_a_probability():
    assert run_pictag("sort", "a", "b", "--min-confidence", "1.5").returncode == 2


# -- classifying and filing side by side ------------------------------------------------------


def fake_model(fail_on_call: int | None = None) -> SimpleNamespace:
    """Quacks like LoadedModel: red, green or blue by the brightest channel; optionally fails."""
    calls = []

    def predict(batch: np.ndarray) -> np.ndarray:
        calls.append(len(batch))
        if len(calls) == fail_on_call:
            raise ValueError("the model failed on this batch")
        means = batch.reshape(len(batch), -1, 3).mean(axis=1)
        return np.eye(3, dtype=np.float32)[means.argmax(axis=1)]

    return SimpleNamespace(
        input_size=32, labels=tuple(COLORS), decision=Decision(),
        run=lambda batch: (predict(batch), None),
    )  # fmt: skip


@pytest.fixture
def many(tmp_path) -> dict[str, bytes]:
    src = tmp_path / "src"
    for i in range(40):
        name = list(COLORS)[i % 3]
        make_photo(src / f"{name}_{i:02d}.jpg", size=(32, 32), color=COLORS[name])
    return snapshot(src)


def pictag_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("pictag-")]


def test_a_classifier_error_reaches_the_caller_with_its_message(many, tmp_path):
    src, dest = tmp_path / "src", tmp_path / "dest"
    sorter = Sorter(dest, COLORS)
    found = discover_sources(src, dest)
    with pytest.raises(ValueError, match="the model failed on this batch"):
        classify_and_sort(sorter, fake_model(fail_on_call=2), found, batch_size=8)
    summary = sorter.close()
    assert summary.placed == 8  # the first batch was filed, in order, before the error
    assert pictag_threads() == []
    assert undo_sort(summary.manifest).complete and snapshot(src) == many


def test_a_token_cancelled_between_batches_files_no_later_batch(many, tmp_path):
    src, dest = tmp_path / "src", tmp_path / "dest"
    sorter = Sorter(dest, COLORS)
    found = discover_sources(src, dest)
    token = Token()
    seen = []

    def each(outcome) -> None:
        seen.append(outcome)
        if len(seen) == 8:  # the last photo of the second batch
            token.cancel()

    classify_and_sort(sorter, fake_model(), found, batch_size=4, token=token, each=each)
    assert pictag_threads() == []  # the classifier, running ahead, was stopped and joined
    summary = sorter.close()
    assert summary.stopped and summary.placed == 8 and len(seen) == 8
    assert len(snapshot(dest)) == 8
    assert undo_sort(summary.manifest).complete and snapshot(src) == many


@pytest.mark.parametrize("move", [False, True])
def test_ctrl_c_midway_stops_everything_and_undo_restores_exactly(many, tmp_path, move):
    src, dest = tmp_path / "src", tmp_path / "dest"
    sorter = Sorter(dest, COLORS, move=move)
    found = discover_sources(src, dest)
    seen = []

    def each(outcome) -> None:
        seen.append(outcome)
        if len(seen) == 13:  # Ctrl-C arrives on the main thread, between two photos
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        classify_and_sort(sorter, fake_model(), found, batch_size=4, each=each)
    assert pictag_threads() == []  # the classifier and its decoders were stopped and joined
    summary = sorter.close()
    rows = read_manifest(summary.manifest)  # still a valid manifest
    done = [r for r in rows if r["status"] == "done" and r["action"] != "mkdir"]
    assert len(done) == 13 and summary.placed == 13
    assert [Path(r["source"]).name for r in done] == sorted(many)[:13]  # in order, none skipped
    assert len(snapshot(dest)) == 13 and len(snapshot(src)) == 40 - 13 * move

    undone = undo_sort(summary.manifest)
    assert undone.complete, undone.skipped
    assert snapshot(src) == many and snapshot(dest) == {}


SLOW_SORT = """
import sys, time
from app.sort import file_ops
from app.cli import main as cli
real = file_ops.place
def place(*a, **k):  # slow enough for the test to interrupt the sort halfway
    time.sleep(0.05)
    return real(*a, **k)
file_ops.place = place
import app.sort.filer
app.sort.filer.place = place
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_killed_sort_resumes_from_its_manifest(model, many, tmp_path):
    src, dest, manifest = tmp_path / "src", tmp_path / "dest", tmp_path / "m.csv"
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_SORT, "sort", str(src), str(dest), "--model", str(model),
         "--move", "--manifest", str(manifest), "--batch-size", "4"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        if manifest.exists() and manifest.read_text().count(",move,done,") >= 5:
            break
        time.sleep(0.02)
    child.kill()
    child.wait()
    assert 0 < len(snapshot(src)) < 40

    both = run_pictag("sort", src, dest, "--model", model, "--resume", manifest, "--manifest", "x")
    assert both.returncode == 2 and "leave out --manifest" in both.stderr
    copy = run_pictag("sort", src, dest, "--model", model, "--resume", manifest)
    assert copy.returncode == 2 and "records a move sort: resume it with --move" in copy.stderr
    resumed = run_pictag("sort", src, dest, "--model", model, "--move", "--resume", manifest)
    assert resumed.returncode == 0, resumed.stderr
    assert "pictag: resuming" in resumed.stderr and "Moved 40 images" in resumed.stdout
    assert snapshot(src) == {} and sorted(snapshot(dest).values()) == sorted(many.values())
    again = run_pictag("sort", src, dest, "--model", model, "--move", "--resume", manifest)
    assert again.returncode == 0 and "nothing left to sort" in again.stderr
    undo = run_pictag("sort", "--undo", str(manifest))
    assert undo.returncode == 0, undo.stdout + undo.stderr
    assert snapshot(src) == many


def test_ctrl_c_on_the_command_prints_the_undo_command(model, many, tmp_path):
    src, dest, manifest = tmp_path / "src", tmp_path / "dest", tmp_path / "m.csv"
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_SORT, "sort", str(src), str(dest), "--model", str(model),
         "--move", "--manifest", str(manifest), "--batch-size", "4"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        # Five moves done: recorded, and their originals gone (the row comes just before).
        recorded = manifest.exists() and manifest.read_text().count(",move,done,") >= 5
        if recorded and 40 - sum(p.is_file() for p in src.rglob("*")) >= 5:
            break
        time.sleep(0.02)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=30)

    assert child.returncode == 130, err
    assert f"undo with: pictag sort --undo {manifest}" in err and "Traceback" not in err
    moved = 40 - len(snapshot(src))
    assert 5 <= moved < 40
    undo = run_pictag("sort", "--undo", str(manifest))
    assert undo.returncode == 0, undo.stdout + undo.stderr
    assert snapshot(src) == many


def test_a_sort_stopped_with_ctrl_c_says_how_to_continue_and_the_command_does(
    model, many, tmp_path
):
    src, dest, manifest = tmp_path / "src", tmp_path / "dest", tmp_path / "m.csv"
    command = ["sort", str(src), str(dest), "--model", str(model), "--batch-size", "4"]
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_SORT, *command, "--manifest", str(manifest)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        if manifest.exists() and manifest.read_text().count(",copy,done,") >= 5:
            break
        time.sleep(0.02)
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == 130, stderr
    assert f"to continue, run the same command with --resume {manifest};" in stderr
    resumed = run_pictag(*command, "--resume", manifest)
    assert resumed.returncode == 0, resumed.stderr
    assert sorted(snapshot(dest).values()) == sorted(many.values())  # each photo once
