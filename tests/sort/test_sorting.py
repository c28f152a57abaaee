"""The sort engine on real files: copy, move, threshold, collisions, dry run, undo, hostile
labels, and crashes at every point of a file operation (in a subprocess killed mid-sort)."""

from __future__ import annotations

import csv
import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import journal as core_journal
from app.core.discovery import Discovery
from app.core.errors import UsageError
from app.core.journal import ManifestWriteError
from app.core.results import ClassifyResult, Prediction
from app.core.resume import skip_done
from app.sort import file_ops
from app.sort import sorter as sorting
from app.sort.manifest import read_manifest
from app.sort.resume import resume_sort
from app.sort.sorter import Sorter, check_folders, discover_sources
from app.sort.undo import undo_sort
from tests.helpers import CRASH_HOOKS, CRASH_POINTS, make_files, tree

ROOT = Path(__file__).resolve().parents[2]


def result(path: Path, label: str, p: float = 0.9) -> ClassifyResult:
    return ClassifyResult(path, (Prediction(label, p),))


def sort(results, dest: Path, labels=("cat", "dog"), **options):
    sorter = Sorter(dest, labels, **options)
    for r in results:
        sorter.add(r)
    return sorter.close()


def test_copy_files_each_image_under_its_label_and_keeps_the_sources(tmp_path):
    files = make_files(tmp_path / "src", ["a.jpg", "sub/b.jpg", "c.png"])
    os.utime(tmp_path / "src" / "a.jpg", (1_000_000, 1_000_000))
    labels = ["cat", "dog", "cat"]
    summary = sort([result(p, lb) for p, lb in zip(files, labels, strict=True)], tmp_path / "out")

    assert tree(tmp_path / "out") == {
        "cat/a.jpg": files[tmp_path / "src" / "a.jpg"],
        "dog/b.jpg": files[tmp_path / "src" / "sub" / "b.jpg"],
        "cat/c.png": files[tmp_path / "src" / "c.png"],
    }
    assert all(p.read_bytes() == data for p, data in files.items())  # sources untouched
    assert (tmp_path / "out" / "cat" / "a.jpg").stat().st_mtime == 1_000_000  # like copy2
    assert summary.counts == {"cat": 2, "dog": 1} and not summary.failed
    done = [r for r in read_manifest(summary.manifest) if r["status"] == "done"]
    assert [(r["action"], Path(r["source"]).name, Path(r["destination"]).parent.name) for r in done
            if r["action"] == "copy"] == [("copy", "a.jpg", "cat"), ("copy", "b.jpg", "dog"),
                                         ("copy", "c.png", "cat")]  # fmt: skip
    assert all(r["sha256"] and r["size"] for r in done if r["action"] == "copy")


def test_move_moves_and_undo_puts_everything_back(tmp_path):
    src = tmp_path / "src"
    files = make_files(src, ["a.jpg", "deep/er/b.jpg"])
    summary = sort([result(p, "dog") for p in files], tmp_path / "out", move=True)

    assert not any(p.exists() for p in files)
    assert set(tree(tmp_path / "out")) == {"dog/a.jpg", "dog/b.jpg"}

    undone = undo_sort(summary.manifest)
    assert len(undone.restored) == 2 and undone.complete
    assert all(p.read_bytes() == data for p, data in files.items())
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [summary.manifest.name]
    again = undo_sort(summary.manifest)  # twice is harmless
    assert not (again.restored or again.removed or again.skipped)
    assert all(p.read_bytes() == data for p, data in files.items())


def test_threshold_sends_unsure_images_apart_from_a_label_named_unsure(tmp_path):
    files = list(make_files(tmp_path / "src", ["sure.jpg", "doubt.jpg", "named.jpg"]))
    results = [result(files[0], "cat", 0.8), result(files[1], "cat", 0.49),
               result(files[2], "_unsure", 0.99)]  # fmt: skip
    summary = sort(results, tmp_path / "out", labels=("cat", "_unsure"), min_confidence=0.5)
    out = tree(tmp_path / "out")
    assert "cat/sure.jpg" in out and "_unsure/doubt.jpg" in out
    (named,) = [k for k in out if k.endswith("named.jpg")]
    assert named.startswith("_unsure~")  # the label's own folder, not the threshold's
    assert summary.counts["_unsure"] == 1


