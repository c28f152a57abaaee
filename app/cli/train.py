"""`pictag train`: the training engine on the command line, with a report a person can read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.cli.args import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    add_backend_argument,
    add_wait_argument,
    exit_epilog,
    fraction,
    non_negative_int,
    positive_int,
)
from app.cli.interrupt import EXIT_HELP
from app.cli.label_source import add_label_source_arguments
from app.cli.score_table import ScoreTable, multi_label_columns, single_label_columns
from app.cli.training_console import MAX_LISTED, run_with_ctrl_c
from app.core.formats import LABELS_SEPARATOR
from app.core.i18n import Context, translate
from app.core.path_text import clip, pad
from app.core.progress import Token
from app.core.registry import ARCHITECTURES, SIZE_STEP
from training.distribute import STRATEGIES
from training.options import (
    AUTO,
    DEFAULTS,
    OFF,
    SMALL_DATASET,
    make_options,
)

cli_train = Context("cli_train")

if TYPE_CHECKING:
    from training.evaluation import Evaluation
    from training.multi_evaluation import MultiLabelEvaluation

__all__ = ["add_train_parser", "run_train", "print_evaluation", "print_multi_label_evaluation"]


def add_train_parser(commands: argparse._SubParsersAction) -> None:
    train = commands.add_parser(
        "train",
        help="train a model on your own labeled folders",
        description="Train a classifier on DATA_DIR, which holds one sub-folder per class "
        "(DATA_DIR/<class name>/*.jpg), or, with --keywords PARENT, on the photos under DATA_DIR "
        "keyworded PARENT|<class>. Phase 1 trains a new head on features of the frozen "
        "base; phase 2 fine-tunes the base's top layers. Saves a Pictag model file and a JSON "
        "report beside it.",
        epilog=exit_epilog("trained and saved", interrupted=f" ({EXIT_HELP})")
        + " A training folder that cannot be trained on is a usage error.",
    )
    train.add_argument(
        "data_dir", type=Path, metavar="DATA_DIR",
        help="one sub-folder per class (with --keywords: any folder of keyworded photos)",
    )  # fmt: skip
    add_label_source_arguments(train)
    kind = train.add_mutually_exclusive_group()
    kind.add_argument(
        "--multi-label", dest="multi_label", action="store_const", const=True,
        help="one yes/no output per label, each with its own threshold (the default when a "
        'photo has several labels or there are "none of these" examples)',
    )  # fmt: skip
    kind.add_argument(
        "--single-label", dest="multi_label", action="store_const", const=False,
        help="one label per photo (photos with several labels or none are left out)",
    )  # fmt: skip
    train.add_argument(
        "--output", "-o", type=Path, required=True, metavar="MODEL.keras", help="model file"
    )
    val = train.add_mutually_exclusive_group()
    val.add_argument(
        "--validation-dir", type=Path, metavar="DIR", help="validation images, same classes"
    )
    val.add_argument(
        "--validation-split",
        type=fraction,
        default=DEFAULTS["validation_split"],
        metavar="F",
        help="fraction of each class held out for validation when no --validation-dir "
        f"({DEFAULTS['validation_split']})",
    )
    train.add_argument(
        "--base", choices=tuple(ARCHITECTURES), default=DEFAULTS["base"],
        help=f"the pretrained network to start from ({DEFAULTS['base']})",
    )  # fmt: skip
    train.add_argument(
        "--weights",
        default=DEFAULTS["weights"],
        metavar="WEIGHTS",
        help="'imagenet' (default), a weights file for the base without its top, or 'none'",
    )
    train.add_argument(
        "--image-size", type=positive_int, metavar="N",
        help="input size in pixels (default: the training photos' median shorter side to the "
        f"nearest {SIZE_STEP}, within {_size_ranges()})",
    )  # fmt: skip
    train.add_argument(
        "--epochs", type=positive_int, default=DEFAULTS["epochs"], metavar="N",
        help="phase 1 (new head) epochs at most; early stopping may end sooner "
        f"({DEFAULTS['epochs']})",
    )  # fmt: skip
    phase2 = train.add_mutually_exclusive_group()
    phase2.add_argument(
        "--fine-tune-epochs", type=non_negative_int, default=DEFAULTS["fine_tune_epochs"],
        metavar="N", help=f"phase 2 (fine-tuning) epochs; 0 skips phase 2 "
        f"({DEFAULTS['fine_tune_epochs']})",
    )  # fmt: skip
    phase2.add_argument(
        "--head-only", action="store_true",
        help="phase 1 only (the same as --fine-tune-epochs 0): a first model in seconds from "
        "the feature cache, to improve with 'pictag update'",
    )  # fmt: skip
    train.add_argument(
        "--fine-tune-at", type=non_negative_int, metavar="N",
        help="first base layer to unfreeze in phase 2 (default: "
        f"{_per_architecture('fine_tune_at')})",
    )  # fmt: skip
    train.add_argument(
        "--batch-size", type=positive_int, default=DEFAULTS["batch_size"], metavar="N",
        help=f"images per step on each device ({DEFAULTS['batch_size']}); with --strategy, "
        "a step trains on this times the replicas",
    )  # fmt: skip
    train.add_argument(
        "--learning-rate", type=float, default=DEFAULTS["learning_rate"], metavar="X",
        help=f"phase 1 learning rate ({DEFAULTS['learning_rate']:g})",
    )  # fmt: skip
    train.add_argument(
        "--fine-tune-learning-rate", type=float, metavar="X",
        help="phase 2 learning rate (default: a tenth of --learning-rate)",
    )  # fmt: skip
    train.add_argument(
        "--augment-views", type=non_negative_int, metavar="N",
        help="augmented copies of each training image in phase 1, the first being its mirror "
        f"image (default: 1 below {SMALL_DATASET:,} training images, else 0)",
    )  # fmt: skip
    train.add_argument(
        "--no-augment", action="store_true",
        help="no augmentation at all (for images whose orientation matters, e.g. text)",
    )  # fmt: skip
    train.add_argument(
        "--seed", type=int, default=DEFAULTS["seed"], metavar="N", help="for the split and init"
    )
    train.add_argument(
        "--report", type=Path, metavar="FILE", help="JSON report path (default: MODEL.report.json)"
    )
    train.add_argument(
        "--no-cache", action="store_true", help="do not read or write the feature cache"
    )
    train.add_argument(
        "--keep-known", type=float, default=DEFAULTS["keep_known"], metavar="SHARE",
        help='the share of known (validation) photos the "none of these" detector keeps '
        "(default: %(default)s; 1 turns it off); a photo less like the classes than those is "
        "given no label. Classify can move it later without retraining",
    )  # fmt: skip
    add_backend_argument(train, "phase 1's frozen base (phase 2 always trains with TensorFlow)")
    add_wait_argument(train)
    train.add_argument(
        "--strategy", choices=STRATEGIES, default=DEFAULTS["strategy"],
        help="tf.distribute: 'mirrored' trains on every GPU of this machine, 'multi-worker' on "
        "the machines TF_CONFIG lists, 'default' on one device; 'auto' (default) picks "
        "multi-worker with TF_CONFIG, mirrored with several GPUs",
    )  # fmt: skip
    train.set_defaults(
        handler=run_train, interrupted_note=translate("cli_train", "nothing was written")
    )


def _per_architecture(field: str) -> str:
    """An architecture-dependent default, for the help: "288 for mobilenet_v2, 299 for ..."."""
    return ", ".join(f"{getattr(a, field)} for {a.name}" for a in ARCHITECTURES.values())


def _size_ranges() -> str:
    """The default input size's range per architecture, for the help: "224-288 for ..."."""
    return ", ".join(
        f"{a.min_train_size}-{a.train_size} for {a.name}"
        if a.min_train_size < a.train_size
        else f"{a.train_size} for {a.name}"
        for a in ARCHITECTURES.values()
    )


