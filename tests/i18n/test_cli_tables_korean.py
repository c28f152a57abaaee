"""The command line's tables in Korean: the words a table shows (a finding's kind, reason and
split, how a version was made, a progress bar's unit) translated while the files keep English,
and columns that line up although a Hangul syllable takes two columns of a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

from app.cli.check import write_findings
from app.cli.score_table import ScoreTable, single_label_columns
from app.cli.terminal import ProgressDisplay
from app.cli.update import print_versions
from app.core import i18n
from app.core.formats import JSONL, TABLE
from app.core.path_text import display_width
from app.core.progress import Progress, Stage
from training.check.findings import DUPLICATE, LABEL, LACKS, LEAK, OUTLIER, VALIDATION, Finding
from training.versions import Version

FINDINGS = [
    Finding(LABEL, Path("a/b.jpg"), "고양이", 0.91, suggested="개"),
    Finding(LABEL, Path("a/c.jpg"), "고양이", 0.8, reason=LACKS, split=VALIDATION),
    Finding(DUPLICATE, Path("d.jpg"), "개", 0.99, group=3, reason=LEAK),
    Finding(OUTLIER, Path("o.jpg"), "꽃", 4.2),
]


def test_the_check_table_is_in_korean_and_lines_up(engine_korean):
    out = io.StringIO()
    write_findings(FINDINGS, TABLE, out)
    assert out.getvalue().splitlines() == [
        "종류         점수  레이블 -> 제안 / 이유          분할       파일",
        "레이블      0.910  고양이 -> 개                   학습       a/b.jpg",
        "레이블      0.800  고양이: 아닐 가능성 큼         검증       a/c.jpg",
        "유사 중복   0.990  개 (그룹 3, 누출)              학습       d.jpg",
        "이상치      4.200  꽃                             학습       o.jpg",
    ]


def test_the_check_file_keeps_the_english_values(engine_korean):
    out = io.StringIO()
    write_findings(FINDINGS, JSONL, out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["kind"], r["reason"], r["split"]) for r in records] == [
        ("label", None, "train"),
        ("label", "probably not", "validation"),
        ("duplicate", "leak", "train"),
        ("outlier", None, "train"),
    ]


def _version(number: int, kind: str, in_use: bool) -> Version:
    return Version(
        number, kind, f"2026-01-0{number}T03:04:00+00:00", 100 + number, 30, 0.9,
        Path("m.keras"), {}, in_use=in_use, archived=not in_use,
    )  # fmt: skip


def test_the_versions_list_says_how_each_was_made_in_korean(engine_korean):
    out = io.StringIO()
    print_versions([_version(1, "train", False), _version(2, "update", True)], out)
    heading, first, second = out.getvalue().splitlines()
    assert "학습" in first and "업데이트(헤드)" in second and "update" not in second
    images = display_width(heading.split("이미지")[0] + "이미지")  # where the column ends
    assert display_width(first.split("101")[0] + "101") == images
    assert display_width(second.split("102")[0] + "102") == images


def test_the_versions_list_says_how_in_english_as_the_app_does():
    i18n.set_language("en")
    try:
        out = io.StringIO()
        print_versions([_version(1, "full", True)], out)
    finally:
        i18n.set_language(None)
    assert out.getvalue().splitlines()[1].split()[3:5] == ["full", "retrain"]


def test_a_progress_bar_counts_in_korean_units(engine_korean):
    stream = io.StringIO()
    display = ProgressDisplay(stream, enabled=True)
    display(Progress(Stage.SCAN, 3, 10))
    display.close()
    assert "3/10 [" in stream.getvalue() and "이미지/s" in stream.getvalue()
    assert Stage.SCAN.unit == "images" and Stage.HEAD.unit_text == "단계"
    assert Stage.LOAD.unit_text == ""


def test_a_score_table_with_a_korean_class_lines_up():
    table = ScoreTable("class", ["cat", "민들레"], single_label_columns())
    lines = [table.heading(), table.row("cat", 0.5, 0.25, 0.3, 12)]
    lines.append(table.row("민들레", 0.5, 0.25, 0.3, 12))
    assert len({display_width(line) for line in lines}) == 1
    assert lines[2].startswith("민들레  ") and lines[1].startswith("cat       ")
