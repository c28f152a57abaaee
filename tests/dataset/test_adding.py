"""Adding photos to a training set on real files: copy, move, a new class, hostile labels, name
collisions, photos added twice, relabels, undo, a disk that fills, and crashes at every point
of a file operation (in a subprocess killed midway)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.errors import UsageError, WriteError
from app.core.progress import Token
from app.dataset.adding import (
    MANIFESTS,
    Addition,
    add_to_dataset,
    class_mismatch,
    folders_for,
    start_training_set,
)
from app.sort import file_ops
from app.sort.manifest import read_manifest
from app.sort.undo import undo_sort
from tests.helpers import CRASH_HOOKS, CRASH_POINTS, fill, make_files, tree

ROOT = Path(__file__).resolve().parents[2]


def snapshot(folder: Path) -> dict[str, bytes]:
    """The set's files, its journals left out (they record the addition and its undo)."""
    return {k: v for k, v in tree(folder, leave_out=()).items() if not k.startswith(".pictag")}


@pytest.fixture
def dataset(tmp_path) -> Path:
    """data/cat/ and data/dog/ with two photos each."""
    make_files(tmp_path / "data", ["cat/c1.jpg", "cat/c2.jpg", "dog/d1.jpg", "dog/d2.jpg"])
    return tmp_path / "data"


@pytest.fixture
def photos(tmp_path) -> list[Path]:
    """New photos outside the set, with contents of their own."""
    return sorted(make_files(tmp_path / "new", [f"IMG_{i}.jpg" for i in range(4)]))


def test_copy_puts_each_photo_in_its_class_and_keeps_the_originals(dataset, photos):
    before = {p: p.read_bytes() for p in photos}
    summary = add_to_dataset(dataset, [Addition(photos[0], "cat"), Addition(photos[1], "dog")])
    assert [dest for _, dest in summary.added] == [
        dataset / "cat/IMG_0.jpg",
        dataset / "dog/IMG_1.jpg",
    ]
    assert (dataset / "cat/IMG_0.jpg").read_bytes() == before[photos[0]]
    assert all(p.read_bytes() == data for p, data in before.items())  # the originals stay
    assert summary.counts == {"cat": 1, "dog": 1} and not summary.created
    assert summary.manifest.parent == dataset / MANIFESTS
    assert summary.message().startswith(f"Added 2 photos to {dataset} (cat 1, dog 1).")
    rows = read_manifest(summary.manifest)  # the sort manifest's format: `sort --undo` reads it
    assert [r["status"] for r in rows if r["step"] == "1"] == ["started", "placing", "done"]


def test_move_moves_and_undo_puts_everything_back(dataset, photos):
    before_set, before_photos = snapshot(dataset), {p: p.read_bytes() for p in photos}
    summary = add_to_dataset(dataset, [Addition(p, "dog") for p in photos], move=True)
    assert not any(p.exists() for p in photos) and summary.counts == {"dog": 4}
    assert summary.message().startswith("Moved 4 photos")

    undone = undo_sort(summary.manifest)

    assert undone.complete and len(undone.restored) == 4
    assert {p: p.read_bytes() for p in photos} == before_photos
    assert snapshot(dataset) == before_set


def test_a_label_that_is_not_a_class_yet_creates_its_folder_and_undo_removes_it(dataset, photos):
    before = snapshot(dataset)
    summary = add_to_dataset(dataset, [Addition(photos[0], "bird"), Addition(photos[1], "bird")])
    assert summary.created == ["bird"]
    assert sorted(p.name for p in (dataset / "bird").iterdir()) == ["IMG_0.jpg", "IMG_1.jpg"]
    assert "New class folders: bird." in summary.message()
    undo_sort(summary.manifest)
    assert not (dataset / "bird").exists() and snapshot(dataset) == before


def test_hostile_labels_never_write_outside_the_set(dataset, photos, tmp_path):
    labels = ["../../escape", "CON", "a/b", ".hidden"]
    summary = add_to_dataset(
        dataset, [Addition(p, lb) for p, lb in zip(photos, labels, strict=True)]
    )
    placed = [dest for _, dest in summary.added]
    assert len(placed) == 4 and not summary.failed
    for dest in placed:
        assert dest.parent.parent == dataset  # one plain folder right under the set
        assert not dest.parent.name.startswith(".")  # a hidden folder is never a class
    assert {p.name for p in tmp_path.iterdir()} == {"data", "new"}  # nothing beside the set
    assert folders_for(["CON"], [])["CON"] == "_CON"
    with pytest.raises(UsageError, match="class name cannot be empty"):
        add_to_dataset(dataset, [Addition(photos[0], "  ")])


