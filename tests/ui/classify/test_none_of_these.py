"""The Classify tab with a model that can say "none of these": the rows, the filter, the share
of known photos kept (re-deciding without a run, remembered per model) and multi-label rows."""

from __future__ import annotations

import pytest

from app.ui.common.given_labels import given_line
from app.ui.common.results_model import LABELLED_ONLY, NONE_ONLY, ResultRole
from app.ui.common.settings import Keys
from app.ui.workers.model import ModelSpec
from tests.helpers import COLORS, DIM, GREY, YELLOW, make_photo
from tests.ui.helpers import OPEN_SET_SPEC, open_set_model
from tests.ui.review.helpers import classify, select_row, shown_paths


@pytest.fixture
def open_tab(qtbot, tab, tmp_path):
    """The tab on a model with a detector, showing a red, a grey and a dim grey photo."""
    model = open_set_model()
    tab.controller._loaded(model, OPEN_SET_SPEC)
    photos = [
        make_photo(tmp_path / "a_red.png", (40, 30), COLORS["red"]),
        make_photo(tmp_path / "b_grey.png", (40, 30), GREY),
        make_photo(tmp_path / "c_dim.png", (40, 30), DIM),
    ]
    classify(qtbot, tab, photos)
    return tab, model


def given(tab) -> dict[str, tuple[str, ...]]:
    return {r.path.name: r.labels for r in tab.model.results()}


def test_a_stranger_reads_none_of_these_with_its_guess_greyed(qtbot, open_tab):
    tab, _model = open_tab
    assert given(tab) == {"a_red.png": ("red",), "b_grey.png": (), "c_dim.png": ("red",)}
    grey = next(r for r in tab.model.results() if r.path.name == "b_grey.png")
    assert grey.none_of_these and grey.predictions  # its best guesses are kept, not given
    assert given_line(grey) == "None of these"
    assert given_line(tab.model.results()[0]) == ""  # one label: the top row says it

    tab.show()
    select_row(tab, 1)
    assert tab.detail.given.isVisible() and "None of these" in tab.detail.given.text()
    assert tab.detail.heading.text() == "Best guesses (not given)"
    assert tab.detail.predictions.predictions() == grey.predictions
    tab.review.grid_button.setChecked(True)
    tab.grab()  # the list and the grid paint the row through their delegates


def test_the_filter_shows_only_none_of_these_or_only_labelled(qtbot, open_tab):
    tab, _model = open_tab
    tab.filter_box.setEditText(NONE_ONLY)
    assert [p.name for p in shown_paths(tab)] == ["b_grey.png"]
    assert tab.progress.shown_label.text() == "Showing 1 of 3"
    tab.filter_box.setEditText(LABELLED_ONLY)
    assert [p.name for p in shown_paths(tab)] == ["a_red.png", "c_dim.png"]
    assert tab.filter_box.findText(NONE_ONLY) >= 0  # offered in the box, not typed only
    assert "red" in tab.filter_box.labels() and NONE_ONLY not in tab.filter_box.labels()


def test_moving_the_share_redecides_the_rows_without_a_run_and_is_remembered(
    qtbot, open_tab, settings
):
    tab, model = open_tab
    box = tab.open_set
    assert box.spin.isEnabled() and box.spin.value() == 95
    assert "sets aside 1 of the 3 photos shown" in box.effect.text()
    assert "keeps 95% of the 21 known validation photos" in box.effect.text()
    tab.filter_box.setEditText(NONE_ONLY)
    starts = []
    tab.runs.started.connect(lambda *_: starts.append(1))

    box.spin.setValue(50)

    assert not starts and not tab.busy  # no run: re-decided from what the rows kept
    assert given(tab)["c_dim.png"] == () and given(tab)["a_red.png"] == ("red",)
    assert [p.name for p in shown_paths(tab)] == ["b_grey.png", "c_dim.png"]
    assert "keeps 52% of the 21" in box.effect.text()  # 11 of 21 at or below 1.20
    assert "sets aside 2 of the 3" in box.effect.text()
    assert model.decision.open_set.keep == 0.5  # new runs decide with it too
    assert settings.get(Keys.KEEP_KNOWN) == {OPEN_SET_SPEC.model: 0.5}

    box.slider.setValue(100)  # 100%: "none of these" off
    assert all(given(tab).values()) and tab.proxy.rowCount() == 0

    again = open_set_model()  # the same model file loaded again: the share it was left at
    tab.controller._loaded(again, OPEN_SET_SPEC)
    assert again.decision.open_set.keep == 1.0 and box.spin.value() == 100
    other = open_set_model()
    tab.controller._loaded(other, ModelSpec("other.keras", None))
    assert other.decision.open_set.keep == 0.95 and box.spin.value() == 95  # per model


def test_a_model_without_a_detector_disables_the_share_and_says_why(qtbot, tab, tiny_model):
    box = tab.open_set
    tab.controller.ready.emit(tiny_model, tab.controller.spec)
    assert not box.spin.isEnabled() and not box.slider.isEnabled()
    assert "no unknown-photo detector" in box.spin.toolTip()
    assert "not available" in box.effect.text()
    box.spin.setValue(60)  # even if reached, it moves nothing
    assert tiny_model.decision.open_set is None


def test_an_old_model_file_says_so_where_the_share_would_be(qtbot, tab, colors_model):
    from dataclasses import replace

    old = replace(colors_model, notice="colors.keras was made by an earlier Pictag")
    tab.controller.ready.emit(old, tab.controller.spec)
    assert tab.open_set.spin.toolTip() == old.notice


def test_a_multi_label_row_shows_every_label_given(qtbot, tab, tmp_path):
    model = open_set_model(multi_label=True)
    tab.controller._loaded(model, ModelSpec("multi_colors.keras", None))
    photos = [
        make_photo(tmp_path / "yellow.png", (40, 30), YELLOW),
        make_photo(tmp_path / "blue.png", (40, 30), COLORS["blue"]),
    ]
    classify(qtbot, tab, photos)
    rows = {r.path.name: r for r in tab.model.results()}
    assert rows["yellow.png"].labels == ("red", "green")
    assert given_line(rows["yellow.png"]) == "red, green"
    assert rows["blue.png"].labels == ("blue",)
    tab.show()
    select_row(
        tab,
        [r.path.name for r in (tab.proxy.index(i, 0).data(ResultRole) for i in range(2))].index(
            "yellow.png"
        ),
    )
    assert "red, green" in tab.detail.given.text()
    tab.grab()
