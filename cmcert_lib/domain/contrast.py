"""Colour contrast as WCAG 2.2 measures it: relative luminance and the contrast ratio of two colours.

Text on an image (Bloc 2's overlays), a chart's labels on its background (infographics) and any coloured
text a candidate produces are judged by the same formula and the same thresholds (success criterion
1.4.3, level AA: 4.5:1 for body text, 3:1 for large text, i.e. at least 18 pt, or 14 pt bold).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["AA_LARGE_TEXT", "AA_TEXT", "LARGE_TEXT_BOLD_PT", "LARGE_TEXT_PT", "ColourError", "contrast_ratio",
           "minimum_ratio", "relative_luminance", "rgb"]

AA_TEXT = 4.5
AA_LARGE_TEXT = 3.0
LARGE_TEXT_PT = 18.0
LARGE_TEXT_BOLD_PT = 14.0

_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


class ColourError(ValueError):
    """A colour that cannot be read; the message is French (a candidate wrote the colour)."""


def rgb(colour) -> tuple[int, int, int]:
    """A colour as three 0-255 integers, from « #1d3b53 », « #fff », (29, 59, 83) or (0.11, 0.23, 0.33)."""
    if isinstance(colour, str):
        match = _HEX.match(colour.strip())
        if not match:
            raise ColourError(f"couleur illisible : {colour[:40]!r} (attendu : « #RRVVBB », par exemple « #1d3b53 »)")
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]
    if isinstance(colour, Sequence) and len(colour) in (3, 4):
        values = list(colour)[:3]
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            raise ColourError(f"couleur illisible : {str(colour)[:40]} (trois nombres attendus)")
        if all(isinstance(v, float) for v in values) and all(0 <= v <= 1 for v in values):
            values = [round(v * 255) for v in values]
        if not all(0 <= v <= 255 for v in values):
            raise ColourError(f"couleur illisible : {str(colour)[:40]} (composantes entre 0 et 255)")
        return tuple(int(v) for v in values)  # type: ignore[return-value]
    raise ColourError(f"couleur illisible : {str(colour)[:40]} (attendu : « #RRVVBB » ou (R, V, B))")


def _linear(channel: int) -> float:
    value = channel / 255
    # WCAG 2.2 writes 0.04045 (the sRGB standard's threshold; older versions wrote 0.03928, same results on 8 bits).
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour) -> float:
    """The colour's relative luminance, 0 (black) to 1 (white)."""
    r, g, b = rgb(colour)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(foreground, background) -> float:
    """(L1 + 0.05) / (L2 + 0.05), the lighter colour's luminance over the darker's: 1 to 21."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def minimum_ratio(size_pt: float, bold: bool = False) -> float:
    """The AA threshold for text of this size: large text (18 pt, or 14 pt bold) needs 3:1, other text 4.5:1."""
    large = size_pt >= LARGE_TEXT_PT or (bold and size_pt >= LARGE_TEXT_BOLD_PT)
    return AA_LARGE_TEXT if large else AA_TEXT
