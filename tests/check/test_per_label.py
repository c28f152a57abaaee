"""The check of a multi-label set (labels from a CSV): each label judged on its own, so a photo
missing a label it shows, or carrying one it does not show, is found and told which way."""

from __future__ import annotations

import pytest

from app.core.errors import UsageError
from tests.check.helpers import options, relabel
from tests.training.helpers import make_multi_label_set
from training.check.findings import LACKS, MISSES
from training.check.run import CheckOptions, check_dataset
from training.options import UNTAGGED_NONE, TrainingOptions


def test_a_missing_and_an_extra_label_are_the_top_label_findings(isolated, color_base):
    data = make_multi_label_set(isolated / "data")
    csv = data / "labels.csv"
    relabel(csv, {"both_03.png": "red", "red_04.png": "red|blue"})
    report = check_dataset(options(data, color_base, labels_csv=csv))
    top = [(f.path.name, f.reason, f.label) for f in report.of_kind("label")[:2]]
    assert sorted(top) == [("both_03.png", MISSES, "blue"), ("red_04.png", LACKS, "blue")]
    labels = report.of_kind("label")
    assert [f.score for f in labels] == sorted((f.score for f in labels), reverse=True)
    assert all(f.suggested is None for f in labels)


def test_the_check_of_a_model_reads_its_set_as_its_training_did(tmp_path):
    trained = TrainingOptions(
        tmp_path, tmp_path / "m.keras", keywords="Birds", untagged=UNTAGGED_NONE
    )
    checked = CheckOptions.for_training(trained)
    assert (checked.keywords, checked.untagged, checked.labels_csv) == ("Birds", "none", None)
    by_csv = TrainingOptions(tmp_path, tmp_path / "m.keras", labels_csv=tmp_path / "l.csv")
    assert CheckOptions.for_training(by_csv).labels_csv == tmp_path / "l.csv"
    with pytest.raises(UsageError, match="labels come from one place"):
        CheckOptions(tmp_path, labels_csv=tmp_path / "l.csv", keywords="Birds").check()
