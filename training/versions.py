"""A model's versions: every update keeps the earlier model files beside the one in use.

    leaves.keras                the version in use: what classify, sort and export read
    leaves.report.json          its report
    leaves.versions/v1.keras    every version with its report (v1.report.json), numbered from 1
                                in the order they were made

A version's report carries a "version" section (its number, how it was made, the version it
was made from, the SHA-256 of its model file); the list is read from those reports, so there is
no index to lose or contradict. The version in use is the one whose file has the SHA-256 of
MODEL.keras. A MODEL.keras that matches none (never updated, or trained over since) is archived
as the next number before anything replaces it, so no model is ever lost. Archived files are
written once, atomically, and never again; MODEL.keras and its report are replaced atomically.
A crash at any instant therefore leaves MODEL.keras one complete version and every archived
version intact (a version whose report lacks its section is unfinished and not listed).
Whatever writes MODEL.keras or its versions (an update, a restore, a training run onto it)
holds the model's lock (`app.core.writer_lock`) from reading the version in use to publishing,
so two runs never take the same number or build on the same version unaware of each other.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.errors import UsageError
from app.core.files import sha256_of
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.model_file import report_path_for
from app.core.progress import ProgressCallback, Token
from app.core.writer_lock import WRITER_WAIT_SECONDS, writing
from training.report import copy_trained_model, write_report

__all__ = [
    "Version",
    "archive",
    "list_versions",
    "new_version_path",
    "publish",
    "record_version",
    "restore_version",
    "versions_dir",
]

log = logging.getLogger(__name__)

_NAME = re.compile(r"^v(\d+)\.(keras|report\.json)$")

# How a version was made, as both front ends show it; the report keeps the English kind.
_KIND_TEXTS = {
    "train": QT_TRANSLATE_NOOP("versions", "trained"),
    "update": QT_TRANSLATE_NOOP("versions", "updated (head)"),
    "full": QT_TRANSLATE_NOOP("versions", "full retrain"),
}


@dataclass(frozen=True)
class Version:
    number: int
    kind: str  # "train" (pictag train), "update" (head only), "full" (both phases again)
    created: str  # ISO 8601, UTC
    images: int  # training and validation images
    validation_images: int
    accuracy: float | None  # on its own validation images
    model: Path  # the archived file; MODEL.keras itself while it is not archived
    report: dict[str, Any]
    in_use: bool
    archived: bool

    @property
    def kind_text(self) -> str:
        """How it was made, in the user's language (a kind this version does not know, as
        it is)."""
        known = _KIND_TEXTS.get(self.kind)
        return translate("versions", known) if known else self.kind

    @property
    def made(self) -> str:
        """When it was made, in local time to the minute (what both front ends show)."""
        try:
            return datetime.fromisoformat(self.created).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.created or "?"

    @property
    def based_on(self) -> int | None:
        return self.report.get("version", {}).get("based_on")


def versions_dir(model: Path) -> Path:
    """MODEL.versions/ beside MODEL.keras."""
    return model.with_name(f"{model.stem}.versions")


def list_versions(model: Path) -> list[Version]:
    """Every archived version, oldest first, then MODEL.keras itself when it is none of them
    (numbered as the next). Exactly one is `in_use`. UsageError when MODEL is missing."""
    if not model.is_file():
        raise UsageError(translate("versions", "{model}: model file not found").format(model=model))
    in_use = sha256_of(model)
    versions = [
        _version(number, report, path, in_use=report["version"]["sha256"] == in_use)
        for number, path, report in _archived(model)
    ]
    if not any(v.in_use for v in versions):
        report = _read(report_path_for(model)) or {}
        versions.append(_version(_next_number(model), report, model, in_use=True, archived=False))
    return versions


def new_version_path(model: Path) -> Path:
    """Where the next version's model file is written (its folder created)."""
    folder = versions_dir(model)
    folder.mkdir(exist_ok=True)
    return folder / f"v{_next_number(model)}.keras"


