"""The Classify tab end to end: real jobs on real (tiny) models, offscreen."""

from __future__ import annotations

import csv
import weakref
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from app.core.formats import write_csv
from app.core.result_order import Order
from app.core.results import ClassifyResult, Prediction
from app.ui.classify.classify_tab import ClassifyTab
from app.ui.common.results_model import (
    ERRORS_ONLY,
    PathRole,
    ResultRole,
    ResultsFilter,
    ResultsModel,
    describe_summary,
)
from app.ui.workers.classify import ClassifySummary
from tests.helpers import COLORS, FifoReader, make_photo
from tests.ui.helpers import COLOR_SPEC, drop, make_photos

RUN_TIMEOUT = 20_000


def run(qtbot, tab: ClassifyTab, paths: list[Path]) -> None:
    """Classify `paths` and wait for the run to end."""
    with qtbot.waitSignal(tab.busy_changed, timeout=RUN_TIMEOUT, check_params_cb=lambda b: not b):
        tab.classify_paths(paths)


def shown(tab: ClassifyTab) -> list:
    return [tab.proxy.index(row, 0).data(ResultRole) for row in range(tab.proxy.rowCount())]


def colour_folder(root: Path) -> Path:
    """Two photos of each colour, interleaved in file order, and one unreadable file."""
    folder = root / "colours"
    for i, name in enumerate(["red", "green", "blue"] * 2):
        make_photo(folder / f"{i}_{name}.png", (40, 30), COLORS[name])
    (folder / "9_broken.jpg").write_text("not an image")
    return folder


def test_a_dropped_tab_is_freed_at_once(controller, thumbnails, settings):
    """No reference cycle through its Qt objects (see the Train tab's test of the same name)."""
    tab = ClassifyTab(controller, thumbnails, settings)
    freed = weakref.ref(tab)
    del tab
    assert freed() is None


def test_folder_streams_rows_in_chunks_with_three_labels(qtbot, tab, tmp_path):
    make_photos(tmp_path / "photos", 150)
    inserts = []
    tab.model.rowsInserted.connect(lambda parent, first, last: inserts.append(last - first + 1))
    messages = []
    tab.status_message.connect(messages.append)

    run(qtbot, tab, [tmp_path / "photos"])

    assert tab.model.rowCount() == 150 == sum(inserts)
    assert len(inserts) > 1  # streamed: several chunks, one insert each
    assert tab.stack.currentWidget() is tab.results_page
    for row in range(tab.model.rowCount()):
        result = tab.model.index(row, 0).data(ResultRole)
        assert result.ok and len(result.predictions) >= 3
    names = [r.path.name for r in tab.model.results()]
    assert names == sorted(names)  # file order
    assert messages[-1].startswith("Classified 150 images in ")
    assert tab.progress.label.text().startswith("150 images")
    assert tab.export_button.isEnabled()


def test_unreadable_files_show_their_reason(qtbot, tab, tmp_path):
    good = make_photo(tmp_path / "good.jpg")
    text = tmp_path / "notes.jpg"
    text.write_text("not an image at all")
    empty = tmp_path / "empty.png"
    empty.touch()

    run(qtbot, tab, [good, text, empty])

    results = {r.path.name: r for r in tab.model.results()}
    assert results["good.jpg"].ok
    for name in ("notes.jpg", "empty.png"):
        assert not results[name].ok and results[name].error
    assert (
        tab.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole).endswith(results["notes.jpg"].error)
    )
    tab.show()
    tab.grab()  # paints the error rows through the delegate


