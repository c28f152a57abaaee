"""Does an exported model answer like the Keras model it came from? Both run on the same images
and are compared: top-1 agreement and the largest probability difference, against a tolerance
per format (quantized formats round weights, so they get a looser one); for a model that can
say "none of these", the novelty too, relative to its size."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from app.core.agreement import compare, generated_images
from app.core.batching import DEFAULT_BATCH_SIZE
from app.core.decode_ahead import decoded_batches
from app.core.discovery import discover
from app.core.errors import Cancelled, PictagError, UsageError, first_line
from app.core.i18n import Context, translate
from app.core.litert import open_interpreter
from app.core.model_file import report_path_for
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.core.tf_runtime import import_tensorflow, native_output_to_log
from app.export.formats import DYNAMIC, FLOAT16, NOVELTY, ONNX, PROBABILITIES, SAVEDMODEL, TFLITE

export_parity = Context("export_parity")

__all__ = [
    "generated_source",
    "MIN_AGREEMENT",
    "ParityError",
    "ParityReport",
    "artifact_runner",
    "check_parity",
    "parity_images",
    "tolerance_for",
]

MIN_AGREEMENT = 0.99
# Largest |p_export - p_keras| allowed over every image and class. Float exports differ by
# rounding alone (measured: 1e-6 on MobileNetV2); float16 weights and int8 weights cost more
# (measured on MobileNetV2: see docs/export.md), and these bounds leave several times that margin.
TOLERANCES: dict[str | None, float] = {None: 1e-3, FLOAT16: 0.02, DYNAMIC: 0.25}
MAX_IMAGES = 200
GENERATED_IMAGES = 100
_BATCH = DEFAULT_BATCH_SIZE

Runner = Callable[[np.ndarray], np.ndarray]
"""(n, size, size, 3) float32 pixels 0..255 -> (n, classes) probabilities, then the novelty
column when the model has one."""
Reference = Callable[[np.ndarray], np.ndarray]
"""The Keras model as `app.core.tf_runtime.uint8_forward` gives it: (n, size, size, 3) uint8 pixels
-> (n, classes) probabilities (and novelty)."""


class ParityError(PictagError):
    """The exported model does not answer like the Keras model; carries the report."""

    def __init__(self, message: str, report: ParityReport | None = None) -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class ParityReport:
    images: int
    source: str
    agreement: float  # share of images whose top-1 class is the same, 0..1
    max_difference: float
    tolerance: float
    min_agreement: float
    ms_per_image: float  # the exported model's time, in batches of _BATCH images
    # The largest novelty difference relative to the largest novelty (None: no detector).
    novelty_difference: float | None = None

    @property
    def passed(self) -> bool:
        novelty_ok = self.novelty_difference is None or self.novelty_difference <= self.tolerance
        return (
            self.agreement >= self.min_agreement
            and self.max_difference <= self.tolerance
            and novelty_ok
        )

    def lines(self) -> list[str]:
        if self.passed:
            verdict = translate("export_parity", "Parity check passed: {images} {source}")
        else:
            verdict = translate("export_parity", "Parity check FAILED: {images} {source}")
        tolerance = format(self.tolerance, "g")
        lines = [
            verdict.format(images=self.images, source=self.source),
            translate("export_parity", "  top-1 agreement   {agreement} (at least {least})").format(
                agreement=format(self.agreement, ".2%"), least=format(self.min_agreement, ".0%")
            ),
            translate("export_parity", "  max |p diff|      {difference} (at most {most})").format(
                difference=format(self.max_difference, ".2e"), most=tolerance
            ),
        ]
        if self.novelty_difference is not None:
            lines.append(
                translate(
                    "export_parity", "  max novelty diff  {difference} of its size (at most {most})"
                ).format(difference=format(self.novelty_difference, ".2e"), most=tolerance)
            )
        lines.append(
            translate("export_parity", "  exported model    {ms} ms per image").format(
                ms=format(self.ms_per_image, ".1f")
            )
        )
        return lines

    def failure(self) -> str:
        reasons = []
        tolerance = format(self.tolerance, "g")
        if self.agreement < self.min_agreement:
            reasons.append(
                translate("export_parity", "top-1 agreement {agreement} is below {least}").format(
                    agreement=format(self.agreement, ".1%"), least=format(self.min_agreement, ".0%")
                )
            )
        if self.max_difference > self.tolerance:
            reasons.append(
                translate(
                    "export_parity", "probabilities differ by up to {difference} (tolerance {most})"
                ).format(difference=format(self.max_difference, ".3g"), most=tolerance)
            )
        if self.novelty_difference is not None and self.novelty_difference > self.tolerance:
            reasons.append(
                translate(
                    "export_parity",
                    'the novelty ("none of these") differs by {difference} of its size '
                    "(tolerance {most})",
                ).format(difference=format(self.novelty_difference, ".3g"), most=tolerance)
            )
        return "; ".join(reasons)

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "passed": self.passed}


def tolerance_for(quantize: str | None) -> float:
    return TOLERANCES[quantize]


def parity_images(
    model_path: Path,
    size: int,
    limit: int = MAX_IMAGES,
    token: Token | None = None,
    folder: Path | None = None,
) -> tuple[np.ndarray, str]:
    """The images under `folder` when given, else the model's validation images (from its
    training report) when still on disk, else generated ones: (n, size, size, 3) uint8 and a
    description of where they came from. Unreadable files are skipped; a `folder` without a
    readable image is a UsageError."""
    if folder is not None:
        return _folder_images(folder, size, limit, token)
    images, _ = _read_spread(_validation_files(model_path), size, limit, token)
    if len(images):
        return images, translate("export_parity", "validation images from {report}").format(
            report=report_path_for(model_path).name
        )
    return generated_images(size, GENERATED_IMAGES), generated_source()


def generated_source() -> str:
    """Where the parity check's images came from when the model left none to check on."""
    return translate("export_parity", "generated images (no training report with images found)")


