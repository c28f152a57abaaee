"""The filing dialogs, the Check page and the workers in Korean, and their English plurals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.core.results import ClassifyResult, Prediction
from app.ui.check.check_actions import ReviewActions
from app.ui.check.check_model import describe_finding
from app.ui.common.settings import Settings
from app.ui.filing.sort_dialog import SortDialog
from app.ui.workers.base import Job
from app.ui.workers.model import ModelSpec
from training.check.findings import LABEL, Finding


def sort_dialog(qtbot, tmp_path: Path, labels: list[str], unreadable: int) -> SortDialog:
    results = [
        ClassifyResult(Path(f"{i}.jpg"), (Prediction(label, 0.9),))
        for i, label in enumerate(labels)
    ]
    results += [ClassifyResult(Path(f"bad{i}.jpg"), error="broken") for i in range(unreadable)]
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    dialog = SortDialog(results, settings, model_labels=("blue", "red"))
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("language", ["ko"], indirect=True)
def test_the_sort_dialog_speaks_korean_and_keeps_folder_names(qtbot, tmp_path, language):
    dialog = sort_dialog(qtbot, tmp_path, ["red", "blue"], unreadable=1)
    assert dialog.windowTitle() == "폴더로 정렬"
    assert dialog.preview.text() == (
        "이미지 2개를 폴더 2개에 복사합니다(blue: 1, red: 1). "
        "읽을 수 없는 파일 1개는 그대로 둡니다."
    )


@pytest.mark.parametrize("language", ["en"], indirect=True)
@pytest.mark.parametrize(
    ("labels", "unreadable", "said"),
    [
        (["red"], 1, "Will copy 1 image into 1 folder (red: 1). 1 unreadable file stays put."),
        (
            ["red", "red"],
            2,
            "Will copy 2 images into 1 folder (red: 2). 2 unreadable files stay put.",
        ),
    ],
)
def test_english_words_follow_the_count(qtbot, tmp_path, language, labels, unreadable, said):
    assert sort_dialog(qtbot, tmp_path, labels, unreadable).preview.text() == said


@pytest.mark.parametrize("language", ["ko"], indirect=True)
def test_a_finding_says_why_in_korean_with_its_labels_and_share(language):
    finding = Finding(LABEL, Path("c.png"), "red", 0.9, suggested="green")
    assert describe_finding(finding) == (
        "green(으)로 보임: 이 사진을 본 적 없는 헤드가 red에 준 확률은 10.0%뿐"
    )


@pytest.mark.parametrize("language", ["ko"], indirect=True)
def test_an_unexpected_error_is_one_korean_line_naming_the_error(language):
    text = str(Job().unexpected(ValueError("disk on fire")))
    assert text.startswith("Pictag에서 예상하지 못한 문제가 발생했습니다: ")
    assert "disk on fire" in text and "\n" not in text


@pytest.mark.parametrize("language", ["ko"], indirect=True)
def test_check_undo_and_model_titles_in_korean(tmp_path, language):
    assert ReviewActions(tmp_path).undo() == (None, "되돌릴 작업이 없습니다.")
    assert ModelSpec("mobilenet_v2", None).title == "MobileNetV2 (무작위 가중치)"
