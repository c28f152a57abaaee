"""Exporting a Pictag model for other runtimes: a SavedModel, a TFLite or an ONNX file, with
`labels.txt` and `README.txt` beside it, checked against the Keras model before it is kept.

The output is always a folder (model file or `saved_model/`, labels, readme), built in a hidden
staging folder beside it and renamed into place only after the parity check passed: a failed
export leaves nothing behind, and an existing export is replaced only when asked (`force`).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.atomic import UMASK, not_a_file
from app.core.errors import UsageError, write_error
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.model_file import ModelInfo, load_model_file, read_model_info
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.core.tf_runtime import import_keras, import_tensorflow, uint8_forward
from app.export.formats import (
    ARTIFACTS,
    FLOAT16,
    FORMAT_NAMES,
    FORMATS,
    NOVELTY,
    ONNX,
    ONNX_OPSET,
    PROBABILITIES,
    QUANTIZATIONS,
    SAVEDMODEL,
    TFLITE,
    takes_quantization,
)
from app.export.parity import (
    ParityError,
    ParityReport,
    artifact_runner,
    check_parity,
    generated_source,
    parity_images,
    tolerance_for,
)
from app.export.readme import readme_text

if TYPE_CHECKING:
    import keras

__all__ = ["ExportOptions", "ExportResult", "export_model"]

_EXPORT_FILES = {"labels.txt", "README.txt", *ARTIFACTS.values()}
# Translated when raised (`require_onnx`).
ONNX_MISSING = QT_TRANSLATE_NOOP(
    "export_exporter",
    "ONNX export needs Pictag's optional 'onnx' extra (tf2onnx and onnxruntime): "
    "pip install 'pictag[onnx]'",
)
ONNX_NOT_BUNDLED = QT_TRANSLATE_NOOP(
    "export_exporter",
    "this standalone Pictag does not include ONNX export; export to TFLite or SavedModel, or "
    "install Pictag with pip install 'pictag[onnx]' for ONNX",
)


@dataclass(frozen=True)
class ExportOptions:
    model: Path
    format: str
    output: Path  # a folder
    quantize: str | None = None
    force: bool = False  # replace an existing export at `output`
    images: Path | None = None  # check parity on the photos under this folder


@dataclass(frozen=True)
class ExportResult:
    output: Path
    artifact: Path
    size_bytes: int
    parity: ParityReport


def export_model(
    options: ExportOptions,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> ExportResult:
    """Convert, write labels and readme, check parity, then move the folder into place.

    Raises UsageError or ModelFileError before any work for a bad request, ParityError when
    the exported model does not answer like the Keras model, Cancelled when `token` ends it,
    WriteError when the drive refuses the files (a full disk).
    """
    report = progress or (lambda _event: None)
    token = token or Token()
    size = read_model_info(options.model).input_size  # fast: before TensorFlow
    _check_request(options)
    report(Progress(Stage.PARITY_IMAGES))  # before the conversion: --images may be refused
    images, source = parity_images(options.model, size, token=token, folder=options.images)
    _checkpoint(token)
    report(Progress(Stage.LOAD))
    model, info = load_model_file(options.model)
    staging = Path(tempfile.mkdtemp(prefix=f".{options.output.name}.", dir=_parent(options)))
    try:
        artifact = staging / ARTIFACTS[options.format]
        _checkpoint(token)
        converting = translate("export_exporter", "Converting to {format}")
        report(Progress(Stage.CONVERT, text=converting.format(format=describe(options))))
        _WRITERS[options.format](model, info, artifact, options.quantize, staging)
        (staging / "labels.txt").write_text("\n".join(info.labels) + "\n", encoding="utf-8")
        (staging / "README.txt").write_text(readme_text(options, info), encoding="utf-8")
        _checkpoint(token)
        try:
            parity = check_parity(
                artifact_runner(options.format, artifact),
                uint8_forward(model, info.input_size),
                images,
                source,
                tolerance_for(options.quantize),
                classes=len(info.labels),
                progress=report,
                token=token,
            )
        except ParityError as exc:
            refused = translate("export_exporter", "export refused: {reason}; nothing was written")
            raise ParityError(refused.format(reason=exc)) from None
        if not parity.passed:
            generated = source == generated_source()
            raise ParityError(_disagrees(options, parity, generated=generated), parity)
        _checkpoint(token)
        size = _size(artifact)
        _install(staging, options.output)
    except Exception as exc:  # TensorFlow's own ResourceExhaustedError on a full disk too
        advice = translate(
            "export_exporter",
            "nothing was written: free some space there or choose another --output",
        )
        if (error := write_error(exc, options.output, advice=advice)) is None:
            raise
        raise error from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ExportResult(options.output, options.output / ARTIFACTS[options.format], size, parity)


def _disagrees(options: ExportOptions, parity: ParityReport, *, generated: bool) -> str:
    """Why an export is refused when the exported model answers otherwise; on generated
    images, which sit near the decision boundary, with how to check on real photos."""
    if generated:
        said = translate(
            "export_exporter",
            "export refused: the exported model does not answer like {model} ({reasons}); "
            "nothing was written; generated images sit near the decision boundary, where "
            "rounded weights flip a few answers: check on real photos with --images FOLDER (in "
            "the app: Check with images from…), or keep the training report and its validation "
            "images beside the model",
        )
    else:
        said = translate(
            "export_exporter",
            "export refused: the exported model does not answer like {model} ({reasons}); "
            "nothing was written",
        )
    return said.format(model=options.model.name, reasons=parity.failure())


def describe(options: ExportOptions) -> str:
    name = FORMAT_NAMES[options.format]
    if not options.quantize:
        return name
    quantized = translate("export_exporter", "{format}, {quantization} quantization")
    return quantized.format(format=name, quantization=options.quantize)


def _check_request(options: ExportOptions) -> None:
    if options.format not in FORMATS:
        raise UsageError(
            translate("export_exporter", "unknown format {format}; choose {formats}").format(
                format=repr(options.format), formats=", ".join(FORMATS)
            )
        )
    if options.quantize is not None:
        _check_quantization(options)
    if options.format == ONNX:
        require_onnx()
    if options.images is not None and not options.images.is_dir():
        if options.images.exists():
            said = translate(
                "export_exporter", "{folder}: is not a folder (--images takes a folder of photos)"
            )
        else:
            said = translate(
                "export_exporter", "{folder}: no such folder (--images takes a folder of photos)"
            )
        raise UsageError(said.format(folder=options.images))
    _check_output(options)


def _check_quantization(options: ExportOptions) -> None:
    if options.quantize not in QUANTIZATIONS:
        raise UsageError(
            translate(
                "export_exporter", "unknown quantization {quantization}; choose {quantizations}"
            ).format(quantization=repr(options.quantize), quantizations=", ".join(QUANTIZATIONS))
        )
    if not takes_quantization(options.format):
        raise UsageError(
            translate(
                "export_exporter",
                "quantization applies to the {tflite} format only; the {format} format keeps "
                "float32 weights (leave out --quantize)",
            ).format(tflite=TFLITE, format=options.format)
        )


def _check_output(options: ExportOptions) -> None:
    output = options.output
    if output.exists() and not output.is_dir():  # a file, or a pipe or device never replaced
        kind = not_a_file(output)
        if kind is None:
            said = translate(
                "export_exporter",
                "{output}: is a file; the export goes into a folder, give a new name",
            )
        else:
            said = translate(
                "export_exporter",
                "{output}: is {kind}; the export goes into a folder, give a new name",
            )
        raise UsageError(said.format(output=output, kind=kind and translate("files", kind)))
    if output.is_dir() and any(output.iterdir()):
        if not options.force:
            raise UsageError(
                translate(
                    "export_exporter",
                    "{output}: the folder exists and is not empty; choose a new folder, or pass "
                    "--force to replace an earlier export there",
                ).format(output=output)
            )
        if not _is_export(output):
            raise UsageError(
                translate(
                    "export_exporter",
                    "{output}: holds files that are not a Pictag export; --force only replaces "
                    "an earlier export, choose another folder",
                ).format(output=output)
            )
    parent = _parent(options)
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(
            translate(
                "export_exporter", "{output}: cannot write in {parent} (missing or no permission)"
            ).format(output=output, parent=parent)
        )


def require_onnx() -> None:
    """Both halves of the extra: tf2onnx converts, onnxruntime runs the parity check.

    Looked up, not imported: importing tf2onnx imports TensorFlow, whose start-up chatter must
    go through app.core.tf_runtime's quiet import (the ONNX writer imports tf2onnx after it)."""
    if not all(_installed(name) for name in ("tf2onnx", "onnxruntime")):
        frozen = getattr(sys, "frozen", False)  # build.spec leaves the extra out
        raise UsageError(translate("export_exporter", ONNX_NOT_BUNDLED if frozen else ONNX_MISSING))


