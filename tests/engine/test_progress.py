"""The one progress vocabulary: stages, the token, a job's overall account, the terminal view."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest

from app.cli.terminal import ProgressDisplay
from app.core.errors import Cancelled
from app.core.progress import Event, Note, NoteKind, Progress, Stage, Stages, Token


def test_every_stage_has_a_title_and_counting_stages_a_unit():
    for stage in Stage:
        assert stage.title and stage.title[0].isupper()
    assert Stage.DOWNLOAD.unit == "bytes" and Stage.CLASSIFY.unit == "images"
    assert Stage.HEAD.unit == "steps" and Stage.SCAN.unit == "images"
    assert Stage.EVALUATE.unit == ""
    assert Progress(Stage.CONVERT, text="Converting to TFLite").title == "Converting to TFLite"
    assert Progress(Stage.SCAN).title == "Reading the dataset"


def test_the_token_cancels_or_stops_from_another_thread():
    token = Token()
    assert not token.ended
    token.check()
    stopper = threading.Thread(target=token.stop)
    stopper.start()
    stopper.join()
    assert token.stop_requested and token.ended and not token.cancelled
    token.check(stop_too=False)  # a job with something to keep carries on after a stop
    with pytest.raises(Cancelled):
        token.check()
    token.cancel()
    with pytest.raises(Cancelled):
        token.check(stop_too=False)


def test_stages_map_each_stage_and_sub_job_into_the_whole():
    events: list[Progress] = []
    stages = Stages(events.append)
    stages.weights = {Stage.EXTRACT: 3.0, Stage.HEAD: 1.0}
    stages.begin(Stage.SCAN, text="Scanning photos")  # costs nothing
    stages.end(Stage.SCAN)
    stages.begin(Stage.EXTRACT)
    sub = stages.sub(Stage.EXTRACT)
    for done in range(0, 11, 5):
        sub(Progress(Stage.EXTRACT, done, 10))
    stages.end(Stage.EXTRACT)
    stages.begin(Stage.HEAD, total=4, epochs=2)
    stages.report(Stage.HEAD, 0.5, done=2, total=4, epoch=1, epochs=2)
    stages.end(Stage.HEAD)
    assert events[0].title == "Scanning photos" and events[0].overall == 0.0
    extract = [e for e in events if e.stage == Stage.EXTRACT]
    assert [(e.done, e.total) for e in extract[1:]] == [(0, 10), (5, 10), (10, 10)]
    assert [e.overall for e in extract] == [0.0, 0.0, 0.375, 0.75]
    head = [e for e in events if e.stage == Stage.HEAD]
    assert head[-1].overall == pytest.approx(0.875) and head[-1].epoch == 1
    overall = [e.overall for e in events]
    assert overall == sorted(overall)
    assert set(stages.seconds) == {Stage.SCAN, Stage.EXTRACT, Stage.HEAD}


def test_stages_pass_events_that_are_not_progress_through_as_they_are():
    events: list[Event] = []
    stages = Stages(events.append)
    stages.begin(Stage.EXTRACT)
    skipped = Note.skipped(Path("/photos/a.jpg"), "cannot be decoded")
    stages.sub(Stage.EXTRACT)(skipped)
    warning = Note.warning("only 2 photos of cat")
    stages.tell(warning)
    assert events[1:] == [skipped, warning]
    Stages(None).tell(warning)  # no listener: nobody to tell, no error


def test_a_note_reads_the_same_in_every_front_end():
    assert Note.skipped(Path("/p/a.jpg"), "empty file").line == "Skipped /p/a.jpg: empty file"
    assert Note.warning("few photos").line == "Warning: few photos"
    assert Note.info("Features: 3 computed").line == "Features: 3 computed"
    assert Note.skipped(Path("/p/a.jpg"), "empty file").kind is NoteKind.SKIPPED


def test_a_cancel_heard_when_a_stage_begins_ends_the_job_there():
    token = Token()
    stages = Stages(lambda e: e.stage == Stage.SAVE and token.cancel(), token)
    stages.begin(Stage.EVALUATE)
    with pytest.raises(Cancelled):
        stages.begin(Stage.SAVE)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_terminal_shows_a_bar_per_counting_stage_and_a_line_for_the_others():
    screen = _Terminal()
    display = ProgressDisplay(screen)
    display(Progress(Stage.LOAD, text="Loading mobilenet_v2"))
    display(Progress(Stage.DOWNLOAD, 0, 2048, "Downloading w.h5"))
    display(Progress(Stage.DOWNLOAD, 2048, 2048, "Downloading w.h5"))
    display(Progress(Stage.CLASSIFY, 0, 3))
    display(Progress(Stage.CLASSIFY, 3, 3))
    display.close()
    text = screen.getvalue()
    assert "Loading mobilenet_v2…" in text
    assert "Downloading w.h5" in text and "2.00k/2.00k" in text and "B/s" in text
    assert "Classifying" in text and "3/3" in text and "images" in text


def test_a_status_line_says_each_new_step_of_its_stage():
    screen = _Terminal()
    display = ProgressDisplay(screen)
    display(Progress(Stage.CLUSTER, text="Connecting to the Ray cluster at head:6379"))
    display(Progress(Stage.CLUSTER, text="Starting 2 Ray actors (1 CPU each)"))
    display.close()
    assert "Starting 2 Ray actors (1 CPU each)…" in screen.getvalue()


def test_nothing_is_drawn_when_the_stream_is_not_a_terminal():
    log = io.StringIO()
    display = ProgressDisplay(log)
    display(Progress(Stage.CLASSIFY, 1, 3))
    display.close()
    assert log.getvalue() == ""