def test_a_name_collision_gets_a_suffix_and_nothing_is_overwritten(dataset, tmp_path):
    other = make_files(tmp_path / "elsewhere", ["c1.jpg"])  # same name, other content
    existing = (dataset / "cat/c1.jpg").read_bytes()
    summary = add_to_dataset(dataset, [Addition(p, "cat") for p in other])
    assert [dest.name for _, dest in summary.added] == ["c1 (2).jpg"]
    assert (dataset / "cat/c1.jpg").read_bytes() == existing


def test_a_photo_already_in_the_set_is_not_added_twice(dataset, tmp_path):
    twin = tmp_path / "camera" / "DSC_1.jpg"
    twin.parent.mkdir()
    twin.write_bytes((dataset / "cat/c2.jpg").read_bytes())  # the same photo, another name
    before = snapshot(dataset)

    for label in ("cat", "dog"):  # in its class, or under another one: one photo, one class
        summary = add_to_dataset(dataset, [Addition(twin, label)])
        assert summary.duplicates == [(twin, dataset / "cat/c2.jpg")] and not summary.added
        assert f"already in the set: DSC_1.jpg is {dataset / 'cat/c2.jpg'}" in summary.message()
    assert snapshot(dataset) == before
    # Twice in one go: the second is the first's twin.
    (fresh,) = make_files(tmp_path / "card", ["DSC_2.jpg"])
    summary = add_to_dataset(dataset, [Addition(fresh, "bird"), Addition(fresh, "bird")])
    assert len(summary.added) == 1 and summary.duplicates == [(fresh, dataset / "bird/DSC_2.jpg")]


def test_a_photo_of_the_set_given_another_class_is_moved_not_copied(dataset):
    before = snapshot(dataset)
    summary = add_to_dataset(dataset, [Addition(dataset / "cat/c1.jpg", "dog")])
    assert summary.relabelled == [(dataset / "cat/c1.jpg", dataset / "dog/c1.jpg")]
    assert not (dataset / "cat/c1.jpg").exists()  # one photo, one class
    same = add_to_dataset(dataset, [Addition(dataset / "dog/c1.jpg", "dog")])
    assert same.already == [dataset / "dog/c1.jpg"] and not same.added
    undo_sort(summary.manifest)
    assert snapshot(dataset) == before


def test_a_class_is_found_whatever_case_or_spelling_the_label_has(dataset):
    assert folders_for(["Cat", "cat ", "dog", "bird", "Bird"], ["cat", "dog"]) == {
        "Cat": "cat", "cat ": "cat", "dog": "dog", "Bird": "Bird", "bird": "Bird"
    }  # fmt: skip


def test_corrections_for_a_model_whose_classes_no_longer_match_its_folder(dataset, photos):
    (dataset / "dog/d1.jpg").unlink()
    (dataset / "dog/d2.jpg").unlink()
    (dataset / "dog").rmdir()  # the class folder was removed by hand
    summary = add_to_dataset(dataset, [Addition(photos[0], "dog")], model_labels=["cat", "dog"])
    assert summary.created == ["dog"]  # the label's folder is made again, and the person told
    assert "no longer match" in summary.message() and "no folder for dog" in summary.message()
    assert class_mismatch(["cat", "dog"], ["cat", "dog"], dataset) == ""
    assert "does not know yet: fox" in class_mismatch(
        ["cat", "dog"], ["cat", "dog", "fox"], dataset
    )


def test_a_set_that_is_gone_is_refused_before_anything_is_written(tmp_path, photos):
    with pytest.raises(UsageError, match=r"gone.*is not there \(moved or deleted\?\)"):
        add_to_dataset(tmp_path / "gone", [Addition(photos[0], "cat")])
    assert not (tmp_path / "gone").exists()


def test_a_photo_that_vanished_is_listed_and_the_rest_are_added(dataset, photos):
    photos[1].unlink()
    summary = add_to_dataset(dataset, [Addition(p, "cat") for p in photos])
    assert summary.failed == [(photos[1], "not found, or not a file")]
    assert len(summary.added) == 3


def test_a_cancel_stops_between_two_photos_and_what_was_done_undoes(dataset, photos):
    token, seen = Token(), []

    def progress(event):
        seen.append(event.done)
        if event.done == 2:
            token.cancel()

    before = snapshot(dataset)
    summary = add_to_dataset(
        dataset, [Addition(p, "cat") for p in photos], progress=progress, token=token
    )
    assert summary.stopped and len(summary.added) == 2 and seen[0] == 0
    assert undo_sort(summary.manifest).complete and snapshot(dataset) == before


def test_start_a_training_set(tmp_path):
    root = tmp_path / "my set"
    assert start_training_set(root, ["oak", " maple ", "a/b", ""]) == ["a_b", "maple", "oak"]
    assert start_training_set(root, ["Oak", "birch"]) == ["a_b", "birch", "maple", "oak"]
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="is a file; choose a folder"):
        start_training_set(tmp_path / "file", ["oak"])


# -- a disk that fills -------------------------------------------------------------------------


