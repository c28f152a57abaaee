"""An addition to the training set cut short keeps what it did: Cancel in the review row stops
it between two photos, and a manifest that cannot be written ends it; either way the photos
already in the set are marked added and Undo takes them back."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

from app.core import journal
from app.dataset import adding
from tests.ui.review.helpers import TIMEOUT


def mark_all_red(tab) -> None:
    tab.review.review_button.click()
    tab.view.selectAll()
    tab.review.correct("red")


def added_rows(tab, photos) -> set:
    return {p for p in photos if tab.model.review(p).added}


def undo(qtbot, tab) -> None:
    tab.review.undo_button.click()
    qtbot.waitUntil(
        lambda: tab.review.additions.last is None and not tab.review.busy, timeout=TIMEOUT
    )


def test_cancel_keeps_the_photos_added_so_far_and_undo_takes_them_back(
    qtbot, colors_tab, tmp_path, monkeypatch
):
    tab, photos = colors_tab
    red = tmp_path / "set" / "red"
    real_add, reached, go = adding.Adding.add, threading.Event(), threading.Event()

    def add(handler, addition):
        real_add(handler, addition)
        if len(handler.summary.added) == 2:  # two photos in: wait for the person's Cancel
            reached.set()
            go.wait(TIMEOUT / 1000)

    monkeypatch.setattr(adding.Adding, "add", add)
    said = []
    tab.review.status_message.connect(said.append)
    mark_all_red(tab)
    tab.review.add_button.click()
    qtbot.waitUntil(reached.is_set, timeout=TIMEOUT)
    tab.review.job_row.cancel_button.click()
    go.set()
    qtbot.waitUntil(
        lambda: tab.review.additions.last is not None and not tab.review.busy, timeout=TIMEOUT
    )

    summary = tab.review.additions.last
    assert summary.stopped and len(summary.added) == 2
    assert added_rows(tab, photos) == {p for p, _ in summary.added}
    assert sorted(f.name for f in red.iterdir()) == sorted(p.name for p, _ in summary.added)
    assert said[-1].startswith("Cancelled before the last photo: Added 2 photos")
    assert tab.review.undo_button.isEnabled()
    assert tab.review.add_button.text() == "Add 3 to training set"  # the rest stay marked

    undo(qtbot, tab)
    assert list(red.iterdir()) == []
    assert added_rows(tab, photos) == set()


def test_a_manifest_that_cannot_be_written_is_said_and_what_was_added_can_be_undone(
    qtbot, colors_tab, tmp_path, monkeypatch
):
    tab, photos = colors_tab
    red = tmp_path / "set" / "red"
    real_write, started = journal.Journal.write, []

    def write(manifest, **row):
        if row.get("status") == "started":
            started.append(row)
            if len(started) == 3:  # the disk fills before the third photo
                raise journal.ManifestWriteError(
                    f"cannot write to the manifest {manifest.path} (No space left on device)",
                    manifest.path,
                )
        real_write(manifest, **row)

    monkeypatch.setattr(journal.Journal, "write", write)
    mark_all_red(tab)
    tab.review.add_button.click()
    qtbot.waitUntil(
        lambda: tab.review.additions.last is not None and not tab.review.busy, timeout=TIMEOUT
    )

    box = tab.review.findChild(QMessageBox, "errorMessage")
    assert box.windowTitle() == "Not every photo was added"
    assert box.text().startswith("Added 2 photos to ")
    assert "It stopped part way: cannot write to the manifest" in box.text()
    assert len(tab.review.findChildren(QMessageBox, "errorMessage")) == 1  # one box says it
    box.close()
    summary = tab.review.additions.last
    assert added_rows(tab, photos) == {p for p, _ in summary.added} and len(summary.added) == 2
    assert len(list(red.iterdir())) == 2
    assert tab.review.undo_button.isEnabled()

    monkeypatch.setattr(journal.Journal, "write", real_write)  # space again
    undo(qtbot, tab)
    assert list(red.iterdir()) == []
    assert added_rows(tab, photos) == set()
