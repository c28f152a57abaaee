"""The Train tab's scan job: the engine hears its token, so a newer request or closing the
window ends a long scan, and its progress reaches the GUI."""

from __future__ import annotations

from app.ui.workers.train import ScanJob
from training.options import TrainingOptions


def test_a_scan_cancelled_from_its_first_progress_event_reads_nothing_more(tmp_path):
    for name in ("red", "green", "blue"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "1.jpg").write_bytes(b"")  # never read: the cancel comes first
    job = ScanJob(TrainingOptions(tmp_path, tmp_path / "model.keras"))
    events, results, cancelled = [], [], []
    job.progress.connect(lambda event: (events.append(event), job.cancel()))
    job.result.connect(results.append)
    job.cancelled.connect(cancelled.append)
    job.run()  # inline, on this thread: every signal is delivered at once
    assert [(e.done, e.total) for e in events] == [(0, 0)]  # the first class folder's event
    assert results == [] and len(cancelled) == 1
