"""Images for each network (notebook 03, C2.3.1): the visuals to deliver, crops, text overlays, contact sheets.

The visuals the brief asks for are :data:`TARGETS`: a platform, one of its formats and a recommended
size, all read from :mod:`cmcert_lib.facts.platforms` (the one table: no size is typed here).  A
candidate's crop is a box (left, top, right, bottom) in a photo's pixels; :func:`export_visuals` cuts
it out and resizes it to the target's size with Pillow, :func:`draw_overlay` lays a short text on a
photo.  The rules the checks apply (composition, exposure, resolution, contrast) are the constants
below, which the notebook states.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cmcert_lib.bloc2.datasets.photos import BOX, load_contact_sheet, load_photo
from cmcert_lib.facts.brand import PALETTE
from cmcert_lib.facts.platforms import RATIO_TOLERANCE, ImageFormat, platform

__all__ = [
    "OVER_EXPOSED", "PT_TO_PX", "TARGETS", "THIRDS_TOLERANCE", "UNDER_EXPOSED", "UPSCALE_TOLERANCE",
    "Target", "draw_overlay", "export_visuals", "mosaic", "read_box", "show_shoot", "target",
]

# Rule of thirds: the subject's centre lies within 5 % of the frame's width of a vertical third line,
# or within 5 % of its height of a horizontal one.
THIRDS_TOLERANCE = 0.05
# Exposure, read on the mean grey level (0-255) of the photo: below 90 it is too dark, above 170 too bright.
UNDER_EXPOSED = 90
OVER_EXPOSED = 170
# A crop may be enlarged by 10 % at most to reach the visual's size: beyond, the enlargement shows (blur).
UPSCALE_TOLERANCE = 0.10
# A type size in points, as a design tool sets it, is 4/3 of a pixel each (96 pixels an inch).
PT_TO_PX = 4 / 3
# The overlay's text: a line of a few words, not a paragraph.
MAX_OVERLAY_WORDS = 12


@dataclass(frozen=True)
class Target:
    """A visual to deliver: a platform's format and its recommended size, from the platform table."""

    key: str
    platform: str
    fmt: str  # the platform's format (« Image », « Story », « Lien »)
    size: ImageFormat

    @property
    def width(self) -> int:
        return self.size.width

    @property
    def height(self) -> int:
        return self.size.height

    @property
    def label(self) -> str:
        return f"{self.platform} · {self.fmt} · {self.size.name} ({self.width} × {self.height}, {self.size.ratio})"

    def ratio_fits(self, width: float, height: float) -> bool:
        """A crop of these proportions resized to the target is deformed by at most RATIO_TOLERANCE."""
        if width <= 0 or height <= 0:
            return False
        return abs((width / height) / (self.width / self.height) - 1) <= RATIO_TOLERANCE

    def sharp_enough(self, width: float, height: float) -> bool:
        """The crop needs no enlargement beyond UPSCALE_TOLERANCE to reach the target's size."""
        return width * (1 + UPSCALE_TOLERANCE) >= self.width and height * (1 + UPSCALE_TOLERANCE) >= self.height


def _recommended(platform_name: str, fmt: str, size_name: str) -> ImageFormat:
    for ratio_range in platform(platform_name).ranges_for(fmt):
        for size in ratio_range.recommended:
            if size.name == size_name:
                return size
    raise LookupError(f"{platform_name} {fmt} {size_name}: not in the platform table")


TARGETS: tuple[Target, ...] = (
    Target("instagram_portrait", "Instagram", "Image", _recommended("Instagram", "Image", "Portrait")),
    Target("instagram_story", "Instagram", "Story", _recommended("Instagram", "Story", "Story / Reel")),
    Target("facebook_lien", "Facebook", "Lien", _recommended("Facebook", "Lien", "Lien partagé")),
    Target("linkedin_carre", "LinkedIn", "Image", _recommended("LinkedIn", "Image", "Carré")),
)


def target(key: str) -> Target:
    for item in TARGETS:
        if item.key == key:
            return item
    raise KeyError(f"Visuel inconnu : « {key} ». Visuels : {', '.join(t.key for t in TARGETS)}.")


