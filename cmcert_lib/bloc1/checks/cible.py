"""Checks of notebook 03, the target study (C1.3.1).

Pseudonymisation: the survey's table without direct identifiers, with the
« Département » of each postal code by the rule of :mod:`cmcert_lib.domain.geo`;
the correspondence table (identifier ↔ first name and e-mail) kept apart and
limited to the respondents who agreed to be recontacted.  A column is
identifying by its name (« Adresse e-mail », « Prénom », « Code postal ») or by
its content: the e-mails, first names or postcodes of the shipped survey kept
under another name are personal data left in the table.

The candidate's choices: age bands, buying statuses and core target are the
candidate's (:func:`choice_faults` states what makes a choice sensible).  The
segments, their sizes, their usages and the persona's grounding are then
scored against the shipped survey *recomputed with those choices*: every
sensible choice computed right earns the points, a choice outside the sensible
range earns none of the points that depend on it.  Those answers are handed in
with the choices they were computed with (``{"choix": choix, "tailles": ...}``),
which the statement's given line builds.

A segment label is ``"<band> | <status>"``; a ``(band, status)`` pair, the key
a groupby on two columns gives, stands for its label.

Persona: the data-grounded credit (age in the band, segment of the core
target, networks the segment uses) is weighted by the share of the card's texts
that are real content: neither filler (:func:`cmcert_lib.checks.content.is_filler`)
nor a repeat of an earlier text of the card (:func:`cmcert_lib.checks.content.repeated`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
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
from cmcert_lib.domain.geo import department_label
from cmcert_lib.facts.platforms import NETWORKS

BUDGET = "Budget médian"
IDENTIFYING = ("Adresse e-mail", "Prénom", "Code postal")
CORRESPONDENCE = ("Identifiant", "Prénom", "Adresse e-mail")
RESPONDENT_ID = re.compile(r"^R\d{4}$")
SEPARATOR = " | "

# The survey's answers on solid cosmetics, from the most to the least engaged (the form's order).
SOLID_ANSWERS = ("Oui, régulièrement", "Oui, de temps en temps", "Non, mais j'aimerais essayer", "Non")
BUYER_ANSWERS = SOLID_ANSWERS[:2]
CONSENT = "Acceptez-vous d'être recontacté·e ?"

# What the statement calls a sensible choice.
BANDS_COUNT = (3, 6)
MAX_BAND_YEARS = 20  # every band but the last (« 60 ans et plus ») spans at most this many ages
MIN_LAST_BAND_START = 45  # the open last band starts no earlier: before, it mixes working people and retirees
MIN_BAND_RESPONDENTS = 30
CORE_SEGMENTS = (1, 3)
MIN_CORE_RESPONDENTS = 30


# Groups of the brief's stated target (25-40 ans), and the networks it claims.
BRIEF_GROUPS = {"25-29 ans": (25, 29), "30-40 ans": (30, 40)}
BRIEF_NETWORKS = ("Instagram", "TikTok", "Facebook", "Pinterest")

# A column holding this share of the shipped survey's e-mails, first names or postcodes is that column.
IDENTIFYING_OVERLAP = 0.5
# Persona fields whose text the candidate writes (besides the list fields, « réseaux » excepted).
PERSONA_TEXTS = ("nom", "métier", "citation")
# A persona's network must be used by at least this share of its segment.
PERSONA_NETWORK_SHARE = 0.4


@cache
def _survey() -> pd.DataFrame:
    from cmcert_lib.bloc1.datasets import load_survey

    return load_survey()


@cache
def _interviews() -> pd.DataFrame:
    from cmcert_lib.bloc1.datasets import load_interviews

    return load_interviews()


def _ticked(frame: pd.DataFrame) -> pd.DataFrame:
    from cmcert_lib.bloc1.datasets.survey import NETWORKS_USED

    lists = frame[NETWORKS_USED].str.split(", ")
    return pd.DataFrame({n: lists.map(lambda ticked, n=n: n in ticked) for n in NETWORKS}, index=frame.index)


# --- 1. pseudonymised survey and correspondence table ---------------------------------------


@visible("bloc1.cible_pseudonymisation")
def check_pseudonymisation(answer: Any) -> str:
    frame = as_frame(answer, "enquete_pseudo", ["Identifiant", "Département"])
    expect(len(frame) > 0, "enquete_pseudo ne contient aucune ligne.")
    _check_ids(frame, "enquete_pseudo")
    expect(
        frame["Département"].map(lambda v: isinstance(v, str)).all(),
        "La colonne « Département » doit contenir du texte (« 01 », « 2A », « 974 ») et non des "
        "nombres : un zéro initial perdu change de département.",
    )
    return "Tableau pseudonymisé au bon format (identifiants et départements)."


def _check_ids(frame: pd.DataFrame, what: str) -> None:
    ids = frame["Identifiant"].astype(str)
    bad = ids[~ids.str.fullmatch(RESPONDENT_ID.pattern)]
    if len(bad):
        raise CheckFailed(
            f"{what} : les identifiants s'écrivent « R » suivi de 4 chiffres (R0001, R0002…) ; "
            f"« {bad.iloc[0]} » ne convient pas."
        )
    expect(ids.is_unique, f"{what} : chaque répondant doit avoir un identifiant différent.")


def expected_departments() -> dict[str, int]:
    """How many respondents each « Département » label counts, by the rule of the statement."""
    from cmcert_lib.bloc1.datasets.survey import POSTCODE

    return _survey()[POSTCODE].map(department_label).value_counts().sort_index().to_dict()


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
            "Quelques départements sont faux : relisez les cas particuliers de la règle (Corse, "
            "outre-mer, Saint-Barthélemy et Saint-Martin, Monaco, codes postaux partagés)."
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
    survey = _survey()
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


@visible("bloc1.cible_correspondance")
def check_correspondence(answer: Any) -> str:
    frame = as_frame(answer, "correspondance", CORRESPONDENCE)
    expect(len(frame) > 0, "correspondance ne contient aucune ligne.")
    _check_ids(frame, "correspondance")
    return "Table de correspondance au bon format (identifiant, prénom, adresse e-mail)."


@scorer("bloc1.cible_correspondance", form=(
    "un DataFrame de trois colonnes, « Identifiant », « Prénom » et « Adresse e-mail », une ligne par "
    "répondant qui a accepté d'être recontacté"))
def score_correspondence(answer: pd.DataFrame, expected: dict) -> Outcome:
    survey = _survey()
    expect(len(survey) == expected["répondants"], "L'enquête livrée a changé depuis l'écriture de la question.")
    ids = pd.Series([f"R{i:04d}" for i in range(1, len(survey) + 1)], index=survey.index)
    agreed = set(ids[survey[CONSENT] == "Oui"])
    given = set(answer["Identifiant"].astype(str))
    remarks, fraction = [], 0.0
    if given == agreed:
        fraction += 0.4
    else:
        refused = len(given - agreed)
        forgotten = len(agreed - given)
        if refused:
            remarks.append(
                f"{refused} personne(s) de la table n'ont pas accepté d'être recontactées : leur identité "
                "n'a rien à y faire (minimisation des données)."
            )
        if forgotten:
            remarks.append(f"{forgotten} personne(s) qui ont accepté d'être recontactées manquent à la table.")
    by_id = survey.assign(Identifiant=ids).set_index("Identifiant")
    rows = answer[answer["Identifiant"].astype(str).isin(by_id.index)]
    right = sum(
        str(row["Prénom"]) == by_id.at[str(row["Identifiant"]), "Prénom"]
        and str(row["Adresse e-mail"]) == by_id.at[str(row["Identifiant"]), "Adresse e-mail"]
        for _, row in rows.iterrows()
    )
    if len(answer) and right == len(answer):
        fraction += 0.4
    else:
        remarks.append(
            f"{right} ligne(s) sur {len(answer)} associent le bon prénom et la bonne adresse à "
            "l'identifiant (celui du tableau pseudonymisé : R suivi du rang dans l'export), tels "
            "qu'ils sont écrits dans l'export."
        )
    extra = [str(c) for c in answer.columns if c not in CORRESPONDENCE]
    if extra:
        remarks.append(
            "La table de correspondance ne garde que l'identifiant, le prénom et l'adresse e-mail ; "
            "colonne(s) en trop : " + ", ".join(f"« {c} »" for c in extra) + "."
        )
    else:
        fraction += 0.2
    return Outcome(fraction * (0 if not given & agreed else 1), remarks)


# --- 2. the candidate's choices --------------------------------------------------------------


def _bands(raw: Any) -> dict[str, tuple[int, int]]:
    bands = as_mapping(raw, "choix['tranches']")
    result = {}
    for label, bounds in bands.items():
        expect(isinstance(label, str) and label.strip() != "", "Chaque tranche d'âge a un libellé (un texte).")
        bounds = list(bounds) if isinstance(bounds, (list, tuple)) else None
        if not (bounds and len(bounds) == 2 and all(isinstance(b, (int, float)) and not isinstance(b, bool)
                                                    and float(b) == int(b) for b in bounds)):
            raise CheckFailed(
                f"La tranche « {label} » s'écrit avec ses deux bornes entières incluses, par exemple "
                "(18, 29) ; pour la dernière, une borne haute de 120."
            )
        result[label.strip()] = (int(bounds[0]), int(bounds[1]))
    return result


def _statuses(raw: Any) -> dict[str, str]:
    statuses = canonical_keys(as_mapping(raw, "choix['statuts']"), SOLID_ANSWERS)
    missing = [a for a in SOLID_ANSWERS if a not in statuses]
    if missing:
        raise CheckFailed(
            "choix['statuts'] associe un statut à chacune des 4 réponses du questionnaire ; il manque "
            f"« {missing[0]} »."
        )
    for answer in SOLID_ANSWERS:
        expect(isinstance(statuses[answer], str) and statuses[answer].strip() != "",
               f"Le statut de la réponse « {answer} » doit être un texte.")
    return {a: statuses[a].strip() for a in SOLID_ANSWERS}


def read_choice(choice: Any) -> tuple[dict[str, tuple[int, int]], dict[str, str], list[str]]:
    """The bands, statuses and core segments of a ``choix`` dict (its form only; see :func:`choice_faults`)."""
    choice = canonical_keys(as_mapping(choice, "choix"), ("tranches", "statuts", "cible cœur"))
    missing = [k for k in ("tranches", "statuts", "cible cœur") if k not in choice]
    if missing:
        raise CheckFailed(f"choix est un dictionnaire aux clés « tranches », « statuts » et « cible cœur » ; "
                          f"il manque « {missing[0]} ».")
    core = choice["cible cœur"]
    core = [core] if isinstance(core, str) else list(core) if isinstance(core, (list, tuple)) else None
    if core is None or not all(isinstance(s, str) for s in core):
        raise CheckFailed("choix['cible cœur'] est la liste des libellés de vos segments cœur de cible.")
    return _bands(choice["tranches"]), _statuses(choice["statuts"]), [s.strip() for s in core]


def segments_of(bands: dict, statuses: dict) -> list[str]:
    """Every segment label of a choice: each band with each status, in the choice's order."""
    names = list(dict.fromkeys(statuses.values()))
    return [f"{band}{SEPARATOR}{status}" for band in bands for status in names]


