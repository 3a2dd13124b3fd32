"""Checks of Bloc 2's notebook 04, the infographic of the usage test (C2.3.2).

The key figures (1.1, 1.2) are numbers scored with the statement's rounding. The infographic (2.1) is
scored on the plain description :func:`cmcert_lib.bloc2.infographic.describe` gives of the figure: the
figures written on it are compared with the hidden expected values, and the visual codes a reviewer
checks (title, source line, format, text size on a phone, contrast, the charter's colours, weight) are
computed here, from sizes and colours, never taken from the candidate's kernel.
"""

from __future__ import annotations

import math
from typing import Any

from cmcert_lib.bloc2.datasets.usage_test import HAIR_TYPES
from cmcert_lib.bloc2.infographic import FORMAT, MAX_TEXT_CHARS, MAX_TEXTS, PLATFORM, numbers_in, palette_name
from cmcert_lib.checks.content import is_placeholder
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_mapping,
    as_number,
    canonical_keys,
    expect,
    label_key,
    rounding_tolerance,
    scorer,
    visible,
)
from cmcert_lib.domain.contrast import ColourError, contrast_ratio, minimum_ratio
from cmcert_lib.facts.legibility import IG_MAX_WIDTH_PX, INSTAGRAM_IMAGE_MAX_BYTES, min_text_px, wcag_pt
from cmcert_lib.facts.platforms import platform

KEY_FIGURES = ("satisfaits", "rachat", "lavages_par_pain")
DECIMALS = 0
TOLERANCE = rounding_tolerance(DECIMALS)

# --- 1.1 the key figures -----------------------------------------------------------------------


def _figures(answer: Any, what: str, known: tuple[str, ...]) -> dict:
    mapping = canonical_keys(as_mapping(answer, what), known)
    values = {}
    for key in known:
        if key in mapping:
            values[key] = as_number(mapping[key], f"{what}[{key!r}]")
    return values


def _percent_share(value: float, expected: float) -> bool:
    """A share given as a fraction (0.858) stands for the percentage the statement asks for."""
    return abs(value - expected) <= TOLERANCE or (expected > 1.5 and abs(value * 100 - expected) <= TOLERANCE)


KEY_FIGURES_FORM = "un dictionnaire {« satisfaits », « rachat », « lavages_par_pain »: nombre}"


@visible("bloc2.infographie_chiffres", form=KEY_FIGURES_FORM)
def check_key_figures(answer: Any) -> str:
    values = _figures(answer, "chiffres_cles", KEY_FIGURES)
    expect(values, "chiffres_cles ne contient aucune des clés « satisfaits », « rachat », « lavages_par_pain ».")
    for key in ("satisfaits", "rachat"):
        if key in values:
            expect(0 <= values[key] <= 100, f"chiffres_cles[« {key} »] est une part en % : entre 0 et 100.")
    if "lavages_par_pain" in values:
        expect(0 < values["lavages_par_pain"] < 1000, "chiffres_cles[« lavages_par_pain »] doit être un nombre de "
               "lavages positif : 60 g divisés par les grammes consommés à chaque lavage.")
    missing = [k for k in KEY_FIGURES if k not in values]
    if missing:
        return ("Chiffres au bon format ; attention, clé(s) manquante(s) : " + ", ".join(f"« {k} »" for k in missing)
                + " (chacune coûte sa part des points).")
    return "Trois chiffres clés au bon format."


@scorer("bloc2.infographie_chiffres", form=KEY_FIGURES_FORM, decimals=DECIMALS)
def score_key_figures(answer: Any, expected: dict) -> Outcome:
    values = _figures(answer, "chiffres_cles", KEY_FIGURES)
    hints = {
        "satisfaits": "la part des familles satisfaites compte les réponses « Très satisfait·e » et « Plutôt "
                      "satisfait·e » sur les 120 familles",
        "rachat": "la part des familles prêtes à l'acheter compte les deux réponses « Oui » sur les 120 familles",
        "lavages_par_pain": "les lavages par pain se calculent sur les seules familles qui ont pesé leur pain : "
                            "60 g divisés par les grammes consommés par lavage (total des grammes consommés sur "
                            "total des lavages)",
    }
    right, remarks = 0, []
    for key in KEY_FIGURES:
        value = values.get(key)
        ok = value is not None and (_percent_share(value, expected[key]) if key != "lavages_par_pain"
                                    else abs(value - expected[key]) <= TOLERANCE)
        if ok:
            right += 1
        else:
            remarks.append(f"« {key} » n'est pas juste : {hints[key]}.")
    return Outcome(right / len(KEY_FIGURES), remarks)


