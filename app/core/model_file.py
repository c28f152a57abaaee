"""Pictag's model file: one standard `.keras` archive plus a `pictag.json` member.

The Keras model inside takes raw RGB pixels (0..255) and outputs class probabilities, with the
preprocessing as its first layer, so anyone can use the file with plain Keras:
`keras.saving.load_model(path)`. A model that can say "none of these" outputs one more column
after the probabilities: the photo's novelty (`app.core.decision`). Pictag also needs the class
names, the base architecture, the input size and how outputs become labels (the decision), which
it keeps in `pictag.json` inside the same zip (Keras ignores members it does not know).
"""

from __future__ import annotations

import json
import zipfile
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.core.atomic import replacing
from app.core.decision import Decision
from app.core.errors import ModelFileError, UsageError, first_line
from app.core.i18n import translate
from app.core.tf_runtime import import_keras

if TYPE_CHECKING:
    import keras

__all__ = [
    "ModelInfo",
    "save_model_file",
    "read_model_info",
    "load_model_file",
    "report_path_for",
    "METADATA_MEMBER",
]

METADATA_MEMBER = "pictag.json"
FORMAT_NAME = "pictag-model"
FORMAT_VERSION = 2  # 2: the decision (multi-label thresholds, the unknown-photo detector)
_ZIP_MAGIC = b"PK\x03\x04"
# Keras' refusal of code in a model (a Python lambda) names the option that would allow it.
_UNSAFE = "safe_mode"

# Model files come from anyone, and a few MB of zip can inflate to gigabytes, so the archive's
# directory is checked before Pictag or Keras reads any member. Measured on InceptionV3, the
# largest model Pictag makes: config.json 310 KB, model.weights.h5 96 MB, pictag.json with 1,000
# class names 12 KB, all stored uncompressed (as Keras writes them).
_MiB = 1024 * 1024
MEMBER_LIMITS = {METADATA_MEMBER: 4 * _MiB, "config.json": 16 * _MiB, "metadata.json": _MiB}
MAX_TOTAL_SIZE = 2048 * _MiB  # every member inflated: 20 times InceptionV3
# Re-zipped with deflate, float weights shrink ~1.1x and JSON ~10x; a zip bomb, ~1000x.
MAX_RATIO = 100
_RATIO_FROM = _MiB  # smaller members are bounded by their size alone


@dataclass(frozen=True)
class ModelInfo:
    labels: tuple[str, ...]
    base: str
    input_size: int
    pictag_version: str = __version__
    # Free-form facts worth keeping with the model (training parameters, accuracy...).
    details: dict[str, Any] = field(default_factory=dict)
    decision: Decision = field(default_factory=Decision)
    # Made by a Pictag from before models could say "none of these": it gives every photo one
    # of its classes, and says so when loaded.
    before_open_set: bool = False

    @property
    def outputs(self) -> int:
        """Columns the network outputs: the labels' probabilities, then the decision's extra."""
        return len(self.labels) + self.decision.extra_outputs


def report_path_for(model: Path) -> Path:
    """Where a model's training report lives: beside it, as NAME.report.json."""
    return model.with_name(f"{model.stem}.report.json")


def save_model_file(model: keras.Model, path: str | Path, info: ModelInfo) -> None:
    """Write atomically: until the final rename, an existing file at `path` is untouched."""
    path = Path(path)
    _check_consistent(model, info, path)
    with replacing(path) as tmp:
        model.save(tmp)
        metadata = {"format": FORMAT_NAME, "version": FORMAT_VERSION, **asdict(info)}
        metadata["labels"] = list(info.labels)
        metadata["decision"] = info.decision.as_dict()
        del metadata["before_open_set"]
        with zipfile.ZipFile(tmp, "a") as archive:
            archive.writestr(METADATA_MEMBER, json.dumps(metadata, indent=2))


def read_model_info(path: str | Path) -> ModelInfo:
    """Read and check the metadata alone: fast, and needs no TensorFlow."""
    path = Path(path)
    if not path.is_file():  # a wrong path, like any other: a usage error
        raise UsageError(translate("model_file", "{path}: model file not found").format(path=path))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_sizes(archive, path)
            names = set(archive.namelist())
            if "config.json" not in names:
                raise ModelFileError(_not_keras(path))
            if METADATA_MEMBER not in names:
                raise ModelFileError(
                    translate(
                        "model_file", "{path}: a Keras model, but not a Pictag model (it carries "
                        "no class names); use a model trained with Pictag",
                    ).format(path=path)
                )  # fmt: skip
            metadata = json.loads(_read_bounded(archive, METADATA_MEMBER, path))
    except zipfile.BadZipFile:
        raise ModelFileError(_not_a_zip_message(path)) from None
    except (OSError, EOFError, zipfile.LargeZipFile, zlib.error) as exc:
        message = translate("model_file", "{path}: cannot read the model file ({why})")
        raise ModelFileError(message.format(path=path, why=exc)) from None
    except ValueError:
        raise ModelFileError(_damaged_metadata(path)) from None
    return _info_from_metadata(metadata, path)


