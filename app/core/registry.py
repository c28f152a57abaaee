"""The base architectures Pictag knows: input size, preprocessing, weights files, Keras builder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.errors import UsageError
from app.core.i18n import translate
from app.core.tf_runtime import import_keras

if TYPE_CHECKING:
    import keras

__all__ = [
    "Architecture",
    "WeightsFile",
    "ARCHITECTURES",
    "DEFAULT_ARCHITECTURE",
    "get_architecture",
]

SIZE_STEP = 32  # training sizes are multiples of the networks' total stride
_KERAS_APPS_URL = "https://storage.googleapis.com/tensorflow/keras-applications/"


@dataclass(frozen=True)
class WeightsFile:
    """One ImageNet weights file as Keras names, hosts and (sometimes) hashes it."""

    filename: str
    subdir: str  # folder of the file under the Keras applications address
    md5: str | None = None

    @property
    def url(self) -> str:
        return f"{_KERAS_APPS_URL}{self.subdir}/{self.filename}"


@dataclass(frozen=True)
class Architecture:
    name: str
    display_name: str
    application: str  # attribute of keras.applications that builds it
    default_size: int
    min_size: int
    imagenet_top: WeightsFile
    imagenet_no_top: WeightsFile
    # Training defaults, chosen by measurement (docs/defaults.md): the input sizes a trained
    # model may get (see train_size_for), and the first base layer that phase 2 unfreezes.
    train_size: int
    fine_tune_at: int
    min_train_size: int
    # Both architectures map pixels 0..255 to -1..1 (Keras' "tf" preprocessing mode).
    input_scale: float = 1 / 127.5
    input_offset: float = -1.0

    def check_size(self, size: int) -> None:
        if size < self.min_size:
            raise UsageError(
                translate(
                    "registry", "{model} needs images of at least {min_size} px; got {size} px"
                ).format(model=self.display_name, min_size=self.min_size, size=size)
            )

    def train_size_for(self, shorter_side: int | None) -> int:
        """The default training size for photos whose median shorter side is `shorter_side`:
        that, to the nearest `SIZE_STEP`, within [min_train_size, train_size]. Larger photos
        gain from up to `train_size`; smaller ones would only be upsampled (docs/defaults.md)."""
        if shorter_side is None:
            return self.train_size
        rounded = SIZE_STEP * round(shorter_side / SIZE_STEP)
        return min(max(rounded, self.min_train_size), self.train_size)

    def build(self, *, size: int, include_top: bool, classes: int = 1000) -> keras.Model:
        """The bare Keras application (no weights); input already preprocessed to -1..1."""
        keras = import_keras()

        self.check_size(size)
        builder = getattr(keras.applications, self.application)
        return builder(
            input_shape=(size, size, 3), include_top=include_top, weights=None, classes=classes
        )

    def preprocessing(self) -> keras.layers.Layer:
        """The layer that turns raw RGB (0..255) into this base's input range."""
        keras = import_keras()

        return keras.layers.Rescaling(self.input_scale, offset=self.input_offset, name="preprocess")

    def with_raw_input(self, network: keras.Model, *, size: int, name: str) -> keras.Model:
        """Wrap `network` to take raw RGB pixels 0..255, so no Pictag code is needed to use it."""
        keras = import_keras()

        inputs = keras.Input((size, size, 3), name="rgb_0_255")
        outputs = network(self.preprocessing()(inputs))
        return keras.Model(inputs, outputs, name=name)


ARCHITECTURES: dict[str, Architecture] = {
    a.name: a
    for a in (
        Architecture(
            name="mobilenet_v2",
            display_name="MobileNetV2",
            application="MobileNetV2",
            default_size=224,
            min_size=32,
            # The 224 px files serve every input size: the convolution weights do not depend on it.
            imagenet_top=WeightsFile(
                "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224.h5", "mobilenet_v2"
            ),
            imagenet_no_top=WeightsFile(
                "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224_no_top.h5", "mobilenet_v2"
            ),
            train_size=288,
            fine_tune_at=100,  # of 154 layers: from block 11 on
            min_train_size=224,
        ),
        Architecture(
            name="inception_v3",
            display_name="InceptionV3",
            application="InceptionV3",
            default_size=299,
            min_size=75,
            imagenet_top=WeightsFile(
                "inception_v3_weights_tf_dim_ordering_tf_kernels.h5",
                "inception_v3",
                md5="9a0d58056eeedaa3f26cb7ebd46da564",
            ),
            imagenet_no_top=WeightsFile(
                "inception_v3_weights_tf_dim_ordering_tf_kernels_notop.h5",
                "inception_v3",
                md5="bcbd6486424b2319ff4ef7d526e38f63",
            ),
            train_size=299,
            fine_tune_at=249,  # of 311 layers: the top two inception blocks
            min_train_size=299,  # its native size; no measurement says otherwise
        ),
    )
}


DEFAULT_ARCHITECTURE = "mobilenet_v2"  # what classifying and training use unless told otherwise


def get_architecture(name: str) -> Architecture:
    try:
        return ARCHITECTURES[name]
    except KeyError:
        message = translate(
            "registry", "Unknown model {name!r}: choose one of {known}, or a .keras file"
        )
        raise UsageError(message.format(name=name, known=", ".join(ARCHITECTURES))) from None
