"""The infographic of the usage test: what a matplotlib figure shows, described as plain data.

:func:`describe` saves the candidate's figure as the PNG the brand will publish and reads back what a
reviewer would check on it: its size in pixels and its weight, the colours that cover it, and every
text drawn on it (size in pixels, weight, colour, and the colour actually behind it in the image).
The description is plain data: the checks (``cmcert_lib/bloc2/checks/infographie.py``) judge it
outside the candidate's kernel and compute contrasts and legibility themselves.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from cmcert_lib.facts.brand import PALETTE
from cmcert_lib.facts.legibility import INSTAGRAM_IMAGE_MAX_BYTES, min_text_px
from cmcert_lib.facts.platforms import platform

__all__ = ["FORMAT", "MAX_TEXTS", "PLATFORM", "InfographicError", "describe", "numbers_in", "palette_name",
           "target"]

PLATFORM = "Instagram"
FORMAT = "Image"  # an image of the feed: from 1.91:1 to 4:5, 1080 × 1350 px recommended for a portrait
MAX_TEXTS = 300  # texts described; a real infographic has a few dozen
MAX_TEXT_CHARS = 300
MIN_COLOUR_SHARE = 0.01  # colours covering less of the image are edges and anti-aliasing
MAX_COLOURS = 12
# Two colours this close (Euclidean distance on 0-255 channels) are the same colour of the charter.
PALETTE_DISTANCE = 10
# Pixels this close to a text's colour belong to its letters, not to what lies behind them.
GLYPH_DISTANCE = 60
_BOLD_FROM = 600


class InfographicError(ValueError):
    """A figure that cannot be described; the message is French."""


def target() -> dict[str, Any]:
    """The target format, as the statement gives it: Instagram feed image, and its limits."""
    rng = platform(PLATFORM).ranges_for(FORMAT)[0]
    portrait = max(rng.recommended, key=lambda f: f.height / f.width)
    return {"plateforme": PLATFORM, "format": rng.name, "proportions": rng.label,
            "taille_recommandee": (portrait.width, portrait.height), "largeur_min": rng.min_width,
            "taille_texte_min_px": min_text_px(portrait.width), "poids_max_octets": INSTAGRAM_IMAGE_MAX_BYTES}


def _hex(rgb: Any) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(round(v) for v in rgb[:3]))


def palette_name(colour: Any) -> str | None:
    """The charter's name of a colour (« Bleu marine »), or None when it is none of the charter's."""
    from cmcert_lib.domain.contrast import ColourError, rgb

    try:
        r, g, b = rgb(colour)
    except ColourError:
        return None
    for name, code in PALETTE.items():
        pr, pg, pb = rgb(code)
        if (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2 <= PALETTE_DISTANCE ** 2:
            return name
    return None


_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?![\w])")


def numbers_in(text: Any) -> list[float]:
    """The numbers written in a text, French or English style: « 86 % » -> [86.0], « 40,2 » -> [40.2],
    « 1 200 familles » -> [1200.0]. A number glued to letters (« 3e ») is not a figure."""
    if not isinstance(text, str):
        return []
    found = []
    for whole, decimals in _NUMBER.findall(text[:MAX_TEXT_CHARS]):
        digits = re.sub(r"\D", "", whole)
        found.append(float(f"{digits}.{decimals}" if decimals else digits))
    return found


def _weight_is_bold(weight: Any) -> bool:
    from matplotlib.font_manager import weight_dict

    if isinstance(weight, str):
        weight = weight_dict.get(weight.lower(), 400)
    try:
        return float(weight) >= _BOLD_FROM
    except (TypeError, ValueError):
        return False


def _tick_labels(fig: Any) -> set[int]:
    ids: set[int] = set()
    for ax in fig.get_axes():
        for axis in (ax.xaxis, ax.yaxis):
            for tick in [*axis.majorTicks, *axis.minorTicks]:
                ids.update((id(tick.label1), id(tick.label2)))
    return ids


def _legend_texts(fig: Any) -> list[str]:
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.get_axes())]
    return [t.get_text()[:MAX_TEXT_CHARS] for leg in legends if leg is not None and leg.get_visible()
            for t in leg.get_texts() if t.get_text().strip()]


def _render(fig: Any) -> tuple[bytes, list[tuple[Any, Any]]]:
    """The figure's PNG at its own size and dpi, and every text drawn on it with its extent."""
    from matplotlib import rc_context
    from matplotlib.text import Text

    drawn: list[tuple[Any, Any]] = []
    original = Text.draw

    def recording(self: Text, renderer: Any) -> Any:
        result = original(self, renderer)
        if self.get_visible() and self.get_text().strip() and len(drawn) < MAX_TEXTS:
            drawn.append((self, self.get_window_extent(renderer)))
        return result

    buffer = io.BytesIO()
    Text.draw = recording  # type: ignore[method-assign]
    try:
        with rc_context({"savefig.bbox": "standard", "savefig.transparent": False}):
            fig.savefig(buffer, format="png", dpi=fig.dpi)
    finally:
        Text.draw = original  # type: ignore[method-assign]
    return buffer.getvalue(), drawn


