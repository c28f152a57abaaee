"""A line chart as a PNG, drawn with Pillow (already a dependency; matplotlib is not)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

__all__ = ["draw_curves"]

_WIDTH, _HEIGHT = 900, 520
_LEFT, _RIGHT, _TOP, _BOTTOM = 90, 30, 60, 70
_COLOURS = [(31, 119, 180), (214, 96, 39), (44, 160, 44), (148, 103, 189)]
_FONT_FILES = ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    for name in _FONT_FILES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def draw_curves(
    path: Path,
    xs: Sequence[float],
    means: Mapping[str, Sequence[float]],
    spreads: Mapping[str, Sequence[tuple[float, float]]],
    *,
    title: str,
    x_label: str = "photos labeled",
    y_label: str = "validation accuracy",
) -> None:
    """One line per series (fractions, drawn as percentages) with its min-max band. The axis
    spans the lines (one point of margin); a band reaching lower is cut at the bottom."""
    lines = [v for s in means.values() for v in s]
    tops = [h for s in spreads.values() for _, h in s]
    lo = math.floor(min(lines) * 100 - 1) / 100
    hi = math.ceil(max(lines + tops) * 100) / 100
    if hi - lo < 0.02:
        hi = lo + 0.02
    image = Image.new("RGB", (_WIDTH, _HEIGHT), "white")
    draw = ImageDraw.Draw(image, "RGBA")
    small, normal = _font(14), _font(16)
    x0, x1, y0, y1 = _LEFT, _WIDTH - _RIGHT, _HEIGHT - _BOTTOM, _TOP

    def px(x: float) -> float:
        return x0 + (x - xs[0]) / (xs[-1] - xs[0]) * (x1 - x0)

    def py(y: float) -> float:
        return y0 - (max(lo, min(hi, y)) - lo) / (hi - lo) * (y0 - y1)

    steps = max(1, round((hi - lo) * 100 / 8))  # about 8 grid lines, whole percents
    for k in range(0, round((hi - lo) * 100) + 1, steps):
        y = lo + k / 100
        draw.line([(x0, py(y)), (x1, py(y))], fill=(225, 225, 225))
        text = f"{y:.0%}"
        draw.text((x0 - 8, py(y)), text, fill="black", font=small, anchor="rm")
    for x in xs:
        draw.line([(px(x), y0), (px(x), y0 + 5)], fill="black")
        draw.text((px(x), y0 + 8), f"{x:g}", fill="black", font=small, anchor="mt")
    draw.rectangle([x0, y1, x1, y0], outline="black")
    for (name, series), colour in zip(means.items(), _COLOURS, strict=False):
        band = [(px(x), py(h)) for x, (_, h) in zip(xs, spreads[name], strict=True)]
        band += [
            (px(x), py(lo_)) for x, (lo_, _) in reversed(list(zip(xs, spreads[name], strict=True)))
        ]
        draw.polygon(band, fill=(*colour, 40))
        points = [(px(x), py(y)) for x, y in zip(xs, series, strict=True)]
        draw.line(points, fill=colour, width=3)
        for x, y in points:
            draw.ellipse([x - 4, y - 4, x + 4, y + 4], fill=colour)
    legend_y = y0 - 20 - 24 * (len(means) - 1)
    for i, (name, colour) in enumerate(zip(means, _COLOURS, strict=False)):
        y = legend_y + 24 * i
        draw.line([(x1 - 200, y), (x1 - 170, y)], fill=colour, width=3)
        draw.text((x1 - 162, y), name, fill="black", font=normal, anchor="lm")
    draw.text((_WIDTH / 2, 24), title, fill="black", font=normal, anchor="mm")
    draw.text(((x0 + x1) / 2, _HEIGHT - 22), x_label, fill="black", font=normal, anchor="mm")
    label = Image.new("RGBA", (260, 24), (255, 255, 255, 0))
    ImageDraw.Draw(label).text((130, 12), y_label, fill="black", font=normal, anchor="mm")
    rotated = label.rotate(90, expand=True)
    image.paste(rotated, (12, int((y0 + y1) / 2 - rotated.height / 2)), rotated)
    image.save(path, optimize=True)
