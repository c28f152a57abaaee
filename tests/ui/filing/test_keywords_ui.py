"""Write Keywords… on the Classify tab's results, undone; the RAW+JPEG setting; and the Train
tab's classes from keywords."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from app.core.xmp_files import read_hierarchical_keywords
from app.ui.classify.classify_tab import ClassifyTab
from app.ui.common.settings import Keys
from app.ui.train.train_tab import TrainTab
from tests.helpers import COLORS, make_photo
from tests.photo_files import photo_pixels, save_dng

TIMEOUT = 20_000


def classify(qtbot, tab: ClassifyTab, root: Path) -> None:
    with qtbot.waitSignal(tab.busy_changed, timeout=TIMEOUT, check_params_cb=lambda b: not b):
        tab.classify_paths([root])


def library(root: Path) -> Path:
    """Two photos, a RAW+JPEG pair among them, and a broken file."""
    red = photo_pixels((48, 32), COLORS["red"])
    root.mkdir(parents=True)
    Image.fromarray(red).save(root / "IMG_0001.JPG")
    save_dng(root / "IMG_0001.DNG", red, preview=red)
    make_photo(root / "blue.png", (40, 30), COLORS["blue"])
    (root / "broken.jpg").write_text("not an image")
    return root


def run(qtbot, dialog, button) -> None:
    with qtbot.waitSignal(dialog._runner.busy_changed, timeout=TIMEOUT,
                          check_params_cb=lambda b: not b):  # fmt: skip
        button.click()


def test_write_keywords_on_the_results_shown_then_undo(qtbot, tab, tmp_path):
    root = library(tmp_path / "photos")
    assert not tab.keywords_button.isEnabled()
    said: list[str] = []
    tab.status_message.connect(said.append)
    classify(qtbot, tab, root)
    assert tab.model.rowCount() == 3 and tab.keywords_button.isEnabled()  # the pair: one row
    assert any("1 RAW+JPEG pair classified once, through the JPEG" in s for s in said)
    before = {p: p.read_bytes() for p in root.iterdir()}
    dialog = tab.write_keywords()
    assert "2 photos get keywords, written in sidecars (and 1 RAW twin" in dialog.preview.text()
    assert "1 unreadable file stays" in dialog.preview.text()
    dialog.parent_edit.setText("Colours")
    run(qtbot, dialog, dialog.write_button)
    assert "Keywords written for 3 photos (3 in sidecars" in dialog.message.text()
    assert read_hierarchical_keywords(root / "IMG_0001.DNG") == ["Colours|red"]
    assert read_hierarchical_keywords(root / "blue.png") == ["Colours|blue"]
    assert tab.settings.get(Keys.KEYWORDS)["parent"] == "Colours"  # remembered
    assert dialog.undo_button.isVisible()
    run(qtbot, dialog, dialog.undo_button)
    assert "3 sidecars removed" in dialog.message.text()
    assert {p: p.read_bytes() for p in root.iterdir() if p.suffix != ".csv"} == before
    dialog.close()


def test_the_pairs_setting_classifies_both(qtbot, tab, tmp_path):
    root = library(tmp_path / "photos")
    tab.settings.set(Keys.KEEP_RAW_PAIRS, 1)
    classify(qtbot, tab, root)
    assert tab.model.rowCount() == 4


def test_the_train_tab_takes_classes_from_keywords(qtbot, thumbnails, settings, tmp_path):
    from tests.training.helpers import keyworded

    for i in range(3):
        keyworded(tmp_path / "lib" / f"r{i}.jpg", "Colours|red")
        keyworded(tmp_path / "lib" / f"b{i}.jpg", "Colours|blue")
    tab = TrainTab(thumbnails, settings)
    qtbot.addWidget(tab)
    try:
        tab.label_source.keyword_check.setChecked(True)
        tab.label_source.keyword_edit.setText("Colours")
        tab.label_source.keyword_edit.editingFinished.emit()
        tab.set_dataset(tmp_path / "lib")
        qtbot.waitUntil(lambda: not tab.busy and bool(tab.scan or tab.scan_error), timeout=30_000)
        assert tab.scan is not None, tab.scan_error
        assert tab.scan.classes == ["blue", "red"] and tab.start_button.isEnabled()
        assert settings.get(Keys.TRAIN_KEYWORDS) == "Colours"
        tab.label_source.keyword_check.setChecked(False)  # back to sub-folders: rescanned, an error
        qtbot.waitUntil(lambda: not tab.busy and bool(tab.scan or tab.scan_error), timeout=30_000)
        assert "at least 2 classes" in tab.scan_error
    finally:
        assert tab.shutdown(30_000)
