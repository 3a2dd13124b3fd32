"""Checks of notebook 04, the customer journey (C1.4.1): the persona's networks, the journey table."""

from __future__ import annotations

from typing import Any

import pandas as pd

from cmcert_lib.bloc1.journey import CHANNELS, COLUMNS, EMOTION, STAGES
from cmcert_lib.checks.content import substantive_share
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_frame,
    as_list,
    canonical_label,
    expect,
    scorer,
    visible,
)
from cmcert_lib.facts.platforms import NETWORKS

MAX_TOUCHPOINTS = 4
TOP = 3
# A touchpoint or a brand content says something with two content words at least (« Lit les avis »).
MIN_CONTENT_WORDS = 2


# --- 1. the persona's top networks ---------------------------------------------------------


def _networks(answer: Any) -> list:
    return [canonical_label(n, NETWORKS) for n in as_list(answer, "top_reseaux")]


@visible("bloc1.parcours_top_reseaux")
def check_top_networks(answer: Any) -> str:
    names = _networks(answer)
    expect(names, "top_reseaux est vide : donnez les 3 réseaux les plus utilisés par le segment.")
    unknown = [str(n) for n in names if n not in NETWORKS]
    if unknown:
        raise CheckFailed(
            f"« {unknown[0]} » n'est pas un réseau du questionnaire (écrivez-le comme dans "
            f"l'export : {', '.join(NETWORKS)})."
        )
    notes = []
    if len(names) != TOP:
        notes.append(f"{len(names)} réseaux au lieu de {TOP} : seuls les {TOP} premiers comptent")
    if len(set(names)) < len(names):
        notes.append("un réseau figure deux fois : un doublon prend la place d'un réseau")
    if notes:
        return "Réseaux du questionnaire ; attention : " + " ; ".join(notes) + " (cela coûte des points)."
    return "Trois réseaux du questionnaire, sans doublon."


@scorer("bloc1.parcours_top_reseaux", form=(
    "une liste des 3 réseaux, du plus utilisé au moins utilisé, écrits comme dans l'export"))
def score_top_networks(answer: Any, expected: list) -> Outcome:
    """A network at its rank earns its third; one of the three at another rank, half of it.

    Only the first three names count, each network once: a duplicate or a fourth name takes a
    place and earns nothing.
    """
    wanted = list(expected)
    given: list = []
    for name in _networks(answer)[:len(wanted)]:
        given.append(name if name not in given else None)
    at_rank = [n for n, w in zip(given, wanted, strict=False) if n is not None and n == w]
    elsewhere = [n for n in given if n is not None and n in wanted and n not in at_rank]
    fraction = (len(at_rank) + 0.5 * len(elsewhere)) / len(wanted)
    remarks = []
    found = len(at_rank) + len(elsewhere)
    if found < len(wanted):
        remarks.append(
            f"{found} réseau(x) sur {len(wanted)} sont bien parmi les plus utilisés du segment : "
            "calculez les parts sur les seuls répondants du segment du persona (âge et réponse sur "
            "l'achat de cosmétiques solides)."
        )
    if elsewhere:
        remarks.append(f"{len(elsewhere)} réseau(x) juste(s) mais placé(s) au mauvais rang : classez les "
                       "réseaux par part décroissante (à égalité, par ordre alphabétique).")
    if len(_networks(answer)) != len(wanted) or None in given:
        remarks.append(f"La réponse doit nommer exactement {len(wanted)} réseaux différents.")
    return Outcome(fraction, remarks)


# --- 2. the journey table ------------------------------------------------------------------


def _as_journey(answer: Any) -> pd.DataFrame:
    if isinstance(answer, list) and all(isinstance(row, dict) for row in answer):
        answer = pd.DataFrame(answer)
    if isinstance(answer, pd.DataFrame):
        answer = answer.rename(columns=lambda c: canonical_label(c, [*COLUMNS, EMOTION]))
        frame = as_frame(answer, "parcours", [*COLUMNS, EMOTION]).copy()
        frame["Étape"] = frame["Étape"].map(lambda s: canonical_label(s, STAGES))
        frame["Canal"] = frame["Canal"].map(lambda c: canonical_label(c, CHANNELS))
        return frame
    return as_frame(answer, "parcours", [*COLUMNS, EMOTION])


@visible("bloc1.parcours_table")
def check_journey(answer: Any) -> str:
    frame = _as_journey(answer)
    expect(len(frame) > 0, "Le parcours est vide : une ligne par point de contact.")
    unknown = sorted({str(s) for s in frame["Étape"]} - set(STAGES))
    if unknown:
        raise CheckFailed(
            f"Étape inconnue « {unknown[0]} » : les étapes s'écrivent {', '.join(STAGES)}."
        )
    return f"Parcours au bon format : {len(frame)} point(s) de contact."


@scorer("bloc1.parcours_table", form=(
    "un DataFrame (ou une liste de dictionnaires) avec les colonnes « Étape », « Point de contact », "
    "« Canal », « Contenu de marque » et « Émotion », une ligne par point de contact"))
def score_journey(answer: Any, expected: dict) -> Outcome:
    frame = _as_journey(answer).reset_index(drop=True)
    stages = list(expected["étapes"])
    order = frame["Étape"].map({s: i for i, s in enumerate(stages)})
    text = {c: frame[c].fillna("").astype(str).str.strip() for c in COLUMNS}
    passed, remarks = 0, []

    counts = frame["Étape"].value_counts()
    if all(counts.get(s, 0) >= 1 for s in stages) and order.is_monotonic_increasing:
        passed += 1
    else:
        remarks.append("Les cinq étapes doivent toutes figurer, dans l'ordre du parcours "
                       "(les lignes d'une étape avant celles de l'étape suivante).")
    if all(1 <= counts.get(s, 0) <= MAX_TOUCHPOINTS for s in stages) and (text["Point de contact"] != "").all():
        passed += 1
    else:
        remarks.append(f"Chaque étape compte de 1 à {MAX_TOUCHPOINTS} points de contact, chacun décrit.")
    emotions = pd.to_numeric(frame[EMOTION], errors="coerce")
    valid_emotions = bool(emotions.notna().all() and emotions.between(-2, 2).all()
                          and (emotions % 1 == 0).all())
    if text["Canal"].isin(CHANNELS).all() and valid_emotions:
        passed += 1
    else:
        remarks.append("Chaque canal est pris dans la liste autorisée et chaque émotion est un "
                       "entier de -2 à +2.")
    with_content = set(frame.loc[text["Contenu de marque"] != "", "Étape"])
    if all(s in with_content for s in stages):
        passed += 1
    else:
        missing = [s for s in stages if s not in with_content]
        remarks.append("Aucun contenu de marque à l'étape : " + ", ".join(missing) + ".")
    networks = list(expected["réseaux_persona"])
    if all(n in set(text["Canal"]) for n in networks):
        passed += 1
    else:
        remarks.append("Le parcours doit passer par chacun des trois réseaux les plus utilisés "
                       "par le segment du persona (question 1).")
    texts = [*text["Point de contact"], *(c for c in text["Contenu de marque"] if c)]
    real = substantive_share(texts, MIN_CONTENT_WORDS) if texts else 0.0
    if real < 1:
        hollow = len(texts) - round(real * len(texts))
        remarks.append(
            f"{hollow} point(s) de contact ou contenu(s) de marque sur {len(texts)} ne décrivent rien "
            "(texte d'attente comme « à définir », texte trop vague ou répété d'une ligne à l'autre) : "
            "seules les lignes décrites comptent, la note des règles est multipliée par leur part."
        )
    return Outcome(passed / 5 * real, remarks)
