"""A training set from the keywords already in a photo library: photos keyworded `Birds|heron`
(Lightroom's lr:hierarchicalSubject, or digiKam's `Birds/heron`) are class `heron` under the
parent `Birds`. No file is copied or moved: the samples are the photos where they are.

The class is the keyword level right below the parent (`Birds|heron|grey` is `heron` too), so
choosing the parent chooses how fine the classes are. A photo with two classes under the
parent counts for both (a multi-label set: `training.multi_label`); photos with none are not
part of the set (the scan says how many), or, with `untagged="none"`, "none of these"
examples. The hard errors and warnings are those of folder training
(`training.dataset`): at least 2 classes, enough images in each, duplicates across classes.
"""

from __future__ import annotations

from pathlib import Path

from app.core.discovery import discover, natural_key
from app.core.errors import DatasetError
from app.core.i18n import Context, translate
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.core.raw_pairs import pair_raw_files, paired_count
from app.core.xmp_files import XmpFileError, read_hierarchical_keywords
from training.dataset import (
    DatasetScan,
    Sample,
    check_class_count,
    checked_root,
    pairs_warning,
    scan_dataset,
    usable_samples,
)
from training.labels_csv import scan_labels_csv
from training.options import SKIP_UNTAGGED, UNTAGGED_NONE
from training.scan_checks import check_scan

keywords = Context("keywords")

__all__ = [
    "class_under", "keyword_labels", "scan_keywords", "scan_training_set",
]  # fmt: skip


def class_under(parent: str, keyword: str) -> str | None:
    """The class `keyword` ("Birds|heron|grey") names below `parent` ("Birds"): "heron";
    None when it is not below it. Levels compare without regard to case."""
    levels = [level.strip() for level in parent.split("|") if level.strip()]
    parts = [part.strip() for part in keyword.split("|")]
    head = [p.casefold() for p in parts[: len(levels)]]
    if len(parts) <= len(levels) or head != [level.casefold() for level in levels]:
        return None
    return parts[len(levels)] or None


def keyword_labels(
    root: Path,
    parent: str,
    skipped: list[tuple[Path, str]],
    warnings: list[str],
    token: Token | None = None,
    untagged: str = SKIP_UNTAGGED,
) -> list[tuple[Path, list[str]]]:
    """(photo, its classes) for every photo under `root` with a class under `parent` (and,
    with `untagged` "none", those without: no classes); the photos left out go to `skipped`
    with why, and the counts to `warnings`. A cancelled or stopped `token` raises `Cancelled`
    between two photos (a library's XMP is slow to read)."""
    found = pair_raw_files(discover([root]))
    skipped += found.problems
    labeled: list[tuple[Path, list[str]]] = []
    none = 0
    for photo in found.files:
        if token is not None:
            token.check()
        try:
            written = [
                k
                for p in (photo, *found.companions.get(photo, ()))
                for k in read_hierarchical_keywords(p)
            ]
        except XmpFileError as exc:
            skipped.append(
                (photo, translate("keywords", "its keywords cannot be read: {why}").format(why=exc))
            )
            continue
        classes = _unique(c for k in written if (c := class_under(parent, k)) is not None)
        if classes or untagged == UNTAGGED_NONE:
            labeled.append((photo, classes))
        none += not classes
    if none and untagged == UNTAGGED_NONE:
        warnings.append(
            keywords.tr(
                "%Ln photos under {root} have no keyword under '{parent}': they are "
                '"none of these" examples.',
                "",
                none,
            ).format(root=root, parent=parent)
        )
    elif none:
        warnings.append(
            keywords.tr(
                "%Ln photos under {root} have no keyword under '{parent}' and are not used "
                '(--untagged none makes them "none of these" examples).',
                "",
                none,
            ).format(root=root, parent=parent)
        )
    if paired := paired_count(found):
        warnings.append(pairs_warning(paired))
    return labeled


def scan_keywords(
    root: str | Path,
    parent: str,
    validation_root: str | Path | None = None,
    *,
    untagged: str = SKIP_UNTAGGED,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> DatasetScan:
    """The DatasetScan of the photos under `root` keyworded below `parent` (and of those
    under `validation_root`, with the same classes; `untagged` as in `keyword_labels`);
    DatasetError for what makes training impossible, and progress and token, as
    `scan_dataset` has them."""
    parent = parent.strip().strip("|")
    if not parent:
        raise DatasetError(
            translate(
                "keywords", "give the keyword whose children are the classes, e.g. --keywords Birds"
            )
        )
    root = checked_root(Path(root), "training")
    scan = DatasetScan(root=root, classes=[], samples=[])
    if progress:
        progress(Progress(Stage.SCAN))
    labeled = keyword_labels(root, parent, scan.skipped, scan.warnings, token, untagged)
    spelling = {c.casefold(): c for _, cs in reversed(labeled) for c in cs}  # "Heron", "heron"
    scan.classes = sorted(spelling.values(), key=lambda c: natural_key(Path(c)))
    how = translate("keywords", "one keyword per class under '{parent}'").format(parent=parent)
    check_class_count(root, scan.classes, how)
    index = {name.casefold(): i for i, name in enumerate(scan.classes)}
    shorter_sides: list[int] = []
    scan.samples = usable_samples(
        [Sample.of(p, (index[c.casefold()] for c in cs)) for p, cs in labeled],
        scan.skipped,
        shorter_sides,
        progress=progress,
        token=token,
    )
    scan.set_shorter_sides(shorter_sides)
    if validation_root is not None:
        scan.validation_root = checked_root(Path(validation_root), "validation")
        held_out = keyword_labels(
            scan.validation_root, parent, scan.skipped, scan.warnings, token, untagged
        )
        unknown = sorted({c for _, cs in held_out for c in cs if c.casefold() not in index})
        if unknown:
            raise DatasetError(
                translate(
                    "keywords",
                    "{root}: the validation photos have classes the training photos lack "
                    "({classes}); both need the same keywords under '{parent}'",
                ).format(root=scan.validation_root, classes=", ".join(unknown), parent=parent)
            )
        scan.validation_samples = usable_samples(
            [Sample.of(p, (index[c.casefold()] for c in cs)) for p, cs in held_out],
            scan.skipped,
            progress=progress,
            token=token,
        )
    check_scan(scan)
    return scan


def scan_training_set(
    root: str | Path,
    validation_root: str | Path | None = None,
    keywords: str | None = None,
    *,
    labels_csv: str | Path | None = None,
    untagged: str = SKIP_UNTAGGED,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> DatasetScan:
    """A training set's scan however its classes are given: by the keywords under `keywords`
    in the photos' XMP when it is set (`untagged`: see `keyword_labels`), by the rows of
    `labels_csv` when it is set, else by the sub-folders of `root`."""
    if keywords:
        return scan_keywords(
            root, keywords, validation_root, untagged=untagged, progress=progress, token=token
        )
    if labels_csv is not None:
        return scan_labels_csv(root, labels_csv, progress=progress, token=token)
    return scan_dataset(root, validation_root, progress=progress, token=token)


def _unique(values) -> list[str]:
    """In order of first appearance, case folded for comparison, first spelling kept."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return list(seen.values())
