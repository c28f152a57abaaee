"""Resumable outputs read back: a CSV or JSON-lines results file and a Parquet folder of parts
hold every finished file once, lose a record cut short, and refuse to be mixed with another
format, --top, model or run."""

from __future__ import annotations

import base64
import csv
import fcntl
import json
import os
from pathlib import Path

import pytest

from app.core.discovery import Discovery
from app.core.errors import UsageError
from app.core.formats import CSV, JSONL
from app.core.input_list import discover_inputs, read_input_list
from app.core.parquet_parts import ParquetParts
from app.core.result_file import ResultFile
from app.core.results import ClassifyResult, Prediction
from app.core.resume import Done, path_key, skip_done
from tests.helpers import make_photo

LABELS = ("cat", "dog", "fox")


def result(name: str, ok: bool = True) -> ClassifyResult:
    if not ok:
        return ClassifyResult(Path(name), error="damaged image file (test)")
    return ClassifyResult(Path(name), (Prediction("cat", 0.7), Prediction("dog", 0.2)))


def write(path: Path, fmt: str, names: list[str], **kw) -> ResultFile:
    out = ResultFile(path, fmt, top=kw.get("top", 2), labels=kw.get("labels", LABELS))
    with out:
        for name in names:
            out.write(result(name, ok=not name.startswith("bad")))
            out.checkpoint()
    return out


@pytest.mark.parametrize("fmt", [CSV, JSONL])
def test_a_record_cut_short_is_removed_and_the_rest_is_done(tmp_path, fmt):
    path = tmp_path / f"r.{fmt}"
    write(path, fmt, ["a.jpg", "b.jpg", "bad.jpg"])
    whole = path.read_bytes()
    with open(path, "ab") as f:  # a crash in the middle of the next record
        f.write(b'{"path": "c.jpg", "predic' if fmt == JSONL else b"c.jpg,cat,0.7")
    out = ResultFile(path, fmt, top=2, labels=LABELS)
    assert out.discarded_bytes > 0
    assert out.done.keys == {path_key(n) for n in ("a.jpg", "b.jpg", "bad.jpg")}
    assert out.done.errors == 1
    out.write(result("c.jpg"))
    out.close()
    text = path.read_bytes()
    assert text.startswith(whole) and text.count(b"c.jpg") == 1
    if fmt == CSV:
        assert text.count(b"path,label_1") == 1  # one header, also after appending
    else:
        assert [json.loads(line)["path"] for line in text.splitlines()][-1] == "c.jpg"


def test_a_quoted_csv_name_with_a_newline_is_one_record(tmp_path):
    path = tmp_path / "r.csv"
    write(path, CSV, ["two\nlines.jpg", "b.jpg"])
    with open(path, "ab") as f:
        f.write(b'"cut\nshort')  # a quoted field cut after its newline
    out = ResultFile(path, CSV, top=2, labels=LABELS)
    out.close()
    assert out.done.keys == {path_key("two\nlines.jpg"), path_key("b.jpg")}
    assert not path.read_bytes().endswith(b"short")


@pytest.mark.parametrize("fmt", [CSV, JSONL])
def test_another_top_another_model_or_a_foreign_file_is_refused(tmp_path, fmt):
    path = tmp_path / f"r.{fmt}"
    write(path, fmt, ["a.jpg"])
    before = path.read_bytes()
    with pytest.raises(UsageError, match="--top 2"):
        ResultFile(path, fmt, top=3, labels=LABELS)
    with pytest.raises(UsageError, match="another model"):
        ResultFile(path, fmt, top=2, labels=("red", "green", "blue"))
    assert path.read_bytes() == before  # refused before anything was cut or appended
    foreign = tmp_path / f"notes.{fmt}"
    foreign.write_text("name,size\nx,1\n" if fmt == CSV else '{"name": "x"}\n')
    with pytest.raises(UsageError, match="not a Pictag"):
        ResultFile(foreign, fmt, top=2, labels=LABELS)
    assert foreign.read_text().startswith(("name", "{"))


def test_a_damaged_line_in_the_middle_is_refused_with_its_number(tmp_path):
    path = tmp_path / "r.jsonl"
    write(path, JSONL, ["a.jpg", "b.jpg"])
    lines = path.read_text().splitlines()
    path.write_text(f"{lines[0]}\nnot json\n{lines[1]}\n")
    with pytest.raises(UsageError, match="line 2"):
        ResultFile(path, JSONL, top=2, labels=LABELS)


