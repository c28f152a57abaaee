"""The Results page's numbers for what a confusion matrix cannot show: a multi-label model's
per-label scores (with the photos behind each), and a model's "none of these" detector.

A multi-label photo can be right on one label and wrong on another, so there is no single
"predicted as" cell to click: the page lists, per label, precision, recall, F1, average
precision and the photos, and a click on a label shows the photos that carry it but were not
given it, and those given it that do not carry it.

It reads the evaluation as `MultiLabelEvaluation.as_dict()` writes it into the report:
`per_label` (a list of {name, precision, recall, f1, average_precision, support, ...}),
`mislabeled` (the photos not given exactly their labels: {path, true, given, probabilities}),
`classes`, `mean_average_precision`, `micro_f1`, `exact_match`, `images`; and a model's
detector as `OpenSet.as_dict()` writes it, when it has one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.core.decision import OpenSet
from training.evaluation import Mistake

__all__ = [
    "LABEL_COLUMNS",
    "detector_line",
    "is_multi_label",
    "label_items",
    "label_photos",
    "scores_line",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("LabelScores", text)


LABEL_COLUMNS = {
    "Label": "Click a label to see the photos it got wrong",
    "Precision": "Of the photos given this label, the share that carry it",
    "Recall": "Of the photos that carry this label, the share given it",
    "F1": "The balance of precision and recall (1 is perfect)",
    "AP": "Average precision: how well the label's probability ranks its photos first",
    "Photos": "Validation photos that carry this label",
}


def is_multi_label(data: dict[str, Any]) -> bool:
    return "per_label" in data


def scores_line(data: dict[str, Any]) -> str:
    """The headline of a multi-label evaluation."""
    text = _tr("mAP %1 · micro-F1 %2 · exact match %3 on %4 validation photos")
    values = (
        f"{data['mean_average_precision']:.2f}",
        f"{data['micro_f1']:.2f}",
        f"{data['exact_match']:.1%}",
        f"{data.get('images', 0):,}",
    )
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", value)
    return text


def detector_line(open_set: OpenSet | None) -> str:
    """What the model's "none of these" detector does, "" when it has none."""
    if open_set is None:
        return ""
    text = _tr('"None of these": %1, keeps %2 of the %3 known validation photos')
    text = text.replace("%1", open_set.method).replace("%2", f"{open_set.kept_share():.0%}")
    return text.replace("%3", f"{len(open_set.known):,}")


def label_items(data: dict[str, Any], model: QStandardItemModel) -> None:
    """Fill the per-label table (a label's row holds its name in the user role)."""
    model.clear()
    model.setHorizontalHeaderLabels([_tr(title) for title in LABEL_COLUMNS])
    for column, tip in enumerate(LABEL_COLUMNS.values()):
        model.horizontalHeaderItem(column).setToolTip(_tr(tip))
    for entry in data["per_label"]:
        texts = (
            f"{entry['precision']:.1%}",
            f"{entry['recall']:.1%}",
            f"{entry['f1']:.2f}",
            f"{entry['average_precision']:.2f}",
            f"{entry['support']:,}",
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

    missed = [
        Mistake(Path(m["path"]), name, _tr("not given"), probability(m))
        for m in mislabeled
        if name in m["true"] and name not in m["given"]
    ]
    not_name = _tr("not %1").replace("%1", name)
    wrong = [
        Mistake(Path(m["path"]), not_name, name, probability(m))
        for m in mislabeled
        if name in m["given"] and name not in m["true"]
    ]
    title = _tr("<b>%1</b>: %2 missed, %3 given wrongly").replace("%1", name)
    title = title.replace("%2", f"{len(missed):,}").replace("%3", f"{len(wrong):,}")
    return title, missed + wrong
