"""Updating a model from its folder: features only for new photos, the earlier validation
images kept, the new class learned, before/after on the images both versions saw, versions
listed and restorable, and the bad inputs (a folder that moved or vanished, a class folder
removed by hand, a model without a report, a cancel or a full disk while saving) that must
leave the folder and every version as they were.

Runs use a calibrated random base saved as a weights file (so its features are cached, like
ImageNet's) at 32 px, and flat colour photos.
"""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import threading
from pathlib import Path

import pytest

from app.core.classifier import classify
from app.core.errors import Cancelled, ModelFileError, PictagError, UsageError, WriteError
from app.core.model_loader import load_classifier
from app.core.progress import Note, NoteKind, Progress, Token
from tests.helpers import make_color_base
from tests.training.helpers import CLASS_COLORS, make_color_dataset, make_flat_image
from training import report as report_module
from training import update as update_module
from training.augmentation import NO_AUGMENTATION
from training.dataset import scan_dataset
from training.options import TrainingOptions
from training.recorded import DatasetMissing
from training.split import RecordedSplit, keep_split, relative_name, stratified_split
from training.trainer import train
from training.update import update_model
from training.versions import list_versions, restore_version, versions_dir

YELLOW = (220, 210, 30)


@pytest.fixture(scope="module")
def base_weights(tmp_path_factory) -> Path:
    return make_color_base(tmp_path_factory.mktemp("base") / "colors.weights.h5")


def first_version(folder: Path, weights: Path, per_class: int = 10) -> Path:
    """folder/data (3 colour classes) and folder/colors.keras trained on it, head only."""
    data = make_color_dataset(folder / "data", per_class=per_class, seed=3, pattern=True)
    model = folder / "colors.keras"
    options = TrainingOptions(
        data_dir=data, output=model, weights=weights, image_size=32, epochs=8,
        fine_tune_epochs=0, batch_size=16, augmentation=NO_AUGMENTATION, augment_views=0,
    )  # fmt: skip
    train(options)
    return model


def add_photos(data: Path) -> list[Path]:
    """A new class (yellow, 10 photos) and 5 more red ones, as a person would add them."""
    yellow = [
        make_flat_image(data / "yellow" / f"y{i}.png", YELLOW, (40 + i, 50), pattern=True)
        for i in range(10)
    ]
    red = [
        make_flat_image(
            data / "red" / f"more_{i}.jpg", (205, 45, 35), (60, 44 + i), quality=90, pattern=True
        )
        for i in range(5)
    ]
    return yellow + red


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def report_of(path: Path) -> dict:
    return json.loads(path.with_name(f"{path.stem}.report.json").read_text(encoding="utf-8"))


@pytest.fixture
def isolated(tmp_path, monkeypatch, keras_home) -> Path:
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


class Loop:
    """One model through train (v1), photos added, update (v2), full retrain (v3)."""

    def __init__(self, model, data, added, v1, update, full, events) -> None:
        self.model, self.data, self.added, self.v1 = model, data, added, v1
        self.update, self.full, self.events = update, full, events


@pytest.fixture(scope="module")
def loop(tmp_path_factory, base_weights) -> Loop:
    tmp = tmp_path_factory.mktemp("loop")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PICTAG_CACHE_DIR", str(tmp / "cache"))
        mp.setenv("KERAS_HOME", str(tmp / "keras_home"))
        model = first_version(tmp, base_weights)
        v1 = {"sha": sha(model), "report": report_of(model)}
        added = add_photos(tmp / "data")
        events = []
        update = update_model(model, progress=events.append, token=Token())
        full = update_model(model, full=True)
    return Loop(model, tmp / "data", added, v1, update, full, events)