def _folder_images(
    folder: Path, size: int, limit: int, token: Token | None
) -> tuple[np.ndarray, str]:
    files = discover([folder]).files
    if not files:
        raise UsageError(
            translate(
                "export_parity",
                "{folder}: no images found (--images looks in the folder and below)",
            ).format(folder=folder)
        )
    images, unreadable = _read_spread(files, size, limit, token)
    if not len(images):
        raise UsageError(
            export_parity.tr(
                "{folder}: none of its %Ln image files could be read", "", unreadable
            ).format(folder=folder)
        )
    if unreadable:
        return images, export_parity.tr(
            "images from {folder} (%Ln unreadable skipped)", "", unreadable
        ).format(folder=folder)
    return images, translate("export_parity", "images from {folder}").format(folder=folder)


def _read_spread(
    files: list[Path], size: int, limit: int, token: Token | None
) -> tuple[np.ndarray, int]:
    """Up to `limit` of `files`, decoded, and how many of those chosen could not be read."""
    if len(files) > limit:  # evenly spread, so every class is represented, and repeatable
        files = [files[int(i)] for i in np.linspace(0, len(files) - 1, limit).round()]
    images = [
        image
        for batch in decoded_batches(files, size, batch_size=_BATCH, token=token)
        for _, image in batch
        if isinstance(image, np.ndarray)
    ]
    stacked = np.stack(images) if images else np.empty((0, size, size, 3), np.uint8)
    return stacked, len(files) - len(images)