def test_filter_and_sort_change_the_rows_shown(qtbot, tab, controller, colors_model, tmp_path):
    controller.model, controller.spec = colors_model, COLOR_SPEC
    run(qtbot, tab, [colour_folder(tmp_path)])
    assert tab.model.rowCount() == 7
    assert tab.filter_box.labels() == ["blue", "green", "red"]

    tab.filter_box.setEditText("red")
    assert [r.path.name for r in shown(tab)] == ["0_red.png", "3_red.png"]
    assert tab.progress.shown_label.text() == "Showing 2 of 7"
    tab.filter_box.setEditText("Errors only")
    assert [r.path.name for r in shown(tab)] == ["9_broken.jpg"]
    tab.filter_box.setEditText("e")  # not a label: matches inside labels (red, green, blue)
    assert len(shown(tab)) == 6
    tab.filter_box.setEditText("All labels")
    assert len(shown(tab)) == 7 and tab.progress.shown_label.text() == ""

    tab.sort_box.setCurrentIndex(tab.sort_box.findData(Order.LABEL))
    tops = [r.predictions[0].label if r.ok else None for r in shown(tab)]
    assert tops == ["blue", "blue", "green", "green", "red", "red", None]  # errors last
    tab.sort_box.setCurrentIndex(tab.sort_box.findData(Order.CONFIDENCE))
    confidences = [r.predictions[0].probability for r in shown(tab) if r.ok]
    assert confidences == sorted(confidences, reverse=True) and not shown(tab)[-1].ok
    tab.sort_box.setCurrentIndex(tab.sort_box.findData(Order.CONFIDENCE_ASC))
    confidences = [r.predictions[0].probability for r in shown(tab) if r.ok]
    assert confidences == sorted(confidences)

    tab.filter_box.setEditText("green")  # filter and sort together
    assert [r.path.name for r in shown(tab)] == sorted(
        ["1_green.png", "4_green.png"],
        key=lambda n: tab.model.results()[int(n[0])].predictions[0].probability,
    )
    tab.filter_box.setEditText("")
    tab.sort_box.setCurrentIndex(tab.sort_box.findData(Order.FILE))
    assert [r.path.name for r in shown(tab)] == [r.path.name for r in tab.model.results()]


def test_sorted_view_stays_sorted_while_rows_stream_in(qtbot, tab, tmp_path):
    make_photos(tmp_path / "photos", 150)
    tab.sort_box.setCurrentIndex(tab.sort_box.findData(Order.CONFIDENCE))
    run(qtbot, tab, [tmp_path / "photos"])
    confidences = [r.predictions[0].probability for r in shown(tab)]
    assert len(confidences) == 150 and confidences == sorted(confidences, reverse=True)
    # Every row still finds its thumbnail's row after the merges.
    for row, result in enumerate(shown(tab)):
        assert tab.model.row_of(result.path) == row


def test_cancel_stops_the_run_and_keeps_the_rows_so_far(qtbot, tab, tmp_path):
    make_photos(tmp_path / "photos", 300)
    tab.model.rowsInserted.connect(lambda *_: tab.cancel())  # at the first chunk
    messages = []
    tab.status_message.connect(messages.append)

    run(qtbot, tab, [tmp_path / "photos"])

    assert 0 < tab.model.rowCount() < 300
    assert messages[-1].startswith("Cancelled: ")
    assert not tab.progress.cancel_button.isEnabled()
    assert tab.stack.currentWidget() is tab.results_page


def test_a_new_run_replaces_the_running_one(qtbot, tab, tmp_path):
    make_photos(tmp_path / "big", 300)
    small = make_photos(tmp_path / "small", 4)
    busy = []
    tab.busy_changed.connect(busy.append)
    tab.classify_paths([tmp_path / "big"])
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=RUN_TIMEOUT)

    run(qtbot, tab, small)

    assert [r.path for r in tab.model.results()] == small  # nothing of the first run is left
    assert busy == [True, False]  # one busy stretch: the switch did not flicker


def test_cancelling_a_queued_run_goes_back_to_the_drop_area(qtbot, tab, tmp_path):
    make_photos(tmp_path / "big", 300)
    small = make_photos(tmp_path / "small", 4)
    tab.classify_paths([tmp_path / "big"])
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=RUN_TIMEOUT)
    tab.classify_paths(small)  # waits for the first run to stop

    with qtbot.waitSignal(tab.busy_changed, timeout=RUN_TIMEOUT, check_params_cb=lambda b: not b):
        tab.cancel()

    assert tab.model.rowCount() == 0
    assert tab.stack.currentWidget() is tab.drop_area
    assert tab.progress.bar.maximum() > 0  # the busy bar stopped


