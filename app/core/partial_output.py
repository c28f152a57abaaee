"""Every results file a run writes can be continued: the rows go to a partial file beside it
as they come, and the partial becomes the output only when the run ends.

`pictag classify --output results.jsonl` writes `results.jsonl.partial` (a `ResultFile`:
each batch handed to the system, synced once a second, valid at every moment) and renames it
onto `results.jsonl` at the end. So a run that dies (a crash, SIGKILL, a power cut) leaves its
partial, which `--resume` continues, and an older `results.jsonl` stays as it was until the new
run has finished. A new run without `--resume` refuses to start while a partial is there:
starting over would throw away finished work, and only the person knows whether to continue it
(`--resume`) or delete it. `--resume` without a partial continues a finished output: a copy of
it becomes the partial, so the output is still replaced only at the end.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from app.core.atomic import not_a_file, replacing
from app.core.errors import UsageError
from app.core.files import discard, kind_text
from app.core.i18n import translate
from app.core.result_file import ResultFile, lock_exclusively

__all__ = ["PARTIAL_SUFFIX", "continuable_results", "partial_path", "refuse_to_start_over"]

PARTIAL_SUFFIX = ".partial"


def partial_path(output: Path) -> Path:
    """Where a run writes `output` until it ends: beside the file (a link's target), so the
    final rename stays on one file system."""
    real = Path(os.path.realpath(output)) if output.is_symlink() else output
    return real.with_name(real.name + PARTIAL_SUFFIX)


@contextmanager
def continuable_results(
    output: Path, fmt: str, *, top: int, labels: Sequence[str], resume: bool
) -> Iterator[ResultFile]:
    """A `ResultFile` on `output`'s partial (its `done`: what an earlier run finished), made
    `output` when the block ends without an error; on an error or Ctrl-C the partial stays,
    unless it holds nothing at all."""
    kind = not_a_file(output)
    if kind is not None:
        raise UsageError(
            translate(
                "partial_output", "{path} is {kind}: --resume reads its output back, so it "
                "needs a file",
            ).format(path=output, kind=kind_text(kind))
        )  # fmt: skip
    if not output.parent.is_dir():
        raise UsageError(
            translate("partial_output", "{path}: the folder {folder} does not exist").format(
                path=output, folder=output.parent
            )
        )
    partial = partial_path(output)
    target = partial.with_name(partial.name[: -len(PARTIAL_SUFFIX)])
    existed = os.path.lexists(partial)
    if existed and not resume:
        refuse_to_start_over(partial, partial)
    copied = not existed and resume and os.path.isfile(target)
    if copied:
        _copy(target, partial)
    try:
        file = ResultFile(partial, fmt, top=top, labels=labels, name=target if copied else None)
    except BaseException:
        if copied:
            discard(partial)
        raise
    try:
        yield file
    except BaseException:
        file.close()
        if not file.done and not file.written:  # nothing to continue: no partial to explain
            discard(partial)
        raise
    file.replace_onto(target)


def refuse_to_start_over(partial: Path, lock: Path) -> None:
    """A new run meets the partial a run left (or one being written now, which its `lock`
    file's lock tells): refused, with the two ways on."""
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:  # no lock to test: nobody is writing it
        fd = None
    if fd is not None:
        try:
            lock_exclusively(fd, partial)
        finally:
            os.close(fd)
    raise UsageError(
        translate(
            "partial_output", "{path} holds the results of a run that did not finish: add "
            "--resume to continue it, or delete it to start over",
        ).format(path=partial)
    )  # fmt: skip


def _copy(source: Path, partial: Path) -> None:
    """`source` as the partial, whole or not at all."""
    try:
        with replacing(partial) as temporary:
            shutil.copyfile(source, temporary)
    except OSError as exc:
        raise UsageError(
            translate(
                "partial_output", "{path}: cannot copy {source} there to continue it ({why})"
            ).format(path=partial, source=source, why=exc.strerror or exc)
        ) from None
