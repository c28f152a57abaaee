"""Options: built one way for the CLI and the app, checked in one place, before any work."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from app.core.errors import UsageError
from app.core.model_file import report_path_for
from training.augmentation import NO_AUGMENTATION, Augmentation
from training.options import AUTO, OFF, SMALL_DATASET, TrainingOptions, make_options
from training.report import copy_trained_model, discard_trained_model


@pytest.mark.parametrize(
    ("augment", "views", "augmentation"),
    [(AUTO, None, Augmentation()), (OFF, 0, NO_AUGMENTATION), (3, 3, Augmentation())],
)
def test_make_options_maps_a_persons_choices(tmp_path, augment, views, augmentation):
    options = make_options(tmp_path, tmp_path / "m.keras", augment=augment, epochs=5)
    assert (options.augment_views, options.augmentation) == (views, augmentation)
    assert options.epochs == 5 and options.weights == "imagenet"
    assert make_options(tmp_path, tmp_path / "m.keras", weights="None").weights is None


def test_views_follow_the_datasets_size_and_the_augmentation(tmp_path):
    auto = make_options(tmp_path, tmp_path / "m.keras")
    assert auto.views_for(SMALL_DATASET - 1) == 2  # the image and its mirror
    assert auto.views_for(SMALL_DATASET) == 1
    assert make_options(tmp_path, tmp_path / "m.keras", augment=OFF).views_for(10) == 1
    assert make_options(tmp_path, tmp_path / "m.keras", augment=2).views_for(5000) == 3


@pytest.mark.parametrize("rate", [0.0, -1e-3, math.nan, math.inf])
@pytest.mark.parametrize("name", ["learning_rate", "fine_tune_learning_rate"])
def test_learning_rates_must_be_positive_numbers(tmp_path, name, rate):
    options = TrainingOptions(tmp_path, tmp_path / "m.keras", **{name: rate})
    with pytest.raises(UsageError, match="must be a positive number"):
        options.check()


def test_the_phase_two_rate_is_a_tenth_unless_given(tmp_path):
    assert TrainingOptions(tmp_path, tmp_path / "m.keras").fine_tune_rate() == pytest.approx(1e-4)
    given = TrainingOptions(tmp_path, tmp_path / "m.keras", fine_tune_learning_rate=3e-5)
    assert given.fine_tune_rate() == 3e-5


def _trained(folder: Path) -> Path:
    model = folder / "leaves.keras"
    folder.mkdir(parents=True, exist_ok=True)
    model.write_bytes(b"PK model bytes")
    report_path_for(model).write_text(json.dumps({"model": str(model), "epochs": 3}))
    return model


def test_a_copied_model_gets_a_report_that_names_its_new_place(tmp_path):
    model = _trained(tmp_path / "work")
    target = tmp_path / "saved" / "mine.keras"
    assert copy_trained_model(model, target) == target
    assert target.read_bytes() == model.read_bytes()
    copied = json.loads(report_path_for(target).read_text())
    assert copied == {"model": str(target), "epochs": 3}
    assert json.loads(report_path_for(model).read_text())["model"] == str(model)


def test_a_failed_copy_leaves_an_existing_target_alone(tmp_path):
    model = _trained(tmp_path / "work")
    target = tmp_path / "saved.keras"
    target.write_bytes(b"the earlier model")
    model.unlink()
    with pytest.raises(OSError):
        copy_trained_model(model, target)
    assert target.read_bytes() == b"the earlier model"


def test_discarding_a_run_removes_its_model_and_report_only(tmp_path):
    model = _trained(tmp_path / "work")
    other = tmp_path / "work" / "photo.jpg"
    other.write_bytes(b"jpeg")
    discard_trained_model(TrainingOptions(tmp_path, model))
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == ["photo.jpg"]
    discard_trained_model(TrainingOptions(tmp_path, model))  # twice: nothing left, no error


@pytest.mark.parametrize(
    ("shorter_side", "size"),
    [(None, 288), (374, 288), (300, 288), (260, 256), (250, 256), (224, 224), (100, 224)],
)
def test_mobilenet_v2s_default_size_follows_the_photos(shorter_side, size):
    from app.core.registry import get_architecture

    assert get_architecture("mobilenet_v2").train_size_for(shorter_side) == size
    assert get_architecture("inception_v3").train_size_for(shorter_side) == 299


def test_the_run_says_which_size_it_chose_and_why(tmp_path):
    from training.dataset import DatasetScan

    scan = DatasetScan(tmp_path, ["a", "b"], [], median_shorter_side=224)
    assert TrainingOptions(tmp_path, tmp_path / "m.keras").size_for(scan) == (
        224,
        "Input size: 224 px (the training photos' median shorter side: 224 px)",
    )
    chosen = TrainingOptions(tmp_path, tmp_path / "m.keras", image_size=160)
    assert chosen.size_for(scan) == (160, "Input size: 160 px (as set)")
