"""The Train tab end to end: scan report, parameters, real (tiny) training runs through the tab,
results, saving, cancel and stop.

Runs use random weights at 32 px, so nothing is downloaded; $PICTAG_CACHE_DIR and the app's
data folder (where working models go) point into the test's own folder.
"""

from __future__ import annotations

import json
import threading
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.progress import Progress, Stage
from app.ui.common.settings import Keys
from app.ui.model.export_dialog import ExportDialog
from app.ui.train.scan_report import SAMPLES_ROLE
from app.ui.train.train_tab import TrainTab
from tests.helpers import make_photo
from tests.training.helpers import CLASS_COLORS
from tests.ui.helpers import drop, tiny_parameters
from training.options import DEFAULTS
from training.progress import EpochResult
from training.working_files import models_dir

PER_CLASS = 12
RUN_TIMEOUT = 180_000  # ms; a run takes ~10 s alone, more on a busy 2-core machine


def make_noisy_dataset(root: Path, classes=tuple(CLASS_COLORS), per_class: int = PER_CLASS):
    for name in classes:
        for i in range(per_class):
            make_photo(root / name / f"{name}_{i:02d}.jpg", (40 + i, 36 + i), CLASS_COLORS[name])
    return root


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    """Three classes of 12 noisy solid-colour photos. Read-only."""
    return make_noisy_dataset(tmp_path_factory.mktemp("colors") / "colors")


@pytest.fixture
def make_tab(qapp, thumbnails, settings, data_home):
    tabs: list[TrainTab] = []

    def make() -> TrainTab:
        tab = TrainTab(thumbnails, settings)
        tabs.append(tab)
        return tab

    yield make
    for tab in tabs:
        assert tab.shutdown(60_000)
        tab.close()


@pytest.fixture
def tab(make_tab) -> TrainTab:
    return make_tab()


def scanned(qtbot, tab: TrainTab, folder: Path) -> TrainTab:
    tab.set_dataset(folder)
    qtbot.waitUntil(lambda: not tab.busy and bool(tab.scan or tab.scan_error), timeout=30_000)
    return tab


def run(qtbot, tab: TrainTab, before_start=None):
    with qtbot.waitSignal(tab.training_finished, timeout=RUN_TIMEOUT) as finished:
        tab.start_button.click()
        assert tab.job is not None
        if before_start is not None:
            before_start(tab.job)
    qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)
    return finished.args[0]


def log_text(tab: TrainTab) -> str:
    return tab.progress.log_view.toPlainText()


# -- the dataset ---------------------------------------------------------------------------


def test_a_dropped_tab_is_freed_at_once(qapp, thumbnails, settings, data_home):
    """No reference cycle through its Qt objects: a cycle waits for the garbage collector, and a
    collection that starts on a worker thread (TensorFlow starts some) would delete them there."""
    tab = TrainTab(thumbnails, settings)
    freed = weakref.ref(tab)
    del tab
    assert freed() is None


def test_scan_report_shows_classes_counts_and_samples(qtbot, tab, dataset):
    assert not tab.start_button.isEnabled()
    scanned(qtbot, tab, dataset)
    model = tab.report.model
    assert model.rowCount() == 3
    assert model.columns() == ["Class", "Training images", "Samples"]
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(3)}
    assert rows == {name: str(PER_CLASS) for name in CLASS_COLORS}
    samples = model.index(0, 2).data(SAMPLES_ROLE)
    assert 3 <= len(samples) <= 4 and all(
        p.parent.name == model.index(0, 0).data() for p in samples
    )
    assert tab.path_edit.text() == str(dataset)
    assert tab.start_button.isEnabled()
    assert not tab.report.error.isVisibleTo(tab)


def test_dropping_a_folder_on_the_tab_scans_it(qtbot, tab, dataset):
    drop(tab, [dataset])
    qtbot.waitUntil(lambda: tab.scan is not None, timeout=30_000)
    assert tab.dataset == dataset and tab.report.model.rowCount() == 3


def test_a_dataset_error_is_shown_and_start_stays_disabled(qtbot, tab, tmp_path):
    one_class = make_noisy_dataset(tmp_path / "one", classes=("red",), per_class=3)
    scanned(qtbot, tab, one_class)
    assert tab.scan is None
    assert "at least 2 classes" in tab.report.error.text()
    assert tab.report.error.isVisibleTo(tab)
    assert not tab.start_button.isEnabled()
    assert "Dataset error" in log_text(tab)


