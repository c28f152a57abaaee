"""Where a photo's XMP lives (a sidecar beside it, or inside the file), read and written
through exiv2 (pyexiv2), the library darktable and digiKam use.

Sidecar names differ between photo managers: Lightroom (and Capture One, Bridge) replace the
extension (IMG_0001.CR2 -> IMG_0001.xmp); darktable and digiKam append to it
(IMG_0001.CR2.xmp), which never makes IMG_0001.CR2 and IMG_0001.JPG share one file. Reading
looks for both.

Measured with pyexiv2 2.16 (exiv2 0.28): XMP can be written into JPEG, TIFF, PNG, WebP and DNG;
HEIC/HEIF/AVIF are read-only in exiv2 ("Writing to BMFF images is not supported"), so their
keywords go to a sidecar. pyexiv2 holds the GIL in every call and keeps exiv2's error messages
in one global buffer, so calls here take a lock: the message that comes back is the call's own.
Everything works on bytes in memory: the caller writes the result atomically.

exiv2 writes a packet only by serialising it again, which changes other tools' properties
(`app.core.xmp` says which), so it never writes a sidecar (a sidecar is the packet's bytes, as
`app.core.xmp` edited them), and inside a photo the packet's bytes take the old ones' place
(`app.core.xmp_embed`). A photo with no room for them is refused, not written; exiv2 writes only
into photos without XMP, where there is nothing of another tool's to keep.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import StrEnum
from pathlib import Path
from types import ModuleType

from app.core.discovery import JPEG_EXTENSIONS
from app.core.errors import PictagError, first_line
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.xmp import DIGIKAM, LR, InvalidXmp, XmpPacket
from app.core.xmp_embed import find_packet, replace_packet

__all__ = [
    "EMBEDDABLE",
    "EXIV2_MISSING",
    "SIDECAR_SUFFIX",
    "SidecarNaming",
    "XmpFileError",
    "embed_packet",
    "embedded_packet",
    "read_embedded",
    "read_embedded_bytes",
    "read_hierarchical_keywords",
    "sidecar_candidates",
    "sidecar_path",
]

SIDECAR_SUFFIX = ".xmp"  # also ".XMP": compared in lower case
EXIV2_MISSING = QT_TRANSLATE_NOOP(
    "xmp_files", "reading and writing XMP keywords needs pyexiv2: pip install pyexiv2"
)  # translated where it is raised
# DNG is a TIFF; Lightroom reads a DNG's keywords from inside it, never from a sidecar.
EMBEDDABLE = JPEG_EXTENSIONS | frozenset({".tif", ".tiff", ".png", ".webp", ".dng"})


class SidecarNaming(StrEnum):
    APPEND = "append"  # IMG_0001.CR2.xmp: darktable, digiKam (the default)
    REPLACE = "replace"  # IMG_0001.xmp: Lightroom, Capture One, Bridge


class XmpFileError(PictagError):
    """exiv2 could not read or write a file's XMP; the message is one line."""


_lock = threading.Lock()
_module: list[ModuleType] = []


def sidecar_path(photo: Path, naming: SidecarNaming) -> Path:
    """The sidecar to write for `photo`: an existing one of this naming (either case of
    `.xmp`), else the lower-case name."""
    base = photo.name if naming is SidecarNaming.APPEND else photo.stem
    for suffix in (SIDECAR_SUFFIX, SIDECAR_SUFFIX.upper()):
        candidate = photo.with_name(base + suffix)
        if candidate.exists():
            return candidate
    return photo.with_name(base + SIDECAR_SUFFIX)


def sidecar_candidates(photo: Path) -> list[Path]:
    """Every sidecar name a photo manager may have used for `photo`, existing or not."""
    return [
        photo.with_name(base + suffix)
        for base in (photo.name, photo.stem)
        for suffix in (SIDECAR_SUFFIX, SIDECAR_SUFFIX.upper())
    ]


def read_embedded(photo: Path) -> str:
    """The XMP packet inside `photo` ("" when it has none)."""
    with _exiv2(photo) as pyexiv2:
        if _encodable(photo):
            image = pyexiv2.Image(str(photo))
        else:  # a name that is not UTF-8: exiv2 only takes text paths
            image = pyexiv2.ImageData(photo.read_bytes())
        try:
            return image.read_raw_xmp()
        finally:
            image.close()


