"""The Classify tab's results as a Qt model: rows stream in by chunk and 10,000 stay cheap.

Sorting lives in the source model, not in the proxy: a QSortFilterProxyModel over a Python model
calls `data()` twice per comparison (~255,000 calls, 0.45 s for 10,000 rows, measured), while
sorting the rows in Python by key takes ~50 ms, and new chunks are merged into the sorted order.
The proxy only filters, reading the stored results directly rather than through `data()`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)

from app.core.decision import Decision
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.result_order import Order, order_key
from app.core.results import ClassifyResult
from app.ui.common.locale_text import decimal
from app.ui.workers.classify import ClassifySummary
from training.dataset import NONE_FOLDER

__all__ = [
    "ResultRole",
    "PathRole",
    "ReviewRole",
    "Review",
    "ResultsModel",
    "ResultsFilter",
    "choice_text",
    "describe_summary",
    "redecided",
]

ResultRole = Qt.ItemDataRole.UserRole + 1  # the ClassifyResult
PathRole = Qt.ItemDataRole.UserRole + 2
ReviewRole = Qt.ItemDataRole.UserRole + 3  # the Review of the row, or None


@dataclass(frozen=True)
class Review:
    """What a person said about a row: the top label is right (confirmed) or another one is
    (corrected); `added` once the photo is in the training set under `label`. "None of these"
    is the label NONE_FOLDER (the training folder's place for such photos); for a multi-label
    model `labels` is the set of labels the person gave (empty: none of these)."""

    label: str
    corrected: bool
    added: bool = False
    labels: tuple[str, ...] | None = None  # a multi-label model's set; None: one label

    @property
    def none_of_these(self) -> bool:
        return self.label == NONE_FOLDER

    @classmethod
    def of_set(cls, labels: tuple[str, ...], given: tuple[str, ...]) -> Review:
        """A multi-label row's set of labels; corrected when it is not the set `given`."""
        label = " + ".join(labels) if labels else NONE_FOLDER
        return cls(label, corrected=set(labels) != set(given), labels=labels)


ALL_LABELS = QT_TRANSLATE_NOOP("ResultsFilter", "All labels")
ERRORS_ONLY = QT_TRANSLATE_NOOP("ResultsFilter", "Errors only")
NONE_ONLY = QT_TRANSLATE_NOOP("ResultsFilter", "None of these")  # the photos given no label
LABELLED_ONLY = QT_TRANSLATE_NOOP("ResultsFilter", "Given a label")  # given one (or several)


def choice_text(choice: str) -> str:
    """A filter choice as the person reads it (translated); the box lists it, the filter
    recognises it."""
    return QCoreApplication.translate("ResultsFilter", choice)


Index = QModelIndex | QPersistentModelIndex


def describe_summary(summary: ClassifySummary) -> str:
    """The status line at the end of a run, e.g. "Classified 1,000 images in 12.3 s (81
    images/s); 3 could not be read; 5 files in other formats left out". Its plurals are
    `ResultsModel.tr`'s: lupdate marks a plural only in a `tr` call."""
    rate = summary.classified / summary.seconds if summary.seconds > 0 else 0.0
    classified = ResultsModel.tr(
        "Classified %Ln images in {seconds} s ({rate} images/s)", "", summary.classified
    )
    parts = [classified.format(seconds=decimal(summary.seconds, 1), rate=decimal(rate, 0))]
    if summary.failed:
        parts.append(ResultsModel.tr("%Ln could not be read", "", summary.failed))
    left_out = sum(summary.left_out.values())
    if left_out:
        parts.append(ResultsModel.tr("%Ln files in other formats left out", "", left_out))
    if summary.paired:
        parts.append(
            ResultsModel.tr(
                "%Ln RAW+JPEG pairs classified once, through the JPEG", "", summary.paired
            )
        )
    return "; ".join(parts)


def redecided(result: ClassifyResult, decision: Decision) -> ClassifyResult:
    """`result` with the labels `decision` gives it, from what the run kept (the labels it
    matched and its novelty): a new threshold without running the network again."""
    if not result.ok:
        return result
    labels = decision.give(result.matched, result.novelty)
    return result if labels == result.labels else replace(result, labels=labels)


class _Row:
    """A result and its position in file order (the tie-breaker of every sort)."""

    __slots__ = ("result", "seq")

    def __init__(self, result: ClassifyResult, seq: int) -> None:
        self.result = result
        self.seq = seq


def _sort_key(order: Order) -> Callable[[_Row], tuple]:
    key = order_key(order)
    return lambda row: key(row.result, row.seq)


class ResultsModel(QAbstractListModel):
    """Holds ClassifyResults only (thumbnails live in the shared cache); one insert per chunk."""

    labels_added = Signal(list)  # top-1 labels seen for the first time in a chunk

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._keys: list[tuple] = []  # parallel to _rows, for bisecting new rows into place
        self._mode = Order.FILE
        self._key = _sort_key(self._mode)
        self._next_seq = 0
        self._labels: dict[str, str] = {}  # casefolded top-1 label -> label
        self._row_of: dict[Path, int] | None = {}  # rebuilt lazily after rows move
        self._reviews: dict[Path, Review] = {}

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._rows[index.row()].result
        if role == ResultRole:
            return result
        if role == Qt.ItemDataRole.DisplayRole:  # keyboard search and accessibility
            return result.path.name
        if role == PathRole:
            return result.path
        if role == ReviewRole:
            return self._reviews.get(result.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(result.path) if result.ok else f"{result.path}\n{result.error}"
        return None

    # -- contents ------------------------------------------------------------------------------

    def result_at(self, row: int) -> ClassifyResult:
        return self._rows[row].result

    def results(self) -> list[ClassifyResult]:
        """All results in file order, whatever the sort."""
        return [row.result for row in sorted(self._rows, key=lambda r: r.seq)]

    def labels(self) -> list[str]:
        return sorted(self._labels.values(), key=str.casefold)

    def known_label(self, text: str) -> str | None:
        return self._labels.get(text.casefold())

    def review(self, path: Path) -> Review | None:
        return self._reviews.get(path)

    def set_review(self, paths: Iterable[Path], review: Callable[[Path], Review | None]) -> None:
        """Mark each row (`review(path)`: its new mark, None to clear it) and repaint it."""
        for path in paths:
            mark = review(path)
            if mark is None:
                self._reviews.pop(path, None)
            else:
                self._reviews[path] = mark
            row = self.row_of(path)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index, [ReviewRole])

    def clear(self) -> None:
        self.beginResetModel()
        self._reviews = {}
        self._rows, self._keys, self._labels, self._row_of = [], [], {}, {}
        self._next_seq = 0
        self.endResetModel()

    def append(self, results: Sequence[ClassifyResult]) -> None:
        """Add a chunk: one insert at the end in file order, else one per run of rows that land
        together (new rows are merged into the sorted order, so a sort holds while streaming)."""
        if not results:
            return
        new = [_Row(r, self._next_seq + i) for i, r in enumerate(results)]
        self._next_seq += len(new)
        keyed = sorted(((self._key(row), row) for row in new), key=lambda kr: kr[0])
        i = 0
        while i < len(keyed):
            position = bisect_right(self._keys, keyed[i][0])
            j = i + 1
            following = self._keys[position] if position < len(self._keys) else None
            while j < len(keyed) and (following is None or keyed[j][0] < following):
                j += 1
            self.beginInsertRows(QModelIndex(), position, position + j - i - 1)
            self._keys[position:position] = [k for k, _ in keyed[i:j]]
            self._rows[position:position] = [r for _, r in keyed[i:j]]
            self.endInsertRows()
            if self._row_of is not None:
                if position + j - i == len(self._rows):  # appended: earlier rows did not move
                    for offset, (_, row) in enumerate(keyed[i:j]):
                        self._row_of[row.result.path] = position + offset
                else:
                    self._row_of = None
            i = j
        self._note_labels(results)

    def redecide(self, decision: Decision) -> int:
        """Give every row the labels `decision` gives it (see `redecided`), repainting and
        refiltering the rows that changed; returns how many changed."""
        changed = []
        for i, row in enumerate(self._rows):
            result = redecided(row.result, decision)
            if result is not row.result:
                row.result = result
                changed.append(i)
        if changed:
            self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]), [ResultRole])
            self._resort()  # no order reads the labels today; one that does stays true
        return len(changed)

    def set_sort_mode(self, mode: Order) -> None:
        """Reorder the rows in place; selections and the current row follow their results."""
        if mode is self._mode:
            return
        self._mode, self._key = mode, _sort_key(mode)
        self._resort(force=True)

    def _resort(self, *, force: bool = False) -> None:
        keys = [self._key(row) for row in self._rows]
        if not force and keys == self._keys:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [self._rows[index.row()] for index in persistent]
        keyed = sorted(zip(keys, self._rows, strict=True), key=lambda kr: kr[0])
        self._keys = [k for k, _ in keyed]
        self._rows = [r for _, r in keyed]
        new_row = {id(row): i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(new_row[id(r)]) for r in moved])
        self._row_of = None
        self.layoutChanged.emit()

    def row_of(self, path: Path) -> int | None:
        if self._row_of is None:
            self._row_of = {row.result.path: i for i, row in enumerate(self._rows)}
        return self._row_of.get(path)

    @Slot(Path)
    def thumbnail_ready(self, path: Path) -> None:
        """Repaint the row showing `path`; only the decoration changed, so the proxy neither
        refilters nor resorts."""
        row = self.row_of(path)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _note_labels(self, results: Sequence[ClassifyResult]) -> None:
        added = []
        for result in results:
            for label in result.labels or ():
                if label.casefold() not in self._labels:
                    self._labels[label.casefold()] = label
                    added.append(label)
        if added:
            self.labels_added.emit(added)


