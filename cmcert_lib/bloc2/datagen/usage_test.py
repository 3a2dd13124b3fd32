"""The usage test of « Petite Vague »: a Google Forms answers export, 120 families.

Maison Ondine sent a bar to 120 families of its community on 27 December 2026; each child used it for
three weeks and the families answered the form from 17 to 23 January 2027. Every family answered once,
under the pseudonymous code printed on the card of its parcel (no name, no e-mail: the answers are
shared with an agency). The weight of the bar at the end was optional: a few families did not weigh it,
and people type weights as they like (« 41 », « 41,5 », « 41 g »).

The answers follow the brief: a 60 g bar lasts about 40 washes (1.5 g a wash on average); families are
mostly satisfied, less so when the child's hair is curly or frizzy (detangling is harder), which gives
the infographic something to say.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import datetime, timedelta
from pathlib import Path

from cmcert_lib.bloc2.datasets.usage_test import (
    AGREEMENT,
    BAR_WEIGHT_G,
    COLUMNS,
    FILE,
    HAIR_TYPES,
    REBUY_LEVELS,
    SATISFACTION_LEVELS,
)

SEED = 20270117
FAMILIES = 120
FIRST_ANSWER = datetime(2027, 1, 17, 8, 0, 0)
ANSWER_DAYS = 7
NOT_WEIGHED = 7

# Share of each hair type among the children, and how well the bar suits it (0 to 1).
HAIR_WEIGHTS = (0.40, 0.27, 0.21, 0.12)
HAIR_FIT = {"Raides": 0.86, "Ondulés": 0.80, "Bouclés": 0.68, "Frisés ou crépus": 0.52}

COMMENTS_HAPPY = (
    "Ma fille adore la forme de vague, elle le prend toute seule dans le bain.",
    "Très pratique pour les vacances, pas de flacon qui coule dans la valise !",
    "Les cheveux sentent bon le miel, même le lendemain.",
    "Mon fils de 4 ans rigole en faisant mousser la vague, le bain est devenu un jeu.",
    "On a remplacé le flacon de toute la famille, même le papa l'utilise.",
    "Il dure longtemps : après trois semaines il reste plus de la moitié du pain.",
    "Rien à redire, on le rachètera à la sortie.",
    "Mousse douce, rinçage facile, c'est tout ce qu'on demande.",
    "Le parfum est léger, ça change des shampoings enfants trop sucrés.",
    "Pratique à la piscine, dans une petite boîte.",
    "Mes jumeaux se disputent pour savoir qui tient la vague !",
    "Très bien pour des cheveux courts, un passage suffit.",
)
COMMENTS_MIXED = (
    "Bien, mais il faut un porte-savon qui s'égoutte, sinon le pain ramollit.",
    "Un peu difficile à démêler après, on ajoute un après-shampoing.",
    "Il glisse des mains mouillées de ma petite, elle l'a fait tomber plusieurs fois.",
    "Sur des cheveux longs il faut frotter longtemps pour que ça mousse.",
    "Le prix de 12 € me paraît un peu élevé, même s'il dure.",
    "Bonne idée, mais un format plus petit pour les tout-petits serait pratique.",
    "Le pain s'est un peu fendu au bout de deux semaines.",
)
COMMENTS_CURLY = (
    "Pour les boucles de ma fille, le démêlage reste compliqué sans soin.",
    "Cheveux crépus : il lave bien mais assèche un peu, on a dû ajouter une huile.",
    "Les boucles sont moins définies qu'avec notre crème lavante habituelle.",
    "Nœuds plus nombreux après le lavage, on hésite à continuer.",
)


def _agreement(rng: random.Random, level: float) -> str:
    """An answer of the agreement scale around ``level`` (0 to 1)."""
    score = level * 4 + rng.gauss(0, 0.9)
    return AGREEMENT[min(4, max(0, round(score)))]


def _weight_as_typed(rng: random.Random, grams: float) -> str:
    value = round(grams * 2) / 2
    text = f"{value:g}".replace(".", ",")
    style = rng.random()
    if style < 0.12:
        return f"{text} g"
    if style < 0.18:
        return f"{text}g"
    return text


def families(rng: random.Random) -> list[list[str]]:
    codes = [f"PV-{n:03d}" for n in range(1, FAMILIES + 1)]
    rng.shuffle(codes)
    seconds = sorted(rng.randrange(ANSWER_DAYS * 24 * 3600 - 10 * 3600) for _ in range(FAMILIES))
    not_weighed = set(rng.sample(range(FAMILIES), NOT_WEIGHED))
    rows = []
    for i, (code, second) in enumerate(zip(codes, seconds, strict=True)):
        hair = rng.choices(HAIR_TYPES, weights=HAIR_WEIGHTS)[0]
        age = rng.choices(range(3, 13), weights=(10, 12, 13, 13, 12, 11, 9, 8, 7, 5))[0]
        fit = min(0.98, max(0.05, HAIR_FIT[hair] + rng.gauss(0, 0.15)))
        washes = max(5, min(16, round(rng.gauss(10.5, 2.2))))
        # Longer and curlier hair takes more shampoo: 1.3 to 1.8 g a wash.
        dose = max(1.1, rng.gauss(1.42 + (0.18 if hair in HAIR_TYPES[2:] else 0) + 0.01 * (age - 6), 0.12))
        left = BAR_WEIGHT_G - washes * dose
        weight = "" if i in not_weighed else _weight_as_typed(rng, left)
        grid = [_agreement(rng, fit + 0.05), _agreement(rng, fit - 0.05 if hair in HAIR_TYPES[2:] else fit),
                _agreement(rng, 0.85), _agreement(rng, 0.8 if age >= 5 else 0.6)]
        satisfied = fit + rng.gauss(0, 0.12)
        satisfaction = SATISFACTION_LEVELS[0 if satisfied > 0.82 else 1 if satisfied > 0.5 else
                                           2 if satisfied > 0.3 else 3]
        intent = satisfied - 0.08 + rng.gauss(0, 0.12)
        rebuy = REBUY_LEVELS[0 if intent > 0.85 else 1 if intent > 0.5 else 2 if intent > 0.3 else 3]
        draw = rng.random()
        if draw < 0.42:
            comment = ""
        elif hair in HAIR_TYPES[2:] and satisfied < 0.7 and draw < 0.8:
            comment = rng.choice(COMMENTS_CURLY)
        elif satisfied > 0.75:
            comment = rng.choice(COMMENTS_HAPPY)
        else:
            comment = rng.choice(COMMENTS_MIXED)
        stamp = FIRST_ANSWER + timedelta(seconds=second)
        rows.append([stamp.strftime("%d/%m/%Y %H:%M:%S"), code, str(age), hair, str(washes), weight, *grid,
                     satisfaction, rebuy, comment])
    return rows


def generate(dest: Path) -> list[Path]:
    """Write the export as Google Forms does: UTF-8, commas, CRLF line ends, quotes only where needed."""
    table = [list(COLUMNS), *families(random.Random(SEED))]
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(table)
    target = Path(dest) / FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(text.getvalue().encode("utf-8"))
    return [target]
