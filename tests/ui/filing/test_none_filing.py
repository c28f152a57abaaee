"""The filing dialogs leave "none of these" photos alone and say how many."""

from __future__ import annotations

from pathlib import Path

from app.ui.workers.model import ModelSpec
from tests.helpers import COLORS, GREY, make_photo
from tests.ui.helpers import OPEN_SET_SPEC, open_set_model
from tests.ui.review.helpers import classify


def files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def library(qtbot, tab, root: Path) -> list[Path]:
    tab.controller._loaded(open_set_model(), OPEN_SET_SPEC)
    photos = [
        make_photo(root / "a_red.png", (40, 30), COLORS["red"]),
        make_photo(root / "b_grey.png", (40, 30), GREY),
        make_photo(root / "c_blue.png", (40, 30), COLORS["blue"]),
    ]
    classify(qtbot, tab, [root])
    return photos


def test_sort_leaves_none_of_these_where_they_are(qtbot, tab, tmp_path):
    library(qtbot, tab, tmp_path / "photos")
    dialog = tab.sort_into_folders()
    text = dialog.preview.text()
    assert "Will copy 2 images into 2 folders (blue: 1, red: 1)" in text
    assert '"None of these", left where they are: 1 photo.' in text
    dialog.dest_edit.setText(str(tmp_path / "sorted"))
    with qtbot.waitSignal(
        dialog._runner.busy_changed, timeout=20_000, check_params_cb=lambda b: not b
    ):
        dialog.run_button.click()
    assert files(tmp_path / "sorted") >= {"red/a_red.png", "blue/c_blue.png"}
    assert not any("b_grey" in name for name in files(tmp_path / "sorted"))
    assert (tmp_path / "photos" / "b_grey.png").exists()
    dialog.close()


def test_write_keywords_says_none_of_these_get_none(qtbot, tab, tmp_path):
    library(qtbot, tab, tmp_path / "photos")
    dialog = tab.write_keywords()
    assert '1 photo is "None of these": no keyword' in dialog.preview.text()
    assert "2 photos get keywords" in dialog.preview.text()
    dialog.close()


def test_a_closed_set_model_sorts_everything(qtbot, tab, tmp_path, colors_model):
    tab.controller._loaded(colors_model, ModelSpec("colors.keras", None))
    make_photo(tmp_path / "photos" / "grey.png", (40, 30), GREY)
    classify(qtbot, tab, [tmp_path / "photos"])
    dialog = tab.sort_into_folders()
    assert "None of these" not in dialog.preview.text()
    dialog.close()
