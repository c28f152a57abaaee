"""A training set from a CSV of file,labels: paths relative or absolute, several labels or none
per photo, and each kind of bad CSV refused with a one-line message naming the row."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import DatasetError
from tests.training.helpers import make_flat_image
from training.dataset import NONE, NONE_FOLDER, scan_dataset
from training.labels_csv import scan_labels_csv


@pytest.fixture
def photos(tmp_path) -> Path:
    root = tmp_path / "photos"
    for i in range(6):
        make_flat_image(root / "a" / f"p{i}.jpg", (200, 40 * i, 40))
    return root


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_give_several_labels_or_none_paths_relative_or_absolute(photos, tmp_path):
    csv = write(
        tmp_path / "labels.csv",
        "file,labels\n"
        "a/p0.jpg,sea|sunset\n"
        "a/p1.jpg,Sea\n"  # the first spelling wins, case does not make two labels
        f"{photos / 'a' / 'p2.jpg'},sunset\n"
        "a/p3.jpg,\n"
        "a/p4.jpg,sunset | sea\n",
    )
    scan = scan_labels_csv(photos, csv)
    assert scan.classes == ["sea", "sunset"]
    labels = {s.path.name: s.labels for s in scan.samples}
    assert labels == {
        "p0.jpg": (0, 1),
        "p1.jpg": (0,),
        "p2.jpg": (1,),
        "p3.jpg": (),
        "p4.jpg": (0, 1),
    }
    assert scan.counts() == [3, 3] and scan.none_count() == 1 and scan.has_multiple
    assert scan.summary()["none_images"] == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a/p0.jpg,x\na/nope.jpg,y\n", r"files that are not there .*: row 2 \(a/nope.jpg\)"),
        ("a/p0.jpg,x\n,y\n", r"rows that are not `file,labels`.*: row 2"),
        ("a/p0.jpg,x\na/p1.jpg,y,z\n", r"rows that are not `file,labels`.*: row 2"),
        ("a/p0.jpg,x\na/p1.jpg,y\na/p0.jpg,y\n", r"a file named twice.*: row 3 \(= row 1\)"),
        ("a/p0.jpg,x||y\na/p1.jpg,y\n", r"an empty label .*: row 1"),
        ("a/p0.jpg,x|\na/p1.jpg,y\n", r"an empty label .*: row 1"),
        ("a/p0.jpg,x/y\na/p1.jpg,y\n", r"a label with / or \\ in it.*: row 1"),
        ("a/p0.jpg,x\\y\na/p1.jpg,y\n", r"a label with / or \\ in it.*: row 1"),
        ("a/p0.jpg,x\0\na/p1.jpg,y\n", r"a label with / or \\ in it.*: row 1"),
        ("a/p0.jpg,x|y\na/p1.jpg,y\na/p2.jpg,y|z\n", r"every photo has the label y"),
        ("a/p0.jpg,\na/p1.jpg,\n", r"at least 2 classes, labels given in .* \(found 0: none\)"),
        ("a/p0.jpg,x\na/p1.jpg,y\na/p2.jpg,y\n", r"at least 2 usable images; too few in x \(1\)"),
    ],
)
def test_a_bad_csv_is_one_line_naming_the_csv_and_the_rows(photos, tmp_path, text, message):
    csv = write(tmp_path / "labels.csv", text)
    with pytest.raises(DatasetError, match=message) as caught:
        scan_labels_csv(photos, csv)
    assert "\n" not in str(caught.value)
    assert str(csv) in str(caught.value) or str(photos) in str(caught.value)


def test_a_missing_csv_says_so(photos, tmp_path):
    with pytest.raises(DatasetError, match="cannot read the labels CSV"):
        scan_labels_csv(photos, tmp_path / "absent.csv")


def test_the_none_folder_holds_none_of_these_examples_not_a_class(tmp_path):
    for name in ("red", "blue", NONE_FOLDER):
        for i in range(3):
            make_flat_image(tmp_path / name / f"{name}{i}.jpg", (10, 20 * i, 30))
    scan = scan_dataset(tmp_path)
    assert scan.classes == ["blue", "red"]
    assert sorted(s.path.parent.name for s in scan.samples if s.label == NONE) == [NONE_FOLDER] * 3
    assert scan.counts() == [3, 3] and scan.none_count() == 3
