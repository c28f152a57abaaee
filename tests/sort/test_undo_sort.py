"""Undoing a sort speaks the vocabulary of every long job: `Stage.UNDO` progress and a token."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import Cancelled
from app.core.progress import Progress, Stage, Token
from app.core.results import ClassifyResult, Prediction
from app.sort.sorter import Sorter
from app.sort.undo import undo_sort
from tests.helpers import make_files, tree


def _moved(tmp_path: Path) -> tuple[dict[Path, bytes], Path]:
    files = make_files(tmp_path / "src", ["a.jpg", "b.jpg", "c.jpg"])
    sorter = Sorter(tmp_path / "out", ["cat"], move=True)
    for path in files:
        sorter.add(ClassifyResult(path, (Prediction("cat", 0.9),)))
    manifest = sorter.close().manifest
    assert manifest is not None
    return files, manifest


def test_undo_reports_each_file_put_back(tmp_path):
    files, manifest = _moved(tmp_path)
    events: list[Progress] = []

    undone = undo_sort(manifest, progress=events.append)

    assert len(undone.restored) == 3
    assert [(e.stage, e.done, e.total) for e in events] == [(Stage.UNDO, n, 3) for n in range(4)]
    assert all(p.read_bytes() == data for p, data in files.items())


def test_a_cancelled_undo_stops_between_files_and_undoing_again_finishes(tmp_path):
    files, manifest = _moved(tmp_path)
    token = Token()

    def cancel_after_the_first(event: Progress) -> None:
        if event.done == 1:
            token.cancel()

    with pytest.raises(Cancelled):
        undo_sort(manifest, progress=cancel_after_the_first, token=token)
    assert sum(p.exists() for p in files) == 1

    assert len(undo_sort(manifest).restored) == 2
    assert all(p.read_bytes() == data for p, data in files.items())
    assert tree(tmp_path / "out") == {}
