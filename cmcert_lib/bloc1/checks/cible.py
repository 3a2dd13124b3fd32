"""Checks of notebook 03, the target study (C1.3.1): pseudonymised survey, segments, usages, persona.

The segment labels are ``"<age band> | <buying status>"`` with the bands and
statuses the statement defines; they are listed in :data:`SEGMENTS`.  A
``(band, status)`` pair, the key a groupby on two columns gives, stands for its
label.

Pseudonymisation: a column is identifying by its name (« Adresse e-mail »,
« Prénom », « Code postal ») or by its content: the e-mails, first names or
postcodes of the shipped survey kept under another name (a « Département »
that still holds the full postcode) are personal data left in the table.

Segment sizes: a key that is no segment (a total, a second spelling) costs
its share, as one more wrong value.

Persona: the data-grounded credit (age in the band, networks used by the
segment) is weighted by the share of the card's texts that are real content:
neither filler (:func:`cmcert_lib.checks.content.is_filler`, one content word
is enough for a short list item such as « Le prix ») nor a repeat of an earlier
text of the card (:func:`cmcert_lib.checks.content.repeated`).  A card of
« à définir », or one sentence pasted in every field, earns (almost) nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pandas as pd

from cmcert_lib.bloc1.personas import LIST_FIELDS, PersonaError, check_persona
from cmcert_lib.checks import content
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_frame,
    as_mapping,
    canonical_keys,
    canonical_label,
    expect,
    is_close,
    rekeyed,
    scorer,
    visible,
)
from cmcert_lib.facts.platforms import NETWORKS

AGE_BANDS = {"18-29 ans": (18, 29), "30-44 ans": (30, 44), "45-59 ans": (45, 59),
             "60 ans et plus": (60, 130)}
STATUSES = ("Acheteur", "Prêt à essayer", "Non intéressé")
SEGMENTS = tuple(f"{band} | {status}" for band in AGE_BANDS for status in STATUSES)
BUDGET = "Budget médian"
IDENTIFYING = ("Adresse e-mail", "Prénom", "Code postal")
RESPONDENT_ID = re.compile(r"^R\d{4}$")


# A column holding this share of the shipped survey's e-mails, first names or postcodes is that column.
IDENTIFYING_OVERLAP = 0.5
# Persona fields whose text the candidate writes (besides the list fields, « réseaux » excepted).
PERSONA_TEXTS = ("nom", "métier", "citation")


def _segment_label(key: Any) -> Any:
    """« 30-44 ans | Prêt à essayer » for a (band, status) pair; other keys as they are."""
    if isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, str) for k in key):
        return canonical_label(f"{key[0].strip()} | {key[1].strip()}", SEGMENTS)
    return canonical_label(key, SEGMENTS)


def _labels_hint() -> str:
    return "par exemple « 30-44 ans | Prêt à essayer » (tranche, espace, barre verticale, espace, statut)"


# --- 1. pseudonymised survey -------------------------------------------------------------


@visible("bloc1.cible_pseudonymisation")
def check_pseudonymisation(answer: Any) -> str:
    frame = as_frame(answer, "enquete_pseudo", ["Identifiant", "Département"])
    expect(len(frame) > 0, "enquete_pseudo ne contient aucune ligne.")
    ids = frame["Identifiant"].astype(str)
    bad = ids[~ids.str.fullmatch(RESPONDENT_ID.pattern)]
    if len(bad):
        raise CheckFailed(
            "Les identifiants doivent s'écrire « R » suivi de 4 chiffres (R0001, R0002…) : "
            f"« {bad.iloc[0]} » ne convient pas."
        )
    expect(ids.is_unique, "Chaque répondant doit avoir un identifiant différent.")
    expect(
        frame["Département"].map(lambda v: isinstance(v, str)).all(),
        "La colonne « Département » doit contenir du texte (« 01 », « 35 », « 974 ») et non des "
        "nombres : un zéro initial perdu change de département.",
    )
    return "Tableau pseudonymisé au bon format (identifiants et départements)."


@scorer("bloc1.cible_pseudonymisation", form=(
    "un DataFrame : les réponses de l'enquête, « Identifiant » (R0001…) en tête et « Département » "
    "(texte) à la place du code postal"))
def score_pseudonymisation(answer: pd.DataFrame, expected: dict) -> Outcome:
    fraction, remarks = 0.0, []
    left = _identifying_columns(answer)
    if left:
        remarks.append(
            "Des données directement identifiantes restent dans le tableau : "
            + ", ".join(f"« {c} »" for c in left) + "."
        )
    else:
        fraction += 0.25
    ids = list(answer["Identifiant"].astype(str))
    wanted = [f"R{i:04d}" for i in range(1, expected["lignes"] + 1)]
    ages_ok = "Âge" in answer.columns and all(
        (answer["Identifiant"] == rid).any()
        and int(answer.loc[answer["Identifiant"] == rid, "Âge"].iloc[0]) == age
        for rid, age in expected["âges"].items()
    )
    if ids == wanted and ages_ok:
        fraction += 0.25
    else:
        remarks.append(
            "Les identifiants doivent suivre l'ordre du fichier (ordre d'arrivée des réponses), "
            "de R0001 au dernier répondant, sans trier ni filtrer les lignes."
        )
    counts = answer["Département"].astype(str).value_counts().to_dict()
    want = expected["départements"]
    misplaced = sum(abs(counts.get(k, 0) - want.get(k, 0)) for k in set(counts) | set(want)) / 2
    if misplaced == 0:
        fraction += 0.3
    elif misplaced <= 0.05 * expected["lignes"]:
        fraction += 0.15
        remarks.append(
            "Quelques départements sont faux : relisez la règle de l'outre-mer (codes postaux "
            "commençant par 97)."
        )
    else:
        remarks.append("Les départements ne correspondent pas aux codes postaux : relisez la règle.")
    # Extra working columns added later (a « Segment » column...) are not held against it.
    kept = [c for c in answer.columns if c in expected["colonnes"]]
    if len(answer) == expected["lignes"] and kept == expected["colonnes"]:
        fraction += 0.2
    else:
        remarks.append(
            "Le tableau doit garder toutes les réponses et toutes les autres colonnes, dans l'ordre "
            "de l'export, avec « Identifiant » en tête et « Département » à la place du code postal."
        )
    return Outcome(fraction, remarks)


@cache
def _shipped_identifiers() -> dict[str, frozenset[str]]:
    """The values of the survey's identifying columns, as the shipped export holds them."""
    from cmcert_lib.bloc1.datasets import load_survey

    survey = load_survey()
    return {column: frozenset(survey[column].dropna().astype(str).str.strip().str.casefold())
            for column in IDENTIFYING}


