"""The JSON report saved beside a trained model: enough to understand and repeat the run."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from app.core.atomic import replacing_text

__all__ = ["write_report", "report_path_for"]


def report_path_for(model: Path) -> Path:
    """Where a model's report lives: beside it, as NAME.report.json."""
    return model.with_name(f"{model.stem}.report.json")


def write_report(path: Path, report: dict[str, Any]) -> None:
    text = json.dumps(_finite(report), indent=2, ensure_ascii=False)
    with replacing_text(path) as stream:
        stream.write(text + "\n")


def _finite(value: Any) -> Any:
    """JSON has no NaN: a metric Keras could not compute becomes null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value