def test_an_update_computes_features_only_for_the_new_photos(loop):
    result = loop.update.training
    assert result.features_computed == len(loop.added) == 15  # one view each, no augmentation
    assert result.features_cached == 30  # every photo of version 1, from the cache
    assert loop.update.new_images == 15 and loop.update.removed_images == 0
    assert loop.update.training.history["fine_tune"] == []  # head only
    stages = {event.stage for event in loop.events if isinstance(event, Progress)}
    assert {"scan", "extract", "head", "save", "version"} <= stages


def test_an_update_keeps_the_earlier_validation_images_and_adds_new_ones_in_share(loop):
    before, after = loop.v1["report"]["split"], report_of(loop.update.version.model)["split"]
    assert set(before["validation"]) <= set(after["validation"])
    assert set(before["train"]) <= set(after["train"])
    new_validation = set(after["validation"]) - set(before["validation"])
    assert loop.update.new_validation == len(new_validation) == 3  # 20% of 10 yellow, 5 red
    assert {name.split("/")[0] for name in new_validation} == {"yellow", "red"}


def test_the_new_version_knows_the_added_class(loop):
    yellow = [p for p in loop.added if p.parent.name == "yellow"]
    with load_classifier(str(loop.model)) as model:
        assert model.labels == ("blue", "green", "red", "yellow")
        assert [r.predictions[0].label for r in classify(model, yellow)] == ["yellow"] * 10
    assert loop.update.added_classes == ["yellow"]
    assert any("New classes: yellow" in w for w in loop.update.warnings)


def test_before_and_after_are_measured_on_the_images_both_versions_saw(loop):
    comparison, v1 = loop.update.comparison, loop.v1["report"]
    assert comparison.images == len(v1["split"]["validation"]) == 6
    assert comparison.before == pytest.approx(v1["evaluation"]["accuracy"])
    assert comparison.after is not None and comparison.after >= 0.8
    assert comparison.fixed - comparison.broken == round(
        (comparison.after - comparison.before) * comparison.images
    )


def test_versions_are_listed_and_the_one_in_use_is_model_keras(loop):
    versions = list_versions(loop.model)
    assert [(v.number, v.kind, v.in_use) for v in versions] == [
        (1, "train", False), (2, "update", False), (3, "full", True),
    ]  # fmt: skip
    assert [v.images for v in versions] == [30, 45, 45]
    assert all(v.archived and v.model.parent == versions_dir(loop.model) for v in versions)
    assert sha(versions[0].model) == loop.v1["sha"]  # version 1 kept exactly as it was
    assert sha(loop.model) == sha(versions[2].model)
    assert versions[2].based_on == 2 and versions[1].based_on == 1
    assert report_of(loop.model)["version"]["number"] == 3  # the report beside is the same one
    assert loop.full.training.history["fine_tune"]  # a full retrain runs phase 2


def test_an_earlier_version_can_be_put_back_in_use(loop, tmp_path):
    model = tmp_path / "colors.keras"  # a copy, so the other tests keep theirs
    for source in (loop.model, loop.model.with_name("colors.report.json")):
        shutil.copy(source, tmp_path / source.name)
    shutil.copytree(versions_dir(loop.model), versions_dir(model))

    restored = restore_version(model, 1)

    assert restored.number == 1 and sha(model) == loop.v1["sha"]
    assert load_classifier(str(model)).labels == ("blue", "green", "red")
    assert report_of(model)["version"]["number"] == 1
    assert [v.number for v in list_versions(model) if v.in_use] == [1]
    restore_version(model, 3)
    assert sha(model) == sha(versions_dir(model) / "v3.keras")
    with pytest.raises(UsageError, match="has no version 9; its versions are 1, 2, 3"):
        restore_version(model, 9)


