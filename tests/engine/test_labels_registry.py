from __future__ import annotations

import pytest

from app.core.errors import UsageError
from app.core.imagenet_labels import imagenet_classes, imagenet_labels
from app.core.registry import ARCHITECTURES, get_architecture


@pytest.mark.parametrize(
    ("index", "wnid", "name"),
    [
        (0, "n01440764", "tench"),
        (281, "n02123045", "tabby"),
        (207, "n02099601", "golden retriever"),
    ],
)
def test_imagenet_anchors_in_keras_order(index, wnid, name):
    assert imagenet_classes()[index] == (wnid, name)


def test_imagenet_classes_complete_sorted_and_unique():
    classes = imagenet_classes()
    wnids = [wnid for wnid, _ in classes]
    assert len(classes) == 1000
    assert wnids == sorted(wnids)  # Keras' class index is in WordNet-id order
    assert len(set(imagenet_labels())) == 1000  # labels double as folder names


def test_registry_knows_sizes_and_weights_files():
    mobilenet, inception = get_architecture("mobilenet_v2"), get_architecture("inception_v3")
    assert (mobilenet.default_size, inception.default_size) == (224, 299)
    assert mobilenet.imagenet_top.filename.endswith("_1.0_224.h5")
    assert inception.imagenet_no_top.url.endswith(
        "inception_v3_weights_tf_dim_ordering_tf_kernels_notop.h5"
    )
    assert set(ARCHITECTURES) == {"mobilenet_v2", "inception_v3"}


def test_unknown_architecture_is_a_usage_error():
    with pytest.raises(UsageError, match="mobilenet_v2, inception_v3"):
        get_architecture("resnet50")


def test_too_small_input_is_refused():
    with pytest.raises(UsageError, match="at least 75 px"):
        get_architecture("inception_v3").check_size(64)


@pytest.mark.parametrize(("name", "size"), [("mobilenet_v2", 32), ("inception_v3", 75)])
def test_raw_input_model_preprocesses_inside(name, size):
    import numpy as np

    arch = get_architecture(name)
    network = arch.build(size=size, include_top=True, classes=1000)
    model = arch.with_raw_input(network, size=size, name=name)
    preprocess = model.get_layer("preprocess")
    out = np.asarray(preprocess(np.array([[0.0, 127.5, 255.0]], np.float32)))
    np.testing.assert_allclose(out, [[-1.0, 0.0, 1.0]], atol=1e-6)
    assert model.output_shape == (None, 1000)