def _installed(name: str) -> bool:
    try:  # None also for a module set to None in sys.modules, as a blocked import is
        return importlib.util.find_spec(name) is not None
    except ValueError:  # in sys.modules already, without a spec: present
        return True


def _is_export(folder: Path) -> bool:
    names = {p.name for p in folder.iterdir()}
    return "labels.txt" in names and names <= _EXPORT_FILES


def _parent(options: ExportOptions) -> Path:
    return options.output.absolute().parent


def _checkpoint(token: Token) -> None:
    token.check()


def _install(staging: Path, output: Path) -> None:
    """Rename the checked export into place; an earlier export is set aside until then."""
    old = None
    if output.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{output.name}.old.", dir=output.absolute().parent))
        os.replace(output, old / output.name)
    try:
        os.replace(staging, output)
    except OSError:
        if old is not None:
            os.replace(old / output.name, output)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    os.chmod(output, 0o777 & ~UMASK)  # mkdtemp made it private; an export is for sharing


def _size(artifact: Path) -> int:
    if artifact.is_file():
        return artifact.stat().st_size
    return sum(p.stat().st_size for p in artifact.rglob("*") if p.is_file())


# -- writers ----------------------------------------------------------------------------------


def _serving_function(model: keras.Model, info: ModelInfo):
    """Named input `pixels` (float32 RGB 0..255) and output `probabilities` (and, for a model
    with an unknown-photo detector, `novelty`): the Keras model already holds its
    preprocessing, so nothing is added but the names."""
    tf = import_tensorflow()
    size, classes = info.input_size, len(info.labels)
    spec = tf.TensorSpec([None, size, size, 3], tf.float32, name="pixels")
    if not info.decision.extra_outputs:
        return spec, lambda pixels: {PROBABILITIES: model(pixels, training=False)}

    def serve(pixels):
        outputs = model(pixels, training=False)
        return {PROBABILITIES: outputs[:, :classes], NOVELTY: outputs[:, classes]}

    return spec, serve


