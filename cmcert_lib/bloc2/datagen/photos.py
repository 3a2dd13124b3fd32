"""The photo shoot of 18 January 2027 for « Petite Vague »: drawn photos and their contact sheet (seeded).

The course ships no photograph it would have to license: the photos are drawn with Pillow, plausible
scenes of a product shoot (the wave-shaped bar on the wooden rim of a bath, the box on a counter, a
shelf, a bath full of foam, a child seen from behind, a flat lay of the ingredients), each with a
known subject box and a set exposure, so that composition and light are facts of the shipped data:
the checks read the contact sheet and the pixels, never what a candidate's kernel reports.

Eight photos, four landscape (1800 × 1200, the camera's 3:2) and four portrait (1200 × 1800).  Half
put their subject on a third line, half in the centre; three are well exposed, three under-exposed,
two over-exposed: a tri that answers « every photo is fine » or « every photo is centred » earns
less than half of the points.  The PNG bytes are fixed by the seed and the drawing (no timestamp in
the files).
"""

from __future__ import annotations

import csv
import io
import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from cmcert_lib.bloc2.datasets.photos import COLUMNS, FOLDER, SHEET
from cmcert_lib.facts.brand import PALETTE

SEED = 20270118
LANDSCAPE = (1800, 1200)
PORTRAIT = (1200, 1800)

NAVY = PALETTE["Bleu marine"]
FOAM = PALETTE["Écume"]
SAND = PALETTE["Sable"]
KELP = PALETTE["Goémon"]
CORAL = PALETTE["Corail"]


@dataclass(frozen=True)
class Shot:
    name: str
    size: tuple[int, int]
    time: str  # HH:MM:SS on 18 January 2027
    aperture: str
    shutter: str
    iso: int
    focal: int
    scene: str
    subject: str
    keywords: str
    release: str  # image-rights release of the people shown
    exposure: float  # the light the photographer got: 1 is right, below is dark, above is bright


SHOTS = (
    Shot("PV_0118_012", LANDSCAPE, "10:12:40", "f/4", "1/125", 200, 50,
         "Pain Petite Vague posé sur le rebord en bois de la baignoire, mousse en arrière-plan",
         "pain de shampoing", "pain, shampoing solide, vague, bois, baignoire, mousse", "sans objet", 1.0),
    Shot("PV_0118_019", LANDSCAPE, "10:31:05", "f/5.6", "1/100", 200, 50,
         "Étui en carton recyclé et pain sur le plan de toilette, serviette pliée",
         "étui et pain", "étui, carton, pain, shampoing, serviette, plan de toilette", "sans objet", 1.0),
    Shot("PV_0118_027", PORTRAIT, "10:58:22", "f/4", "1/80", 320, 35,
         "Étagère de salle de bains : le pain sur son porte-savon, un bocal et une serviette roulée",
         "pain sur l'étagère", "étagère, pain, porte-savon, bocal, serviette, salle de bains", "sans objet", 1.0),
    Shot("PV_0118_031", LANDSCAPE, "11:20:48", "f/2.8", "1/60", 400, 35,
         "Enfant de dos dans un bain moussant, près de la fenêtre",
         "enfant de dos dans le bain", "enfant, dos, bain, mousse, bulles, fenêtre", "signée", 1.2),
    Shot("PV_0118_036", PORTRAIT, "11:42:10", "f/2.8", "1/30", 800, 35,
         "Enfant de dos enveloppé dans une serviette après le bain",
         "enfant dans une serviette", "enfant, dos, serviette, cheveux mouillés, salle de bains", "signée", 0.36),
    Shot("PV_0118_044", LANDSCAPE, "12:05:33", "f/4", "1/30", 800, 50,
         "Le pain sous le filet d'eau du robinet, sur un porte-savon",
         "pain sous le robinet", "pain, robinet, eau, porte-savon, mousse", "sans objet", 0.36),
    Shot("PV_0118_050", LANDSCAPE, "14:16:02", "f/8", "1/160", 100, 50,
         "Mise à plat des ingrédients : flocons d'avoine, pot de miel et pain au centre",
         "ingrédients et pain", "avoine, miel, pot, pain, ingrédients, lin", "sans objet", 1.3),
    Shot("PV_0118_057", PORTRAIT, "14:40:51", "f/2.8", "1/40", 640, 50,
         "Gros plan de bulles de bain avec le pain flottant sur son porte-savon",
         "pain dans les bulles", "bulles, mousse, bain, pain, porte-savon", "sans objet", 0.34),
)

