"""Checks of notebook 01 (reading the brief, C1.1.1): SMART objectives and the budget split.

``bloc1.brief_smart``: a list of objectives, each a dict with the keys
``objectif`` (text), ``indicateur`` (one of :data:`cmcert_lib.bloc1.brief.INDICATOR_NAMES`),
``cible`` (the level aimed at, a number), ``unite`` and ``echeance`` (ISO date
inside the project period).  The visible check enforces that shape; the scorer
gives credit per SMART property, with the hidden expected literal::

    {"debut": "2027-01-04", "fin": "2027-06-30", "min_objectifs": 3, "mots_min": 8,
     "indicateurs": {<name>: {"unite": ..., "attente": ..., "min": ..., "progression_min": ...,
                              "max": ...}}}

where ``min`` is the brief's starting point and a target is attainable when
``progression_min <= cible <= max``: a meaningful progress from the starting
point (one follower more is no objective), not beyond what six months allow.
Without ``progression_min``, any target above the starting point progresses
(``min < cible <= max``).

The wording (S) is specific when it has ``mots_min`` words, is no filler
(:func:`cmcert_lib.checks.content.is_filler`) and is not the text of another
objective: a copy of an earlier objective on the same indicator loses S (a
duplicate costs that copy only); one sentence used for objectives on different
indicators is specific to none of them, and all its copies lose S.  Only
objectives with a wording of their own cover an expectation of the brief (R).

``bloc1.brief_budget``: ``{"total_ht", "tva", "total_ttc", "postes_ht": {item: amount}}``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date
from itertools import combinations
from typing import Any

from cmcert_lib.bloc1.brief import BUDGET_ITEMS, INDICATOR_NAMES, date_fr
from cmcert_lib.checks import content
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_date,
    as_list,
    as_mapping,
    as_number,
    as_text,
    canonical_keys,
    expect,
    is_close,
    label_key,
    scorer,
    share_of_close_values,
    visible,
)
from cmcert_lib.facts import brand

SMART_KEYS = ("objectif", "indicateur", "cible", "unite", "echeance")
BUDGET_KEYS = ("total_ht", "tva", "total_ttc", "postes_ht")
EURO_TOLERANCE = 0.5  # amounts rounded to the euro are right

# Share of the SMART mark given per objective (S, M, A, T) and to the set (R).
PER_OBJECTIVE_WEIGHT = 0.8
RELEVANCE_WEIGHT = 0.2
BUDGET_WEIGHTS = {"total_ht": 0.1, "tva": 0.3, "total_ttc": 0.2, "postes_ht": 0.4}


def _norm(text: Any) -> str:
    return label_key(text)


_PER = re.compile(r"\s*/\s*")
_PERCENT = re.compile(r"\b(?:pour ?cents?|pourcentages?)\b")


def _unit(text: Any) -> str:
    """A unit's comparison key: « commandes/mois » is « commandes par mois », « pourcent » is « % »."""
    key = _PERCENT.sub("%", _norm(text))
    return " ".join(_PER.sub(" par ", key).split())


def _unspecific(objectives: list[dict]) -> set[int]:
    """Positions of the objectives whose wording is filler or the text of another objective.

    A copy of an earlier objective on the same indicator is a duplicate: only the copy counts as
    unspecific.  One sentence for objectives on different indicators says what none of them aims at.
    """
    texts = [str(obj["objectif"]) for obj in objectives]
    names = [_norm(_indicator(obj["indicateur"]) or obj["indicateur"]) for obj in objectives]
    flagged = {i for i, text in enumerate(texts) if content.is_filler(text)}
    flagged |= content.repeated(texts)
    for i, j in combinations(range(len(texts)), 2):
        if names[i] != names[j] and content.overlap(texts[i], texts[j]) >= content.SAME_TEXT_OVERLAP:
            flagged |= {i, j}
    return flagged


def _iso_date(value: Any, what: str) -> date:
    return as_date(value, what)


def _indicator(name: Any) -> str | None:
    wanted = _norm(name)
    for known in INDICATOR_NAMES:
        if _norm(known) == wanted:
            return known
    return None


