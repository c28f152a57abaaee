"""A training set from a CSV of `file,labels`, the format labeling tools export: each row names
a photo (relative to the training folder, or absolute) and its labels separated by `|`; a row
with no labels is a "none of these" example. No file is copied or moved.

The CSV is checked whole before anything is trained: a row naming no file or a file that is
not there, a file named twice, a label that is empty or holds a path character, a label that
every photo carries (it tells nothing apart) or no label at all are each a one-line
DatasetError naming the CSV and the row.
"""

from __future__ import annotations

import csv
from pathlib import Path

from app.core.discovery import natural_key
from app.core.errors import DatasetError
from app.core.formats import LABELS_SEPARATOR  # as results files join them
from app.core.i18n import Context, translate
from app.core.progress import Progress, ProgressCallback, Stage, Token
from training.dataset import (
    DatasetScan,
    Sample,
    check_class_count,
    checked_root,
    usable_samples,
)
from training.scan_checks import check_scan

labels_csv = Context("labels_csv")

__all__ = ["read_labels_csv", "scan_labels_csv"]

_HEADER = ("file", "labels")  # an optional first row
_FORBIDDEN = ("/", "\\", "\0")  # a label becomes a folder name and a keyword level
_LISTED = 3  # rows named in one message


def read_labels_csv(csv_path: Path, root: Path) -> list[tuple[Path, tuple[str, ...]]]:
    """(photo, labels) per row of `csv_path`, paths resolved against `root`; DatasetError
    for the first kind of bad row found, naming the rows."""
    try:
        with csv_path.open(newline="", encoding="utf-8-sig") as stream:
            rows = list(csv.reader(stream))
    except OSError as exc:
        raise DatasetError(
            translate("labels_csv", "{path}: cannot read the labels CSV ({why})").format(
                path=csv_path, why=exc.strerror
            )
        ) from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise DatasetError(
            translate("labels_csv", "{path}: not a CSV of file,labels ({why})").format(
                path=csv_path, why=exc
            )
        ) from None
    numbered = [(n, row) for n, row in enumerate(rows, 1) if any(c.strip() for c in row)]
    if numbered and tuple(c.strip().lower() for c in numbered[0][1]) == _HEADER:
        numbered = numbered[1:]
    bad = [n for n, row in numbered if len(row) > 2 or not row[0].strip()]
    _refuse(
        csv_path,
        bad,
        translate(
            "labels_csv",
            "{path}: rows that are not `file,labels` (a file name, then its labels): row {rows}; "
            "correct the CSV and retry",
        ),
    )
    found: list[tuple[Path, tuple[str, ...]]] = []
    seen: dict[Path, int] = {}
    missing, twice, empty, forbidden = [], [], [], []
    for n, row in numbered:
        path = root / row[0].strip()  # an absolute name stays absolute
        names = tuple(x.strip() for x in row[1].split(LABELS_SEPARATOR)) if len(row) > 1 else ()
        names = () if names == ("",) else names
        if not path.is_file():
            missing.append(f"{n} ({row[0].strip()})")
        key = path.resolve()
        if key in seen:
            twice.append(
                translate("labels_csv", "{row} (= row {first})").format(row=n, first=seen[key])
            )
        seen.setdefault(key, n)
        if any(not x for x in names):
            empty.append(n)
        if any(c in x for x in names for c in _FORBIDDEN):
            forbidden.append(n)
        found.append((path, names))
    _refuse(
        csv_path,
        missing,
        translate(
            "labels_csv",
            "{path}: files that are not there (names relative to {root}): row {rows}; correct "
            "the CSV and retry",
        ),
        root=root,
    )
    _refuse(
        csv_path,
        twice,
        translate(
            "labels_csv",
            "{path}: a file named twice; give each photo one row with all its labels: row "
            "{rows}; correct the CSV and retry",
        ),
    )
    _refuse(
        csv_path,
        empty,
        translate(
            "labels_csv",
            "{path}: an empty label (two {separator} in a row, or one at an end): row {rows}; "
            "correct the CSV and retry",
        ),
        separator=LABELS_SEPARATOR,
    )
    _refuse(
        csv_path,
        forbidden,
        translate(
            "labels_csv",
            "{path}: a label with / or \\ in it; labels are names, not paths: row {rows}; "
            "correct the CSV and retry",
        ),
    )
    return found


def _refuse(csv_path: Path, rows: list, message: str, **fields: object) -> None:
    """DatasetError `message` (translated, its fields not yet filled) naming the first rows."""
    if rows:
        shown = ", ".join(str(r) for r in rows[:_LISTED])
        if (hidden := len(rows) - _LISTED) > 0:
            shown = labels_csv.tr("{rows} and %Ln more", "", hidden).format(rows=shown)
        raise DatasetError(message.format(path=csv_path, rows=shown, **fields))


def scan_labels_csv(
    root: str | Path,
    csv_path: str | Path,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> DatasetScan:
    """The DatasetScan of the photos `csv_path` labels (relative to `root`); DatasetError for
    what makes training impossible, progress and token as `scan_dataset` has them."""
    root, csv_path = checked_root(Path(root), "training"), Path(csv_path).expanduser()
    if progress:
        progress(Progress(Stage.SCAN))
    rows = read_labels_csv(csv_path, root)
    spelling = {x.casefold(): x for _, names in reversed(rows) for x in names}
    classes = sorted(spelling.values(), key=lambda c: natural_key(Path(c)))
    how = translate("labels_csv", "labels given in {path}").format(path=csv_path)
    check_class_count(root, classes, how)
    everywhere = [c for c in classes if all(c.casefold() in _folded(n) for _, n in rows)]
    if everywhere:
        raise DatasetError(
            translate(
                "labels_csv",
                "{path}: every photo has the label {labels}, so it tells nothing apart; remove it "
                "from the CSV, or add photos without it",
            ).format(path=csv_path, labels=", ".join(everywhere))
        )
    index = {name.casefold(): i for i, name in enumerate(classes)}
    candidates = [Sample.of(path, (index[x.casefold()] for x in names)) for path, names in rows]
    scan = DatasetScan(root=root, classes=classes, samples=[])
    shorter_sides: list[int] = []
    scan.samples = usable_samples(
        candidates, scan.skipped, shorter_sides, progress=progress, token=token
    )
    scan.set_shorter_sides(shorter_sides)
    check_scan(scan)
    return scan


def _folded(names: tuple[str, ...]) -> set[str]:
    return {x.casefold() for x in names}