def test_keep_split_is_needed_because_the_seeded_split_moves_earlier_validation_images(
    tmp_path,
):
    data = make_color_dataset(tmp_path / "data", per_class=20, pattern=True)
    scan = scan_dataset(data)
    _, first = stratified_split(scan.samples, 0.2, seed=0)
    for i in range(15):
        make_flat_image(data / "red" / f"new_{i}.png", CLASS_COLORS["red"], (50, 50), pattern=True)
    scan = scan_dataset(data)
    _, again = stratified_split(scan.samples, 0.2, seed=0)
    names = lambda samples: {relative_name(s.path, data) for s in samples}  # noqa: E731
    assert not names(first) <= names(again)  # a fresh split validates on other red images

    train_before = {relative_name(s.path, data) for s in scan.samples} - names(first)
    train_before -= {f"red/new_{i}.png" for i in range(15)}
    recorded = RecordedSplit(frozenset(train_before), frozenset(names(first)))
    kept_train, kept = keep_split(scan.samples, data, recorded, 0.2, seed=0)
    assert names(first) <= names(kept)
    assert len(names(kept) - names(first)) == 3  # 35 red at 20%: 7, so 3 of the 15 new ones
    assert train_before <= names(kept_train)


# -- bad input: the folder and every version stay as they were -----------------------------


def test_a_folder_that_moved_is_found_and_the_update_follows_it(isolated, base_weights):
    model = first_version(isolated, base_weights)
    validation = set(report_of(model)["split"]["validation"])
    (isolated / "data").rename(isolated / "data 2024")

    with pytest.raises(DatasetMissing) as missing:
        update_model(model)
    message = str(missing.value)
    assert f"the training folder of {model}, {isolated / 'data'}, is not there any more" in message
    assert (
        f"it looks like it is now {isolated / 'data 2024'}" in message and "--data-dir" in message
    )
    assert missing.value.candidate == isolated / "data 2024"
    assert not versions_dir(model).exists()  # nothing written

    result = update_model(model, data_dir=isolated / "data 2024")
    assert set(report_of(model)["split"]["validation"]) == validation  # same images, new place
    assert result.comparison.images == len(validation) and result.new_images == 0
    assert report_of(model)["dataset"]["root"] == str(isolated / "data 2024")


def test_a_folder_that_vanished_says_which_and_how_to_point_to_it(isolated, base_weights):
    model = first_version(isolated / "deep", base_weights)
    before = sha(model)
    shutil.rmtree(isolated / "deep" / "data")
    with pytest.raises(
        DatasetMissing, match=r"tell Pictag where it is now: pictag update .* --data-dir FOLDER"
    ):
        update_model(model)
    assert sha(model) == before and not versions_dir(model).exists()
    with pytest.raises(UsageError, match="elsewhere: training folder not found"):
        update_model(model, data_dir=isolated / "elsewhere")


def test_a_class_folder_removed_by_hand_is_said_and_the_earlier_version_keeps_it(
    isolated, base_weights
):
    model = first_version(isolated, base_weights)
    shutil.rmtree(isolated / "data" / "green")
    result = update_model(model)
    assert result.removed_classes == ["green"] and result.removed_images == 10
    assert any(
        "'green' is gone (removed or renamed by hand)" in w and "--restore 1" in w
        for w in result.warnings
    )
    assert load_classifier(str(model)).labels == ("blue", "red")
    restore_version(model, 1)
    assert load_classifier(str(model)).labels == ("blue", "green", "red")


def test_a_cancelled_update_writes_no_version_and_leaves_the_model(isolated, base_weights):
    model = first_version(isolated, base_weights)
    add_photos(isolated / "data")
    before, token = sha(model), Token()

    def progress(event):
        if isinstance(event, Progress) and event.stage == "head":
            token.cancel()

    with pytest.raises(Cancelled):
        update_model(model, progress=progress, token=token)
    assert sha(model) == before
    assert [(v.number, v.in_use) for v in list_versions(model)] == [(1, True)]