def _write_savedmodel(
    model: keras.Model, info: ModelInfo, artifact: Path, _quantize: str | None, _staging: Path
) -> None:
    # Keras' ExportArchive, not tf.saved_model.save on a tf.Module: the TFLite converter reads
    # Keras 3 variables tracked by a plain tf.Module as zeros (measured), and this way it does not.
    keras = import_keras()
    spec, serve = _serving_function(model, info)
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint(name="serving_default", fn=serve, input_signature=[spec])
    archive.write_out(str(artifact), verbose=False)


def _write_tflite(
    model: keras.Model, info: ModelInfo, artifact: Path, quantize: str | None, staging: Path
) -> None:
    tf = import_tensorflow()
    saved = staging / ".saved_model"
    _write_savedmodel(model, info, saved, None, staging)
    converter = tf.lite.TFLiteConverter.from_saved_model(str(saved))
    if quantize is not None:
        converter.optimizations = [tf.lite.Optimize.DEFAULT]  # alone: int8 weights (dynamic)
    if quantize == FLOAT16:
        converter.target_spec.supported_types = [tf.float16]
    artifact.write_bytes(converter.convert())
    shutil.rmtree(saved)


def _write_onnx(
    model: keras.Model, info: ModelInfo, artifact: Path, _quantize: str | None, _staging: Path
) -> None:
    tf = import_tensorflow()  # loaded quietly already (the model is); tf2onnx imports it too
    import tf2onnx

    spec, serve = _serving_function(model, info)
    proto, _ = tf2onnx.convert.from_function(
        tf.function(serve), input_signature=[spec], opset=ONNX_OPSET
    )
    artifact.write_bytes(proto.SerializeToString())


_WRITERS = {SAVEDMODEL: _write_savedmodel, TFLITE: _write_tflite, ONNX: _write_onnx}
