"""Sort into Folders… from the Classify tab: the results shown, sorted on a worker, undone."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app.cli.main import build_parser
from app.cli.sort import run_sort
from app.core.model_loader import LoadedModel
from app.sort import filer
from app.sort.manifest import read_manifest
from app.sort.safe_names import folder_names
from app.sort.undo import undo_sort
from app.ui.classify.classify_tab import ClassifyTab
from app.ui.filing.sort_dialog import SortDialog, folder_labels
from app.ui.workers.base import JobRunner
from tests.helpers import COLORS, fill, make_photo
from tests.ui.helpers import COLOR_SPEC

TIMEOUT = 20_000


def classified(qtbot, tab: ClassifyTab, root: Path) -> dict[str, Path]:
    photos = {}
    for i, name in enumerate(["red", "green", "blue", "red"]):
        photos[f"{i}_{name}.png"] = make_photo(root / f"{i}_{name}.png", (40, 30), COLORS[name])
    (root / "9_broken.jpg").write_text("not an image")
    assert not tab.sort_folders_button.isEnabled()
    with qtbot.waitSignal(tab.busy_changed, timeout=TIMEOUT, check_params_cb=lambda b: not b):
        tab.classify_paths([root])
    assert tab.sort_folders_button.isEnabled()
    return photos


def run(qtbot, dialog: SortDialog, button) -> None:
    with qtbot.waitSignal(dialog._runner.busy_changed, timeout=TIMEOUT,
                          check_params_cb=lambda b: not b):  # fmt: skip
        button.click()


def files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_sort_the_results_into_folders_then_undo(qtbot, tab, tmp_path):
    photos = classified(qtbot, tab, tmp_path / "photos")
    dialog = tab.sort_into_folders()
    assert "Will copy 4 images into 3 folders (blue: 1, green: 1, red: 2)" in dialog.preview.text()
    assert "1 unreadable file stays put" in dialog.preview.text()
    dialog.threshold.setValue(100)  # nothing is that sure
    assert "_unsure: 4" in dialog.preview.text()
    dialog.threshold.setValue(0)
    dialog.move_radio.setChecked(True)
    dest = tmp_path / "sorted"
    dialog.dest_edit.setText(str(dest))

    run(qtbot, dialog, dialog.sort_button)

    assert files(dest) - {dialog.summary.manifest.name} == {
        "red/0_red.png", "green/1_green.png", "blue/2_blue.png", "red/3_red.png"
    }  # fmt: skip
    assert not any(p.exists() for p in photos.values())
    assert (tmp_path / "photos" / "9_broken.jpg").exists()  # left where it was
    assert "4 images moved" in dialog.message.text() and "Manifest:" in dialog.message.text()
    rows = read_manifest(dialog.summary.manifest)
    assert sum(r["status"] == "done" and r["action"] == "move" for r in rows) == 4
    assert dialog.undo_button.isVisible() and not dialog.sort_button.isEnabled()

    run(qtbot, dialog, dialog.undo_button)

    assert all(p.exists() for p in photos.values())
    assert files(dest) == {dialog.summary.manifest.name}
    assert "4 images moved back" in dialog.message.text()
    dialog.reject()


def test_cancel_stops_between_files_and_the_partial_sort_can_be_undone(qtbot, tab, tmp_path):
    photos = classified(qtbot, tab, tmp_path / "photos")
    dialog = tab.sort_into_folders()
    dialog.dest_edit.setText(str(tmp_path / "sorted"))
    dialog._runner.busy_changed.connect(lambda busy: busy and dialog.cancel_button.click())

    run(qtbot, dialog, dialog.sort_button)

    summary = dialog.summary
    assert summary is not None and summary.placed < 4
    assert dialog.message.text().startswith("Cancelled: ")
    run(qtbot, dialog, dialog.undo_button)
    assert files(tmp_path / "sorted") == {summary.manifest.name}
    assert all(p.exists() for p in photos.values())
    dialog.reject()


def test_the_button_waits_for_results_and_for_the_run(qtbot, tab, tmp_path):
    assert tab.sort_into_folders() is None  # nothing shown yet
    classified(qtbot, tab, tmp_path / "photos")
    tab.classify_paths([tmp_path / "photos"])
    assert tab.busy and not tab.sort_folders_button.isEnabled()
    with qtbot.waitSignal(tab.busy_changed, timeout=TIMEOUT, check_params_cb=lambda b: not b):
        pass
    assert tab.sort_folders_button.isEnabled()


def test_the_gui_and_the_cli_choose_the_same_folder_for_clashing_labels(
    qtbot, controller, colors_model, thumbnails, settings, tmp_path, monkeypatch
):
    """The label "a/b" cannot be a folder name as it is, and "a_b", its safe spelling, is another
    label of the model: no photo here is "a_b", yet both sorts keep that name for it, as they
    decide folder names from all of the model's labels."""
    clash = LoadedModel("clash.keras", ("a/b", "a_b", "blue"), 32, colors_model.keras_model)
    src = tmp_path / "photos"
    make_photo(src / "red.png", (40, 30), COLORS["red"])  # -> "a/b"
    make_photo(src / "blue.png", (40, 30), COLORS["blue"])
    controller.model, controller.spec = clash, COLOR_SPEC
    tab = ClassifyTab(controller, thumbnails, settings)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.busy_changed, timeout=TIMEOUT, check_params_cb=lambda b: not b):
        tab.classify_paths([src])
    dialog = tab.sort_into_folders()
    dialog.dest_edit.setText(str(tmp_path / "gui"))
    run(qtbot, dialog, dialog.sort_button)
    dialog.reject()
    assert tab.shutdown(10_000)

    monkeypatch.setattr("app.cli.terminal.load_model_with_progress", lambda *_a, **_k: clash)
    assert run_sort(build_parser().parse_args(["sort", str(src), str(tmp_path / "cli")])) == 0

    hashed = folder_names(clash.labels)["a/b"]
    assert hashed.startswith("a_b~")
    folders = {p.name for p in (tmp_path / "gui").iterdir() if p.is_dir()}
    assert folders == {p.name for p in (tmp_path / "cli").iterdir() if p.is_dir()}
    assert folders == {hashed, "blue"}
    # Without the model (its labels unknown), only the results' labels are left to go by.
    assert folder_names(folder_labels(dialog.results, None))["a/b"] == "a_b"


