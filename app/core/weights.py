"""Finding ImageNet weights: Keras' cache, then the bundle's copy, then a download with progress.

Pictag downloads the file itself (rather than through `keras.utils.get_file`) so that the GUI can
show byte progress, a cancel works, a half-written file never lands in the cache, and an offline
machine gets one message saying exactly which file to put where.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import UsageError, WeightsError, first_line
from app.core.i18n import translate
from app.core.paths import bundled_weights_dir, keras_models_dir
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.core.registry import Architecture, WeightsFile

if TYPE_CHECKING:
    import keras

__all__ = ["imagenet_weights_path", "resolve_weights", "load_weights", "MIRROR_ENV"]

log = logging.getLogger(__name__)

MIRROR_ENV = "PICTAG_WEIGHTS_URL"
"""Environment variable: a base address (http, https or file) to fetch weights files from instead
of Keras' own, for networks that keep a local mirror."""

_CHUNK = 1 << 20
_TIMEOUT_S = 30


def imagenet_weights_path(
    arch: Architecture,
    *,
    include_top: bool = True,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> Path:
    """The local path of `arch`'s ImageNet weights, downloading them into Keras' cache if needed
    (progress: `Stage.DOWNLOAD` events counting bytes)."""
    wanted = arch.imagenet_top if include_top else arch.imagenet_no_top
    target = keras_models_dir() / wanted.filename
    for candidate in (target, bundled_weights_dir() / wanted.filename):
        if candidate.is_file() and candidate.stat().st_size > 0:
            return candidate
    mirror = os.environ.get(MIRROR_ENV)
    url = f"{mirror.rstrip('/')}/{wanted.filename}" if mirror else wanted.url
    log.info("Downloading %s from %s", wanted.filename, url)
    try:
        _download(url, target, wanted, progress, token)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise WeightsError(_offline_message(arch, wanted, url, target, exc)) from exc
    return target


def resolve_weights(
    arch: Architecture,
    weights: str | Path | None,
    *,
    include_top: bool,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> Path | None:
    """`weights` is "imagenet" (Keras' cache, downloaded if missing), a file, or None (random)."""
    if weights is None:
        return None
    if str(weights) == "imagenet":
        return imagenet_weights_path(arch, include_top=include_top, progress=progress, token=token)
    path = Path(weights).expanduser()
    if not path.is_file():
        raise UsageError(translate("weights", "{path}: weights file not found").format(path=path))
    return path


def load_weights(
    network: keras.Model, arch: Architecture, path: Path, *, include_top: bool
) -> None:
    """Load `path` into `network`, or say in one line what is wrong with the file and what to do."""
    try:
        network.load_weights(path)
    except Exception as exc:  # h5py and Keras raise many types for a wrong or damaged file
        detail = first_line(exc)
        if path.parent.resolve() == keras_models_dir().resolve():
            # Keras' cache holds a damaged file, e.g. from a killed download
            message = translate(
                "weights", "The cached ImageNet weights file {path} is damaged ({why}). Delete "
                "it and Pictag will download it again.",
            )  # fmt: skip
        elif include_top:
            message = translate(
                "weights", "{path}: not usable as {model} weights with the ImageNet top ({why}). "
                "Use the file named {name}.",
            )  # fmt: skip
        else:
            message = translate(
                "weights", "{path}: not usable as {model} weights without the ImageNet top "
                "({why}). Use the file named {name}.",
            )  # fmt: skip
        wanted = arch.imagenet_top if include_top else arch.imagenet_no_top
        raise WeightsError(
            message.format(path=path, why=detail, model=arch.display_name, name=wanted.filename)
        ) from None


def _download(
    url: str,
    target: Path,
    wanted: WeightsFile,
    progress: ProgressCallback | None,
    token: Token | None,
) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.md5(usedforsecurity=False)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{wanted.filename}.", suffix=".part", dir=target.parent
    )
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=_TIMEOUT_S) as resp:
            total = int(resp.headers.get("Content-Length") or 0)
            done = 0
            text = translate("weights", "Downloading {name}").format(name=wanted.filename)
            if progress:
                progress(Progress(Stage.DOWNLOAD, 0, total, text))
            while chunk := resp.read(_CHUNK):
                if token is not None:
                    token.check()
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress:
                    progress(Progress(Stage.DOWNLOAD, done, total, text))
            if total and done != total:
                stopped = translate(
                    "weights", "the download stopped after {done:,} of {total:,} bytes"
                )
                raise OSError(stopped.format(done=done, total=total))
            out.flush()
            os.fsync(out.fileno())
        if wanted.md5 and digest.hexdigest() != wanted.md5:
            raise ValueError(
                translate(
                    "weights", "the downloaded file is corrupted (its checksum does not match)"
                )
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _offline_message(
    arch: Architecture, wanted: WeightsFile, url: str, target: Path, exc: BaseException
) -> str:
    reason = getattr(exc, "reason", None) or exc
    return translate(
        "weights", "Could not download the ImageNet weights for {model} ({why}).\n"
        "If this computer is offline, download the file on another computer from\n"
        "  {url}\n"
        "and put it in\n"
        "  {folder}\n"
        "(keep the name {name}), or use a local weights file (--weights FILE).",
    ).format(
        model=arch.display_name, why=reason, url=url, folder=f"{target.parent}{os.sep}",
        name=wanted.filename,
    )  # fmt: skip
