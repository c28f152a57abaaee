"""The training engine and the training set in Korean, read from the merged catalogue: errors
keep their paths, counts land in the sentence, and every translation of these modules keeps the
fields its English text has (a lost `{path}` would raise KeyError in `.format`).

These tests need the Korean and English catalogues filled (the merged translation tables)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from app.core import i18n
from app.core.errors import DatasetError
from app.dataset.removing import RemoveSummary
from training.dataset import DatasetScan, Sample, checked_root, pairs_warning
from training.scan_checks import check_scan

# The contexts of training/ and app/dataset/ (as `translate` names them).
CONTEXTS = {
    "check.kept", "check.per_label", "check.run", "checkpoints", "dataset", "dataset.adding",
    "dataset.removing", "distribute", "features", "grouping", "keywords", "labels_csv",
    "multi_label", "open_set", "options", "recorded", "run_dataset", "run_features",
    "run_result", "scan_checks", "split", "trainer", "update", "versions",
}  # fmt: skip


@pytest.fixture
def korean():
    i18n.set_language("ko")
    try:
        yield
    finally:
        i18n.set_language(None)


@pytest.fixture
def english():
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language(None)


def test_a_missing_training_folder_is_told_in_korean_with_its_path(korean, tmp_path):
    missing = tmp_path / "사진 없음"
    with pytest.raises(DatasetError) as raised:
        checked_root(missing, "validation")
    assert str(raised.value) == f"{missing}: 검증 폴더를 찾을 수 없습니다"


def test_a_small_class_is_warned_about_in_korean_with_its_count(korean, tmp_path):
    scan = DatasetScan(tmp_path, ["cat", "dog"], [])
    scan.samples = [Sample(tmp_path / f"{i}.jpg", i % 2) for i in range(5)]  # cat 3, dog 2
    check_scan(scan)
    warning = "클래스 'dog'의 이미지가 2개뿐입니다. 잘 학습하려면 10개 이상 필요합니다."
    assert warning in scan.warnings


def test_a_summary_of_photos_taken_out_is_korean(korean, tmp_path):
    summary = RemoveSummary(tmp_path, tmp_path / "m.csv", removed=[(tmp_path / "a.jpg",) * 2])
    assert summary.message().startswith("학습 세트에서 사진 1장을 뺐습니다(")


def test_english_counts_take_the_singular_for_one(english):
    assert pairs_warning(1).startswith("1 RAW file has a JPEG of the same name beside it")
    assert pairs_warning(2).startswith("2 RAW files have a JPEG of the same name beside them")


def test_every_korean_translation_of_training_keeps_the_fields_of_its_english_text():
    root = ET.parse(i18n.catalogue_file("ko")).getroot()
    checked = 0
    for context in root.iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text]
            assert all(forms), f"not translated: {source!r}"
            for form in forms:
                assert _fields(form) == _fields(source), (source, form)
            checked += 1
    assert checked > 150


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%n", text))
