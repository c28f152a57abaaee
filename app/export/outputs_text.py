"""What an export's README says about its outputs: what the probabilities are, and how Pictag
turns them (and the novelty) into the labels it gives, so other runtimes can do the same."""

from __future__ import annotations

import textwrap

from app.core.model_file import ModelInfo

__all__ = ["probabilities_text", "decision_text"]


def probabilities_text(info: ModelInfo) -> str:
    if info.decision.multi_label:
        return ", one yes/no probability per label"
    return ", each row sums to 1"


def decision_text(info: ModelInfo) -> str:
    """How Pictag turns the outputs into the labels it gives, so that other runtimes can do
    the same."""
    lines = []
    thresholds = info.decision.thresholds
    if thresholds is not None:
        pairs = ", ".join(
            f"{label} {t:.4g}" for label, t in zip(info.labels, thresholds, strict=True)
        )
        lines.append(
            "Pictag gives every label whose probability reaches its own threshold (none: "
            f'"none of these"): {pairs}.'
        )
    open_set = info.decision.open_set
    if open_set is not None:
        lines.append(
            f"Output 'novelty': float32, shape [N]: how unlike the training photos the image "
            f'is. Above {open_set.threshold:.6g}, Pictag gives it no label ("none of these"); '
            f"that line keeps {open_set.kept_share():.0%} of the model's known validation photos."
        )
    return "".join(f"{textwrap.fill(line, 96, subsequent_indent='  ')}\n" for line in lines)