def test_one_run_at_a_time(tmp_path):
    path = tmp_path / "r.jsonl"
    path.touch()
    with open(path, "rb") as other:
        fcntl.flock(other.fileno(), fcntl.LOCK_EX)
        with pytest.raises(UsageError, match="another pictag run"):
            ResultFile(path, JSONL, top=2, labels=LABELS)
    ResultFile(path, JSONL, top=2, labels=LABELS).close()  # free again


def test_a_pipe_or_folder_cannot_be_resumed(tmp_path):
    with pytest.raises(UsageError, match="a folder"):
        ResultFile(tmp_path, JSONL, top=2, labels=LABELS)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UsageError, match="named pipe"):
        ResultFile(fifo, JSONL, top=2, labels=LABELS)


def test_parquet_parts_are_whole_and_resume(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from app.core import parquet_parts

    monkeypatch.setattr(parquet_parts, "ROWS_PER_PART", 2)
    folder = tmp_path / "r.parquet"
    with ParquetParts(folder, top=2, labels=LABELS, resume=False) as out:
        for name in ["a.jpg", "b.jpg", "bad.jpg"]:
            out.write(result(name, ok=name != "bad.jpg"))
            out.checkpoint()
        partial = tmp_path / "r.parquet.partial"  # the parts go there until the run ends
        assert sorted(p.name for p in partial.iterdir()) == [".pictag.lock", "part-00000.parquet"]
        assert not folder.exists()
    assert not partial.exists()
    (folder / ".part-00002.parquet.tmp").write_bytes(b"cut short")  # a part never renamed
    with pytest.raises(UsageError, match="--resume"):
        ParquetParts(folder, top=2, labels=LABELS, resume=False)
    with pytest.raises(UsageError, match="--top 2"):
        ParquetParts(folder, top=3, labels=LABELS, resume=True)
    with pytest.raises(UsageError, match="another model"):
        ParquetParts(folder, top=2, labels=("x", "y"), resume=True)
    with ParquetParts(folder, top=2, labels=LABELS, resume=True) as out:
        assert out.done.keys == {path_key(n) for n in ("a.jpg", "b.jpg", "bad.jpg")}
        assert out.done.errors == 1
        out.write(result("c.jpg"))
    assert not (folder / ".part-00002.parquet.tmp").exists()
    rows = pq.read_table(folder).to_pylist()
    assert [r["path"] for r in rows] == ["a.jpg", "b.jpg", "bad.jpg", "c.jpg"]
    assert rows[0]["predictions"] == [
        {"label": "cat", "probability": 0.7},
        {"label": "dog", "probability": 0.2},
    ]
    assert rows[2]["predictions"] == [] and rows[2]["error"]


def test_a_stopped_parquet_run_leaves_a_partial_folder_that_resume_finishes(tmp_path):
    import pyarrow.parquet as pq

    folder, partial = tmp_path / "r.parquet", tmp_path / "r.parquet.partial"
    with (
        pytest.raises(KeyboardInterrupt),
        ParquetParts(folder, top=2, labels=LABELS, resume=False) as out,
    ):
        out.write(result("a.jpg"))
        raise KeyboardInterrupt
    assert not folder.exists() and len(pq.read_table(partial)) == 1  # its rows kept
    with pytest.raises(UsageError, match="did not finish: add --resume to continue it"):
        ParquetParts(folder, top=2, labels=LABELS, resume=False)
    with ParquetParts(folder, top=2, labels=LABELS, resume=True) as out:
        assert out.name == str(partial) and "a.jpg" in out.done
        out.write(result("b.jpg"))
    assert not partial.exists()
    assert [r["path"] for r in pq.read_table(folder).to_pylist()] == ["a.jpg", "b.jpg"]
    with (
        pytest.raises(KeyboardInterrupt),
        ParquetParts(tmp_path / "n.parquet", top=2, labels=LABELS, resume=False),
    ):
        raise KeyboardInterrupt  # before any result: nothing left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.parquet"]


def test_parquet_through_a_uri(tmp_path):
    """Object storage goes through pyarrow's file systems; file:// takes the same path."""
    import pyarrow.parquet as pq

    uri = f"file://{tmp_path}/r.parquet"
    with ParquetParts(uri, top=2, labels=LABELS, resume=False) as out:
        out.write(result("a.jpg"))
    with ParquetParts(uri, top=2, labels=LABELS, resume=True) as out:
        assert len(out.done) == 1
    assert pq.read_table(tmp_path / "r.parquet").column("path").to_pylist() == ["a.jpg"]


def test_paths_are_keyed_by_their_absolute_spelling(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    done = Done()
    done.add("photos/a.jpg")
    assert "./photos/a.jpg" in done and str(tmp_path / "photos" / "a.jpg") in done
    assert "photos/b.jpg" not in done
    found = Discovery(
        files=[Path("photos/a.jpg"), Path("photos/b.jpg")],
        problems=[(Path("photos/locked"), "folder cannot be read")],
    )
    done.add("photos/locked", ok=False)
    rest = skip_done(found, done)
    assert rest.files == [Path("photos/b.jpg")] and rest.problems == []
    raw = os.fsdecode(b"caf\xe9.jpg")  # not valid UTF-8: keyed by its bytes, not as text
    assert path_key(raw) != path_key("caf\\xe9.jpg") and raw in Done({path_key(raw)})


def test_a_list_of_inputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_photo(tmp_path / "a.jpg")
    make_photo(tmp_path / "folder" / "b.png")
    listing = tmp_path / "list.txt"
    listing.write_bytes(
        b"\xef\xbb\xbfa.jpg\r\n\n   \nfolder\ngone.jpg\n" + os.fsencode(tmp_path / "a.jpg") + b"\n"
    )
    assert read_input_list(listing) == [
        Path("a.jpg"),
        Path("folder"),
        Path("gone.jpg"),
        tmp_path / "a.jpg",
    ]
    found = discover_inputs([], listing)
    assert found.files == [Path("a.jpg"), Path("folder/b.png"), Path("gone.jpg")]  # once each
    with pytest.raises(UsageError, match="no such file"):
        read_input_list(tmp_path / "missing.txt")


# -- names that are not UTF-8: stored byte-exact, readable by standard readers ----------------

ODD = os.fsdecode(b"caf\xe9 \xff.jpg")  # Latin-1 bytes, as an old camera card may hold
LOOKALIKE = "caf\\xe9 \\xff.jpg"  # a real name spelled like ODD's readable form


def _exact_names(path: Path, fmt: str) -> list[bytes]:
    """The names in an output as a standard reader decodes them: `path_bytes` when filled."""
    if fmt == JSONL:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    elif fmt == CSV:
        with open(path, encoding="utf-8", newline="") as f:
            records = list(csv.DictReader(f))
    else:
        import pyarrow.parquet as pq

        records = pq.read_table(path).to_pylist()
    return [
        base64.b64decode(r["path_bytes"]) if r.get("path_bytes") else r["path"].encode()
        for r in records
    ]


@pytest.mark.parametrize("fmt", [CSV, JSONL, "parquet"])
def test_a_name_that_is_not_utf8_round_trips_byte_exact(tmp_path, fmt):
    path = tmp_path / f"r.{fmt}"
    names = [ODD, LOOKALIKE, "plain.jpg"]
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
        with ParquetParts(path, top=2, labels=LABELS, resume=False) as out:
            for name in names:
                out.write(result(name))
    else:
        write(path, fmt, names)
        assert path.read_bytes().decode("utf-8")  # the file itself is valid UTF-8
    assert _exact_names(path, fmt) == [b"caf\xe9 \xff.jpg", LOOKALIKE.encode(), b"plain.jpg"]
    if fmt == "parquet":
        with ParquetParts(path, top=2, labels=LABELS, resume=True) as out:
            done = out.done
    else:
        with ResultFile(path, fmt, top=2, labels=LABELS) as out:
            done = out.done
    assert len(done) == 3 and ODD in done and LOOKALIKE in done  # two names, not one
    rest = skip_done(Discovery(files=[Path(ODD), Path("new.jpg")]), done)
    assert rest.files == [Path("new.jpg")]  # recognised: not classified twice


def test_a_csv_without_the_path_bytes_column_is_still_continued(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("path,label_1,probability_1,error\na.jpg,cat,0.700000,\n", encoding="utf-8")
    with ResultFile(path, CSV, top=1, labels=LABELS) as out:
        assert "a.jpg" in out.done
        out.write(result("b.jpg"))
    assert path.read_text(encoding="utf-8").splitlines()[-1] == "b.jpg,cat,0.700000,"


def test_damaged_path_bytes_are_refused_with_the_line(tmp_path):
    path = tmp_path / "r.jsonl"
    record = {"path": "a.jpg", "predictions": [], "error": "x", "path_bytes": "%%%"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="line 1 has a path_bytes that is not base64"):
        ResultFile(path, JSONL, top=2, labels=LABELS)
