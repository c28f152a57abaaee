"""Parquet results: a folder of part files, each written whole (`pictag classify --format
parquet`), so the folder is a valid dataset at every moment and a run continues it.

The rows are the JSON-lines schema (`app.core.formats`): `path` string, `predictions`
list<struct<label string, probability double>> best first, `error` string or null, `path_bytes`
string or null (a name that is not UTF-8, `app.core.path_text`; parts written before that
column are read back too); each part
also names the run's `--top` in its metadata (`pictag.top`). Parts are `part-NNNNN.parquet`,
numbered on; a part is written to a hidden temporary name, synced and renamed (on object
storage, an object appears whole when its upload completes). Rows wait in memory until
`ROWS_PER_PART` of them or `PART_SECONDS` have gathered, so a crash loses at most one part's
rows, which the next run classifies again.

A local folder is written as FOLDER.partial and renamed onto FOLDER when the run ends (as
`app.core.partial_output` does for a results file): a stopped run leaves the partial, which
`--resume` continues and a new run does not throw away. `--resume` of a finished folder adds
its parts where it is.

The folder is a local path or a URI pyarrow's file systems accept (s3://bucket/prefix/, gs://,
hdfs://). Needs pyarrow (the `parquet` extra).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from app.core.errors import UsageError, write_error
from app.core.files import discard, sync_folder
from app.core.formats import result_record
from app.core.i18n import Context, translate
from app.core.optional import require
from app.core.partial_output import PARTIAL_SUFFIX, refuse_to_start_over
from app.core.path_text import PATH_BYTES, stored_path
from app.core.result_file import lock_exclusively
from app.core.results import ClassifyResult
from app.core.resume import Done

parquet_parts = Context("parquet_parts")

__all__ = ["ParquetParts", "ROWS_PER_PART", "PART_SECONDS", "SCHEMA_FIELDS"]

ROWS_PER_PART = 10_000
PART_SECONDS = 60.0
SCHEMA_FIELDS = ("path", "predictions", "error", "labels", "novelty", PATH_BYTES)
SCHEMA_FIELDS_BEFORE = ("path", "predictions", "error")  # an earlier Pictag's parts, still read
_PART = re.compile(r"^part-(\d+)\.parquet$")
_TOP_KEY = b"pictag.top"
_LOCK = ".pictag.lock"


class ParquetParts:
    """`with ParquetParts(folder, top=..., labels=..., resume=...) as out:` then `out.done`,
    `out.write(result)` per result and `out.checkpoint()` after each batch."""

    def __init__(
        self, folder: str | Path, *, top: int, labels: Sequence[str], resume: bool
    ) -> None:
        self._pa = _require("pyarrow")
        self._pq = _require("pyarrow.parquet")
        fs_module = _require("pyarrow.fs")
        self.folder = str(folder)
        self.name = self.folder  # what messages name
        self._local = "://" not in self.folder
        if self._local:
            self._fs, self._root = fs_module.LocalFileSystem(), os.path.abspath(self.folder)
        else:
            try:
                self._fs, self._root = fs_module.FileSystem.from_uri(self.folder)
            except (ValueError, OSError) as exc:
                raise UsageError(
                    translate("parquet_parts", "{path}: cannot be opened ({why})").format(
                        path=self.folder, why=exc
                    )
                ) from None
        self._top, self._expected = top, min(top, len(labels))
        self._labels = frozenset(labels)
        self._schema = self._pa.schema(
            [
                ("path", self._pa.string()),
                (
                    "predictions",
                    self._pa.list_(
                        self._pa.struct(
                            [("label", self._pa.string()), ("probability", self._pa.float64())]
                        )
                    ),
                ),
                ("error", self._pa.string()),
                ("labels", self._pa.list_(self._pa.string())),
                ("novelty", self._pa.float64()),
                (PATH_BYTES, self._pa.string()),
            ],
            metadata={_TOP_KEY: str(top).encode()},
        )
        self._lock_fd: int | None = None
        self._final: str | None = None  # the folder a partial folder becomes at the end
        self.done = Done()
        self._rows: list[dict[str, object]] = []
        self._refused = False  # a part the disk refused
        self._started = time.monotonic()
        try:
            self._open(resume)
        except BaseException:
            self._unlock()
            raise

    def __enter__(self) -> ParquetParts:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(finished=exc_type is None)

    def write(self, result: ClassifyResult) -> None:
        self._rows.append(result_record(result))

    def checkpoint(self) -> None:
        """Write a part once enough rows, or time, have gathered."""
        full = len(self._rows) >= ROWS_PER_PART
        if full or (self._rows and time.monotonic() - self._started >= PART_SECONDS):
            self._write_part()

    def close(self, *, finished: bool = False) -> None:
        """Write the rows gathered; a `finished` run's partial folder becomes the output, and
        one that wrote no part at all leaves no partial behind."""
        try:
            if self._rows and not self._refused:
                self._write_part()
            if self._final is not None and (finished or self._next == 0):
                self._finish(finished)
        finally:
            self._unlock()

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    # -- the folder ----------------------------------------------------------------------------

    def _through_partial(self, resume: bool) -> bool:
        """Write into FOLDER.partial (`app.core.partial_output`), unless continuing a finished
        folder of parts, which grows part by part (each whole) where it is."""
        partial = self._root + PARTIAL_SUFFIX
        if os.path.isdir(partial):
            if not resume:
                refuse_to_start_over(Path(partial), Path(partial, _LOCK))
        elif os.path.isdir(self._root) and any(map(_PART.match, os.listdir(self._root))):
            return False
        self._final, self._root, self.name = self._root, partial, partial
        return True

    def _finish(self, finished: bool) -> None:
        if not finished:  # stopped before its first part: nothing to continue
            os.unlink(os.path.join(self._root, _LOCK))
            os.rmdir(self._root)
            return
        try:
            os.replace(self._root, self._final)  # onto a new name, or an empty folder
        except OSError as exc:
            raise UsageError(
                translate(
                    "parquet_parts", "{path}: cannot be replaced with the results ({why}); they "
                    "are in {partial}",
                ).format(path=self.folder, why=exc.strerror or exc, partial=self._root)
            ) from None  # fmt: skip
        sync_folder(os.path.dirname(self._final))

    def _open(self, resume: bool) -> None:
        fs_module = _require("pyarrow.fs")
        info = self._fs.get_file_info(self._root)
        if info.type == fs_module.FileType.File:
            raise UsageError(
                translate(
                    "parquet_parts", "{path} is a file: Parquet results are a folder of parts; "
                    "give a folder name (e.g. results.parquet/)",
                ).format(path=self.folder)
            )  # fmt: skip
        if self._local and self._through_partial(resume):
            info = self._fs.get_file_info(self._root)
        if info.type == fs_module.FileType.NotFound:
            try:
                self._fs.create_dir(self._root, recursive=True)
            except OSError as exc:
                raise UsageError(
                    translate("parquet_parts", "{path}: cannot create it ({why})").format(
                        path=self.folder, why=exc
                    )
                ) from None
        if self._local:
            self._lock_fd = os.open(os.path.join(self._root, _LOCK), os.O_RDWR | os.O_CREAT)
            lock_exclusively(self._lock_fd, self.folder)
        selector = fs_module.FileSelector(self._root, recursive=False)
        names = {Path(i.path).name: i.path for i in self._fs.get_file_info(selector)}
        parts = sorted(
            (int(m[1]), path) for name, path in names.items() if (m := _PART.match(name))
        )
        if parts and not resume:
            count = len(parts)
            raise UsageError(
                parquet_parts.tr(
                    "{path} already holds %Ln parts of results; add --resume to continue that "
                    "run, or choose a new --output",
                    "",
                    count,
                ).format(path=self.folder)
            )
        for name, path in names.items():  # a part cut short before its rename
            if name.startswith(".part-") and self._local:
                os.unlink(path)
        for _, path in parts:
            self._read_part(path)
        self._next = parts[-1][0] + 1 if parts else 0

    def _read_part(self, path: str) -> None:
        pc = _require("pyarrow.compute")
        try:
            table = self._pq.read_table(path, filesystem=self._fs)
        except Exception as exc:  # noqa: BLE001 (pyarrow raises several kinds)
            raise UsageError(
                translate(
                    "parquet_parts", "{path} cannot be read as Parquet ({why}); it was changed "
                    "since Pictag wrote it: remove it (its photos are classified again), or "
                    "choose a new --output",
                ).format(path=path, why=exc)
            ) from None  # fmt: skip
        metadata = table.schema.metadata or {}
        columns = tuple(table.column_names)
        if columns not in (SCHEMA_FIELDS, SCHEMA_FIELDS_BEFORE) or _TOP_KEY not in metadata:
            raise UsageError(
                translate(
                    "parquet_parts", "{path} is not a part of Pictag results; choose a new --output"
                ).format(path=path)
            )
        top = int(metadata[_TOP_KEY])
        if top != self._top:
            raise UsageError(
                translate(
                    "parquet_parts", "{path} was written with --top {top}: continue it with "
                    "--top {top}, or choose a new --output",
                ).format(path=self.folder, top=top)
            )  # fmt: skip
        ok = pc.is_null(table["error"])
        labels = pc.struct_field(pc.list_flatten(table["predictions"]), [0])
        strangers = set(pc.unique(labels).to_pylist()) - self._labels
        if strangers:
            raise UsageError(
                translate(
                    "parquet_parts", "{path} holds a label this model does not have ({label!r}): "
                    "it was written with another model; continue it with that --model, or "
                    "choose a new --output",
                ).format(path=path, label=min(strangers))
            )  # fmt: skip
        names = table["path"].to_pylist()
        exact = table[PATH_BYTES].to_pylist() if PATH_BYTES in columns else [None] * len(names)
        for name, path_bytes, good in zip(names, exact, ok.to_pylist(), strict=True):
            try:
                self.done.add(stored_path(name, path_bytes), ok=good)
            except ValueError:
                raise UsageError(
                    translate(
                        "parquet_parts", "{path} holds a path_bytes that is not base64 ({name}): "
                        "it was changed since Pictag wrote it; remove it (its photos are "
                        "classified again), or choose a new --output",
                    ).format(path=path, name=name)
                ) from None  # fmt: skip

    def _write_part(self) -> None:
        table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
        name = f"part-{self._next:05d}.parquet"
        final = f"{self._root}/{name}"
        temp = os.path.join(self._root, f".{name}.tmp")
        try:
            if self._local:
                self._pq.write_table(table, temp)
                with open(temp, "rb") as f:
                    os.fsync(f.fileno())
                os.replace(temp, final)
                sync_folder(self._root)
            else:
                with self._fs.open_output_stream(final) as stream:
                    self._pq.write_table(table, stream)
        except Exception as exc:  # pyarrow's own OSError too
            self._refused = True  # closing does not try (and fail) again
            if self._local:
                discard(Path(temp))
            advice = translate(
                "parquet_parts",
                "the parts before are kept: free some space, then run again with --resume",
            )
            if (error := write_error(exc, self.folder, advice=advice)) is None:
                raise
            raise error from None
        self._next += 1
        self._rows = []
        self._started = time.monotonic()


def _require(module: str) -> ModuleType:
    """A part of pyarrow, or the one-line message naming the `parquet` extra."""
    return require(module, "parquet", translate("parquet_parts", "Parquet output"))