# --- reading a candidate's plain data -----------------------------------------------------------------

MAX_COORDINATE = 100_000


def read_box(value: Any, what: str = "la boîte") -> tuple[int, int, int, int]:
    """A box (left, top, right, bottom) of four numbers, rounded to pixels; French ValueError otherwise."""
    if isinstance(value, Mapping):
        keys = {str(k).strip().lower(): v for k, v in value.items()}
        names = (("gauche", "left"), ("haut", "top"), ("droite", "right"), ("bas", "bottom"))
        try:
            value = [next(keys[n] for n in pair if n in keys) for pair in names]
        except StopIteration:
            raise ValueError(f"{what} : clés attendues « gauche », « haut », « droite », « bas »") from None
    if isinstance(value, (str, bytes)) or not hasattr(value, "__len__") or len(value) != 4:
        raise ValueError(f"{what} doit être quatre nombres (gauche, haut, droite, bas)")
    numbers = []
    for v in value:
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or abs(v) > MAX_COORDINATE:
            raise ValueError(f"{what} doit être quatre nombres de pixels (gauche, haut, droite, bas)")
        numbers.append(round(v))
    left, top, right, bottom = numbers
    if right <= left or bottom <= top:
        raise ValueError(f"{what} : la droite doit dépasser la gauche et le bas dépasser le haut")
    return left, top, right, bottom


# --- Pillow at work ---------------------------------------------------------------------------------------


def _font(size_px: int, bold: bool = True):
    import matplotlib
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name), max(6, size_px))