def assign_segments(frame: pd.DataFrame, bands: dict, statuses: dict) -> pd.Series:
    """The segment label of each respondent (NaN for an age no band holds)."""
    from cmcert_lib.bloc1.datasets.survey import AGE, SOLID_BUYER

    def band_of(age: int) -> Any:
        for label, (low, high) in bands.items():
            if low <= age <= high:
                return label
        return None

    band = frame[AGE].map(band_of)
    return band + SEPARATOR + frame[SOLID_BUYER].map(statuses)


def choice_faults(bands: dict, statuses: dict, core: list[str]) -> list[str]:
    """What takes a choice outside the sensible range the statement sets (French, for the candidate)."""
    from cmcert_lib.bloc1.datasets.survey import AGE

    faults = []
    ages = _survey()[AGE]
    low_count, high_count = BANDS_COUNT
    if not low_count <= len(bands) <= high_count:
        faults.append(f"Choisissez entre {low_count} et {high_count} tranches d'âge ({len(bands)} données).")
    if any(SEPARATOR.strip() in label for label in [*bands, *statuses.values()]):
        faults.append("Un libellé de tranche ou de statut ne doit pas contenir de barre verticale « | ».")
    ordered = sorted(bands.items(), key=lambda item: item[1])
    for label, (low, high) in ordered:
        if low > high:
            faults.append(f"La tranche « {label} » a une borne basse plus grande que sa borne haute.")
    for (first, (_, high)), (second, (low, _)) in pairwise(ordered):
        if low != high + 1:
            faults.append(f"Les tranches « {first} » et « {second} » se chevauchent ou laissent des âges "
                          "sans tranche : chaque âge appartient à une et une seule tranche.")
    if ordered and (ordered[0][1][0] > ages.min() or ordered[-1][1][1] < ages.max()):
        faults.append("Les tranches doivent couvrir tous les répondants, des plus jeunes aux plus âgés "
                      "(commencez à 18 ans, finissez à 120).")
    for label, (low, high) in ordered[:-1]:
        if high - low + 1 > MAX_BAND_YEARS:
            faults.append(f"La tranche « {label} » couvre plus de {MAX_BAND_YEARS} âges : elle mélange des "
                          "générations aux usages différents (seule la dernière tranche peut être ouverte).")
    if ordered and ordered[-1][1][0] < MIN_LAST_BAND_START:
        faults.append(f"La dernière tranche, « {ordered[-1][0]} », commence au plus tôt à {MIN_LAST_BAND_START} "
                      "ans : plus tôt, elle mélange des actifs de tous âges et des retraités.")
    for label, (low, high) in ordered:
        count = int(ages.between(low, high).sum())
        if count < MIN_BAND_RESPONDENTS:
            faults.append(f"La tranche « {label} » ne compte que {count} répondant(s) : au moins "
                          f"{MIN_BAND_RESPONDENTS} pour qu'un pourcentage ait un sens.")
    status_of = [statuses[a] for a in SOLID_ANSWERS]
    if any(status_of[i] == status_of[j] and status_of[i] != status_of[i + 1]
           for i in range(4) for j in range(i + 2, 4)):
        faults.append("Un statut réunit des réponses qui ne se suivent pas sur l'échelle du questionnaire "
                      "(régulièrement, de temps en temps, aimerait essayer, non).")
    if status_of[1] == status_of[2]:
        faults.append("« Oui, de temps en temps » (qui achète déjà) et « Non, mais j'aimerais essayer » (qui "
                      "n'achète pas encore) ne peuvent pas avoir le même statut.")
    if status_of[2] == status_of[3]:
        faults.append("« Non, mais j'aimerais essayer » et « Non » ne peuvent pas avoir le même statut : "
                      "c'est la différence entre un prospect et une personne qui ne l'est pas.")
    segments = segments_of(bands, statuses)
    low_core, high_core = CORE_SEGMENTS
    unknown = [s for s in core if canonical_label(s, segments) not in segments]
    if unknown:
        faults.append(f"« {unknown[0]} » n'est pas un de vos segments (« tranche | statut », avec vos libellés).")
    elif not low_core <= len(core) <= high_core:
        faults.append(f"La cible cœur réunit de {low_core} à {high_core} segments ({len(core)} donnés).")
    else:
        core = [canonical_label(s, segments) for s in core]
        if any(s.split(SEPARATOR)[1] == statuses["Non"] for s in core):
            faults.append("La cible cœur ne peut pas contenir les personnes qui ne veulent pas de cosmétiques "
                          "solides (réponse « Non »).")
        size = int(assign_segments(_survey(), bands, statuses).isin(core).sum())
        if size < MIN_CORE_RESPONDENTS:
            faults.append(f"Votre cible cœur ne compte que {size} répondant(s) : au moins "
                          f"{MIN_CORE_RESPONDENTS} pour en tirer des conclusions.")
    return faults


