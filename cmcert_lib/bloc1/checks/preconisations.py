"""Notebook 07 (the « cahier de préconisations »): checks and scorers.

The sections are judged on presence and substance (a word count per section,
partial credit per section), the executive summary on the limits the statement
sets, the assembled HTML on what makes it a deliverable: complete, French,
readable offline.  What the text says is the trainer's part (manual cells).
"""

from __future__ import annotations

import re

import pandas as pd

from cmcert_lib.bloc1 import recommendations as rec
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_mapping,
    as_text,
    canonical_keys,
    expect,
    scorer,
    visible,
)

SUPPORTED = "un texte, une liste de textes, un dictionnaire ou un tableau pandas"


def _sections(answer) -> dict:
    sections = canonical_keys(as_mapping(answer, "sections"), rec.SECTION_TITLES)
    for key, value in sections.items():
        if not isinstance(value, (str, list, tuple, dict, pd.DataFrame, pd.Series)):
            raise CheckFailed(
                f"sections[{key!r}] est un objet de type {type(value).__name__} : donnez {SUPPORTED}."
            )
    return sections


@visible("bloc1.cahier_sections")
def check_sections(answer) -> str:
    sections = _sections(answer)
    unknown = [str(k) for k in sections if k not in rec.SECTION_TITLES]
    expect(
        not unknown,
        f"Clé(s) inconnue(s) dans sections : {', '.join(unknown)}. Les clés attendues sont "
        f"{', '.join(rec.SECTION_TITLES)}.",
    )
    filled = [k for k in rec.SECTION_TITLES if rec.word_count(sections.get(k)) > 0]
    missing = [k for k in rec.SECTION_TITLES if k not in filled]
    line = f"{len(filled)} section(s) remplie(s) sur {len(rec.SECTION_TITLES)}"
    return line + (f" ; à écrire : {', '.join(missing)}." if missing else ".")


@scorer("bloc1.cahier_sections", form=f"un dictionnaire {{clé de section: {SUPPORTED}}}")
def score_sections(answer, expected) -> Outcome:
    sections = _sections(answer)
    minimum = int(expected["min_mots"])
    credit, remarks = 0.0, []
    for key in expected["sections"]:
        words = rec.word_count(sections.get(key))
        title = rec.SECTION_TITLES.get(key, key)
        if words >= minimum:
            credit += 1
        elif words > 0:
            credit += 0.5
            remarks.append(f"« {title} » est trop mince ({words} mots) : développez-la.")
        else:
            remarks.append(f"« {title} » manque.")
    return Outcome(credit / len(expected["sections"]), remarks)


def _words(text: str) -> int:
    return len(text.split())


@visible("bloc1.synthese")
def check_summary(answer) -> str:
    text = as_text(answer, "La synthèse")
    return f"Synthèse lisible : {_words(text)} mots."


@scorer("bloc1.synthese", form="un texte entre guillemets")
def score_summary(answer, expected) -> Outcome:
    text = as_text(answer, "La synthèse")
    words = _words(text)
    low, high = int(expected["min_mots"]), int(expected["max_mots"])
    remarks = []
    if low <= words <= high:
        length = 1.0
    elif 0.8 * low <= words <= 1.2 * high:
        length = 0.5
        remarks.append(f"La synthèse fait {words} mots, hors des limites de l'énoncé.")
    else:
        length = 0.0
        remarks.append(f"La synthèse fait {words} mots, très loin des limites de l'énoncé.")
    brand = expected["marque"].casefold() in text.casefold()
    if not brand:
        remarks.append("La synthèse ne nomme pas la marque.")
    year = re.search(rf"\b{re.escape(str(expected['annee']))}\b", text) is not None
    if not year:
        remarks.append("La synthèse ne situe pas la campagne dans le temps.")
    return Outcome(0.6 * length + 0.2 * brand + 0.2 * year, remarks)


def _html(answer) -> str:
    expect(
        isinstance(answer, str) and "<html" in answer[:500].lower(),
        "cahier_html doit être le texte HTML du document (le résultat de render_html(...)).",
    )
    return answer


@visible("bloc1.cahier_html")
def check_html(answer) -> str:
    page = _html(answer)
    return f"Document HTML lisible : {len(page.encode('utf-8')) // 1024} Ko."


EXTERNAL = re.compile(r"<(?:script|link|iframe)\b|\bsrc\s*=\s*[\"']?https?:|@import", re.IGNORECASE)


@scorer("bloc1.cahier_html", form="le texte HTML du document (le résultat de render_html(...))")
def score_html(answer, expected) -> Outcome:
    page = _html(answer)
    french = page.lstrip().lower().startswith("<!doctype html") and 'lang="fr"' in page[:300]
    offline = EXTERNAL.search(page) is None
    titles = [t for t in expected["titres"] if f"{t}</h2>" in page.replace("&#x27;", "'")]
    summary = f"<h2>{expected['synthese']}</h2>" in page
    remarks = []
    if not french:
        remarks.append("Le document doit être une page HTML complète déclarée en français.")
    if not offline:
        remarks.append("Le document appelle des ressources externes ou des scripts : il doit "
                       "s'ouvrir hors ligne, sans rien exécuter.")
    if len(titles) < len(expected["titres"]):
        remarks.append(f"{len(expected['titres']) - len(titles)} section(s) attendue(s) "
                       "absente(s) du document.")
    if not summary:
        remarks.append("La synthèse manque en tête du document.")
    fraction = (french + offline + len(titles) / len(expected["titres"]) + summary) / 4
    return Outcome(fraction, remarks)
