"""The training engine and the training set in Korean, read from the merged catalogue: errors
keep their paths, counts land in the sentence, and every translation of these modules keeps the
fields its English text has."""

from __future__ import annotations

import pytest

from app.core.errors import DatasetError
from app.dataset.removing import RemoveSummary
from training.dataset import DatasetScan, Sample, checked_root, pairs_warning
from training.scan_checks import check_scan


def test_a_missing_training_folder_is_told_in_korean_with_its_path(engine_korean, tmp_path):
    missing = tmp_path / "사진 없음"
    with pytest.raises(DatasetError) as raised:
        checked_root(missing, "validation")
    assert str(raised.value) == f"{missing}: 검증 폴더를 찾을 수 없습니다"


def test_a_small_class_is_warned_about_in_korean_with_its_count(engine_korean, tmp_path):
    scan = DatasetScan(tmp_path, ["cat", "dog"], [])
    scan.samples = [Sample(tmp_path / f"{i}.jpg", i % 2) for i in range(5)]  # cat 3, dog 2
    check_scan(scan)
    warning = "클래스 'dog'의 이미지가 2개뿐입니다. 잘 학습하려면 10개 이상 필요합니다."
    assert warning in scan.warnings


def test_a_summary_of_photos_taken_out_is_korean(engine_korean, tmp_path):
    summary = RemoveSummary(tmp_path, tmp_path / "m.csv", removed=[(tmp_path / "a.jpg",) * 2])
    assert summary.message().startswith("학습 세트에서 사진 1장을 뺐습니다(")


def test_english_counts_take_the_singular_for_one(engine_english):
    assert pairs_warning(1).startswith("1 RAW file has a JPEG of the same name beside it")
    assert pairs_warning(2).startswith("2 RAW files have a JPEG of the same name beside them")
