"""What the Check page says of a multi-label finding: the label, and which way it is wrong."""

from __future__ import annotations

from pathlib import Path

from app.ui.check.check_model import describe_finding
from training.check.findings import LABEL, LACKS, MISSES, Finding


def test_a_multi_label_finding_says_which_label_and_which_way():
    extra = Finding(LABEL, Path("a.png"), "blue", 0.9, reason=LACKS)
    missing = Finding(LABEL, Path("b.png"), "blue", 0.8, reason=MISSES)
    assert describe_finding(extra) == ("Probably not blue: heads that never saw it give it 10.0%")
    assert describe_finding(missing) == (
        "Probably also blue: heads that never saw it give it 80.0%"
    )
    moved = Finding(LABEL, Path("c.png"), "red", 0.9, suggested="green")
    assert describe_finding(moved).startswith("Looks like green")