# -- training runs -------------------------------------------------------------------------


def test_a_full_run_ends_with_results_a_model_and_save_as(
    qtbot, tab, dataset, tmp_path, settings, monkeypatch
):
    scanned(qtbot, tab, dataset)
    tiny_parameters(tab)
    result = run(qtbot, tab)
    assert result is not None and not result.stopped_by_user
    assert tab.right.currentWidget() is tab.results
    assert tab.start_button.isEnabled() and tab.form.isEnabled()

    ev = result.evaluation
    assert tab.results.headline.text().startswith(f"Validation accuracy {ev.accuracy:.1%} on")
    assert "best epoch" in tab.results.headline.text()
    confusion = tab.results.confusion_model
    assert (confusion.rowCount(), confusion.columnCount()) == (3, 3)
    total = sum(int(confusion.index(r, c).data()) for r in range(3) for c in range(3))
    assert total == ev.count == sum(tab.report.model.val_counts)
    assert tab.report.model.columns() == [
        "Class",
        "Training images",
        "Validation images",
        "Samples",
    ]
    epochs = len(result.history["head"]) + len(result.history["fine_tune"])
    assert tab.progress.curves.loss.train.count() == epochs
    assert tab.progress.curves.accuracy.validation.count() == epochs
    assert tab.progress.curves.best_epoch is not None
    assert result.model_path.is_file() and result.model_path.is_relative_to(models_dir())
    assert result.model_path.name.startswith("colors-")
    assert result.report_path.is_file()

    # Every off-diagonal cell lists exactly its images; a diagonal cell says how many.
    for t in range(3):
        for p in range(3):
            tab.results.select_cell(t, p)
            expected = int(ev.confusion[t, p])
            if t == p:
                assert tab.results.gallery_model.rowCount() == 0
                assert f"{expected:,} '{ev.classes[t]}'" in tab.results.note.text()
            else:
                assert tab.results.gallery_model.rowCount() == expected

    target = tmp_path / "saved" / "my colors"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    tab.results.save_button.click()
    saved = target.with_name("my colors.keras")
    assert saved.read_bytes() == result.model_path.read_bytes()
    report = json.loads(saved.with_name("my colors.report.json").read_text(encoding="utf-8"))
    assert report["model"] == str(saved)
    assert settings.get(Keys.SAVE_FOLDER) == str(saved.parent)
    with qtbot.waitSignal(tab.use_model_requested) as used:
        tab.results.use_button.click()
    assert used.args == [saved]


def test_cancel_during_training_saves_nothing(qtbot, tab, dataset, data_home):
    scanned(qtbot, tab, dataset)
    tiny_parameters(tab)

    def cancel_when_training(job) -> None:
        def cancel_in_phase_1(event: object) -> None:
            if isinstance(event, Progress) and event.stage == Stage.HEAD:
                tab.cancel()

        job.progress.connect(cancel_in_phase_1)

    assert run(qtbot, tab, cancel_when_training) is None
    assert not list(data_home.rglob("*.keras")) and not list(data_home.rglob("*.json"))
    assert "Cancelled — nothing was saved" in log_text(tab)
    assert tab.start_button.isEnabled() and not tab.cancel_button.isEnabled()
    assert not tab.right.isTabEnabled(2)


def test_a_cancel_while_the_model_is_saved_is_too_late_and_says_so(qtbot, tab, dataset):
    scanned(qtbot, tab, dataset)
    tiny_parameters(tab)
    saving = threading.Event()  # held open past the commit, so the Cancel lands while saving

    def cancel_while_saving(job) -> None:
        commit = job.token.commit

        def commit_and_hold() -> None:
            commit()
            saving.wait(30)

        job.token.commit = commit_and_hold
        poll = QTimer(tab)

        def cancel_once_committed() -> None:
            if job.token.committed:
                poll.stop()
                tab.cancel()
                saving.set()

        poll.timeout.connect(cancel_once_committed)
        poll.start(20)

    result = run(qtbot, tab, cancel_while_saving)
    assert result is not None and result.model_path.is_file()
    assert "Too late to cancel: the model is being saved." in log_text(tab)
    assert "Cancelled" not in log_text(tab)