def _validation_files(model_path: Path) -> list[Path]:
    """Reports written before Pictag recorded the validation files simply give none."""
    try:
        report = json.loads(report_path_for(model_path).read_text(encoding="utf-8"))
        files = report["dataset"]["validation_files"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [Path(f) for f in files if isinstance(f, str) and Path(f).is_file()]


def check_parity(
    exported: Runner,
    reference: Reference,
    images: np.ndarray,
    source: str,
    tolerance: float,
    *,
    classes: int,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> ParityReport:
    """Both models on every image (`images`: uint8); a model that cannot run fails the check
    with its reason. The reference gets the uint8 pixels, the exported model float32 ones.
    Columns after the first `classes` are novelties, compared relative to their size."""
    agree, worst, seconds = 0, 0.0, 0.0
    novelty_worst, novelty_size = 0.0, 1.0
    for start in range(0, len(images), _BATCH):
        if token is not None and token.ended:
            raise Cancelled()
        pixels = images[start : start + _BATCH]
        expected = reference(pixels)  # uint8, as `uint8_forward` takes them
        batch = pixels.astype(np.float32)  # the exported model's input: float32 0..255
        began = time.perf_counter()
        try:
            got = np.asarray(exported(batch), dtype=np.float32)
        except Exception as exc:  # a damaged artifact fails in its runtime's own way
            raise ParityError(
                translate("export_parity", "the exported model cannot be run ({reason})").format(
                    reason=first_line(exc)
                )
            ) from None
        seconds += time.perf_counter() - began
        if got.shape != expected.shape:
            raise ParityError(
                translate(
                    "export_parity", "the exported model outputs shape {shape}, expected {expected}"
                ).format(shape=got.shape, expected=expected.shape)
            )
        agreeing, difference = compare(got[:, :classes], expected[:, :classes])
        agree, worst = agree + agreeing, max(worst, difference)
        if expected.shape[1] > classes:
            _, novelty = compare(got[:, classes:], expected[:, classes:])
            novelty_worst = max(novelty_worst, novelty)
            novelty_size = max(novelty_size, float(np.abs(expected[:, classes:]).max()))
        if progress is not None:
            progress(Progress(Stage.PARITY, min(start + _BATCH, len(images)), len(images)))
    n = len(images)
    relative = novelty_worst / novelty_size if len(images) and expected.shape[1] > classes else None
    return ParityReport(
        n, source, agree / n, worst, tolerance, MIN_AGREEMENT, 1000 * seconds / n, relative
    )


def artifact_runner(fmt: str, artifact: Path) -> Runner:
    """Load an exported model with the runtime its users will use."""
    try:
        return _RUNNERS[fmt](artifact)
    except ParityError:
        raise
    except Exception as exc:
        raise ParityError(
            translate("export_parity", "the exported model cannot be loaded ({reason})").format(
                reason=first_line(exc)
            )
        ) from None


def _savedmodel_runner(artifact: Path) -> Runner:
    tf = import_tensorflow()
    serve = tf.saved_model.load(str(artifact)).signatures["serving_default"]
    return lambda batch: _columns(
        {k: v.numpy() for k, v in serve(pixels=tf.constant(batch)).items()}
    )


def _tflite_runner(artifact: Path) -> Runner:
    interpreter = open_interpreter(model_path=artifact)  # LiteRT, as Pictag's own inference
    run = interpreter.get_signature_runner("serving_default")
    size = interpreter.get_input_details()[0]["shape"][1]
    # The first call sets up the XNNPACK delegate, which announces itself on stderr.
    with native_output_to_log("TFLite interpreter"):
        run(pixels=np.zeros((1, size, size, 3), np.float32))
    return lambda batch: _columns(run(pixels=batch))


def _onnx_runner(artifact: Path) -> Runner:
    import onnxruntime

    session = onnxruntime.InferenceSession(str(artifact), providers=["CPUExecutionProvider"])
    names = [output.name for output in session.get_outputs()]
    return lambda batch: _columns(
        dict(zip(names, session.run(names, {"pixels": batch}), strict=True))
    )


def _columns(outputs: dict[str, np.ndarray]) -> np.ndarray:
    """An exported model's named outputs as the Keras model's columns: the probabilities,
    then the novelty when there is one."""
    probabilities = np.asarray(outputs[PROBABILITIES])
    if NOVELTY not in outputs:
        return probabilities
    return np.concatenate([probabilities, np.asarray(outputs[NOVELTY]).reshape(-1, 1)], axis=1)


_RUNNERS: dict[str, Callable[[Path], Runner]] = {
    SAVEDMODEL: _savedmodel_runner,
    TFLITE: _tflite_runner,
    ONNX: _onnx_runner,
}
