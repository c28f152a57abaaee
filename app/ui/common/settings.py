"""Every persisted setting in one typed list, stored with QSettings (an INI file per user)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from app.core.registry import DEFAULT_ARCHITECTURE

__all__ = ["Key", "Settings", "SETTINGS_VERSION"]

log = logging.getLogger(__name__)

T = TypeVar("T")

SETTINGS_VERSION = 1  # bump, and migrate in Settings._migrate, when a key changes meaning


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type
    default: T


class Keys:
    GEOMETRY = Key("window/geometry", QByteArray, QByteArray())
    WINDOW_STATE = Key("window/state", QByteArray, QByteArray())
    TAB = Key("window/tab", int, 0)
    LANGUAGE = Key("window/language", str, "")  # a catalogue's language; "": the system's
    LANGUAGE_NOTICE = Key("window/language_notice", str, "")  # why English was shown, once told
    MODEL = Key("model/current", str, DEFAULT_ARCHITECTURE)  # architecture name or .keras path
    RECENT_MODELS = Key("model/recent", list, [])
    BACKEND = Key("model/backend", str, "auto")  # app/core/backend.py's BACKENDS
    IMAGE_FOLDER = Key("folders/images", str, "")  # where Open Images/Folder starts
    DATASET_FOLDER = Key("folders/dataset", str, "")
    VALIDATION_FOLDER = Key("folders/validation", str, "")
    SAVE_FOLDER = Key("folders/save", str, "")  # models, CSV exports
    SORT_FOLDER = Key("folders/sort", str, "")  # where "Sort into Folders" last put photos
    TRAIN_PARAMETERS = Key("train/parameters", dict, {})
    SPLITTER = Key("classify/splitter", QByteArray, QByteArray())
    KEEP_RAW_PAIRS = Key("classify/keep_raw_pairs", int, 0)  # 1: classify both of a RAW+JPEG
    KEYWORDS = Key("keywords/options", dict, {})  # Write Keywords…: the dialog's last choices
    TRAIN_KEYWORDS = Key("train/keywords", str, "")  # classes from keywords under it; "": folders
    TRAIN_UNTAGGED_NONE = Key("train/untagged_none", int, 0)  # 1: no keyword is "none of these"
    TRAIN_LABELS_CSV = Key("train/labels_csv", str, "")  # labels from this CSV; "": not from one
    # Model (path or architecture) -> its training folder: one started for a model that has
    # none, or the new place of one that moved.
    TRAINING_SETS = Key("review/training_sets", dict, {})
    # Model file path -> the share of known photos its "none of these" detector keeps, as the
    # person last set it (absent: the share saved in the model file).
    KEEP_KNOWN = Key("classify/keep_known", dict, {})


def weights_key(architecture: str) -> Key[str]:
    """A local ImageNet weights file the user chose (e.g. offline), per architecture."""
    return Key(f"model/weights/{architecture}", str, "")


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Pictag", "Pictag"
        )
        self._migrate()

    def get(self, key: Key[T]) -> T:
        raw = self.q.value(key.name)
        if raw is None:
            return key.default
        try:
            return self._decode(key, raw)
        except (TypeError, ValueError):
            log.warning("Ignoring a malformed setting %s=%r", key.name, raw)
            return key.default

    def set(self, key: Key[T], value: T) -> None:
        self.q.setValue(key.name, json.dumps(value) if key.type is dict else value)

    def sync(self) -> None:
        self.q.sync()

    @staticmethod
    def _decode(key: Key[T], raw: Any) -> T:
        if key.type is dict:
            value = json.loads(raw) if isinstance(raw, str) else raw
            if not isinstance(value, dict):
                raise ValueError(raw)
            return value
        if key.type is list:
            return [raw] if isinstance(raw, str) else list(raw)
        if key.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
        return key.type(raw)

    def _migrate(self) -> None:
        version = int(self.q.value("version", 0) or 0)
        if version < SETTINGS_VERSION:
            self.q.setValue("version", SETTINGS_VERSION)
