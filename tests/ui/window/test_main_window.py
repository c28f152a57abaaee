"""The whole window as a user meets it: start-up before TensorFlow, drops, a training run that
ends in the Classify tab, the offline weights path, closing mid-job, and settings on restart."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.ui.common.settings import Keys, Settings
from app.ui.window.main_window import CLASSIFY_TAB, TRAIN_TAB, MainWindow
from app.ui.workers.base import Job, JobRunner
from tests.helpers import COLORS, make_color_model_file, make_photo
from tests.ui.helpers import TINY_SPEC, drop, make_photos, tiny_parameters
from training.progress import EpochResult

ROOT = Path(__file__).resolve().parents[3]
RUN_TIMEOUT = 180_000


def color_folders(root: Path, names: tuple[str, ...]) -> Path:
    """A dataset: one folder of 10 photos per colour name."""
    for name in names:
        make_photos(root / name, 10, COLORS[name])
    return root


def rows(window: MainWindow) -> list:
    return window.classify_tab.model.results()


@pytest.fixture
def window(qtbot, settings, tiny_model, data_home):
    """A window whose model has just loaded (a 32 px random MobileNetV2)."""
    w = MainWindow(settings, load_model=False)
    qtbot.addWidget(w)
    w.controller.model, w.controller.spec = tiny_model, TINY_SPEC
    w.controller.ready.emit(tiny_model, TINY_SPEC)
    w.show()
    yield w
    w.close()


def test_window_shows_before_tensorflow_loads_then_loads_it_in_the_background(tmp_path):
    model = make_color_model_file(tmp_path / "colors.keras")
    script = f"""
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from app.ui.window.main_window import MainWindow
from app.ui.common.settings import Keys, Settings
app = QApplication([])
settings = Settings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
settings.set(Keys.MODEL, {str(model)!r})
window = MainWindow(settings)
window.show()
app.processEvents()
print("shown; tensorflow imported:", "tensorflow" in sys.modules, flush=True)
window.controller.ready.connect(lambda *_: app.quit())
window.controller.failed.connect(lambda message, *_: (print(message), app.quit()))
QTimer.singleShot(120_000, app.quit)
app.exec()
print("model:", window.controller.model.name if window.controller.model else None)
window.close()
"""
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    assert "shown; tensorflow imported: False" in out.stdout
    assert "model: colors.keras" in out.stdout


def test_the_window_module_loads_no_export_engine():
    """app.export.exporter (with its parity check and decoder) loads when an export starts."""
    code = (
        "import sys, app.ui.window.main_window\n"
        "print(sorted(m for m in ('app.export.exporter', 'app.export.parity') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"


class WaitForCancel(Job):
    """Runs until cancelled (at most 30 s), as a slow job in a dialog would."""

    def work(self) -> None:
        deadline = time.monotonic() + 30
        while not self.token.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)


def test_closing_cancels_and_joins_every_job_wherever_its_runner_is(window, qtbot):
    """A dialog's job (the sort dialog is the Classify tab's child) is found like any other."""
    dialogs = [QDialog(window.classify_tab), QDialog(window.train_tab), QDialog(window)]
    runners = [JobRunner(f"dialog{i}", d) for i, d in enumerate(dialogs)]
    jobs = [runner.start(WaitForCancel()) for runner in runners]
    threads = [runner._thread for runner in runners]
    qtbot.waitUntil(lambda: all(t.isRunning() for t in threads), timeout=10_000)
    window.close()
    assert all(job.token.cancelled for job in jobs)
    assert all(thread.isFinished() for thread in threads)
    assert all(runner.job is None for runner in runners)  # joined and released


def test_dropping_images_and_a_folder_gives_top3_rows_and_error_rows(window, qtbot, tmp_path):
    folder = tmp_path / "holiday"
    make_photos(folder, 12)
    single = make_photo(tmp_path / "single.png", (50, 40))
    broken = tmp_path / "broken.jpg"
    broken.write_text("a text file with an image's name")
    empty = tmp_path / "empty.jpg"
    empty.touch()
    tab = window.classify_tab
    with qtbot.waitSignal(tab.busy_changed, check_params_cb=lambda busy: not busy, timeout=60_000):
        drop(tab.drop_area, [single, broken, empty, folder])
    results = rows(window)
    assert len(results) == 15
    good = [r for r in results if r.ok]
    assert len(good) == 13 and all(len(r.predictions) >= 3 for r in good)
    reasons = {r.path.name: r.error for r in results if not r.ok}
    assert "not an image" in reasons["broken.jpg"]
    assert "empty file" in reasons["empty.jpg"]


def test_dropping_a_model_file_loads_it(window, qtbot, tmp_path):
    model = make_color_model_file(tmp_path / "colors.keras")
    with qtbot.waitSignal(window.controller.ready, timeout=60_000) as ready:
        drop(window, [model])
    assert ready.args[0].labels == tuple(COLORS)
    assert window.picker.currentData() == str(model)
    # On the Classify tab's drop area too: a model file is loaded, not classified as a photo.
    window.controller.load(TINY_SPEC)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=60_000)
    with qtbot.waitSignal(window.controller.ready, timeout=60_000):
        drop(window.classify_tab.drop_area, [model])
    assert window.controller.spec.model == str(model)
    assert window.classify_tab.model.rowCount() == 0


def test_file_menu_exports_the_model_file_in_use(window, qtbot, tmp_path):
    from app.ui.model.export_dialog import ExportDialog

    assert not window.export_model_action.isEnabled()  # the tiny ImageNet-style model
    model = make_color_model_file(tmp_path / "colors.keras")
    with qtbot.waitSignal(window.controller.ready, timeout=60_000):
        window.use_model(model)
    assert window.export_model_action.isEnabled()
    window.export_model_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible() and dialog.model == model
    assert dialog.output.text() == str(tmp_path / "colors-tflite")
    dialog.export_button.click()
    window.close()  # during the export: cancelled and joined, nothing written
    assert not dialog.busy
    assert not (tmp_path / "colors-tflite").exists()


def test_training_in_the_train_tab_then_classifying_with_the_new_model(
    window, qtbot, tmp_path, monkeypatch
):
    data = color_folders(tmp_path / "colors", ("red", "blue"))
    window.tabs.setCurrentIndex(TRAIN_TAB)
    train = window.train_tab
    with qtbot.waitSignal(train.busy_changed, check_params_cb=lambda b: not b, timeout=60_000):
        drop(window, [data])  # a folder dropped on the Train tab becomes the dataset
    assert train.scan is not None and train.scan.classes == ["blue", "red"]
    tiny_parameters(train, head_epochs=4)
    with qtbot.waitSignal(train.training_finished, timeout=RUN_TIMEOUT) as finished:
        train.start_button.click()
    result = finished.args[0]
    assert result is not None and result.evaluation.confusion.sum() == 4
    saved = tmp_path / "mine" / "colors.keras"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    train.save_button.click()
    assert saved.is_file() and saved.with_name("colors.report.json").is_file()

    fresh = tmp_path / "new"
    make_photos(fresh / "r", 4, COLORS["red"])
    make_photos(fresh / "b", 4, COLORS["blue"])
    with qtbot.waitSignal(window.controller.ready, timeout=60_000):
        train.use_button.click()
    assert window.tabs.currentIndex() == CLASSIFY_TAB
    assert window.controller.spec.model == str(saved)
    tab = window.classify_tab
    with qtbot.waitSignal(tab.busy_changed, check_params_cb=lambda b: not b, timeout=60_000):
        tab.classify_paths([fresh])
    labels = {r.predictions[0].label for r in rows(window)}
    assert labels <= {"red", "blue"} and len(rows(window)) == 8


def test_offline_imagenet_offers_a_local_weights_file(
    qtbot, settings, keras_home, tmp_path, monkeypatch
):
    monkeypatch.setenv("PICTAG_WEIGHTS_URL", (tmp_path / "no-network").as_uri())
    w = MainWindow(settings)  # loads MobileNetV2 (ImageNet) as a first start does
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "weightsMissing") is not None, timeout=60_000)
    box = w.findChild(QMessageBox, "weightsMissing")
    assert "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224.h5" in box.text()
    assert str(keras_home / "models") in box.text()
    assert "Could not load" in w.model_status.text()

    from app.core.registry import get_architecture

    weights = tmp_path / "mobilenet_v2.weights.h5"
    get_architecture("mobilenet_v2").build(size=32, include_top=True).save_weights(weights)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(weights), ""))
    choose = next(b for b in box.buttons() if b.text().startswith("Choose Weights"))
    with qtbot.waitSignal(w.controller.ready, timeout=60_000):
        choose.click()
    assert w.controller.spec.weights == str(weights)
    w.close()


def test_closing_during_classification_cancels_and_joins(window, qtbot, tmp_path):
    make_photos(tmp_path / "many", 400)
    tab = window.classify_tab
    with qtbot.waitSignal(tab.model.rowsInserted, timeout=60_000):
        tab.classify_paths([tmp_path / "many"])
    assert tab.busy
    window.close()
    assert not tab.busy and not window.controller.busy
    assert len(rows(window)) < 400


def is_epoch(event: object) -> bool:
    return isinstance(event, EpochResult)


def test_closing_during_training_cancels_and_writes_nothing(window, qtbot, tmp_path, data_home):
    data = color_folders(tmp_path / "colors", ("red", "green"))
    window.tabs.setCurrentIndex(TRAIN_TAB)
    train = window.train_tab
    with qtbot.waitSignal(train.busy_changed, check_params_cb=lambda b: not b, timeout=60_000):
        train.set_dataset(data)
    tiny_parameters(train, head_epochs=50)
    train.start()
    with qtbot.waitSignal(train.job.progress, check_params_cb=is_epoch, timeout=RUN_TIMEOUT):
        pass
    window.close()
    assert not train.busy
    assert not list(data_home.rglob("*.keras"))


def test_settings_come_back_on_the_next_start(qtbot, tmp_path, data_home):
    ini = str(tmp_path / "settings.ini")
    first = MainWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)), load_model=False)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 650)  # the offscreen screen is 800 px wide
    first.tabs.setCurrentIndex(TRAIN_TAB)
    first.train_tab.form.epochs.setValue(7)
    first.settings.set(Keys.MODEL, "inception_v3")
    first.close()

    second = MainWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)), load_model=False)
    qtbot.addWidget(second)
    second.show()
    assert second.height() == 650
    assert second.tabs.currentIndex() == TRAIN_TAB
    assert second.train_tab.form.epochs.value() == 7
    assert second.controller.spec_for(second.settings.get(Keys.MODEL)).model == "inception_v3"
    second.close()
