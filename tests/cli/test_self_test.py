"""`pictag --self-test`: every step really runs, and a failing one is named with a non-zero exit."""

from __future__ import annotations

import io

from app.cli import self_test
from tests.cli.helpers import run_pictag

STEPS = (
    "resources", "tensorflow", "model file", "classify", "litert", "photo formats", "keywords",
    "imagenet weights", "main window", "languages",
)  # fmt: skip


def test_self_test_passes_without_network_or_settings(keras_home, tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "KERAS_HOME": str(keras_home)}
    env |= {"PICTAG_CACHE_DIR": "", "XDG_CACHE_HOME": str(tmp_path / ".cache")}  # the user's
    done = run_pictag("--self-test", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for step in STEPS:
        assert any(line.strip().startswith(step) and " ok " in line for line in lines), step
    assert "shown on 'offscreen'" in done.stdout
    assert "on tensorflow" in next(line for line in lines if line.strip().startswith("classify"))
    litert = next(line for line in lines if line.strip().startswith("litert"))
    assert "ai-edge-litert" in litert and "parity on 12 images" in litert
    assert "none bundled" in done.stdout  # a source install has no weights inside
    assert "ko ('Classifying' -> '분류 중')" in done.stdout
    assert lines[-1] == "All checks passed."
    assert not (tmp_path / ".config").exists()  # the user's settings were never touched
    assert not (tmp_path / ".cache").exists()  # nor the user's cache


def test_a_failing_step_is_named_and_stops_the_run(monkeypatch):
    def broken() -> str:
        raise ImportError("libtensorflow_cc.so.2: cannot open shared object file")

    ran = []
    monkeypatch.setattr(self_test, "_check_tensorflow", broken)
    monkeypatch.setattr(self_test, "_check_model_file", lambda work: ran.append(work) or "")
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    text = out.getvalue()
    assert "resources" in text and "FAILED: ImportError: libtensorflow_cc.so.2" in text
    assert text.rstrip().endswith("Self-test failed at step 'tensorflow'.")
    assert ran == []  # nothing after the failing step runs