# Where each photo's subject sits (box: left, top, right, bottom) is set by the drawing below.


def _hex(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def _mix(a, b, t: float) -> tuple[int, int, int]:
    a, b = (_hex(c) if isinstance(c, str) else c for c in (a, b))
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _vertical(size: tuple[int, int], stops: list[tuple[float, str | tuple]]) -> np.ndarray:
    """A vertical gradient through colour stops (position 0 to 1, colour)."""
    w, h = size
    y = np.linspace(0, 1, h)
    channels = []
    positions = [p for p, _ in stops]
    for i in range(3):
        values = [(_hex(c) if isinstance(c, str) else c)[i] for _, c in stops]
        channels.append(np.interp(y, positions, values))
    column = np.stack(channels, axis=1)
    return np.repeat(column[:, None, :], w, axis=1)


def _image(array: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(array, 0, 255).astype("uint8"), "RGB")


def _wood(size: tuple[int, int], rng: random.Random, base: str = "#A8784F", dark: str = "#7A5232") -> Image.Image:
    """A plank seen from the side: grain lines along its length."""
    w, h = size
    y = np.arange(h)[:, None]
    x = np.arange(w)[None, :]
    phase = rng.uniform(0, 6)
    grain = (np.sin(y / 3.1 + 2.2 * np.sin(x / 210 + phase) + 0.8 * np.sin(x / 57)) + 1) / 2
    grain = grain ** 3
    a, b = np.array(_hex(base), float), np.array(_hex(dark), float)
    array = a + (b - a) * grain[..., None] * 0.55
    shade = np.linspace(1.08, 0.88, h)[:, None, None]
    return _image(array * shade)


def _tiles(image: Image.Image, box: tuple[int, int, int, int], step: int, grout: tuple) -> None:
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = box
    for x in range(left, right, step):
        draw.line([(x, top), (x, bottom)], fill=grout, width=3)
    for y in range(top, bottom, step):
        draw.line([(left, y), (right, y)], fill=grout, width=3)


def _soft_shadow(image: Image.Image, box: tuple[int, int, int, int], strength: int = 110, blur: int = 18) -> None:
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).ellipse(box, fill=strength)
    mask = mask.filter(ImageFilter.GaussianBlur(blur))
    image.paste(Image.new("RGB", image.size, (40, 30, 25)), (0, 0), mask)


