"""Checks of notebook 03, images for each network (C2.3.1): the shoot's tri, the crops, the text overlay,
the alternative texts.

Every fact the scorers judge with comes from the shipped data, never from the candidate's kernel: the
subject's box from the contact sheet, the exposure and the contrast from the photos' pixels, the sizes
and ratios from the platform table (through :data:`cmcert_lib.bloc2.images.TARGETS`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from cmcert_lib.bloc2.datasets.photos import BOX, load_contact_sheet, load_photo
from cmcert_lib.bloc2.images import (
    MAX_OVERLAY_WORDS,
    OVER_EXPOSED,
    PT_TO_PX,
    TARGETS,
    THIRDS_TOLERANCE,
    UNDER_EXPOSED,
    read_box,
)
from cmcert_lib.checks.content import alt_text_problem, is_placeholder, overlap, words
from cmcert_lib.checks.core import CheckFailed, Outcome, as_mapping, expect, label_key, scorer, visible
from cmcert_lib.domain.contrast import ColourError, contrast_ratio, minimum_ratio, rgb
from cmcert_lib.facts.brand import PALETTE
from cmcert_lib.facts.images import MAX_ALT_CHARS

EXPOSURES = ("sous-exposée", "correcte", "surexposée")
THIRDS, EXPOSURE = "Règle des tiers", "Exposition"
# The share of the zone's pixels the text must stand out from: a few stray pixels (a bubble's highlight)
# do not spoil a zone, a bright patch behind a word does.
CONTRAST_SHARE = 0.95
# The zone is read on at most this many pixels a side (nearest pixels: the photo's own colours).
CONTRAST_SAMPLE = 256
MAX_TEXT = 2000
MAX_POINTS = 300
# Two alternative texts sharing this much of their content words say the same thing.
SAME_ALT = 0.8


# --- the shipped facts -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _sheet() -> dict[str, dict]:
    frame = load_contact_sheet()
    return {row["Fichier"]: row for row in frame.to_dict("records")}


def photos() -> list[str]:
    return list(_sheet())


@functools.lru_cache(maxsize=16)
def mean_grey(name: str) -> float:
    """The photo's mean grey level, 0-255 (Pillow's « L » conversion)."""
    from PIL import ImageStat

    return ImageStat.Stat(load_photo(name).convert("L")).mean[0]


def exposure(name: str) -> str:
    grey = mean_grey(name)
    return EXPOSURES[0] if grey < UNDER_EXPOSED else EXPOSURES[2] if grey > OVER_EXPOSED else EXPOSURES[1]


def subject_box(name: str) -> tuple[int, int, int, int]:
    row = _sheet()[name]
    return tuple(int(row[c]) for c in BOX)  # type: ignore[return-value]


def on_thirds(box: tuple[float, float, float, float], frame: tuple[float, float, float, float]) -> bool:
    """The centre of ``box`` lies near a third line of ``frame`` (both left, top, right, bottom)."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    left, top, right, bottom = frame
    w, h = right - left, bottom - top
    near_x = min(abs((cx - left) / w - k / 3) for k in (1, 2)) <= THIRDS_TOLERANCE
    near_y = min(abs((cy - top) / h - k / 3) for k in (1, 2)) <= THIRDS_TOLERANCE
    return near_x or near_y


def photo_on_thirds(name: str) -> bool:
    row = _sheet()[name]
    return on_thirds(subject_box(name), (0, 0, row["Largeur (px)"], row["Hauteur (px)"]))


def _photo_name(value: Any) -> str | None:
    """The shoot's photo a candidate names (« PV_0118_012 », « pv_0118_012.png »), or None."""
    if not isinstance(value, str) or len(value) > 200:
        return None
    key = label_key(value).removesuffix(".png").replace("-", "_").replace(" ", "_")
    for name in photos():
        if label_key(name) == key:
            return name
    return None