def archive(model: Path, version: Version) -> Version:
    """Copy MODEL.keras (not yet archived) and its report into the versions folder as
    `version.number`; returns the archived version. OSError when it cannot be written."""
    if version.archived:
        return version
    target = versions_dir(model) / f"v{version.number}.keras"
    target.parent.mkdir(exist_ok=True)
    copy_trained_model(model, target)
    kind = version.report.get("version", {}).get("kind", "train")
    return record_version(model, target, kind=kind, based_on=version.based_on)


def record_version(
    model: Path, path: Path, *, kind: str, based_on: int | None, **details: Any
) -> Version:
    """Complete the version at `path` (a model file in MODEL.versions/ with its report): its
    report gets the "version" section that makes it one of the list."""
    number = int(_NAME.match(path.name).group(1))  # type: ignore[union-attr]
    report_path = report_path_for(path)
    report = _read(report_path) or {}
    report["version"] = {
        "number": number,
        "kind": kind,
        "based_on": based_on,
        "sha256": sha256_of(path),
        **details,
    }
    write_report(report_path, report)
    return _version(number, report, path, in_use=False)


def publish(model: Path, version: Version) -> None:
    """Make `version` (archived) the one in use: MODEL.keras and its report replaced
    atomically by copies of it."""
    copy_trained_model(version.model, model)


def restore_version(
    model: Path,
    number: int,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    wait: float = WRITER_WAIT_SECONDS,
) -> Version:
    """Put version `number` back in use; the version in use now is archived first if it is
    not. UsageError for a number that is not in the list. It holds the model's lock
    (`app.core.writer_lock.writing`: `progress` hears the wait, `token` gives it up)."""
    with writing(model, progress=progress, token=token, wait=wait):
        return _restore(model, number)


def _restore(model: Path, number: int) -> Version:
    versions = list_versions(model)
    chosen = next((v for v in versions if v.number == number and v.archived), None)
    if chosen is None:
        numbers = ", ".join(str(v.number) for v in versions)
        raise UsageError(
            translate(
                "versions", "{model} has no version {number}; its versions are {numbers}"
            ).format(model=model, number=number, numbers=numbers)
        )
    current = next(v for v in versions if v.in_use)
    if not current.archived:
        archive(model, current)
    publish(model, chosen)
    return _version(chosen.number, chosen.report, chosen.model, in_use=True)


def _archived(model: Path) -> list[tuple[int, Path, dict[str, Any]]]:
    found = []
    folder = versions_dir(model)
    for path in sorted(folder.glob("v*.report.json")) if folder.is_dir() else []:
        match = _NAME.match(path.name)
        report = _read(path)
        section = (report or {}).get("version")
        file = path.with_name(f"v{match.group(1)}.keras") if match else None
        if match and isinstance(section, dict) and "sha256" in section and file.is_file():
            found.append((int(match.group(1)), file, report))
        else:
            log.warning("Leaving out %s: not a finished version", path)
    return sorted(found, key=lambda item: item[0])


def _next_number(model: Path) -> int:
    """One more than any number in the folder, finished or not, so no file is reused."""
    folder = versions_dir(model)
    numbers = [
        int(m.group(1)) for p in (folder.iterdir() if folder.is_dir() else ())
        if (m := _NAME.match(p.name))
    ]  # fmt: skip
    return max(numbers, default=0) + 1


def _version(
    number: int, report: dict[str, Any], path: Path, *, in_use: bool, archived: bool = True
) -> Version:
    dataset = report.get("dataset", {})
    train, val = dataset.get("train_images", 0), dataset.get("validation_images", 0)
    return Version(
        number=number,
        kind=report.get("version", {}).get("kind", "train"),
        created=str(report.get("created", "")),
        images=train + val,
        validation_images=val,
        accuracy=report.get("evaluation", {}).get("accuracy"),
        model=path,
        report=report,
        in_use=in_use,
        archived=archived,
    )


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
