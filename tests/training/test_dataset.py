"""Scanning a labeled folder tree: classes, usable images, what is left out and why, and
every hard error and warning a user must see before a model is built."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from app.core.errors import Cancelled, DatasetError, UsageError
from app.core.progress import Progress, Stage, Token
from tests.helpers import COLORS, make_photo
from training.dataset import DatasetScan, Sample, scan_dataset
from training.scan_checks import FEW_IMAGES


def _class(root: Path, name: str, count: int, suffix: str = ".png") -> list[Path]:
    """`count` small photos in `root/name`, unique per class (the colour and name differ)."""
    color = COLORS.get(name, (120, 120, 120))
    return [
        make_photo(root / name / f"{name}_{i:02d}{suffix}", size=(16, 12), color=color)
        for i in range(count)
    ]


def _dataset(root: Path, counts: dict[str, int]) -> Path:
    for name, n in counts.items():
        _class(root, name, n)
    return root


def _names(scan: DatasetScan, samples: list[Sample] | None = None) -> list[tuple[str, str]]:
    """(class, file path relative to its scan root) for every sample."""
    samples = scan.samples if samples is None else samples
    root = scan.root if samples is scan.samples else scan.validation_root
    return [(scan.classes[s.label], s.path.relative_to(root).as_posix()) for s in samples]


def _skipped(scan: DatasetScan) -> dict[str, str]:
    return {p.name: reason for p, reason in scan.skipped}


# -- what a good folder gives ----------------------------------------------------------------------


def test_classes_are_the_sub_folders_with_their_images(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 12, "green": 11, "blue": 10})
    scan = scan_dataset(root)
    assert scan.root == root
    assert scan.classes == ["blue", "green", "red"]  # sorted by name
    assert scan.counts() == [10, 11, 12]
    assert all(s.path.parent.name == scan.classes[s.label] for s in scan.samples)
    assert scan.skipped == [] and scan.warnings == []
    assert scan.validation_root is None and scan.validation_samples == []


def test_class_folders_in_natural_order(tmp_path):
    root = _dataset(tmp_path / "data", {"class10": 10, "class2": 10, "Class1": 10})
    assert scan_dataset(root).classes == ["Class1", "class2", "class10"]


def test_images_are_found_recursively_inside_a_class_folder(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    make_photo(root / "red" / "2023" / "summer" / "deep.jpg", (16, 12), COLORS["red"])
    make_photo(root / "green" / "sub" / "nested.webp", (16, 12), COLORS["green"])
    scan = scan_dataset(root)
    assert ("red", "red/2023/summer/deep.jpg") in _names(scan)
    assert ("green", "green/sub/nested.webp") in _names(scan)
    assert scan.counts() == [11, 11]  # green, red


def test_hidden_files_and_folders_are_ignored_silently(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    make_photo(root / "red" / ".hidden.jpg", (16, 12))
    make_photo(root / "red" / ".thumbnails" / "thumb.jpg", (16, 12))
    make_photo(root / ".git" / "a.jpg", (16, 12))  # a hidden folder is not a class
    make_photo(root / ".DS_Store.png", (16, 12))  # nor is a hidden file in the root loose
    scan = scan_dataset(root)
    assert scan.classes == ["green", "red"]
    assert scan.counts() == [10, 10]
    assert scan.skipped == []
    assert not any(".hidden" in p or ".thumbnails" in p for _, p in _names(scan))


def test_summary_is_the_report_digest(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 11})
    (root / "red" / "notes.txt").write_text("x")
    summary = scan_dataset(root).summary()
    assert summary["root"] == str(root)
    assert summary["validation_root"] is None
    assert summary["classes"] == [
        {"name": "green", "images": 11},
        {"name": "red", "images": 10},
    ]
    assert summary["skipped"] == [
        {"path": str(root / "red" / "notes.txt"), "reason": "not an image file"}
    ]
    assert summary["warnings"] == []


# -- files left out, each with a reason ------------------------------------------------------------


def test_skipped_files_carry_a_reason_and_are_not_samples(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    (root / "red" / "notes.txt").write_text("not a photo")
    make_photo(root / "loose.jpg", (16, 12))  # directly in the root: no class
    (root / "green" / "corrupt.jpg").write_bytes(np.random.default_rng(0).bytes(2000))
    (root / "green" / "empty.png").write_bytes(b"")
    scan = scan_dataset(root)

    skipped = _skipped(scan)
    assert set(skipped) == {"notes.txt", "loose.jpg", "corrupt.jpg", "empty.png"}
    assert skipped["notes.txt"] == "not an image file"
    assert skipped["loose.jpg"] == "not inside a class folder"
    assert "not an image" in skipped["corrupt.jpg"]
    assert "empty" in skipped["empty.png"]
    # The skipped list names the real files, and none of them is trained on.
    assert {p for p, _ in scan.skipped} == {
        root / "red" / "notes.txt",
        root / "loose.jpg",
        root / "green" / "corrupt.jpg",
        root / "green" / "empty.png",
    }
    assert scan.counts() == [10, 10]
    assert not {p for p, _ in scan.skipped} & {s.path for s in scan.samples}


def test_a_truncated_image_passes_the_header_check(tmp_path):
    """The scan reads headers only; damage in the pixel data shows later, during decoding."""
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    good = make_photo(root / "red" / "big.jpg", (64, 64), COLORS["red"])
    good.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    scan = scan_dataset(root)
    assert good in {s.path for s in scan.samples}


# -- hard errors -----------------------------------------------------------------------------------


def test_missing_root_is_an_error(tmp_path):
    with pytest.raises(DatasetError, match="not found") as info:
        scan_dataset(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(info.value)
    assert isinstance(info.value, UsageError)


def test_root_that_is_a_file_is_an_error(tmp_path):
    file = make_photo(tmp_path / "photo.jpg", (16, 12))
    with pytest.raises(DatasetError, match="must be a folder with one sub-folder per class"):
        scan_dataset(file)


@pytest.mark.parametrize(
    ("classes", "found"), [({}, "found 0: none"), ({"cats": 10}, "found 1: cats")]
)
def test_fewer_than_two_classes_is_an_error(tmp_path, classes, found):
    root = _dataset(tmp_path / "data", classes)
    root.mkdir(exist_ok=True)
    make_photo(root / "loose.jpg", (16, 12))  # loose files are not a class either
    with pytest.raises(DatasetError, match="at least 2 classes") as info:
        scan_dataset(root)
    assert found in str(info.value)
    assert "one sub-folder per class" in str(info.value)


def test_class_with_one_usable_image_is_an_error_naming_it(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 1})
    (root / "green" / "corrupt.jpg").write_bytes(b"\x00" * 100)  # does not count
    with pytest.raises(DatasetError, match="at least 2 usable images") as info:
        scan_dataset(root)
    message = str(info.value)
    assert "green (1)" in message
    assert "red" not in message
    assert "Add images or remove those folders" in message


def test_empty_class_folder_is_an_error(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    (root / "empty").mkdir()
    with pytest.raises(DatasetError, match=r"empty \(0\)"):
        scan_dataset(root)


def test_two_images_per_class_is_enough(tmp_path):
    scan = scan_dataset(_dataset(tmp_path / "data", {"red": 2, "green": 2}))
    assert scan.counts() == [2, 2]


def test_validation_folder_with_an_unknown_class_is_an_error(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    val = _dataset(tmp_path / "val", {"red": 3, "green": 3, "purple": 3, "blue": 3})
    with pytest.raises(DatasetError, match="classes the training folder lacks") as info:
        scan_dataset(root, val)
    assert "(blue, purple)" in str(info.value)


def test_missing_validation_folder_is_an_error(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    with pytest.raises(DatasetError, match="validation folder not found"):
        scan_dataset(root, tmp_path / "val")


# -- validation folder -----------------------------------------------------------------------------


def test_validation_folder_samples_use_the_training_labels(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10, "blue": 10})
    val = _dataset(tmp_path / "val", {"red": 3, "blue": 2})
    scan = scan_dataset(root, val)
    assert scan.validation_root == val
    assert scan.counts(scan.validation_samples) == [2, 0, 3]  # blue, green, red
    assert all(s.path.parent.name == scan.classes[s.label] for s in scan.validation_samples)
    assert not {s.path for s in scan.validation_samples} & {s.path for s in scan.samples}
    summary = scan.summary()
    assert summary["validation_root"] == str(val)
    assert [c["validation_images"] for c in summary["classes"]] == [2, 0, 3]


def test_loose_and_bad_files_in_the_validation_folder_are_skipped(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    val = _dataset(tmp_path / "val", {"red": 2, "green": 2})
    make_photo(val / "loose.png", (16, 12))
    (val / "red" / "readme.md").write_text("x")
    scan = scan_dataset(root, val)
    assert _skipped(scan) == {
        "loose.png": "not inside a class folder",
        "readme.md": "not an image file",
    }
    assert scan.counts(scan.validation_samples) == [2, 2]


# -- warnings --------------------------------------------------------------------------------------


def test_small_class_is_warned_about(tmp_path):
    root = _dataset(tmp_path / "data", {"red": FEW_IMAGES, "green": FEW_IMAGES - 1})
    warnings = scan_dataset(root).warnings
    assert len(warnings) == 1
    assert "'green' has only 9 images" in warnings[0]
    assert "10 or more" in warnings[0]


def test_imbalance_above_five_to_one_is_warned_about(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 51, "green": 10, "blue": 30})
    (imbalance,) = [w for w in scan_dataset(root).warnings if "imbalanced" in w]
    assert "'red' has 51 images" in imbalance
    assert "'green' only 10" in imbalance


def test_five_to_one_is_still_balanced_enough(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 50, "green": 10})
    assert scan_dataset(root).warnings == []


def test_identical_image_in_two_classes_is_warned_about(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    shutil.copy(root / "red" / "red_03.png", root / "green" / "copy.png")
    (warning,) = scan_dataset(root).warnings
    assert "1 image appears in more than one class" in warning
    assert str(root / "red" / "red_03.png") in warning
    assert str(root / "green" / "copy.png") in warning


def test_identical_images_in_one_class_are_not_a_conflict(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    shutil.copy(root / "red" / "red_03.png", root / "red" / "again.png")
    assert scan_dataset(root).warnings == []


def test_same_size_but_different_bytes_is_not_a_duplicate(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    original = (root / "red" / "red_03.png").read_bytes()
    changed = bytearray(original)
    changed[-20] ^= 0xFF  # inside the IEND/IDAT tail: same length, different bytes
    (root / "green" / "twin.png").write_bytes(bytes(changed))
    scan = scan_dataset(root)
    assert not any("more than one class" in w for w in scan.warnings)


def test_identical_image_in_training_and_validation_of_another_class(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10})
    val = _dataset(tmp_path / "val", {"red": 2, "green": 2})
    shutil.copy(root / "red" / "red_00.png", val / "green" / "mislabeled.png")
    (warning,) = scan_dataset(root, val).warnings
    assert "more than one class" in warning and "mislabeled.png" in warning


def test_validation_folder_missing_a_class_is_warned_about(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 10, "green": 10, "blue": 10})
    val = _dataset(tmp_path / "val", {"red": 3})
    (val / "blue").mkdir()  # a folder without images counts as missing too
    (warning,) = scan_dataset(root, val).warnings
    assert "no images for blue, green" in warning


def test_the_scan_reads_the_median_shorter_side_of_the_training_photos(tmp_path):
    sizes = {"a": [(40, 30), (30, 50), (90, 60)], "b": [(20, 70), (64, 64)]}
    for name, dims in sizes.items():
        for i, dim in enumerate(dims):
            make_photo(tmp_path / "train" / name / f"{i}.jpg", size=dim)
    make_photo(tmp_path / "val" / "a" / "big.jpg", size=(500, 400))  # validation: not counted
    make_photo(tmp_path / "val" / "b" / "big.jpg", size=(500, 400))
    scan = scan_dataset(tmp_path / "train", tmp_path / "val")
    assert scan.median_shorter_side == 30  # of 30, 30, 60, 20, 64
    assert scan.summary()["median_shorter_side"] == 30


# -- progress and cancel ---------------------------------------------------------------------------


def test_the_scan_reports_each_class_folder_then_each_header_it_reads(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 3, "green": 2, "blue": 4})
    (root / "green" / "corrupt.jpg").write_bytes(b"not a photo")  # read, then left out
    (root / "red" / "notes.txt").write_text("x")  # not an image: no header to read
    val = _dataset(tmp_path / "val", {"red": 2, "blue": 1})
    events: list[Progress] = []
    scan = scan_dataset(root, val, progress=events.append)

    assert {e.stage for e in events} == {Stage.SCAN}
    counts = [(e.done, e.total) for e in events]
    # One busy event per class folder searched (3 training, 2 validation), then one per header
    # of the 10 training and 3 validation files.
    assert counts == [(0, 0)] * 5 + [(n, 13) for n in range(14)]
    assert scan.counts() == [4, 2, 3] and scan.counts(scan.validation_samples) == [1, 0, 2]


def test_a_scan_cancelled_while_reading_headers_raises_and_reads_no_more(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 12, "green": 12})
    token = Token()
    done: list[int] = []

    def progress(event: Progress) -> None:
        done.append(event.done)
        if event.done == 5:
            token.cancel()

    with pytest.raises(Cancelled):
        scan_dataset(root, progress=progress, token=token)
    assert max(done) == 5


def test_a_stop_while_searching_the_class_folders_ends_the_scan_before_any_header(tmp_path):
    root = _dataset(tmp_path / "data", {"red": 3, "green": 3, "blue": 3})
    token = Token()
    events: list[Progress] = []

    def progress(event: Progress) -> None:
        events.append(event)
        token.stop()  # a scan has nothing partial to keep: a stop ends it as a cancel does

    with pytest.raises(Cancelled):
        scan_dataset(root, progress=progress, token=token)
    assert [(e.done, e.total) for e in events] == [(0, 0)]
