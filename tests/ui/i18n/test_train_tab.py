"""The Train tab in Korean, and English plurals, read through the app's compiled catalogues."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.ui.train.curves import format_duration, format_eta
from app.ui.train.evaluation_view import EvaluationView
from app.ui.train.train_controls import TrainControls
from app.ui.train.training_run import describe
from tests.ui.train.test_label_scores import DETECTOR, single_label
from training.options import make_options


def test_the_left_column_is_korean_with_its_numbers_filled_in(korean, settings):
    controls = TrainControls(settings)
    form = controls.form
    assert controls.start_button.text() == "학습 시작"
    assert form.title() == "매개변수"
    labels = {label.buddy(): label.text() for label in form.findChildren(QLabel) if label.buddy()}
    assert labels[form.base] == "베이스 모델" and labels[form.learning_rate] == "학습률"
    tip, arch = form.image_size.toolTip(), form.architecture
    assert "정사각형" in tip and f"{arch.display_name}에서 {arch.train_size} px" in tip
    assert "1,000" in form.augmentation.toolTip() and "{" not in form.augmentation.toolTip()
    assert form.augmentation.itemText(form.augmentation.count() - 1) == "추가 뷰 4개"


def test_the_results_headline_is_korean_and_keeps_its_numbers(korean, qtbot, thumbnails):
    view = EvaluationView(thumbnails)
    qtbot.addWidget(view)
    view.show_result(single_label(), {}, True, DETECTOR)
    assert view.headline.text() == (
        "이미지 4개에 대한 검증 정확도 75.0% (사용자가 일찍 중지함)\n"
        '"해당 없음": mahalanobis, 알려진 검증 사진 20장 중 95% 유지'
    )
    view.select_cell(0, 1)
    assert view.gallery_title.text() == "<b>bees</b>(으)로 예측된 <b>ants</b>: 이미지 1개"


def test_durations_and_the_run_line_read_as_korean(korean, tmp_path):
    assert format_duration(80) == "1분 20초" and format_duration(3720) == "1시간 2분"
    assert format_eta(None) == "남은 시간 계산 중…"
    options = make_options(tmp_path, tmp_path / "m.keras", weights=None)
    line = describe(options)
    assert "가중치 무작위" in line and "크기 자동" in line and "떼어 둠" in line


def test_english_plurals_come_from_the_catalogue(qtbot, thumbnails):
    view = EvaluationView(thumbnails)
    qtbot.addWidget(view)
    view.show_result(single_label(), {}, False)  # ants: 1 right, 1 as bees; bees: 2 right
    view.select_cell(0, 0)
    assert view.note.text().startswith("1 'ants' image correctly classified.")
    view.select_cell(1, 1)
    assert view.note.text().startswith("2 'bees' images correctly classified.")
    view.select_cell(0, 1)
    assert view.gallery_title.text() == "<b>ants</b> predicted as <b>bees</b>: 1 image"
