"""`pictag sort`: classify a folder and file each image under DEST/<top label>/, or undo that.

The sort engine (`app.sort.sorter`) is imported when the command runs, not with the parser, so
`pictag --help` and the desktop app do not load it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.cli.args import EXIT_OK, EXIT_SOME_FAILED, exit_epilog, probability
from app.cli.terminal import MAX_LISTED, add_model_options, count_text, print_files
from app.core.errors import UsageError
from app.core.i18n import Context, translate
from app.core.path_text import display_width, pad
from app.sort.safe_names import UNSURE

cli_sort = Context("cli_sort")

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel
    from app.sort.resume import ResumedSort
    from app.sort.sorter import Outcome, SortSummary
    from app.sort.undo import UndoSummary

__all__ = ["add_sort_parser", "run_sort"]


def add_sort_parser(commands: argparse._SubParsersAction) -> None:
    sort = commands.add_parser(
        "sort",
        help="copy or move images into one folder per label",
        usage="pictag sort SRC_DIR DEST_DIR [options]\n       pictag sort --undo MANIFEST.csv "
        "[--dry-run]",
        description="Classify the images under SRC_DIR (recursively) and copy each into "
        f"DEST_DIR/<top label>/ ({UNSURE}/ when below --min-confidence). Nothing is ever "
        "overwritten (a name taken gets ' (2)'), and a CSV manifest records every operation as "
        "it happens, so 'pictag sort --undo MANIFEST.csv' puts everything back, even after a "
        "crash.",
        epilog=exit_epilog(
            "all sorted",
            "some files were left in place (listed with their reason)",
            " (the manifest stays valid; undo it)",
        ),
    )
    sort.add_argument("folders", nargs="*", type=Path, metavar="SRC_DIR DEST_DIR")
    sort.add_argument(
        "--undo", type=Path, metavar="MANIFEST", help="undo the sort this manifest recorded"
    )
    add_model_options(sort)
    sort.add_argument(
        "--min-confidence",
        type=probability,
        default=0.0,
        metavar="P",
        help=f"top label probability (0-1) below which an image goes to {UNSURE}/ (0)",
    )
    sort.add_argument(
        "--none-folder",
        metavar="NAME",
        help="file the photos a model sets aside as none of its classes into DEST_DIR/NAME "
        "(default: they stay where they are)",
    )
    sort.add_argument("--move", action="store_true", help="move the images instead of copying")
    sort.add_argument(
        "--dry-run", action="store_true", help="print what would go where; change nothing"
    )
    sort.add_argument(
        "--manifest",
        type=Path,
        metavar="PATH",
        help="where to write the manifest (default: DEST_DIR/pictag-sort-<time>.csv)",
    )
    sort.add_argument(
        "--keep-raw-pairs",
        action="store_true",
        help="classify both files of a RAW+JPEG pair (default: once, through the JPEG; the RAW "
        "goes where its JPEG goes)",
    )
    sort.add_argument(
        "--resume",
        type=Path,
        metavar="MANIFEST",
        help="continue the sort this manifest recorded (same SRC_DIR, DEST_DIR and --move): "
        "photos it placed are skipped, a step cut short is settled",
    )
    sort.set_defaults(handler=run_sort)


def run_sort(args: argparse.Namespace) -> int:
    if args.undo is not None:
        if args.folders:
            raise UsageError(translate("cli_sort", "--undo takes a manifest only, no folders"))
        return _run_undo(args.undo, dry_run=args.dry_run)
    if len(args.folders) != 2:
        raise UsageError(
            translate(
                "cli_sort", "give a source folder and a destination folder: pictag sort SRC DEST"
            )
        )
    if args.resume is not None and (args.manifest is not None or args.dry_run):
        other = "--manifest" if args.manifest is not None else "--dry-run"
        raise UsageError(
            translate("cli_sort", "--resume continues its own manifest; leave out {option}").format(
                option=other
            )
        )
    return _run(args, *args.folders)


def _run(args: argparse.Namespace, source: Path, dest: Path) -> int:
    from app.cli.terminal import (
        load_model_with_progress,
        report_discovery,
        report_pairs,
        report_resumed,
    )
    from app.sort.sorter import check_folders, check_none_folder, discover_sources

    check_folders(source, dest)  # before the model loads: a mistake is told at once
    check_none_folder(args.none_folder)
    found = discover_sources(source, dest)
    if not args.keep_raw_pairs:
        from app.core.raw_pairs import pair_raw_files

        report_pairs(
            pair_raw_files(found),
            lambda n: cli_sort.tr(
                "pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is "
                "classified once, through the JPEG, and the RAW goes where its JPEG goes "
                "(--keep-raw-pairs classifies both)",
                "",
                n,
            ),
        )
    resumed = None
    if args.resume is not None:
        from app.sort.resume import resume_sort

        resumed = resume_sort(args.resume, dest, move=args.move)
        found = report_resumed(
            found,
            resumed.done,
            lambda done, left: translate(
                "cli_sort",
                "pictag: resuming {manifest}: {done} photos already sorted, {left} to go",
            ).format(manifest=args.resume, done=done, left=left),
        )
        if not found.files and not found.problems:
            print(
                translate("cli_sort", "pictag: nothing left to sort: that sort is complete"),
                file=sys.stderr,
            )
            return EXIT_OK
    if not report_discovery(found, source):
        return EXIT_SOME_FAILED
    with load_model_with_progress(
        args.model, args.weights, args.backend, keep_known=args.keep_known
    ) as model:
        summary = _sort(args, model, found, dest, resumed)
    print_summary(summary, sys.stdout)
    return EXIT_SOME_FAILED if summary.failed or summary.originals_kept else EXIT_OK


def _sort(
    args: argparse.Namespace,
    model: LoadedModel,
    found: Discovery,
    dest: Path,
    resumed: ResumedSort | None,
) -> SortSummary:
    from app.cli.terminal import ProgressDisplay
    from app.sort.pipeline import classify_and_sort
    from app.sort.sorter import Sorter

    sorter = Sorter(
        dest,
        model.labels,
        move=args.move,
        min_confidence=args.min_confidence,
        none_folder=args.none_folder,
        manifest=args.manifest,
        dry_run=args.dry_run,
        resume=resumed,
    )
    display = ProgressDisplay()

    def show(outcome: Outcome) -> None:
        if args.dry_run and outcome.destination is not None:
            display.write(f"{outcome.source} -> {outcome.destination}")

    completed = False
    try:
        classify_and_sort(
            sorter, model, found, batch_size=args.batch_size, progress=display, each=show
        )
        completed = True
    finally:  # Ctrl-C or any error: the manifest is closed, and how to undo is said
        display.close()
        summary = sorter.close()
        if not completed and summary.manifest is not None:
            print(
                cli_sort.tr(
                    "pictag: stopped after %Ln images; to continue, run the same command with "
                    "--resume {manifest}; the manifest is {manifest}; undo with: pictag sort "
                    "--undo {manifest}",
                    "",
                    summary.placed,
                ).format(manifest=summary.manifest),
                file=sys.stderr,
            )
    return summary


def _run_undo(manifest: Path, *, dry_run: bool) -> int:
    from app.cli.terminal import ProgressDisplay
    from app.sort.undo import undo_sort

    display = ProgressDisplay()
    try:
        summary = undo_sort(manifest, dry_run=dry_run, progress=display)
    finally:
        display.close()
    print_undo_summary(summary, sys.stdout)
    return EXIT_OK if summary.complete else EXIT_SOME_FAILED


def print_summary(summary: SortSummary, out: IO[str]) -> None:
    """Per-folder counts, what was left in place and why, and how to undo."""
    earlier = ""
    if summary.earlier:
        earlier = translate("cli_sort", " ({count} of them before the resume)").format(
            count=count_text(summary.earlier)
        )
    print(_placed(summary).format(dest=summary.dest, earlier=earlier), file=out)
    width = max((display_width(name) for name in summary.counts), default=0)
    for name, n in sorted(summary.counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {pad(name, width)}  {n:6,}", file=out)
    if summary.none_of_these:
        print(
            cli_sort.tr(
                "%Ln photos are none of the model's classes and stayed where they are "
                "(--none-folder NAME files them, --keep-known moves the line).",
                "",
                summary.none_of_these,
            ),
            file=out,
        )
    print_files(translate("cli_sort", "Left in place"), summary.failed, out)
    print_files(
        translate("cli_sort", "Moved, but the original could not be removed"),
        summary.originals_kept,
        out,
    )
    if summary.dry_run:
        print(translate("cli_sort", "Dry run: nothing was written."), file=out)
    else:
        now = summary.placed - summary.earlier
        rate = now / summary.seconds if summary.seconds > 0 else 0.0
        took = translate("cli_sort", "Took {seconds} s ({rate} images/s).")
        print(
            took.format(seconds=format(summary.seconds, ".1f"), rate=format(rate, ",.1f")), file=out
        )
        print(
            translate("cli_sort", "Manifest: {manifest}").format(manifest=summary.manifest),
            file=out,
        )
        print(
            translate("cli_sort", "Undo with: pictag sort --undo {manifest}").format(
                manifest=summary.manifest
            ),
            file=out,
        )


def _placed(summary: SortSummary) -> str:
    """The summary's first line, with {dest} and {earlier} still to fill."""
    n = summary.placed
    if summary.dry_run and summary.move:
        return cli_sort.tr("Would move %Ln images into {dest}{earlier}:", "", n)
    if summary.dry_run:
        return cli_sort.tr("Would copy %Ln images into {dest}{earlier}:", "", n)
    if summary.move:
        return cli_sort.tr("Moved %Ln images into {dest}{earlier}:", "", n)
    return cli_sort.tr("Copied %Ln images into {dest}{earlier}:", "", n)


def print_undo_summary(summary: UndoSummary, out: IO[str]) -> None:
    copies, moved, folders = len(summary.removed), len(summary.restored), len(summary.folders)
    if summary.dry_run:
        said = cli_sort.tr("Would remove %Ln copies and move {moved} images back.", "", copies)
    else:
        said = cli_sort.tr(
            "Removed %Ln copies, moved {moved} images back, removed {folders} empty folders.",
            "",
            copies,
        )
    print(said.format(moved=count_text(moved), folders=count_text(folders)), file=out)
    for path, reason in summary.skipped[:MAX_LISTED]:
        print(
            translate("cli_sort", "  left alone: {path}: {reason}").format(
                path=path, reason=reason
            ),
            file=out,
        )
    if len(summary.skipped) > MAX_LISTED:
        more = len(summary.skipped) - MAX_LISTED
        print(cli_sort.tr("  ... and %Ln more left alone", "", more), file=out)
    if not (summary.removed or summary.restored or summary.skipped or summary.folders):
        print(translate("cli_sort", "Nothing left to undo."), file=out)
