"""`pictag tag`: classify photos and write the labels as XMP keywords, or undo that.

The tag engine (`app.tag`) is imported when the command runs, not with the parser, so
`pictag --help` and the desktop app do not load it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.cli.args import EXIT_OK, EXIT_SOME_FAILED, exit_epilog, positive_int, probability
from app.cli.terminal import add_model_options, count_text, print_files
from app.core.errors import UsageError
from app.core.i18n import Context, translate
from app.core.path_text import display_width, pad
from app.core.progress import Stage
from app.core.xmp_files import SIDECAR_SUFFIX, SidecarNaming
from app.tag.keywords import DEFAULT_MIN_CONFIDENCE, DEFAULT_PARENT

cli_tag = Context("cli_tag")

if TYPE_CHECKING:
    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel
    from app.tag.keywords import TagOptions
    from app.tag.resume import ResumedTag
    from app.tag.tagger import TagSummary
    from app.tag.undo import TagUndoSummary

__all__ = ["add_tag_parser", "run_tag"]

_PREDICTIONS = 5  # probabilities kept per photo, recorded with the keywords they gave


def _predictions(args: argparse.Namespace, model: LoadedModel) -> int:
    """Probabilities to keep per photo: enough for every keyword written to record its own
    (a multi-label model may give any of its labels)."""
    if model.decision.multi_label:
        return len(model.labels)
    return max(args.top or 1, _PREDICTIONS)


def add_tag_parser(commands: argparse._SubParsersAction) -> None:
    tag = commands.add_parser(
        "tag",
        help="write labels as XMP keywords for photo managers",
        usage="pictag tag PATH... [options]\n       pictag tag --undo MANIFEST.csv [--dry-run]",
        description="Classify the photos under PATH (files and folders, recursively) and write "
        "their top labels as XMP keywords: dc:subject and lr:hierarchicalSubject "
        f"('{DEFAULT_PARENT}|<label>'), which Lightroom, darktable, digiKam and others read. "
        "By default each photo gets a sidecar (.xmp) and the photo itself is not touched. "
        "Keywords a person wrote are never removed or changed; a second run replaces only "
        "Pictag's own. Every write is atomic and recorded in a CSV manifest, with the "
        "originals kept beside it, so 'pictag tag --undo MANIFEST.csv' restores every file "
        "byte for byte.",
        epilog=exit_epilog(
            "all written (or already up to date)",
            "some photos were left as they are (listed with their reason)",
            interrupted=" (the manifest stays valid; undo it)",
        ),
    )
    tag.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="photos or folders")
    tag.add_argument(
        "--undo", type=Path, metavar="MANIFEST", help="undo the writes this manifest recorded"
    )
    add_model_options(tag)
    tag.add_argument(
        "--top", type=positive_int, metavar="K",
        help="labels per photo at most (default: the labels the model gives: one, none for a "
        "photo of none of its classes, several for a multi-label model); with a model that "
        "gives one label, K above 1 adds its next most probable labels",
    )  # fmt: skip
    tag.add_argument(
        "--min-confidence", type=probability, default=DEFAULT_MIN_CONFIDENCE, metavar="P",
        help="write a label only when its probability (0-1) is at least P "
        f"({DEFAULT_MIN_CONFIDENCE})",
    )  # fmt: skip
    tag.add_argument(
        "--parent", default=DEFAULT_PARENT, metavar="PARENT",
        help=f"the keyword the labels go under, e.g. 'Auto|Pictag' ({DEFAULT_PARENT}); '' "
        "writes flat keywords only",
    )  # fmt: skip
    tag.add_argument(
        "--embed", action="store_true",
        help="write into JPEG, TIFF, PNG, WebP and DNG files themselves (Lightroom reads "
        "those only from inside); RAW, HEIC and AVIF always get a sidecar",
    )  # fmt: skip
    tag.add_argument(
        "--sidecar-name", choices=[n.value for n in SidecarNaming], default="append",
        help="append: IMG_0001.CR2.xmp (darktable, digiKam; the default); replace: "
        "IMG_0001.xmp (Lightroom, Capture One)",
    )  # fmt: skip
    tag.add_argument(
        "--keep-raw-pairs", action="store_true",
        help="classify both files of a RAW+JPEG pair (default: once, through the JPEG, and "
        "the RAW gets the JPEG's keywords)",
    )  # fmt: skip
    tag.add_argument(
        "--dry-run", action="store_true", help="print what would be written; change nothing"
    )
    tag.add_argument(
        "--resume", type=Path, metavar="MANIFEST",
        help="continue the run this manifest recorded (same photos and --model): photos it "
        "wrote or left as they were are skipped, a write cut short is settled",
    )  # fmt: skip
    tag.add_argument(
        "--manifest", type=Path, metavar="PATH",
        help="where to write the manifest (default: the first PATH's folder, "
        "pictag-tag-<time>.csv)",
    )  # fmt: skip
    tag.set_defaults(handler=run_tag)


def run_tag(args: argparse.Namespace) -> int:
    if args.undo is not None:
        if args.paths:
            raise UsageError(translate("cli_tag", "--undo takes a manifest only, no photos"))
        return _run_undo(args.undo, dry_run=args.dry_run)
    if not args.paths:
        raise UsageError(
            translate("cli_tag", "give the photos or folders to tag: pictag tag PATH...")
        )
    if args.resume is not None and (args.manifest is not None or args.dry_run):
        option = "--manifest" if args.manifest is not None else "--dry-run"
        raise UsageError(
            translate(
                "cli_tag", "--resume writes on in the manifest it names; leave out {option}"
            ).format(option=option)
        )
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from app.cli.terminal import (
        load_model_with_progress,
        report_discovery,
        report_pairs,
        report_resumed,
    )
    from app.core.discovery import discover
    from app.core.model_loader import model_name
    from app.core.raw_pairs import pair_raw_files
    from app.tag.keywords import TagOptions

    options = TagOptions(
        top=args.top, min_confidence=args.min_confidence, parent=args.parent.strip(),
        embed=args.embed, naming=SidecarNaming(args.sidecar_name),
        model=model_name(args.model, args.weights),
    )  # fmt: skip
    options.check()  # before the model loads: a mistake is told at once
    found = discover(args.paths)
    # Sidecars are read and written with their photos: not files left out.
    found.skipped.pop(SIDECAR_SUFFIX, None)
    found.left_out = [p for p in found.left_out if p.suffix.lower() != SIDECAR_SUFFIX]
    if not args.keep_raw_pairs:
        report_pairs(
            pair_raw_files(found),
            lambda n: cli_tag.tr(
                "pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is "
                "classified once, through the JPEG, and the RAW gets the JPEG's keywords "
                "(--keep-raw-pairs classifies both)",
                "",
                n,
            ),
        )
    resumed = None
    if args.resume is not None:
        from app.tag.resume import resume_tag

        resumed = resume_tag(args.resume, options.model)
        found = report_resumed(
            found,
            resumed.done,
            lambda done, left: translate(
                "cli_tag", "pictag: resuming {manifest}: {done} photos done, {left} to go"
            ).format(manifest=args.resume, done=done, left=left),
        )
        if not found.files and not found.problems:
            print(
                translate("cli_tag", "pictag: nothing left to tag: that run is complete"),
                file=sys.stderr,
            )
            return EXIT_OK
    if not report_discovery(found):
        return EXIT_SOME_FAILED
    with load_model_with_progress(
        args.model, args.weights, args.backend, keep_known=args.keep_known
    ) as model:
        summary = _tag(args, options, model, found, resumed)
    print_summary(summary, sys.stdout)
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def _tag(
    args: argparse.Namespace,
    options: TagOptions,
    model: LoadedModel,
    found: Discovery,
    resumed: ResumedTag | None,
) -> TagSummary:
    from app.cli.terminal import ProgressDisplay
    from app.core.result_stream import classify_and_handle
    from app.tag.tagger import Tagger

    first = args.paths[0]
    folder = first if first.is_dir() else first.parent
    options = replace(options, multi_label=model.decision.multi_label)
    tagger = Tagger(options, folder, manifest=args.manifest, dry_run=args.dry_run, resume=resumed)
    display = ProgressDisplay()

    def show(outcomes: object) -> None:
        for outcome in outcomes if args.dry_run else ():  # type: ignore[attr-defined]
            if outcome.file is not None and outcome.status == "planned":
                keywords = ", ".join(outcome.keywords)
                display.write(f"{outcome.photo} -> {outcome.file}: {keywords}")

    completed = False
    try:
        classify_and_handle(
            tagger, model, found, batch_size=args.batch_size, stage=Stage.TAG,
            top=_predictions(args, model), progress=display, each=show,
        )  # fmt: skip
        completed = True
    finally:  # Ctrl-C or any error: the manifest is closed, and how to undo is said
        display.close()
        summary = tagger.close()
        if not completed and summary.manifest is not None:
            print(
                cli_tag.tr(
                    "pictag: stopped after %Ln writes; to continue, run the same command with "
                    "--resume {manifest}; to undo: pictag tag --undo {manifest}",
                    "",
                    len(summary.written),
                ).format(manifest=summary.manifest),
                file=sys.stderr,
            )
    return summary


def _run_undo(manifest: Path, *, dry_run: bool) -> int:
    from app.cli.terminal import ProgressDisplay
    from app.tag.undo import undo_tag

    display = ProgressDisplay()
    try:
        summary = undo_tag(manifest, dry_run=dry_run, progress=display)
    finally:
        display.close()
    print_undo_summary(summary, sys.stdout)
    return EXIT_OK if summary.complete else EXIT_SOME_FAILED


def print_summary(summary: TagSummary, out: IO[str]) -> None:
    """What was written where, per keyword; what was left as it is and why; how to undo."""
    written = summary.written
    embedded = sum(o.file == o.photo for o in written)
    if summary.dry_run:
        said = cli_tag.tr(
            "Would write keywords for %Ln photos ({sidecars} in sidecars, {inside} inside the "
            "photo):",
            "",
            len(written),
        )
    else:
        said = cli_tag.tr(
            "Wrote keywords for %Ln photos ({sidecars} in sidecars, {inside} inside the photo):",
            "",
            len(written),
        )
    print(
        said.format(sidecars=count_text(len(written) - embedded), inside=count_text(embedded)),
        file=out,
    )
    width = max((display_width(k) for k in summary.counts), default=0)
    for keyword, n in sorted(summary.counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {pad(keyword, width)}  {n:6,}", file=out)
    for said in _counts(summary):
        print(said, file=out)
    print_files(translate("cli_tag", "Notes"), summary.notes, out)
    print_files(translate("cli_tag", "Left as they are"), summary.failed, out)
    if summary.dry_run:
        print(translate("cli_tag", "Dry run: nothing was written."), file=out)
        return
    if summary.earlier:
        print(
            cli_tag.tr("%Ln more photos were written by the run resumed.", "", summary.earlier),
            file=out,
        )
    rate = len(written) / summary.seconds if summary.seconds > 0 else 0.0
    took = translate("cli_tag", "Took {seconds} s ({rate} photos/s).")
    print(took.format(seconds=format(summary.seconds, ".1f"), rate=format(rate, ",.1f")), file=out)
    print(translate("cli_tag", "Manifest: {manifest}").format(manifest=summary.manifest), file=out)
    if summary.backups is not None and summary.backups.exists():
        print(
            translate(
                "cli_tag", "Originals kept in {folder} until you undo (or delete that folder)."
            ).format(folder=summary.backups),
            file=out,
        )
    print(
        translate("cli_tag", "Undo with: pictag tag --undo {manifest}").format(
            manifest=summary.manifest
        ),
        file=out,
    )


def _counts(summary: TagSummary) -> list[str]:
    """The summary's lines about photos given no new keywords, or their twin's."""
    said = []
    if summary.companions:
        said.append(
            cli_tag.tr(
                "%Ln of them are RAW files given their JPEG twin's keywords.",
                "",
                summary.companions,
            )
        )
    if summary.unchanged:
        said.append(
            cli_tag.tr(
                "%Ln photos already had these keywords from this model.",
                "",
                summary.unchanged,
            )
        )
    if summary.none_of_these:
        said.append(
            cli_tag.tr(
                "%Ln photos are none of the model's classes: no keyword (Pictag's own earlier "
                "keywords removed; --keep-known moves that line).",
                "",
                summary.none_of_these,
            )
        )
    if summary.nothing:
        said.append(
            cli_tag.tr(
                "%Ln photos have no label that reaches --min-confidence.",
                "",
                summary.nothing,
            )
        )
    return said


def print_undo_summary(summary: TagUndoSummary, out: IO[str]) -> None:
    restored, removed = len(summary.restored), len(summary.removed)
    if summary.dry_run:
        said = cli_tag.tr("Would restore %Ln files and remove {removed} sidecars.", "", restored)
    else:
        said = cli_tag.tr(
            "Restored %Ln files, removed {removed} sidecars Pictag had created.",
            "",
            restored,
        )
    print(said.format(removed=count_text(removed)), file=out)
    print_files(translate("cli_tag", "Left alone"), summary.skipped, out)
    if not (summary.restored or summary.removed or summary.skipped):
        print(translate("cli_tag", "Nothing left to undo."), file=out)
