"""`pictag classify`: the top labels of images and folders, as a table, CSV or JSON lines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.cli.args import EXIT_OK, EXIT_SOME_FAILED, add_backend_argument, positive_int
from app.core.atomic import replacing_text
from app.core.errors import PictagError
from app.core.formats import FORMATS

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel

__all__ = ["add_classify_parser", "run_classify"]


def add_classify_parser(commands: argparse._SubParsersAction) -> None:
    classify = commands.add_parser(
        "classify",
        help="top-k labels for images and folders",
        description="Classify image files and folders (recursively); prints one row per image.",
        epilog="Exit status: 0 all classified, 1 some files failed (listed with their reason), "
        "2 usage error, 130 interrupted.",
    )
    classify.add_argument("paths", nargs="+", metavar="PATH", help="image files or folders")
    classify.add_argument(
        "--model",
        default="mobilenet_v2",
        metavar="MODEL",
        help="mobilenet_v2 (default), inception_v3, or a Pictag model file (.keras)",
    )
    classify.add_argument(
        "--weights",
        default="imagenet",
        metavar="WEIGHTS",
        help="'imagenet' (default; downloaded once into Keras' cache) or a local weights file",
    )
    classify.add_argument(
        "--top", type=positive_int, default=3, metavar="K", help="labels per image (3)"
    )
    classify.add_argument(
        "--batch-size",
        type=positive_int,
        default=32,
        metavar="N",
        help="images per model call (32)",
    )
    add_backend_argument(classify, "the model")
    classify.add_argument("--format", choices=FORMATS, default=FORMATS[0])
    classify.add_argument(
        "--output", type=Path, metavar="FILE", help="write results here, not stdout"
    )
    classify.set_defaults(handler=run_classify)


def run_classify(args: argparse.Namespace) -> int:
    from app.cli.terminal import load_model_with_progress, report_discovery
    from app.core.discovery import discover

    found = discover(args.paths)
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
    interleaved = display.enabled and args.output is None and sys.stdout.isatty()
    failures = 0
    with _output(args.output) as out:
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
def _output(path: Path | None) -> Iterator[IO[str]]:
    """stdout, or a file written atomically: an interrupted run leaves an older file intact."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise PictagError(f"{path}: the folder {directory} does not exist")
    with replacing_text(path) as f:
        yield f