def test_name_collisions_get_a_suffix_and_nothing_is_overwritten(tmp_path):
    files = make_files(tmp_path / "src", ["x/IMG.jpg", "y/IMG.jpg", "z/IMG.jpg"])
    existing = tmp_path / "out" / "cat" / "IMG.jpg"
    existing.parent.mkdir(parents=True)
    existing.write_bytes(b"the user's own file")
    sort([result(p, "cat") for p in files], tmp_path / "out")
    out = tree(tmp_path / "out")
    assert out["cat/IMG.jpg"] == b"the user's own file"
    assert sorted(out) == ["cat/IMG (2).jpg", "cat/IMG (3).jpg", "cat/IMG (4).jpg", "cat/IMG.jpg"]
    assert [out[f"cat/IMG ({n}).jpg"] for n in (2, 3, 4)] == list(files.values())


def test_dry_run_plans_the_same_names_and_writes_nothing(tmp_path):
    files = list(make_files(tmp_path / "src", ["x/IMG.jpg", "y/IMG.jpg", "bad.jpg"]))
    (tmp_path / "out" / "cat").mkdir(parents=True)
    (tmp_path / "out" / "cat" / "IMG.jpg").write_bytes(b"taken")
    before = tree(tmp_path)
    sorter = Sorter(tmp_path / "out", ["cat"], dry_run=True)
    outcomes = [sorter.add(result(f, "cat")) for f in files[:2]]
    outcomes.append(sorter.add(ClassifyResult(files[2], error="truncated")))
    summary = sorter.close()
    assert [o.destination.name for o in outcomes[:2]] == ["IMG (2).jpg", "IMG (3).jpg"]
    assert outcomes[2].destination is None and summary.failed == [(files[2], "truncated")]
    assert summary.manifest is None and tree(tmp_path) == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["cat"]


def test_unreadable_images_stay_in_place_and_are_recorded(tmp_path):
    (good,) = make_files(tmp_path / "src", ["good.jpg"])
    bad = tmp_path / "src" / "bad.jpg"
    bad.write_bytes(b"not a photo")
    summary = sort(
        [result(good, "cat"), ClassifyResult(bad, error="not an image")], tmp_path / "out"
    )
    assert bad.read_bytes() == b"not a photo" and summary.failed == [(bad, "not an image")]
    rows = [r for r in read_manifest(summary.manifest) if r["action"] == "leave"]
    assert [(r["source"], r["detail"]) for r in rows] == [(str(bad), "not an image")]


def test_undo_of_copies_keeps_a_copy_changed_since(tmp_path):
    files = list(make_files(tmp_path / "src", ["a.jpg", "b.jpg"]))
    summary = sort([result(f, "cat") for f in files], tmp_path / "out")
    (tmp_path / "out" / "cat" / "b.jpg").write_bytes(b"edited by the user afterwards")
    undone = undo_sort(summary.manifest)
    assert [p.name for p in undone.removed] == ["a.jpg"]
    assert [p.name for p, _ in undone.skipped] == ["b.jpg"] and not undone.complete
    assert tree(tmp_path / "out") == {"cat/b.jpg": b"edited by the user afterwards"}
    assert all(f.exists() for f in files)


def test_undo_never_overwrites_a_file_back_at_the_original_path(tmp_path):
    (photo,) = make_files(tmp_path / "src", ["a.jpg"])
    summary = sort([result(photo, "cat")], tmp_path / "out", move=True)
    photo.write_bytes(b"a new file with the old name")
    undone = undo_sort(summary.manifest)
    assert not undone.complete and photo.read_bytes() == b"a new file with the old name"
    assert (tmp_path / "out" / "cat" / "a.jpg").exists()


