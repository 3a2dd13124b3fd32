"""The vertical video « Le bain avec Petite Vague en trois gestes »: stills and draft subtitles.

Two kinds of files, under ``data/video/``:

- the **stills** of the 18 January 2027 shoot chosen for the video (PNG, drawn here with
  Pillow in the brand's palette: flat illustrations standing for the photos), and their list
  ``planches.csv``. Five are full-screen verticals (540 × 960, 9:16, half the 1080 × 1920 a
  platform recommends, to keep the course light); two are not (a landscape workshop shot, a
  square packshot), which a Reel or a TikTok video cannot show full screen;
- the intern's **draft subtitles** of the voice-over Gaëlle Le Floc'h recorded (29 seconds of
  speech, from 0.5 s to 29 s), with the faults a first draft has: a timing written with a dot
  instead of the comma, a 73-character line, a cue that overlaps the previous one, two cues
  in the wrong order, a cue read at 25 characters a second.

The drawings use a fixed seed (the foam bubbles' places); the PNG bytes are reproducible
with the same Pillow and zlib.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

from PIL import Image, ImageDraw

from cmcert_lib.bloc2.datasets.video import DRAFT, FOLDER, STILL_COLUMNS, STILLS
from cmcert_lib.facts.brand import PALETTE

SEED = 20270118
NAVY, FOAM, SAND, KELP, CORAL = (PALETTE[k] for k in ("Bleu marine", "Écume", "Sable", "Goémon", "Corail"))
WATER = "#8FB8CF"
SKIN = "#E8C4A2"
HAIR = "#6B4A32"

# The voice-over as Gaëlle recorded it: (start, end) in milliseconds and what she says. The speech
# runs from VOICE_OVER_MS[0] to VOICE_OVER_MS[1]; the video may go on after it (a packshot).
VOICE_OVER: tuple[tuple[int, int, str], ...] = (
    (500, 2800, "Le bain, en trois gestes."),
    (3000, 6200, "Un : mouillez bien les cheveux à l'eau tiède."),
    (6400, 11_000, "Deux : frottez doucement Petite Vague entre vos mains pour faire mousser,"),
    (11_000, 14_200, "puis massez le cuir chevelu du bout des doigts."),
    (14_600, 18_400, "Trois : rincez à l'eau claire, tête penchée en arrière."),
    (18_800, 22_500, "Testé sous contrôle dermatologique et ophtalmologique sur 32 enfants."),
    (22_900, 25_600, "Un pain de 60 g, environ 40 lavages."),
    (25_800, 29_000, "En vente le 6 avril, en ligne et à l'atelier."),
)
VOICE_OVER_MS = (VOICE_OVER[0][0], VOICE_OVER[-1][1])

# The intern's draft, written by hand as it was handed in (the faults are listed in the docstring).
DRAFT_TEXT = """1
00:00:00,500 --> 00:00:02,800
Le bain, en trois gestes.

2
00:00:03.000 --> 00:00:06,200
Un : mouillez bien les cheveux
à l'eau tiède.

3
00:00:06,400 --> 00:00:11,000
Deux : frottez doucement Petite Vague entre vos mains pour faire mousser,

4
00:00:10,200 --> 00:00:14,200
puis massez le cuir chevelu
du bout des doigts.

5
00:00:14,600 --> 00:00:18,400
Trois : rincez à l'eau claire,
tête penchée en arrière.

7
00:00:22,900 --> 00:00:25,600
Un pain de 60 g,
environ 40 lavages.

6
00:00:18,800 --> 00:00:21,500
Testé sous contrôle dermatologique
et ophtalmologique sur 32 enfants.