def _sensible_choice(choice: Any) -> tuple[dict, dict, list[str]]:
    bands, statuses, core = read_choice(choice)
    faults = choice_faults(bands, statuses, core)
    if faults:
        raise CheckFailed(*faults)
    segments = segments_of(bands, statuses)
    return bands, statuses, [canonical_label(s, segments) for s in core]


@visible("bloc1.cible_choix")
def check_choice(answer: Any) -> str:
    bands, statuses, core = read_choice(answer)
    for fault in choice_faults(bands, statuses, core):
        expect(False, fault)
    segments = segments_of(bands, statuses)
    return (f"Choix recevables : {len(bands)} tranches × {len(set(statuses.values()))} statuts = "
            f"{len(segments)} segments ; cible cœur : {', '.join(canonical_label(s, segments) for s in core)}.")


@scorer("bloc1.cible_choix", form=(
    "un dictionnaire aux clés « tranches » ({libellé: (âge min, âge max)}), « statuts » ({réponse: "
    "statut}) et « cible cœur » (liste de segments « tranche | statut »)"))
def score_choice(answer: Any, expected: dict) -> Outcome:
    # The visible check, run first, refuses a choice outside the sensible range: here it is sensible.
    expect(len(_survey()) == expected["répondants"], "L'enquête livrée a changé depuis l'écriture de la question.")
    return Outcome(1.0)