def _pixels(png: bytes) -> Any:
    """The PNG as an (height, width, 3) array of 0-255 integers, laid on white where it is transparent."""
    import numpy as np
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        rgba = np.asarray(image.convert("RGBA"), dtype=np.float64)
    alpha = rgba[..., 3:4] / 255
    return np.rint(rgba[..., :3] * alpha + 255 * (1 - alpha)).astype(np.int64)


def _colours(pixels: Any) -> list[dict[str, Any]]:
    import numpy as np

    packed = (pixels[..., 0] << 16) | (pixels[..., 1] << 8) | pixels[..., 2]
    values, counts = np.unique(packed.ravel(), return_counts=True)
    order = np.argsort(-counts)[:MAX_COLOURS]
    total = packed.size
    return [{"couleur": _hex(((int(v) >> 16) & 255, (int(v) >> 8) & 255, int(v) & 255)),
             "part": round(int(c) / total, 4)}
            for v, c in zip(values[order], counts[order], strict=True) if c / total >= MIN_COLOUR_SHARE]


def _background(pixels: Any, box: tuple[int, int, int, int], colour: tuple[float, float, float]) -> str:
    """The most frequent colour behind a text: the pixels of its box that are not its letters."""
    import numpy as np

    left, top, right, bottom = box
    region = pixels[top:bottom, left:right].reshape(-1, 3)
    if region.size == 0:
        return _hex(colour)
    far = ((region - np.asarray(colour)) ** 2).sum(axis=1) > GLYPH_DISTANCE ** 2
    behind = region[far] if far.any() else region
    packed = (behind[:, 0] << 16) | (behind[:, 1] << 8) | behind[:, 2]
    values, counts = np.unique(packed, return_counts=True)
    v = int(values[counts.argmax()])
    return _hex(((v >> 16) & 255, (v >> 8) & 255, v & 255))


def describe(fig: Any, path: str | Path | None = None) -> dict[str, Any]:
    """Save ``fig`` as a PNG at its own size (``path``, if given) and describe it as plain data.

    The keys: ``largeur_px``, ``hauteur_px``, ``dpi``, ``poids_octets`` (the PNG's weight), ``fond``
    (the figure's background colour), ``couleurs`` (the colours covering at least 1 % of the image, with
    their share), ``legende`` (the legend's entries) and ``textes``: one entry per text drawn, with
    ``texte``, ``taille_px`` (its font size in image pixels), ``gras``, ``couleur``, ``fond`` (the colour
    behind it in the image), its box (``gauche_px``, ``haut_px``, ``droite_px``, ``bas_px``, from the
    top left corner; a text cut by the image's edge goes beyond it) and ``graduation`` (True for an axis' tick label).
    """
    from matplotlib.colors import to_rgba
    from matplotlib.figure import Figure

    if not isinstance(fig, Figure):
        raise InfographicError(f"une figure matplotlib est attendue (fig = plt.figure(...)), pas un objet de type "
                               f"{type(fig).__name__}.")
    png, drawn = _render(fig)
    ticks = _tick_labels(fig)
    pixels = _pixels(png)
    height, width = pixels.shape[:2]
    texts = []
    for text, extent in drawn:
        left, right = int(extent.x0), round(extent.x1)
        top, bottom = int(height - extent.y1), round(height - extent.y0)
        r, g, b, a = to_rgba(text.get_color(), text.get_alpha())
        inside = (max(0, left), max(0, top), min(width, right + 1), min(height, bottom + 1))
        behind = _background(pixels, inside, (r * 255, g * 255, b * 255))
        if a < 1:  # a translucent text shows the colour behind it through its letters
            back = [int(behind[i:i + 2], 16) for i in (1, 3, 5)]
            r, g, b = (a * c + (1 - a) * k / 255 for c, k in zip((r, g, b), back, strict=True))
        texts.append({
            "texte": text.get_text()[:MAX_TEXT_CHARS],
            "taille_px": round(text.get_fontsize() * fig.dpi / 72, 1),
            "gras": _weight_is_bold(text.get_fontweight()),
            "couleur": _hex((r * 255, g * 255, b * 255)),
            "fond": behind,
            "gauche_px": left, "haut_px": top, "droite_px": right, "bas_px": bottom,
            "graduation": id(text) in ticks,
        })
    if path is not None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png)
    return {
        "largeur_px": int(width),
        "hauteur_px": int(height),
        "dpi": round(float(fig.dpi), 2),
        "poids_octets": len(png),
        "fond": _hex([c * 255 for c in to_rgba(fig.get_facecolor())]),
        "couleurs": _colours(pixels),
        "legende": _legend_texts(fig),
        "textes": texts,
    }
