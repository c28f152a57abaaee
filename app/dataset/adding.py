"""Adding photos to a training folder under a label: a person's corrections become files there.

Each photo is copied (moved only when asked) into ROOT/<class folder>/ by the sort's `Filer`,
so it has the sort's guarantees: a safe folder name for any label, nothing ever overwritten,
every step journaled before it happens (ROOT/.pictag/additions/pictag-add-<time>.csv, in the
sort manifest's format) and undone by `app.sort.undo.undo_sort`, also after a crash. A label
that is not a class yet gets its folder. A photo whose bytes are already in the set is not
added again, and a photo that is already in the set under another class is moved to the new
one (a relabel: a copy would file one photo under two classes).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core.discovery import class_folders, discover
from app.core.errors import UsageError
from app.core.i18n import Context, translate
from app.core.journal import Journal, reason
from app.core.journaled import handle_each
from app.core.progress import ProgressCallback, Stage, Token
from app.dataset.contents import ContentIndex
from app.sort.filer import Filer
from app.sort.manifest import new_manifest
from app.sort.safe_names import folder_names, safe_folder_name

dataset_adding = Context("dataset_adding")

__all__ = [
    "Adding",
    "Addition",
    "AddSummary",
    "MANIFESTS",
    "add_to_dataset",
    "and_more",
    "class_mismatch",
    "folders_for",
    "new_set_manifest",
    "open_addition",
    "start_training_set",
]

MANIFESTS = Path(".pictag") / "additions"  # inside the set; hidden, so never taken for a class


@dataclass(frozen=True)
class Addition:
    """One photo and the class a person says it shows."""

    path: Path
    label: str


@dataclass
class AddSummary:
    root: Path
    manifest: Path | None
    move: bool
    added: list[tuple[Path, Path]] = field(default_factory=list)  # (photo, where it is now)
    relabelled: list[tuple[Path, Path]] = field(default_factory=list)  # moved between classes
    duplicates: list[tuple[Path, Path]] = field(default_factory=list)  # (photo, same bytes in set)
    already: list[Path] = field(default_factory=list)  # in that very class already
    failed: list[tuple[Path, str]] = field(default_factory=list)  # left where it is, with why
    originals_kept: list[tuple[Path, str]] = field(default_factory=list)  # moved, source stayed
    created: list[str] = field(default_factory=list)  # class folders that did not exist
    notices: list[str] = field(default_factory=list)  # what a person should know
    stopped: bool = False  # cut short (a cancel, a full disk): the rest were not tried
    error: str = ""  # why it stopped, when not on request

    @property
    def counts(self) -> Counter[str]:
        """Photos now in each class folder through this addition."""
        return Counter(dest.parent.name for _, dest in self.added + self.relabelled)

    def message(self) -> str:
        """The outcome in a few sentences, for the status line or the terminal."""
        parts = []
        placed = len(self.added) + len(self.relabelled)
        per_class = ", ".join(f"{name} {n}" for name, n in sorted(self.counts.items()))
        placed_text = (
            dataset_adding.tr("Moved %Ln photos to {root}{per_class}.", "", placed)
            if self.move
            else dataset_adding.tr("Added %Ln photos to {root}{per_class}.", "", placed)
        )
        per_class = f" ({per_class})" if per_class else ""
        parts.append(placed_text.format(root=self.root, per_class=per_class))
        if self.created:
            parts.append(
                translate("dataset_adding", "New class folders: {folders}.").format(
                    folders=", ".join(self.created)
                )
            )
        if relabelled := len(self.relabelled):
            parts.append(
                dataset_adding.tr("%Ln moved from another class of the set.", "", relabelled)
            )
        if self.duplicates:
            photo, twin = self.duplicates[0]
            parts.append(
                translate(
                    "dataset_adding",
                    "Not added again, already in the set: {photo} is {twin}{more}.",
                ).format(photo=photo.name, twin=twin, more=and_more(self.duplicates))
            )
        if already := len(self.already):
            parts.append(dataset_adding.tr("%Ln already in that class.", "", already))
        if self.failed:
            photo, why = self.failed[0]
            parts.append(
                translate("dataset_adding", "Not added: {photo}: {why}{more}.").format(
                    photo=photo, why=why, more=and_more(self.failed)
                )
            )
        if self.error:
            parts.append(self.error)
        return " ".join(parts + self.notices)


def and_more(items: list) -> str:
    """ " (and N more)" after the first of `items` named ("" when it is the only one)."""
    if (hidden := len(items) - 1) < 1:
        return ""
    return " " + dataset_adding.tr("(and %Ln more)", "", hidden)


def training_folder_missing(root: Path) -> UsageError:
    """The error for a training folder that is not there any more (adding to it, removing)."""
    return UsageError(
        translate(
            "dataset_adding", "{root}: the training folder is not there (moved or deleted?)"
        ).format(root=root)
    )


def folders_for(labels: Iterable[str], classes: Sequence[str]) -> dict[str, str]:
    """The class folder each label goes to. An existing class is found by its name, then
    ignoring case, then by its safe folder name ("Cat", "cat " and "cat" are one class); new
    labels that are spelled alike share one new safe folder name, distinct from every class."""
    by_fold: dict[str, str] = {}
    for name in classes:
        by_fold.setdefault(name.casefold(), name)
    found: dict[str, str] = {}
    new: dict[str, list[str]] = {}  # a new folder's spelling -> the labels that mean it
    for label in sorted(set(labels)):
        spelling = safe_folder_name(label).casefold()
        match = (
            label if label in classes else by_fold.get(label.casefold()) or by_fold.get(spelling)
        )
        if match is None:
            new.setdefault(spelling, []).append(label)
        else:
            found[label] = match
    names = folder_names([group[0] for group in new.values()], taken=classes)
    for group in new.values():
        found.update({label: names[group[0]] for label in group})
    return found


def class_mismatch(model_labels: Sequence[str], classes: Sequence[str], root: Path) -> str:
    """What differs between a model's classes and its training folder's ("" when nothing)."""
    missing = [label for label in model_labels if label not in classes]
    extra = [name for name in classes if name not in model_labels]
    if not (missing or extra):
        return ""
    parts = []
    if missing:
        parts.append(
            translate("dataset_adding", "no folder for {classes} (removed or renamed?)").format(
                classes=", ".join(missing)
            )
        )
    if extra:
        parts.append(
            translate("dataset_adding", "classes the model does not know yet: {classes}").format(
                classes=", ".join(extra)
            )
        )
    return translate(
        "dataset_adding",
        "The model's classes no longer match {root}: {differences}. Photos go to the folders "
        "named; update the model to learn the folder's classes.",
    ).format(root=root, differences="; ".join(parts))


def start_training_set(root: Path, classes: Iterable[str] = ()) -> list[str]:
    """Make ROOT a training folder (created if needed) with a folder for each class name;
    existing class folders stay as they are. Returns the class folders it has now."""
    root = Path(root)
    if os.path.lexists(root) and not root.is_dir():
        raise UsageError(
            translate(
                "dataset_adding", "{root} is a file; choose a folder for the training set"
            ).format(root=root)
        )
    wanted = [name.strip() for name in classes if name.strip()]
    try:
        root.mkdir(parents=True, exist_ok=True)
        existing = [p.name for p in class_folders(root)]
        for folder in sorted(set(folders_for(wanted, existing).values()) - set(existing)):
            (root / folder).mkdir(exist_ok=True)
        return [p.name for p in class_folders(root)]
    except OSError as exc:
        raise UsageError(
            translate(
                "dataset_adding",
                "cannot create the training set in {root} ({why}); choose a folder you can "
                "write to",
            ).format(root=root, why=reason(exc))
        ) from None


def add_to_dataset(
    root: Path,
    additions: Iterable[Addition],
    *,
    move: bool = False,
    model_labels: Sequence[str] | None = None,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> AddSummary:
    """Copy (or move) each photo into ROOT/<its label's class folder>/, journaled; a cancel or
    a stop ends it between two photos. `model_labels`, when given, are the classes of the model
    the corrections are for: a folder that no longer matches them is said in the notices.
    UsageError before anything is written when ROOT or a label cannot be used."""
    additions = list(additions)
    adding = open_addition(root, additions, move=move, model_labels=model_labels)
    try:
        handle_each(
            adding, additions, len(additions), stage=Stage.ADD, progress=progress, token=token
        )
    finally:
        adding.close()
    return adding.summary


def open_addition(
    root: Path,
    additions: Sequence[Addition],
    *,
    move: bool = False,
    model_labels: Sequence[str] | None = None,
) -> Adding:
    """The handler that adds `additions` one by one (`add_to_dataset`'s, or a worker's that
    hands it the photos itself), its manifest created; close it when done, also after an error.
    UsageError before anything is written when ROOT or a label cannot be used."""
    root = Path(root)
    if not root.is_dir():
        raise training_folder_missing(root)
    if any(not a.label.strip() for a in additions):
        raise UsageError(
            translate("dataset_adding", "a class name cannot be empty; type a name or pick a class")
        )
    classes = [p.name for p in class_folders(root)]
    folders = folders_for([a.label.strip() for a in additions], classes)
    journal = new_set_manifest(root, "pictag-add")
    summary = AddSummary(root, journal.path, move)
    if model_labels is not None and (notice := class_mismatch(model_labels, classes, root)):
        summary.notices.append(notice)
    return Adding(root, classes, folders, move, journal, summary)


def new_set_manifest(root: Path, prefix: str, *folders: Path) -> Journal:
    """A new sort manifest in ROOT/.pictag/additions/ (and `folders` inside ROOT created); a
    UsageError when the training folder cannot be written."""
    try:
        for folder in (MANIFESTS, *folders):
            (root / folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(
            translate(
                "dataset_adding",
                "cannot write in {root} ({why}); the training folder must be writable",
            ).format(root=root, why=reason(exc))
        ) from None
    return new_manifest(root / MANIFESTS, prefix=prefix)


class Adding:
    """The journaled job's handler (`open_addition`): the set's classes and contents, the
    filer, the summary."""

    def __init__(
        self,
        root: Path,
        classes: list[str],
        folders: dict[str, str],
        move: bool,
        journal: Journal,
        summary: AddSummary,
    ) -> None:
        self.root, self.classes, self.folders, self.move = root, set(classes), folders, move
        self.filer, self.summary, self._journal = Filer(root, journal), summary, journal
        self._real_root = Path(os.path.realpath(root))
        self._index: ContentIndex | None = None

    def close(self) -> AddSummary:
        """The manifest closed, and the class folders this addition created named."""
        self._journal.close()
        placed = self.summary.added + self.summary.relabelled
        self.summary.created = sorted({dest.parent.name for _, dest in placed} - self.classes)
        return self.summary

    def add(self, addition: Addition) -> None:
        label = addition.label.strip()
        self._add(Path(addition.path), label, self.folders[label], move=self.move)

    def _add(self, photo: Path, label: str, folder: str, *, move: bool) -> None:
        summary = self.summary
        if not photo.is_file():
            self._refuse(photo, translate("dataset_adding", "not found, or not a file"))
            return
        current = self._class_of(photo)
        if current == folder:
            summary.already.append(photo)
            return
        if current is None:
            try:
                twin = self._contents().find(photo)
            except OSError as exc:
                why = translate("dataset_adding", "cannot be read ({why})")
                self._refuse(photo, why.format(why=reason(exc)))
                return
            if twin is not None:
                summary.duplicates.append((photo, twin))
                same = translate("dataset_adding", "same content as {twin}").format(twin=twin)
                self.filer.leave(photo, same, status="duplicate")
                return
        relabel = current is not None  # a photo of the set changes class: never two copies
        filed = self.filer.file(photo, folder, move=move or relabel, label=label, confidence=None)
        if filed.destination is None:
            summary.failed.append((photo, filed.error or ""))
            if filed.disk_full:  # the rest would fail too: the job ends here
                summary.stopped = True
                summary.error = translate(
                    "dataset_adding",
                    "The disk holding {root} is full: nothing more was added. Free some space, "
                    "then add the rest again (what was added can be undone).",
                ).format(root=self.root)
            return
        (summary.relabelled if relabel else summary.added).append((photo, filed.destination))
        if filed.original_kept is not None:
            summary.originals_kept.append((photo, filed.original_kept))
        if self._index is not None:
            self._index.add(filed.destination, filed.destination.stat().st_size)

    def _refuse(self, photo: Path, why: str) -> None:
        self.summary.failed.append((photo, why))
        self.filer.leave(photo, why)

    def _class_of(self, photo: Path) -> str | None:
        """The class folder `photo` is in when it is already part of the set (its folders
        resolved, the file itself not: a link to a photo of the set is not that photo)."""
        real = Path(os.path.realpath(photo.parent)) / photo.name
        try:
            parts = real.relative_to(self._real_root).parts
        except ValueError:
            return None
        return parts[0] if len(parts) > 1 and parts[0] in self.classes else None

    def _contents(self) -> ContentIndex:
        if self._index is None:
            found = discover([self.root / name for name in sorted(self.classes)])
            self._index = ContentIndex(found.files)
        return self._index