def _bundle(answer: Any, key: str, what: str) -> tuple[tuple[dict, dict, list[str]], Any]:
    bundle = as_mapping(answer, what)
    expect("choix" in bundle and key in bundle,
           f"{what} réunit vos choix et votre réponse : {{'choix': choix, '{key}': …}} (la ligne donnée "
           "sous votre code ; ne la modifiez pas).")
    return _sensible_choice(bundle["choix"]), bundle[key]


def _segment_label(key: Any, segments: list[str]) -> Any:
    """« 30-44 ans | Prêt à essayer » for a (band, status) pair; other keys as they are."""
    if isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, str) for k in key):
        return canonical_label(f"{key[0].strip()}{SEPARATOR}{key[1].strip()}", segments)
    return canonical_label(key, segments)


def _labels_hint(segments: list[str]) -> str:
    return (f"par exemple « {segments[0]} » (tranche, espace, barre verticale, espace, statut, avec "
            "les libellés de vos choix)")


# --- 2.2 segment sizes -------------------------------------------------------------------------


def _sizes(answer: Any) -> tuple[list[str], dict]:
    (bands, statuses, _), sizes = _bundle(answer, "tailles", "segmentation")
    segments = segments_of(bands, statuses)
    sizes = as_mapping(sizes, "tailles_segments")
    return segments, canonical_keys(rekeyed(sizes, lambda k: _segment_label(k, segments)), segments)


