"""The Export dialog: choose a format and a folder, run the export job, show the parity report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import Cancelled, PictagError
from app.core.progress import Progress
from app.export.formats import (
    DYNAMIC,
    FLOAT16,
    FORMAT_NAMES,
    ONNX,
    SAVEDMODEL,
    TFLITE,
    takes_quantization,
)
from app.ui.common.messages import show_error
from app.ui.workers.base import JobRunner
from app.ui.workers.export import ExportJob

if TYPE_CHECKING:  # app.export.exporter (and its parity check) loads when an export starts
    from app.export.exporter import ExportOptions, ExportResult

__all__ = ["ExportDialog"]

_FORMATS = [(FORMAT_NAMES[f], f) for f in (TFLITE, SAVEDMODEL, ONNX)]  # the first is the default


class ExportDialog(QDialog):
    """Every way of closing it (Esc, Close, the window's close button, `reject`) ends in `done`,
    which cancels a running export and closes only once the job has ended, without blocking:
    the dialog, often deleted on close, never goes while its thread runs. A parent shutting
    down joins the job through `shutdown` (or any JobRunner search, which finds the dialog's
    runner), which waits a bounded time: a conversion cannot be interrupted, and a window
    closing must not hang on one (the runner keeps a thread it gave up on until it ends)."""

    def __init__(self, model: Path, folder: Path, parent: QWidget | None = None) -> None:
        """`folder`: where the export folder is proposed, beside a saved model by default."""
        super().__init__(parent)
        self.model = model
        self.folder = folder
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export {name}").format(name=model.name))
        self._runner = JobRunner("export", self)
        self._runner.busy_changed.connect(self._runner_changed)
        self._output_edited = False
        self._closing: int | None = None  # the result `done` was called with while busy

        self.format = QComboBox()
        for text, key in _FORMATS:
            self.format.addItem(text, key)
        self.quantize = QComboBox()
        self.quantize.addItem(self.tr("None (float32)"), None)
        self.quantize.addItem(self.tr("Dynamic range (int8 weights)"), DYNAMIC)
        self.quantize.addItem(self.tr("Float16 weights"), FLOAT16)
        self.quantize.setToolTip(
            self.tr("TFLite only: smaller files, probabilities slightly less exact.")
        )
        self.output = QLineEdit()
        self.output.textEdited.connect(self._edited)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.force = QCheckBox(self.tr("Replace an earlier export in this folder"))
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        self.images = QLineEdit()
        self.images.setPlaceholderText(
            self.tr("Automatic: the validation images, or generated ones")
        )
        self.images.setToolTip(
            self.tr(
                "The parity check runs on up to 200 photos from this folder and its subfolders. "
                "Leave it empty to use the model's validation images when its training report "
                "lists them, else generated images."
            )
        )
        self.images_browse = QPushButton(self.tr("Browse…"))
        self.images_browse.clicked.connect(self._browse_images)
        images_row = QHBoxLayout()
        images_row.addWidget(self.images, 1)
        images_row.addWidget(self.images_browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Quantization"), self.quantize)
        form.addRow(self.tr("Folder"), row)
        form.addRow("", self.force)
        form.addRow(self.tr("Check with images from…"), images_row)

        self.status = QLabel(
            self.tr("The exported model is checked against this one on its validation images.")
        )
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setMinimumHeight(110)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._runner.cancel)
        self.close_button.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.quantize.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self._update_controls()
        self.resize(640, 400)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def options(self) -> ExportOptions:
        from app.export.exporter import ExportOptions

        images = self.images.text().strip()
        return ExportOptions(
            self.model,
            self.format.currentData(),
            Path(self.output.text().strip()),
            self.quantize.currentData(),
            self.force.isChecked(),
            Path(images) if images else None,
        )

    def start(self) -> None:
        if self.busy or self._closing is not None or not self.output.text().strip():
            return
        self.result = None
        self.report.clear()
        job = ExportJob(self.options())
        job.progress.connect(self._progress)
        job.result.connect(self._exported)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self._runner.start(job)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and join the job: the export is discarded, nothing is written after a cancel.
        False, with a warning in the log, when a conversion still runs after `timeout_ms`."""
        return self._runner.shutdown(timeout_ms)

    def done(self, result: int) -> None:
        """Esc and Close come here (through reject and closeEvent). While an export runs it is
        cancelled and the dialog stays until the job has ended; then it closes."""
        if self.busy:
            if self._closing is None:
                self._closing = result
                self._runner.cancel()
                self.status.setText(
                    self.tr("Cancelling: the dialog closes once the export has stopped…")
                )
                self._update_controls()
            return
        self._closing = None
        self._runner.shutdown()  # the job has ended: join its thread before the dialog goes
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:  # also when hidden, where QDialog would accept and delete at once
            self.reject()
            event.ignore()
        else:
            super().closeEvent(event)

    # -- slots ------------------------------------------------------------------------------

    @Slot()
    def _format_changed(self) -> None:
        tflite = takes_quantization(self.format.currentData())
        if not tflite:
            self.quantize.setCurrentIndex(0)
        self.quantize.setEnabled(tflite and not self.busy)
        if not self._output_edited:
            suffix = self.quantize.currentData() or ""
            name = "-".join(filter(None, [self.model.stem, self.format.currentData(), suffix]))
            self.output.setText(str(self.folder / name))

    def _edited(self) -> None:
        self._output_edited = True

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export into folder"), self.output.text()
        )
        if chosen:
            self.output.setText(chosen)
            self._output_edited = True

    def _browse_images(self) -> None:
        start = self.images.text().strip() or str(self.folder)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Check parity with images from"), start
        )
        if chosen:
            self.images.setText(chosen)

    @Slot(object)
    def _progress(self, update: Progress) -> None:
        self.status.setText(self.tr("{stage}…").format(stage=update.title))
        self.progress.setRange(0, update.total)  # 0..0: busy, for steps that cannot be measured
        self.progress.setValue(update.done)

    @Slot(object)
    def _exported(self, result: ExportResult) -> None:
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("Exported to {folder}").format(folder=result.output))
        self.report.setPlainText(
            "\n".join([*result.parity.lines(), "", f"{result.artifact}, labels.txt, README.txt"])
        )

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        message = str(error)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Export failed: nothing was written."))
        self.report.setPlainText(message)
        if self._closing is None:  # no box on a dialog that is about to close
            show_error(self, self.tr("Export failed"), message)

    @Slot(object)
    def _cancelled(self, _cancelled: Cancelled) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled: nothing was written."))

    @Slot(bool)
    def _runner_changed(self, _busy: bool) -> None:
        self._update_controls()
        if self._closing is not None and not self.busy:
            self.done(self._closing)  # closing was asked for while the export ran

    def _update_controls(self) -> None:
        busy, closing = self.busy, self._closing is not None
        widgets = (self.format, self.output, self.force, self.images, self.images_browse)
        for widget in (*widgets, self.export_button):
            widget.setEnabled(not busy and not closing)
        self.quantize.setEnabled(not busy and not closing and self.format.currentData() == "tflite")
        self.cancel_button.setEnabled(busy and not closing)
