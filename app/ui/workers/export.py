"""The export job: `app.export.exporter.export_model` off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.workers.base import Job

if TYPE_CHECKING:  # imported by `work`: the GUI starts without the export engine
    from app.export.exporter import ExportOptions, ExportResult

__all__ = ["ExportJob"]


class ExportJob(Job):
    """Result: an ExportResult. `progress` carries the export's stages (reading the parity
    images, loading, converting, checking parity); cancel takes effect between steps and
    between parity batches (a conversion runs to its end)."""

    def __init__(self, options: ExportOptions) -> None:
        super().__init__()
        self.options = options

    def work(self) -> ExportResult:
        from app.export.exporter import export_model

        return export_model(self.options, self.report, self.token)
