"""`pictag update`: a new version of a model from its training folder as it is now, its list of
versions, and putting an earlier one back in use."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.cli.args import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    add_wait_argument,
    exit_epilog,
    positive_int,
)
from app.cli.interrupt import EXIT_HELP
from app.cli.training_console import TrainingConsole, run_with_ctrl_c
from app.core.errors import UsageError
from app.core.i18n import Context, translate
from app.core.path_text import display_width, pad
from app.core.progress import Token

cli_update = Context("cli_update")

if TYPE_CHECKING:
    from training.update import UpdateResult
    from training.versions import Version

__all__ = ["add_update_parser", "run_update", "print_versions"]


def add_update_parser(commands: argparse._SubParsersAction) -> None:
    update = commands.add_parser(
        "update",
        help="train a model again on its folder as it is now, keeping earlier versions",
        usage="pictag update MODEL.keras [--full] [--data-dir DIR] [--validation-dir DIR]\n"
        "       pictag update MODEL.keras --list\n"
        "       pictag update MODEL.keras --restore N",
        description="Train a new version of MODEL on the training folder its report records, "
        "with every photo in it now (also those copied in by hand). By default only the head "
        "is trained again, from the feature cache: only new or changed photos go through the "
        "network, so it takes seconds. The validation photos of the version in use stay "
        "validation photos (new ones join them in the same share), and both versions' accuracy "
        "on the photos both were validated on is printed. The new version replaces MODEL "
        "atomically; earlier ones stay in MODEL.versions/.",
        epilog=exit_epilog(
            "updated (or listed, or restored)",
            interrupted=f" ({EXIT_HELP}, and the version in use stays)",
        )
        + " A training folder that moved is a usage error whose message says where it may be "
        "and how to point to it (--data-dir).",
    )
    update.add_argument("model", type=Path, metavar="MODEL.keras", help="a Pictag model file")
    mode = update.add_mutually_exclusive_group()
    mode.add_argument(
        "--full", action="store_true", help="both phases again (fine-tuning too): minutes"
    )
    mode.add_argument("--list", action="store_true", help="list the versions and exit")
    mode.add_argument("--restore", type=positive_int, metavar="N", help="put version N back in use")
    update.add_argument(
        "--data-dir", type=Path, metavar="DIR", help="the training folder's new place (moved)"
    )
    update.add_argument(
        "--validation-dir", type=Path, metavar="DIR", help="the validation folder's new place"
    )
    add_wait_argument(update)
    update.set_defaults(
        handler=run_update,
        interrupted_note=translate("cli_update", "the version in use is unchanged"),
    )


def run_update(args: argparse.Namespace) -> int:
    from training.versions import list_versions, restore_version

    moved = args.data_dir is not None or args.validation_dir is not None
    if (args.list or args.restore) and moved:
        raise UsageError(
            translate(
                "cli_update",
                "--data-dir and --validation-dir go with an update, not --list or --restore",
            )
        )
    if args.list:
        print_versions(list_versions(args.model), sys.stdout)
        return EXIT_OK
    if args.restore:
        console = TrainingConsole(sys.stderr)  # tells a wait for another run writing MODEL
        try:
            version = restore_version(args.model, args.restore, progress=console, wait=args.wait)
        finally:
            console.close()
        print(
            cli_update.tr(
                "Version {number} ({made}, %Ln images, accuracy {accuracy}) is in use again as "
                "{model}",
                "",
                version.images,
            ).format(
                number=version.number,
                made=version.made,
                accuracy=_percent(version.accuracy),
                model=args.model,
            ),  # fmt: skip
            file=sys.stdout,
        )
        return EXIT_OK
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from training.update import update_model

    token = Token()
    result = run_with_ctrl_c(
        lambda console: update_model(
            args.model,
            full=args.full,
            data_dir=args.data_dir,
            validation_dir=args.validation_dir,
            progress=console,
            token=token,
            wait=args.wait,
        ),
        token,
    )
    print_update(result, sys.stdout)
    return EXIT_INTERRUPTED if token.stop_requested else EXIT_OK


def print_update(result: UpdateResult, out: IO[str]) -> None:
    """What changed, what it cost and what it gained, and how to go back."""
    print("", *result.describe(), sep="\n", file=out)
    print(
        translate(
            "cli_update",
            "Saved {model} (took {seconds} s). Earlier versions: pictag update {model} --list; "
            "back to this one's predecessor: pictag update {model} --restore {previous}",
        ).format(
            model=result.model,
            seconds=format(result.seconds, ".1f"),
            previous=result.previous.number,
        ),  # fmt: skip
        file=out,
    )


def print_versions(versions: list[Version], out: IO[str]) -> None:
    headings = [
        translate("cli_update", "version"),
        translate("cli_update", "made"),
        translate("cli_update", "how"),
        translate("cli_update", "images"),
        translate("cli_update", "accuracy"),
    ]
    hows = [v.kind_text for v in versions]
    narrowest = (7, 16, max((display_width(h) for h in hows), default=6), 6, 8)
    widths = [max(w, display_width(h)) for w, h in zip(narrowest, headings, strict=True)]
    number, made, how, images, accuracy = widths
    print(
        f"{pad(headings[0], number, '>')}  {pad(headings[1], made)}  {pad(headings[2], how)}  "
        f"{pad(headings[3], images, '>')}  {pad(headings[4], accuracy, '>')}",
        file=out,
    )
    for v, shown in zip(versions, hows, strict=True):
        if v.archived:
            mark = translate("cli_update", "  <- in use")
        else:
            mark = translate("cli_update", "  <- in use (archived at the next update)")
        print(
            f"{v.number:>{number}}  {v.made:<{made}}  {pad(shown, how)}  {v.images:>{images},}  "
            f"{_percent(v.accuracy):>{accuracy}}{mark if v.in_use else ''}",
            file=out,
        )


def _percent(value: float | None) -> str:
    return "?" if value is None else f"{value:.2%}"
