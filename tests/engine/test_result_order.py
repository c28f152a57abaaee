"""The orders results are listed in, shared by the app's list and `pictag classify --order`."""

from __future__ import annotations

from pathlib import Path

from app.core.result_order import Order, in_order
from app.core.results import ClassifyResult, Prediction


def _result(name: str, *probabilities: float, labels: str = "abc") -> ClassifyResult:
    predictions = tuple(
        Prediction(label, p) for label, p in zip(labels, probabilities, strict=False)
    )
    return ClassifyResult(Path(name), predictions)


SURE = _result("sure.jpg", 0.9, 0.05, labels="ba")
CLOSE = _result("close.jpg", 0.5, 0.45, labels="cb")
MIDDLE = _result("middle.jpg", 0.7, 0.2, labels="ab")
LONE = _result("lone.jpg", 0.6)  # one label only: nothing to be unsure between
FAILED = ClassifyResult(Path("failed.jpg"), error="damaged image file")
RESULTS = [FAILED, SURE, CLOSE, MIDDLE, LONE]


def _names(order: Order) -> list[str]:
    return [r.path.stem for r in in_order(RESULTS, order)]


def test_file_order_keeps_the_order_given():
    assert _names(Order.FILE) == ["failed", "sure", "close", "middle", "lone"]


def test_least_certain_first_by_the_margin_between_the_top_two_and_failures_last():
    assert _names(Order.LEAST_CERTAIN) == ["close", "middle", "lone", "sure", "failed"]


def test_confidence_both_ways_and_by_label():
    assert _names(Order.CONFIDENCE) == ["sure", "middle", "lone", "close", "failed"]
    assert _names(Order.CONFIDENCE_ASC) == ["close", "lone", "middle", "sure", "failed"]
    assert _names(Order.LABEL) == ["middle", "lone", "sure", "close", "failed"]


def test_ties_keep_file_order():
    twins = [_result(f"{n}.jpg", 0.6, 0.4) for n in "xyz"]
    assert [r.path.stem for r in in_order(twins, Order.LEAST_CERTAIN)] == ["x", "y", "z"]