def expected_sizes(bands: dict, statuses: dict) -> dict[str, int]:
    segment = assign_segments(_survey(), bands, statuses)
    counts = segment.value_counts()
    return {s: int(counts.get(s, 0)) for s in segments_of(bands, statuses)}


@visible("bloc1.cible_segments")
def check_segments(answer: Any) -> str:
    segments, sizes = _sizes(answer)
    unknown = [k for k in sizes if k not in segments]
    missing = [s for s in segments if s not in sizes]
    if missing:
        hint = (f" Clé(s) non reconnue(s) : {', '.join('« ' + str(k) + ' »' for k in unknown[:3])} ; "
                f"les libellés s'écrivent {_labels_hint(segments)}." if unknown else "")
        raise CheckFailed(f"Il manque {len(missing)} segment(s), dont « {missing[0]} ».{hint}")
    for key in segments:
        value = sizes[key]
        expect(
            not isinstance(value, bool) and is_close(value, round(float(value))) and float(value) >= 0,
            f"L'effectif de « {key} » doit être un nombre entier de répondants.",
        )
    warning = (f" Attention : clé(s) en trop, qui ne sont pas des segments : "
               f"{', '.join('« ' + str(k) + ' »' for k in unknown[:3])} ; elles coûtent des points à la "
               f"correction : ne gardez que les {len(segments)} segments." if unknown else "")
    return f"Les {len(segments)} segments de vos choix sont présents avec un effectif entier." + warning


@scorer("bloc1.cible_segments", form=(
    "le dictionnaire {'choix': choix, 'tailles': tailles_segments}, tailles_segments étant un "
    "dictionnaire (ou une Series) {segment: effectif}, les segments écrits « tranche | statut »"))