def test_a_destination_that_is_a_file_is_told_in_one_line(qtbot, tab, tmp_path):
    classified(qtbot, tab, tmp_path / "photos")
    dialog = tab.sort_into_folders()
    (tmp_path / "a file").write_text("not a folder")
    dialog.dest_edit.setText(str(tmp_path / "a file"))

    run(qtbot, dialog, dialog.sort_button)

    assert "a file is a file, not a folder; choose a folder" in dialog.message.text()
    assert "did not expect" not in dialog.message.text()
    assert dialog.summary is None and not dialog.undo_button.isVisible()
    assert dialog.sort_button.isEnabled()  # choose another folder and try again
    dialog.reject()


def test_a_sort_that_fails_partway_can_be_undone(qtbot, tab, tmp_path, monkeypatch):
    photos = classified(qtbot, tab, tmp_path / "photos")
    real_place, calls = filer.place, []

    def place(*args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("the disk controller gave up")
        return real_place(*args, **kwargs)

    monkeypatch.setattr(filer, "place", place)
    dialog = tab.sort_into_folders()
    dialog.move_radio.setChecked(True)
    dialog.dest_edit.setText(str(tmp_path / "sorted"))

    run(qtbot, dialog, dialog.sort_button)

    text = dialog.message.text()
    assert text.startswith("Stopped: 2 images moved") and "disk controller gave up" in text
    assert dialog.summary is not None and dialog.summary.placed == 2
    assert dialog.undo_button.isVisible() and dialog.undo_button.isEnabled()
    run(qtbot, dialog, dialog.undo_button)
    assert all(p.exists() for p in photos.values())
    assert files(tmp_path / "sorted") == {dialog.summary.manifest.name}
    dialog.reject()


def test_a_destination_on_a_full_disk_is_told_in_one_line(qtbot, tab, tmp_path, small_disk):
    classified(qtbot, tab, tmp_path / "photos")
    disk = small_disk()
    fill(disk)
    dialog = tab.sort_into_folders()
    dialog.dest_edit.setText(str(disk / "sorted"))

    run(qtbot, dialog, dialog.sort_button)

    text = dialog.message.text()
    assert text.startswith(f"cannot create the manifest {disk / 'sorted'}")
    assert "No space left on device" in text and "did not expect" not in text
    assert dialog.summary is None and os.listdir(disk) == ["filler"]
    dialog.reject()


def test_a_sort_that_fills_the_disk_stops_and_is_undone(qtbot, tab, tmp_path, small_disk):
    photos = classified(qtbot, tab, tmp_path / "photos")
    disk = small_disk()
    fill(disk, leave=4096)  # the manifest's page, no room for a photo
    dialog = tab.sort_into_folders()
    dialog.move_radio.setChecked(True)
    dialog.dest_edit.setText(str(disk / "sorted"))

    run(qtbot, dialog, dialog.sort_button)

    text = dialog.message.text()
    assert text.startswith("Stopped: 0 images moved") and "so the sort stopped" in text
    assert "did not expect" not in text and "Traceback" not in text
    run(qtbot, dialog, dialog.undo_button)
    assert all(p.exists() for p in photos.values())
    assert files(disk / "sorted") == {dialog.summary.manifest.name}
    assert [p.name for p in (disk / "sorted").iterdir()] == [dialog.summary.manifest.name]
    dialog.reject()


@pytest.mark.parametrize("how", ["close", "escape"])
def test_closing_the_dialog_stops_the_sort_and_waits_for_it(qtbot, tab, tmp_path, monkeypatch, how):
    photos = classified(qtbot, tab, tmp_path / "photos")
    real_place = filer.place

    def slow_place(*args, **kwargs):
        time.sleep(0.2)
        return real_place(*args, **kwargs)

    monkeypatch.setattr(filer, "place", slow_place)
    dialog = tab.sort_into_folders()
    dialog.move_radio.setChecked(True)
    dialog.dest_edit.setText(str(tmp_path / "sorted"))
    # The main window cancels and joins every JobRunner among its descendants when it closes.
    assert dialog._runner in tab.findChildren(JobRunner)
    dialog.sort_button.click()
    qtbot.waitUntil(lambda: any((tmp_path / "sorted").glob("*/*.png")), timeout=TIMEOUT)

    if how == "close":
        dialog.close()
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible() and not dialog._runner.busy
    assert [t for t in threading.enumerate() if t.name == "pictag-sort"] == []
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=TIMEOUT)  # deleted on close
    moved = [p for p in photos.values() if not p.exists()]
    assert 1 <= len(moved) < 4  # stopped between two files
    (manifest,) = (tmp_path / "sorted").glob("pictag-sort-*.csv")
    assert undo_sort(manifest).complete and all(p.exists() for p in photos.values())
