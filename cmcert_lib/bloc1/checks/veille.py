"""Checks of notebook 02's veille exercise (C1.2.3): sorting a corpus of dated news items.

The candidate decides, and the scorers judge the decisions by the candidate's own rules where a
professional could decide otherwise:

* ``bloc1.source_reliability``: {source type: « fiable » | « à recouper » | « non fiable »}
  for the five types of the export.  ``expected`` maps each type to the levels a professional
  can defend; a type with a single defensible level (the official channels, the unverified
  accounts) is an anchor: getting one wrong halves the score.
* ``bloc1.veille_selection``: {"fenetre_jours": days, "articles": [identifiers]}.  The window
  is the candidate's, within the range the statement gives; the kept set is scored against the
  items the hidden ``expected`` marks as worth keeping *and* published within that window, right
  minus wrong: ``expected = {"groupes": [[ids of one article]...], "neutres": [ids]}``.  One
  article collected twice is one group: keeping one of its copies is right, each further copy
  wrong.  Neutral items (secondary relays, an agency's blog) count neither way inside the
  window.  Everything else (rumours, off-topic items, an aggregator's copies, items older than
  the window) is wrong to keep.
* ``bloc1.hashtag_rule``: {"limite": number, "source": identifier}: the rule read from a kept
  item; ``expected = {"limite": 5, "sources": [ids that establish it reliably]}``.

The classification lives in the hidden tests only; the scorers read the items' dates from the
shipped export.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from datetime import timedelta
from functools import cache
from typing import Any

import pandas as pd

from cmcert_lib.checks.core import (
    Outcome,
    as_list,
    as_mapping,
    as_number,
    canonical_keys,
    canonical_label,
    expect,
    label_key,
    scorer,
    visible,
)
from cmcert_lib.facts import brand

LEVELS = ("fiable", "à recouper", "non fiable")
WINDOW_DAYS = (180, 730)  # the range the statement gives: six months to two years before the brief
WINDOW_CREDIT = 0.2
ANCHOR_PENALTY = 0.5
AGGREGATOR = "Agrégateur"

RELIABILITY_FORM = ("un dictionnaire {type de source: « fiable », « à recouper » ou « non fiable »} "
                    "pour les cinq types de source de l'export")
SELECTION_FORM = "un dictionnaire {\"fenetre_jours\": nombre de jours, \"articles\": liste d'identifiants}"
RULE_FORM = "un dictionnaire {\"limite\": nombre de hashtags, \"source\": identifiant de l'article}"


@cache
def corpus() -> pd.DataFrame:
    from cmcert_lib.bloc1.datasets import load_veille

    return load_veille().set_index("Identifiant")


def _source_types() -> tuple[str, ...]:
    from cmcert_lib.bloc1.datasets.veille import SOURCE_TYPES

    return SOURCE_TYPES


def _identifier(value: Any, what: str) -> int:
    """An item's identifier, as the export's integer or as its digits in a text."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    expect(not isinstance(value, bool) and isinstance(value, numbers.Real) and float(value).is_integer(),
           f"{what} : un identifiant est le nombre de la colonne « Identifiant », par exemple 412345 ; "
           f"vous avez donné {value!r}.")
    number = int(value)
    expect(number in corpus().index, f"{what} : l'identifiant {number} n'est pas dans l'export de veille.")
    return number


def _named(answer: Any, what: str, keys: tuple[str, ...]) -> dict[str, Any]:
    values = as_mapping(answer, what)
    found = {label_key(k).replace("_", " "): v for k, v in values.items() if isinstance(k, str)}
    wanted = {label_key(k).replace("_", " "): k for k in keys}
    missing = [k for key, k in wanted.items() if key not in found]
    expect(not missing, f"{what} doit avoir les clés {', '.join(f'« {k} »' for k in keys)} ; "
           f"il manque {', '.join(f'« {k} »' for k in missing)}.")
    return {k: found[key] for key, k in wanted.items() if key in found}


# --- reliability of each source type -------------------------------------------------------


def _levels(answer: Any) -> dict[str, str]:
    what = "fiabilite_sources"
    values = canonical_keys(as_mapping(answer, what), _source_types())
    missing = [t for t in _source_types() if t not in values]
    expect(not missing, f"{what} : il manque le ou les types {', '.join(f'« {t} »' for t in missing)} "
           "(colonne « Type de source » de l'export).")
    levels = {}
    for kind in _source_types():
        if kind in values:
            level = canonical_label(values[kind], LEVELS)
            expect(level in LEVELS, f"{what}[{kind!r}] : choisissez « fiable », « à recouper » ou "
                   f"« non fiable » ; vous avez donné {values[kind]!r}.")
            levels[kind] = level
    return levels


@visible("bloc1.source_reliability", form=RELIABILITY_FORM)
def check_source_reliability(answer: Any) -> str:
    levels = _levels(answer)
    return f"Un niveau de fiabilité pour chacun des {len(levels)} types de source."


@scorer("bloc1.source_reliability", form=RELIABILITY_FORM)
def score_source_reliability(answer: Any, expected: Mapping) -> Outcome:
    levels = _levels(answer)
    wrong = [kind for kind, allowed in expected.items() if levels[kind] not in allowed]
    fraction = 1 - len(wrong) / len(expected)
    remarks = []
    anchors = [kind for kind in wrong if len(expected[kind]) == 1]
    if anchors:
        fraction *= ANCHOR_PENALTY
        remarks.append(f"Niveau indéfendable pour : {', '.join(anchors)} (qui publie, qui vérifie, qui "
                       "répond de l'information ?).")
    others = [kind for kind in wrong if kind not in anchors]
    if others:
        remarks.append(f"Niveau à revoir pour : {', '.join(others)} (un blog ou un site qui recopie "
                       "ne se cite pas sans l'avoir recoupé).")
    return Outcome(fraction, remarks)


