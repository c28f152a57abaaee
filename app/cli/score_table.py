"""The evaluation's table of scores per class (or per label) as `pictag train` and `pictag update`
print it: headings in the user's language, each column as wide as its heading or its numbers."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.i18n import translate
from app.core.path_text import display_width, pad

__all__ = ["ScoreTable", "multi_label_columns", "single_label_columns"]

Column = tuple[str, int, str]  # heading, narrowest width, format of its values


def single_label_columns() -> list[Column]:
    return [
        (translate("cli_score_table", "precision"), 9, ".3f"),
        (translate("cli_score_table", "recall"), 6, ".3f"),
        ("f1", 5, ".3f"),
        (translate("cli_score_table", "images"), 6, "d"),
    ]


def multi_label_columns() -> list[Column]:
    precision, recall, f1, images = single_label_columns()
    threshold = (translate("cli_score_table", "threshold"), 9, ".3f")
    return [precision, recall, f1, ("AP", 5, ".3f"), threshold, images]


class ScoreTable:
    """`heading()`, then one `row(name, *values)` per class; `width` is the names' column."""

    def __init__(self, first: str, names: Sequence[str], columns: list[Column]) -> None:
        self.width = max(8, display_width(first), *(display_width(n) for n in names))
        self._first = first
        self._columns = [
            (title, max(width, display_width(title)), fmt) for title, width, fmt in columns
        ]

    def heading(self) -> str:
        cells = (pad(title, width, ">") for title, width, _ in self._columns)
        return pad(self._first, self.width) + "  " + "  ".join(cells)

    def row(self, name: str, *values: float) -> str:
        cells = (
            f"{value:>{width}{fmt}}"
            for value, (_, width, fmt) in zip(values, self._columns, strict=True)
        )
        return pad(name, self.width) + "  " + "  ".join(cells)