def _identifying_columns(answer: pd.DataFrame) -> list[str]:
    """Columns that are, by name or by content, the survey's e-mail, first name or postcode."""
    shipped = _shipped_identifiers()
    found = []
    for column in answer.columns:
        if column in IDENTIFYING:
            found.append(str(column))
            continue
        values = answer[column].dropna()
        values = values[values.map(lambda v: isinstance(v, str))]
        if values.empty:
            continue
        keys = values.str.strip().str.casefold()
        if any(keys.isin(known).mean() >= IDENTIFYING_OVERLAP for known in shipped.values()):
            found.append(str(column))
    return found


# --- 2. segment sizes ----------------------------------------------------------------------


def _sizes(answer: Any) -> dict:
    return canonical_keys(rekeyed(as_mapping(answer, "tailles_segments"), _segment_label), SEGMENTS)


@visible("bloc1.cible_segments")
def check_segments(answer: Any) -> str:
    sizes = _sizes(answer)
    unknown = [k for k in sizes if k not in SEGMENTS]
    missing = [s for s in SEGMENTS if s not in sizes]
    if missing:
        hint = (f" Clé(s) non reconnue(s) : {', '.join('« ' + str(k) + ' »' for k in unknown[:3])} ; "
                f"les libellés s'écrivent {_labels_hint()}." if unknown else "")
        raise CheckFailed(f"Il manque {len(missing)} segment(s), dont « {missing[0]} ».{hint}")
    for key in SEGMENTS:
        value = sizes[key]
        expect(
            not isinstance(value, bool) and is_close(value, round(float(value))) and float(value) >= 0,
            f"L'effectif de « {key} » doit être un nombre entier de répondants.",
        )
    warning = (f" Attention : clé(s) en trop, qui ne sont pas des segments : "
               f"{', '.join('« ' + str(k) + ' »' for k in unknown[:3])} ; elles coûtent des points à la "
               "correction : ne gardez que les 12 segments." if unknown else "")
    return f"Les {len(SEGMENTS)} segments sont présents avec un effectif entier." + warning


