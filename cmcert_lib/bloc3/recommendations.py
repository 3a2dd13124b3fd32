"""Bloc 3's « cahier de préconisations »: the set-up handed to the client, as one HTML file.

The sections are plain data keyed by :data:`SECTIONS`: what the referential requires of the document
(B3-08: the client's problem, a complete and detailed set-up, the deployment plan, a detailed budget)
and what C3.4.1 asks to present (the process of creating and steering content, a representative
editorial calendar). :mod:`cmcert_lib.domain.document` writes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from cmcert_lib.checks.core import canonical_keys
from cmcert_lib.domain import document
from cmcert_lib.facts import brand

SECTIONS: tuple[tuple[str, str], ...] = (
    ("problematique", "Récapitulatif de la problématique du client"),
    ("strategie", "Objectifs SMART et stratégie sur les médias sociaux"),
    ("dispositif", "Dispositif : plateformes, leviers POEM et contenus"),
    ("communaute", "Animation, modération et gestion de crise"),
    ("diffusion", "Diffusion automatisée et configuration des plateformes"),
    ("calendrier", "Calendrier éditorial représentatif"),
    ("pilotage", "Pilotage : indicateurs clés (KPI) et tableau de bord"),
    ("planning", "Planning de déploiement opérationnel"),
    ("budget", "Budget détaillé"),
)
SECTION_TITLES = dict(SECTIONS)
CAHIER = "cahier_preconisations_dispositif.html"


class RecommendationsError(ValueError):
    """Sections that cannot be assembled; the message is French."""


def canonical_sections(sections: Mapping) -> dict:
    """The sections keyed as :data:`SECTIONS` writes them (case, accents, apostrophes set aside)."""
    return canonical_keys(sections, SECTION_TITLES)


def missing_sections(sections: Mapping) -> list[str]:
    """Keys of the required sections that are absent or empty."""
    sections = canonical_sections(sections)
    return [key for key, _ in SECTIONS if document.word_count(sections.get(key)) == 0]


def write_html(path: str | Path, sections: Mapping, summary: str, *, author: str = "",
               when: date | None = brand.PLAN_FILE_DUE) -> Path:
    """Write the document (UTF-8), the required sections in order, then any annex; return its path."""
    if not isinstance(sections, Mapping):
        raise RecommendationsError("Les sections doivent former un dictionnaire : clé de section -> contenu.")
    sections = canonical_sections(sections)
    missing = missing_sections(sections)
    if missing:
        raise RecommendationsError("Section(s) manquante(s) ou vide(s) : "
                                   + ", ".join(f"« {SECTION_TITLES[k]} » ({k})" for k in missing) + ".")
    ordered = [(SECTION_TITLES[k], sections[k]) for k, _ in SECTIONS]
    ordered += [(str(k), sections[k]) for k in sections if k not in SECTION_TITLES]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(document.render(ordered, summary, title="Cahier de préconisations — dispositif social media",
                                    author=author, when=when), encoding="utf-8")
    return path


def save(path: str | Path, sections: object, summary: object, *, author: str = "") -> Path | None:
    """:func:`write_html` for a notebook: says in French what was written, or why nothing was (no traceback)."""
    if not isinstance(summary, str):
        print("❌ Cahier non assemblé : la synthèse doit être un texte.")
        return None
    try:
        written = write_html(path, sections, summary, author=author)
    except RecommendationsError as exc:
        print(f"❌ Cahier non assemblé : {exc}")
        return None
    print(f"✅ Cahier enregistré : {written}")
    return written
