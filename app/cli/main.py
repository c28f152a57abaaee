"""The `pictag` command line. Imports TensorFlow only once a command needs a model."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli.args import EXIT_INTERRUPTED, EXIT_OK, error_line, exit_status
from app.cli.check import add_check_parser
from app.cli.classify import add_classify_parser
from app.cli.export import add_export_parser
from app.cli.sort import add_sort_parser
from app.cli.tag import add_tag_parser
from app.cli.train import add_train_parser
from app.cli.update import add_update_parser
from app.core.errors import Cancelled, PictagError
from app.core.i18n import translate
from app.core.native_stderr import native_stderr_to_log
from app.core.tf_runtime import python_stderr_apart

__all__ = ["main", "build_parser"]

COMMANDS = ("classify", "train", "update", "check", "export", "sort", "tag")


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
    add_classify_parser(commands)
    add_train_parser(commands)
    add_update_parser(commands)
    add_check_parser(commands)
    add_export_parser(commands)
    add_sort_parser(commands)
    add_tag_parser(commands)
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
    if args.self_test or args.command is None:
        python_stderr_apart()  # a command gets the same from native_stderr_to_log, below
    if args.self_test:
        from app.cli.self_test import run_self_test

        return run_self_test()
    if args.command is None and args.screenshot is not None:
        from app.ui.tools.screenshots import run_screenshot_tour

        return run_screenshot_tour(args.screenshot, args.screenshot_data, verbose=args.verbose)
    if args.command is None:
        from app.ui.window.gui import run_gui

        return run_gui(verbose=args.verbose)
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
        print(error_line(exc), file=sys.stderr)
        return exit_status(exc)
    except (KeyboardInterrupt, Cancelled) as exc:
        print(f"\n{_interrupted(exc, getattr(args, 'interrupted_note', ''))}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `pictag ... | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _interrupted(exc: BaseException, note: str) -> str:
    """The last line of an interrupted command: why (a Cancelled may say it: a stop before
    training began has nothing to keep yet), else what the command left (`note`, translated)."""
    if str(exc):
        return translate("cli_main", "pictag: interrupted: {reason}").format(reason=exc)
    if note:
        return translate("cli_main", "pictag: interrupted; {note}").format(note=note)
    return translate("cli_main", "pictag: interrupted")
