"""The dataset check on generated folders with mistakes put in on purpose: flipped labels rank
first, copies are grouped (across classes, across the split), kept findings stay hidden until
the file changes, and the hard errors of training come before any feature is computed."""

from __future__ import annotations

import os
import sqlite3

import numpy as np
import pytest
from PIL import Image

from app.core.errors import DatasetError, UsageError
from tests.check.helpers import make_patterned_set, move, options, resized_copy
from tests.training.helpers import CLASS_COLORS, make_flat_image
from training.check.kept import Kept
from training.check.run import check_dataset
from training.dataset import NONE_FOLDER
from training.near_duplicates import SIGNATURE_KEY


def test_flipped_photos_rank_first_with_their_true_class_suggested(isolated, color_base):
    data = make_patterned_set(isolated / "data")
    wrong = {
        move(data / "red" / "red_03.png", "green"): "red",
        move(data / "blue" / "blue_07.png", "red"): "blue",
        move(data / "green" / "green_10.png", "blue"): "green",
    }
    report = check_dataset(options(data, color_base))
    labels = report.of_kind("label")
    assert {f.path for f in labels[:3]} == set(wrong)
    assert all(f.suggested == wrong[f.path] for f in labels[:3])
    assert [f.score for f in labels] == sorted((f.score for f in labels), reverse=True)
    assert all(f.label == f.path.parent.name for f in labels)


def test_copies_across_classes_and_across_the_split_are_grouped(isolated, color_base):
    data = make_patterned_set(isolated / "data", contrast=40)
    validation = make_patterned_set(isolated / "validation", 3, 40, prefix="val_")
    conflicting = resized_copy(data / "red" / "red_05.png", data / "blue" / "copy_of_red.jpg")
    leak = resized_copy(
        data / "green" / "green_08.png", validation / "green" / "leaked.jpg", 0.8, 50
    )
    report = check_dataset(options(data, color_base, validation_dir=validation))
    groups: dict[int, set] = {}
    for f in report.of_kind("duplicate"):
        groups.setdefault(f.group, set()).add((f.path, f.reason, f.split))
    assert {(data / "red" / "red_05.png", "conflicting", "train"),
            (conflicting, "conflicting", "train")} in groups.values()  # fmt: skip
    assert {(data / "green" / "green_08.png", "leak", "train"),
            (leak, "leak", "validation")} in groups.values()  # fmt: skip
    assert len(groups) == 2  # nothing else is a copy of anything


def test_training_s_split_leaves_no_leak_for_the_check_to_find(isolated, color_base):
    """Without a validation folder the check splits as training does: copies on one side."""
    data = make_patterned_set(isolated / "data", contrast=40)
    for i in range(4):
        resized_copy(data / "red" / f"red_{i:02d}.png", data / "red" / f"again_{i}.jpg")
    report = check_dataset(options(data, color_base))
    duplicates = report.of_kind("duplicate")
    assert len(duplicates) == 8 and {f.reason for f in duplicates} == {"redundant"}
    for group in {f.group for f in duplicates}:
        assert len({f.split for f in duplicates if f.group == group}) == 1


def test_a_photo_of_something_else_is_an_outlier(isolated, color_base):
    data = make_patterned_set(isolated / "data")
    static = data / "red" / "static.png"  # not a colour at all: noise, like a broken frame
    pixels = np.random.default_rng(0).integers(0, 255, (48, 48, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(static)
    report = check_dataset(options(data, color_base))
    outliers = report.of_kind("outlier")
    assert outliers and outliers[0].path == static
    assert outliers[0].score > 3.5


def test_kept_findings_are_not_shown_again_until_the_file_changes(isolated, color_base):
    data = make_patterned_set(isolated / "data")
    flipped = move(data / "red" / "red_03.png", "green")
    first = check_dataset(options(data, color_base))
    assert flipped in {f.path for f in first.of_kind("label")}
    Kept(data).keep([(flipped, "label")])
    assert (data / ".pictag" / "kept.json").is_file()
    second = check_dataset(options(data, color_base))
    assert flipped not in {f.path for f in second.findings if f.kind == "label"}
    assert second.kept == 1
    shown = check_dataset(options(data, color_base, show_kept=True))
    assert flipped in {f.path for f in shown.of_kind("label")}
    os.utime(flipped, ns=(0, 10**18))  # edited since it was kept
    third = check_dataset(options(data, color_base))
    assert flipped in {f.path for f in third.of_kind("label")}


def test_a_class_too_small_for_the_folds_gets_a_note(isolated, color_base):
    data = make_patterned_set(isolated / "data")
    for photo in sorted((data / "blue").iterdir())[3:]:
        photo.unlink()
    report = check_dataset(options(data, color_base))
    assert any("'blue' has only 3 photos, fewer than the 5 folds" in n for n in report.notes)


@pytest.mark.parametrize("layout", ["one class", "missing", "a file"])
def test_the_hard_errors_of_training_come_before_any_feature(isolated, color_base, layout):
    data = isolated / "data"
    if layout == "one class":
        make_flat_image(data / "red" / "a.png", CLASS_COLORS["red"], pattern=True)
        make_flat_image(data / "red" / "b.png", CLASS_COLORS["red"], pattern=True)
    elif layout == "a file":
        data.write_text("not a folder")
    with pytest.raises(DatasetError):
        check_dataset(options(data, color_base))
    assert not (isolated / "cache").exists(), "the cache was opened before the layout was checked"


def test_features_come_from_training_s_cache(isolated, color_base):
    data = make_patterned_set(isolated / "data")
    first = check_dataset(options(data, color_base))
    again = check_dataset(options(data, color_base))
    assert first.features_computed == 60 and again.features_computed == 0
    db = sqlite3.connect(isolated / "cache" / "features.sqlite")
    models = {m for (m,) in db.execute("SELECT DISTINCT model FROM features")}
    db.close()
    assert SIGNATURE_KEY in models and len(models) == 2


@pytest.mark.parametrize("weights", [None, "none"])
def test_random_weights_are_refused(isolated, weights):
    data = make_patterned_set(isolated / "data", per_class=2)
    with pytest.raises(UsageError, match="pretrained base"):
        check_dataset(options(data, weights))


def test_none_of_these_photos_are_judged_as_one_more_group(isolated, color_base):
    data = make_patterned_set(isolated / "data")
    (data / "green").rename(data / NONE_FOLDER)  # the green photos are "none of these"
    wrong = move(data / "red" / "red_05.png", NONE_FOLDER)
    report = check_dataset(options(data, color_base))
    assert report.classes == ["blue", "red", NONE_FOLDER]
    first = report.of_kind("label")[0]
    assert (first.path, first.label, first.suggested) == (wrong, NONE_FOLDER, "red")