8
00:00:25,800 --> 00:00:29,000
En vente le 6 avril,
en ligne et à l'atelier.
"""

FULL = (540, 960)


def _canvas(size: tuple[int, int], background: str) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", size, background)
    return image, ImageDraw.Draw(image)


def _soap(draw: ImageDraw.ImageDraw, x: int, y: int, width: int) -> None:
    """The wave-shaped bar: a coral pebble with a foam-coloured wave across it."""
    height = width * 6 // 10
    draw.rounded_rectangle((x, y, x + width, y + height), radius=height // 2, fill=CORAL)
    step = width // 6
    points = [(x + step // 2 + i * step, y + height // 2 + (-1) ** i * height // 8) for i in range(6)]
    draw.line(points, fill=FOAM, width=max(3, width // 25), joint="curve")


def _bubbles(draw: ImageDraw.ImageDraw, rng: random.Random, box: tuple[int, int, int, int], count: int) -> None:
    left, top, right, bottom = box
    for _ in range(count):
        cx, cy, r = rng.randint(left, right), rng.randint(top, bottom), rng.randint(8, 26)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill="white", outline=WATER, width=2)


def _head(draw: ImageDraw.ImageDraw, cx: int, cy: int, wet: bool = False) -> None:
    draw.ellipse((cx - 120, cy - 140, cx + 120, cy + 150), fill=SKIN)
    draw.chord((cx - 135, cy - 165, cx + 135, cy + 60), 180, 360, fill=HAIR if not wet else "#4A3322")
    for dx in (-45, 45):
        draw.ellipse((cx + dx - 10, cy + 10, cx + dx + 10, cy + 30), fill=NAVY)
    draw.arc((cx - 40, cy + 50, cx + 40, cy + 100), 20, 160, fill=CORAL, width=6)


def _still_hook(rng: random.Random) -> Image.Image:
    image, draw = _canvas(FULL, FOAM)
    draw.rounded_rectangle((40, 520, 500, 900), radius=60, fill=SAND)
    draw.rectangle((70, 560, 470, 700), fill=WATER)
    _bubbles(draw, rng, (90, 500, 450, 600), 18)
    _soap(draw, 190, 300, 160)
    return image


def _still_wet(rng: random.Random) -> Image.Image:
    image, draw = _canvas(FULL, NAVY)
    _head(draw, 270, 560, wet=True)
    draw.rounded_rectangle((180, 120, 360, 190), radius=30, fill=SAND)
    for _ in range(40):
        x, y = rng.randint(190, 350), rng.randint(210, 420)
        draw.line((x, y, x - 4, y + 22), fill=WATER, width=4)
    return image


def _still_lather(rng: random.Random) -> Image.Image:
    image, draw = _canvas(FULL, KELP)
    draw.ellipse((60, 420, 300, 700), fill=SKIN)
    draw.ellipse((240, 420, 480, 700), fill=SKIN)
    _soap(draw, 190, 470, 160)
    _bubbles(draw, rng, (80, 360, 460, 760), 45)
    return image


def _still_rinse(rng: random.Random) -> Image.Image:
    image, draw = _canvas(FULL, FOAM)
    _head(draw, 270, 640)
    draw.polygon([(300, 150), (450, 150), (430, 330), (320, 330)], fill=KELP)
    draw.rectangle((250, 300, 330, 330), fill=KELP)
    draw.rectangle((245, 330, 285, 470), fill=WATER)
    _bubbles(draw, rng, (160, 440, 380, 520), 10)
    return image


def _still_packshot(rng: random.Random) -> Image.Image:
    image, draw = _canvas(FULL, NAVY)
    draw.rounded_rectangle((150, 520, 390, 760), radius=12, fill=SAND)
    draw.rectangle((150, 600, 390, 640), fill=FOAM)
    _soap(draw, 180, 380, 180)
    _bubbles(draw, rng, (60, 800, 480, 920), 6)
    return image


def _still_workshop(rng: random.Random) -> Image.Image:
    image, draw = _canvas((960, 540), SAND)
    draw.rectangle((0, 360, 960, 540), fill=KELP)
    for i in range(6):
        _soap(draw, 90 + i * 140, 280, 110)
    draw.rectangle((700, 60, 900, 220), fill=WATER)
    _bubbles(draw, rng, (60, 40, 600, 200), 5)
    return image


def _still_box(rng: random.Random) -> Image.Image:
    image, draw = _canvas((720, 720), FOAM)
    draw.rounded_rectangle((210, 250, 510, 560), radius=14, fill=SAND)
    draw.rectangle((210, 360, 510, 410), fill=CORAL)
    _bubbles(draw, rng, (60, 60, 660, 180), 7)
    return image


# (file, drawing, what it shows) in the list's order.
STILL_FILES = (
    ("accroche_bain.png", _still_hook, "Le pain Petite Vague posé au bord d'une baignoire pleine de mousse"),
    ("geste1_mouiller.png", _still_wet, "Un enfant sous la douchette, cheveux mouillés"),
    ("geste2_mousser.png", _still_lather, "Deux mains font mousser le pain Petite Vague"),
    ("geste3_rincer.png", _still_rinse, "Un adulte rince les cheveux de l'enfant avec un broc, tête en arrière"),
    ("packshot_petite_vague.png", _still_packshot, "Le pain et son étui en carton sur fond bleu marine"),
    ("atelier_paysage.png", _still_workshop, "L'atelier de Saint-Malo : une rangée de pains sur l'établi"),
    ("etui_carre.png", _still_box, "L'étui en carton recyclé de Petite Vague, vu de face"),
)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def generate(dest: Path) -> list[Path]:
    folder = dest / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    written = []
    rows = []
    for name, draw, shows in STILL_FILES:
        image = draw(rng)
        path = folder / name
        path.write_bytes(_png(image))
        written.append(path)
        rows.append((name, image.width, image.height, shows))
    listing = io.StringIO()
    writer = csv.writer(listing, delimiter=";", lineterminator="\n")
    writer.writerow(STILL_COLUMNS)
    writer.writerows(rows)
    (folder / STILLS).write_text(listing.getvalue(), encoding="utf-8")
    (folder / DRAFT).write_text(DRAFT_TEXT, encoding="utf-8")
    return [*written, folder / STILLS, folder / DRAFT]