def test_undo_dry_run_changes_nothing(tmp_path):
    files = make_files(tmp_path / "src", ["a.jpg"])
    summary = sort([result(p, "cat") for p in files], tmp_path / "out", move=True)
    before, manifest = tree(tmp_path), summary.manifest.read_bytes()
    undone = undo_sort(summary.manifest, dry_run=True)
    assert len(undone.restored) == 1 and tree(tmp_path) == before
    assert summary.manifest.read_bytes() == manifest


HOSTILE = ["../../escape", "/tmp/abs", "C:\\x", "CON", ".", "..", "", "a/../../b", "猫", "Épinard"]


def test_hostile_labels_never_write_outside_dest(tmp_path):
    names = [f"{i}.jpg" for i in range(len(HOSTILE))]
    files = list(make_files(tmp_path / "src", names))
    dest = tmp_path / "box" / "out"
    summary = sort([result(f, lb) for f, lb in zip(files, HOSTILE, strict=True)], dest,
                   labels=HOSTILE, move=True)  # fmt: skip
    assert summary.placed == len(HOSTILE) and not summary.failed
    outside = {p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(dest)}
    assert outside == set()  # the sources moved, and nothing landed anywhere else
    folders = [p for p in dest.iterdir() if p.is_dir()]
    assert len(folders) == len(HOSTILE) and all(p.parent == dest for p in folders)
    assert {"猫", "Épinard", "_CON"} <= {p.name for p in folders}
    assert undo_sort(summary.manifest).complete and all(f.exists() for f in files)


def test_a_label_folder_that_is_a_symlink_is_not_followed(tmp_path):
    (photo,) = make_files(tmp_path / "src", ["a.jpg"])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "cat").symlink_to(elsewhere, target_is_directory=True)
    summary = sort([result(photo, "cat")], tmp_path / "out", move=True)
    assert list(elsewhere.iterdir()) == [] and photo.exists()
    assert summary.failed and "link" in summary.failed[0][1]


def test_folder_checks(tmp_path):
    src = tmp_path / "src"
    make_files(src, ["a.jpg", "out/cat/old.jpg"])
    with pytest.raises(UsageError, match="another folder"):
        check_folders(src, src / ".")
    with pytest.raises(UsageError, match="inside"):
        check_folders(src, tmp_path)
    with pytest.raises(UsageError, match="no such folder"):
        check_folders(tmp_path / "nope", tmp_path / "out")
    check_folders(src, src / "out")  # DEST inside SRC is fine: its files are not picked up
    assert [p.name for p in discover_sources(src, src / "out").files] == ["a.jpg"]


def test_a_move_to_another_disk_copies_then_removes_the_source(tmp_path, monkeypatch):
    files = make_files(tmp_path / "src", ["a.jpg", "b.jpg"])
    real_link = os.link

    def cross_device(src, dst, **kwargs):
        if Path(src).parent == tmp_path / "src":
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real_link(src, dst, **kwargs)

    monkeypatch.setattr(file_ops.os, "link", cross_device)
    summary = sort([result(p, "cat") for p in files], tmp_path / "out", move=True)
    assert not any(p.exists() for p in files)
    assert sorted(tree(tmp_path / "out").values()) == sorted(files.values())
    assert undo_sort(summary.manifest).complete
    assert all(p.read_bytes() == data for p, data in files.items())


def test_without_hard_links_renames_without_overwriting(tmp_path, monkeypatch):
    files = make_files(tmp_path / "src", ["x/a.jpg", "y/a.jpg"])

    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(file_ops.os, "link", no_links)
    summary = sort([result(p, "cat") for p in files], tmp_path / "out")
    assert sorted(tree(tmp_path / "out")) == ["cat/a (2).jpg", "cat/a.jpg"]
    assert undo_sort(summary.manifest).complete and tree(tmp_path / "out") == {}


