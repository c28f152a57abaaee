"""Results written through OUTPUT.partial: the older output stays until a run ends, what a
stopped run leaves is continued with --resume, and never thrown away by a new run."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from app.core.errors import UsageError
from app.core.formats import CSV, JSONL
from app.core.partial_output import continuable_results, partial_path
from app.core.results import ClassifyResult, Prediction

LABELS = ("cat", "dog")


def result(name: str) -> ClassifyResult:
    return ClassifyResult(Path(name), (Prediction("cat", 0.7),))


def run(output: Path, names: list[str], *, resume: bool = False, fail: bool = False) -> int:
    """A run writing `names` (then raising when `fail`); how many it found done before."""
    with continuable_results(output, JSONL, top=1, labels=LABELS, resume=resume) as out:
        for name in names:
            out.write(result(name))
            out.checkpoint()
        if fail:
            raise KeyboardInterrupt
        return len(out.done)


def test_a_stopped_run_leaves_its_partial_and_the_older_output(tmp_path):
    output = tmp_path / "r.jsonl"
    output.write_text("older\n")
    os.chmod(output, 0o640)
    with pytest.raises(KeyboardInterrupt):
        run(output, ["a.jpg", "b.jpg"], fail=True)
    partial = tmp_path / "r.jsonl.partial"
    assert output.read_text() == "older\n" and partial.read_text().count("\n") == 2
    with pytest.raises(UsageError, match="did not finish: add --resume to continue it"):
        run(output, ["c.jpg"])  # a new run does not throw the partial away
    assert partial.read_text().count("\n") == 2
    assert run(output, ["c.jpg"], resume=True) == 2
    assert output.read_text().count("\n") == 3 and not partial.exists()
    assert output.stat().st_mode & 0o777 == 0o640  # replaced, its permissions kept


def test_a_run_stopped_before_its_first_result_leaves_nothing(tmp_path):
    output = tmp_path / "r.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run(output, [], fail=True)
    assert list(tmp_path.iterdir()) == []


def test_resume_continues_a_finished_output_through_a_copy(tmp_path):
    output = tmp_path / "r.jsonl"
    run(output, ["a.jpg"])
    before = output.read_bytes()
    with pytest.raises(KeyboardInterrupt):
        run(output, ["b.jpg"], resume=True, fail=True)
    assert output.read_bytes() == before  # the finished output stays until a run ends
    assert run(output, ["c.jpg"], resume=True) == 2
    assert output.read_text().count("\n") == 3


def test_a_finished_output_that_cannot_be_continued_is_named_and_not_copied(tmp_path):
    output = tmp_path / "r.csv"
    with continuable_results(output, CSV, top=2, labels=LABELS, resume=False) as out:
        out.write(result("a.jpg"))
    with (
        pytest.raises(UsageError, match=f"^{output} was written with --top 2"),
        continuable_results(output, CSV, top=1, labels=LABELS, resume=True),
    ):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv"]


def test_a_partial_being_written_is_said_to_be(tmp_path):
    output = tmp_path / "r.jsonl"
    partial = partial_path(output)
    partial.write_text("")
    with open(partial) as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with pytest.raises(UsageError, match="being written by another pictag run"):
            run(output, ["a.jpg"])


def test_a_link_writes_beside_and_replaces_its_target(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "r.jsonl"
    target.write_text("older\n")
    link = tmp_path / "r.jsonl"
    link.symlink_to(target)
    assert partial_path(link) == target.with_name("r.jsonl.partial")
    run(link, ["a.jpg"])
    assert link.is_symlink() and target.read_text().count('"a.jpg"') == 1


def test_an_output_in_a_missing_folder_is_one_line_naming_it(tmp_path):
    output = tmp_path / "nowhere" / "r.jsonl"
    with pytest.raises(UsageError, match=f"^{output}: the folder {output.parent} does not exist"):
        run(output, ["a.jpg"])
