"""Every command that writes, onto a file system that is full (a tiny tmpfs): one line saying
which file, what happened and what to do, exit status 3, nothing left behind that the user did
not ask for, and the undo (or the resume) that the message suggests works."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.helpers import run_pictag
from tests.helpers import COLORS, fill, make_color_model_file, make_photo

FULL = "No space left on device"
TINY_TRAINING = ["--weights", "none", "--image-size", "32", "--batch-size", "16", "--epochs", "1"]


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> Path:
    return make_color_model_file(tmp_path_factory.mktemp("model") / "colors.keras")


def photos(folder: Path, count: int = 4) -> list[Path]:
    names = [list(COLORS)[i % 3] for i in range(count)]
    return [
        make_photo(folder / f"{name}_{i}.jpg", color=COLORS[name]) for i, name in enumerate(names)
    ]


def error_line(stderr: str) -> str:
    """The one error line: no traceback, no second error hiding the first."""
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("pictag: error:")]
    assert len(errors) == 1, stderr
    return errors[0]


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.name != "filler")


def test_sort_into_a_full_disk_leaves_nothing_there(model, tmp_path, small_disk):
    photos(tmp_path / "src")
    disk = small_disk()
    fill(disk)
    done = run_pictag("sort", tmp_path / "src", disk / "sorted", "--model", model, tmp=tmp_path)
    assert done.returncode == 3
    assert error_line(done.stderr).startswith(
        f"pictag: error: cannot create the manifest {disk / 'sorted'}/pictag-sort-"
    )
    assert FULL in done.stderr and listing(disk) == []  # no manifest, no folder


def test_a_sort_that_fills_the_disk_stops_and_its_resume_and_undo_work(model, tmp_path, small_disk):
    originals = {p: p.read_bytes() for p in photos(tmp_path / "src")}
    disk = small_disk()
    filler = fill(disk, leave=4096)  # the manifest's page, no room for a photo
    dest = disk / "sorted"
    done = run_pictag("sort", tmp_path / "src", dest, "--model", model, tmp=tmp_path)
    assert done.returncode == 3
    line = error_line(done.stderr)
    assert f"({FULL}), so the sort stopped" in line
    (manifest,) = dest.glob("pictag-sort-*.csv")
    assert f"--resume {manifest}" in line and f"pictag sort --undo {manifest}" in line
    assert not list(dest.rglob("*.jpg")) and not list(dest.rglob(".pictag-*"))
    filler.unlink()  # room again: the resume it suggested sorts everything
    resumed = run_pictag(
        "sort", tmp_path / "src", dest, "--model", model, "--resume", manifest, tmp=tmp_path
    )
    assert resumed.returncode == 0, resumed.stderr
    assert sorted(p.read_bytes() for p in dest.rglob("*.jpg")) == sorted(originals.values())
    undone = run_pictag("sort", "--undo", manifest, tmp=tmp_path)  # and the undo: all of it
    assert undone.returncode == 0, undone.stderr
    assert listing(disk) == ["sorted", f"sorted/{manifest.name}"]


def test_undo_of_a_sort_stopped_by_a_full_disk_leaves_no_folder(model, tmp_path, small_disk):
    photos(tmp_path / "src")
    disk = small_disk()
    fill(disk, leave=4096)
    dest = disk / "sorted"
    done = run_pictag("sort", tmp_path / "src", dest, "--model", model, tmp=tmp_path)
    assert done.returncode == 3, done.stderr
    (manifest,) = dest.glob("pictag-sort-*.csv")
    undone = run_pictag("sort", "--undo", manifest, tmp=tmp_path)
    assert undone.returncode == 0, undone.stderr
    assert listing(disk) == ["sorted", f"sorted/{manifest.name}"]  # no empty class folder


def test_tag_on_a_full_disk(model, tmp_path, small_disk):
    disk = small_disk()
    photos(disk)
    before = {p: p.read_bytes() for p in disk.iterdir()}
    fill(disk)
    done = run_pictag("tag", disk, "--model", model, tmp=tmp_path)
    assert done.returncode == 3
    assert error_line(done.stderr).startswith(f"pictag: error: cannot create the manifest {disk}")
    assert {p: p.read_bytes() for p in disk.iterdir() if p.name != "filler"} == before


def test_a_keyword_write_that_fills_the_disk_stops_and_its_undo_works(model, tmp_path, small_disk):
    disk = small_disk()
    photos(disk)
    before = {p: p.read_bytes() for p in disk.iterdir()}
    fill(disk, leave=4096)  # the manifest's page, no room for a sidecar
    done = run_pictag("tag", disk, "--model", model, tmp=tmp_path)
    assert done.returncode == 3
    line = error_line(done.stderr)
    (manifest,) = disk.glob("pictag-tag-*.csv")
    assert f"({FULL}), so Pictag stopped" in line and f"pictag tag --undo {manifest}" in line
    undone = run_pictag("tag", "--undo", manifest, tmp=tmp_path)
    assert undone.returncode == 0, undone.stderr
    assert {p: p.read_bytes() for p in disk.iterdir() if p.suffix == ".jpg"} == before
    assert not list(disk.glob("*.xmp"))


@pytest.mark.parametrize(("suffix", "resume"), [(".csv", False), (".jsonl", True)])
def test_classify_output_on_a_full_disk(model, tmp_path, small_disk, resume, suffix):
    photos(tmp_path / "photos", count=40)
    disk = small_disk()
    fill(disk)
    output = disk / f"results{suffix}"
    extra = ["--resume"] if resume else []
    done = run_pictag(
        "classify", tmp_path / "photos", "--model", model, "--output", output, *extra,
        tmp=tmp_path,
    )  # fmt: skip
    assert done.returncode == 3
    # The results go to a partial file until the run ends (then renamed onto the output).
    line = error_line(done.stderr)
    assert line.startswith(f"pictag: error: cannot write {output}.partial ({FULL})"), line
    assert "run again with --resume" in line


def test_parquet_output_on_a_full_disk_leaves_no_part_behind(model, tmp_path, small_disk):
    pytest.importorskip("pyarrow")
    photos(tmp_path / "photos")
    disk = small_disk()
    fill(disk)
    output = disk / "results.parquet"
    done = run_pictag(
        "classify", tmp_path / "photos", "--model", model, "--format", "parquet",
        "--output", output, tmp=tmp_path,
    )  # fmt: skip
    assert done.returncode == 3
    assert error_line(done.stderr).startswith(f"pictag: error: cannot write {output} ({FULL})")
    assert not list(output.glob("*.parquet*")) and not list(output.glob(".part-*"))


def test_train_on_a_full_disk_leaves_no_checkpoints(tmp_path, small_disk):
    for name, color in COLORS.items():
        for i in range(4):
            make_photo(tmp_path / "data" / name / f"{i}.jpg", size=(32, 32), color=color)
    disk = small_disk()
    fill(disk)
    output = disk / "m.keras"
    done = run_pictag("train", tmp_path / "data", "--output", output, *TINY_TRAINING, tmp=tmp_path)
    assert done.returncode == 3
    assert FULL in error_line(done.stderr)
    assert listing(disk) == []  # no hidden .m.keras.checkpoints/, no temporary file


def test_export_on_a_full_disk(model, tmp_path, small_disk):
    """TensorFlow's ResourceExhaustedError from its SaveV2 (what every format writes first)."""
    disk = small_disk()
    fill(disk)
    output = disk / "exported"
    done = run_pictag("export", model, "--format", "savedmodel", "--output", output, tmp=tmp_path)
    assert done.returncode == 3
    line = error_line(done.stderr)
    assert line.startswith(f"pictag: error: cannot write {output} ({FULL})")
    assert listing(disk) == []


def test_the_feature_cache_on_a_full_disk(tmp_path, small_disk):
    shutil.rmtree(tmp_path / "pictag_cache", ignore_errors=True)
    disk = small_disk()
    fill(disk)
    for name, color in COLORS.items():
        for i in range(4):
            make_photo(tmp_path / "data" / name / f"{i}.jpg", size=(32, 32), color=color)
    done = run_pictag(
        "train", tmp_path / "data", "--output", tmp_path / "m.keras", *TINY_TRAINING,
        tmp=tmp_path, env={"PICTAG_CACHE_DIR": str(disk / "cache")},
    )  # fmt: skip
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