def test_a_disk_that_fills_while_copying_stops_and_damages_nothing(dataset, photos, monkeypatch):
    real_open, copies = open, []

    class Full:
        """A file on a full disk: the first megabyte chunk fails to be written."""

        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    def opening(file, mode="r", *args, **kwargs):
        stream = real_open(file, mode, *args, **kwargs)
        if "w" in mode and isinstance(file, int):  # copy_to_temp's temporary copy
            copies.append(file)
            if len(copies) == 3:
                return Full(stream)
        return stream

    monkeypatch.setattr(file_ops, "open", opening, raising=False)
    before_set = snapshot(dataset)
    summary = add_to_dataset(dataset, [Addition(p, "cat") for p in photos])

    assert len(summary.added) == 2 and summary.failed == [(photos[2], "No space left on device")]
    assert summary.stopped and "is full: nothing more was added" in summary.message()
    assert all(p.exists() for p in photos)
    assert sorted(os.listdir(dataset / "cat")) == ["IMG_0.jpg", "IMG_1.jpg", "c1.jpg", "c2.jpg"]
    assert undo_sort(summary.manifest).complete and snapshot(dataset) == before_set


def test_a_set_on_a_full_disk_is_refused_or_stopped_and_undone(small_disk, photos):
    """No room for the manifest: nothing done, nothing left; room for it but not for a photo:
    the job stops at the first photo with why, and its undo leaves the set as it was."""
    disk = small_disk()
    make_files(disk / "data", ["cat/c1.jpg", "dog/d1.jpg"])
    before = snapshot(disk / "data")
    filler = fill(disk)
    with pytest.raises(WriteError, match=r"cannot create the manifest .*No space left on device"):
        add_to_dataset(disk / "data", [Addition(p, "cat") for p in photos])
    assert snapshot(disk / "data") == before and not list(disk.rglob("*.csv"))
    filler.unlink()
    fill(disk, leave=4096)
    summary = add_to_dataset(disk / "data", [Addition(p, "cat") for p in photos])
    assert summary.stopped and summary.failed == [(photos[0], "No space left on device")]
    assert undo_sort(summary.manifest).complete and snapshot(disk / "data") == before


FULL_CHILD = """
import resource, signal, sys
from pathlib import Path
from app.dataset.adding import Addition, add_to_dataset

root, src = Path(sys.argv[1]), Path(sys.argv[2])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
summary = add_to_dataset(root, [Addition(p, "cat") for p in sorted(src.iterdir())])
print(len(summary.added), summary.failed[0][1] if summary.failed else "")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file size limits")
def test_a_write_the_system_refuses_midway_in_a_real_process(dataset, tmp_path):
    """The kernel refuses a copy partway (a file size limit, as a full disk would): the
    photo stays where it was and no partial file is left in the set."""
    src = tmp_path / "big"
    src.mkdir()
    (src / "a_small.jpg").write_bytes(b"s" * 1000)
    (src / "b_large.jpg").write_bytes(os.urandom(600_000))
    before = snapshot(dataset)
    child = subprocess.run(
        [sys.executable, "-c", FULL_CHILD, str(dataset), str(src)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    assert child.stdout.split(maxsplit=1) == ["1", "File too large\n"]
    assert snapshot(dataset) == {**before, "cat/a_small.jpg": b"s" * 1000}
    assert (src / "b_large.jpg").stat().st_size == 600_000


# -- crashes -----------------------------------------------------------------------------------

CHILD = (
    CRASH_HOOKS
    + """
from app.dataset.adding import Addition, add_to_dataset

files = sorted(Path(src).iterdir())
add_to_dataset(Path(dest), [Addition(f, "cat" if i % 2 else "bird") for i, f in enumerate(files)],
               move=mode == "move")
"""
)


@pytest.mark.parametrize(
    ("mode", "point"),
    [("copy", p) for p in CRASH_POINTS] + [("move", p) for p in [*CRASH_POINTS, "before_unlink"]],
)
def test_a_crash_midway_loses_nothing_and_is_undone_exactly(dataset, tmp_path, mode, point):
    src = tmp_path / "src"
    files = make_files(src, [f"{i:02d}.jpg" for i in range(8)])
    before = snapshot(dataset)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(src), str(dataset), mode, point, "5"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert child.returncode == 9, child.stderr
    if mode == "move":
        assert 0 < sum(not p.exists() for p in files) < len(files)
    placed = len(snapshot(dataset)) - len(before)
    assert sum(p.exists() for p in files) + placed >= len(files)  # every photo is somewhere
    (journal,) = (dataset / MANIFESTS).iterdir()

    undone = undo_sort(journal)

    assert undone.complete, undone.skipped
    assert {p: p.read_bytes() for p in files} == files
    assert snapshot(dataset) == before  # no copy, temporary file or new class folder is left
    assert undo_sort(journal).complete and snapshot(dataset) == before
