"""The command line, sort, tag, export and cluster messages in Korean, and English plurals, as
the catalogues (`resources/i18n/pictag_{ko,en}.ts`) give them."""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path

import pytest

from app.cli.interrupt import ctrl_c_stops
from app.cli.sort import print_undo_summary
from app.cluster.placement import describe_request
from app.core.errors import UsageError
from app.core.progress import Token
from app.sort.sorter import check_folders
from app.sort.undo import UndoSummary
from app.tag.keywords import TagOptions


def test_a_sort_refused_is_said_in_korean_with_its_folder(engine_korean, tmp_path):
    missing = tmp_path / "사진 없음"
    with pytest.raises(UsageError) as caught:
        check_folders(missing, tmp_path / "dest")
    assert str(caught.value) == f"{missing}: 폴더가 없습니다"


def test_a_tag_option_refused_is_said_in_korean(engine_korean):
    with pytest.raises(UsageError, match="--top은 1 이상이어야 합니다"):
        TagOptions(top=0).check()


def test_the_undo_summary_is_printed_in_korean(engine_korean, tmp_path):
    out = io.StringIO()
    print_undo_summary(UndoSummary(Path(tmp_path / "m.csv"), dry_run=False), out)
    assert out.getvalue().splitlines() == [
        "사본 0개를 삭제하고, 이미지 0개를 원래 위치로 옮기고, 빈 폴더 0개를 삭제했습니다.",
        "되돌릴 항목이 없습니다.",
    ]


def test_ctrl_c_is_answered_in_korean(engine_korean):
    previous = signal.signal(signal.SIGINT, lambda *_: None)
    stream = io.StringIO()
    try:
        with ctrl_c_stops(Token(), stream):
            os.kill(os.getpid(), signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert stream.getvalue().startswith("\nCtrl-C: 중지합니다.")


def test_counts_take_the_english_singular_and_plural(engine_english):
    assert describe_request(1, 0) == "1 CPU"
    assert describe_request(2, 1) == "2 CPUs and 1 GPU"
    assert describe_request(0.5, 2) == "0.5 CPUs and 2 GPUs"


def test_counts_read_naturally_in_korean(engine_korean):
    assert describe_request(4, 1) == "CPU 4개 및 GPU 1개"
