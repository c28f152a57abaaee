"""The frozen app's filter for AutoGraph warnings about Keras' and TensorFlow's own functions."""

from __future__ import annotations

import logging

from app.tf_runtime import _own_code_unconverted

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
