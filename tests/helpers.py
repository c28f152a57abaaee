"""Small models whose outputs a test can predict, saved as real Pictag model files."""

from __future__ import annotations

import os
import stat
import struct
import threading
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.model_file import METADATA_MEMBER, ModelInfo, save_model_file
from app.core.tf_runtime import import_keras
from tests.conftest import make_photo

COLORS = {"red": (220, 30, 30), "green": (30, 200, 40), "blue": (30, 40, 220)}


def color_model(size: int = 32, sharpness: float = 20.0):
    """Raw RGB in; softmax over (red, green, blue) by which channel's mean is highest.

    Built from Keras' own layers only, like a trained Pictag model, so safe mode loads it.
    """
    keras = import_keras()
    inputs = keras.Input((size, size, 3), name="rgb_0_255")
    x = keras.layers.Rescaling(1 / 255.0)(inputs)
    x = keras.layers.GlobalAveragePooling2D()(x)
    dense = keras.layers.Dense(3, activation="softmax")
    outputs = dense(x)
    dense.set_weights([np.eye(3, dtype=np.float32) * sharpness, np.zeros(3, np.float32)])
    return keras.Model(inputs, outputs, name="colors")


def make_color_model_file(path: Path, size: int = 32) -> Path:
    save_model_file(color_model(size), path, ModelInfo(tuple(COLORS), "mobilenet_v2", size))
    return path


def make_archive(root: Path, count: int, size: tuple[int, int] = (32, 32)) -> tuple[Path, Path]:
    """(colour model file, folder of `count` red, green and blue JPEGs plus one broken file)."""
    model = make_color_model_file(root / "colors.keras")
    for i in range(count):
        name = list(COLORS)[i % 3]
        make_photo(root / "photos" / f"{name}_{i:02d}.jpg", size=size, color=COLORS[name])
    (root / "photos" / "broken.jpg").write_bytes(b"\xff\xd8\xff not a jpeg")
    return model, root / "photos"


class FifoReader:
    """A named pipe at `path` and a thread reading everything written into it, as another
    program would (`join()` returns the text); opening a pipe to write waits for its reader."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path = path
        self.text = ""
        self._thread = threading.Thread(target=self._read, name="test-fifo-reader", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        with open(self.path, encoding="utf-8") as pipe:
            self.text = pipe.read()

    def join(self, timeout: float = 60) -> str:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), f"nothing closed {self.path}"
        return self.text

    def release(self) -> None:
        """End the reader when nothing wrote: open the pipe once for writing."""
        if self._thread.is_alive():
            with open(self.path, "w"):
                pass
        self.join()


def make_null_device(path: Path) -> Path:
    """A character device like /dev/null (1, 3) at `path`, never the system's own; the test is
    skipped where creating device nodes is not allowed (not root, or a restricted container)."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError) as exc:
        pytest.skip(f"cannot create a device node here ({exc})")
    return path


def make_zip_bomb(path: Path, member: str = METADATA_MEMBER, megabytes: int = 256) -> Path:
    """A real Pictag model file whose `member` is replaced by `megabytes` of deflated zeros
    (a few hundred KB on disk), streamed in chunks so that building it stays small."""
    model = make_color_model_file(path.with_name("real.keras"))
    with zipfile.ZipFile(model) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name != member:
                dst.writestr(name, src.read(name))
        with dst.open(member, "w", force_zip64=True) as out:
            chunk = bytes(1 << 20)
            for _ in range(megabytes):
                out.write(chunk)
    model.unlink()
    return path


def make_odd_tiff(path: Path) -> Path:
    """An LZW TIFF whose RowsPerStrip tag has the wrong type (text): Pillow refuses it, and
    libtiff prints `TIFFFetchNormalTag: Incompatible type for "RowsPerStrip".` on fd 2."""
    pixels = (np.arange(16 * 16 * 3) % 251).astype(np.uint8).reshape(16, 16, 3)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels, "RGB").save(path, compression="tiff_lzw")
    data = bytearray(path.read_bytes())
    assert data[:4] == b"II*\x00"  # little-endian TIFF: the first directory's offset follows
    (directory,) = struct.unpack_from("<I", data, 4)
    (entries,) = struct.unpack_from("<H", data, directory)
    for entry in range(directory + 2, directory + 2 + 12 * entries, 12):
        if struct.unpack_from("<H", data, entry)[0] == 278:  # RowsPerStrip
            struct.pack_into("<H", data, entry + 2, 2)  # type ASCII
    path.write_bytes(bytes(data))
    return path