@scorer("bloc1.cible_segments", form=(
    "un dictionnaire (ou une Series) {segment: effectif}, les segments écrits "
    "« tranche | statut » comme dans l'énoncé"))
def score_segments(answer: Any, expected: dict) -> Outcome:
    sizes = _sizes(answer)
    extra = [str(k) for k in sizes if k not in expected]
    wrong = [k for k, v in expected.items() if not is_close(sizes.get(k), v, rel=0, abs_=0.5)]
    remarks = []
    if sum(float(sizes[k]) for k in expected if k in sizes) != sum(expected.values()):
        remarks.append("La somme des effectifs n'est pas le nombre de répondants : chaque répondant "
                       "appartient à un et un seul segment.")
    if wrong:
        remarks.append(
            f"{len(expected) - len(wrong)} effectif(s) juste(s) sur {len(expected)} ; à revoir : "
            + ", ".join(wrong) + ". Vérifiez les bornes des tranches d'âge et le statut d'achat."
        )
    if extra:
        remarks.append(f"Clé(s) en trop : {', '.join(extra)} ; la réponse ne doit contenir que les 12 "
                       "segments (chaque clé en trop compte comme un effectif faux).")
    return Outcome((len(expected) - len(wrong)) / (len(expected) + len(extra)), remarks)


# --- 3. usages per segment -------------------------------------------------------------


def _usages(answer: Any) -> pd.DataFrame:
    if isinstance(answer, pd.DataFrame):
        answer = answer.copy()
        answer.index = [_segment_label(i) for i in answer.index]
        answer.columns = [canonical_label(c, [*NETWORKS, BUDGET]) for c in answer.columns]
    return as_frame(answer, "usages_segments", [*NETWORKS, BUDGET])


@visible("bloc1.cible_usages")
def check_usages(answer: Any) -> str:
    frame = _usages(answer)
    missing = [s for s in SEGMENTS if s not in frame.index]
    if missing:
        raise CheckFailed(
            "L'index de usages_segments doit être le libellé du segment "
            f"({_labels_hint()}) ; il manque « {missing[0]} »."
        )
    shares = frame[list(NETWORKS)].apply(pd.to_numeric, errors="coerce")
    expect(not shares.isna().any().any(), "Les parts par réseau doivent être des nombres (pas de NaN).")
    expect(
        bool(((shares >= 0) & (shares <= 1)).all().all()),
        "Les parts par réseau sont des fractions entre 0 et 1 (0,25 pour 25 %), pas des pourcentages.",
    )
    budget = pd.to_numeric(frame[BUDGET], errors="coerce")
    expect(not budget.isna().any(), f"La colonne « {BUDGET} » doit être renseignée pour chaque segment.")
    expect(bool((budget > 0).all()), f"La colonne « {BUDGET} » doit contenir des montants en euros positifs.")
    return "Tableau des usages au bon format : un segment par ligne, parts entre 0 et 1, budget médian."


@scorer("bloc1.cible_usages", form=(
    "un DataFrame avec un segment par ligne (en index), une colonne par réseau (part entre 0 et 1) "
    "et la colonne « Budget médian »"))
