"""File names as text: on screen on one line (control characters escaped), in results exactly."""

from __future__ import annotations

import io
import os
from pathlib import Path

from app.core.formats import TABLE, make_writer
from app.core.path_text import clip, display_width, pad, path_fields, shown_name, stored_path
from app.core.results import ClassifyResult, Prediction


def test_control_characters_and_odd_bytes_are_shown_escaped():
    assert shown_name("a\nb\tc\rd\x1b[31m.jpg") == "a\\nb\\tc\\rd\\x1b[31m.jpg"
    assert shown_name("line\u2028sep\x85.jpg") == "line\\u2028sep\\x85.jpg"
    assert shown_name(os.fsdecode(b"bad\xff.jpg")) == "bad\\xff.jpg"
    assert shown_name("été 😀.jpg") == "été 😀.jpg"  # printable text is left alone


def test_fields_are_plain_for_utf8_and_exact_otherwise():
    assert path_fields("été.jpg") == ("été.jpg", None)
    odd = os.fsdecode(b"bad\xff.jpg")
    text, exact = path_fields(odd)
    assert text == "bad\\xff.jpg" and exact == "YmFk/y5qcGc="
    assert stored_path(text, exact) == odd and stored_path("été.jpg", None) == "été.jpg"


def test_a_newline_in_a_name_does_not_split_a_row_of_the_table():
    out = io.StringIO()
    names = ["first\nsecond.jpg", "tab\there.jpg"]
    writer = make_writer(TABLE, out, top=1, paths=names, labels=["cat"])
    assert out.getvalue() == ""  # the header waits for the first row (a model may fail first)
    writer.write(ClassifyResult(Path(names[0]), (Prediction("cat", 0.9),)))
    writer.write(ClassifyResult(Path(names[1]), error="damaged\nimage"))
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and lines[0].startswith("FILE")
    assert lines[1].startswith("first\\nsecond.jpg") and lines[1].endswith("cat  90.0%")
    assert lines[2].startswith("tab\\there.jpg") and lines[2].endswith("ERROR: damaged\\nimage")


def test_padding_counts_a_hangul_syllable_as_two_columns():
    assert pad("cat", 6) == f"{'cat':<6}" and pad("cat", 6, ">") == f"{'cat':>6}"
    assert pad("고양이", 8) == "고양이  " and pad("고양이", 8, ">") == "  고양이"
    assert pad("고양이", 4) == "고양이"  # wider than the column: left whole
    assert display_width(pad("e\u0301té", 6)) == 6  # a combining accent takes none


def test_clipping_keeps_the_start_that_fits():
    assert clip("dandelion", 5) == "dande"
    assert clip("민들레꽃", 5) == "민들" and clip("꽃", 5) == "꽃"
