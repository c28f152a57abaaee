"""The orders a person can list results in, the same in the app's list and on the command
line (`pictag classify --order`). Least certain first is the review order: the photos whose
top two labels are closest, where a person's corrections teach a model the most."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum

from app.core.results import ClassifyResult, margin

__all__ = ["Order", "order_key", "in_order"]


class Order(Enum):
    """The value is what the command line takes. (Not a StrEnum: Qt would keep a str subclass
    as a plain string in a combo box's item data.)"""

    FILE = "file"
    LABEL = "label"
    CONFIDENCE = "confidence"  # the most confident first
    CONFIDENCE_ASC = "confidence-asc"
    LEAST_CERTAIN = "least-certain"  # the smallest margin between the top two labels first


def order_key(order: Order) -> Callable[[ClassifyResult, int], tuple]:
    """A result's key in `order`, given its place in file order (`seq`): keys are unique (they
    end with `seq`), and results without a label (a file that failed) always go last."""

    def key(result: ClassifyResult, seq: int) -> tuple:
        if order is Order.FILE:
            return (seq,)
        if not result.ok or not result.predictions:
            return (1, seq)
        top = result.predictions[0]
        if order is Order.LABEL:
            return (0, top.label.casefold(), -top.probability, seq)
        if order is Order.LEAST_CERTAIN:
            return (0, margin(result), seq)
        sign = -1.0 if order is Order.CONFIDENCE else 1.0
        return (0, sign * top.probability, seq)

    return key


def in_order(results: Iterable[ClassifyResult], order: Order) -> list[ClassifyResult]:
    """`results` (in file order) listed in `order`."""
    key = order_key(order)
    keyed = sorted((key(result, seq), result) for seq, result in enumerate(results))
    return [result for _, result in keyed]
