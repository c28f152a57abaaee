"""The decision: which labels a photo is given, from probabilities and novelty."""

import numpy as np
import pytest

from app.core.decision import Decision, OpenSet, check_keep_known
from app.core.errors import UsageError

LABELS = ("ants", "bees", "wasps")
KNOWN = tuple(float(v) for v in range(1, 101))  # validation novelties 1..100


def test_single_label_gives_the_best_label_unless_novel():
    decision = Decision(open_set=OpenSet("test", KNOWN, keep=0.95))
    matched = decision.matched(np.array([0.1, 0.7, 0.2]), LABELS)
    assert matched == ("bees",)
    assert decision.give(matched, 50.0) == ("bees",)
    assert decision.give(matched, 96.5) == ()  # above the 95% threshold: none of these


def test_the_threshold_keeps_the_chosen_share_of_known_photos():
    for keep in (0.5, 0.8, 0.95):
        open_set = OpenSet("test", KNOWN, keep=keep)
        assert open_set.kept_share() == pytest.approx(keep, abs=0.011)
    assert OpenSet("test", KNOWN, keep=1.0).threshold == float("inf")


def test_multi_label_gives_every_label_over_its_own_threshold_most_probable_first():
    decision = Decision(thresholds=(0.5, 0.3, 0.9))
    assert decision.multi_label
    assert decision.matched(np.array([0.6, 0.8, 0.85]), LABELS) == ("bees", "ants")
    assert decision.matched(np.array([0.1, 0.2, 0.3]), LABELS) == ()


def test_a_closed_set_model_gives_the_top_label_as_before():
    decision = Decision()
    assert decision.extra_outputs == 0
    assert decision.give(decision.matched(np.array([0.2, 0.1, 0.7]), LABELS), None) == ("wasps",)


def test_outputs_split_into_probabilities_and_novelty():
    decision = Decision(open_set=OpenSet("test", KNOWN))
    probabilities, novelty = decision.split(np.array([[0.2, 0.3, 0.5, 7.0]]), 3)
    assert probabilities.shape == (1, 3) and novelty.tolist() == [7.0]
    with pytest.raises(ValueError):
        Decision().split(np.zeros((1, 4)), 3)


def test_keeping_moves_the_threshold_and_refuses_out_of_range():
    decision = Decision(open_set=OpenSet("test", KNOWN, keep=0.95))
    assert decision.keeping(0.8).threshold < decision.threshold
    assert decision.keeping(None) is decision
    for bad in (0.2, 1.5, float("nan")):
        with pytest.raises(UsageError, match="out of range"):
            check_keep_known(bad)


def test_round_trip_through_the_model_files_metadata():
    decision = Decision((0.4, 0.5, 0.6), OpenSet("test", KNOWN, keep=0.9, details={"k": 1}))
    again = Decision.from_dict(decision.as_dict(), len(LABELS))
    assert again == decision
    with pytest.raises(ValueError):
        Decision.from_dict({"thresholds": [0.5]}, len(LABELS))
    assert Decision.from_dict(None, 3) == Decision()