def read_hierarchical_keywords(photo: Path) -> list[str]:
    """The hierarchical keywords ("Birds|heron") a photo carries, in its sidecars (either
    naming) and inside it: Lightroom's lr:hierarchicalSubject and digiKam's TagsList
    ("Birds/heron"). XmpFileError when a sidecar cannot be read or is not valid XMP; the XMP
    inside a file exiv2 cannot read counts as none."""
    found: list[str] = []
    packets: list[tuple[Path, str | bytes]] = []
    for sidecar in dict.fromkeys(sidecar_candidates(photo)):  # one case-insensitive file twice
        try:
            packets.append((sidecar, sidecar.read_bytes()))
        except FileNotFoundError:
            continue
        except OSError as exc:
            message = translate("xmp_files", "{path}: cannot be read ({why})")
            raise XmpFileError(message.format(path=sidecar, why=exc.strerror or exc)) from None
    with suppress(XmpFileError):  # a format exiv2 does not read (or damaged): sidecars count
        packets.append((photo, read_embedded(photo)))
    for source, packet in packets:
        if not packet.strip():
            continue
        try:
            xmp = XmpPacket.parse(packet)
        except InvalidXmp as exc:
            message = translate("xmp_files", "{name} is {reason}")
            raise XmpFileError(message.format(name=source.name, reason=exc.reason)) from None
        found += xmp.values(LR, "hierarchicalSubject")
        found += [tag.replace("/", "|") for tag in xmp.values(DIGIKAM, "TagsList")]
    return list(dict.fromkeys(found))


def read_embedded_bytes(photo: Path, content: bytes) -> str:
    """The XMP packet inside `content`, the bytes of `photo` ("" when it has none)."""
    with _exiv2(photo) as pyexiv2:
        image = pyexiv2.ImageData(content)
        try:
            return image.read_raw_xmp()
        finally:
            image.close()


def embedded_packet(photo: Path, content: bytes) -> bytes:
    """The XMP packet inside `content` (the bytes of `photo`) exactly as it is written there
    (b"" when there is none; `app.core.xmp_embed` finds it). XmpFileError when the photo has
    XMP but not as one `<?xpacket` packet."""
    found = find_packet(content)
    if found is not None:
        return found
    if read_embedded_bytes(photo, content).strip():
        raise XmpFileError(
            translate(
                "xmp_files", "{path}: its XMP is not one packet Pictag can change in place; "
                "Pictag leaves it as it is (write a sidecar instead)",
            ).format(path=photo)
        )  # fmt: skip
    return b""


def embed_packet(photo: Path, content: bytes, old: bytes, packet: XmpPacket) -> bytes:
    """`content` (the bytes of `photo`, holding the packet `old`, from `embedded_packet`)
    with `packet` in its place. XmpFileError when there is no room for it: exiv2 would write
    it again and change other tools' properties."""
    if not old:  # no XMP yet: nothing of another tool's to keep
        with _exiv2(photo) as pyexiv2:
            image = pyexiv2.ImageData(content)
            try:
                image.modify_raw_xmp(packet.to_text())
                return image.get_bytes()
            finally:
                image.close()
    changed = replace_packet(content, old, packet.data)
    if changed is None:
        raise XmpFileError(
            translate(
                "xmp_files", "{path}: its XMP has no room to grow and exiv2 would change other "
                "tools' properties in it; Pictag leaves it as it is (write a sidecar instead)",
            ).format(path=photo)
        )  # fmt: skip
    return changed


@contextmanager
def _exiv2(path: Path) -> Iterator[ModuleType]:
    """pyexiv2, under the lock; its failures as one-line XmpFileErrors."""
    with _lock:
        if not _module:
            try:
                import pyexiv2
            except ImportError:
                missing = translate("xmp_files", EXIV2_MISSING)
                raise XmpFileError(f"{path}: {missing}") from None
            pyexiv2.set_log_level(3)  # errors only: warnings would go to stdout
            _module.append(pyexiv2)
        try:
            yield _module[0]
        except (RuntimeError, ValueError, OSError) as exc:
            detail = first_line(exc).removeprefix("Caught Exiv2 exception: ")
            message = translate("xmp_files", "{path}: exiv2 cannot handle its XMP ({why})")
            raise XmpFileError(message.format(path=path, why=detail)) from None


def _encodable(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