def test_stop_keeps_the_best_weights(qtbot, tab, dataset):
    scanned(qtbot, tab, dataset)
    tiny_parameters(tab, head_epochs=20)

    def stop_after_an_epoch(job) -> None:
        def stop_at_an_epoch(event: object) -> None:
            if isinstance(event, EpochResult):
                tab.stop_keep_best()

        job.progress.connect(stop_at_an_epoch)

    result = run(qtbot, tab, stop_after_an_epoch)
    assert result is not None and result.stopped_by_user
    assert result.model_path.is_file()
    assert len(result.history["head"]) < 20
    assert "stopped early by you" in tab.results.headline.text()


def test_a_failed_run_shows_the_message_and_can_be_retried(qtbot, tab, dataset):
    scanned(qtbot, tab, dataset)
    tiny_parameters(tab)
    tab.form.fine_tune_at.setValue(1999)  # beyond the base's layers: refused once it is built
    assert run(qtbot, tab) is None
    boxes = [b for b in tab.findChildren(QMessageBox) if b.objectName() == "errorMessage"]
    assert boxes and "layers" in boxes[-1].text()
    assert "Error: " in log_text(tab) and "Traceback" not in log_text(tab)
    assert tab.start_button.isEnabled() and tab.form.isEnabled()


# -- parameters ----------------------------------------------------------------------------


def test_the_results_page_offers_export_beside_save_and_use(qtbot, tab, tmp_path):
    """EvaluationView's own button and signal, which the tab connects like Save and Use."""
    results = tab.results
    assert tab.export_button is results.export_button
    row = results.layout().itemAt(1).layout()  # the details line and its buttons
    buttons = [row.itemAt(i).widget() for i in range(row.count())]
    assert buttons[1:] == [
        results.save_button, results.export_button, results.use_button, results.check_button,
    ]  # fmt: skip
    tab.right.setTabEnabled(2, True)  # as after a run
    with qtbot.waitSignal(results.export_requested, timeout=1000):
        results.export_button.click()
    assert tab.findChild(ExportDialog) is None  # no model yet: nothing to export


def test_parameters_persist_and_restore_defaults(make_tab, tmp_path):
    first = make_tab()
    form = first.form
    form.base.setCurrentIndex(form.base.findData("inception_v3"))
    form.weights.setCurrentIndex(form.weights.findData("none"))
    form.image_size.setValue(160)
    form.epochs.setValue(7)
    form.fine_tune_epochs.setValue(0)
    form.learning_rate.setValue(0.0005)
    form.batch_size.setValue(16)
    form.augmentation.setCurrentIndex(form.augmentation.findData("off"))
    form.split.setValue(30)
    values = form.values()

    second = make_tab().form
    assert second.values() == values
    options = second.options(tmp_path / "data", tmp_path / "m.keras")
    assert (options.base, options.weights, options.image_size, options.epochs) == (
        "inception_v3", None, 160, 7,
    )  # fmt: skip
    assert options.fine_tune_epochs == 0 and options.augment_views == 0
    assert not options.augmentation.enabled and options.validation_split == pytest.approx(0.3)

    second.defaults_button.click()
    options = second.options(tmp_path / "data", tmp_path / "m.keras")
    for name in ("base", "weights", "image_size", "epochs", "fine_tune_epochs", "fine_tune_at",
                 "batch_size", "learning_rate", "augment_views", "validation_split"):  # fmt: skip
        assert getattr(options, name) == DEFAULTS[name], name
    assert options.validation_dir is None


def test_malformed_saved_parameters_fall_back_to_the_defaults(make_tab, settings, tmp_path):
    settings.set(
        Keys.TRAIN_PARAMETERS,
        {"base": "resnet", "epochs": "many", "learning_rate": "x", "augmentation": 99},
    )
    options = make_tab().form.options(tmp_path / "data", tmp_path / "m.keras")
    assert (options.base, options.epochs, options.learning_rate, options.augment_views) == (
        DEFAULTS["base"], DEFAULTS["epochs"], DEFAULTS["learning_rate"], DEFAULTS["augment_views"],
    )  # fmt: skip
