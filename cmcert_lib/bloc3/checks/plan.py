"""Checks of Bloc 3's notebook 01, the communication plan (C3.1.1, C3.2.3, C3.2.4): the platform
scoring matrix, the SMART objectives, the POEM matrix and the KPIs of the actions."""

from __future__ import annotations

import math
import numbers
from typing import Any

import pandas as pd

from cmcert_lib.bloc3.plan import (
    ACCOUNTS,
    ACTIONS,
    ALL_PLATFORMS,
    CATEGORIES_POEM,
    GOALS,
    INDICATEURS,
    KPI_SOURCES,
    KPIS,
    LEVIERS,
    RESPONSE_TIME,
    RESPONSE_TIME_RANGE,
    SOURCES,
    bande_atteignable,
    in_period,
)
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_date,
    as_list,
    as_mapping,
    canonical_keys,
    canonical_label,
    expect,
    label_key,
    rounding_tolerance,
    scorer,
    visible,
)
from cmcert_lib.facts.platforms import NETWORKS

MAX_ROWS = 200
SLACK = 0.005  # the band's ends, from a growth rounded to 4 decimals in the hidden test


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    return float(value) if math.isfinite(value) else None


def _records(answer: Any, what: str) -> list[dict]:
    """A table as a list of rows (dicts with their keys as label keys): a DataFrame, a list of dicts."""
    frame = isinstance(answer, pd.DataFrame)
    rows = answer.head(MAX_ROWS + 1).to_dict("records") if frame else as_list(answer, what)
    expect(len(rows) <= MAX_ROWS, f"{what} compte trop de lignes (plus de {MAX_ROWS}).")
    result = []
    for row in rows:
        if not isinstance(row, dict):
            raise CheckFailed(f"Chaque ligne de {what} est un dictionnaire (ou une ligne d'un tableau pandas).")
        result.append({label_key(k).replace("_", " "): v for k, v in list(row.items())[:20]})
    return result


# --- 1.1 the scoring matrix ------------------------------------------------------------------------

FORM_SCORES = "un dictionnaire {réseau: score pondéré sur 100}, arrondi au dixième"


def _scores(answer: Any) -> dict:
    mapping = as_mapping(answer, "scores_plateformes")
    expect(len(mapping) <= 50, "scores_plateformes a trop de clés : une par réseau du baromètre.")
    return canonical_keys(dict(list(mapping.items())[:50]), NETWORKS)


@visible("bloc3.plan_matrice", form=FORM_SCORES)
def check_matrix(answer: Any) -> str:
    scores = _scores(answer)
    expect(scores, "scores_plateformes est vide : notez les huit réseaux du baromètre.")
    unknown = [str(k) for k in scores if k not in NETWORKS]
    expect(not unknown, f"Réseau inconnu « {unknown[0] if unknown else ''} » : écrivez les réseaux comme dans "
                        "la colonne « Réseau » du baromètre.")
    for network, value in scores.items():
        number = _number(value)
        expect(number is not None and 0 <= number <= 100,
               f"Le score de « {network} » doit être un nombre entre 0 et 100 (la note pondérée).")
    missing = [n for n in NETWORKS if n not in scores]
    if missing:
        return "Attention, réseau(x) sans score : " + ", ".join(missing) + " ; les huit réseaux sont attendus."
    return f"{len(NETWORKS)} réseaux notés entre 0 et 100."


@scorer("bloc3.plan_matrice", form=FORM_SCORES, decimals=1)
def score_matrix(answer: Any, expected: dict) -> Outcome:
    """Each network's weighted score, to the tenth: an equal share per network."""
    scores = _scores(answer)
    tolerance = rounding_tolerance(1)
    wrong = []
    for network, wanted in expected.items():
        value = _number(scores.get(network))
        if value is None or abs(value - wanted) > tolerance:
            wrong.append(network)
    remarks = []
    missing = [n for n in wrong if n not in scores]
    if missing:
        remarks.append("Réseau(x) du baromètre sans score : " + ", ".join(missing) + ". Notez les huit réseaux.")
    if len(wrong) > len(missing):
        remarks.append(f"{len(wrong) - len(missing)} score(s) faux : "
                       + ", ".join(n for n in wrong if n in scores) + ". Ramenez chaque critère à 100 pour "
                       "le meilleur réseau (le moins cher pour le coût), puis pondérez par les poids de l'énoncé.")
    return Outcome((len(expected) - len(wrong)) / len(expected), remarks)