def _bar(image: Image.Image, cx: int, cy: int, width: int, colour: str = CORAL, shadow: bool = True) -> tuple:
    """The wave-shaped bar seen from the front: a rounded block whose top edge rolls like a wave.

    Returns its box (left, top, right, bottom)."""
    height = int(width * 0.52)
    left, right = cx - width // 2, cx + width // 2
    top, bottom = cy - height // 2, cy + height // 2
    if shadow:
        _soft_shadow(image, (left - width // 10, bottom - height // 6, right + width // 10, bottom + height // 5))
    points = []
    for i in range(41):
        t = i / 40
        x = left + t * width
        crest = math.sin(t * math.pi * 1.6 - 0.5) * 0.18 + math.exp(-((t - 0.3) ** 2) / 0.02) * 0.22
        points.append((x, top + height * (0.28 - crest)))
    radius = height // 5
    points += [(right, bottom - radius), (right - radius // 3, bottom - radius // 3), (right - radius, bottom),
               (left + radius, bottom), (left + radius // 3, bottom - radius // 3), (left, bottom - radius)]
    layer = Image.new("RGB", image.size, _hex(colour))
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).polygon(points, fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(1.5))
    # Light from the upper left: a lighter top, a darker foot.
    shade = _vertical(image.size, [(0, _mix(colour, "#FFFFFF", 0.25)),
                                   (max(0.0, top / image.height), _mix(colour, "#FFFFFF", 0.25)),
                                   (min(1.0, bottom / image.height), _mix(colour, "#000000", 0.25)),
                                   (1, _mix(colour, "#000000", 0.25))])
    layer = _image(shade)
    image.paste(layer, (0, 0), mask)
    draw = ImageDraw.Draw(image)
    # A highlight along the crest and the brand's initials pressed in the bar.
    draw.line(points[6:22], fill=_mix(colour, "#FFFFFF", 0.55), width=max(3, width // 60))
    font = ImageFont.truetype(_font_path(), max(12, width // 7))
    draw.text((cx, cy + height // 8), "PV", font=font, anchor="mm", fill=_mix(colour, "#000000", 0.22))
    return (left, round(min(p[1] for p in points)), right, bottom)


def _font_path() -> str:
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans-Bold.ttf")


def _bubbles(image: Image.Image, rng: random.Random, box: tuple[int, int, int, int], count: int,
             radii: tuple[int, int], tint=(255, 255, 255)) -> None:
    """Foam: overlapping pale circles with a rim and a small highlight."""
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    left, top, right, bottom = box
    for _ in range(count):
        r = rng.randint(*radii)
        x, y = rng.randint(left, right), rng.randint(top, bottom)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*tint, 150), outline=(*tint, 230), width=max(2, r // 12))
        h = max(2, r // 4)
        draw.ellipse((x - r // 2 - h, y - r // 2 - h, x - r // 2 + h, y - r // 2 + h), fill=(255, 255, 255, 240))
    image.paste(overlay, (0, 0), overlay)


def _towel(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], colour: str, stripe: str) -> None:
    left, top, right, bottom = box
    draw.rounded_rectangle(box, radius=(bottom - top) // 6, fill=_hex(colour))
    for offset in (0.18, 0.24):
        y = top + (bottom - top) * offset
        draw.line([(left + 8, y), (right - 8, y)], fill=_hex(stripe), width=max(4, (bottom - top) // 30))
    draw.line([(left + 10, bottom - 12), (right - 10, bottom - 12)], fill=_mix(colour, "#000000", 0.15), width=6)


def _etui(image: Image.Image, box: tuple[int, int, int, int]) -> None:
    """The recycled-cardboard box: kraft front, navy band, the product's name."""
    left, top, right, bottom = box
    _soft_shadow(image, (left - 30, bottom - 40, right + 60, bottom + 40), strength=120)
    draw = ImageDraw.Draw(image)
    depth = (right - left) // 6
    draw.polygon([(right, top), (right + depth, top - depth // 2), (right + depth, bottom - depth // 2),
                  (right, bottom)], fill=_mix(SAND, "#000000", 0.25))
    draw.polygon([(left, top), (left + depth, top - depth // 2), (right + depth, top - depth // 2), (right, top)],
                 fill=_mix(SAND, "#FFFFFF", 0.2))
    draw.rectangle(box, fill=_hex(SAND))
    band_top = top + (bottom - top) * 0.42
    draw.rectangle((left, band_top, right, band_top + (bottom - top) * 0.3), fill=_hex(NAVY))
    size = max(14, (right - left) // 9)
    font = ImageFont.truetype(_font_path(), size)
    draw.text(((left + right) / 2, band_top + (bottom - top) * 0.15), "Petite Vague", font=font, anchor="mm",
              fill=_hex(FOAM))
    small = ImageFont.truetype(_font_path(), max(10, size // 2))
    draw.text(((left + right) / 2, top + (bottom - top) * 0.2), "MAISON ONDINE", font=small, anchor="mm",
              fill=_hex(NAVY))
    draw.text(((left + right) / 2, bottom - (bottom - top) * 0.14), "60 g · 40 lavages", font=small, anchor="mm",
              fill=_mix(NAVY, SAND, 0.3))


def _child_from_behind(image: Image.Image, cx: int, cy: int, scale: float, towel: str | None = None) -> tuple:
    """A child seen from behind (no face: the brief's rule on children): hair, neck, shoulders.

    (cx, cy) is the centre of the head; returns the box of head and shoulders."""
    draw = ImageDraw.Draw(image)
    head = int(120 * scale)
    skin, hair = (226, 180, 150), (92, 62, 40)
    shoulders = (cx - int(2.3 * head), cy + int(0.9 * head), cx + int(2.3 * head), cy + int(3.6 * head))
    if towel:
        draw.rounded_rectangle(shoulders, radius=int(head * 0.9), fill=_hex(towel))
        for i in range(5):
            x = shoulders[0] + (shoulders[2] - shoulders[0]) * (0.15 + 0.17 * i)
            draw.line([(x, shoulders[1] + head * 0.4), (x + head * 0.1, shoulders[3] - 10)],
                      fill=_mix(towel, "#000000", 0.12), width=max(3, head // 20))
        draw.ellipse((cx - head * 1.2, cy + head * 0.55, cx + head * 1.2, cy + head * 1.55), fill=_hex(towel))
    else:
        draw.ellipse(shoulders, fill=skin)
    draw.rectangle((cx - head * 0.35, cy + head * 0.5, cx + head * 0.35, cy + head * 1.05),
                   fill=skin if not towel else _mix(skin, "#000000", 0.1))
    draw.ellipse((cx - head, cy - head * 1.05, cx + head, cy + head * 0.95), fill=hair)
    for i in range(7):  # strands of wet hair
        x = cx - head * 0.8 + i * head * 0.27
        draw.arc((x - head * 0.3, cy - head * 0.9, x + head * 0.3, cy + head * 0.9), 200, 340,
                 fill=_mix(hair, "#FFFFFF", 0.18), width=max(2, head // 25))
    draw.ellipse((cx - head * 1.08, cy - head * 0.1, cx - head * 0.88, cy + head * 0.28), fill=skin)  # ears
    draw.ellipse((cx + head * 0.88, cy - head * 0.1, cx + head * 1.08, cy + head * 0.28), fill=skin)
    return (shoulders[0], round(cy - head * 1.05), shoulders[2], shoulders[3])


def _expose(image: Image.Image, exposure: float) -> Image.Image:
    """The photographer's light: a gain on the linear light (the camera's exposure), then the sRGB curve."""
    # The curve computed on the 256 levels a channel can take, then looked up for every pixel.
    array = np.arange(256, dtype=float) / 255
    linear = np.where(array <= 0.04045, array / 12.92, ((array + 0.055) / 1.055) ** 2.4)
    linear = np.clip(linear * exposure ** 2.2, 0, 1)
    srgb = np.where(linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1 / 2.4) - 0.055)
    return _image((srgb * 255)[np.asarray(image)])


def _vignette(image: Image.Image, strength: float = 0.18) -> Image.Image:
    w, h = image.size
    y, x = np.ogrid[:h, :w]
    d = np.sqrt(((x - w / 2) / (w / 2)) ** 2 + ((y - h / 2) / (h / 2)) ** 2) / math.sqrt(2)
    return _image(np.asarray(image, dtype=float) * (1 - strength * d ** 2)[..., None])


# --- the eight scenes ---------------------------------------------------------------------------------


def _bath_rim(rng: random.Random) -> tuple[Image.Image, tuple]:
    """PV_0118_012: the bar on the wooden rim, subject on the right third, foam behind (shallow focus)."""
    w, _ = LANDSCAPE
    image = _image(_vertical(LANDSCAPE, [(0, "#8FA8B2"), (0.55, "#7E98A3"), (1, "#6F8893")]))
    _tiles(image, (0, 0, w, 560), 150, (170, 188, 195))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 500, w, 720), fill=(246, 246, 244))  # the bath's enamel
    _bubbles(image, rng, (0, 470, w, 640), 120, (18, 60))
    image = image.filter(ImageFilter.GaussianBlur(6))  # background out of focus
    image.paste(_wood((w, 500), rng), (0, 700))
    box = _bar(image, 1200, 790, 460)
    _bubbles(image, rng, (1430, 830, 1700, 900), 9, (8, 22))
    return _vignette(image), box


def _counter(rng: random.Random) -> tuple[Image.Image, tuple]:
    """PV_0118_019: box and bar on the counter, centred."""
    w, _ = LANDSCAPE
    image = _image(_vertical(LANDSCAPE, [(0, "#A9B8A6"), (0.6, "#97A894"), (1, "#8A9B87")]))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, w, 120), fill=(160, 174, 157))
    image = image.filter(ImageFilter.GaussianBlur(4))
    image.paste(_wood((w, 460), rng, base="#C79A6B", dark="#9C6F45"), (0, 740))
    draw = ImageDraw.Draw(image)
    _towel(draw, (160, 610, 560, 800), "#FFFFFF", KELP)
    _etui(image, (730, 370, 1030, 800))
    bar = _bar(image, 1120, 790, 300)
    return _vignette(image), (730, 320, bar[2], 840)


def _shelf(rng: random.Random) -> tuple[Image.Image, tuple]:
    """PV_0118_027 (portrait): the bar on a shelf, on the left third and the lower third line."""
    w, h = PORTRAIT
    image = _image(_vertical(PORTRAIT, [(0, "#7F98A3"), (1, "#6A828C")]))
    _tiles(image, (0, 0, w, h), 200, (150, 170, 178))
    image = image.filter(ImageFilter.GaussianBlur(3))
    image.paste(_wood((w, 90), rng, base="#B98A5E"), (0, 1330))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 1420, w, 1450), fill=(150, 110, 75))
    _soft_shadow(image, (0, 1415, w, 1500), strength=90, blur=25)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((760, 1000, 980, 1330), radius=30, fill=(214, 228, 232), outline=(170, 190, 196),
                           width=5)  # a glass jar
    draw.rectangle((770, 960, 970, 1010), fill=_hex(KELP))
    _towel(draw, (90, 1190, 470, 1330), "#F4EFE6", CORAL)
    draw.ellipse((250, 1270, 630, 1345), fill=(236, 236, 232), outline=(190, 190, 186), width=4)  # soap dish
    box = _bar(image, 440, 1200, 330)
    return _vignette(image), (270, box[1], 610, 1345)


def _bath_child(rng: random.Random) -> tuple[Image.Image, tuple]:
    """PV_0118_031: a child from behind in the foam, centred, by a bright window (over-exposed)."""
    image = _image(_vertical(LANDSCAPE, [(0, "#9DB0B8"), (0.5, "#8CA2AB"), (1, "#7D949E")]))
    draw = ImageDraw.Draw(image)
    draw.rectangle((1300, 80, 1700, 560), fill=(214, 226, 232))  # window
    draw.line([(1500, 80), (1500, 560)], fill=(220, 226, 228), width=14)
    image = image.filter(ImageFilter.GaussianBlur(5))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((60, 640, 1740, 1240), radius=120, fill=(196, 200, 200))
    box = _child_from_behind(image, 900, 560, 1.1)
    _bubbles(image, rng, (80, 700, 1720, 1100), 260, (25, 80), tint=(222, 228, 230))
    return image, (box[0], box[1], box[2], 1000)


def _towel_child(rng: random.Random) -> tuple[Image.Image, tuple]:
    """PV_0118_036 (portrait): a child wrapped in a towel, on the left third line (under-exposed)."""
    image = _image(_vertical(PORTRAIT, [(0, "#D8E2E5"), (1, "#B7C6CB")]))
    _tiles(image, (0, 0, 1200, 1800), 220, (230, 236, 238))
    image = image.filter(ImageFilter.GaussianBlur(7))
    box = _child_from_behind(image, 400, 410, 1.2, towel=FOAM)
    return _vignette(image, 0.25), box


def _tap(rng: random.Random) -> tuple[Image.Image, tuple]:
    """PV_0118_044: the bar under the running tap, on the left third (under-exposed)."""
    w, h = LANDSCAPE
    image = _image(_vertical(LANDSCAPE, [(0, "#CBD8DC"), (1, "#A9BCC2")]))
    _tiles(image, (0, 0, w, 820), 180, (222, 230, 232))
    image = image.filter(ImageFilter.GaussianBlur(5))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 820, w, h), fill=(236, 238, 238))  # the basin
    draw.rounded_rectangle((520, 150, 700, 260), radius=40, fill=(186, 192, 196))  # tap
    draw.rounded_rectangle((560, 240, 660, 330), radius=20, fill=(160, 168, 172))
    stream = Image.new("RGBA", image.size, (0, 0, 0, 0))
    ImageDraw.Draw(stream).rectangle((588, 330, 632, 700), fill=(225, 240, 248, 170))
    image.paste(stream, (0, 0), stream)
    draw = ImageDraw.Draw(image)
    draw.ellipse((380, 820, 840, 900), fill=(214, 216, 214), outline=(170, 172, 170), width=4)
    box = _bar(image, 610, 760, 400)
    _bubbles(image, rng, (430, 640, 790, 720), 30, (8, 26))
    return _vignette(image, 0.3), (box[0], 150, box[2], 900)


def _flat_lay(rng: random.Random) -> tuple[Image.Image, tuple]:
    """PV_0118_050: ingredients seen from above, the bar in the centre (over-exposed)."""
    w, h = LANDSCAPE
    image = _image(_vertical(LANDSCAPE, [(0, "#B3A890"), (1, "#A59A82")]))
    draw = ImageDraw.Draw(image)
    for y in range(0, h, 9):  # the linen's weave
        draw.line([(0, y), (w, y)], fill=(168, 158, 136), width=2)
    for _ in range(140):  # oat flakes
        x, y = rng.randint(120, 620), rng.randint(650, 1100)
        r = rng.randint(10, 18)
        draw.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.7), fill=(226, 204, 160), outline=(196, 170, 126))
    draw.ellipse((1270, 180, 1650, 560), fill=(205, 150, 50), outline=(160, 110, 30), width=10)  # honey jar
    draw.ellipse((1330, 240, 1590, 500), fill=(232, 178, 64))
    box = _bar(image, 900, 600, 520, shadow=True)
    return image, (box[0], box[1] - 20, box[2], box[3] + 30)


def _bubbles_close(rng: random.Random) -> tuple[Image.Image, tuple]:
    """PV_0118_057 (portrait): the bar floating on its dish in the foam, centred (under-exposed)."""
    image = _image(_vertical(PORTRAIT, [(0, "#BFD3DA"), (1, "#8FAAB4")]))
    _bubbles(image, rng, (0, 0, 1200, 1800), 140, (40, 120), tint=(240, 248, 250))
    image = image.filter(ImageFilter.GaussianBlur(9))
    draw = ImageDraw.Draw(image)
    draw.ellipse((340, 930, 860, 1030), fill=(232, 232, 228), outline=(180, 180, 176), width=5)
    box = _bar(image, 600, 880, 420, shadow=False)
    _bubbles(image, rng, (250, 950, 950, 1150), 60, (14, 40))
    return _vignette(image, 0.3), (box[0] - 80, box[1], box[2] + 80, 1080)


SCENES = {
    "PV_0118_012": _bath_rim, "PV_0118_019": _counter, "PV_0118_027": _shelf, "PV_0118_031": _bath_child,
    "PV_0118_036": _towel_child, "PV_0118_044": _tap, "PV_0118_050": _flat_lay, "PV_0118_057": _bubbles_close,
}


def render(shot: Shot) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The photo and its subject's box, drawn from the shot's own seed."""
    rng = random.Random(f"{SEED}-{shot.name}")
    image, box = SCENES[shot.name](rng)
    assert image.size == shot.size, shot.name
    left, top, right, bottom = (int(v) for v in box)
    w, h = shot.size
    return _expose(image, shot.exposure), (max(0, left), max(0, top), min(w, right), min(h, bottom))


def _row(shot: Shot, box: tuple[int, int, int, int]) -> dict[str, str]:
    w, h = shot.size
    return dict(zip(COLUMNS, (
        shot.name, f"18/01/2027 {shot.time}", str(w), str(h), "Paysage" if w > h else "Portrait",
        shot.aperture, shot.shutter, str(shot.iso), str(shot.focal), shot.scene, shot.subject,
        *(str(v) for v in box), shot.keywords, shot.release,
    ), strict=True))


def generate(dest: Path) -> list[Path]:
    folder = dest / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    written, rows = [], []
    for shot in SHOTS:
        image, box = render(shot)
        path = folder / f"{shot.name}.png"
        buffer = io.BytesIO()
        # 256 colours, no dithering: a drawn photo loses nothing visible and the files stay small.
        image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            buffer, format="PNG", optimize=True)
        path.write_bytes(buffer.getvalue())
        written.append(path)
        rows.append(_row(shot, box))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    sheet = folder / SHEET
    sheet.write_bytes(buffer.getvalue().encode("utf-8"))
    return [*written, sheet]
