"""Checks of Bloc 2's notebook 02, SEO (C2.2.2, C2.2.3): the ranked keywords, the volume by intent, the
candidate's title, description and slug, the audit of the intern's draft."""

from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from cmcert_lib.bloc2.seo import DEFAUTS, description_problems, slug_problems, title_problems
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_list,
    as_mapping,
    canonical_label,
    expect,
    label_key,
    scorer,
    visible,
)
from cmcert_lib.facts.seo import INTENTS

MAX_ITEMS = 1_000
MAX_TEXT = 2_000
KEYWORD_COLUMNS = ("Keyword", "Mot-clé", "Mot clé", "mot_cle", "keyword")


# --- 1.1 the ranked keywords ---------------------------------------------------------------------

def _keyword_key(text: str) -> str:
    """A keyword compared without case or extra spaces, accents kept: « shampoing bebe bio » and
    « shampoing bébé bio » are two rows of the export, two different searches."""
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def _keywords(answer: Any) -> list[str]:
    """The keywords of the answer, in its order: a list, a Series, or a table with a keyword column."""
    if isinstance(answer, pd.DataFrame) and answer.shape[1] > 1:
        columns = [c for c in answer.columns if any(label_key(c) == label_key(k) for k in KEYWORD_COLUMNS)]
        if not columns:
            raise CheckFailed("mots_cles_retenus est un tableau sans colonne « Keyword » : donnez la liste "
                              "des mots-clés, ou le tableau avec sa colonne « Keyword ».")
        answer = answer[columns[0]]
    items = as_list(answer, "mots_cles_retenus")
    expect(len(items) <= MAX_ITEMS, f"mots_cles_retenus compte plus de {MAX_ITEMS} éléments.")
    for item in items[:MAX_ITEMS]:
        if not isinstance(item, str):
            raise CheckFailed("Chaque élément de mots_cles_retenus est un mot-clé écrit comme dans l'export "
                              f"(un texte) ; trouvé : {type(item).__name__}.")
    return [_keyword_key(item) for item in items[:MAX_ITEMS]]


@visible("bloc2.seo_mots_cles", form="une liste de mots-clés (textes), du plus prioritaire au moins prioritaire")
def check_keywords(answer: Any) -> str:
    keys = _keywords(answer)
    expect(keys, "mots_cles_retenus est vide : gardez les mots-clés qui passent les filtres de l'énoncé.")
    expect(len(set(keys)) == len(keys), "Un mot-clé figure deux fois dans mots_cles_retenus.")
    return f"{len(keys)} mot(s)-clé(s), sans doublon."


def _order(given: list[str], wanted: list[str]) -> float:
    """The share of the common keywords at their place: both lists reduced to the keywords they share,
    compared rank by rank (a keyword missing or in excess does not shift the others)."""
    mine = [k for k in given if k in wanted]
    theirs = [k for k in wanted if k in set(mine)]
    if not mine:
        return 0.0
    return sum(1 for a, b in zip(mine, theirs, strict=True) if a == b) / len(mine)


@scorer("bloc2.seo_mots_cles", form="une liste de mots-clés (textes), du plus prioritaire au moins prioritaire")
def score_keywords(answer: Any, expected: list) -> Outcome:
    """Half the points for the right set (F1 of precision and recall), half for the order (the share of
    the common keywords at their place), the order's half weighed by the set's score."""
    given = list(dict.fromkeys(_keywords(answer)))
    wanted = [_keyword_key(k) for k in expected]
    common = set(given) & set(wanted)
    precision = len(common) / len(given) if given else 0.0
    recall = len(common) / len(wanted)
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    order = _order(given, wanted)
    remarks = []
    if recall < 1:
        remarks.append(f"{len(wanted) - len(common)} mot(s)-clé(s) qui passent les filtres manquent : relisez "
                       "les règles de pertinence (orthographes, accents), de volume et de difficulté.")
    if precision < 1:
        remarks.append(f"{len(given) - len(common)} mot(s)-clé(s) retenu(s) ne passent pas les filtres "
                       "(hors sujet, marque, volume trop faible, difficulté trop forte ou inconnue).")
    if order < 1 and common:
        remarks.append("L'ordre ne suit pas le score de priorité : classez par score décroissant "
                       "(Volume × (100 − difficulté) / 100), à égalité par ordre alphabétique.")
    return Outcome(f1 * (0.5 + 0.5 * order), remarks)


# --- 1.2 the volume by intent --------------------------------------------------------------------

_FRENCH_INTENTS = list(INTENTS.values())


def _intent_key(key: Any) -> Any:
    """An intent's French name from its French or English name (case and accents aside)."""
    if isinstance(key, str):
        for english, french in INTENTS.items():
            if label_key(key) in (label_key(english), label_key(french)):
                return french
    return key


def _volumes(answer: Any) -> dict:
    mapping = as_mapping(answer, "volume_par_intention")
    expect(len(mapping) <= 20, "volume_par_intention a trop de clés : une par intention.")
    result: dict = {}
    for key, value in list(mapping.items())[:20]:
        name = _intent_key(key)
        if name in result:
            raise CheckFailed(f"L'intention « {name} » figure deux fois dans volume_par_intention.")
        result[name] = value
    return result


@visible("bloc2.seo_intentions", form="un dictionnaire {intention: volume total}, intentions en français")
def check_intents(answer: Any) -> str:
    volumes = _volumes(answer)
    unknown = [str(k) for k in volumes if k not in _FRENCH_INTENTS]
    expect(not unknown, f"Intention inconnue « {unknown[0] if unknown else ''} » : les intentions sont "
                        f"{', '.join(_FRENCH_INTENTS)}.")
    for key, value in volumes.items():
        ok = not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value) and value >= 0
        expect(ok, f"Le volume de « {key} » doit être un nombre positif ou nul (somme des volumes mensuels).")
    return f"Volumes de {len(volumes)} intention(s)."