def load_model_file(path: str | Path) -> tuple[keras.Model, ModelInfo]:
    """Load in Keras' safe mode (no arbitrary code) and check the model matches its metadata.

    The metadata is read (and the archive's sizes checked) before Keras opens the file."""
    keras = import_keras()

    path = Path(path)
    info = read_model_info(path)
    try:
        model = keras.saving.load_model(path, compile=False, safe_mode=True)
    except Exception as exc:  # Keras raises many types for damaged archives
        if _UNSAFE in str(exc):  # Keras' advice (safe_mode=False) is no Pictag option
            raise ModelFileError(
                translate(
                    "model_file", "{path}: refused: the model holds Python code (a Lambda layer "
                    "or the like), which could do anything on this computer, so Pictag never "
                    "runs it; use a model trained with Pictag (pictag train), or rebuild this "
                    "one without code layers",
                ).format(path=path)
            ) from None  # fmt: skip
        message = translate("model_file", "{path}: the model inside cannot be loaded ({why})")
        raise ModelFileError(message.format(path=path, why=first_line(exc))) from None
    _check_consistent(model, info, path)
    return model, info


def _check_sizes(archive: zipfile.ZipFile, path: Path) -> None:
    """Refuse at once, from the sizes the zip's directory declares, an archive that would take
    far more memory or disk to read than any real model."""
    members = archive.infolist()
    for member in members:
        limit = MEMBER_LIMITS.get(member.filename)
        if limit is not None and member.file_size > limit:
            raise ModelFileError(_too_large(path, member.filename, limit))
        ratio = member.file_size / max(1, member.compress_size)
        if member.file_size > _RATIO_FROM and ratio > MAX_RATIO:
            raise ModelFileError(
                translate(
                    "model_file", "{path}: refused, {member} inside inflates {ratio:,.0f} times, "
                    "as no model does; the file is damaged or made to exhaust memory: use a "
                    "model you trust",
                ).format(path=path, member=member.filename, ratio=ratio)
            )  # fmt: skip
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL_SIZE:
        raise ModelFileError(_too_large(path, None, MAX_TOTAL_SIZE))


def _read_bounded(archive: zipfile.ZipFile, name: str, path: Path) -> bytes:
    """A member's bytes, never more than its limit plus one: a directory that understates a
    member's size cannot make this read more."""
    limit = MEMBER_LIMITS[name]
    with archive.open(name) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise ModelFileError(_too_large(path, name, limit))
    return data


def _too_large(path: Path, member: str | None, limit: int) -> str:
    """The refusal of one member (or, None, of the whole content) over `limit` bytes."""
    if member is None:
        message = translate(
            "model_file", "{path}: refused, its content inside would take over {size:,.0f} MB, "
            "more than any model holds; the file is damaged or made to exhaust memory: use a "
            "model you trust",
        )  # fmt: skip
    else:
        message = translate(
            "model_file", "{path}: refused, {member} inside would take over {size:,.0f} MB, "
            "more than any model holds; the file is damaged or made to exhaust memory: use a "
            "model you trust",
        )  # fmt: skip
    return message.format(path=path, member=member, size=limit / _MiB)


def _check_consistent(model: keras.Model, info: ModelInfo, path: Path) -> None:
    outputs = model.outputs[0].shape[-1]
    if outputs != info.outputs:
        if info.decision.extra_outputs:
            message = translate(
                "model_file", "{path}: the model has {outputs} outputs but {labels} class names "
                "and a detector; the file is inconsistent, train or export it again",
            )  # fmt: skip
        else:
            message = translate(
                "model_file", "{path}: the model has {outputs} outputs but {labels} class "
                "names; the file is inconsistent, train or export it again",
            )  # fmt: skip
        raise ModelFileError(message.format(path=path, outputs=outputs, labels=len(info.labels)))
    expected = (info.input_size, info.input_size, 3)
    if tuple(model.inputs[0].shape[1:]) != expected:
        raise ModelFileError(
            translate(
                "model_file", "{path}: the model takes {shape} input but its metadata says "
                "{expected}",
            ).format(path=path, shape=tuple(model.inputs[0].shape[1:]), expected=expected)
        )  # fmt: skip


def _info_from_metadata(metadata: Any, path: Path) -> ModelInfo:
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT_NAME:
        raise ModelFileError(_damaged_metadata(path))
    version = int(metadata.get("version", 0))
    if version > FORMAT_VERSION:
        raise ModelFileError(
            translate("model_file", "{path}: made by a newer Pictag ({version}); update Pictag")
            .format(path=path, version=metadata.get("pictag_version"))
        )  # fmt: skip
    try:
        labels = tuple(str(label) for label in metadata["labels"])
        info = ModelInfo(
            labels=labels,
            base=str(metadata["base"]),
            input_size=int(metadata["input_size"]),
            pictag_version=str(metadata.get("pictag_version", "")),
            details=dict(metadata.get("details") or {}),
            decision=Decision.from_dict(metadata.get("decision"), len(labels)),
            before_open_set=version < 2,
        )
    except (KeyError, TypeError, ValueError, UsageError):
        message = translate("model_file", "{path}: the Pictag metadata inside is incomplete")
        raise ModelFileError(message.format(path=path)) from None
    if len(labels) < 2 or len(set(labels)) != len(labels):
        message = translate("model_file", "{path}: the class names inside are missing or repeated")
        raise ModelFileError(message.format(path=path))
    return info


def _not_a_zip_message(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(4)
    if head == _ZIP_MAGIC:
        return translate(
            "model_file", "{path}: the model file is truncated or damaged (an incomplete "
            "download or copy?)",
        ).format(path=path)  # fmt: skip
    return _not_keras(path)


def _not_keras(path: Path) -> str:
    return translate("model_file", "{path}: not a Keras model file (.keras archive)").format(
        path=path
    )


def _damaged_metadata(path: Path) -> str:
    return translate("model_file", "{path}: the Pictag metadata inside is damaged").format(
        path=path
    )