def _wrap(draw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def draw_overlay(image, text: str, colour: str, zone, size_px: int, bold: bool = True):
    """A copy of ``image`` with ``text`` set in ``zone`` (left, top, right, bottom), wrapped, left-aligned."""
    from PIL import ImageDraw

    from cmcert_lib.domain.contrast import rgb

    result = image.copy()
    draw = ImageDraw.Draw(result)
    left, top, right, _ = zone
    font = _font(size_px, bold)
    y = top
    for line in _wrap(draw, str(text), font, right - left):
        draw.text((left, y), line, font=font, fill=rgb(colour))
        y += round(size_px * 1.2)
    return result


def crop_visual(photo: str, box, key: str):
    """The visual ``key`` cut from ``photo`` at ``box`` and resized to the target's size (Lanczos)."""
    from PIL import Image

    item = target(key)
    image = load_photo(photo)
    left, top, right, bottom = read_box(box)
    left, top = max(0, left), max(0, top)
    right, bottom = min(image.width, right), min(image.height, bottom)
    if right <= left or bottom <= top:
        raise ValueError("la boîte tombe hors de la photo")
    return image.crop((left, top, right, bottom)).resize((item.width, item.height), Image.Resampling.LANCZOS)


def _crop_parts(value: Any) -> tuple[Any, Any]:
    if isinstance(value, Mapping):
        return value.get("photo"), value.get("boite", value.get("boîte"))
    if isinstance(value, list | tuple) and len(value) == 2:
        return value[0], value[1]
    raise ValueError("attendu : {\"photo\": ..., \"boite\": (gauche, haut, droite, bas)}")


def export_visuals(recadrages: Mapping, dest: str | Path = "livrables/visuels", overlay: Mapping | None = None,
                   ) -> list[Path]:
    """Write each visual of ``recadrages`` (target key -> photo and box) as a PNG at its target's size.

    With ``overlay`` (the text overlay of question 2.1), the text is also laid on every visual cut
    from the overlay's photo, where its zone falls inside the crop.  A visual that cannot be cut is
    skipped with a French line saying why."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for key, value in dict(recadrages).items():
        try:
            photo, box = _crop_parts(value)
            visual = crop_visual(photo, box, str(key))
            if overlay:
                visual = _overlay_on_crop(visual, photo, read_box(box), overlay, target(str(key)))
        except (ValueError, KeyError, LookupError) as exc:
            print(f"« {key} » non exporté : {exc}")
            continue
        path = dest / f"{key}.png"
        # zlib's default level: « optimize » tried every strategy, seven times slower for 8 % less weight.
        visual.save(path, format="PNG")
        written.append(path)
    return written


def _overlay_on_crop(visual, photo, box, overlay: Mapping, item: Target):
    if str(overlay.get("photo", "")).removesuffix(".png") != str(photo).removesuffix(".png"):
        return visual
    zone = read_box(overlay.get("zone"), "la zone")
    left, top, right, bottom = box
    if not (zone[0] >= left and zone[1] >= top and zone[2] <= right and zone[3] <= bottom):
        return visual
    scale = item.width / (right - left)
    moved = tuple(round((z - o) * scale) for z, o in zip(zone, (left, top, left, top), strict=True))
    size_px = round(float(overlay.get("taille_pt", 24)) * PT_TO_PX * scale)
    return draw_overlay(visual, str(overlay.get("texte", "")), str(overlay.get("couleur", "#000000")), moved,
                        size_px, bool(overlay.get("gras", False)))


def mosaic(paths, height: int = 360):
    """The delivered visuals side by side at one height, each with its file name: a preview for the client."""
    from PIL import Image, ImageDraw

    from cmcert_lib.domain.contrast import rgb

    images = []
    for path in paths:
        with Image.open(path) as image:
            image = image.convert("RGB")
            image.thumbnail((10_000, height))
            images.append((Path(path).stem, image))
    gap, label = 16, 30
    width = sum(i.width for _, i in images) + gap * (len(images) + 1)
    sheet = Image.new("RGB", (max(width, 1), height + label + 2 * gap), rgb(PALETTE["Écume"]))
    draw = ImageDraw.Draw(sheet)
    x = gap
    for name, image in images:
        sheet.paste(image, (x, gap))
        draw.text((x, gap + height + 6), name, font=_font(16), fill=rgb(PALETTE["Bleu marine"]))
        x += image.width + gap
    return sheet


def show_shoot(grid: bool = True, width: int = 300):
    """The contact sheet as an image: every photo of the shoot with its name, the thirds grid and the
    subject's box (dashed lines: the third lines; red frame: the subject)."""
    from PIL import Image, ImageDraw

    from cmcert_lib.domain.contrast import rgb

    sheet = load_contact_sheet()
    cells = []
    for row in sheet.itertuples(index=False):
        image = load_photo(row[0])
        scale = width / max(image.width, image.height)
        thumb = image.resize((round(image.width * scale), round(image.height * scale)))
        draw = ImageDraw.Draw(thumb)
        if grid:
            for k in (1, 2):
                x, y = thumb.width * k / 3, thumb.height * k / 3
                for s in range(0, thumb.height, 8):
                    draw.line([(x, s), (x, s + 4)], fill=(255, 255, 255), width=1)
                for s in range(0, thumb.width, 8):
                    draw.line([(s, y), (s + 4, y)], fill=(255, 255, 255), width=1)
            values = dict(zip(sheet.columns, row, strict=True))
            draw.rectangle([values[c] * scale for c in BOX], outline=rgb(PALETTE["Corail"]), width=2)
        cells.append((row[0], thumb))
    columns, pad, label = 4, 12, 24
    rows = math.ceil(len(cells) / columns)
    mosaic_image = Image.new("RGB", (columns * (width + pad) + pad, rows * (width + label + pad) + pad),
                             rgb(PALETTE["Écume"]))
    draw = ImageDraw.Draw(mosaic_image)
    for i, (name, thumb) in enumerate(cells):
        x = pad + (i % columns) * (width + pad) + (width - thumb.width) // 2
        y = pad + (i // columns) * (width + label + pad) + (width - thumb.height) // 2
        mosaic_image.paste(thumb, (x, y))
        draw.text((pad + (i % columns) * (width + pad), pad + (i // columns) * (width + label + pad) + width + 4),
                  name, font=_font(15), fill=rgb(PALETTE["Bleu marine"]))
    return mosaic_image
