"""`pictag classify`: the top labels of images and folders, as a table, CSV, JSON lines or
Parquet; continued with --resume, on this machine or a Ray cluster (`--engine ray`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from app.cli.args import EXIT_OK, EXIT_SOME_FAILED, exit_epilog, positive_int
from app.cli.scale_options import RAY, add_scale_options, check_scale_options
from app.cli.terminal import add_model_options
from app.core.atomic import STDOUT, not_a_file, replacing_text
from app.core.errors import UsageError
from app.core.formats import CSV, FORMATS, JSONL, PARQUET, format_for
from app.core.i18n import Context, translate
from app.core.result_order import Order, in_order
from app.core.results import ClassifyResult

cli_classify = Context("cli_classify")

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.formats import ResultWriter
    from app.core.progress import Progress, ProgressCallback
    from app.core.resume import Done

__all__ = ["add_classify_parser", "run_classify", "output_stream"]


def add_classify_parser(commands: argparse._SubParsersAction) -> None:
    classify = commands.add_parser(
        "classify",
        help="top-k labels for images and folders",
        description="Classify image files and folders (recursively); prints one row per image.",
        epilog=exit_epilog("all classified", "some files failed (listed with their reason)"),
    )
    classify.add_argument("paths", nargs="*", metavar="PATH", help="image files or folders")
    add_model_options(classify)
    classify.add_argument(
        "--top", type=positive_int, default=3, metavar="K", help="labels per image (3)"
    )
    classify.add_argument(
        "--format",
        choices=FORMATS,
        help="default: what --output's name ends in (.csv, .jsonl, .parquet), else table",
    )
    classify.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="write results to FILE (written to FILE.partial as they come, which replaces FILE "
        "at the end; --resume continues a FILE.partial a stopped run left), to a FOLDER of "
        "parts for parquet, or into a pipe or device as they come; '-' is stdout (the default)",
    )
    classify.add_argument(
        "--order",
        choices=[order.value for order in Order],
        default=Order.FILE.value,
        help="list the results in file order (the default, as they come), by top label, by "
        "confidence, or least certain first (the photos worth a look: closest top two labels); "
        "any order but file lists them once all are classified",
    )
    classify.add_argument(
        "--keep-raw-pairs",
        action="store_true",
        help="list both files of a RAW+JPEG pair (default: classified once, through the JPEG)",
    )
    add_scale_options(classify)
    classify.set_defaults(handler=run_classify)


def run_classify(args: argparse.Namespace) -> int:
    from app.cli.terminal import ProgressDisplay, count_text, report_discovery, report_pairs
    from app.core.input_list import discover_inputs

    fmt = args.format or format_for(args.output or "")
    check_scale_options(args, fmt)
    order = Order(args.order)
    if order is not Order.FILE and (args.resume or fmt == PARQUET):
        raise UsageError(
            translate(
                "cli_classify",
                "--order {order} lists the results once all are classified, so it cannot be "
                "used with --resume or --format parquet, which write them as they come",
            ).format(order=order.value)
        )
    found = discover_inputs(args.paths, args.files_from)
    if not args.keep_raw_pairs:
        from app.core.raw_pairs import pair_raw_files

        report_pairs(
            pair_raw_files(found),
            lambda n: cli_classify.tr(
                "pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is "
                "classified once, through the JPEG, and listed as the JPEG (--keep-raw-pairs "
                "classifies both)",
                "",
                n,
            ),
        )
    if not report_discovery(found):
        return EXIT_SOME_FAILED
    display = ProgressDisplay()
    display.enabled = display.enabled and (
        args.files_from is not None or any(Path(p).is_dir() for p in args.paths)
    )
    total = len(found.files) + len(found.problems)
    if args.engine == RAY:
        from app.cli.cluster import RayEngine

        engine: Engine = RayEngine(args, display)
    else:
        engine = PlainEngine(args)
    failures = none_of_these = 0
    with _output(args, fmt, engine.labels, found) as (out, stream, done):
        if done:  # an earlier run finished some (a first --resume run starts the output)
            failures = done.errors
            found = _rest(found, done, out.name)
            total = len(done) + len(found.files) + len(found.problems)
        interleaved = display.enabled and stream is not None and stream.isatty()

        def progress(event: Progress) -> None:
            display(event)
            out.checkpoint()

        try:
            results = engine.results(found, progress)
            if order is not Order.FILE:
                results = iter(in_order(results, order))
            for result in results:
                if interleaved:
                    with display.interleaved(stream):
                        out.write(result)
                        stream.flush()
                else:
                    out.write(result)
                failures += not result.ok
                none_of_these += result.none_of_these
        finally:
            display.close()
    if none_of_these:
        print(
            cli_classify.tr(
                "pictag: {count} of %Ln photos are none of the model's classes (no label given; "
                "--keep-known moves the line)",
                "",
                total,
            ).format(count=count_text(none_of_these)),
            file=sys.stderr,
        )
    if failures:
        print(
            cli_classify.tr(
                "pictag: {count} of %Ln files could not be classified", "", total
            ).format(count=failures),
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    return EXIT_OK


class Engine(Protocol):
    labels: tuple[str, ...]

    def results(self, found: Discovery, progress: ProgressCallback) -> Iterator[ClassifyResult]:
        """Every file's result (unreadable folders first), in any order."""