# --- 1.2 satisfaction by hair type ----------------------------------------------------------------


@visible("bloc2.infographie_cheveux", form="un dictionnaire (ou une Series) {type de cheveux: part en %}")
def check_by_hair(answer: Any) -> str:
    values = _figures(answer, "satisfaits_par_cheveux", HAIR_TYPES)
    expect(values, "Aucun type de cheveux du formulaire (" + ", ".join(HAIR_TYPES) + ") dans la réponse : "
           "écrivez-les comme dans l'export.")
    expect(all(0 <= v <= 100 for v in values.values()), "Chaque valeur est une part en % : entre 0 et 100.")
    missing = [h for h in HAIR_TYPES if h not in values]
    if missing:
        return ("Parts au bon format ; attention, type(s) de cheveux manquant(s) : " + ", ".join(missing)
                + " (écrivez-les comme dans l'export ; chacun coûte sa part des points).")
    return "Quatre types de cheveux, une part en % pour chacun."


@scorer("bloc2.infographie_cheveux", form="un dictionnaire (ou une Series) {type de cheveux: part en %}",
        decimals=DECIMALS)
def score_by_hair(answer: Any, expected: dict) -> Outcome:
    values = _figures(answer, "satisfaits_par_cheveux", HAIR_TYPES)
    missing = [h for h in HAIR_TYPES if h not in values]
    wrong = [h for h in HAIR_TYPES if h in values and not _percent_share(values[h], expected[h])]
    remarks = []
    if missing:
        remarks.append(f"{len(missing)} type(s) de cheveux absent(s) de la réponse (" + ", ".join(missing)
                       + ") : écrivez les quatre types comme dans l'export.")
    if wrong:
        remarks.append(f"{len(wrong)} part(s) sur {len(HAIR_TYPES)} ne sont pas justes (" + ", ".join(wrong)
                       + ") : pour chaque type de cheveux, divisez les familles satisfaites (« Très » ou « Plutôt "
                       "satisfait·e ») par toutes les familles de ce type.")
    return Outcome(1 - (len(missing) + len(wrong)) / len(HAIR_TYPES), remarks)


# --- 2.1 the infographic ---------------------------------------------------------------------------

FORM = "la description de la figure que donne decrire_infographie(fig, ...) (un dictionnaire)"
CODES = ("titre", "source", "format", "textes entiers", "taille", "contraste", "couleurs", "poids")
# Figures carry a quarter of the points on their own; the visual codes, the rest, in proportion.
CONTENT_FLOOR = 0.25
MAX_NUMBERS = 40  # more numbers than this on one infographic is a table of numbers, not a key message
TITLE_ZONE = 0.25  # the title starts in the top quarter of the image
SOURCE_ZONE = 0.75  # the source line ends the image: it starts in its bottom quarter
TITLE_WORDS = 3
TITLE_SIZE_FACTOR = 1.3  # a title stands out: bold, or at least this much bigger than the median text
MIN_COLOUR_SHARE = 0.02  # surfaces under this share are edges and anti-aliasing, not the layout's colours


def _int(value: Any, what: str) -> int:
    number = as_number(value, what)
    if not math.isfinite(number) or abs(number) > 10**9:
        raise CheckFailed(f"{what} est hors limites.")
    return int(number)


def _description(answer: Any) -> dict:
    """The description's fields, typed and bounded; CheckFailed (French) when it is not one."""
    data = as_mapping(answer, "infographie")
    keys = ("largeur_px", "hauteur_px", "poids_octets", "couleurs", "textes")
    missing = [k for k in keys if k not in data]
    if missing:
        raise CheckFailed("infographie n'est pas la description d'une figure (clé(s) manquante(s) : "
                          + ", ".join(missing) + ") : laissez la cellule « decrire_infographie » la calculer.")
    texts = data["textes"]
    colours = data["couleurs"]
    if not isinstance(texts, list) or not isinstance(colours, list):
        raise CheckFailed("infographie[« textes »] et infographie[« couleurs »] doivent être des listes.")
    clean_texts = []
    for item in texts[:MAX_TEXTS]:
        item = as_mapping(item, "un texte de l'infographie")
        clean_texts.append({
            "texte": str(item.get("texte", ""))[:MAX_TEXT_CHARS],
            "taille_px": as_number(item.get("taille_px"), "la taille d'un texte"),
            "gras": item.get("gras") is True,
            "couleur": str(item.get("couleur", ""))[:20],
            "fond": str(item.get("fond", ""))[:20],
            "gauche_px": _int(item.get("gauche_px"), "la position d'un texte"),
            "haut_px": _int(item.get("haut_px"), "la position d'un texte"),
            "droite_px": _int(item.get("droite_px"), "la position d'un texte"),
            "bas_px": _int(item.get("bas_px"), "la position d'un texte"),
            "graduation": item.get("graduation") is True,
        })
    clean_colours = []
    for item in colours[:MAX_TEXTS]:
        item = as_mapping(item, "une couleur de l'infographie")
        clean_colours.append((str(item.get("couleur", ""))[:20], as_number(item.get("part"), "la part d'une couleur")))
    return {"largeur_px": _int(data["largeur_px"], "la largeur"), "hauteur_px": _int(data["hauteur_px"], "la hauteur"),
            "poids_octets": _int(data["poids_octets"], "le poids"), "couleurs": clean_colours, "textes": clean_texts}


