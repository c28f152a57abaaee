"""An export's README.txt: what the model takes and gives, and a few lines of Python that run
it. Written in English, as the code it shows (it travels with the model to other developers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.model_file import ModelInfo
from app.export.formats import ARTIFACTS, FORMAT_NAMES, ONNX, ONNX_OPSET, SAVEDMODEL, TFLITE
from app.export.outputs_text import decision_text, probabilities_text

if TYPE_CHECKING:
    from app.export.exporter import ExportOptions

__all__ = ["readme_text"]

_SNIPPETS = {
    SAVEDMODEL: """\
import numpy as np, tensorflow as tf
from PIL import Image, ImageOps

serve = tf.saved_model.load("saved_model").signatures["serving_default"]
labels = open("labels.txt", encoding="utf-8").read().splitlines()
image = ImageOps.exif_transpose(Image.open("photo.jpg")).convert("RGB")
pixels = np.asarray(image.resize(({size}, {size}), Image.Resampling.BILINEAR), np.float32)[None]
probabilities = serve(pixels=tf.constant(pixels))["probabilities"].numpy()[0]
print(labels[probabilities.argmax()], probabilities.max())
""",
    TFLITE: """\
import numpy as np
from ai_edge_litert.interpreter import Interpreter   # pip install ai-edge-litert
from PIL import Image, ImageOps

runner = Interpreter("model.tflite").get_signature_runner("serving_default")
labels = open("labels.txt", encoding="utf-8").read().splitlines()
image = ImageOps.exif_transpose(Image.open("photo.jpg")).convert("RGB")
pixels = np.asarray(image.resize(({size}, {size}), Image.Resampling.BILINEAR), np.float32)[None]
probabilities = runner(pixels=pixels)["probabilities"][0]
print(labels[probabilities.argmax()], probabilities.max())
""",
    ONNX: """\
import numpy as np, onnxruntime
from PIL import Image, ImageOps

session = onnxruntime.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
labels = open("labels.txt", encoding="utf-8").read().splitlines()
image = ImageOps.exif_transpose(Image.open("photo.jpg")).convert("RGB")
pixels = np.asarray(image.resize(({size}, {size}), Image.Resampling.BILINEAR), np.float32)[None]
probabilities = session.run(["probabilities"], {{"pixels": pixels}})[0][0]
print(labels[probabilities.argmax()], probabilities.max())
""",
}


def readme_text(options: ExportOptions, info: ModelInfo) -> str:
    """The README.txt of an export, in English: it is read with the code it shows."""
    size = info.input_size
    artifact = ARTIFACTS[options.format]
    entry = "signature 'serving_default'" if options.format != ONNX else f"ONNX opset {ONNX_OPSET}"
    return f"""\
{options.model.name} exported by Pictag as {_described(options)}: {artifact}
({entry}), a {info.base} classifier of {len(info.labels)} classes.

Input 'pixels': float32, shape [N, {size}, {size}, 3] (any batch size N): RGB pixels 0..255 of
  the whole upright image resized to {size}x{size} (bilinear, no cropping), as Pictag does.
  Do not scale or normalise them: the model does it itself.
Output 'probabilities': float32, shape [N, {len(info.labels)}]{probabilities_text(info)}. Column i
  is the class on line i+1 of labels.txt.
{decision_text(info)}
Minimal use in Python:

{_SNIPPETS[options.format].format(size=size)}"""


def _described(options: ExportOptions) -> str:
    quantized = f", {options.quantize} quantization" if options.quantize else ""
    return f"{FORMAT_NAMES[options.format]}{quantized}"