# --- 1.2 SMART objectives --------------------------------------------------------------------------

FORM_OBJECTIVES = ("une liste d'objectifs (dictionnaires ou lignes d'un tableau) avec les clés but, "
                   "indicateur, plateforme, depart, cible, echeance")
_FIELDS = ("but", "indicateur", "plateforme", "depart", "cible", "echeance")
_PLATFORMS = (*ACCOUNTS, ALL_PLATFORMS)


def _field(row: dict, name: str) -> Any:
    return row.get(name, row.get(label_key(name)))


def _objectives(answer: Any) -> list[dict]:
    rows = _records(answer, "objectifs")
    result = []
    for row in rows:
        result.append({
            "but": canonical_label(_field(row, "but"), GOALS),
            "indicateur": canonical_label(_field(row, "indicateur"), INDICATEURS),
            "plateforme": canonical_label(_field(row, "plateforme"), _PLATFORMS),
            "depart": _number(_field(row, "depart")),
            "cible": _number(_field(row, "cible")),
            "echeance": _field(row, "echeance"),
        })
    return result


@visible("bloc3.plan_objectifs", form=FORM_OBJECTIVES)
def check_objectives(answer: Any) -> str:
    rows = _records(answer, "objectifs")
    expect(rows, "objectifs est vide : un objectif au moins pour chacun des cinq buts du brief.")
    for i, row in enumerate(rows, start=1):
        missing = [f for f in _FIELDS if f not in row]
        expect(not missing, f"L'objectif n° {i} n'a pas la ou les clés : " + ", ".join(missing) + ".")
    objectives = _objectives(answer)
    for i, objective in enumerate(objectives, start=1):
        expect(objective["but"] in GOALS, f"Le but de l'objectif n° {i} n'est pas un des buts de GOALS.")
        expect(objective["indicateur"] in INDICATEURS,
               f"L'indicateur de l'objectif n° {i} n'est pas un des indicateurs de INDICATEURS.")
        expect(objective["depart"] is not None and objective["cible"] is not None,
               f"Le départ et la cible de l'objectif n° {i} sont des nombres.")
        as_date(objective["echeance"], f"L'échéance de l'objectif n° {i}")
    notes = []
    odd = [str(i) for i, o in enumerate(objectives, start=1) if o["plateforme"] not in _PLATFORMS]
    if odd:
        notes.append(f"Attention, la plateforme des objectifs n° {', '.join(odd)} n'est pas un compte de la "
                     f"marque ({', '.join(ACCOUNTS)}) ni « {ALL_PLATFORMS} » : rien ne la mesure.")
    goals = {o["but"] for o in objectives}
    if goals != set(GOALS):
        notes.append("Attention, aucun objectif pour le ou les buts : "
                     + ", ".join(g for g in GOALS if g not in goals) + ".")
    return " ".join(notes) or f"{len(objectives)} objectif(s) couvrant les cinq buts du brief."


def _letters(objective: dict, expected: dict) -> dict[str, bool]:
    """The SMART letters of one objective that code can check."""
    indicator, platform = objective["indicateur"], objective["plateforme"]
    key = f"{indicator}|{platform}"
    base = expected["bases"].get(key) if isinstance(indicator, str) and isinstance(platform, str) else None
    specific = base is not None
    start, target = objective["depart"], objective["cible"]
    measurable = (specific and start is not None and target is not None
                  and math.isclose(start, base, rel_tol=0.02, abs_tol=0.5) and target != start)
    if indicator == RESPONSE_TIME:
        low, high = RESPONSE_TIME_RANGE
    else:
        low, high = bande_atteignable(base, expected["croissances"].get(key, math.nan)) if specific else (0, -1)
    reachable = measurable and low * (1 - SLACK) <= target <= high * (1 + SLACK)
    relevant = indicator in INDICATEURS and INDICATEURS[indicator][0] == objective["but"]
    try:
        timed = in_period(as_date(objective["echeance"], "echeance"))
    except CheckFailed:
        timed = False
    return {"S": specific, "M": measurable, "A": reachable, "R": relevant, "T": timed}


