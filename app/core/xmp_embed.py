"""Where an XMP packet sits inside a photo's bytes, and how a changed one takes its place
without anything else in the file moving or being written again.

exiv2 writes a packet only by serialising it again (which changes other tools' properties, see
`app.core.xmp`), and it reads one back only as its own serialisation, so the packet is found
here by its `<?xpacket` wrapper, as the XMP specification's packet scanning does. A changed
packet goes in its place, in the padding the wrapper keeps for this (the file's size does not
change; a PNG chunk's checksum is set again). Without enough padding, the segment holding it
grows where the format allows that safely: a JPEG's APP1 (up to its 64 KB; not before a
multi-picture index, whose offsets would move) and a PNG's uncompressed iTXt chunk. Elsewhere
(TIFF, DNG, WebP: offsets all over the file) there is no room, and the caller refuses.
"""

from __future__ import annotations

import zlib

__all__ = ["find_packet", "replace_packet"]

_BEGIN, _END = b"<?xpacket begin=", b"<?xpacket end="
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def find_packet(content: bytes) -> bytes | None:
    """The one `<?xpacket` packet in `content`, as it is written (None: none, or several)."""
    begin = content.find(_BEGIN)
    end = content.find(_END, begin) if begin >= 0 else -1
    close = content.find(b"?>", end) if end >= 0 else -1
    if close < 0 or content.find(_BEGIN, begin + 1) >= 0:
        return None
    return content[begin : close + 2]


def replace_packet(content: bytes, old: bytes, new: bytes) -> bytes | None:
    """`content` with the packet `old` (from `find_packet`) replaced by `new`, or None when
    there is no room for it."""
    at = content.find(old)
    fitted = _fit(new, len(old))
    if fitted is not None:
        changed = content[:at] + fitted + content[at + len(old) :]
        if content.startswith(_PNG_SIGNATURE):
            return _png_chunk(changed, at, lambda data: data)
        return changed
    if content.startswith(_PNG_SIGNATURE):
        return _png_chunk(content, at, lambda data: data.replace(old, new, 1), grow=True)
    if content.startswith(b"\xff\xd8"):
        return _jpeg_app1(content, at, old, new)
    return None


def _fit(packet: bytes, size: int) -> bytes | None:
    """`packet` made `size` bytes long by taking from or adding to its padding (the
    whitespace before `<?xpacket end`), or None when it has too little."""
    end = packet.rfind(b"<?xpacket end")
    grow = size - len(packet)
    if end < 0:
        return packet + b" " * grow if grow >= 0 else None
    padding = end - len(packet[:end].rstrip(b" \t\r\n"))
    if grow < 0 and padding + grow < 1:  # keep one newline before the trailer
        return None
    cut = end + min(grow, 0)
    return packet[:cut] + b" " * max(grow, 0) + packet[end:]


def _png_chunk(content: bytes, at: int, change, *, grow: bool = False) -> bytes | None:
    """`content`, a PNG, with the chunk holding offset `at` changed by `change(data)`, its
    length and checksum set again. Growing is only for an uncompressed iTXt chunk."""
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(content):
        length = int.from_bytes(content[pos : pos + 4], "big")
        kind, start = content[pos + 4 : pos + 8], pos + 8
        if start <= at < start + length:
            if grow and kind != b"iTXt":
                return None
            data = change(content[start : start + length])
            head = len(data).to_bytes(4, "big") + kind
            crc = zlib.crc32(kind + data).to_bytes(4, "big")
            return content[:pos] + head + data + crc + content[start + length + 4 :]
        pos = start + length + 4
    return None


def _jpeg_app1(content: bytes, at: int, old: bytes, new: bytes) -> bytes | None:
    """`content`, a JPEG, with the APP1 segment holding offset `at` grown to hold `new`."""
    pos = 2
    while pos + 4 <= len(content) and content[pos] == 0xFF:
        marker = content[pos + 1]
        length = int.from_bytes(content[pos + 2 : pos + 4], "big")
        if marker == 0xDA:  # start of scan: no segment holds it
            return None
        if pos + 4 <= at < pos + 2 + length:
            if marker != 0xE1 or b"MPF\x00" in content[pos:]:
                return None  # not XMP's segment, or a multi-picture index's offsets would move
            body = content[pos + 4 : pos + 2 + length].replace(old, new, 1)
            if len(body) + 2 > 0xFFFF:
                return None
            segment = b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body
            return content[:pos] + segment + content[pos + 2 + length :]
        pos += 2 + length
    return None