def _decimal(number: float) -> str:
    """« 13,9 », « 4,5 », « 3 »: a measure written the French way."""
    return f"{number:g}".replace(".", ",")


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"


def _title(d: dict) -> tuple[bool, str]:
    texts = [t for t in d["textes"] if not t["graduation"] and len(t["texte"].split()) >= TITLE_WORDS]
    if not texts:
        return False, "Aucun titre : écrivez en haut de l'image une phrase qui dit le message principal."
    title = min(texts, key=lambda t: t["haut_px"])
    sizes = sorted(t["taille_px"] for t in d["textes"])
    median = sizes[len(sizes) // 2]
    standout = title["gras"] or title["taille_px"] >= TITLE_SIZE_FACTOR * median
    high = title["haut_px"] <= TITLE_ZONE * d["hauteur_px"]
    if high and standout and not is_placeholder(title["texte"]):
        return True, ""
    return False, (f"Le titre (« {_excerpt(title['texte'])} ») doit ouvrir l'image, dans son quart supérieur, et "
                   "se détacher du reste : en gras ou nettement plus grand.")


def _source(d: dict) -> tuple[bool, str]:
    for t in d["textes"]:
        key = label_key(t["texte"])
        if (key.startswith("source") and "120" in key and "famille" in key and "2027" in key
                and t["haut_px"] >= SOURCE_ZONE * d["hauteur_px"]):
            return True, ""
    return False, ("Il manque la ligne de source en bas de l'image, sur le modèle « Source : test d'usage Maison "
                   "Ondine, 120 familles, janvier 2027 ».")


def _format(d: dict) -> tuple[bool, str]:
    rng = platform(PLATFORM).ranges_for(FORMAT)[0]
    w, h = d["largeur_px"], d["hauteur_px"]
    if rng.accepts(w, h) and rng.min_width <= w <= IG_MAX_WIDTH_PX:
        return True, ""
    return False, (f"L'image mesure {w} × {h} px : pour le fil {PLATFORM}, des proportions {rng.label} et une "
                   f"largeur de {rng.min_width} à {IG_MAX_WIDTH_PX} px (figsize × dpi).")


def _inside(d: dict) -> tuple[bool, str]:
    w, h = d["largeur_px"], d["hauteur_px"]
    cut = [t for t in d["textes"] if t["gauche_px"] < 0 or t["haut_px"] < 0 or t["droite_px"] > w or t["bas_px"] > h]
    if not cut:
        return True, ""
    return False, (f"{len(cut)} texte(s) coupé(s) par le bord de l'image, par exemple "
                   f"« {_excerpt(cut[0]['texte'])} » : raccourcissez-le, passez à la ligne ou déplacez-le.")


def _size(d: dict) -> tuple[bool, str]:
    smallest = min_text_px(max(1, d["largeur_px"]))
    small = [t for t in d["textes"] if t["taille_px"] < smallest - 0.5]
    if not small:
        return True, ""
    example = small[0]
    return False, (f"{len(small)} texte(s) trop petit(s) pour être lus sur un téléphone, par exemple « "
                   f"{_excerpt(example['texte'])} » ({_decimal(example['taille_px'])} px) : au moins {smallest} px "
                   f"sur une image de {d['largeur_px']} px de large (taille en points × dpi / 72).")


def _contrast(d: dict) -> tuple[bool, str]:
    weak = []
    for t in d["textes"]:
        try:
            ratio = contrast_ratio(t["couleur"], t["fond"])
        except ColourError:
            ratio = 1.0
        need = minimum_ratio(wcag_pt(t["taille_px"], max(1, d["largeur_px"])), t["gras"])
        if ratio < need:
            weak.append((t, ratio, need))
    if not weak:
        return True, ""
    t, ratio, need = weak[0]
    return False, (f"{len(weak)} texte(s) trop peu contrasté(s) sur leur fond, par exemple « {_excerpt(t['texte'])} » "
                   f"({_decimal(round(ratio, 1))}:1 ; il faut {_decimal(need)}:1 au moins, WCAG AA).")


def _colours(d: dict) -> tuple[bool, str]:
    strangers = {c for c, share in d["couleurs"] if share >= MIN_COLOUR_SHARE and palette_name(c) is None}
    strangers |= {t["couleur"] for t in d["textes"] if palette_name(t["couleur"]) is None}
    if not strangers:
        return True, ""
    return False, (f"{len(strangers)} couleur(s) hors de la charte (par exemple {min(strangers)}) : fonds, "
                   "formes et textes prennent les couleurs de PALETTE.")


def _weight(d: dict) -> tuple[bool, str]:
    if 0 < d["poids_octets"] <= INSTAGRAM_IMAGE_MAX_BYTES:
        return True, ""
    limit = INSTAGRAM_IMAGE_MAX_BYTES // 2**20
    return False, f"Le fichier pèse {d['poids_octets']} octets : {PLATFORM} accepte {limit} Mo au plus."


RULES = {"titre": _title, "source": _source, "format": _format, "textes entiers": _inside, "taille": _size,
         "contraste": _contrast, "couleurs": _colours, "poids": _weight}


def visual_codes(d: dict) -> dict[str, tuple[bool, str]]:
    """Each visual code of the statement: (respected, French remark when not)."""
    return {name: rule(d) for name, rule in RULES.items()}


def written_numbers(d: dict) -> list[float]:
    """The numbers written on the infographic, tick labels of the axes aside."""
    return [n for t in d["textes"] if not t["graduation"] for n in numbers_in(t["texte"])]


def figures_found(written: list[float], expected: list[float]) -> int:
    """How many expected figures are written on the image (each written number stands for one figure)."""
    pairs = sorted((abs(w - e), i, j) for i, e in enumerate(expected) for j, w in enumerate(written))
    used_e: set[int] = set()
    used_w: set[int] = set()
    for gap, i, j in pairs:
        if gap <= TOLERANCE and i not in used_e and j not in used_w:
            used_e.add(i)
            used_w.add(j)
    return len(used_e)


@visible("bloc2.infographie_figure", form=FORM)
def check_infographic(answer: Any) -> str:
    d = _description(answer)
    expect(d["textes"], "Aucun texte sur la figure : une infographie a un titre, des chiffres et une source.")
    codes = visual_codes(d)
    kept = [name for name, (ok, _) in codes.items() if ok]
    lines = [f"Codes visuels respectés : {len(kept)} sur {len(codes)} ({', '.join(kept) or 'aucun'})."]
    lines += [f"• {remark}" for ok, remark in codes.values() if not ok]
    lines.append(f"{len(written_numbers(d))} nombre(s) écrit(s) sur l'image (hors graduations) : leur justesse est "
                 "vérifiée à la correction.")
    return "\n".join(lines)


@scorer("bloc2.infographie_figure", form=FORM, decimals=DECIMALS)
def score_infographic(answer: Any, expected: dict) -> Outcome:
    d = _description(answer)
    wanted = [float(v) for v in expected["chiffres"]]
    written = written_numbers(d)
    remarks = []
    if len(written) > MAX_NUMBERS:
        found = 0
        remarks.append(f"Plus de {MAX_NUMBERS} nombres sur l'image : une infographie met en avant quelques chiffres "
                       "clés, elle ne recopie pas un tableau.")
    else:
        found = figures_found(written, wanted)
        if found < len(wanted):
            remarks.append(f"{found} chiffre(s) clé(s) sur {len(wanted)} sont écrits justes sur l'image : les trois "
                           "chiffres clés (question 1.1) et la part de familles satisfaites de chaque type de cheveux "
                           "(question 1.2), en % arrondis à l'unité, écrits comme textes de l'image (cartes, "
                           "étiquettes de barres ; les graduations d'un axe ne comptent pas).")
    codes = visual_codes(d)
    kept = sum(ok for ok, _ in codes.values())
    remarks += [remark for ok, remark in codes.values() if not ok]
    fraction = found / len(wanted) * (CONTENT_FLOOR + (1 - CONTENT_FLOOR) * kept / len(codes))
    return Outcome(fraction, remarks)
