"""Checks of notebook 05 (C3.4.1): the recommendations file's sections and summary, the oral's slide plan
and deck (judged as every bloc's oral is, :mod:`cmcert_lib.checks.oral`, against Bloc 3's talk)."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from cmcert_lib.bloc3 import recommendations as rec
from cmcert_lib.bloc3 import soutenance
from cmcert_lib.checks import content, oral
from cmcert_lib.checks.core import CheckFailed, Outcome, as_mapping, as_text, scorer, visible
from cmcert_lib.domain import document

SECTIONS_FORM = ("un dictionnaire {clé de section: contenu}, chaque contenu un texte, une liste, un dictionnaire "
                 "ou un tableau")
# A section says something with at least this many different content words.
MIN_DISTINCT_WORDS = 8
MIN_TABLE_WORDS = 4
_AMOUNT = re.compile(r"\d[\d  .]*(?:,\d+)?\s*(?:€|euros?\b|k€)", re.IGNORECASE)
_DATE = re.compile(r"\b\d{1,2}(?:er)?\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
                   r"octobre|novembre|décembre|decembre)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b20\d\d-\d\d-\d\d\b",
                   re.IGNORECASE)


def _sections(answer: Any) -> dict:
    return rec.canonical_sections(as_mapping(answer, "cahier_sections"))


def _says_nothing(section: Any) -> bool:
    text = document.section_text(section, values_only=True)
    if isinstance(section, pd.DataFrame):  # a dated table names its steps in few words; its cells may repeat
        return len(set(content.words(text))) < MIN_TABLE_WORDS
    return len(set(content.words(text))) < MIN_DISTINCT_WORDS or content.is_filler(text, MIN_DISTINCT_WORDS)


@visible("bloc3.cahier_sections", form=SECTIONS_FORM)
def check_sections(answer: Any) -> str:
    sections = _sections(answer)
    unknown = [str(k) for k in sections if k not in rec.SECTION_TITLES]
    missing = rec.missing_sections(sections)
    note = f" Sections en plus (gardées en annexe) : {', '.join(unknown)}." if unknown else ""
    if missing:
        return (f"{len(rec.SECTIONS) - len(missing)} section(s) sur {len(rec.SECTIONS)} rédigée(s) ; il manque : "
                + ", ".join(missing) + "." + note)
    return f"Les {len(rec.SECTIONS)} sections sont rédigées.{note}"


@scorer("bloc3.cahier_sections", form=SECTIONS_FORM)
def score_sections(answer: Any, expected: dict) -> Outcome:
    """Every required section really written (80 %, a share each; a section copied from another or that
    says nothing earns nothing), a budget that states amounts in euros (10 %), a planning with dates (10 %)."""
    sections = _sections(answer)
    keys = list(expected["sections"])
    texts = [document.section_text(sections.get(k), values_only=True) for k in keys]
    repeats = content.repeated(texts)
    written = [k for i, k in enumerate(keys) if sections.get(k) is not None and not _says_nothing(sections[k])
               and i not in repeats]
    remarks = []
    hollow = [rec.SECTION_TITLES.get(k, k) for k in keys if k not in written]
    if hollow:
        remarks.append("Section(s) absente(s), vide(s), répétée(s) d'une autre ou qui ne disent rien de précis : "
                       + ", ".join(f"« {t} »" for t in hollow) + ".")
    budget = document.section_text(sections.get("budget"))
    has_amounts = len(_AMOUNT.findall(budget)) >= int(expected["montants_min"])
    if not has_amounts:
        remarks.append(f"Le budget détaillé doit chiffrer ses postes en euros (au moins {expected['montants_min']} "
                       "montants).")
    planning = document.section_text(sections.get("planning"))
    has_dates = len(_DATE.findall(planning)) >= int(expected["dates_min"])
    if not has_dates:
        remarks.append(f"Le planning de déploiement doit dater ses étapes (au moins {expected['dates_min']} dates).")
    fraction = 0.8 * len(written) / len(keys) + 0.1 * has_amounts + 0.1 * has_dates
    return Outcome(fraction, remarks)


SUMMARY_FORM = "un texte de synthèse entre guillemets"


@visible("bloc3.cahier_synthese", form=SUMMARY_FORM)
def check_summary(answer: Any) -> str:
    text = as_text(answer, "synthese")
    return f"Synthèse de {len(text.split())} mots."


@scorer("bloc3.cahier_synthese", form=SUMMARY_FORM)
def score_summary(answer: Any, expected: dict) -> Outcome:
    """A summary a client reads in one minute (length: 40 %), that gives the budget (20 %) and the start date
    (20 %), made of real sentences (20 %)."""
    if not isinstance(answer, str):
        raise CheckFailed("La synthèse doit être un texte entre guillemets.")
    low, high = expected["mots"]
    count = len(answer.split())
    remarks = []
    sized = low <= count <= high
    if not sized:
        remarks.append(f"La synthèse compte {count} mots : entre {low} et {high}, elle se lit en une minute.")
    lowered = " ".join(answer.lower().replace("\u202f", " ").replace("\u00a0", " ").split())
    budget = any(re.search(pattern, lowered) for pattern in expected["budget"])
    if not budget:
        remarks.append("La synthèse ne donne pas le budget du dispositif (en euros HT).")
    start = any(re.search(pattern, lowered) for pattern in expected["demarrage"])
    if not start:
        remarks.append("La synthèse ne dit pas quand le dispositif démarre.")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", answer.strip()) if s]
    real = bool(sentences) and not content.is_filler(answer, 12) and not content.repeated(sentences)
    if not real:
        remarks.append("La synthèse doit être faite de phrases qui disent chacune quelque chose de nouveau.")
    return Outcome(0.4 * sized + 0.2 * budget + 0.2 * start + 0.2 * real, remarks)


oral.register_questions("bloc3", soutenance.TALK)