class ResultsFilter(QSortFilterProxyModel):
    """Filters on the top-1 label: exactly, when the query names a label seen so far, else by
    substring (typing "cat" finds "tabby cat"); or shows only the files that failed, only the
    photos given no label ("none of these"), or only those given one."""

    def __init__(self, source: ResultsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._exact: str | None = None  # casefolded label
        self._contains = ""
        self._errors_only = False
        self._given: bool | None = None  # True: only photos given a label; False: only "none"
        self._below: float | None = None  # show only rows whose top probability is lower
        self.setDynamicSortFilter(True)
        self.setFilterRole(ResultRole)  # only a change of the result itself refilters
        self.setSourceModel(source)

    def set_query(self, text: str) -> None:
        query = text.strip()
        folded = query.casefold()
        errors_only = folded == choice_text(ERRORS_ONLY).casefold()
        given = {
            choice_text(NONE_ONLY).casefold(): False,
            choice_text(LABELLED_ONLY).casefold(): True,
        }.get(folded)
        everything = not query or folded == choice_text(ALL_LABELS).casefold()
        if everything or errors_only or given is not None:
            exact, contains = None, ""
        elif self._source.known_label(query) is not None:
            exact, contains = folded, ""
        else:
            exact, contains = None, folded
        state = (exact, contains, errors_only, given)
        if state == (self._exact, self._contains, self._errors_only, self._given):
            return
        self._begin_filter_change()
        self._exact, self._contains, self._errors_only, self._given = state
        self._end_filter_change()

    def set_below(self, threshold: float | None) -> None:
        """Show only the rows the model is less sure of than `threshold` (None: all)."""
        if threshold == self._below:
            return
        self._begin_filter_change()
        self._below = threshold
        self._end_filter_change()

    @property
    def active(self) -> bool:
        return (
            self._errors_only
            or self._given is not None
            or self._exact is not None
            or bool(self._contains)
            or self._below is not None
        )

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        result = self._source.result_at(source_row)
        if self._errors_only:
            return not result.ok
        if self._given is not None and (not result.ok or result.none_of_these == self._given):
            return False
        if self._below is not None and (
            not result.predictions or result.predictions[0].probability >= self._below
        ):
            return False
        if self._exact is None and not self._contains:
            return True
        given = [label.casefold() for label in result.labels or ()]
        if self._exact is not None:
            return self._exact in given
        return any(self._contains in label for label in given)

    def _begin_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10+
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()