# -- crashes -----------------------------------------------------------------------------------

CHILD = (
    CRASH_HOOKS
    + """
from app.sort import sorter as sorting
from app.core.results import ClassifyResult, Prediction

sorter = sorting.Sorter(Path(dest), ["cat", "dog"], move=mode == "move",
                        manifest=Path(dest).parent / "manifest.csv")
files = sorted(Path(src).iterdir())
for i, f in enumerate(files):
    sorter.add(ClassifyResult(f, (Prediction("cat" if i % 2 else "dog", 0.9),)))
sorter.close()
"""
)


# A copy never removes its source, so it has no "before_unlink".
CRASHES = [("copy", p) for p in CRASH_POINTS] + [
    ("move", p) for p in [*CRASH_POINTS, "before_unlink"]
]


def _crashed_sort(tmp_path: Path, mode: str, point: str) -> tuple[Path, Path, dict, Path]:
    """(source, destination, the photos and their bytes, the manifest) of a sort of 8 photos
    that crashed at `point` of its fifth photo."""
    src, dest = tmp_path / "src", tmp_path / "out"
    files = make_files(src, [f"{i:02d}.jpg" for i in range(8)])
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(src), str(dest), mode, point, "5"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert child.returncode == 9, child.stderr
    return src, dest, files, tmp_path / "manifest.csv"


@pytest.mark.parametrize(("mode", "point"), CRASHES)
def test_a_crash_halfway_is_undone_exactly(tmp_path, mode, point):
    src, dest, files, manifest = _crashed_sort(tmp_path, mode, point)
    if mode == "move":  # the crash came halfway: some files had moved, the rest had not
        assert 0 < sum(not p.exists() for p in files) < len(files)
    assert sum(p.exists() for p in files) + len(tree(dest)) >= len(files)  # nothing lost

    undone = undo_sort(manifest)

    assert undone.complete, undone.skipped
    assert all(p.read_bytes() == data for p, data in files.items())
    assert sorted(src.iterdir()) == sorted(files)
    assert tree(dest) == {}  # no copy, no temporary file, no placeholder is left
    with open(manifest, newline="") as f:
        assert any(row["action"] == "undo" for row in csv.DictReader(f))
    assert undo_sort(manifest).complete and tree(dest) == {}


@pytest.mark.parametrize(("mode", "point"), CRASHES)
def test_a_crash_halfway_resumes_to_every_photo_sorted_once(tmp_path, mode, point):
    src, dest, files, manifest = _crashed_sort(tmp_path, mode, point)
    move = mode == "move"

    resumed = resume_sort(manifest, dest, move=move)
    rest = skip_done(Discovery(files=sorted(files)), resumed.done).files
    assert 0 < len(rest) < len(files) and len(resumed.done) + len(rest) == len(files)
    sorter = Sorter(dest, ["cat", "dog"], move=move, resume=resumed)
    for f in rest:
        sorter.add(result(f, "cat" if sorted(files).index(f) % 2 else "dog"))
    summary = sorter.close()

    assert summary.placed == len(files) and summary.earlier == len(resumed.done)
    placed = tree(dest)
    assert not [name for name in placed if Path(name).name.startswith(".")]  # no temp left
    assert sorted(placed.values()) == sorted(files.values())  # each photo once, none twice
    assert sorted(src.iterdir()) == ([] if move else sorted(files))
    undone = undo_sort(manifest)  # one undo takes back the sort and its resume
    assert undone.complete, undone.skipped
    assert all(p.read_bytes() == data for p, data in files.items()) and tree(dest) == {}