def test_csv_export_writes_every_result(qtbot, tab, tmp_path, monkeypatch):
    make_photos(tmp_path / "photos", 3)
    (tmp_path / "photos" / "z_broken.jpg").write_bytes(b"")
    target = tmp_path / "out" / "results"  # no suffix: .csv is added
    asked = []

    def save_dialog(*args, **kwargs):
        asked.append(args)
        return str(target), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    tab.export_csv()  # nothing to export yet: no dialog
    assert not asked and not tab.export_button.isEnabled()

    run(qtbot, tab, [tmp_path / "photos"])
    tab.export_csv()

    with open(target.with_suffix(".csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = ["path"] + [f"{k}_{i}" for i in range(1, 6) for k in ("label", "probability")]
    assert rows[0] == header + ["error", "labels", "novelty", "path_bytes"]
    assert [Path(r[0]).name for r in rows[1:]] == [
        "photo_000.jpg",
        "photo_001.jpg",
        "photo_002.jpg",
        "z_broken.jpg",
    ]
    assert all(r[1] and r[2] and not r[-4] for r in rows[1:4])  # no error
    assert rows[4][-4] and not rows[4][1]


def test_csv_export_onto_a_named_pipe_writes_into_it(tmp_path):
    reader = FifoReader(tmp_path / "results.csv")
    write_csv([ClassifyResult(tmp_path / "a.jpg", (Prediction("red", 0.9),))], reader.path, top=1)
    assert reader.join().splitlines() == [
        "path,label_1,probability_1,error,labels,novelty,path_bytes",
        f"{tmp_path / 'a.jpg'},red,0.900000,,red,,",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.csv"]


def test_switching_models_reclassifies_what_is_shown(
    qtbot, tab, controller, colors_model, tmp_path
):
    photos = [make_photo(tmp_path / f"{name}.png", (40, 30), rgb) for name, rgb in COLORS.items()]
    run(qtbot, tab, photos)
    assert len(tab.model.results()[0].predictions) == 5  # ImageNet labels, top 5

    controller.model, controller.spec = colors_model, COLOR_SPEC
    with qtbot.waitSignal(tab.busy_changed, timeout=RUN_TIMEOUT, check_params_cb=lambda b: not b):
        controller.ready.emit(colors_model, COLOR_SPEC)

    assert [r.path for r in tab.model.results()] == photos
    assert [r.predictions[0].label for r in tab.model.results()] == list(COLORS)
    assert tab.filter_box.labels() == ["blue", "green", "red"]


def test_detail_view_shows_the_selected_result(qtbot, tab, tmp_path):
    photos = make_photos(tmp_path / "photos", 3)
    make_photo(photos[1], (1200, 900))  # larger than the list's thumbnails
    broken = tmp_path / "photos" / "x_broken.jpg"
    broken.write_text("nope")
    run(qtbot, tab, [tmp_path / "photos"])
    tab.show()

    tab.view.setCurrentIndex(tab.proxy.index(1, 0))
    result = tab.model.results()[1]
    assert tab.detail.result == result
    assert tab.detail.name.text() == photos[1].name
    assert tab.detail.folder.toolTip() == str(photos[1].parent)
    assert tab.detail.predictions.predictions() == result.predictions
    assert len(result.predictions) == 5
    # The sharp preview is decoded off the GUI thread and arrives later.
    qtbot.waitUntil(lambda: tab.detail._sharp, timeout=5000)
    assert tab.detail.preview.pixmap.width() == 720  # not the 160 px thumbnail
    tab.view.setCurrentIndex(tab.proxy.index(3, 0))
    assert tab.detail.error.isVisible() and "nope" not in tab.detail.error.text()
    assert not tab.detail.predictions.isVisible()


def test_context_menu_offers_the_file_actions(qtbot, tab, tmp_path):
    make_photos(tmp_path / "photos", 3)
    run(qtbot, tab, [tmp_path / "photos"])
    tab.show()
    tab.view.selectAll()
    review = ["", "Confirm", "None of these", "Add to training set as"]  # the review panel's
    menu = tab.view.context_menu(tab.view.visualRect(tab.proxy.index(0, 0)).center())
    assert [a.text() for a in menu.actions()] == ["Copy 3 Paths", *review]
    tab.view.clearSelection()
    menu = tab.view.context_menu(tab.view.visualRect(tab.proxy.index(2, 0)).center())
    assert [a.text() for a in menu.actions()] == ["Open", "Show in Folder", "Copy Path", *review]
    assert tab.view.selected_results() == [tab.model.results()[2]]
    assert tab.view.context_menu(QPoint(5, 5000)) is None


def test_a_drop_starts_classification(qtbot, tab, tmp_path):
    make_photos(tmp_path / "photos", 5)
    assert tab.stack.currentWidget() is tab.drop_area
    with qtbot.waitSignal(tab.busy_changed, timeout=RUN_TIMEOUT, check_params_cb=lambda b: not b):
        drop(tab.drop_area, [tmp_path / "photos"])
    assert tab.model.rowCount() == 5
    # Dropping onto the results replaces them.
    with qtbot.waitSignal(tab.busy_changed, timeout=RUN_TIMEOUT, check_params_cb=lambda b: not b):
        drop(tab.view.viewport(), [tmp_path / "photos" / "photo_004.jpg"])
    assert [r.path.name for r in tab.model.results()] == ["photo_004.jpg"]


def test_inputs_wait_for_the_model(qtbot, tab, controller, tiny_model, tmp_path):
    photos = make_photos(tmp_path / "photos", 2)
    controller.model = None
    messages = []
    tab.status_message.connect(messages.append)
    tab.classify_paths(photos)
    assert tab.busy and messages == ["Waiting for the model…"]
    assert tab.progress.label.text() == "Waiting for the model…"

    controller.model = tiny_model
    with qtbot.waitSignal(tab.busy_changed, timeout=RUN_TIMEOUT, check_params_cb=lambda b: not b):
        controller.ready.emit(tiny_model, controller.spec)
    assert tab.model.rowCount() == 2


def test_an_empty_folder_goes_back_to_the_drop_area(qtbot, tab, tmp_path):
    (tmp_path / "empty").mkdir()
    messages = []
    tab.status_message.connect(messages.append)
    run(qtbot, tab, [tmp_path / "empty"])
    assert tab.stack.currentWidget() is tab.drop_area
    assert messages[-1] == "No images found in empty"


def _result(i: int, label: str, p: float) -> ClassifyResult:
    return ClassifyResult(Path(f"/photos/{i:03d}.jpg"), (Prediction(label, p), Prediction("x", 0)))


def test_results_model_keeps_qt_s_rules_through_streaming_sorts_and_filters(qtmodeltester):
    """Qt's own model tester watches every insert, move and reset."""
    model = ResultsModel()
    proxy = ResultsFilter(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    labels = ["cat", "dog", "Cat", "bird"]
    chunks = [
        [_result(i, labels[i % 4], ((i * 37) % 100) / 100) for i in range(start, start + 7)]
        for start in range(0, 28, 7)
    ]
    chunks[1][3] = ClassifyResult(Path("/photos/bad.jpg"), error="truncated file")
    added = []
    model.labels_added.connect(added.extend)
    model.append(chunks[0])
    model.set_sort_mode(Order.CONFIDENCE)
    proxy.set_query("cat")  # a label seen: exact, case-insensitive (cat and Cat)
    for chunk in chunks[1:]:
        model.append(chunk)  # merged into the sorted order
    assert added == ["cat", "dog", "bird"]  # "Cat" is the same label to the filter box
    tops = [proxy.index(r, 0).data(ResultRole).predictions[0] for r in range(proxy.rowCount())]
    assert {p.label for p in tops} == {"cat", "Cat"} and len(tops) == 13  # one is the error
    assert [p.probability for p in tops] == sorted((p.probability for p in tops), reverse=True)
    proxy.set_query("ir")  # not a label: a substring (bird)
    assert proxy.rowCount() == 7
    proxy.set_query(ERRORS_ONLY)
    assert proxy.index(0, 0).data(PathRole) == Path("/photos/bad.jpg") and proxy.rowCount() == 1
    proxy.set_query("")
    model.set_sort_mode(Order.LABEL)
    keys = [model.result_at(r) for r in range(model.rowCount())]
    assert not keys[-1].ok
    assert [r.predictions[0].label.casefold() for r in keys[:-1]] == sorted(
        r.predictions[0].label.casefold() for r in keys[:-1]
    )
    model.set_sort_mode(Order.FILE)
    assert model.results() == [r for chunk in chunks for r in chunk]
    assert [model.result_at(r) for r in range(model.rowCount())] == model.results()
    model.clear()
    assert model.rowCount() == 0 and model.labels() == []


def test_the_end_of_run_summary_reads_like_a_sentence():
    """In an English locale (numbers as the person's locale writes them); its singulars come
    from the English catalogue (tests/i18n/test_ko_ui_window.py)."""
    summary = ClassifySummary(1000, 3, Counter({".txt": 4, ".mov": 1}), 12.34)
    default = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert describe_summary(summary) == (
            "Classified 1,000 images in 12.3 s (81 images/s); 3 could not be read; "
            "5 files in other formats left out"
        )
    finally:
        QLocale.setDefault(default)