# --- the kept items --------------------------------------------------------------------------


def _selection(answer: Any) -> tuple[float, list[int]]:
    values = _named(answer, "selection_veille", ("fenetre_jours", "articles"))
    window = as_number(values["fenetre_jours"], "selection_veille[\"fenetre_jours\"]")
    kept = [_identifier(v, "selection_veille[\"articles\"]")
            for v in as_list(values["articles"], "selection_veille[\"articles\"]")]
    return window, kept


@visible("bloc1.veille_selection", form=SELECTION_FORM)
def check_veille_selection(answer: Any) -> str:
    window, kept = _selection(answer)
    low, high = WINDOW_DAYS
    expect(low <= window <= high, f"selection_veille[\"fenetre_jours\"] : choisissez une fenêtre de {low} à "
           f"{high} jours (six mois à deux ans avant le brief) ; vous avez donné {window:g}.")
    expect(len(set(kept)) == len(kept), "selection_veille[\"articles\"] : un identifiant est cité deux fois.")
    expect(bool(kept), "selection_veille[\"articles\"] est vide : une veille retient au moins une information.")
    return f"Une fenêtre de {window:g} jours et {len(kept)} article(s) retenu(s)."


def _within(identifier: int, window: float) -> bool:
    published = corpus().loc[identifier, "Date de publication"].date()
    return brand.BRIEF_DATE - timedelta(days=window) <= published <= brand.BRIEF_DATE


@scorer("bloc1.veille_selection", form=SELECTION_FORM)
def score_veille_selection(answer: Any, expected: Mapping) -> Outcome:
    window, kept = _selection(answer)
    low, high = WINDOW_DAYS
    in_range = low <= window <= high
    used = min(max(window, low), high)
    remarks = [] if in_range else [(f"Fenêtre hors de la plage demandée ({low} à {high} jours) : vos articles "
                                   f"sont jugés avec la borne la plus proche, {used:g} jours.")]
    groups = [[int(i) for i in group] for group in expected["groupes"]]
    due = [g for g in groups if _within(g[0], used)]
    neutral = {int(i) for i in expected["neutres"] if _within(int(i), used)}
    kept_set = set(kept)
    right = sum(1 for g in due if kept_set & set(g))
    copies = sum(max(0, len(kept_set & set(g)) - 1) for g in due)
    worth = {i for g in due for i in g} | neutral
    stale = [i for i in kept if i not in worth and any(i in g for g in groups)]
    other = [i for i in kept if i not in worth and i not in stale]
    wrong = copies + len(stale) + len(other)
    share = max(0, right - wrong) / len(due)
    if right < len(due):
        remarks.append(f"{len(due) - right} information(s) utile(s), fiable(s) et récente(s) au regard de votre "
                       "fenêtre manquent à votre sélection.")
    if copies:
        remarks.append(f"{copies} doublon(s) gardé(s) : un même article collecté par deux flux ne se garde "
                       "qu'une fois.")
    if stale:
        remarks.append(f"{len(stale)} article(s) publiés avant votre fenêtre : ils sont hors de la période "
                       "que vous avez choisie.")
    if other:
        aggregated = [i for i in other if corpus().loc[i, "Type de source"] == AGGREGATOR]
        remarks.append(f"{len(other)} article(s) à écarter gardé(s) : rumeur, hors sujet, trop ancien ou copie "
                       "d'un autre site" + (" (citez l'original plutôt que la copie d'un agrégateur)"
                                            if aggregated else "") + ".")
    return Outcome(WINDOW_CREDIT * in_range + (1 - WINDOW_CREDIT) * share, remarks)


# --- the hashtag rule, read from a kept item ----------------------------------------------


def _rule(answer: Any) -> tuple[float, int]:
    values = _named(answer, "regle_hashtags", ("limite", "source"))
    limit = as_number(values["limite"], "regle_hashtags[\"limite\"]")
    return limit, _identifier(values["source"], "regle_hashtags[\"source\"]")


@visible("bloc1.hashtag_rule", form=RULE_FORM)
def check_hashtag_rule(answer: Any) -> str:
    limit, source = _rule(answer)
    expect(limit >= 1 and float(limit).is_integer(),
           "regle_hashtags[\"limite\"] : un nombre entier de hashtags, par exemple 10.")
    return f"Une limite de {limit:g} hashtags, tirée de l'article {source}."


@scorer("bloc1.hashtag_rule", form=RULE_FORM)
def score_hashtag_rule(answer: Any, expected: Mapping) -> Outcome:
    limit, source = _rule(answer)
    fraction, remarks = 0.0, []
    if limit == expected["limite"]:
        fraction += 0.5
    else:
        remarks.append("Cette limite n'est pas la règle en vigueur : vérifiez qu'elle vient d'une source "
                       "fiable et qu'elle n'est ni périmée ni une rumeur.")
    sources = {int(i) for i in expected["sources"]}
    if source in sources:
        fraction += 0.5
    elif corpus().loc[source, "Type de source"] == AGGREGATOR and corpus().loc[source, "Titre"] in set(
            corpus().loc[sorted(sources), "Titre"]):
        fraction += 0.25
        remarks.append("Votre source recopie un autre article : citez l'original, qui répond de l'information.")
    else:
        remarks.append("L'article cité n'établit pas cette règle de façon fiable : citez l'annonce de la "
                       "plateforme ou un média spécialisé qui la rapporte.")
    return Outcome(fraction, remarks)
