"""The Results page's numbers for what a confusion matrix cannot show: a multi-label model's
per-label scores, with the photos behind each.

A multi-label photo can be right on one label and wrong on another, so there is no single
"predicted as" cell to click: the page lists, per label, precision, recall, F1, average
precision and the photos, and a click on a label shows the photos that carry it but were not
given it, and those given it that do not carry it.

It reads the evaluation as `MultiLabelEvaluation.as_dict()` writes it into the report:
`per_label` (a list of {name, precision, recall, f1, average_precision, support, ...}),
`mislabeled` (the photos not given exactly their labels: {path, true, given, probabilities}),
`classes`, `mean_average_precision`, `micro_f1`, `exact_match`, `images`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.common.locale_text import decimal, number, percent
from training.evaluation import Mistake

__all__ = [
    "LABEL_COLUMNS",
    "is_multi_label",
    "label_items",
    "label_photos",
]

# Titles and tooltips, translated where the table is filled.
LABEL_COLUMNS = {
    QT_TRANSLATE_NOOP("LabelScores", "Label"): QT_TRANSLATE_NOOP(
        "LabelScores", "Click a label to see the photos it got wrong"
    ),
    QT_TRANSLATE_NOOP("LabelScores", "Precision"): QT_TRANSLATE_NOOP(
        "LabelScores", "Of the photos given this label, the share that carry it"
    ),
    QT_TRANSLATE_NOOP("LabelScores", "Recall"): QT_TRANSLATE_NOOP(
        "LabelScores", "Of the photos that carry this label, the share given it"
    ),
    QT_TRANSLATE_NOOP("LabelScores", "F1"): QT_TRANSLATE_NOOP(
        "LabelScores", "The balance of precision and recall (1 is perfect)"
    ),
    QT_TRANSLATE_NOOP("LabelScores", "AP"): QT_TRANSLATE_NOOP(
        "LabelScores", "Average precision: how well the label's probability ranks its photos first"
    ),
    QT_TRANSLATE_NOOP("LabelScores", "Photos"): QT_TRANSLATE_NOOP(
        "LabelScores", "Validation photos that carry this label"
    ),
}


def is_multi_label(data: dict[str, Any]) -> bool:
    return "per_label" in data


def label_items(data: dict[str, Any], model: QStandardItemModel) -> None:
    """Fill the per-label table (a label's row holds its name in the user role)."""
    model.clear()
    model.setHorizontalHeaderLabels(
        [QCoreApplication.translate("LabelScores", title) for title in LABEL_COLUMNS]
    )
    for column, tip in enumerate(LABEL_COLUMNS.values()):
        model.horizontalHeaderItem(column).setToolTip(
            QCoreApplication.translate("LabelScores", tip)
        )
    for entry in data["per_label"]:
        texts = (
            percent(entry["precision"], 1),
            percent(entry["recall"], 1),
            decimal(entry["f1"], 2),
            decimal(entry["average_precision"], 2),
            number(entry["support"]),
        )
        row = [QStandardItem(entry["name"])] + [QStandardItem(t) for t in texts]
        for item in row[1:]:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for item in row:
            item.setEditable(False)
        model.appendRow(row)


def label_photos(data: dict[str, Any], row: int) -> tuple[str, list[Mistake]]:
    """The photos behind a label's row, as the gallery shows them: carried but not given
    ("cat → not given"), then given but not carried ("not cat → cat"); and its title."""
    name = data["per_label"][row]["name"]
    column = list(data["classes"]).index(name)
    mislabeled = data.get("mislabeled", ())

    def probability(photo: dict[str, Any]) -> float:
        values = photo.get("probabilities") or ()
        return float(values[column]) if column < len(values) else 0.0

    not_given = QCoreApplication.translate("LabelScores", "not given")
    missed = [
        Mistake(Path(m["path"]), name, not_given, probability(m))
        for m in mislabeled
        if name in m["true"] and name not in m["given"]
    ]
    not_name = QCoreApplication.translate("LabelScores", "not {label}").format(label=name)
    wrong = [
        Mistake(Path(m["path"]), not_name, name, probability(m))
        for m in mislabeled
        if name in m["given"] and name not in m["true"]
    ]
    title = QCoreApplication.translate(
        "LabelScores", "<b>{label}</b>: {missed} missed, {wrong} given wrongly"
    ).format(label=name, missed=number(len(missed)), wrong=number(len(wrong)))
    return title, missed + wrong