def test_a_disk_full_while_saving_leaves_the_model_and_its_versions(
    isolated, base_weights, monkeypatch
):
    model = first_version(isolated, base_weights)
    add_photos(isolated / "data")
    before = sha(model), report_of(model)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report_module, "save_model_file", full)
    with pytest.raises(PictagError, match=r"No space left on device.*nothing changed"):
        update_model(model)
    assert (sha(model), report_of(model)) == before
    assert [(v.number, v.in_use) for v in list_versions(model)] == [(1, True)]
    # Besides the versions, only the run's checkpoints: the same update, once there is room,
    # saves without training again (training/checkpoints.py).
    assert sorted(p.name for p in versions_dir(model).iterdir()) == [
        ".v2.keras.checkpoints", "v1.keras", "v1.report.json",
    ]  # fmt: skip
    monkeypatch.undo()
    assert update_model(model).version.number == 2  # once there is room again


def test_a_file_another_program_holds_is_not_called_a_full_disk(
    isolated, base_weights, monkeypatch
):
    model = first_version(isolated, base_weights)
    before = sha(model)

    def held(*args, **kwargs):  # what h5py raises for a file another process has locked
        raise BlockingIOError(errno.EAGAIN, "Unable to synchronously create file (unable to "
                              "lock file, errno = 11, error message = 'Resource temporarily "
                              "unavailable')")  # fmt: skip

    monkeypatch.setattr(report_module, "save_model_file", held)
    with pytest.raises(PictagError, match="unable to lock file") as failed:
        update_model(model)
    assert "space" not in str(failed.value)
    assert str(failed.value).endswith(
        "Another program holds a file there open; update again once it has ended."
    )
    assert sha(model) == before


def test_two_updates_of_one_model_at_once_make_two_versions(isolated, base_weights):
    """The app's review mode and Check page updating one model together: one waits for the
    other (and says so), then builds on its version."""
    model = first_version(isolated, base_weights)
    heard: list[list[object]] = [[], []]
    results = [None, None]

    def update(i: int) -> None:
        results[i] = update_model(model, progress=heard[i].append)

    threads = [threading.Thread(target=update, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    made = sorted((r.version.number, r.previous.number) for r in results)
    assert made == [(2, 1), (3, 2)]
    waited = [
        i for i in range(2)
        if any(isinstance(e, Note) and e.text.startswith("Waiting for another") for e in heard[i])
    ]  # fmt: skip
    assert [results[i].version.number for i in waited] == [3]
    assert [(v.number, v.in_use) for v in list_versions(model)] == [
        (1, False),
        (2, False),
        (3, True),
    ]


def test_a_disk_full_while_putting_the_version_in_use_lists_no_unused_version(
    isolated, base_weights, monkeypatch
):
    """The new version was saved and recorded, then MODEL.keras could not be replaced: the
    update failed, so the list is as it was and the new version's files are gone."""
    model = first_version(isolated, base_weights)
    add_photos(isolated / "data")
    before = sha(model), report_of(model)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(model))

    monkeypatch.setattr(update_module, "publish", full)
    with pytest.raises(WriteError, match=r"No space left on device.*nothing changed"):
        update_model(model)
    assert (sha(model), report_of(model)) == before
    assert [(v.number, v.in_use) for v in list_versions(model)] == [(1, True)]
    assert sorted(p.name for p in versions_dir(model).iterdir()) == ["v1.keras", "v1.report.json"]


def test_a_model_without_a_report_or_damaged_is_refused(isolated, base_weights):
    model = first_version(isolated, base_weights)
    model.with_name("colors.report.json").unlink()
    with pytest.raises(UsageError, match="no training report beside it"):
        update_model(model)
    (isolated / "junk.keras").write_bytes(b"not a zip")
    with pytest.raises(ModelFileError, match="not a Keras model file"):
        update_model(isolated / "junk.keras")


def test_an_update_tells_what_its_run_tells_through_progress(loop):
    kinds = {type(event).__name__ for event in loop.events}
    assert {"Progress", "Note", "DatasetSplit", "EpochResult"} <= kinds
    notes = [e for e in loop.events if isinstance(e, Note) and e.kind is NoteKind.INFO]
    assert any(note.text.startswith("Features: 15 computed") for note in notes)
