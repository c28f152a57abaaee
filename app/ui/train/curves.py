"""A run as it happens: progress bars, time left, loss and accuracy curves, and the log.

Phase 2 continues phase 1's epoch numbering, so one x axis tells the whole story; a dashed line
marks where fine-tuning starts and a ring marks the epoch whose weights will be kept.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import Progress, Stage
from app.ui.common.locale_text import decimal, number, percent
from training.progress import EpochResult

__all__ = ["MetricChart", "TrainingCurves", "TrainingProgress", "format_duration", "format_eta"]

TRAIN_COLOR = QColor("#2f6fd0")
VALIDATION_COLOR = QColor("#e07b00")
BEST_COLOR = QColor("#1e9e4a")
BOUNDARY_COLOR = QColor("#8a8a8a")
_PAD = 0.25  # epochs of room left and right of the first and last points


class MetricChart(QChartView):
    """One metric: training and validation series, the phase boundary and the best epoch."""

    def __init__(self, title: str, percent: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent = percent
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(200, 180)

        self.train = _line(self.tr("Training"), TRAIN_COLOR)
        self.validation = _line(self.tr("Validation"), VALIDATION_COLOR)
        self.boundary = _line(self.tr("Phase 2 starts"), BOUNDARY_COLOR, Qt.PenStyle.DashLine, 1.5)
        self.boundary.setPointsVisible(False)
        self.best = QScatterSeries()
        self.best.setName(self.tr("Best (kept)"))
        self.best.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        self.best.setMarkerSize(13)
        self.best.setColor(QColor(0, 0, 0, 0))
        self.best.setBorderColor(BEST_COLOR)
        self.best.setPen(QPen(BEST_COLOR, 2.5))
        self.x_axis = QValueAxis()
        self.x_axis.setTitleText(self.tr("Epoch"))
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(1)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d%%" if percent else "%.2g")
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        # Every series stays in the chart, empty until needed; the legend is shared, outside.
        for series in (self.train, self.validation, self.boundary, self.best):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        chart.legend().hide()
        self.clear()

    def clear(self) -> None:
        self.boundary_x: float | None = None
        for series in (self.train, self.validation, self.boundary, self.best):
            series.clear()
        self._rescale()

    def add(self, x: float, train: float, validation: float | None) -> None:
        scale = 100.0 if self.percent else 1.0
        if math.isfinite(train):
            self.train.append(x, train * scale)
        if validation is not None and math.isfinite(validation):
            self.validation.append(x, validation * scale)
        self._rescale()

    def mark_best(self, x: float, value: float | None) -> None:
        self.best.clear()
        if value is not None and math.isfinite(value):
            self.best.append(x, value * (100.0 if self.percent else 1.0))

    def mark_boundary(self, x: float) -> None:
        self.boundary_x = x
        self._rescale()

    def _rescale(self) -> None:
        points = self.train.points() + self.validation.points()
        last = max(2.0, max((p.x() for p in points), default=1.0))
        self.x_axis.setRange(1 - _PAD, last + _PAD)  # room for the markers at both ends
        self.x_axis.setTickInterval(max(1.0, _nice_step((last - 1) / 8)))
        if self.percent:
            low, high, step = 0.0, 105.0, 20.0  # 105: the 100% marker is not cut
        else:
            top = max((p.y() for p in points), default=1.0)
            step = _nice_step(top / 4 if top > 0 else 0.25)
            low, high = 0.0, step * max(1, math.ceil(top * 1.08 / step))
        self.y_axis.setTickInterval(step)
        self.y_axis.setRange(low, high)
        if self.boundary_x is not None:
            x = self.boundary_x
            self.boundary.replace([QPointF(x, low), QPointF(x, high)])


class TrainingCurves(QWidget):
    """The Loss and Accuracy charts side by side, fed with `EpochResult`s as they arrive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loss = MetricChart(self.tr("Loss (lower is better)"))
        self.accuracy = MetricChart(self.tr("Accuracy"), percent=True)
        # One shared legend below both charts: two would not fit side by side.
        self.legend = QLabel()
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend.setWordWrap(True)
        charts = QHBoxLayout()
        charts.addWidget(self.loss)
        charts.addWidget(self.accuracy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(charts, 1)
        layout.addWidget(self.legend)
        self.clear()

    @property
    def charts(self) -> tuple[MetricChart, MetricChart]:
        return self.loss, self.accuracy

    def clear(self) -> None:
        self.epochs = 0
        self.boundary: float | None = None
        self.best_epoch: int | None = None  # x of the kept weights
        for chart in self.charts:
            chart.clear()
        self._update_legend()

    def add_epoch(self, result: EpochResult) -> None:
        if result.stage == Stage.FINE_TUNE and self.boundary is None:
            self.boundary = self.epochs + 0.5
            for chart in self.charts:
                chart.mark_boundary(self.boundary)
        self.epochs += 1
        x = float(self.epochs)
        self.loss.add(x, result.loss, result.val_loss)
        self.accuracy.add(x, result.accuracy, result.val_accuracy)
        if result.best:
            self.best_epoch = self.epochs
            self.loss.mark_best(x, result.val_loss)
            self.accuracy.mark_best(x, result.val_accuracy)
        self._update_legend()

    def _update_legend(self) -> None:
        """Training and validation always; the markers once they appear on the charts."""
        entries = [
            _swatch("━━", TRAIN_COLOR, self.tr("Training")),
            _swatch("━━", VALIDATION_COLOR, self.tr("Validation")),
        ]
        if self.best_epoch is not None:
            best = self.tr("Best: epoch {epoch}").format(epoch=self.best_epoch)
            entries.append(_swatch("◯", BEST_COLOR, best))
        if self.boundary is not None:
            entries.append(_swatch("┆", BOUNDARY_COLOR, self.tr("Phase 2 starts")))
        self.legend.setText("&nbsp;&nbsp;&nbsp;&nbsp;".join(entries))


def _swatch(glyph: str, color: QColor, text: str) -> str:
    return f'<span style="color:{color.name()}; font-weight:bold">{glyph}</span>&nbsp;{text}'


def _line(name: str, color: QColor, style=Qt.PenStyle.SolidLine, width: float = 2.0) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    pen = QPen(color, width)
    pen.setStyle(style)
    series.setPen(pen)
    series.setPointsVisible(True)
    return series


def _nice_step(raw: float) -> float:
    """The smallest of 1, 2, 5 × 10^k at least `raw` (at least 1 for whole epochs)."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return float(m * power)
    return float(10 * power)


class TrainingProgress(QWidget):
    """Overall and per-stage progress, time left, the curves and a timestamped log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overall_bar = QProgressBar()
        self.overall_bar.setRange(0, 1000)
        self.overall_bar.setFormat("%p%")
        self.eta_label = QLabel()
        self.stage_label = QLabel()
        self.stage_bar = QProgressBar()
        self.stage_bar.setTextVisible(False)
        self.curves = TrainingCurves()
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(10_000)
        self.log_view.setPlaceholderText(
            self.tr("What the training run does and decides appears here.")
        )
        self.log_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        bars = QGridLayout()
        bars.addWidget(QLabel(self.tr("<b>Overall</b>")), 0, 0)
        bars.addWidget(self.overall_bar, 0, 1)
        bars.addWidget(self.eta_label, 0, 2)
        bars.addWidget(self.stage_label, 1, 0, 1, 3)
        bars.addWidget(self.stage_bar, 2, 0, 1, 3)
        bars.setColumnStretch(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.curves)
        split.addWidget(self.log_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bars)
        layout.addWidget(split, 1)
        self.reset()
        self.stage_label.setText(self.tr("Not started: choose a dataset and press Start training."))

    def reset(self) -> None:
        self.stage: Stage | None = None
        self.overall_bar.setValue(0)
        self.stage_bar.setRange(0, 1)
        self.stage_bar.setValue(0)
        self.eta_label.setText("")
        self.stage_label.setText(self.tr("Starting…"))
        self.curves.clear()
        self.log_view.clear()

    @Slot(object)
    def progress(self, event: Progress) -> None:
        """A stage begins (logged with its own words) or moves on."""
        if event.stage != self.stage:
            self.stage = event.stage
            self.log(event.title)
        if event.overall:
            self.overall_bar.setValue(max(self.overall_bar.value(), round(event.overall * 1000)))
        self.eta_label.setText(format_eta(event.eta_seconds))
        self.stage_bar.setRange(0, event.total)  # 0 steps: a busy indicator
        self.stage_bar.setValue(event.done)
        if event.epoch and event.epochs:
            detail = self.tr("epoch {epoch}/{epochs}").format(
                epoch=event.epoch, epochs=event.epochs
            )
        elif event.stage.unit == "images" and event.total:
            detail = self.tr("{done}/%Ln images", "", event.total).format(done=number(event.done))
        else:
            detail = ""
        self.stage_label.setText(f"<b>{event.stage.title}</b>" + (f" · {detail}" if detail else ""))

    @Slot(object)
    def epoch_ended(self, r: EpochResult) -> None:
        self.curves.add_epoch(r)
        values = {
            "phase": r.phase,
            "epoch": r.epoch,
            "epochs": r.epochs,
            "loss": decimal(r.loss, 3),
            "accuracy": percent(r.accuracy, 1),
            "seconds": decimal(r.seconds, 1),
        }
        if r.val_loss is not None and r.val_accuracy is not None:
            line = self.tr(
                "Phase {phase} epoch {epoch}/{epochs}: loss {loss}, accuracy {accuracy} · "
                "validation loss {val_loss}, accuracy {val_accuracy} ({seconds} s)"
            ).format(
                val_loss=decimal(r.val_loss, 3), val_accuracy=percent(r.val_accuracy, 1), **values
            )
        else:
            line = self.tr(
                "Phase {phase} epoch {epoch}/{epochs}: loss {loss}, accuracy {accuracy} "
                "({seconds} s)"
            ).format(**values)
        self.log(line + ("  " + self.tr("★ best") if r.best else ""))

    @Slot(str)
    def log(self, text: str) -> None:
        self.log_view.appendPlainText(f"{time.strftime('%H:%M:%S')}  {text}")

    def finished(self, text: str, *, done: bool) -> None:
        """The run is over: `done` when it produced a model (the bars fill), else not."""
        if done:
            self.overall_bar.setValue(1000)
        self.stage_bar.setRange(0, 1)
        self.stage_bar.setValue(1 if done else 0)
        self.stage_label.setText(f"<b>{text}</b>")
        self.eta_label.setText("")


def format_duration(seconds: float) -> str:
    """A duration as a person says it ("1 min 20 s"), in their language."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Curves", "{seconds} s").format(seconds=seconds)
    if seconds < 3600:
        minutes, secs = divmod(seconds, 60)
        if not secs:
            return QCoreApplication.translate("Curves", "{minutes} min").format(minutes=minutes)
        return QCoreApplication.translate("Curves", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=secs
        )
    hours, rest = divmod(seconds, 3600)
    return QCoreApplication.translate("Curves", "{hours} h {minutes} min").format(
        hours=hours, minutes=rest // 60
    )


def format_eta(seconds: float | None) -> str:
    """ "about 1 min 20 s left", rounded so the label does not flicker every second."""
    if seconds is None:
        return QCoreApplication.translate("Curves", "estimating time left…")
    if seconds < 10:
        return QCoreApplication.translate("Curves", "a few seconds left")
    step = 5 if seconds < 60 else 10 if seconds < 3600 else 60
    duration = format_duration(round(seconds / step) * step)
    return QCoreApplication.translate("Curves", "about {duration} left").format(duration=duration)
