"""The results table lines up in a terminal when names, labels or its headings are Korean (or
Chinese, Japanese): such a character takes two columns, and the table pads by columns."""

from __future__ import annotations

import io
from pathlib import Path

from app.core.formats import TABLE, _fit, make_writer
from app.core.path_text import display_width
from app.core.results import ClassifyResult, Prediction


def test_a_wide_character_takes_two_columns_and_a_combining_mark_none():
    assert display_width("cat.jpg") == 7
    assert display_width("고양이.jpg") == 10
    assert display_width("e\u0301t\u00e9") == 3  # é written as e + combining accent, then é


def test_fitting_pads_and_shortens_by_columns():
    assert _fit("고양이", 8) == "고양이  "
    assert _fit("사진가나다.jpg", 8) == "…다.jpg "  # a path keeps its end; 8 columns exactly
    assert _fit("사진가나다.jpg", 8, left=False) == "사진가… "
    for text, width in (("사진가나다.jpg", 8), ("가나다라마", 5), ("abcdefgh", 5)):
        assert display_width(_fit(text, width)) == width


def test_rows_with_korean_names_and_labels_line_up_under_the_headings():
    names = ["바닷가 사진.jpg", "b.jpg"]
    labels = ["고양이", "dog"]
    out = io.StringIO()
    writer = make_writer(TABLE, out, top=2, paths=names, labels=labels)
    writer.write(
        ClassifyResult(Path(names[0]), (Prediction("고양이", 0.9), Prediction("dog", 0.1)))
    )
    writer.write(
        ClassifyResult(Path(names[1]), (Prediction("dog", 0.8), Prediction("고양이", 0.2)))
    )
    header, korean, plain = out.getvalue().splitlines()

    def column(line: str, cell: str) -> int:  # where `cell` starts, in terminal columns
        return display_width(line[: line.index(cell)])

    second = column(header, "TOP 2")
    assert column(korean, "dog") == column(plain, "고양이") == second
    assert column(korean, "고양이") == column(plain, "dog") == column(header, "TOP 1")
