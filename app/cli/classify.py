"""`pictag classify`: the top labels of images and folders, as a table, CSV or JSON lines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.cli.args import EXIT_OK, EXIT_SOME_FAILED, exit_epilog, positive_int
from app.cli.terminal import add_model_options
from app.core.atomic import STDOUT, not_a_file, replacing_text
from app.core.errors import UsageError
from app.core.formats import FORMATS, TABLE

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel

__all__ = ["add_classify_parser", "run_classify", "output_stream"]


def add_classify_parser(commands: argparse._SubParsersAction) -> None:
    classify = commands.add_parser(
        "classify",
        help="top-k labels for images and folders",
        description="Classify image files and folders (recursively); prints one row per image.",
        epilog=exit_epilog("all classified", "some files failed (listed with their reason)"),
    )
    classify.add_argument("paths", nargs="+", metavar="PATH", help="image files or folders")
    add_model_options(classify)
    classify.add_argument(
        "--top", type=positive_int, default=3, metavar="K", help="labels per image (3)"
    )
    classify.add_argument("--format", choices=FORMATS, default=TABLE)
    classify.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="write results to FILE (replaced atomically), or into a pipe or device as they "
        "come; '-' is stdout (the default)",
    )
    classify.add_argument(
        "--keep-raw-pairs",
        action="store_true",
        help="list both files of a RAW+JPEG pair (default: classified once, through the JPEG)",
    )
    classify.set_defaults(handler=run_classify)


def run_classify(args: argparse.Namespace) -> int:
    from app.cli.terminal import load_model_with_progress, report_discovery, report_pairs
    from app.core.discovery import discover

    found = discover(args.paths)
    if not args.keep_raw_pairs:
        from app.core.raw_pairs import pair_raw_files

        report_pairs(pair_raw_files(found), "and listed as the JPEG")
    if not report_discovery(found):
        return EXIT_SOME_FAILED

    with load_model_with_progress(args.model, args.weights, args.backend) as model:
        failures = _classify(args, model, found)
    total = len(found.files) + len(found.problems)
    if failures:
        print(f"pictag: {failures} of {total} files could not be classified", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def _classify(args: argparse.Namespace, model: LoadedModel, found: Discovery) -> int:
    """Write every result as it comes; returns how many files failed."""
    from app.cli.terminal import ProgressDisplay
    from app.core.classifier import classify_discovered
    from app.core.formats import make_writer

    display = ProgressDisplay()
    display.enabled = display.enabled and any(Path(p).is_dir() for p in args.paths)
    failures = 0
    with output_stream(args.output) as out:
        interleaved = display.enabled and out.isatty()
        writer = make_writer(
            args.format,
            out,
            top=args.top,
            paths=[str(p) for p in found.files],
            labels=model.labels,
        )
        results = classify_discovered(
            model, found, top=args.top, batch_size=args.batch_size, progress=display
        )
        try:
            for result in results:
                if interleaved:
                    with display.interleaved(out):
                        writer.write(result)
                        out.flush()
                else:
                    writer.write(result)
                failures += not result.ok
        finally:
            display.close()
    return failures


@contextmanager
def output_stream(path: Path | None) -> Iterator[IO[str]]:
    """stdout (no --output, or -); a file written atomically, so an interrupted run leaves an
    older file intact; or a pipe or device (not a file) written as the rows come."""
    path = path or Path(STDOUT)
    directory = path.parent if str(path.parent) else Path(".")
    if not_a_file(path) is None and not directory.is_dir():
        raise UsageError(f"{path}: the folder {directory} does not exist")
    with replacing_text(path) as f:
        yield f
