"""`pictag export`: a Pictag model as a SavedModel, TFLite or ONNX folder, checked for parity."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from app.cli.args import EXIT_OK, EXIT_SOME_FAILED, error_line, exit_epilog
from app.cli.terminal import ProgressDisplay
from app.core.i18n import translate
from app.export.formats import DYNAMIC, FLOAT16, FORMATS, QUANTIZATIONS, TFLITE

__all__ = ["add_export_parser", "run_export"]


def add_export_parser(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="export a trained model as a SavedModel, TFLite or ONNX folder",
        description="Export a Pictag model for other runtimes. OUTPUT is a folder holding the "
        "model (saved_model/, model.tflite or model.onnx), labels.txt and README.txt. The "
        "exported model takes float32 RGB pixels 0..255 at the model's input size and outputs "
        "class probabilities. Before anything is written, it is run beside the Keras model on "
        "the images under --images FOLDER, else the model's validation images, else generated "
        "ones, and refused if they disagree.",
        epilog=exit_epilog(
            "exported", "parity check failed (nothing written)", " (nothing written)"
        )
        + " ONNX needs: pip install 'pictag[onnx]'.",
    )
    export.add_argument("model", type=Path, metavar="MODEL.keras", help="a Pictag model file")
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument(
        "--quantize",
        choices=QUANTIZATIONS,
        help=f"{TFLITE} only: int8 weights ({DYNAMIC}, ~4x smaller) or float16 weights "
        f"({FLOAT16}, ~2x smaller)",
    )
    export.add_argument(
        "--output", "-o", type=Path, required=True, metavar="FOLDER", help="a new folder"
    )
    export.add_argument(
        "--force", action="store_true", help="replace an earlier Pictag export in FOLDER"
    )
    export.add_argument(
        "--images",
        type=Path,
        metavar="FOLDER",
        help="check parity on up to 200 photos under FOLDER (and its subfolders) instead of "
        "the validation images the training report lists, or generated ones without them",
    )
    export.set_defaults(
        handler=run_export, interrupted_note=translate("cli_export", "nothing was written")
    )


def run_export(args: argparse.Namespace) -> int:
    from app.export.exporter import ExportOptions, describe, export_model
    from app.export.parity import ParityError

    options = ExportOptions(
        args.model, args.format, args.output, args.quantize, args.force, args.images
    )
    display = ProgressDisplay()
    refused: ParityError | None = None
    try:
        result = export_model(options, progress=display)
    except ParityError as exc:
        refused = exc
    finally:
        display.close()
    if refused is not None:
        if refused.report is not None:
            print("\n".join(refused.report.lines()))
        print(error_line(refused), file=sys.stderr)
        return EXIT_SOME_FAILED
    print("\n".join(result.parity.lines()))
    size = tqdm.format_sizeof(result.size_bytes, "B", 1024)
    print(
        translate(
            "cli_export",
            "Exported {model} as {format} to {output} ({artifact}: {size}, labels.txt, README.txt)",
        ).format(
            model=args.model.name,
            format=describe(options),
            output=result.output,
            artifact=result.artifact.name,
            size=size,
        )  # fmt: skip
    )
    return EXIT_OK