@scorer("bloc2.seo_intentions", form="un dictionnaire {intention: volume total}, intentions en français")
def score_intents(answer: Any, expected: dict) -> Outcome:
    """Each intent's total is right or not (exact: volumes are whole numbers); a missing intent counts 0."""
    volumes = _volumes(answer)
    wrong = []
    for intent, total in expected.items():
        value = volumes.get(intent, 0)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isclose(value, total,
                                                                                               abs_tol=0.5):
            wrong.append(intent)
    remarks = []
    if wrong:
        remarks.append(f"{len(expected) - len(wrong)} total(aux) juste(s) sur {len(expected)} ; à revoir : "
                       + ", ".join(wrong) + ". Additionnez les volumes des seuls mots-clés retenus, chacun "
                       "dans son intention principale (la première citée).")
    return Outcome((len(expected) - len(wrong)) / len(expected), remarks)


# --- 2.1 the title, the description and the slug -------------------------------------------------

_TAGS = ("title", "meta_description", "slug")
_NAMES = {"title": "title", "titre": "title", "balise title": "title", "meta description": "meta_description",
          "description": "meta_description", "slug": "slug", "url": "slug"}


def _tag_name(key: Any) -> Any:
    if not isinstance(key, str):
        return key
    return _NAMES.get(re.sub(r"[\s_\-]+", " ", label_key(key)).strip(), key)


def _tags(answer: Any) -> dict:
    mapping = as_mapping(answer, "balises")
    return {_tag_name(key): value for key, value in list(mapping.items())[:20]}


@visible("bloc2.seo_balises", form="un dictionnaire avec les clés « title », « meta_description » et « slug »")
def check_tags(answer: Any) -> str:
    tags = _tags(answer)
    missing = [t for t in _TAGS if t not in tags]
    expect(not missing, "Clé(s) manquante(s) dans balises : " + ", ".join(missing) + ".")
    for tag in _TAGS:
        value = tags.get(tag)
        expect(isinstance(value, str) and bool(value.strip()), f"balises[« {tag} »] doit être un texte non vide.")
        expect(not isinstance(value, str) or len(value) <= MAX_TEXT, f"balises[« {tag} »] est beaucoup trop long.")
    return "Les trois balises sont là ; mesurez-les avec les outils du notebook."


@scorer("bloc2.seo_balises", form="un dictionnaire avec les clés « title », « meta_description » et « slug »")
def score_tags(answer: Any, expected: dict) -> Outcome:
    """A third of the points per tag: all of it when the SEO tool finds no problem, half when it finds one.

    Any title, description and slug that pass the rules get the points: there is no expected wording.
    """
    tags = _tags(answer)
    keyword = expected["mot_cle_principal"]
    checks = {
        "title": ("Le titre", title_problems),
        "meta_description": ("La meta description", description_problems),
        "slug": ("Le slug", slug_problems),
    }
    earned, remarks = 0.0, []
    for tag, (name, problems_of) in checks.items():
        value = tags.get(tag)
        problems = problems_of(value[:MAX_TEXT] if isinstance(value, str) else None, keyword)
        earned += 1.0 if not problems else 0.5 if len(problems) == 1 else 0.0
        if problems:
            remarks.append(f"{name} : " + " ; ".join(problems) + ".")
    return Outcome(earned / len(checks), remarks)


# --- 2.2 the audit of the draft ------------------------------------------------------------------

def _code(item: Any) -> Any:
    if not isinstance(item, str):
        return item
    key = re.sub(r"[\s\-]+", "_", label_key(item).strip())
    return canonical_label(key, DEFAUTS)


def _codes(answer: Any) -> list:
    items = as_list(answer, "defauts_brouillon")
    expect(len(items) <= 100, "defauts_brouillon compte trop d'éléments.")
    return [_code(item) for item in items[:100]]


@visible("bloc2.seo_audit", form="une liste de codes de défauts pris dans DEFAUTS")
def check_audit(answer: Any) -> str:
    codes = _codes(answer)
    expect(codes, "defauts_brouillon est vide : le brouillon a des défauts, listez leurs codes.")
    unknown = [str(c) for c in codes if c not in DEFAUTS]
    expect(not unknown, f"Code inconnu « {unknown[0] if unknown else ''} » : prenez les codes du dictionnaire "
                        "DEFAUTS, écrits à l'identique.")
    expect(len(set(codes)) == len(codes), "Un code figure deux fois dans defauts_brouillon.")
    return f"{len(codes)} défaut(s) relevé(s), tous du catalogue DEFAUTS."


@scorer("bloc2.seo_audit", form="une liste de codes de défauts pris dans DEFAUTS")
def score_audit(answer: Any, expected: list) -> Outcome:
    """Each fault found earns its share; each fault named that the draft does not have takes one away."""
    given = set(_codes(answer))
    wanted = set(expected)
    found = given & wanted
    wrong = given - wanted
    remarks = []
    if found != wanted:
        remarks.append(f"{len(wanted - found)} défaut(s) du brouillon non relevé(s) : mesurez chaque règle "
                       "(largeurs en pixels, niveaux de titres, premier paragraphe, liens, images, URL, longueur).")
    if wrong:
        remarks.append(f"{len(wrong)} défaut(s) relevé(s) que le brouillon n'a pas : chacun retire un défaut "
                       "trouvé ; vérifiez la mesure avant de conclure.")
    return Outcome(max(0.0, (len(found) - len(wrong)) / len(wanted)), remarks)