def _photo_size(name: str) -> tuple[int, int]:
    row = _sheet()[name]
    return int(row["Largeur (px)"]), int(row["Hauteur (px)"])


def _inside(inner, outer) -> bool:
    return inner[0] >= outer[0] and inner[1] >= outer[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# --- 1. the shoot's tri --------------------------------------------------------------------------------


def _truthy(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    key = label_key(value) if isinstance(value, str) else None
    if key in ("oui", "vrai", "true", "respectee", "respecte"):
        return True
    if key in ("non", "faux", "false", "non respectee", "non respecte"):
        return False
    return None


def _exposure_label(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > 60:
        return None
    key = label_key(value).replace("-", "").replace(" ", "").strip(".")
    key = key[:-1] if key.endswith(("ee", "te")) else key  # feminine or masculine, as the candidate agrees it
    return {"sousexpose": EXPOSURES[0], "correct": EXPOSURES[1], "surexpose": EXPOSURES[2]}.get(key)


def _field(row: Mapping, *names: str) -> Any:
    keys = {label_key(k): v for k, v in row.items() if isinstance(k, str)}
    for name in names:
        if label_key(name) in keys:
            return keys[label_key(name)]
    return None


def _tri(answer: Any) -> dict[str, dict]:
    """photo -> {"tiers": bool | None, "exposition": label | None} from a frame, a dict of dicts or a list of dicts."""
    if isinstance(answer, pd.DataFrame):
        frame = answer
        if not any(label_key(c) in ("fichier", "photo") for c in frame.columns if isinstance(c, str)):
            frame = frame.reset_index()
            frame = frame.rename(columns={frame.columns[0]: "Fichier"})
        rows = frame.to_dict("records")
    elif isinstance(answer, Mapping):
        rows = []
        for name, value in answer.items():
            if not isinstance(value, Mapping):
                raise CheckFailed(f"tri_photos[« {str(name)[:40]} »] doit être un dictionnaire "
                                  f"{{\"{THIRDS}\": True/False, \"{EXPOSURE}\": ...}}.")
            rows.append({"Fichier": name, **value})
    elif isinstance(answer, list) and all(isinstance(r, Mapping) for r in answer):
        rows = answer
    else:
        raise CheckFailed("tri_photos doit être un DataFrame (une ligne par photo) ou un dictionnaire "
                          "photo -> {\"Règle des tiers\": ..., \"Exposition\": ...}.")
    result: dict[str, dict] = {}
    for row in rows[:100]:
        name = _photo_name(_field(row, "Fichier", "photo"))
        if name is None:
            raise CheckFailed(f"Photo inconnue dans tri_photos : « {str(_field(row, 'Fichier', 'photo'))[:40]} » "
                              f"(photos : {', '.join(photos())}).")
        result[name] = {"tiers": _truthy(_field(row, THIRDS, "tiers", "regle des tiers")),
                        "exposition": _exposure_label(_field(row, EXPOSURE, "exposition"))}
    return result


@visible("bloc2.images_tri", form=(
    "un DataFrame avec les colonnes « Fichier », « Règle des tiers » (True/False) et « Exposition » "
    "(« sous-exposée », « correcte » ou « surexposée »), une ligne par photo de la séance"))
def check_tri(answer: Any) -> str:
    tri = _tri(answer)
    missing = [p for p in photos() if p not in tri]
    expect(not missing, f"Il manque {len(missing)} photo(s) de la séance : {', '.join(missing)}.")
    bad_thirds = [p for p, v in tri.items() if v["tiers"] is None]
    expect(not bad_thirds, f"« {THIRDS} » doit valoir True ou False (photo(s) {', '.join(bad_thirds)}).")
    bad_light = [p for p, v in tri.items() if v["exposition"] is None]
    expect(not bad_light, f"« {EXPOSURE} » doit valoir « sous-exposée », « correcte » ou « surexposée » "
                          f"(photo(s) {', '.join(bad_light)}).")
    return f"Tri au bon format : {len(tri)} photo(s) jugée(s)."


@scorer("bloc2.images_tri", form=(
    "un DataFrame avec les colonnes « Fichier », « Règle des tiers » et « Exposition », une ligne par photo"))
def score_tri(answer: Any, expected: dict) -> Outcome:
    """Each photo is worth the same; half for the composition judgement, half for the exposure."""
    tri = _tri(answer)
    wanted = dict(expected)
    thirds_wrong = [p for p, v in wanted.items() if tri.get(p, {}).get("tiers") is not v["tiers"]]
    light_wrong = [p for p, v in wanted.items() if tri.get(p, {}).get("exposition") != v["exposition"]]
    right = 2 * len(wanted) - len(thirds_wrong) - len(light_wrong)
    remarks = []
    if thirds_wrong:
        remarks.append(f"Règle des tiers mal jugée sur {len(thirds_wrong)} photo(s) sur {len(wanted)} : prenez le "
                       "centre de la boîte du sujet (planche contact) et comparez-le aux lignes des tiers, "
                       f"à {THIRDS_TOLERANCE:.0%} de la largeur ou de la hauteur près.".replace("%", " %"))
    if light_wrong:
        remarks.append(f"Exposition mal jugée sur {len(light_wrong)} photo(s) sur {len(wanted)} : mesurez le niveau "
                       f"de gris moyen de chaque photo (0-255) et appliquez les seuils {UNDER_EXPOSED} et "
                       f"{OVER_EXPOSED}.")
    return Outcome(right / (2 * len(wanted)), remarks)


# --- 2. the crops ----------------------------------------------------------------------------------------


def _target_key(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > 100:
        return None
    key = label_key(value).replace("-", "_").replace(" ", "_").replace("·", "_")
    key = "_".join(part for part in key.split("_") if part)
    return next((t.key for t in TARGETS if t.key == key), None)


def _crops(answer: Any) -> dict[str, tuple[Any, Any]]:
    mapping = as_mapping(answer, "recadrages")
    result = {}
    for key, value in list(mapping.items())[:50]:
        known = _target_key(key)
        if known is None:
            raise CheckFailed(f"Visuel inconnu dans recadrages : « {str(key)[:40]} » (visuels : "
                              f"{', '.join(t.key for t in TARGETS)}).")
        if isinstance(value, Mapping):
            fields = {label_key(k): v for k, v in value.items() if isinstance(k, str)}
            result[known] = (fields.get("photo"), fields.get("boite"))
        elif isinstance(value, list) and len(value) == 2:
            result[known] = (value[0], value[1])
        else:
            raise CheckFailed(f"recadrages[« {known} »] doit être {{\"photo\": \"PV_0118_…\", "
                              "\"boite\": (gauche, haut, droite, bas)}.")
    return result


@visible("bloc2.images_recadrages", form=(
    "un dictionnaire visuel -> {\"photo\": nom de la photo, \"boite\": (gauche, haut, droite, bas)}, "
    "pour chacun des visuels de TARGETS"))
def check_crops(answer: Any) -> str:
    crops = _crops(answer)
    missing = [t.key for t in TARGETS if t.key not in crops]
    expect(not missing, f"Visuel(s) sans recadrage : {', '.join(missing)}.")
    for key, (photo, box) in crops.items():
        name = _photo_name(photo)
        expect(name is not None, f"{key} : photo inconnue « {str(photo)[:40]} » (photos : {', '.join(photos())}).")
        try:
            box = read_box(box, f"{key} : la boîte")
        except ValueError as exc:
            expect(False, f"{exc}.")
            continue
        if name is not None:
            w, h = _photo_size(name)
            expect(_inside(box, (0, 0, w, h)), f"{key} : la boîte sort de la photo {name} ({w} × {h} px).")
    return f"Recadrages au bon format : {len(crops)} visuel(s)."


def _score_crop(key: str, photo: Any, box: Any) -> tuple[float, list[str]]:
    item = next(t for t in TARGETS if t.key == key)
    name = _photo_name(photo)
    if name is None:
        return 0.0, [f"{key} : photo inconnue."]
    try:
        box = read_box(box)
    except ValueError:
        return 0.0, [f"{key} : boîte illisible (quatre nombres : gauche, haut, droite, bas)."]
    w, h = _photo_size(name)
    if not _inside(box, (0, 0, w, h)):
        return 0.0, [f"{key} : la boîte sort de la photo."]
    cw, ch = box[2] - box[0], box[3] - box[1]
    if not item.ratio_fits(cw, ch):
        return 0.0, [(f"{key} : proportions de la boîte ({cw} × {ch}) différentes de celles du visuel "
                      f"({item.size.ratio}) : l'image serait déformée ou recadrée par la plateforme.")]
    remarks, points = [], 0
    if exposure(name) == EXPOSURES[1]:
        points += 1
    else:
        remarks.append(f"{key} : photo mal exposée (voir votre tri) : choisissez une photo correctement exposée.")
    if item.sharp_enough(cw, ch):
        points += 1
    else:
        remarks.append(f"{key} : boîte trop petite ({cw} × {ch}) pour un visuel de {item.width} × {item.height} : "
                       "l'agrandissement le rendrait flou.")
    subject = subject_box(name)
    if _inside(subject, box):
        points += 1
        if on_thirds(subject, box):
            points += 1
        else:
            remarks.append(f"{key} : le centre du sujet n'est sur aucune ligne des tiers du cadrage.")
    else:
        remarks.append(f"{key} : le sujet est coupé par le cadrage (sa boîte doit tenir entière dans la vôtre).")
    return points / 4, remarks


@scorer("bloc2.images_recadrages", form=(
    "un dictionnaire visuel -> {\"photo\": nom de la photo, \"boite\": (gauche, haut, droite, bas)}"))
def score_crops(answer: Any, expected: dict) -> Outcome:
    """Each visual is worth the same: right proportions first (a deformed visual earns nothing), then a
    well-exposed photo, enough pixels, the whole subject in the frame, its centre on a third line."""
    crops = _crops(answer)
    wanted = list(expected["visuels"])
    total, remarks = 0.0, []
    for key in wanted:
        if key not in crops:
            remarks.append(f"{key} : aucun recadrage.")
            continue
        fraction, notes = _score_crop(key, *crops[key])
        total += fraction
        remarks.extend(notes)
    return Outcome(total / len(wanted), remarks)


# --- 3. the text overlay -----------------------------------------------------------------------------


def zone_contrast(name: str, colour: Any, zone: tuple[int, int, int, int], share: float = CONTRAST_SHARE) -> float:
    """The contrast ratio that ``share`` of the zone's pixels reach against the text's colour."""
    from PIL import Image

    image = load_photo(name).crop(zone)
    scale = min(1.0, CONTRAST_SAMPLE / max(image.size))
    if scale < 1:
        image = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                             Image.Resampling.NEAREST)
    counts = image.getcolors(maxcolors=image.width * image.height + 1) or []
    ratios = sorted((contrast_ratio(colour, pixel), count) for count, pixel in counts)
    allowed = (1 - share) * sum(c for _, c in ratios)  # the darkest-contrast pixels that may fall short
    seen = 0
    for ratio, count in ratios:
        seen += count
        if seen > allowed:
            return ratio
    return ratios[-1][0] if ratios else 1.0


def _overlay(answer: Any) -> dict:
    mapping = as_mapping(answer, "incrustation")
    fields = {label_key(k): v for k, v in mapping.items() if isinstance(k, str)}
    name = _photo_name(fields.get("photo"))
    if name is None:
        raise CheckFailed(f"incrustation[\"photo\"] : photo inconnue (photos : {', '.join(photos())}).")
    text = fields.get("texte")
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise CheckFailed("incrustation[\"texte\"] doit être le texte incrusté, entre guillemets.")
    try:
        colour = rgb(fields.get("couleur"))
    except ColourError as exc:
        raise CheckFailed(f"incrustation[\"couleur\"] : {exc}.") from None
    try:
        zone = read_box(fields.get("zone"), "incrustation[\"zone\"]")
    except ValueError as exc:
        raise CheckFailed(f"{exc}.") from None
    size = fields.get("taille_pt")
    if isinstance(size, bool) or not isinstance(size, int | float) or not math.isfinite(size) \
            or not 1 <= size <= MAX_POINTS:
        raise CheckFailed(f"incrustation[\"taille_pt\"] doit être la taille du texte en points (1 à {MAX_POINTS}).")
    bold = fields.get("gras", False)
    if not isinstance(bold, bool):
        raise CheckFailed("incrustation[\"gras\"] doit valoir True ou False.")
    w, h = _photo_size(name)
    if not _inside(zone, (0, 0, w, h)):
        raise CheckFailed(f"incrustation[\"zone\"] sort de la photo {name} ({w} × {h} px).")
    return {"photo": name, "texte": text.strip(), "couleur": colour, "zone": zone, "taille_pt": float(size),
            "gras": bold}


def _french(number: float, decimals: int = 1) -> str:
    """« 2,97 », « 4,5 », « 3 »: a ratio written the French way, without trailing zeros."""
    text = f"{math.floor(number * 10 ** decimals) / 10 ** decimals:.{decimals}f}"
    return text.rstrip("0").rstrip(".").replace(".", ",")


def _fits(text: str, zone, size_pt: float) -> bool:
    """The text, wrapped, fits the zone: lines of 1.2 times the size, letters of about 0.6 of it."""
    size_px = size_pt * PT_TO_PX
    width, height = zone[2] - zone[0], zone[3] - zone[1]
    lines = math.floor(height / (1.2 * size_px)) if height >= size_px else 0
    per_line = width / (0.6 * size_px)
    longest = max((len(w) for w in text.split()), default=0)
    return lines >= 1 and longest <= per_line and len(text) <= lines * per_line


@visible("bloc2.images_incrustation", form=(
    "un dictionnaire avec les clés « photo », « texte », « couleur » (« #RRVVBB »), « zone » (gauche, haut, "
    "droite, bas), « taille_pt » et « gras »"))
def check_overlay(answer: Any) -> str:
    overlay = _overlay(answer)
    expect(not is_placeholder(overlay["texte"]), "incrustation[\"texte\"] est vide ou ne dit rien.")
    return f"Incrustation au bon format, sur la photo {overlay['photo']}."


@scorer("bloc2.images_incrustation", form=(
    "un dictionnaire avec les clés « photo », « texte », « couleur », « zone », « taille_pt » et « gras »"))
def score_overlay(answer: Any, expected: dict) -> Outcome:
    """Half for the contrast measured on the photo's pixels (AA threshold for the text's size), a quarter
    for a colour of the brand's palette, a quarter for the placement (a publishable photo, the subject left
    clear, a short text that fits its zone)."""
    overlay = _overlay(answer)
    remarks, fraction = [], 0.0
    threshold = minimum_ratio(overlay["taille_pt"], overlay["gras"])
    measured = zone_contrast(overlay["photo"], overlay["couleur"], overlay["zone"])
    if measured >= threshold:
        fraction += 0.5
    else:
        remarks.append(f"Contraste insuffisant : {_french(measured, 2)}:1 atteint sur {round(CONTRAST_SHARE * 100)} % "
                       f"de la zone, pour un seuil de {_french(threshold)}:1 à cette taille de texte ; changez de "
                       "couleur, de zone ou de taille.")
    if overlay["couleur"] in {rgb(c) for c in PALETTE.values()}:
        fraction += 0.25
    else:
        remarks.append("La couleur du texte n'est pas une couleur de la charte (PALETTE).")
    problems = []
    if overlay["photo"] not in set(expected["photos_publiables"]):
        problems.append("la photo choisie est mal exposée")
    if _overlaps(overlay["zone"], subject_box(overlay["photo"])):
        problems.append("la zone du texte recouvre le sujet")
    count = len(overlay["texte"].split())
    if is_placeholder(overlay["texte"]) or not 2 <= count <= MAX_OVERLAY_WORDS:
        problems.append(f"le texte doit compter de 2 à {MAX_OVERLAY_WORDS} mots")
    elif not _fits(overlay["texte"], overlay["zone"], overlay["taille_pt"]):
        problems.append("le texte ne tient pas dans sa zone à cette taille")
    if problems:
        remarks.append("Placement : " + " ; ".join(problems) + ".")
    else:
        fraction += 0.25
    return Outcome(fraction, remarks)


# --- 4. the alternative texts -------------------------------------------------------------------------


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def describes(name: str, alt: str) -> bool:
    """The text names at least one thing the contact sheet says the photo shows (its keywords, its subject)."""
    row = _sheet()[name]
    shown = {_stem(w) for w in words(f"{row['Mots-clés']} {row['Sujet']}")}
    return any(_stem(w) in shown for w in words(alt))


def _alts(answer: Any) -> dict[str, Any]:
    mapping = as_mapping(answer, "textes_alternatifs")
    result = {}
    for key, value in list(mapping.items())[:50]:
        name = _photo_name(key)
        if name is None:
            raise CheckFailed(f"Photo inconnue dans textes_alternatifs : « {str(key)[:40]} » "
                              f"(photos : {', '.join(photos())}).")
        result[name] = value if isinstance(value, str) and len(value) <= MAX_TEXT else None
    return result


@visible("bloc2.images_alt", form="un dictionnaire photo -> texte alternatif")
def check_alts(answer: Any) -> str:
    alts = _alts(answer)
    expect(alts, "textes_alternatifs est vide : un texte par photo publiée.")
    bad = [p for p, text in alts.items() if text is None]
    expect(not bad, f"Le texte alternatif de {', '.join(bad)} doit être un texte entre guillemets.")
    long = [p for p, text in alts.items() if isinstance(text, str) and len(text.strip()) > MAX_ALT_CHARS]
    if long:
        return (f"{len(alts)} texte(s) alternatif(s) ; attention : {', '.join(long)} dépasse(nt) "
                f"{MAX_ALT_CHARS} caractères (cela coûte des points).")
    return f"{len(alts)} texte(s) alternatif(s) au bon format."


@scorer("bloc2.images_alt", form="un dictionnaire photo -> texte alternatif")
def score_alts(answer: Any, expected: dict) -> Outcome:
    """Each publishable photo is worth the same: its text describes it (the course's rule) and names what
    the contact sheet says it shows, without repeating another photo's text; over 125 characters, half."""
    alts = _alts(answer)
    wanted = list(expected["photos"])
    total, remarks = 0.0, []
    accepted: list[str] = []
    for name in wanted:
        text = alts.get(name)
        if not isinstance(text, str) or not text.strip():
            remarks.append(f"{name} : pas de texte alternatif.")
            continue
        text = text.strip()
        problem = alt_text_problem(text)
        if problem:
            remarks.append(f"{name} : {problem}.")
            continue
        if not describes(name, text):
            remarks.append(f"{name} : le texte ne nomme pas ce que montre la photo (voir la planche contact).")
            continue
        if any(overlap(text, earlier) >= SAME_ALT for earlier in accepted):
            remarks.append(f"{name} : même texte qu'une autre photo : chaque photo a sa description.")
            continue
        accepted.append(text)
        if len(text) > MAX_ALT_CHARS:
            total += 0.5
            remarks.append(f"{name} : {len(text)} caractères ; au-delà de {MAX_ALT_CHARS}, certains lecteurs "
                           "d'écran coupent le texte : la moitié des points.")
        else:
            total += 1
    return Outcome(total / len(wanted), remarks)
