"""The frozen app's filter for AutoGraph warnings about Keras' and TensorFlow's own functions,
and the redirection of native output on fd 2 to the log."""

from __future__ import annotations

import logging
import os
import threading
import time

from app.core.tf_runtime import _own_code_unconverted, native_output_to_log

TEMPLATE = "AutoGraph could not transform %s and will run it as-is.\n%sCause: %s\n"


def record(message: str, *args) -> logging.LogRecord:
    return logging.LogRecord("tensorflow", logging.WARNING, __file__, 1, message, args, None)


def pictag_function() -> None: ...


def test_only_warnings_about_keras_and_tensorflow_functions_are_dropped():
    def keras_function() -> None: ...

    keras_function.__module__ = "keras.src.backend.tensorflow.layer"
    assert not _own_code_unconverted(record(TEMPLATE, keras_function, "", "no source"))
    assert _own_code_unconverted(record(TEMPLATE, pictag_function, "", "no source"))
    assert _own_code_unconverted(record("Some other warning %s", keras_function))
    assert _own_code_unconverted(record("AutoGraph could not transform everything"))


def _fd2() -> tuple[int, int]:
    st = os.fstat(2)
    return st.st_dev, st.st_ino


def test_native_output_goes_to_the_log_and_nesting_restores_fd2(caplog):
    before = _fd2()
    with (
        caplog.at_level(logging.DEBUG, "app.core.tf_runtime"),
        native_output_to_log("outer"),
        native_output_to_log("inner"),  # reentrant on one thread
    ):
        os.write(2, b"oneDNN custom operations are on\n")
    assert _fd2() == before
    assert "inner output:\noneDNN custom operations are on" in caplog.text


def test_redirections_on_two_threads_take_turns_and_leave_fd2_as_it_was():
    """Overlapping, each would restore the other's temporary file as stderr."""
    before = _fd2()
    inside, release = threading.Event(), threading.Event()
    order: list[str] = []

    def first() -> None:
        with native_output_to_log("first"):
            order.append("first in")
            inside.set()
            release.wait(10)
            order.append("first out")

    def second() -> None:
        inside.wait(10)
        with native_output_to_log("second"):
            order.append("second in")
        order.append("second out")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    inside.wait(10)
    time.sleep(0.2)  # the second thread is at the door meanwhile
    assert order == ["first in"]
    release.set()
    for thread in threads:
        thread.join(10)
    assert order == ["first in", "first out", "second in", "second out"]
    assert _fd2() == before
