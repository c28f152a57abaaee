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
from app.core.model_file import ModelInfo, load_model_file, read_model_info
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.core.tf_runtime import import_keras, import_tensorflow, uint8_forward
from app.export.formats import (
    FLOAT16,
    FORMAT_NAMES,
    FORMATS,
    NOVELTY,
    ONNX,
    PROBABILITIES,
    QUANTIZATIONS,
    SAVEDMODEL,
    TFLITE,
    takes_quantization,
)
from app.export.outputs_text import decision_text, probabilities_text
from app.export.parity import (
    GENERATED_SOURCE,
    ParityError,
    ParityReport,
    artifact_runner,
    check_parity,
    parity_images,
    tolerance_for,
)

if TYPE_CHECKING:
    import keras

__all__ = ["ExportOptions", "ExportResult", "export_model"]

ARTIFACTS = {SAVEDMODEL: "saved_model", TFLITE: "model.tflite", ONNX: "model.onnx"}
_EXPORT_FILES = {"labels.txt", "README.txt", *ARTIFACTS.values()}
ONNX_OPSET = 17
ONNX_MISSING = (
    "ONNX export needs Pictag's optional 'onnx' extra (tf2onnx and onnxruntime): "
    "pip install 'pictag[onnx]'"
)
ONNX_NOT_BUNDLED = (
    "this standalone Pictag does not include ONNX export; export to TFLite or SavedModel, or "
    "install Pictag with pip install 'pictag[onnx]' for ONNX"
)

GENERATED_HINT = (
    "generated images sit near the decision boundary, where rounded weights flip a few "
    "answers: check on real photos with --images FOLDER (in the app: Check with images "
    "from…), or keep the training report and its validation images beside the model"
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
        report(Progress(Stage.CONVERT, text=f"Converting to {describe(options)}"))
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
            raise ParityError(f"export refused: {exc}; nothing was written") from None
        if not parity.passed:
            hint = f"; {GENERATED_HINT}" if source == GENERATED_SOURCE else ""
            raise ParityError(
                f"export refused: the exported model does not answer like {options.model.name} "
                f"({parity.failure()}); nothing was written{hint}",
                parity,
            )
        _checkpoint(token)
        size = _size(artifact)
        _install(staging, options.output)
    except Exception as exc:  # TensorFlow's own ResourceExhaustedError on a full disk too
        advice = "nothing was written: free some space there or choose another --output"
        if (error := write_error(exc, options.output, advice=advice)) is None:
            raise
        raise error from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ExportResult(options.output, options.output / ARTIFACTS[options.format], size, parity)


def describe(options: ExportOptions) -> str:
    quantized = f", {options.quantize} quantization" if options.quantize else ""
    return f"{FORMAT_NAMES[options.format]}{quantized}"


def _check_request(options: ExportOptions) -> None:
    if options.format not in FORMATS:
        raise UsageError(f"unknown format {options.format!r}; choose {', '.join(FORMATS)}")
    if options.quantize is not None:
        if options.quantize not in QUANTIZATIONS:
            raise UsageError(
                f"unknown quantization {options.quantize!r}; choose {', '.join(QUANTIZATIONS)}"
            )
        if not takes_quantization(options.format):
            raise UsageError(
                f"quantization applies to the {TFLITE} format only; the {options.format} format "
                "keeps float32 weights (leave out --quantize)"
            )
    if options.format == ONNX:
        require_onnx()
    if options.images is not None and not options.images.is_dir():
        what = "is not a folder" if options.images.exists() else "no such folder"
        raise UsageError(f"{options.images}: {what} (--images takes a folder of photos)")
    output = options.output
    if output.exists() and not output.is_dir():  # a file, or a pipe or device never replaced
        raise UsageError(
            f"{output}: is {not_a_file(output) or 'a file'}; the export goes into a folder, "
            "give a new name"
        )
    if output.is_dir() and any(output.iterdir()):
        if not options.force:
            raise UsageError(
                f"{output}: the folder exists and is not empty; choose a new folder, or pass "
                "--force to replace an earlier export there"
            )
        if not _is_export(output):
            raise UsageError(
                f"{output}: holds files that are not a Pictag export; --force only replaces an "
                "earlier export, choose another folder"
            )
    parent = _parent(options)
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"{output}: cannot write in {parent} (missing or no permission)")


