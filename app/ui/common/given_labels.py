"""What the results views say a photo is given: "None of these", one label, or several.

The list, the grid and the detail view say it the same way: a photo the model sets aside
reads "None of these" with its best guess greyed, a multi-label photo lists every label it is
given, and a label shown but not given is greyed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.results import ClassifyResult

__all__ = ["given_line", "is_given", "none_of_these_text"]


def none_of_these_text() -> str:
    return QCoreApplication.translate("Results", "None of these")


def given_line(result: ClassifyResult) -> str:
    """A line above the probabilities when the labels given are not just the top one:
    "None of these", or every label of a multi-label photo; "" otherwise."""
    if not result.ok:
        return ""
    if result.none_of_these:
        return none_of_these_text()
    if len(result.labels) > 1:
        return ", ".join(result.labels)
    return ""


def is_given(result: ClassifyResult, label: str) -> bool:
    return label in result.labels
