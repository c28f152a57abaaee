"""Pictag's model file: one standard `.keras` archive plus a `pictag.json` member.

The Keras model inside takes raw RGB pixels (0..255) and outputs class probabilities, with the
preprocessing as its first layer, so anyone can use the file with plain Keras:
`keras.saving.load_model(path)`. Pictag also needs the class names, the base architecture and the
input size, which it keeps in `pictag.json` inside the same zip (Keras ignores members it does
not know).
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.core.atomic import replacing
from app.core.errors import ModelFileError, first_line
from app.core.tf_runtime import import_keras

if TYPE_CHECKING:
    import keras

__all__ = ["ModelInfo", "save_model_file", "read_model_info", "load_model_file", "METADATA_MEMBER"]

METADATA_MEMBER = "pictag.json"
FORMAT_NAME = "pictag-model"
FORMAT_VERSION = 1
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class ModelInfo:
    labels: tuple[str, ...]
    base: str
    input_size: int
    pictag_version: str = __version__
    # Free-form facts worth keeping with the model (training parameters, accuracy...).
    details: dict[str, Any] = field(default_factory=dict)


def save_model_file(model: keras.Model, path: str | Path, info: ModelInfo) -> None:
    """Write atomically: until the final rename, an existing file at `path` is untouched."""
    path = Path(path)
    _check_consistent(model, info, path)
    with replacing(path) as tmp:
        model.save(tmp)
        metadata = {"format": FORMAT_NAME, "version": FORMAT_VERSION, **asdict(info)}
        metadata["labels"] = list(info.labels)
        with zipfile.ZipFile(tmp, "a") as archive:
            archive.writestr(METADATA_MEMBER, json.dumps(metadata, indent=2))


def read_model_info(path: str | Path) -> ModelInfo:
    """Read and check the metadata alone: fast, and needs no TensorFlow."""
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"{path}: model file not found")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "config.json" not in names:
                raise ModelFileError(f"{path}: not a Keras model file (.keras archive)")
            if METADATA_MEMBER not in names:
                raise ModelFileError(
                    f"{path}: a Keras model, but not a Pictag model (it carries no class names); "
                    "use a model trained with Pictag"
                )
            metadata = json.loads(archive.read(METADATA_MEMBER))
    except zipfile.BadZipFile:
        raise ModelFileError(_not_a_zip_message(path)) from None
    except (OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise ModelFileError(f"{path}: cannot read the model file ({exc})") from None
    except ValueError:
        raise ModelFileError(f"{path}: the Pictag metadata inside is damaged") from None
    return _info_from_metadata(metadata, path)


def load_model_file(path: str | Path) -> tuple[keras.Model, ModelInfo]:
    """Load in Keras' safe mode (no arbitrary code) and check the model matches its metadata."""
    keras = import_keras()

    path = Path(path)
    info = read_model_info(path)
    try:
        model = keras.saving.load_model(path, compile=False, safe_mode=True)
    except Exception as exc:  # Keras raises many types for damaged archives
        raise ModelFileError(
            f"{path}: the model inside cannot be loaded ({first_line(exc)})"
        ) from None
    _check_consistent(model, info, path)
    return model, info


def _check_consistent(model: keras.Model, info: ModelInfo, path: Path) -> None:
    outputs = model.outputs[0].shape[-1]
    if outputs != len(info.labels):
        raise ModelFileError(
            f"{path}: the model has {outputs} outputs but {len(info.labels)} class names; "
            "the file is inconsistent, train or export it again"
        )
    expected = (info.input_size, info.input_size, 3)
    if tuple(model.inputs[0].shape[1:]) != expected:
        raise ModelFileError(
            f"{path}: the model takes {tuple(model.inputs[0].shape[1:])} input but its metadata "
            f"says {expected}"
        )


def _info_from_metadata(metadata: Any, path: Path) -> ModelInfo:
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT_NAME:
        raise ModelFileError(f"{path}: the Pictag metadata inside is damaged")
    if int(metadata.get("version", 0)) > FORMAT_VERSION:
        raise ModelFileError(
            f"{path}: made by a newer Pictag ({metadata.get('pictag_version')}); update Pictag"
        )
    try:
        labels = tuple(str(label) for label in metadata["labels"])
        info = ModelInfo(
            labels=labels,
            base=str(metadata["base"]),
            input_size=int(metadata["input_size"]),
            pictag_version=str(metadata.get("pictag_version", "")),
            details=dict(metadata.get("details") or {}),
        )
    except (KeyError, TypeError, ValueError):
        raise ModelFileError(f"{path}: the Pictag metadata inside is incomplete") from None
    if len(labels) < 2 or len(set(labels)) != len(labels):
        raise ModelFileError(f"{path}: the class names inside are missing or repeated")
    return info


def _not_a_zip_message(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(4)
    if head == _ZIP_MAGIC:
        return f"{path}: the model file is truncated or damaged (an incomplete download or copy?)"
    return f"{path}: not a Keras model file (.keras archive)"