def test_a_sort_resumes_only_as_it_was_begun(tmp_path):
    files = make_files(tmp_path / "src", ["a.jpg", "b.jpg"])
    summary = sort([result(p, "cat") for p in files], tmp_path / "out")
    with pytest.raises(UsageError, match="records a copy sort: resume it without --move"):
        resume_sort(summary.manifest, tmp_path / "out", move=True)
    with pytest.raises(UsageError, match="not .*elsewhere"):
        resume_sort(summary.manifest, tmp_path / "elsewhere", move=False)
    assert len(resume_sort(summary.manifest, tmp_path / "out", move=False).done) == 2
    undo_sort(summary.manifest)
    with pytest.raises(UsageError, match="was undone"):
        resume_sort(summary.manifest, tmp_path / "out", move=False)


# -- what cannot be done: one line for the user, or one file recorded -------------------------


def denied(path) -> PermissionError:
    return PermissionError(errno.EACCES, "Permission denied", str(path))


def deny_manifests(monkeypatch) -> None:
    """A manifest can be neither created nor opened to append (a folder or file read-only)."""
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if flags & os.O_APPEND:
            raise denied(path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(core_journal.os, "open", read_only)


def test_a_manifest_that_cannot_be_created_is_a_one_line_usage_error(tmp_path, monkeypatch):
    with pytest.raises(UsageError, match=r"the folder .*nowhere does not exist; create it"):
        Sorter(tmp_path / "out", ["cat"], manifest=tmp_path / "nowhere" / "m.csv")
    deny_manifests(monkeypatch)
    with pytest.raises(
        UsageError, match=r"cannot create a manifest in .*out \(Permission denied\)"
    ):
        Sorter(tmp_path / "out", ["cat"])
    with pytest.raises(UsageError, match=r"cannot create the manifest .*m\.csv \(Permission"):
        Sorter(tmp_path / "out", ["cat"], manifest=tmp_path / "m.csv")


def test_a_destination_that_cannot_be_used_is_a_one_line_usage_error(tmp_path, monkeypatch):
    (tmp_path / "file").write_bytes(b"not a folder")
    for dry_run in (False, True):
        with pytest.raises(UsageError, match="is a file, not a folder"):
            Sorter(tmp_path / "file", ["cat"], dry_run=dry_run)
    with pytest.raises(UsageError, match=r"cannot create .*file/out \(Not a directory\)"):
        Sorter(tmp_path / "file" / "out", ["cat"])
    (tmp_path / "locked").mkdir()
    monkeypatch.setattr(sorting.os, "access", lambda path, mode: False)  # as for a non-root user
    with pytest.raises(UsageError, match="locked: permission denied"):
        Sorter(tmp_path / "locked", ["cat"])
    with pytest.raises(UsageError, match="locked: permission denied"):
        check_folders(tmp_path, tmp_path / "locked")
    assert list((tmp_path / "locked").iterdir()) == []


def test_undo_with_a_read_only_manifest_is_a_usage_error_and_changes_nothing(tmp_path, monkeypatch):
    files = make_files(tmp_path / "src", ["a.jpg"])
    summary = sort([result(p, "cat") for p in files], tmp_path / "out")
    before = tree(tmp_path)
    deny_manifests(monkeypatch)
    with pytest.raises(UsageError, match="cannot write to .* make the file writable"):
        undo_sort(summary.manifest)
    assert tree(tmp_path) == before


def test_a_copy_that_cannot_be_deleted_is_left_alone_and_the_undo_goes_on(tmp_path, monkeypatch):
    files = list(make_files(tmp_path / "src", ["a.jpg", "b.jpg", "c.jpg"]))
    summary = sort([result(f, "cat") for f in files], tmp_path / "out")
    stuck, real_unlink = tmp_path / "out" / "cat" / "b.jpg", Path.unlink

    def unlink(self, *args, **kwargs):
        if self == stuck:
            raise denied(self)
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", unlink)
    undone = undo_sort(summary.manifest)
    assert sorted(p.name for p in undone.removed) == ["a.jpg", "c.jpg"]
    assert undone.skipped == [(stuck, "cannot be deleted (Permission denied); left in place")]
    assert tree(tmp_path / "out") == {"cat/b.jpg": stuck.read_bytes()}
    monkeypatch.undo()
    assert undo_sort(summary.manifest).complete and tree(tmp_path / "out") == {}


def test_a_manifest_that_cannot_be_written_stops_the_sort_with_one_line(tmp_path, monkeypatch):
    files = list(make_files(tmp_path / "src", ["a.jpg", "b.jpg"]))
    sorter = Sorter(tmp_path / "out", ["cat"])
    sorter.add(result(files[0], "cat"))

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(core_journal.os, "fsync", full)
    with pytest.raises(ManifestWriteError, match=r"No space left on device.*pictag sort --undo"):
        sorter.add(result(files[1], "cat"))
    monkeypatch.undo()
    summary = sorter.close()
    assert summary.placed == 1 and tree(tmp_path / "out") == {"cat/a.jpg": files[0].read_bytes()}
    assert undo_sort(summary.manifest).complete and tree(tmp_path / "out") == {}


def cross_device(monkeypatch) -> None:
    """Hard links between two folders fail as between two disks; within a folder they work."""
    real_link = os.link

    def link(src, dst, **kwargs):
        if Path(src).parent != Path(dst).parent:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real_link(src, dst, **kwargs)

    monkeypatch.setattr(file_ops.os, "link", link)


@pytest.mark.parametrize("edited", [False, True])
def test_a_move_whose_original_cannot_be_removed_counts_as_placed_and_undo_loses_nothing(
    tmp_path, monkeypatch, edited
):
    files = make_files(tmp_path / "src", ["a.jpg", "b.jpg"])
    a, b = files
    cross_device(monkeypatch)
    real_unlink = Path.unlink

    def unlink(self, *args, **kwargs):
        if self == a:
            raise denied(self)
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", unlink)
    summary = sort([result(p, "cat") for p in files], tmp_path / "out", move=True)
    monkeypatch.setattr(Path, "unlink", real_unlink)

    assert summary.placed == 2 and not summary.failed
    assert summary.originals_kept == [(a, "Permission denied")]
    assert a.exists() and not b.exists() and len(tree(tmp_path / "out")) == 2
    (row,) = [r for r in read_manifest(summary.manifest) if r["status"] == "original-kept"]
    assert row["source"] == str(a) and "original could not be removed" in row["detail"]

    if edited:  # the original changed since: the sorted copy is then the only old version
        a.write_bytes(b"edited after the sort")
    undone = undo_sort(summary.manifest)
    assert b.read_bytes() == files[b]
    if edited:
        assert [p.name for p, _ in undone.skipped] == ["a.jpg"]
        assert tree(tmp_path / "out") == {"cat/a.jpg": files[a]}
        assert a.read_bytes() == b"edited after the sort"
    else:
        assert undone.complete and tree(tmp_path / "out") == {}
        assert a.read_bytes() == files[a]


def test_an_undo_cut_short_leaves_no_temporary_file_in_the_way(tmp_path, monkeypatch):
    files = make_files(tmp_path / "src", ["a.jpg", "b.jpg"])
    cross_device(monkeypatch)  # moving back is then a copy, through a temporary file
    summary = sort([result(p, "cat") for p in files], tmp_path / "out", move=True)
    real_put = file_ops.put

    def crash(origin, target):
        if Path(origin).name.startswith(".pictag-undo-"):
            raise KeyboardInterrupt  # the power went off with the copy written
        return real_put(origin, target)

    monkeypatch.setattr(file_ops, "put", crash)
    with pytest.raises(KeyboardInterrupt):
        undo_sort(summary.manifest)
    (left,) = (tmp_path / "src").glob(".pictag-undo-*.part")  # a copy of b.jpg
    monkeypatch.setattr(file_ops, "put", real_put)

    undone = undo_sort(summary.manifest)
    assert undone.complete, undone.skipped
    assert not left.exists() and tree(tmp_path / "src") == {
        p.name: data for p, data in files.items()
    }
    assert tree(tmp_path / "out") == {}
