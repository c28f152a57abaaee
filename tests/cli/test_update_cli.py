"""`pictag train --head-only` then `pictag update`, end to end in subprocesses: photos copied in
by hand are learned with features computed only for them, versions listed and restored, and
every documented exit status (0, 2, 3, 130) with its one-line message.

The base is a calibrated random MobileNetV2 saved as a weights file at 32 px (its features are
cached, as ImageNet's are), and the photos are flat colours.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli.interrupt import FIRST_CTRL_C, SECOND_CTRL_C
from tests.cli.helpers import ROOT, Lines, interrupt, pictag_env, run_pictag, start_slow_pictag
from tests.helpers import hold_model_lock, make_color_base, make_color_model_file
from tests.training.helpers import make_color_dataset, make_flat_image

YELLOW = (220, 210, 30)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    return make_color_base(tmp_path_factory.mktemp("base") / "colors.weights.h5")


def train_first(tmp: Path, base: Path) -> Path:
    data = make_color_dataset(tmp / "data", per_class=10, seed=4, pattern=True)
    model = tmp / "colors.keras"
    trained = run_pictag(
        "train", data, "--output", model, "--weights", base, "--image-size", 32,
        "--batch-size", 16, "--epochs", 8, "--no-augment", "--head-only", tmp=tmp,
    )  # fmt: skip
    assert trained.returncode == 0, trained.stderr
    assert f"After adding photos to {data}: pictag update {model}" in trained.stdout
    return model


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_only_then_update_learns_photos_copied_in_by_hand(tmp_path, base):
    model = train_first(tmp_path, base)
    report = json.loads(model.with_name("colors.report.json").read_text())
    assert report["parameters"]["fine_tune_epochs"] == 0 and report["history"]["fine_tune"] == []
    for i in range(10):  # a person copies a new class into the folder
        make_flat_image(
            tmp_path / "data" / "yellow" / f"y{i}.png", YELLOW, (44, 40 + i), pattern=True
        )

    updated = run_pictag("update", model, tmp=tmp_path)

    assert updated.returncode == 0, updated.stderr
    out = updated.stdout
    assert "Version 2 (head only) from version 1: 10 new photos (2 of them for validation)" in out
    assert "Features: 10 computed, 30 from the cache." in out
    assert "Accuracy on the 6 validation photos both versions saw: " in out
    assert "Note: New classes: yellow." in out
    assert "--restore 1" in out
    classified = run_pictag(
        "classify", "--model", model, tmp_path / "data" / "yellow", "--format", "csv", tmp=tmp_path
    )
    assert classified.returncode == 0, classified.stderr
    rows = list(csv.DictReader(io.StringIO(classified.stdout)))
    assert [row["label_1"] for row in rows] == ["yellow"] * 10

    listed = run_pictag("update", model, "--list", tmp=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["version", "made", "how", "images", "accuracy"]
    assert lines[1].split()[0::3] == ["1", "trained"] and "in use" not in lines[1]
    assert lines[2].split()[0] == "2" and "updated (head)" in lines[2]
    assert lines[2].endswith("<- in use")
    assert " 40 " in lines[2]  # images

    restored = run_pictag("update", model, "--restore", "1", tmp=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("Version 1 (") and "is in use again" in restored.stdout
    assert sha(model) == sha(tmp_path / "colors.versions" / "v1.keras")


def test_usage_and_data_errors_exit_2_and_3_with_one_line(tmp_path, base):
    model = train_first(tmp_path, base)
    before = sha(model)

    def fails(*args: object, match: str, status: int = 2) -> None:
        result = run_pictag("update", *args, tmp=tmp_path)
        assert result.returncode == status, result.stderr
        assert match in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 or "usage:" in result.stderr

    fails(model, "--restore", "7", match="has no version 7; its versions are 1")
    fails(model, "--list", "--data-dir", tmp_path, match="go with an update, not --list")
    fails(model, "--list", "--full", match="not allowed with argument")
    fails(tmp_path / "missing.keras", match="model file not found")
    (tmp_path / "junk.keras").write_bytes(b"not a model")
    fails(tmp_path / "junk.keras", match="not a Keras model file", status=3)  # a data error
    shutil.copy(model, tmp_path / "alone.keras")
    fails(tmp_path / "alone.keras", match="no training report beside it")

    (tmp_path / "data").rename(tmp_path / "photos")  # the folder moved
    fails(model, match=f"it looks like it is now {tmp_path / 'photos'}: pictag update")
    fails(model, "--data-dir", tmp_path / "nowhere", match="training folder not found")
    assert sha(model) == before
    moved = run_pictag("update", model, "--data-dir", tmp_path / "photos", tmp=tmp_path)
    assert moved.returncode == 0, moved.stderr
    assert "0 new photos" in moved.stdout


def _interrupted_update(tmp: Path, base: Path, times: int) -> tuple[Path, tuple, tuple]:
    """An update of a first version, given a photo to learn, Ctrl-C'ed `times` times after
    its first epoch: the model, its file and report before, and the child's status, output
    and errors."""
    model = train_first(tmp, base)
    make_flat_image(tmp / "data" / "red" / "more.png", (200, 40, 40), (50, 50), pattern=True)
    before = sha(model), model.with_name("colors.report.json").read_bytes()
    child = start_slow_pictag("update", model, tmp=tmp)
    ended = interrupt(child, Lines(child.stderr), "  head epoch  1/", times=times)
    return model, before, ended


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is POSIX")
def test_ctrl_c_once_during_an_update_keeps_the_best_weights_as_the_new_version(tmp_path, base):
    model, before, (code, out, err) = _interrupted_update(tmp_path, base, times=1)
    assert code == 130, err
    assert FIRST_CTRL_C in err and "Stopped: keeping the best weights seen so far." in err
    assert "Traceback" not in err and "interrupted" not in err, err
    assert "Version 2 (head only) from version 1" in out and f"Saved {model}" in out
    assert sha(model) != before[0]
    report = json.loads(model.with_name("colors.report.json").read_text())
    assert report["stopped_by_user"] is True
    listed = run_pictag("update", model, "--list", tmp=tmp_path)
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:]] == ["1", "2"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is POSIX")
def test_ctrl_c_twice_during_an_update_exits_130_and_keeps_the_version_in_use(tmp_path, base):
    model, before, (code, _out, err) = _interrupted_update(tmp_path, base, times=2)
    assert code == 130, err
    assert SECOND_CTRL_C in err
    assert err.rstrip().endswith("pictag: interrupted; the version in use is unchanged"), err
    assert (sha(model), model.with_name("colors.report.json").read_bytes()) == before
    listed = run_pictag("update", model, "--list", tmp=tmp_path)
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:]] == ["1"]


@pytest.fixture(scope="module")
def first_version(tmp_path_factory, base) -> Path:
    """A first version trained once for the tests that only update it (its folder unchanged)."""
    return train_first(tmp_path_factory.mktemp("first"), base)


def copy_model(model: Path, folder: Path) -> Path:
    """`model` and its report in `folder`: a model of its own, trained on the same folder."""
    for source in (model, model.with_name("colors.report.json")):
        shutil.copy(source, folder / source.name)
    return folder / model.name


def _start_update(model: Path, tmp: Path) -> tuple[subprocess.Popen[str], Lines]:
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "update", str(model)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=pictag_env(tmp), cwd=ROOT,
    )  # fmt: skip
    return child, Lines(child.stderr)


def _ended(child: subprocess.Popen[str], lines: Lines) -> tuple[str, str]:
    assert child.wait(timeout=300) == 0, lines.finish(timeout=10)
    assert child.stdout is not None
    return child.stdout.read(), lines.finish(timeout=10)


@pytest.mark.parametrize("apart", [0, 3], ids=["together", "3 s apart"])
def test_two_updates_of_one_model_make_two_versions(tmp_path, first_version, apart):
    """The issue's two windows on one model: both updates end well, neither replaces the
    other's version, and the later one builds on the earlier one's."""
    model = copy_model(first_version, tmp_path)
    first = _start_update(model, tmp_path)
    if apart:  # the first holds the model: it has begun to keep the version in use
        assert first[1].wait_for("Keeping the version in use", timeout=240), first[1].lines
        time.sleep(apart)
    second = _start_update(model, tmp_path)
    runs = [_ended(*first), _ended(*second)]

    made = sorted(
        (int(m.group(1)), int(m.group(2)), out, err)
        for out, err in runs
        if (m := re.search(r"^Version (\d+) \(head only\) from version (\d+):", out, re.M))
    )
    assert [(number, based_on) for number, based_on, _, _ in made] == [(2, 1), (3, 2)]
    waiting = f"Waiting for another Pictag run that is writing {model} (pid "
    assert waiting not in made[0][3] and waiting in made[1][3], made[1][3]
    assert f"The other run has finished with {model}; going on" in made[1][3]
    if apart:
        assert waiting in runs[1][1]  # the one started later waited
    for number, _, out, err in made:
        assert f"Putting v{number} in use" in err and "Traceback" not in err
        assert f"--restore {number - 1}" in out
    listed = run_pictag("update", model, "--list", tmp=tmp_path)
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:]] == ["1", "2", "3"]
    assert sha(model) == sha(tmp_path / "colors.versions" / "v3.keras")
    assert sha(tmp_path / "colors.versions" / "v2.keras") != sha(model)
    assert not (tmp_path / ".colors.keras.lock").exists()


def test_a_model_another_process_writes_is_waited_for_then_refused(tmp_path):
    model = make_color_model_file(tmp_path / "colors.keras")
    before = sha(model)
    holder = hold_model_lock(model)
    try:
        refused = run_pictag("update", model, "--wait", "0", tmp=tmp_path)
        waited = run_pictag("update", model, "--restore", "1", "--wait", "1", tmp=tmp_path)
    finally:
        holder.kill()
        holder.wait()
    busy = f"pictag: error: {model}: another Pictag run is writing it (pid {holder.pid} on "
    assert refused.returncode == 3 and refused.stderr.startswith(busy), refused.stderr
    assert refused.stderr.rstrip().endswith("nothing was done: run this again once it has ended")
    assert "Waiting" not in refused.stderr
    assert waited.returncode == 3, waited.stderr
    first, *_, last = waited.stderr.strip().splitlines()
    assert first.startswith(f"Waiting for another Pictag run that is writing {model} (pid ")
    assert "at most 1 s; Ctrl-C or Cancel gives up, writing nothing" in first
    assert last.startswith(busy) and "after waiting 1 s" in last
    assert sha(model) == before and not (tmp_path / "colors.versions").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_update_killed_midway_leaves_the_model_free_for_the_next(tmp_path, first_version):
    model = copy_model(first_version, tmp_path)
    child = start_slow_pictag("update", model, tmp=tmp_path)
    lines = Lines(child.stderr)
    assert lines.wait_for("  head epoch  1/", timeout=240), lines.lines
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    assert (tmp_path / ".colors.keras.lock").exists()  # left by the killed run, not locked

    again = run_pictag("update", model, "--wait", "0", tmp=tmp_path)

    assert again.returncode == 0, again.stderr
    assert "Waiting" not in again.stderr and "Version 2 (head only) from version 1" in again.stdout