def _objectives(answer: Any) -> list[dict]:
    items = as_list(answer, "objectifs_smart")
    expect(items, "objectifs_smart est vide : écrivez vos objectifs, un dictionnaire par objectif.")
    objectives = []
    for number, item in enumerate(items, start=1):
        what = f"L'objectif n° {number}"
        expect(
            isinstance(item, Mapping),
            f"{what} doit être un dictionnaire {{\"objectif\": ..., \"indicateur\": ..., "
            f"\"cible\": ..., \"unite\": ..., \"echeance\": ...}} ; "
            f"vous avez donné un objet de type {type(item).__name__}.",
        )
        missing = [k for k in SMART_KEYS if k not in item]
        expect(not missing, f"{what} : clé(s) manquante(s) {', '.join(missing)}.")
        objectives.append(dict(item))
    return objectives


@visible("bloc1.brief_smart")
def check_smart(answer: Any) -> str:
    objectives = _objectives(answer)
    start, end = brand.PROJECT_START, brand.PROJECT_END
    for number, obj in enumerate(objectives, start=1):
        what = f"L'objectif n° {number}"
        as_text(obj["objectif"], f"{what} (clé « objectif »)", min_words=3)
        expect(
            _indicator(obj["indicateur"]) is not None,
            f"{what} : l'indicateur {obj['indicateur']!r} n'est pas dans la liste de l'énoncé "
            "(copiez son nom depuis le tableau des indicateurs).",
        )
        as_number(obj["cible"], f"{what} : la cible")
        unit = obj["unite"]
        expect(
            isinstance(unit, str) and unit.strip() != "",
            f"{what} : l'unité (clé « unite ») doit être un texte non vide, par exemple \"%\".",
        )
        deadline = _iso_date(obj["echeance"], f"{what} : l'échéance")
        expect(
            start <= deadline <= end,
            f"{what} : l'échéance {date_fr(deadline)} tombe hors de la période du projet "
            f"(du {date_fr(start)} au {date_fr(end)}).",
        )
    plural = "s" if len(objectives) > 1 else ""
    return (
        f"{len(objectives)} objectif{plural} bien formé{plural} (indicateur de la liste, cible "
        "chiffrée, échéance dans la période). Leur précision, leur réalisme et leur couverture "
        "des attentes du brief seront évalués à la correction."
    )


@scorer("bloc1.brief_smart", form=(
    "une liste de dictionnaires, un par objectif, avec les clés « objectif » (texte), « indicateur » "
    "(un nom du tableau des indicateurs), « cible » (nombre), « unite » (texte) et « echeance » "
    "(date « AAAA-MM-JJ »)"))
def score_smart(answer: Any, expected: Mapping) -> Outcome:
    objectives = _objectives(answer)
    indicators = {_norm(k): v for k, v in expected["indicateurs"].items()}
    start = date.fromisoformat(expected["debut"])
    end = date.fromisoformat(expected["fin"])
    minimum = int(expected["min_objectifs"])
    remarks: list[str] = []
    met = 0
    covered = set()
    unspecific = _unspecific(objectives)
    for number, obj in enumerate(objectives, start=1):
        spec = indicators.get(_norm(_indicator(obj["indicateur"]) or obj["indicateur"]), {})
        flaws = []
        words = len(str(obj["objectif"]).split())
        if number - 1 in unspecific:
            flaws.append("formulation de remplissage, ou reprise d'un autre objectif : donnez à chaque "
                         "objectif une phrase qui lui est propre et dit ce qui est visé, pour qui, où (S)")
        elif words < int(expected["mots_min"]):
            flaws.append("formulation trop vague : dites ce qui est visé, pour qui, où (S)")
        else:
            met += 1
        if spec and number - 1 not in unspecific:
            covered.add(spec["attente"])
        if spec and _unit(obj["unite"]) == _unit(spec["unite"]):
            met += 1
        else:
            flaws.append("l'unité ne correspond pas à l'indicateur choisi (M)")
        reached, flaw = _attainable(obj["cible"], spec)
        met += reached
        if flaw:
            flaws.append(flaw)
        try:
            on_time = start <= _iso_date(obj["echeance"], "échéance") <= end
        except CheckFailed:
            on_time = False
        if on_time:
            met += 1
        else:
            flaws.append("échéance hors de la période du projet (T)")
        if flaws:
            remarks.append(f"Objectif n° {number} : " + " ; ".join(flaws) + ".")
    if len(objectives) < minimum:
        remarks.append(
            f"Vous proposez {len(objectives)} objectif(s) ; l'énoncé en demande au moins "
            f"{minimum}."
        )
    expectations = {spec["attente"] for spec in expected["indicateurs"].values()}
    missing = len(expectations - covered)
    if missing:
        remarks.append(
            f"Vos objectifs laissent {missing} attente(s) du brief sans objectif qui la serve (R) : "
            "relisez la section « Ce que nous attendons »"
            + (" ; un objectif sans formulation qui lui soit propre ne couvre aucune attente."
               if unspecific else ".")
        )
    per_objective = met / (4 * max(len(objectives), minimum))
    relevance = len(covered & expectations) / len(expectations)
    fraction = PER_OBJECTIVE_WEIGHT * per_objective + RELEVANCE_WEIGHT * relevance
    return Outcome(fraction, remarks)