def run_train(args: argparse.Namespace) -> int:
    from training.trainer import train

    options = make_options(
        args.data_dir,
        args.output,
        weights=args.weights,
        augment=OFF
        if args.no_augment
        else AUTO
        if args.augment_views is None
        else args.augment_views,
        validation_dir=args.validation_dir,
        validation_split=args.validation_split,
        base=args.base,
        image_size=args.image_size,
        epochs=args.epochs,
        fine_tune_epochs=0 if args.head_only else args.fine_tune_epochs,
        fine_tune_at=args.fine_tune_at,
        batch_size=args.batch_size,
        learning_rate=args.learning_rate,
        fine_tune_learning_rate=args.fine_tune_learning_rate,
        seed=args.seed,
        report=args.report,
        use_cache=not args.no_cache,
        keywords=args.keywords,
        untagged=args.untagged,
        labels_csv=args.labels_csv,
        multi_label=args.multi_label,
        backend=args.backend,
        strategy=args.strategy,
        keep_known=args.keep_known,
    )
    token = Token()
    result = run_with_ctrl_c(lambda console: train(options, console, token, wait=args.wait), token)
    out = sys.stdout
    if not result.saved:
        print(
            translate(
                "cli_train", "Trained as a worker in {seconds} s; the chief saves the model."
            ).format(seconds=format(result.seconds, ".0f")),
            file=out,
        )
        return EXIT_OK
    print_evaluation(result.evaluation, out)
    if result.open_set is not None:
        from training.open_set import describe_open_set

        print(f"\n{describe_open_set(result.open_set)}", file=out)
    if result.stopped_by_user:
        saved = translate("cli_train", "Saved {model} (stopped early by request)")
    else:
        saved = translate("cli_train", "Saved {model}")
    print(f"\n{saved.format(model=result.model_path)}", file=out)
    print(translate("cli_train", "Report {report}").format(report=result.report_path), file=out)
    print(
        translate(
            "cli_train", "Took {seconds} s. Classify with: pictag classify --model {model} PHOTOS"
        ).format(seconds=format(result.seconds, ".0f"), model=result.model_path),
        file=out,
    )
    print(
        translate("cli_train", "After adding photos to {folder}: pictag update {model}").format(
            folder=args.data_dir, model=result.model_path
        ),
        file=out,
    )
    return EXIT_INTERRUPTED if token.stop_requested else EXIT_OK


