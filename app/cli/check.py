"""`pictag check`: what is likely wrong in a training folder (label errors, near-duplicates,
outliers), as a table, CSV or JSON lines; the summary and notes go to stderr."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.cli.args import EXIT_OK, EXIT_SOME_FAILED, exit_epilog, fraction, positive_int
from app.cli.classify import output_stream
from app.cli.label_source import add_label_source_arguments
from app.core.formats import CSV, FORMATS, JSONL, TABLE
from app.core.i18n import Context, translate
from app.core.path_text import pad
from app.core.progress import Note, Token
from app.core.registry import ARCHITECTURES
from training.options import DEFAULTS

cli_check = Context("cli_check")

if TYPE_CHECKING:
    from training.check.findings import Finding
    from training.check.run import CheckReport

__all__ = ["add_check_parser", "run_check", "write_findings"]

_PATH_WIDTH = 60


def add_check_parser(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check",
        help="find likely label errors, near-duplicates and outliers in a training folder",
        description="Check DATA_DIR (one sub-folder per class) for photos whose folder label is "
        "likely wrong (each judged by heads trained without it, ranked by confident learning), "
        "near-duplicates (within a class, across classes, across training and validation) and "
        "outliers (far from every class). Uses the same base and feature cache as 'pictag "
        "train', so a check after training computes no features again. One finding per line, "
        "likeliest first within each kind; findings kept in the app are not shown again.",
        epilog=exit_epilog("nothing found", "findings reported")
        + " A folder that cannot be trained on (fewer than 2 classes...) is a usage error, "
        "raised before any feature is computed.",
    )
    check.add_argument(
        "data_dir", type=Path, metavar="DATA_DIR",
        help="one sub-folder per class (with --keywords or --labels-csv: any folder of photos)",
    )  # fmt: skip
    add_label_source_arguments(check)
    val = check.add_mutually_exclusive_group()
    val.add_argument(
        "--validation-dir", type=Path, metavar="DIR", help="validation images, same classes"
    )
    val.add_argument(
        "--validation-split", type=fraction, default=DEFAULTS["validation_split"], metavar="F",
        help="the share training holds out, to find leaks across its split "
        f"({DEFAULTS['validation_split']})",
    )  # fmt: skip
    check.add_argument("--base", choices=tuple(ARCHITECTURES), default=DEFAULTS["base"])
    check.add_argument(
        "--weights", default="imagenet", metavar="WEIGHTS",
        help="'imagenet' (default) or a weights file for the base without its top",
    )  # fmt: skip
    check.add_argument("--image-size", type=positive_int, metavar="N", help="as for train")
    check.add_argument(
        "--folds", type=positive_int, default=5, metavar="K", help="cross-validation folds (5)"
    )
    check.add_argument("--seed", type=int, default=DEFAULTS["seed"], metavar="N")
    check.add_argument("--format", choices=FORMATS, default=TABLE)
    check.add_argument(
        "--output", type=Path, metavar="FILE",
        help="write the findings to FILE (replaced atomically), or into a pipe or device as "
        "they come; '-' is stdout (the default)",
    )  # fmt: skip
    check.add_argument(
        "--show-kept", action="store_true", help="also the findings a person chose to keep"
    )
    check.add_argument("--no-cache", action="store_true", help="do not use the feature cache")
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from app.cli.terminal import ProgressDisplay
    from training.check.run import CheckOptions, check_dataset

    options = CheckOptions(
        args.data_dir, args.validation_dir, args.validation_split, args.seed, args.base,
        args.weights, args.image_size, args.folds, use_cache=not args.no_cache,
        show_kept=args.show_kept, keywords=args.keywords, labels_csv=args.labels_csv,
        untagged=args.untagged,
    )  # fmt: skip
    options.check()
    display = ProgressDisplay()
    try:
        report = check_dataset(options, progress=display, token=Token())
    finally:
        display.close()
    with output_stream(args.output) as out:
        write_findings(report.findings, args.format, out)
    print_summary(report, sys.stderr)
    return EXIT_SOME_FAILED if report.findings else EXIT_OK


def write_findings(findings: list[Finding], fmt: str, out: IO[str]) -> None:
    from training.check.findings import FIELDS

    if fmt == JSONL:
        for f in findings:
            out.write(json.dumps(f.record(), ensure_ascii=False) + "\n")
    elif fmt == CSV:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(FIELDS)
        for f in findings:
            writer.writerow(["" if v is None else v for v in f.record().values()])
    else:
        _table(findings, out)


def _table(findings: list[Finding], out: IO[str]) -> None:
    from training.check.findings import LABEL, shown_word

    kind, score = translate("cli_check", "KIND"), translate("cli_check", "SCORE")
    what, split = (
        translate("cli_check", "LABEL -> SUGGESTED / WHY"),
        translate("cli_check", "SPLIT"),
    )
    file = translate("cli_check", "FILE")
    out.write(f"{pad(kind, 10)} {pad(score, 6, '>')}  {pad(what, 30)} {pad(split, 10)} {file}\n")
    for f in findings:
        if f.suggested is not None:
            what = f"{f.label} -> {f.suggested}"
        elif f.kind == LABEL and f.reason:  # a multi-label finding: which label, which way
            what = translate("cli_check", "{reason} {label}").format(
                reason=shown_word(f.reason), label=f.label
            )
        elif f.group is not None:
            what = translate("cli_check", "{label} (group {group}, {reason})").format(
                label=f.label, group=f.group, reason=shown_word(f.reason)
            )
        else:
            what = f.label
        path = str(f.path)
        if len(path) > _PATH_WIDTH:
            path = "…" + path[-(_PATH_WIDTH - 1) :]
        kind, split = pad(shown_word(f.kind), 10), pad(shown_word(f.split), 10)
        out.write(f"{kind} {f.score:>6.3f}  {pad(what, 30)} {split} {path}".rstrip())
        out.write("\n")


def print_summary(report: CheckReport, out: IO[str]) -> None:
    from app.cli.terminal import count_text
    from training.check.findings import DUPLICATE

    counts = report.counts()
    groups = len({f.group for f in report.of_kind(DUPLICATE)})
    for path, reason in report.skipped:
        print(Note.skipped(path, reason).line, file=out)
    for note in report.notes:
        print(translate("cli_check", "Note: {note}").format(note=note), file=out)
    if report.kept:
        said = cli_check.tr(
            "Checked %Ln photos in {seconds} s ({computed} features computed, {cached} from the "
            "cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} "
            "groups, {outliers} outliers; {kept} kept findings not shown (--show-kept).",
            "",
            report.images,
        )
    else:
        said = cli_check.tr(
            "Checked %Ln photos in {seconds} s ({computed} features computed, {cached} from the "
            "cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} "
            "groups, {outliers} outliers.",
            "",
            report.images,
        )
    print(
        said.format(
            seconds=format(report.seconds, ".1f"), computed=count_text(report.features_computed),
            cached=count_text(report.features_cached), labels=counts["label"],
            duplicates=counts["duplicate"], groups=groups, outliers=counts["outlier"],
            kept=report.kept,
        ),
        file=out,
    )  # fmt: skip
