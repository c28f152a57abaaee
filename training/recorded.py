"""What a version's report says about how it was trained, read back for an update: its folders,
its split, what it predicted for its validation images, its options; and finding a training
folder that has moved.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import DatasetError, UsageError
from app.core.i18n import translate
from training.dataset import folder_not_found
from training.split import RecordedSplit

__all__ = ["DatasetMissing", "Recorded", "locate_folder"]

_PROBES = 200  # recorded files looked for in a candidate folder


class DatasetMissing(DatasetError):
    """The training (or validation) folder a model was trained on is not where its report
    says. `recorded` is that place, `candidate` a folder nearby that looks like it moved there
    (None when none does), `option` the command-line option that points to its new place."""

    def __init__(self, message: str, recorded: Path, candidate: Path | None, option: str) -> None:
        super().__init__(message)
        self.recorded, self.candidate, self.option = recorded, candidate, option


@dataclass(frozen=True)
class Recorded:
    root: Path
    validation_root: Path | None
    classes: tuple[str, ...]
    split: RecordedSplit
    predicted: dict[str, str]  # validation file -> the version's top class (readable ones)
    # validation file -> its labels when the version was trained ("a|b"; older reports: none)
    truth: dict[str, str]
    parameters: dict[str, Any]
    feature_key: str

    @classmethod
    def from_report(cls, report: dict[str, Any], model: Path) -> Recorded:
        """UsageError when the report cannot drive an update (missing, or from a Pictag that
        did not record its split), saying what to do instead."""
        dataset, split = report.get("dataset"), report.get("split")
        if not report:
            raise UsageError(
                translate(
                    "recorded",
                    "{model} has no training report beside it ({report}), so Pictag does not "
                    "know the folder it was trained on; train a model with pictag train DATA_DIR "
                    "--output {model}",
                ).format(model=model, report=f"{model.stem}.report.json")
            )
        if not isinstance(dataset, dict) or not isinstance(split, dict):
            raise UsageError(
                translate(
                    "recorded",
                    "the report of {model} does not record its training split (an older Pictag "
                    "made it); train it again once: pictag train DATA_DIR --output {model}",
                ).format(model=model)
            )
        validation = list(split.get("validation", []))
        predicted = dict(zip(validation, split.get("predicted", []), strict=False))
        val_root = dataset.get("validation_root")
        return cls(
            root=Path(dataset["root"]),
            validation_root=Path(val_root) if val_root else None,
            classes=tuple(c["name"] for c in dataset.get("classes", [])),
            split=RecordedSplit(frozenset(split.get("train", [])), frozenset(validation)),
            predicted={name: p for name, p in predicted.items() if p is not None},
            truth=dict(zip(validation, split.get("true", []), strict=False)),
            parameters=dict(report.get("parameters", {})),
            feature_key=str(report.get("features", {}).get("model_key", "")),
        )

    def files(self, validation_folder: bool) -> list[str]:
        """The recorded files under one folder: the validation folder's, or the training's."""
        if validation_folder:
            return sorted(self.split.validation)
        if self.validation_root is None:
            return sorted(self.split.train | self.split.validation)
        return sorted(self.split.train)


def locate_folder(
    recorded: Recorded, given: Path | None, *, model: Path, validation: bool = False
) -> Path:
    """The folder to update from: `given` (a new place the person named), else the recorded
    one. DatasetMissing, saying which folder and where it may have gone, when it is not there."""
    role, option = ("validation", "--validation-dir") if validation else ("training", "--data-dir")
    where = recorded.validation_root if validation else recorded.root
    assert where is not None
    if given is not None:
        if not given.is_dir():
            raise folder_not_found(given, role)
        return given
    if where.is_dir():
        return where
    candidate = _moved_to(where, recorded.files(validation))
    hint = (
        translate(
            "recorded",
            "it looks like it is now {candidate}: pictag update {model} {option} {candidate}",
        )
        if candidate is not None
        else translate(
            "recorded", "tell Pictag where it is now: pictag update {model} {option} FOLDER"
        )
    ).format(candidate=candidate, model=model, option=option)
    missing = (
        translate(
            "recorded",
            "the validation folder of {model}, {folder}, is not there any more "
            "(moved, renamed or deleted?); {hint}",
        )
        if validation
        else translate(
            "recorded",
            "the training folder of {model}, {folder}, is not there any more "
            "(moved, renamed or deleted?); {hint}",
        )
    )
    raise DatasetMissing(
        missing.format(model=model, folder=where, hint=hint),
        where,
        candidate,
        option,
    )


def _moved_to(where: Path, names: list[str]) -> Path | None:
    """A folder beside where the set was (renamed) or one level up or down from there that
    holds most of its recorded files at the same relative names."""
    probes = names[:: max(1, len(names) // _PROBES)][:_PROBES]
    if not probes:
        return None
    nearby: list[Path] = []
    for parent in (where.parent, where.parent.parent):
        try:
            nearby += [Path(e.path) for e in os.scandir(parent) if e.is_dir()]
        except OSError:
            continue
    nearby += [p / where.name for p in list(nearby)]  # moved into a sibling folder
    best, best_hits = None, len(probes) // 2  # more than half must be there
    for folder in nearby:
        hits = sum((folder / name).is_file() for name in probes)
        if hits > best_hits:
            best, best_hits = folder, hits
    return best