def score_segments(answer: Any, expected: dict) -> Outcome:
    (bands, statuses, _), _ = _bundle(answer, "tailles", "segmentation")
    expect(len(_survey()) == expected["répondants"], "L'enquête livrée a changé depuis l'écriture de la question.")
    want = expected_sizes(bands, statuses)
    _, sizes = _sizes(answer)
    extra = [str(k) for k in sizes if k not in want]
    wrong = [k for k, v in want.items() if not is_close(sizes.get(k), v, rel=0, abs_=0.5)]
    remarks = []
    if sum(float(sizes[k]) for k in want if k in sizes) != sum(want.values()):
        remarks.append("La somme des effectifs n'est pas le nombre de répondants : chaque répondant "
                       "appartient à un et un seul segment.")
    if wrong:
        remarks.append(
            f"{len(want) - len(wrong)} effectif(s) juste(s) sur {len(want)} ; à revoir : "
            + ", ".join(wrong) + ". Appliquez exactement vos bornes de tranches (incluses) et vos statuts."
        )
    if extra:
        remarks.append(f"Clé(s) en trop : {', '.join(extra)} ; la réponse ne contient que vos segments "
                       "(chaque clé en trop compte comme un effectif faux).")
    return Outcome((len(want) - len(wrong)) / (len(want) + len(extra)), remarks)


# --- 2.3 usages per segment --------------------------------------------------------------------


def _usages(answer: Any) -> tuple[tuple[dict, dict, list[str]], list[str], pd.DataFrame]:
    choice, frame = _bundle(answer, "usages", "usages")
    segments = segments_of(choice[0], choice[1])
    if isinstance(frame, pd.DataFrame):
        frame = frame.copy()
        frame.index = [_segment_label(i, segments) for i in frame.index]
        frame.columns = [canonical_label(c, [*NETWORKS, BUDGET]) for c in frame.columns]
    return choice, segments, as_frame(frame, "usages_segments", [*NETWORKS, BUDGET])


def expected_usages(bands: dict, statuses: dict) -> pd.DataFrame:
    """Share of each segment ticking each network, and its median budget (empty budgets ignored)."""
    from cmcert_lib.bloc1.datasets.survey import BUDGET as SURVEY_BUDGET

    survey = _survey()
    segment = assign_segments(survey, bands, statuses)
    table = _ticked(survey).groupby(segment).mean()
    table[BUDGET] = survey[SURVEY_BUDGET].groupby(segment).median()
    return table.reindex(segments_of(bands, statuses))


@visible("bloc1.cible_usages")
def check_usages(answer: Any) -> str:
    _, segments, frame = _usages(answer)
    missing = [s for s in segments if s not in frame.index]
    if missing:
        raise CheckFailed(
            "L'index de usages_segments est le libellé du segment "
            f"({_labels_hint(segments)}) ; il manque « {missing[0]} »."
        )
    shares = frame[list(NETWORKS)].apply(pd.to_numeric, errors="coerce")
    expect(not shares.isna().any().any(), "Les parts par réseau doivent être des nombres (pas de NaN).")
    expect(
        bool(((shares >= 0) & (shares <= 1)).all().all()),
        "Les parts par réseau sont des fractions entre 0 et 1 (0,25 pour 25 %), pas des pourcentages.",
    )
    budget = pd.to_numeric(frame.loc[segments, BUDGET], errors="coerce")
    filled = budget.dropna()
    expect(bool((filled > 0).all()), f"La colonne « {BUDGET} » doit contenir des montants en euros positifs.")
    return "Tableau des usages au bon format : un segment par ligne, parts entre 0 et 1, budget médian."


@scorer("bloc1.cible_usages", form=(
    "le dictionnaire {'choix': choix, 'usages': usages_segments}, usages_segments étant un DataFrame "
    "avec un segment par ligne (en index), une colonne par réseau (part entre 0 et 1) et la colonne "
    "« Budget médian »"))
def score_usages(answer: Any, expected: dict) -> Outcome:
    (bands, statuses, _), segments, answer = _usages(answer)
    expect(len(_survey()) == expected["répondants"], "L'enquête livrée a changé depuis l'écriture de la question.")
    want = expected_usages(bands, statuses)
    shares_ok = shares_all = 0
    budgets_wrong = []
    for segment in segments:
        for network in NETWORKS:
            shares_all += 1
            if pd.isna(want.at[segment, network]):
                # An empty segment has no share: any value, or none, will do.
                shares_ok += 1
                continue
            shares_ok += is_close(answer.loc[segment, network], want.at[segment, network], rel=0, abs_=0.006)
        wanted_budget, given = want.at[segment, BUDGET], answer.loc[segment, BUDGET]
        if pd.isna(wanted_budget) != pd.isna(given) or (
                not pd.isna(wanted_budget) and not is_close(given, wanted_budget, rel=0, abs_=0.01)):
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
    budget_share = (len(segments) - len(budgets_wrong)) / len(segments)
    return Outcome(2 / 3 * shares_ok / shares_all + 1 / 3 * budget_share, remarks)