# The letters' weights: the data work (the start read in the export, a target in the band) weighs more
# than what the statement's lists give away (an indicator of the list, its goal, a date in the period).
WEIGHTS = {"S": 0.1, "M": 0.3, "A": 0.3, "R": 0.15, "T": 0.15}


def _worth(letters: dict[str, bool]) -> float:
    return sum(WEIGHTS[letter] for letter, ok in letters.items() if ok)


_LETTER_HINTS = {
    "S": "indicateur et plateforme de la liste, mesurés dans l'export",
    "M": "valeur de départ lue dans les données (avril 2027, ou le brief) et cible chiffrée",
    "A": "cible dans la bande ambitieuse et atteignable de l'énoncé",
    "R": "indicateur qui mesure le but annoncé",
    "T": "échéance dans la période du dispositif",
}


@scorer("bloc3.plan_objectifs", form=FORM_OBJECTIVES)
def score_objectives(answer: Any, expected: dict) -> Outcome:
    """Per goal of the brief, its best objective's weighted SMART letters (:data:`WEIGHTS`); the mean
    over the goals."""
    objectives = _objectives(answer)
    best: dict[str, dict[str, bool]] = {}
    for objective in objectives:
        goal = objective["but"]
        if goal not in GOALS:
            continue
        letters = _letters(objective, expected)
        if goal not in best or _worth(letters) > _worth(best[goal]):
            best[goal] = letters
    earned = sum(_worth(best[g]) for g in best) / len(GOALS)
    remarks = []
    missing = [g for g in GOALS if g not in best]
    if missing:
        remarks.append("Aucun objectif pour le ou les buts : " + ", ".join(missing) + ".")
    for letter, hint in _LETTER_HINTS.items():
        failed = [g for g, letters in best.items() if not letters[letter]]
        if failed:
            remarks.append(f"{letter} manque pour {', '.join(failed)} : {hint}.")
    return Outcome(earned, remarks)


# --- 2.1 the POEM matrix ---------------------------------------------------------------------------

FORM_POEM = "un dictionnaire {levier: « paid », « owned » ou « earned »}"
_CATEGORY_NAMES = {"paid": "paid", "paye": "paid", "payé": "paid", "paid media": "paid", "owned": "owned",
                   "possede": "owned", "owned media": "owned", "earned": "earned", "gagne": "earned",
                   "earned media": "earned"}


