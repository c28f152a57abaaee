"""The `pictag` command line. Imports TensorFlow only once a command needs a model."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from app import __version__
from app.cli.args import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    exit_epilog,
    exit_status,
    positive_int,
)
from app.cli.export import add_export_parser
from app.cli.sort import add_sort_parser
from app.cli.train import add_train_parser
from app.core.atomic import STDOUT, not_a_file, replacing_text
from app.core.errors import Cancelled, PictagError, UsageError
from app.core.native_stderr import native_stderr_to_log

__all__ = ["main", "build_parser"]

COMMANDS = ("classify", "train", "export", "sort")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pictag",
        description="Classify photos with ImageNet models or a model trained on your own folders. "
        "Without a command, 'pictag' opens the desktop app.",
        epilog="'pictag PATH...' is short for 'pictag classify PATH...'.",
    )
    parser.add_argument("--version", action="version", version=f"pictag {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to stderr")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="DIR",
        help="desktop app: render each tab in a realistic state to PNG files in DIR, then exit",
    )
    parser.add_argument(
        "--screenshot-data",
        type=Path,
        metavar="FOLDER",
        help="with --screenshot: a labeled folder (FOLDER/<class>/...) instead of demo photos",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without network: load and save a small model, classify a "
        "generated photo, open and close the main window; exit status 0 when all pass",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    classify = commands.add_parser(
        "classify",
        help="top-k labels for images and folders",
        description="Classify image files and folders (recursively); prints one row per image.",
        epilog=exit_epilog("all classified", "some files failed (listed with their reason)"),
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
    classify.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    classify.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="write results to FILE (replaced atomically), or into a pipe or device as they "
        "come; '-' is stdout (the default)",
    )
    classify.set_defaults(handler=_run_classify)
    add_train_parser(commands)
    add_export_parser(commands)
    add_sort_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in COMMANDS and not args_list[0].startswith("-"):
        args_list.insert(0, "classify")
    # File names need not be valid text (Linux allows any bytes, a Windows console may not have
    # the characters): escape what cannot be printed rather than crash halfway through a folder.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.self_test:
        from app.cli.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from app.ui.gui import run_gui

        return run_gui(
            screenshot_dir=args.screenshot,
            screenshot_data=args.screenshot_data,
            verbose=args.verbose,
        )
    # C libraries (libtiff decoding an odd TIFF, TensorFlow) write to fd 2: to the log instead.
    with native_stderr_to_log():
        logging.basicConfig(
            level=logging.INFO if args.verbose else logging.WARNING,
            format="%(levelname)s %(name)s: %(message)s",
        )
        return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    try:
        return args.handler(args)
    except PictagError as exc:
        print(f"pictag: error: {exc}", file=sys.stderr)
        return exit_status(exc)
    except (KeyboardInterrupt, Cancelled):
        print(f"\npictag: interrupted{getattr(args, 'interrupted_note', '')}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `pictag ... | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _run_classify(args: argparse.Namespace) -> int:
    from app.cli.terminal import ProgressBar, load_model_with_progress, report_discovery
    from app.core.discovery import discover
    from app.core.formats import make_writer

    found = discover(args.paths)
    if not report_discovery(found):
        return EXIT_SOME_FAILED

    model = load_model_with_progress(args.model, args.weights)
    from app.core.classifier import classify_discovered

    has_folder = any(Path(p).is_dir() for p in args.paths)
    bar = ProgressBar("Classifying", unit="images")
    bar.enabled = bar.enabled and has_folder
    failures = 0
    with _output(args.output) as out:
        interleaved = bar.enabled and out.isatty()
        writer = make_writer(
            args.format,
            out,
            top=args.top,
            paths=[str(p) for p in found.files],
            labels=model.labels,
        )
        results = classify_discovered(
            model, found, top=args.top, batch_size=args.batch_size, progress=bar.update
        )
        for result in results:
            if interleaved:
                bar.clear()
            writer.write(result)
            if interleaved:
                out.flush()
                bar.redraw()
            failures += not result.ok
        bar.finish()
    total = len(found.files) + len(found.problems)
    if failures:
        print(f"pictag: {failures} of {total} files could not be classified", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


@contextmanager
def _output(path: Path | None) -> Iterator[IO[str]]:
    """stdout (no --output, or -); a file written atomically, so an interrupted run leaves an
    older file intact; or a pipe or device (not a file) written as the rows come."""
    path = path or Path(STDOUT)
    directory = path.parent if str(path.parent) else Path(".")
    if not_a_file(path) is None and not directory.is_dir():
        raise UsageError(f"{path}: the folder {directory} does not exist")
    with replacing_text(path) as f:
        yield f
