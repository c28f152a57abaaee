"""The export formats and TFLite quantizations, by name: what the command line offers, the
export dialog lists and the exporter accepts.

Imports nothing: the command line's parser takes its choices from here without loading the
export engine.
"""

from __future__ import annotations

__all__ = [
    "SAVEDMODEL",
    "TFLITE",
    "ONNX",
    "FORMATS",
    "FORMAT_NAMES",
    "ARTIFACTS",
    "ONNX_OPSET",
    "DYNAMIC",
    "FLOAT16",
    "QUANTIZATIONS",
    "takes_quantization",
    "PROBABILITIES",
    "NOVELTY",
]

SAVEDMODEL = "savedmodel"
TFLITE = "tflite"
ONNX = "onnx"
FORMATS = (SAVEDMODEL, TFLITE, ONNX)
FORMAT_NAMES = {SAVEDMODEL: "SavedModel", TFLITE: "TFLite", ONNX: "ONNX"}  # as people write them
ARTIFACTS = {SAVEDMODEL: "saved_model", TFLITE: "model.tflite", ONNX: "model.onnx"}  # in OUTPUT/
ONNX_OPSET = 17

# The exported models' output names: the labels' probabilities and, for a model that can say
# "none of these", each image's novelty.
PROBABILITIES = "probabilities"
NOVELTY = "novelty"

DYNAMIC = "dynamic"  # int8 weights, float32 activations
FLOAT16 = "float16"  # float16 weights
QUANTIZATIONS = (DYNAMIC, FLOAT16)


def takes_quantization(fmt: str) -> bool:
    """Only TFLite export quantizes; the other formats keep float32 weights."""
    return fmt == TFLITE