class PlainEngine:
    """This process: `classify_discovered`, results in input order. The model loads when
    there is something to classify (a finished run continued has nothing)."""

    def __init__(self, args: argparse.Namespace) -> None:
        from app.core.model_labels import model_labels

        self._args = args
        self.labels = model_labels(args.model)

    def results(self, found: Discovery, progress: ProgressCallback) -> Iterator[ClassifyResult]:
        from app.cli.terminal import load_model_with_progress
        from app.core.classifier import classify_discovered

        args = self._args
        if not found.files:
            yield from ((ClassifyResult(p, error=why)) for p, why in found.problems)
            return
        with load_model_with_progress(
            args.model, args.weights, args.backend, keep_known=args.keep_known
        ) as model:
            yield from classify_discovered(
                model, found, top=args.top, batch_size=args.batch_size, progress=progress
            )


def _rest(found: Discovery, done: Done, source: Path | str) -> Discovery:
    """What is left, said: "continuing N results from SOURCE, M to go"."""
    from app.cli.terminal import count_text
    from app.core.resume import skip_done

    rest = skip_done(found, done)
    left = len(rest.files) + len(rest.problems)
    print(
        translate(
            "cli_classify", "pictag: continuing {count} results from {source}, {left} to go"
        ).format(count=count_text(len(done)), source=source, left=count_text(left)),
        file=sys.stderr,
    )
    return rest


class _Stream:
    """A table, CSV or JSON-lines writer on a stream that is replaced (or written into) at
    the end: nothing to checkpoint."""

    def __init__(self, writer: ResultWriter) -> None:
        self.write = writer.write

    def checkpoint(self) -> None:
        return


@contextmanager
def _output(
    args: argparse.Namespace, fmt: str, labels: tuple[str, ...], found: Discovery
) -> Iterator[tuple[Any, IO[str] | None, Done | None]]:
    """(writer, its stream when it has one, what an earlier run finished when continuing)."""
    if fmt == PARQUET:
        from app.core.parquet_parts import ParquetParts

        with ParquetParts(args.output, top=args.top, labels=labels, resume=args.resume) as parts:
            args.interrupted_note = _resume_note(parts.name)
            yield parts, None, parts.done
        return
    to_file = args.output is not None and not_a_file(args.output) is None
    if args.resume or (fmt in (CSV, JSONL) and to_file):
        from app.core.partial_output import continuable_results

        with continuable_results(
            args.output, fmt, top=args.top, labels=labels, resume=args.resume
        ) as file:
            args.interrupted_note = _resume_note(file.path)
            yield file, None, file.done if args.resume else None
        return
    from app.core.formats import make_writer

    with output_stream(args.output) as stream:
        paths = [str(p) for p in found.files]
        writer = make_writer(fmt, stream, top=args.top, paths=paths, labels=labels)
        yield _Stream(writer), stream, None


def _resume_note(partial: Path | str) -> str:
    """What an interrupted run left, for the line that says it was interrupted."""
    return translate(
        "cli_classify", "every finished file is in {partial}: add --resume to continue the run"
    ).format(partial=partial)


@contextmanager
def output_stream(path: Path | None) -> Iterator[IO[str]]:
    """stdout (no --output, or -); a file written atomically, so an interrupted run leaves an
    older file intact; or a pipe or device (not a file) written as the rows come."""
    path = path or Path(STDOUT)
    directory = path.parent if str(path.parent) else Path(".")
    if not_a_file(path) is None and not directory.is_dir():
        raise UsageError(
            translate("cli_classify", "{path}: the folder {folder} does not exist").format(
                path=path, folder=directory
            )
        )
    with replacing_text(path) as stream:
        yield stream