def _category(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    key = label_key(value).replace("media", "").replace("médias", "").strip()
    return _CATEGORY_NAMES.get(key, _CATEGORY_NAMES.get(label_key(value), value))


def _poem(answer: Any) -> dict:
    if isinstance(answer, pd.DataFrame) and answer.shape[1] == 2:
        answer = dict(zip(answer.iloc[:, 0], answer.iloc[:, 1], strict=True))
    mapping = as_mapping(answer, "matrice_poem")
    expect(len(mapping) <= 100, "matrice_poem a trop de clés : une par levier de la liste.")
    mapping = canonical_keys(dict(list(mapping.items())[:100]), LEVIERS)
    return {k: _category(v) for k, v in mapping.items()}


@visible("bloc3.plan_poem", form=FORM_POEM)
def check_poem(answer: Any) -> str:
    poem = _poem(answer)
    expect(poem, "matrice_poem est vide : classez les quinze leviers de LEVIERS.")
    odd = [str(k) for k, v in poem.items() if v not in CATEGORIES_POEM]
    expect(not odd, f"La catégorie de « {odd[0] if odd else ''} » doit être « paid », « owned » ou « earned ».")
    missing = [lever for lever in LEVIERS if lever not in poem]
    if missing:
        return (f"Attention, {len(missing)} levier(s) de la liste ne sont pas classés, par exemple "
                f"« {missing[0]} » (écrivez-les comme dans LEVIERS).")
    return f"{len(LEVIERS)} leviers classés."


@scorer("bloc3.plan_poem", form=FORM_POEM)
def score_poem(answer: Any, expected: dict) -> Outcome:
    """An equal share per lever classified right."""
    poem = _poem(answer)
    right = sum(1 for lever, category in expected.items() if poem.get(lever) == category)
    remarks = []
    if right < len(expected):
        remarks.append(f"{right} levier(s) bien classé(s) sur {len(expected)} : payé (achat d'espace ou "
                       "rémunération), possédé (l'espace que la marque contrôle), gagné (ce que d'autres "
                       "disent ou publient sans être payés).")
    return Outcome(right / len(expected), remarks)


# --- 2.2 the KPIs of the actions -------------------------------------------------------------------

FORM_KPI = "un tableau (ou une liste de dictionnaires) avec les colonnes action, kpi, source"


def _source(value: Any) -> Any:
    """A source's code from its code or its full label."""
    if not isinstance(value, str):
        return value
    for code, label in SOURCES.items():
        if label_key(value) in (label_key(code), label_key(label)):
            return code
    return value


def _kpi_rows(answer: Any) -> list[dict]:
    rows = _records(answer, "kpi_actions")
    return [{"action": canonical_label(_field(r, "action"), ACTIONS),
             "kpi": canonical_label(_field(r, "kpi"), KPIS),
             "source": _source(_field(r, "source"))} for r in rows]


@visible("bloc3.plan_kpi", form=FORM_KPI)
def check_kpi(answer: Any) -> str:
    rows = _kpi_rows(answer)
    expect(rows, "kpi_actions est vide : une ligne au moins par action de ACTIONS.")
    for row in rows:
        expect(row["kpi"] in KPIS, f"KPI inconnu pour « {row['action']} » : prenez un nom du catalogue KPIS.")
        expect(row["source"] in SOURCES,
               f"Source inconnue pour « {row['action']} » : prenez un code (ou un libellé) de SOURCES.")
    actions = {r["action"] for r in rows}
    missing = [a for a in ACTIONS if a not in actions]
    if missing:
        return (f"Attention, {len(missing)} action(s) sans KPI, par exemple « {missing[0]} » (écrivez les "
                "actions comme dans ACTIONS).")
    return f"{len(rows)} ligne(s), les {len(ACTIONS)} actions ont un KPI."


@scorer("bloc3.plan_kpi", form=FORM_KPI)
def score_kpi(answer: Any, expected: dict) -> Outcome:
    """Per action, its best row: half for a KPI that measures what the action is for, half for a platform
    statistic that really reports that KPI."""
    rows = _kpi_rows(answer)
    actions = list(expected.get("actions", ACTIONS))
    best: dict[str, float] = {}
    for row in rows:
        action = row["action"]
        if action not in ACTIONS:
            continue
        points = 0.0
        if row["kpi"] in ACTIONS[action]:
            points = 0.5 + (0.5 if row["source"] in KPI_SOURCES.get(row["kpi"], ()) else 0.0)
        best[action] = max(best.get(action, 0.0), points)
    earned = sum(best.get(a, 0.0) for a in actions) / len(actions)
    remarks = []
    wrong_kpi = [a for a in actions if best.get(a, 0.0) == 0]
    wrong_source = [a for a in actions if best.get(a, 0.0) == 0.5]
    if wrong_kpi:
        remarks.append(f"{len(wrong_kpi)} action(s) sans KPI qui mesure son but : " + " ; ".join(wrong_kpi) + ".")
    if wrong_source:
        remarks.append(f"{len(wrong_source)} KPI lu(s) dans un outil qui ne le donne pas : "
                       + " ; ".join(wrong_source) + ".")
    return Outcome(earned, remarks)
