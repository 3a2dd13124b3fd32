"""Notebook 08: preparing the oral defence of Bloc 1 (C1.7.1, « à l'oral comme à l'écrit »).

The candidate presents the « cahier de préconisations » of notebook 07 to the jury of professionals:
this module drafts a slide plan from that file and from the charts the earlier notebooks saved in
``livrables/``, shows the plan with its timing, and builds the deck and the speaker notes with the
generic builder of :mod:`cmcert_lib.domain.deck`, against the time budget of
:mod:`cmcert_lib.facts.soutenance`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cmcert_lib.bloc1 import recommendations as rec
from cmcert_lib.domain import deck, oral
from cmcert_lib.domain.oral import OralPlan
from cmcert_lib.facts import brand

BLOC = 1
PITCH_DATE = date(2026, 12, 17)
PITCH_PLACE = brand.BRAND_CITY

CAHIER = "cahier_preconisations.html"
DECK_PDF = "soutenance.pdf"
DECK_NOTES = "notes_orateur.md"

# The contents a Bloc 1 oral must cover (the referential's evaluation of Bloc 1 and its « Présentation »
# criteria): key to write in a slide's « partie », then the French label.
PARTS: tuple[tuple[str, str], ...] = (
    ("problematique", "Problématique du client"),
    ("analyse", "Analyse et benchmark"),
    ("cible", "Cible et persona"),
    ("parcours", "Parcours client"),
    ("parti_pris", "Parti pris et promesse de lecture"),
    ("charte", "Charte éditoriale"),
    ("calendrier", "Calendrier et workflow éditorial"),
    ("decisions", "Prochaines étapes et décisions"),
)
PART_LABELS = dict(PARTS)
# Slides outside the required contents (the opening, a transition) say so with this key.
OPENING = oral.OPENING

# Where each section of the « cahier » goes in the talk.
SECTION_PARTS = {
    "problematique": "problematique",
    "besoins": "analyse",
    "benchmark": "analyse",
    "cible": "cible",
    "parcours": "parcours",
    "parti_pris": "parti_pris",
    "charte": "charte",
    "workflow": "calendrier",
    "planning": "calendrier",
}


@dataclass(frozen=True)
class Chart:
    file: str
    part: str
    notebook: str  # French, the notebook that writes it


# The charts the earlier notebooks save in livrables/, with the part of the talk they illustrate.
CHARTS: tuple[Chart, ...] = (
    Chart("benchmark_concurrentiel.png", "analyse", "notebook 2 (benchmark et écoute sociale)"),
    Chart("e_reputation_maison_ondine.png", "analyse", "notebook 2 (benchmark et écoute sociale)"),
    Chart("part_de_voix.png", "analyse", "notebook 2 (benchmark et écoute sociale)"),
    Chart("persona_principal.png", "cible", "notebook 3 (cible et personas)"),
    Chart("usages_par_segment.png", "cible", "notebook 3 (cible et personas)"),
    Chart("parcours_client.png", "parcours", "notebook 4 (parcours client)"),
    Chart("usage_reseaux.png", "charte", "notebook 5 (charte éditoriale)"),
    Chart("calendrier_piliers_rythme.png", "calendrier", "notebook 6 (calendrier et workflow)"),
    Chart("charge_de_travail.png", "calendrier", "notebook 6 (calendrier et workflow)"),
    Chart("budget_postes.png", "decisions", "notebook 1 (brief)"),
)


@dataclass
class Draft:
    """A first plan and what the candidate must know about where it comes from (French lines)."""

    plan: list[dict]
    source: str  # "cahier" or "titres"
    messages: list[str] = field(default_factory=list)
    missing_charts: list[Chart] = field(default_factory=list)


def _opening_and_closing(summary: deck.Section | None) -> tuple[deck.Slide, deck.Slide]:
    said = deck.sentences(" ".join(t for _, t in summary.blocks)) if summary else []
    opening = deck.Slide(
        title=f"{brand.BRAND} : regagner la confiance, vendre en 2027",
        message=deck.shorten(said[0], 22) if said else "",
        notes=deck.shorten(" ".join(said[:2]), 120),
        seconds=60, part=OPENING,
    )
    closing = deck.Slide(
        title="Les décisions que nous vous demandons",
        message=deck.shorten(said[-1], 22) if said else "",
        notes=deck.shorten(" ".join(said[-2:]), 120),
        seconds=90, part="decisions",
    )
    return opening, closing


def _from_cahier(path: Path) -> list[deck.Slide]:
    _, sections = deck.read_sections(path)
    key_of = {deck._key(title): key for key, title in rec.SECTIONS}
    summary = next((s for s in sections if deck._key(s.title) == deck._key(rec.SUMMARY_TITLE)), None)
    opening, closing = _opening_and_closing(summary)
    body_time = BUDGET.presentation_s - opening.seconds - closing.seconds
    ordered = [s for s in sections if deck._key(s.title) in key_of]
    durations = deck.even_durations(len(ordered), body_time)
    slides = [opening]
    for section, seconds in zip(ordered, durations, strict=True):
        slide = deck.draft_slide(section, seconds)
        slides.append(deck.Slide(**{**slide.__dict__, "part": SECTION_PARTS.get(key_of[deck._key(section.title)], "")}))
    return [*slides, closing]


def _from_titles() -> list[deck.Slide]:
    opening, closing = _opening_and_closing(None)
    durations = deck.even_durations(len(rec.SECTIONS), BUDGET.presentation_s - opening.seconds - closing.seconds)
    body = [deck.Slide(title=title, seconds=seconds, part=SECTION_PARTS.get(key, ""))
            for (key, title), seconds in zip(rec.SECTIONS, durations, strict=True)]
    return [opening, *body, closing]


def draft_plan(livrables: str | Path = "livrables") -> Draft:
    """A first slide plan: from the candidate's cahier when it is in ``livrables/``, else from the
    section titles; each chart found there goes on the first slide of its part still without one."""
    folder = Path(livrables)
    cahier = folder / CAHIER
    messages = []
    slides: list[deck.Slide] = []
    source = "titres"
    if cahier.is_file():
        try:
            slides = _from_cahier(cahier)
            source = "cahier"
            messages.append(f"Brouillon tiré de votre cahier « {cahier} » : {len(slides)} diapositives, "
                            "à réécrire pour l'oral.")
        except deck.DeckError as exc:
            messages.append(f"Votre cahier « {cahier} » n'a pas pu être lu ({exc}) : le brouillon part des "
                            "titres de sections.")
    else:
        messages.append(f"Cahier introuvable : « {cahier} » (notebook 7, cahier de préconisations). Le brouillon "
                        "part des titres de sections ; exécutez le notebook 7 pour partir de vos propres textes.")
    if source == "titres" or len(slides) < 3:
        slides, source = _from_titles(), "titres"
    found, missing = [], []
    for chart in CHARTS:
        (found if (folder / chart.file).is_file() else missing).append(chart)
    with_image: set[int] = set()
    for chart in found:
        for index, slide in enumerate(slides):
            if slide.part == chart.part and index not in with_image:
                slides[index] = deck.Slide(**{**slide.__dict__, "image": f"{folder.as_posix()}/{chart.file}"})
                with_image.add(index)
                break
    if missing:
        by_notebook: dict[str, list[str]] = {}
        for chart in missing:
            by_notebook.setdefault(chart.notebook, []).append(f"{folder.as_posix()}/{chart.file}")
        messages.append("Graphiques absents (les notebooks qui les produisent n'ont pas été exécutés ici) : "
                        + " ; ".join(f"{', '.join(files)} — {nb}" for nb, files in by_notebook.items())
                        + ". Exécutez ces notebooks, ou présentez ces diapositives sans image.")
    else:
        messages.append(f"Les {len(found)} graphiques des notebooks précédents sont dans « {folder} ».")
    return Draft(deck.plan_of(slides), source, messages, missing)


# The talk, as every bloc with an oral describes it (plan table, timing, deck, files read back).
TALK = OralPlan(bloc=BLOC, parts=PARTS, pitch_date=PITCH_DATE, place=PITCH_PLACE,
                deck_title="Stratégie éditoriale des médias sociaux, premier semestre 2027",
                deck_pdf=DECK_PDF, deck_notes=DECK_NOTES)
plan_table = TALK.plan_table
timing_line = TALK.timing_line
deck_info = TALK.deck_info
build = TALK.build
preview = TALK.preview
read_back = TALK.read_back
ORAL = TALK.oral
BUDGET = TALK.budget
