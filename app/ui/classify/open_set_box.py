"""The Classify tab's "None of these" row: how many known photos the model's unknown-photo
detector keeps, moved by the person and remembered per model, and what that does.

Moving it re-decides the photos shown at once, from what each result kept (the labels it
matched and its novelty), with no new run; the model decides new runs with it too. A model
without a detector (ImageNet, or one made before Pictag had "none of these") shows the row
disabled, saying why.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QSpinBox, QWidget

from app.core.decision import DEFAULT_KEEP_KNOWN, MIN_KEEP_KNOWN, Decision
from app.core.results import ClassifyResult
from app.ui.common.locale_text import number, percent
from app.ui.common.results_model import ResultRole, ResultsModel, redecided
from app.ui.model.model_controller import ModelController

if TYPE_CHECKING:
    from app.core.model_loader import LoadedModel

__all__ = ["OpenSetBox", "set_aside"]


def set_aside(results: list[ClassifyResult], decision: Decision) -> int:
    """How many of `results` the detector sets aside as none of the model's classes."""
    return sum(1 for r in results if r.ok and decision.is_novel(r.novelty))


class OpenSetBox(QWidget):
    """A slider and a spin box in percent (50-100) and a line saying what they do.

    It follows the controller's model and re-decides `results` when the person moves it, if
    they are that model's (`results_from`)."""

    share_changed = Signal(float)  # the person moved it: the share of known photos to keep

    def __init__(
        self, controller: ModelController, results: ResultsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller, self._results = controller, results
        self._decision = Decision()
        self._source: LoadedModel | None = None  # the model behind the results shown
        self.title = QLabel(self.tr("None of these: keep"))
        low, high = round(MIN_KEEP_KNOWN * 100), 100
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(low, high)
        self.slider.setMaximumWidth(160)
        self.spin = QSpinBox(minimum=low, maximum=high, suffix=" %")
        self.after = QLabel(self.tr("of known photos"))
        self.effect = QLabel()
        self.effect.setObjectName("openSetEffect")
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        self.spin.valueChanged.connect(self._moved)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.slider, self.spin, self.after):
            row.addWidget(widget)
        row.addSpacing(8)
        row.addWidget(self.effect, 1)
        self.show_decision(Decision(), "")
        controller.ready.connect(self._model_ready)
        controller.decision_changed.connect(self._decision_changed)
        self.share_changed.connect(controller.set_keep_known)
        for changed in (results.rowsInserted, results.modelReset):
            changed.connect(self._count)
        results.dataChanged.connect(self._data_changed)

    def results_from(self, model: LoadedModel) -> None:
        """The results shown from now on are `model`'s."""
        self._source = model

    def decided(self, chunk: Sequence[ClassifyResult]) -> list[ClassifyResult]:
        """A chunk of the run as its model decides now: a share moved while the chunk was
        on its way counts for it too."""
        if self._source is None:
            return list(chunk)
        return [redecided(result, self._source.decision) for result in chunk]

    @property
    def available(self) -> bool:
        return self._decision.open_set is not None

    def show_decision(self, decision: Decision, notice: str) -> None:
        """A newly loaded model's decision (`notice`: what an old model says of itself)."""
        self._decision = decision
        open_set = decision.open_set
        share = open_set.keep if open_set is not None else DEFAULT_KEEP_KNOWN
        for widget in (self.slider, self.spin):
            widget.blockSignals(True)
        self.spin.setValue(round(share * 100))
        self.slider.setValue(round(share * 100))
        for widget in (self.slider, self.spin):
            widget.blockSignals(False)
        why = (
            ""
            if open_set is not None
            else notice
            or self.tr(
                "This model has no unknown-photo detector: it gives every photo one of its "
                'classes. Models Pictag trains or updates can say "None of these".'
            )
        )
        for widget in (self.title, self.slider, self.spin, self.after):
            widget.setEnabled(open_set is not None)
            widget.setToolTip(why or self._tool_tip())
        self.effect.setToolTip(why)
        self.show_effect(0, 0)

    def show_effect(self, aside: int, shown: int) -> None:
        """Say what the share does: known validation photos kept, photos shown set aside."""
        open_set = self._decision.open_set
        if open_set is None:
            self.effect.setText(self.tr("(not available for this model)"))
            return
        kept, known = percent(open_set.kept_share()), len(open_set.known)
        if shown:
            text = self.tr(
                "keeps {share} of the {known} known validation photos; sets aside {aside} of "
                "the %Ln photos shown",
                "",
                shown,
            ).format(share=kept, known=number(known), aside=number(aside))
        else:
            text = self.tr("keeps {share} of the %Ln known validation photos", "", known).format(
                share=kept
            )
        self.effect.setText(text)

    @Slot(object, object)
    def _model_ready(self, model: LoadedModel, _spec: object) -> None:
        self.show_decision(model.decision, model.notice)

    @Slot(object)
    def _decision_changed(self, model: LoadedModel) -> None:
        self._decision = model.decision
        if model is self._source:
            self._results.redecide(model.decision)
        self._count()

    @Slot()
    def _data_changed(self, _first: object, _last: object, roles: Sequence[int] = ()) -> None:
        """A result changed (not a thumbnail that loaded, many a second while scrolling)."""
        if not roles or ResultRole in roles:
            self._count()

    def _count(self) -> None:
        results = self._results.results() if self._source is not None else []
        self.show_effect(set_aside(results, self._decision), len(results))

    def _tool_tip(self) -> str:
        return self.tr(
            'A photo far from every photo the model was trained on is "None of these": it '
            "gets no label, no keyword and no folder. Lower keeps fewer known photos and sets "
            "aside more strangers; 100% turns it off. Remembered for this model."
        )

    @Slot(int)
    def _moved(self, value: int) -> None:
        if self.available:
            self.share_changed.emit(value / 100)