def print_evaluation(evaluation: Evaluation | MultiLabelEvaluation, out: IO[str]) -> None:
    if evaluation.multi_label:
        print_multi_label_evaluation(evaluation, out)  # type: ignore[arg-type]
        return
    classes = evaluation.classes
    validation = cli_train.tr(
        "Validation: %Ln images, accuracy {accuracy}, loss {loss}", "", evaluation.count
    )
    print(
        "\n"
        + validation.format(
            accuracy=format(evaluation.accuracy, ".2%"), loss=format(evaluation.loss, ".4f")
        ),
        file=out,
    )
    table = ScoreTable(translate("cli_train", "class"), classes, single_label_columns())
    print(f"\n{table.heading()}", file=out)
    for c in evaluation.per_class:
        print(table.row(c.name, c.precision, c.recall, c.f1, c.support), file=out)
    print(
        "\n" + translate("cli_train", "Confusion matrix (rows: true class, columns: predicted)"),
        file=out,
    )
    width = table.width
    cell = max(5, *(len(str(v)) for v in evaluation.confusion.flat))
    short = [clip(c, cell) for c in classes]
    print(" " * width + "  " + " ".join(pad(s, cell, ">") for s in short), file=out)
    for name, row in zip(classes, evaluation.confusion, strict=True):
        print(pad(name, width) + "  " + " ".join(f"{v:>{cell}d}" for v in row), file=out)
    if evaluation.mistakes:
        shown = evaluation.mistakes[:MAX_LISTED]
        print(
            "\n"
            + translate("cli_train", "Misclassified ({count}), most confident first:").format(
                count=len(evaluation.mistakes)
            ),
            file=out,
        )
        for m in shown:
            print(
                f"  {m.path}: {m.true_label} -> {m.predicted_label} ({m.confidence:.0%})",
                file=out,
            )
        if len(evaluation.mistakes) > len(shown):
            print(_more_in_report(len(evaluation.mistakes) - len(shown)), file=out)


def print_multi_label_evaluation(evaluation: MultiLabelEvaluation, out: IO[str]) -> None:
    """A multi-label model's scores: per label, then over all labels; the photos whose labels
    are not exactly right."""
    e = evaluation
    none = ""
    if e.none_labeled is not None:
        none = translate(
            "cli_train", ', "none of these" photos given a label {share} of {count}'
        ).format(share=format(e.none_labeled, ".0%"), count=e.none_photos)
    validation = cli_train.tr(
        "Validation: %Ln images (multi-label), mAP {map}, micro-F1 {f1}, exact match {exact}"
        "{none}, loss {loss}",
        "",
        e.count,
    )
    print(
        "\n" + validation.format(
            map=format(e.mean_average_precision, ".3f"), f1=format(e.micro_f1, ".3f"),
            exact=format(e.accuracy, ".2%"), none=none, loss=format(e.loss, ".4f"),
        ),
        file=out,
    )  # fmt: skip
    table = ScoreTable(translate("cli_train", "label"), e.classes, multi_label_columns())
    print(f"\n{table.heading()}", file=out)
    for c in e.per_label:
        print(
            table.row(
                c.name, c.precision, c.recall, c.f1, c.average_precision, c.threshold, c.support
            ),
            file=out,
        )
    if e.mistakes:
        shown = e.mistakes[:MAX_LISTED]
        print(
            "\n"
            + translate("cli_train", "Not exactly right ({count}):").format(count=len(e.mistakes)),
            file=out,
        )
        nothing = translate("cli_train", "none")
        for m in shown:
            true = LABELS_SEPARATOR.join(m.true_labels) or nothing
            given = LABELS_SEPARATOR.join(m.given_labels) or nothing
            print(f"  {m.path}: {true} -> {given}", file=out)
        if len(e.mistakes) > len(shown):
            print(_more_in_report(len(e.mistakes) - len(shown)), file=out)


def _more_in_report(count: int) -> str:
    return cli_train.tr("  ... %Ln more in the report", "", count)
