"""The « cahier de préconisations »: one self-contained HTML file handed to the client.

The sections are plain data, keyed by :data:`SECTIONS` (the contents the
referential requires of the document).  A section's content is a text
(paragraphs separated by blank lines; lines starting with "- " become a
bulleted list), a list of texts (bullets), a dict (a two-column table) or a
pandas DataFrame (a table).  Every piece of candidate text is HTML-escaped,
the style sheet is inline and nothing is fetched from the network: the file
opens offline, in any browser, and prints cleanly.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pandas as pd

from cmcert_lib.checks.content import is_filler, words
from cmcert_lib.checks.core import canonical_keys
from cmcert_lib.domain import document
from cmcert_lib.domain.document import content_html, section_text, word_count  # noqa: F401  (the notebooks' names)
from cmcert_lib.facts import brand

# (key, French title): the contents of the « cahier de préconisations » the
# referential lists, in the order a client reads them.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("problematique", "Récapitulatif de la problématique du client"),
    ("besoins", "Analyse des besoins"),
    ("benchmark", "Benchmark de l'existant et de la concurrence"),
    ("cible", "Analyse de la cible"),
    ("parcours", "Parcours client type"),
    ("parti_pris", "Parti pris éditorial et promesse de lecture"),
    ("charte", "Charte éditoriale"),
    ("workflow", "Processus (workflow) éditorial sur une période déterminée"),
    ("planning", "Planning éditorial"),
)
SECTION_TITLES = dict(SECTIONS)
SUMMARY_TITLE = document.SUMMARY_TITLE

# An executive summary a client reads in one minute.
SUMMARY_MIN_WORDS = 80
SUMMARY_MAX_WORDS = 150
# A section that says something uses at least this many different words (« À compléter » does not).
MIN_DISTINCT_WORDS = 3



class RecommendationsError(ValueError):
    """Sections that cannot be assembled; the message is French."""


def says_nothing(content) -> bool:
    """A section (or a block of the document) that only fills its place: placeholders, a few words, or
    one phrase said again and again; a table is judged on its cells, whose values may repeat."""
    text = section_text(content, values_only=True)
    if isinstance(content, pd.DataFrame):
        return len(set(words(text))) < MIN_DISTINCT_WORDS
    return is_filler(text, MIN_DISTINCT_WORDS)


def canonical_sections(sections: Mapping) -> dict:
    """The sections with their keys written as :data:`SECTIONS` writes them (case, accents, apostrophes
    set aside: « PROBLÉMATIQUE » is ``problematique``); other keys are kept as they are (annexes)."""
    return canonical_keys(sections, SECTION_TITLES)


def missing_sections(sections: Mapping) -> list[str]:
    """Keys of the required sections that are absent or empty."""
    sections = canonical_sections(sections)
    return [key for key, _ in SECTIONS if word_count(sections.get(key)) == 0]


def render_html(
    sections: Mapping,
    summary: str,
    *,
    title: str = "Cahier de préconisations",
    client: str = brand.BRAND,
    author: str = "",
    when: date | None = None,
) -> str:
    """The whole document: cover, executive summary, table of contents, then the sections.

    Sections outside :data:`SECTIONS` are kept, after the required ones, under
    their own key as title (annexes).
    """
    if not isinstance(sections, Mapping):
        raise RecommendationsError(
            "Les sections doivent former un dictionnaire : clé de section -> contenu."
        )
    sections = canonical_sections(sections)
    missing = missing_sections(sections)
    if missing:
        raise RecommendationsError(
            "Section(s) manquante(s) ou vide(s) : "
            + ", ".join(f"« {SECTION_TITLES[k]} » ({k})" for k in missing)
            + "."
        )
    ordered = [(SECTION_TITLES[k], sections[k]) for k, _ in SECTIONS]
    ordered += [(str(k), sections[k]) for k in sections if k not in SECTION_TITLES]
    return document.render(ordered, summary, title=title, client=client, author=author, when=when)


def write_html(path: str | Path, sections: Mapping, summary: str, **kwargs) -> Path:
    """Write the document (UTF-8) and return its path; creates the folder if needed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(sections, summary, **kwargs), encoding="utf-8")
    return path