# --- 2.4 the brief's stated target against the survey --------------------------------------------


def expected_brief_gap() -> dict[str, dict[str, float]]:
    from cmcert_lib.bloc1.datasets.survey import AGE

    survey = _survey()
    ticked = _ticked(survey)
    return {group: {n: round(float(ticked.loc[survey[AGE].between(low, high), n].mean()), 4)
                    for n in BRIEF_NETWORKS}
            for group, (low, high) in BRIEF_GROUPS.items()}


def _brief_gap(answer: Any) -> pd.DataFrame:
    if isinstance(answer, dict):
        answer = pd.DataFrame.from_dict(answer, orient="index")
    if isinstance(answer, pd.DataFrame):
        answer = answer.copy()
        answer.index = [canonical_label(i, BRIEF_GROUPS) for i in answer.index]
        answer.columns = [canonical_label(c, BRIEF_NETWORKS) for c in answer.columns]
    return as_frame(answer, "cible_brief", BRIEF_NETWORKS)


@visible("bloc1.cible_brief")
def check_brief_gap(answer: Any) -> str:
    frame = _brief_gap(answer)
    missing = [g for g in BRIEF_GROUPS if g not in frame.index]
    if missing:
        raise CheckFailed(f"cible_brief a une ligne par groupe, « 25-29 ans » et « 30-40 ans » ; "
                          f"il manque « {missing[0]} ».")
    shares = frame.loc[list(BRIEF_GROUPS), list(BRIEF_NETWORKS)].apply(pd.to_numeric, errors="coerce")
    expect(not shares.isna().any().any(), "Les parts doivent être des nombres (pas de NaN).")
    expect(bool(((shares >= 0) & (shares <= 1)).all().all()),
           "Les parts sont des fractions entre 0 et 1 (0,25 pour 25 %), pas des pourcentages.")
    return "Tableau au bon format : deux groupes, quatre réseaux, des parts entre 0 et 1."


@scorer("bloc1.cible_brief", form=(
    "un DataFrame (ou un dictionnaire de dictionnaires) : une ligne par groupe (« 25-29 ans », "
    "« 30-40 ans »), une colonne par réseau (Instagram, TikTok, Facebook, Pinterest), des parts entre 0 et 1"))
def score_brief_gap(answer: Any, expected: dict) -> Outcome:
    frame = _brief_gap(answer)
    right = total = 0
    wrong_groups = set()
    for group, row in expected.items():
        for network, share in row.items():
            total += 1
            if is_close(frame.loc[group, network], share, rel=0, abs_=0.006):
                right += 1
            else:
                wrong_groups.add(group)
    remarks = []
    if wrong_groups:
        remarks.append(
            f"{right} part(s) juste(s) sur {total} ; à revoir : " + ", ".join(sorted(wrong_groups))
            + ". Chaque part se calcule sur tous les répondants du groupe d'âge (bornes incluses)."
        )
    return Outcome(right / total, remarks)


# --- 3.1 what the interviews say ---------------------------------------------------------------


def expected_interview_themes() -> dict[str, int]:
    interviews = _interviews()
    return interviews.groupby("Thème")["Participant·e"].nunique().astype(int).to_dict()


@visible("bloc1.cible_entretiens")
def check_interview_themes(answer: Any) -> str:
    from cmcert_lib.bloc1.datasets.interviews import THEMES

    counts = canonical_keys(as_mapping(answer, "themes_entretiens"), THEMES)
    missing = [t for t in THEMES if t not in counts]
    if missing:
        raise CheckFailed(f"themes_entretiens donne un nombre par thème du codage ; il manque « {missing[0]} ».")
    people = _interviews()["Entretien"].nunique()
    for theme in THEMES:
        value = counts[theme]
        expect(not isinstance(value, bool) and is_close(value, round(float(value))) and float(value) >= 0,
               f"« {theme} » : un nombre entier de personnes interrogées.")
    over = [t for t in THEMES if isinstance(counts[t], (int, float)) and counts[t] > people]
    expect(not over, f"{len(over)} thème(s) comptent plus de {people} personnes, le nombre de personnes "
                     "interrogées : comptez des personnes, pas des verbatims.")
    return f"Un nombre entier de personnes par thème, entre 0 et {people}."


