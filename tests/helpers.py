"""Generated photos; small models whose outputs a test can predict, saved as real Pictag model
files; hostile and odd files; files with known contents and a snapshot of a folder tree; a
small file system filled up; and the hooks that crash a child process at each point of a
journaled file operation."""

from __future__ import annotations

import contextlib
import os
import stat
import struct
import subprocess
import sys
import threading
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.model_file import METADATA_MEMBER, ModelInfo, save_model_file
from app.core.tf_runtime import import_keras
from tests.photo_files import photo_pixels


def make_photo(path: Path, size: tuple[int, int] = (64, 48), color=(200, 30, 30), **save) -> Path:
    """A noisy image of one dominant colour, saved in the format the suffix names."""
    seed = zlib.crc32(path.name.encode())  # the same in every process
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(photo_pixels(size, color, seed), "RGB").save(path, **save)
    return path


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


# The validation photos' novelties the detector keeps a share of: 0.80, 0.84, ... 1.60. At the
# default 95% it sets aside a photo above 1.56; at 50%, one above 1.20; at 100%, none.
OPEN_SET_KNOWN = tuple(round(0.8 + 0.04 * i, 2) for i in range(21))
GREY = (200, 200, 200)  # novelty ~2.35: "none of these" at the default share
DIM = (135, 115, 110)  # reddish grey, novelty ~1.41: kept at 95%, set aside at 50%
YELLOW = (160, 140, 20)  # red and green both (novelty ~1.25): two labels, multi-label


def open_set_network(size: int = 32, *, multi_label: bool = False):
    """Raw RGB in; the colour model's probabilities (softmax, or a sigmoid per colour) then
    one novelty column: the sum of the mean red, green and blue in [0, 1], so that a grey or
    white photo is far stranger than a coloured one. Keras' own layers only, as a real
    detector is built."""
    keras = import_keras()
    inputs = keras.Input((size, size, 3), name="rgb_0_255")
    pooled = keras.layers.GlobalAveragePooling2D()(keras.layers.Rescaling(1 / 255.0)(inputs))
    head = keras.layers.Dense(3, activation="sigmoid" if multi_label else "softmax")
    probabilities = head(pooled)
    weights = np.eye(3, dtype=np.float32) * 20
    head.set_weights([weights, np.full(3, -8.0 if multi_label else 0.0, np.float32)])
    detector = keras.layers.Dense(1)
    novelty = detector(pooled)
    detector.set_weights([np.ones((3, 1), np.float32), np.zeros(1, np.float32)])
    outputs = keras.layers.Concatenate()([probabilities, novelty])
    return keras.Model(inputs, outputs, name="open_set_colors")


def open_set_decision(*, multi_label: bool = False, keep: float = 0.95):
    from app.core.decision import Decision, OpenSet

    thresholds = (0.5, 0.5, 0.5) if multi_label else None
    return Decision(thresholds, OpenSet("sum of colours", OPEN_SET_KNOWN, keep))


def save_open_set_model(path: Path, *, multi_label: bool = False) -> Path:
    """The same network as a real Pictag model file, with its decision in pictag.json."""
    info = ModelInfo(
        tuple(COLORS), "mobilenet_v2", 32, decision=open_set_decision(multi_label=multi_label)
    )
    save_model_file(open_set_network(multi_label=multi_label), path, info)
    return path


def as_version_one(model: Path, target: Path) -> Path:
    """`model` as a Pictag from before "none of these" wrote it: format 1, no decision."""
    import json

    with zipfile.ZipFile(model) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == METADATA_MEMBER:
                metadata = json.loads(data)
                metadata["version"] = 1
                del metadata["decision"]
                data = json.dumps(metadata).encode()
            out.writestr(item, data)
    return target


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


def make_color_base(path: Path, size: int = 32, seed: int = 0) -> Path:
    """A MobileNetV2 base (no top) of random weights made usable (`calibrate_batch_norm`) on
    flat colour images, saved as a weights FILE: what `--weights FILE` takes. Unlike
    `weights=None`, whose base is drawn anew on every run, a file's features are cached, so
    the tests of updates can count what was computed."""
    from app.core.registry import get_architecture
    from training import transfer

    import_keras().utils.set_random_seed(seed)  # the same base in every run: tests that rank
    rng = np.random.default_rng(seed)
    colors = np.array([*COLORS.values(), (220, 210, 30)], np.float32)
    images = colors[rng.integers(0, len(colors), 64)][:, None, None, :] + rng.normal(
        0, 10, (64, size, size, 3)
    )
    net = transfer.build_networks(get_architecture("mobilenet_v2"), size, 2, None, 0.0)
    transfer.calibrate_batch_norm(net, np.clip(images, 0, 255).astype(np.uint8))
    net.base.save_weights(path)
    return path


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system holding `folder` (a `small_disk`) with one file of zeros, then give
    back `leave` bytes of it (rounded up to whole pages): the room a test wants left."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 4096)
    with contextlib.suppress(OSError):
        os.truncate(filler, max(0, filler.stat().st_size - -(-leave // 4096) * 4096))
    return filler


def make_files(folder: Path, names: list[str]) -> dict[Path, bytes]:
    """Files with distinct contents; returns what each holds."""
    contents = {}
    for i, name in enumerate(names):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f"photo {i} {name}".encode() * 50)
        contents[path] = path.read_bytes()
    return contents


def tree(folder: Path, *, leave_out: tuple[str, ...] = ("pictag-sort-",)) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones included) by relative path, except manifests
    (names starting with one of `leave_out`)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith(leave_out)
    }


# The start of a child process (`python -c CRASH_HOOKS + ...`) that dies with status 9 at one
# point of a journaled file operation: argv is SRC DEST MODE POINT CRASH_AT (the n-th call).
# before_link / after_link: around the hard link that gives a file its name; mid_copy: with a
# temporary copy half written; before_unlink: a move's original about to be removed from SRC.
CRASH_HOOKS = """
import os, sys
from pathlib import Path
from app.sort import file_ops
from app.core import journal as core_journal

src, dest, mode, point, crash_at = sys.argv[1:6]
crash_at, calls = int(crash_at), {"put": 0, "unlink": 0, "journal": 0}
real_put, real_unlink, real_write = file_ops.put, Path.unlink, core_journal.Journal.write

def put(origin, target):
    calls["put"] += 1
    if point == "before_link" and calls["put"] == crash_at:
        os._exit(9)
    gone = real_put(origin, target)
    if point == "after_link" and calls["put"] == crash_at:
        os._exit(9)
    return gone

def unlink(self, *a, **k):
    if point == "before_unlink" and self.parent == Path(src):
        calls["unlink"] += 1
        if calls["unlink"] == crash_at:
            os._exit(9)
    return real_unlink(self, *a, **k)

def write(self, **row):
    if point == "mid_copy" and row.get("status") == "started" and row.get("step") == crash_at:
        real_write(self, **row)
        open(row["temp"], "wb").write(b"half a photo")  # the copy was under way
        os._exit(9)
    real_write(self, **row)

file_ops.put, Path.unlink, core_journal.Journal.write = put, unlink, write
"""
CRASH_POINTS = ["before_link", "after_link", "mid_copy"]  # and, for moves, "before_unlink"


_HOLD = """
import sys, time
from pathlib import Path
from app.core.writer_lock import writing
with writing(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_model_lock(model: Path, seconds: float = 60) -> subprocess.Popen[str]:
    """Another process that holds `model`'s writer lock for `seconds` (once it has printed
    "held"); the caller ends it."""
    root = Path(__file__).resolve().parents[1]
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(model), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder
