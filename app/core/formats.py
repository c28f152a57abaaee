"""Writing classification results as a table, CSV or JSON lines, one row at a time.

The CSV and JSON-lines schemas are stable (scripts depend on them):
- JSON lines: one object per file, `{"path", "predictions": [{"label", "probability"}...],
  "error", "labels", "novelty"}`, predictions best first, `error` null or the reason, `labels`
  the labels Pictag gives the photo (`app.core.decision`: empty for "none of these", several
  for a multi-label model), `novelty` the unknown-photo detector's score or null; and
  `"path_bytes"` for a name that is not UTF-8.
- CSV: `path, label_1, probability_1, ... label_K, probability_K, error, labels, novelty,
  path_bytes`, the labels given joined with `|` (empty: none of these), novelty empty when
  there is none.
- Parquet: a folder of part files (`app.core.parquet_parts`) whose rows are the JSON-lines
  objects: `path` string, `predictions` list<struct<label string, probability double>>,
  `error` string or null, `labels` list<string>, `novelty` double or null, `path_bytes` string
  or null.

`path_bytes` holds a name's exact bytes when they are not UTF-8 (`app.core.path_text`).
The table is for people: names and reasons shown on one line each, control characters escaped.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from app.core.atomic import replacing_text
from app.core.i18n import translate
from app.core.path_text import (
    PATH_BYTES,
    display_width,
    pad,
    path_fields,
    shown_name,
    stored_path,
)
from app.core.results import ClassifyResult, Prediction

__all__ = [
    "TABLE",
    "CSV",
    "JSONL",
    "PARQUET",
    "FORMATS",
    "RESUMABLE",
    "ResultWriter",
    "make_writer",
    "write_csv",
    "format_for",
    "result_record",
    "result_from_record",
    "csv_header",
    "CSV_TAIL",
    "LABELS_SEPARATOR",
]

TABLE, CSV, JSONL, PARQUET = "table", "csv", "jsonl", "parquet"
FORMATS = (TABLE, CSV, JSONL, PARQUET)  # the first is the default
RESUMABLE = (CSV, JSONL, PARQUET)  # formats a run can be continued in (`--resume`)
_SUFFIXES = {".csv": CSV, ".jsonl": JSONL, ".ndjson": JSONL, ".parquet": PARQUET}
_MAX_PATH_WIDTH = 50
_MAX_LABEL_WIDTH = 22


class ResultWriter(Protocol):
    def write(self, result: ClassifyResult) -> None: ...


def format_for(output: object) -> str:
    """The format an output's name implies (results.csv, results.jsonl, results.parquet/),
    else the table."""
    name = str(output).rstrip("/\\").lower()
    return next((fmt for suffix, fmt in _SUFFIXES.items() if name.endswith(suffix)), TABLE)


def result_record(result: ClassifyResult) -> dict[str, object]:
    """One result as the JSON-lines and Parquet schemas have it (`path_bytes` None for a
    UTF-8 name; JSON lines then leaves it out)."""
    path, path_bytes = path_fields(result.path)
    return {
        "path": path,
        "predictions": [
            {"label": p.label, "probability": round(p.probability, 6)} for p in result.predictions
        ],
        "error": result.error,
        "labels": list(result.labels),
        "novelty": _rounded(result.novelty),
        PATH_BYTES: path_bytes,
    }


def result_from_record(record: dict[str, Any]) -> ClassifyResult:
    """The result a `result_record` describes (what a Ray actor sends back)."""
    predictions = tuple(Prediction(p["label"], p["probability"]) for p in record["predictions"])
    labels = tuple(record["labels"]) if record.get("labels") is not None else None
    path = stored_path(record["path"], record.get(PATH_BYTES))
    return ClassifyResult(
        Path(path), predictions, record["error"], labels=labels,
        novelty=record.get("novelty"),
    )  # fmt: skip


LABELS_SEPARATOR = "|"  # between the labels given, in a CSV cell (a label cannot hold it)
CSV_TAIL = ["error", "labels", "novelty", PATH_BYTES]  # the CSV's columns after the top-K ones
CSV_TAIL_BEFORE = ["error"]  # those of files an earlier Pictag wrote, which a run continues


def csv_header(top: int, *, current: bool = True) -> list[str]:
    """The CSV header; `current=False` is that of files written before the labels given and
    byte-exact names, which a run still continues in their own columns."""
    header = ["path"]
    for i in range(1, top + 1):
        header += [f"label_{i}", f"probability_{i}"]
    return header + (CSV_TAIL if current else CSV_TAIL_BEFORE)


def _rounded(novelty: float | None) -> float | None:
    return None if novelty is None else round(novelty, 6)


def make_writer(
    fmt: str,
    stream: IO[str],
    *,
    top: int,
    paths: Sequence[str],
    labels: Sequence[str],
    header: bool = True,
    current: bool = True,
) -> ResultWriter:
    """`paths` and `labels` let the table size its columns before the first row streams out;
    `header=False` continues a CSV file that has its header already (`current=False`: one an
    earlier Pictag wrote, in its columns). Parquet is not a stream: `app.core.parquet_parts`
    writes it."""
    if fmt == PARQUET:
        raise ValueError("parquet results are written by app.core.parquet_parts")
    if fmt == CSV:
        return _CsvWriter(stream, top, header=header, current=current)
    if fmt == JSONL:
        return _JsonLinesWriter(stream)
    return _TableWriter(stream, top, paths, labels)


def write_csv(results: Iterable[ClassifyResult], path: Path, *, top: int) -> None:
    """The results as `pictag classify --format csv` writes them, replacing `path` only once
    all of it is written."""
    with replacing_text(path) as stream:
        writer = make_writer(CSV, stream, top=top, paths=(), labels=())
        for result in results:
            writer.write(result)


class _JsonLinesWriter:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, result: ClassifyResult) -> None:
        record = result_record(result)
        if record[PATH_BYTES] is None:
            del record[PATH_BYTES]
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")


class _CsvWriter:
    def __init__(self, stream: IO[str], top: int, *, header: bool, current: bool) -> None:
        self._top, self._current = top, current
        self._csv = csv.writer(stream, lineterminator="\n")
        if header:
            self._csv.writerow(csv_header(top, current=current))

    def write(self, result: ClassifyResult) -> None:
        path, path_bytes = path_fields(result.path)
        row = [path]
        for i in range(self._top):
            if i < len(result.predictions):
                p = result.predictions[i]
                row += [p.label, f"{p.probability:.6f}"]
            else:
                row += ["", ""]
        row.append(result.error or "")
        if self._current:
            novelty = "" if result.novelty is None else f"{result.novelty:.6f}"
            row += [LABELS_SEPARATOR.join(result.labels), novelty, path_bytes or ""]
        self._csv.writerow(row)


class _TableWriter:
    def __init__(
        self, stream: IO[str], top: int, paths: Sequence[str], labels: Sequence[str]
    ) -> None:
        self._stream = stream
        file = translate("formats", "FILE", "the table's heading of the photos' names")
        widest = max((display_width(shown_name(p)) for p in paths), default=4)
        self._path_width = max(4, display_width(file), min(_MAX_PATH_WIDTH, widest))
        label_width = min(
            _MAX_LABEL_WIDTH, max((display_width(label) for label in labels), default=5)
        )
        self._cell_width = label_width + 7  # " 100.0%"
        top_heading = translate("formats", "TOP {rank}", "the table's heading: the best labels")
        header = [_fit(file, self._path_width)]
        header += [_fit(top_heading.format(rank=i), self._cell_width) for i in range(1, top + 1)]
        self._header: str | None = "  ".join(header)
        # After a row's top labels (which stay in their columns, as best guesses): no label
        # given, or the labels a multi-label model gives, when they are not simply the top one.
        self._none_of_these = translate("formats", "<- none of these (no label given)")
        self._given = translate("formats", "<- given: {labels}")
        self._error = translate("formats", "ERROR: {reason}")

    def write(self, result: ClassifyResult) -> None:
        if self._header is not None:  # with the first row: not before a model that fails
            self._line(self._header)
            self._header = None
        cells = [_fit(shown_name(str(result.path)), self._path_width)]
        if result.error is not None:
            cells.append(self._error.format(reason=shown_name(result.error)))
        else:
            label_width = self._cell_width - 7
            for p in result.predictions:
                label = _fit(shown_name(p.label), label_width, left=False)
                cells.append(f"{label} {p.probability:6.1%}")
            top = tuple(p.label for p in result.predictions[:1])
            if result.none_of_these:
                cells.append(self._none_of_these)
            elif result.labels != top:  # a multi-label model's labels: not read off the top
                given = shown_name(LABELS_SEPARATOR.join(result.labels))
                cells.append(self._given.format(labels=given))
        self._line("  ".join(cells))

    def _line(self, text: str) -> None:
        self._stream.write(text.rstrip() + "\n")


def _fit(text: str, width: int, *, left: bool = True) -> str:
    """Pad to `width` columns, or shorten with an ellipsis (keeping a path's file name end);
    a Korean or Chinese character takes two columns."""
    if display_width(text) <= width:
        return pad(text, width)
    room, kept = width - 1, []
    for char in reversed(text) if left else text:
        if display_width(char) > room:
            break
        kept.append(char)
        room -= display_width(char)
    if left:
        return "…" + "".join(reversed(kept)) + " " * room
    return "".join(kept) + "…" + " " * room
