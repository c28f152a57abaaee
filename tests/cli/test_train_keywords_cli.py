"""`pictag train --keywords`: a library keyworded by `pictag tag` (as a person's photo manager
would have it) trains a model that labels new photos; nothing in the library is copied."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import numpy as np

from tests.cli.helpers import run_pictag
from tests.helpers import make_color_model_file
from tests.training.helpers import make_color_dataset

FAST = ["--weights", "none", "--image-size", "32", "--batch-size", "16"]


def test_a_keyworded_library_trains_a_model_that_labels_new_photos(tmp_path):
    labeled = make_color_dataset(tmp_path / "labeled", per_class=20, seed=0)
    library = tmp_path / "library"  # one flat folder: the classes are only in the keywords
    library.mkdir()
    for photo in labeled.rglob("*.*"):
        shutil.copy(photo, library / photo.name)
    colors = make_color_model_file(tmp_path / "colors.keras")
    tag = run_pictag(
        "tag", library, "--model", colors, "--parent", "Colours", "--manifest",
        tmp_path / "tags.csv", tmp=tmp_path,
    )  # fmt: skip
    assert tag.returncode == 0, tag.stdout + tag.stderr
    before = sorted(p.name for p in library.iterdir())

    model = tmp_path / "from-keywords.keras"
    train = run_pictag(
        "train", library, "--keywords", "Colours", "--output", model, *FAST, "--epochs", "10",
        "--fine-tune-epochs", "0",
        tmp=tmp_path,
    )  # fmt: skip
    assert train.returncode == 0, train.stderr
    assert "Reading keywords under 'Colours'" in train.stderr
    assert sorted(p.name for p in library.iterdir()) == before  # nothing copied or moved

    heldout = make_color_dataset(tmp_path / "heldout", per_class=8, seed=7)
    listed = run_pictag("classify", "--model", model, heldout, "--format", "csv", tmp=tmp_path)
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert len(rows) == 24
    accuracy = np.mean([r["label_1"] == Path(r["path"]).parent.name for r in rows])
    assert accuracy >= 0.9, listed.stdout


def test_a_library_without_two_classes_is_a_dataset_error(tmp_path):
    (tmp_path / "lib").mkdir()
    run = run_pictag(
        "train", tmp_path / "lib", "--keywords", "Birds", "--output", tmp_path / "m.keras",
        *FAST, tmp=tmp_path,
    )  # fmt: skip
    assert run.returncode == 2 and "at least 2 classes, one keyword per class under 'Birds'" in (
        run.stderr
    )
    assert not (tmp_path / "m.keras").exists()
