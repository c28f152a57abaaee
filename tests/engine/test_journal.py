"""Manifests when the disk refuses a write: the first error is the one the user sees, closing
never writes (nor fails) again, and the file holds whole rows only, or does not exist."""

from __future__ import annotations

import errno
import os

import pytest

from app.core import journal as core_journal
from app.core.errors import WriteError
from app.core.journal import ManifestKind, ManifestWriteError
from tests.helpers import fill

KIND = ManifestKind(("step", "path"), "a test manifest", "test", "pictag test --undo")


def test_a_row_the_full_disk_refuses_is_the_one_error_and_the_rows_before_stay_whole(
    small_disk,
):
    disk = small_disk()
    fill(disk, leave=4096)  # one page for the manifest
    journal = KIND.new(disk)
    written = []
    with pytest.raises(ManifestWriteError, match=r"No space left on device.*pictag test --undo"):
        for step in range(1000):
            journal.write(step=step, path=f"/photos/{'long name ' * 5}{step}.jpg")
            written.append({"step": str(step), "path": f"/photos/{'long name ' * 5}{step}.jpg"})
    journal.close()  # nothing buffered: nothing written again, no second error
    assert written and KIND.read(journal.path) == written


def test_a_row_cut_short_by_the_disk_is_taken_back(tmp_path, monkeypatch):
    journal = KIND.new(tmp_path)
    journal.write(step=1, path="a.jpg")
    real_write = os.write

    def half_then_full(fd, data):
        if len(data) > 2:
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(core_journal.os, "write", half_then_full)
    with pytest.raises(ManifestWriteError):
        journal.write(step=2, path="a much longer name than the first.jpg")
    monkeypatch.undo()
    journal.write(step=3, path="c.jpg")  # room again: the manifest goes on, whole
    journal.close()
    assert KIND.read(journal.path) == [
        {"step": "1", "path": "a.jpg"}, {"step": "3", "path": "c.jpg"},
    ]  # fmt: skip


def test_a_manifest_that_a_full_disk_cannot_hold_is_not_created(small_disk):
    disk = small_disk()
    fill(disk)
    with pytest.raises(WriteError, match=r"cannot create the manifest .*No space left on device"):
        KIND.new(disk)
    assert sorted(os.listdir(disk)) == ["filler"]  # no empty, header-less manifest
