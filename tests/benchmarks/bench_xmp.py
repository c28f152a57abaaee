"""Which way to write keywords keeps other tools' XMP exact, measured side by side on the
exiftool-style sidecars of tests/tag/xmp_samples.py.

    python tests/benchmarks/bench_xmp.py [--sidecars DIR]

For each sample the same keywords are merged (`XmpPacket.replace_ours`), then the sidecar is
written two ways: by exiv2 (`ImageData.modify_raw_xmp`, which serialises the packet again, as
Pictag did before) and as the edited bytes themselves (what Pictag does now). exiftool reads
both; the table counts the properties other than the keywords that read differently from the
original, and the time per write (merge included), with the ratio of the two. `--sidecars DIR`
measures the .xmp files in DIR as well (exiftool's own test sidecars, t/images/*.xmp in its
source, were measured this way); a sidecar Pictag refuses to change shows its reason."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pyexiv2  # noqa: E402

from app.core.xmp import InvalidXmp, XmpPacket  # noqa: E402
from tests.exiftool import find_exiftool, foreign_tags, read_struct  # noqa: E402
from tests.tag.xmp_samples import SAMPLES, packet  # noqa: E402

ROUNDS = 200


def merged(data: bytes) -> XmpPacket:
    xmp = XmpPacket.parse(data)
    xmp.replace_ours(["heron"], ["Pictag|heron"], ["heron"], ["0.9000"], "birds")
    return xmp


def through_exiv2(data: bytes) -> bytes:
    image = pyexiv2.ImageData(data)
    try:
        image.modify_raw_xmp(merged(data).to_text())
        return image.get_bytes()
    finally:
        image.close()


def byte_edits(data: bytes) -> bytes:
    return merged(data).data


def changed(exiftool: str, folder: Path, original: bytes, written: bytes) -> list[str]:
    (folder / "a.xmp").write_bytes(original)
    (folder / "b.xmp").write_bytes(written)
    before = foreign_tags(read_struct(exiftool, folder / "a.xmp"))
    after = foreign_tags(read_struct(exiftool, folder / "b.xmp"))
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def per_write(write, data: bytes) -> float:
    started = time.perf_counter()
    for _ in range(ROUNDS):
        write(data)
    return (time.perf_counter() - started) / ROUNDS * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sidecars", type=Path, help="a folder of .xmp files to measure too")
    args = parser.parse_args()
    files = {name: packet(sample) for name, sample in SAMPLES.items()}
    if args.sidecars:
        files |= {p.name: p.read_bytes() for p in sorted(args.sidecars.glob("*.xmp"))}
    exiftool = find_exiftool()
    pyexiv2.set_log_level(3)
    print(f"{'sample':<10} {'exiv2: changed':<44} {'edits: changed':<15} ms exiv2  edits  ratio")
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files.items():
            try:
                lost = changed(exiftool, Path(tmp), data, through_exiv2(data))
                shown = ", ".join(k.split(":")[-1] for k in lost)[:42] or "none"
            except (RuntimeError, InvalidXmp) as exc:  # exiv2 cannot read it: no write
                lost, shown = [], f"(cannot write: {str(exc).strip()[-25:]})"
            try:
                kept = changed(exiftool, Path(tmp), data, byte_edits(data))
            except InvalidXmp as exc:
                print(f"{name:<10} {len(lost):>2} {shown:<41} left alone: {exc.reason}")
                continue
            fast = per_write(byte_edits, data)
            slow = per_write(through_exiv2, data) if shown[0] != "(" else float("nan")
            print(
                f"{name:<10} {len(lost):>2} {shown:<41} {len(kept):>2} {'':<12}"
                f"{slow:6.2f} {fast:6.2f} {slow / fast:6.2f}"
            )


if __name__ == "__main__":
    main()
