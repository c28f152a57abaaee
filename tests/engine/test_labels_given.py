"""The labels given, as keywords, folders and records carry them."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from app.core.errors import UsageError
from app.core.formats import TABLE, make_writer, result_from_record, result_record
from app.core.results import ClassifyResult, Prediction
from app.sort.safe_names import UNSURE
from app.sort.sorter import check_none_folder, folder_for
from app.tag.keywords import TagOptions, choose

PREDICTIONS = (Prediction("sea", 0.9), Prediction("sunset", 0.7), Prediction("boat", 0.2))
NAMES = {"sea": "sea", "sunset": "sunset", "boat": "boat"}


def result(*labels: str) -> ClassifyResult:
    return ClassifyResult(Path("p.jpg"), PREDICTIONS, labels=labels, matched=("sea",), novelty=3.0)


def test_keywords_are_the_labels_given_only():
    assert choose(result("sea"), TagOptions()).labels == ("sea",)
    none = choose(result(), TagOptions(top=3))
    assert none.labels == () and none.none_of_these  # no runner-up for a photo of none
    # A model that gives one label: --top 2 adds its runner-up, as for ImageNet's top 3.
    assert choose(result("sea"), TagOptions(top=2)).labels == ("sea", "sunset")
    # A multi-label model: --top only caps the labels given, never adds one it did not give.
    multi = TagOptions(multi_label=True)
    assert choose(result("sea", "sunset"), multi).labels == ("sea", "sunset")
    assert choose(result("sea"), TagOptions(top=3, multi_label=True)).labels == ("sea",)
    assert choose(result("sea", "sunset"), TagOptions(top=1, multi_label=True)).labels == ("sea",)
    assert choose(result("sea", "boat"), TagOptions(min_confidence=0.5)).labels == ("sea",)


def test_sort_files_by_the_first_label_given_and_none_where_asked():
    assert folder_for(result("sunset", "sea"), NAMES, 0.0) == "sunset"
    assert folder_for(result(), NAMES, 0.0) is None  # stays where it is
    assert folder_for(result(), NAMES, 0.0, "other") == "other"
    assert folder_for(result("boat"), NAMES, 0.5) == UNSURE
    assert check_none_folder("other") == "other"
    for bad in ("", "a/b", "..", UNSURE, "con"):
        with pytest.raises(UsageError, match="plain folder name"):
            check_none_folder(bad)


def test_a_record_round_trips_with_its_labels_and_novelty():
    again = result_from_record(result_record(result("sea", "sunset")))
    assert again.labels == ("sea", "sunset") and again.novelty == 3.0
    assert result_from_record(result_record(result())).none_of_these


def test_a_record_keeps_a_name_that_is_not_utf8_exact():
    """What a Ray actor sends back for b'bad\xff.jpg' is that very name again."""
    name = Path(os.fsdecode(b"bad\xff.jpg"))
    again = result_from_record(json.loads(json.dumps(result_record(result_at(name)))))
    assert os.fsencode(again.path) == b"bad\xff.jpg"


def result_at(path: Path) -> ClassifyResult:
    return ClassifyResult(path, PREDICTIONS, labels=("sea",))


def test_the_table_says_none_of_these_and_the_labels_given_after_the_guesses():
    stream = io.StringIO()
    writer = make_writer(TABLE, stream, top=3, paths=["p.jpg"], labels=NAMES)
    for labels in (("sea",), (), ("sea", "sunset")):
        writer.write(result(*labels))
    header, plain, none, several = stream.getvalue().splitlines()
    assert plain.endswith("boat    20.0%")  # the top label is the one given: nothing to add
    assert none.endswith("<- none of these (no label given)")
    assert several.endswith("<- given: sea|sunset")
    # The guesses stay in their columns, under the header's.
    assert none.index("sea") == plain.index("sea") == header.index("TOP 1")