def _attainable(target: Any, spec: Mapping) -> tuple[int, str]:
    """(1, "") for a target that progresses meaningfully and stays reachable, else (0, the French flaw)."""
    try:
        value = float(target)
    except (TypeError, ValueError):
        value = math.nan
    if not spec or math.isnan(value):
        return 0, "cible à revoir : un nombre, le niveau visé pour l'indicateur choisi (A)"
    if value <= spec["min"]:
        return 0, ("cible qui ne progresse pas : elle doit dépasser la situation de départ du brief (A)")
    if value < spec.get("progression_min", value):
        return 0, ("cible trop timide : elle progresse à peine par rapport à la situation de départ du "
                   "brief ; visez une progression nette en six mois (A)")
    if value > spec["max"]:
        return 0, "cible trop ambitieuse : elle dépasse ce que six mois permettent (A)"
    return 1, ""


def _budget(answer: Any) -> dict:
    return canonical_keys(as_mapping(answer, "budget"), BUDGET_KEYS)


def _items(budget: dict) -> dict:
    return canonical_keys(as_mapping(budget["postes_ht"], "budget[\"postes_ht\"]"), BUDGET_ITEMS)


@visible("bloc1.brief_budget")
def check_budget(answer: Any) -> str:
    budget = _budget(answer)
    missing = [k for k in BUDGET_KEYS if k not in budget]
    expect(not missing, f"budget : clé(s) manquante(s) {', '.join(missing)}.")
    for key in ("total_ht", "tva", "total_ttc"):
        expect(as_number(budget[key], f"budget[\"{key}\"]") >= 0,
               f"budget[\"{key}\"] doit être un montant positif.")
    items = _items(budget)
    absent = [k for k in BUDGET_ITEMS if k not in items]
    unknown = [str(k) for k in items if k not in BUDGET_ITEMS]
    expect(
        not absent and not unknown,
        "budget[\"postes_ht\"] doit avoir exactement les postes du brief : "
        + ", ".join(f"« {k} »" for k in BUDGET_ITEMS)
        + (f". Manquant(s) : {', '.join(absent)}" if absent else "")
        + (f". Inconnu(s) : {', '.join(unknown)}" if unknown else "")
        + ".",
    )
    for name, amount in items.items():
        expect(as_number(amount, f"Le poste « {name} »") >= 0,
               f"Le poste « {name} » doit être un montant positif.")
    return "Budget bien structuré : totaux HT, TVA, TTC et les quatre postes en euros HT."


@scorer("bloc1.brief_budget", form=(
    "un dictionnaire {\"total_ht\": nombre, \"tva\": nombre, \"total_ttc\": nombre, "
    "\"postes_ht\": {poste du brief: montant en euros}}"))
def score_budget(answer: Any, expected: Mapping) -> Outcome:
    budget = _budget(answer)
    remarks: list[str] = []
    fraction = 0.0
    labels = {"total_ht": "Le total HT", "tva": "La TVA", "total_ttc": "Le total TTC"}
    for key, label in labels.items():
        if is_close(budget[key], expected[key], rel=1e-6, abs_=EURO_TOLERANCE):
            fraction += BUDGET_WEIGHTS[key]
        else:
            remarks.append(f"{label} est à revoir.")
    items = _items(budget)
    share, item_remarks = share_of_close_values(
        items, expected["postes_ht"], rel=1e-6, abs_=EURO_TOLERANCE
    )
    fraction += BUDGET_WEIGHTS["postes_ht"] * share
    remarks += [f"Postes : {r}" for r in item_remarks]
    total = sum(float(v) for v in items.values())
    if not is_close(total, float(budget["total_ht"]), rel=1e-6, abs_=EURO_TOLERANCE):
        remarks.append("La somme de vos postes ne fait pas votre total HT.")
    return Outcome(fraction, remarks)