def require_onnx() -> None:
    """Both halves of the extra: tf2onnx converts, onnxruntime runs the parity check.

    Looked up, not imported: importing tf2onnx imports TensorFlow, whose start-up chatter must
    go through app.core.tf_runtime's quiet import (the ONNX writer imports tf2onnx after it)."""
    if not all(_installed(name) for name in ("tf2onnx", "onnxruntime")):
        frozen = getattr(sys, "frozen", False)  # build.spec leaves the extra out
        raise UsageError(ONNX_NOT_BUNDLED if frozen else ONNX_MISSING)


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


# -- README.txt -------------------------------------------------------------------------------


_SNIPPETS = {
    SAVEDMODEL: """\
import numpy as np, tensorflow as tf
from PIL import Image, ImageOps

serve = tf.saved_model.load("saved_model").signatures["serving_default"]
labels = open("labels.txt", encoding="utf-8").read().splitlines()
image = ImageOps.exif_transpose(Image.open("photo.jpg")).convert("RGB")
pixels = np.asarray(image.resize(({size}, {size}), Image.Resampling.BILINEAR), np.float32)[None]
probabilities = serve(pixels=tf.constant(pixels))["probabilities"].numpy()[0]
print(labels[probabilities.argmax()], probabilities.max())
""",
    TFLITE: """\
import numpy as np
from ai_edge_litert.interpreter import Interpreter   # pip install ai-edge-litert
from PIL import Image, ImageOps

runner = Interpreter("model.tflite").get_signature_runner("serving_default")
labels = open("labels.txt", encoding="utf-8").read().splitlines()
image = ImageOps.exif_transpose(Image.open("photo.jpg")).convert("RGB")
pixels = np.asarray(image.resize(({size}, {size}), Image.Resampling.BILINEAR), np.float32)[None]
probabilities = runner(pixels=pixels)["probabilities"][0]
print(labels[probabilities.argmax()], probabilities.max())
""",
    ONNX: """\
import numpy as np, onnxruntime
from PIL import Image, ImageOps

session = onnxruntime.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
labels = open("labels.txt", encoding="utf-8").read().splitlines()
image = ImageOps.exif_transpose(Image.open("photo.jpg")).convert("RGB")
pixels = np.asarray(image.resize(({size}, {size}), Image.Resampling.BILINEAR), np.float32)[None]
probabilities = session.run(["probabilities"], {{"pixels": pixels}})[0][0]
print(labels[probabilities.argmax()], probabilities.max())
""",
}


def readme_text(options: ExportOptions, info: ModelInfo) -> str:
    size = info.input_size
    artifact = ARTIFACTS[options.format]
    entry = "signature 'serving_default'" if options.format != ONNX else f"ONNX opset {ONNX_OPSET}"
    return f"""\
{options.model.name} exported by Pictag as {describe(options)}: {artifact}
({entry}), a {info.base} classifier of {len(info.labels)} classes.

Input 'pixels': float32, shape [N, {size}, {size}, 3] (any batch size N): RGB pixels 0..255 of
  the whole upright image resized to {size}x{size} (bilinear, no cropping), as Pictag does.
  Do not scale or normalise them: the model does it itself.
Output 'probabilities': float32, shape [N, {len(info.labels)}]{probabilities_text(info)}. Column i
  is the class on line i+1 of labels.txt.
{decision_text(info)}
Minimal use in Python:

{_SNIPPETS[options.format].format(size=size)}"""
