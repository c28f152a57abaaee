"""Taking photos out of a training set: moved into the hidden .pictag/removed/<class>/ (which
training never reads), journaled, never overwriting, put back by undo; what is not a photo of
the set's class folders is left where it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import UsageError
from app.core.progress import Token
from app.dataset.removing import REMOVED, remove_from_dataset
from app.sort.manifest import read_manifest
from app.sort.undo import undo_sort
from tests.helpers import make_photo, tree
from training.dataset import scan_dataset


@pytest.fixture
def dataset(tmp_path) -> Path:
    for name in ("cat", "dog"):
        for i in range(3):
            make_photo(tmp_path / "data" / name / f"{name}{i}.jpg")
    return tmp_path / "data"


def photos(folder: Path) -> dict[str, bytes]:
    return {k: v for k, v in tree(folder, leave_out=()).items() if not k.startswith(".pictag")}


def test_removed_photos_leave_the_training_set_and_undo_puts_them_back(dataset):
    before = photos(dataset)
    photo = dataset / "dog" / "dog1.jpg"
    summary = remove_from_dataset(dataset, [photo])
    kept_at = dataset / REMOVED / "dog" / "dog1.jpg"
    assert summary.removed == [(photo, kept_at)] and kept_at.read_bytes() == before["dog/dog1.jpg"]
    assert not photo.exists()
    assert photo not in {s.path for s in scan_dataset(dataset).samples}  # hidden: not a class
    assert summary.manifest.parent == dataset / ".pictag" / "additions"
    assert {row["status"] for row in read_manifest(summary.manifest)} >= {"started", "done"}
    assert "Took 1 photo out" in summary.message()
    undo = undo_sort(summary.manifest)
    assert undo.complete and photos(dataset) == before


def test_a_second_photo_of_the_same_name_never_overwrites_the_first(dataset):
    first = remove_from_dataset(dataset, [dataset / "cat" / "cat0.jpg"])
    make_photo(dataset / "cat" / "cat0.jpg", color=(10, 200, 10))
    second = remove_from_dataset(dataset, [dataset / "cat" / "cat0.jpg"])
    kept = sorted(p.name for p in (dataset / REMOVED / "cat").iterdir())
    assert len(kept) == 2 and first.removed[0][1] != second.removed[0][1]


def test_what_is_not_in_a_class_folder_is_left_where_it_is(dataset, tmp_path):
    outside = make_photo(tmp_path / "elsewhere.jpg")
    loose = make_photo(dataset / "loose.jpg")
    summary = remove_from_dataset(dataset, [outside, loose, dataset / "cat" / "gone.jpg"])
    assert [p for p, _ in summary.failed] == [outside, loose, dataset / "cat" / "gone.jpg"]
    assert outside.exists() and loose.exists() and not summary.removed


def test_a_missing_training_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="not there"):
        remove_from_dataset(tmp_path / "nowhere", [])


def test_a_cancel_stops_between_two_photos(dataset):
    token = Token()
    token.cancel()
    summary = remove_from_dataset(dataset, [dataset / "cat" / "cat0.jpg"], token=token)
    assert summary.stopped and not summary.removed