def score_usages(answer: pd.DataFrame, expected: dict) -> Outcome:
    answer = _usages(answer)
    shares_ok = shares_all = 0
    budgets_wrong = []
    for segment, row in expected.items():
        for network in NETWORKS:
            shares_all += 1
            shares_ok += is_close(answer.loc[segment, network], row[network], rel=0, abs_=0.006)
        if not is_close(answer.loc[segment, BUDGET], row[BUDGET], rel=0, abs_=0.01):
            budgets_wrong.append(segment)
    remarks = []
    if shares_ok < shares_all:
        remarks.append(
            f"{shares_ok} part(s) d'utilisation juste(s) sur {shares_all} : la part se calcule sur "
            "tous les répondants du segment (nombre de répondants qui cochent le réseau / effectif)."
        )
    if budgets_wrong:
        remarks.append(
            f"Budget médian à revoir pour {len(budgets_wrong)} segment(s) : la médiane des budgets "
            "renseignés, les réponses vides étant ignorées (pas la moyenne)."
        )
    budget_share = (len(expected) - len(budgets_wrong)) / len(expected)
    return Outcome(2 / 3 * shares_ok / shares_all + 1 / 3 * budget_share, remarks)


# --- 4. persona grounded in the data ---------------------------------------------------


def _card(answer: Any) -> dict:
    try:
        card = check_persona(answer)
    except PersonaError as exc:
        raise CheckFailed(str(exc)) from None
    if "segment" in card:
        card["segment"] = canonical_label(card["segment"], SEGMENTS)
    card["réseaux"] = [canonical_label(n, NETWORKS) for n in card["réseaux"]]
    return card


@visible("bloc1.cible_persona")
def check_persona_data(answer: Any) -> str:
    card = _card(answer)
    expect("segment" in card, f"Ajoutez au persona la clé « segment », {_labels_hint()}.")
    if card["segment"] not in SEGMENTS:
        raise CheckFailed(
            f"« {card['segment']} » n'est pas un des segments de l'étude ; {_labels_hint()}."
        )
    unknown = [n for n in card["réseaux"] if n not in NETWORKS]
    expect(
        not unknown,
        f"Réseau(x) hors questionnaire : {', '.join(unknown)}. Réseaux possibles : "
        f"{', '.join(NETWORKS)}.",
    )
    return "Persona complet, rattaché à un segment de l'étude."


@scorer("bloc1.cible_persona", form=(
    "un dictionnaire (la fiche persona) avec les clés de l'énoncé, dont « âge » (nombre entier), "
    "« réseaux » (liste de réseaux du questionnaire) et « segment » (un segment de l'étude)"))
def score_persona_data(answer: dict, expected: dict) -> Outcome:
    card = _card(answer)
    segment = card["segment"]
    low, high = AGE_BANDS[segment.split(" | ")[0]]
    remarks, fraction = [], 0.0
    if low <= card["âge"] <= high:
        fraction += 0.4
    else:
        remarks.append("L'âge du persona n'est pas dans la tranche de son segment.")
    used = set(expected["réseaux"][segment])
    grounded = [n for n in card["réseaux"] if n in used]
    fraction += 0.6 * len(grounded) / len(card["réseaux"])
    if len(grounded) < len(card["réseaux"]):
        remarks.append(
            "Certains réseaux du persona sont utilisés par moins de 40 % de son segment : "
            "appuyez-vous sur votre tableau des usages."
        )
    texts = _persona_texts(card)
    hollow = _hollow_texts(texts)
    if hollow:
        remarks.append(
            f"{len(hollow)} texte(s) de la fiche sur {len(texts)} ne disent rien du persona : texte de "
            "remplissage (« à définir »…) ou repris d'une autre rubrique. Une fiche fondée sur les "
            "données est d'abord une fiche remplie : les points de l'âge et des réseaux ne comptent "
            "qu'en proportion des textes réels."
        )
    return Outcome(fraction * (len(texts) - len(hollow)) / len(texts), remarks)


def _persona_texts(card: dict) -> list[str]:
    """The texts the candidate wrote on the card: name, job, quote, then every item of the list fields."""
    texts = [card[key] for key in PERSONA_TEXTS if key in card]
    for key in LIST_FIELDS:
        if key != "réseaux":
            texts.extend(card[key])
    return texts


def _hollow_texts(texts: list[str]) -> set[int]:
    """Positions of the texts that fill a place (a name only needs not to be a placeholder:
    « Lou Py » is a name) or repeat an earlier text of the card."""
    hollow = set(content.repeated(texts))
    for index, text in enumerate(texts):
        if content.is_placeholder(text) if index == 0 else content.is_filler(text, min_words=1):
            hollow.add(index)
    return hollow
