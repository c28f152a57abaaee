"""The foundation's messages in Korean, read by the engine from the catalogue: each keeps its
path and its fields, and what callers compare (a kind of file) stays English."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.core import i18n
from app.core.atomic import not_a_file
from app.core.discovery import discover
from app.core.errors import ImageLoadError, UsageError, write_error
from app.core.files import kind_text
from app.core.formats import TABLE, make_writer
from app.core.image_io import load_image
from app.core.progress import Note
from app.core.results import ClassifyResult, Prediction


def test_a_missing_path_is_said_in_korean_with_its_path(engine_korean, tmp_path):
    missing = tmp_path / "없는 폴더"
    with pytest.raises(UsageError) as caught:
        discover([missing])
    assert str(caught.value) == f"{missing}: 그런 파일이나 폴더가 없습니다"


def test_an_empty_photo_gets_a_korean_reason(engine_korean, tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ImageLoadError) as caught:
        load_image(empty, (32, 32))
    assert caught.value.reason == "빈 파일(0바이트)" and caught.value.path == empty


def test_a_full_disk_names_the_file_and_keeps_the_system_words(engine_korean, tmp_path):
    error = write_error(OSError(28, "No space left on device"), tmp_path / "out.csv")
    assert error is not None
    assert str(error).startswith(f"{tmp_path / 'out.csv'}에 쓸 수 없습니다(")
    assert "다른 위치를 선택한 뒤 다시 실행하세요" in str(error)


def test_a_kind_of_file_is_compared_in_english_and_shown_in_korean(engine_korean, tmp_path):
    assert not_a_file(tmp_path) == "a folder"
    assert kind_text("a folder") == "폴더" and kind_text("standard output") == "표준 출력"


def test_notes_and_the_table_read_korean(engine_korean):
    assert Note.warning("사진이 적습니다").line == "경고: 사진이 적습니다"
    assert Note.skipped(Path("/p/a.jpg"), "빈 파일").line == "건너뜀 /p/a.jpg: 빈 파일"
    out = io.StringIO()
    writer = make_writer(TABLE, out, top=1, paths=["a.jpg"], labels=["cat"])
    writer.write(ClassifyResult(Path("a.jpg"), (Prediction("cat", 0.9),), labels=()))
    header, row = out.getvalue().splitlines()
    assert header.split() == ["파일", "상위", "1"]
    assert row.endswith("<- 해당 없음(레이블 없음)")


def test_english_stays_the_source(tmp_path):
    i18n.set_language("en")
    try:
        assert Note.warning("few photos").line == "Warning: few photos"
        assert kind_text("a named pipe") == "a named pipe"
    finally:
        i18n.set_language(None)
