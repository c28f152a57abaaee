"""The check of a multi-label set (labels from a CSV): each label judged on its own, so a photo
missing a label it shows, or carrying one it does not show, is found and told which way."""

from __future__ import annotations

from tests.check.helpers import options, relabel
from tests.training.helpers import make_multi_label_set
from training.check.findings import LACKS, MISSES
from training.check.run import check_dataset


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