@scorer("bloc1.cible_entretiens", form=(
    "un dictionnaire (ou une Series) {thème: nombre de personnes interrogées qui l'abordent}"))
def score_interview_themes(answer: Any, expected: dict) -> Outcome:
    counts = canonical_keys(as_mapping(answer, "themes_entretiens"), expected)
    wrong = [t for t, n in expected.items() if not is_close(counts.get(t), n, rel=0, abs_=0.5)]
    remarks = []
    if wrong:
        remarks.append(
            f"{len(expected) - len(wrong)} thème(s) juste(s) sur {len(expected)} ; à revoir : "
            + ", ".join(wrong) + ". On compte des personnes, pas des verbatims : une personne qui revient "
            "deux fois sur un thème compte une fois."
        )
    return Outcome((len(expected) - len(wrong)) / len(expected), remarks)


# --- 3.2 persona grounded in the data --------------------------------------------------------------


def _card(answer: Any) -> tuple[tuple[dict, dict, list[str]], dict]:
    choice, raw = _bundle(answer, "persona", "fiche")
    try:
        card = check_persona(raw)
    except PersonaError as exc:
        raise CheckFailed(str(exc)) from None
    segments = segments_of(choice[0], choice[1])
    if "segment" in card:
        card["segment"] = canonical_label(card["segment"], segments)
    card["réseaux"] = [canonical_label(n, NETWORKS) for n in card["réseaux"]]
    return choice, card


@visible("bloc1.cible_persona")
def check_persona_data(answer: Any) -> str:
    (bands, statuses, _), card = _card(answer)
    segments = segments_of(bands, statuses)
    expect("segment" in card, f"Ajoutez au persona la clé « segment », {_labels_hint(segments)}.")
    if card["segment"] not in segments:
        raise CheckFailed(f"« {card['segment']} » n'est pas un de vos segments ; {_labels_hint(segments)}.")
    unknown = [n for n in card["réseaux"] if n not in NETWORKS]
    expect(
        not unknown,
        f"Réseau(x) hors questionnaire : {', '.join(unknown)}. Réseaux possibles : "
        f"{', '.join(NETWORKS)}.",
    )
    return "Persona complet, rattaché à un de vos segments."


def networks_used(bands: dict, statuses: dict) -> dict[str, list[str]]:
    """For each segment, the networks at least :data:`PERSONA_NETWORK_SHARE` of it uses."""
    usages = expected_usages(bands, statuses)
    return {s: [n for n in NETWORKS if usages.at[s, n] >= PERSONA_NETWORK_SHARE]
            for s in usages.index if not pd.isna(usages.at[s, NETWORKS[0]])}


@scorer("bloc1.cible_persona", form=(
    "le dictionnaire {'choix': choix, 'persona': persona}, persona étant la fiche avec les clés de "
    "l'énoncé, dont « âge » (nombre entier), « réseaux » (réseaux du questionnaire) et « segment »"))
def score_persona_data(answer: Any, expected: dict) -> Outcome:
    (bands, statuses, core), card = _card(answer)
    expect(len(_survey()) == expected["répondants"], "L'enquête livrée a changé depuis l'écriture de la question.")
    segment = card["segment"]
    low, high = bands[segment.split(SEPARATOR)[0]]
    remarks, fraction = [], 0.0
    if low <= card["âge"] <= high:
        fraction += 0.3
    else:
        remarks.append("L'âge du persona n'est pas dans la tranche de son segment.")
    if segment in core:
        fraction += 0.2
    else:
        remarks.append("Le persona principal appartient à votre cible cœur (choix['cible cœur']).")
    used = set(networks_used(bands, statuses).get(segment, ()))
    grounded = [n for n in card["réseaux"] if n in used]
    fraction += 0.5 * len(grounded) / len(card["réseaux"])
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
            "données est d'abord une fiche remplie : les points de l'âge, du segment et des réseaux ne "
            "comptent qu'en proportion des textes réels."
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

