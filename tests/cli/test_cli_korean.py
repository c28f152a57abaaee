"""The command line in the locale's language: a Korean locale gets Korean errors and summaries
from a real `pictag` process, with paths and exit statuses as they are; `--help` stays English."""

from __future__ import annotations

from tests.cli.helpers import run_pictag
from tests.helpers import make_color_model_file, make_photo

KOREAN = {"LANG": "ko_KR.UTF-8", "LC_ALL": "", "LANGUAGE": ""}


def test_an_engine_error_is_one_korean_line_with_its_path(tmp_path):
    missing = tmp_path / "없는 사진"
    run = run_pictag("classify", str(missing), env=KOREAN)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines()[-1].endswith(f"{missing}: 그런 파일이나 폴더가 없습니다")
    assert "Traceback" not in run.stderr


def test_the_same_error_is_english_in_an_english_locale(tmp_path):
    missing = tmp_path / "missing"
    run = run_pictag("classify", str(missing), env={"LANG": "en_US.UTF-8", "LC_ALL": ""})
    assert run.stderr.strip().endswith(f"{missing}: no such file or folder")


def test_a_classify_run_tells_what_it_left_out_in_korean(tmp_path):
    photos = tmp_path / "사진"
    make_photo(photos / "a.jpg", (40, 30), (200, 30, 30))
    (photos / "notes.txt").write_text("not a photo")
    model = make_color_model_file(tmp_path / "colors.keras")
    run = run_pictag("classify", str(photos), "--model", str(model), env=KOREAN)
    assert run.returncode == 0, run.stderr
    assert "pictag: Pictag가 읽지 않는 형식의 파일 1개를 제외했습니다(.txt 1)" in run.stderr
    assert "a.jpg" in run.stdout


def test_help_stays_english(tmp_path):
    run = run_pictag("classify", "--help", env=KOREAN)
    assert run.returncode == 0 and "usage:" in run.stdout
