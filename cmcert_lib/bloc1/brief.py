"""The client's brief: Maison Ondine's call for a social-media editorial strategy.

The brief itself is a Markdown page shipped in ``cmcert_lib/bloc1/data/brief.md``; the
facts exercises compute with (baseline figures, budget rules, dates, contact)
are repeated here as data, and ``tests/bloc1/test_brief.py`` checks that the page and
this module, and :mod:`cmcert_lib.facts.brand`, tell the same story.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from cmcert_lib.bloc1.datasets import shipped
from cmcert_lib.facts import brand, french

BRIEF_FILE = "brief.md"

# French formatting is facts.french's; the notebooks and checks know it by these names.
date_fr = french.long_date
number_fr = french.grouped
euros = french.euros

CONTACT_NAME = "Gaëlle Le Floc'h"
CONTACT_ROLE = "cofondatrice, directrice marketing et commerciale"
CONTACT_EMAIL = f"gaelle.lefloch@{brand.BRAND_DOMAIN}"
# A number from the range ARCEP reserves for fiction (02 61 91 xx xx).
CONTACT_PHONE = "02 61 91 24 37"

PROPOSAL_DUE = date(2026, 12, 11)
PITCH_DATE = date(2026, 12, 17)
MIDTERM_REVIEW = "fin mars 2027"

# Where the figures of the brief's table stand (October 2026).
BASELINE_MONTH = "octobre 2026"

TVA_RATE = french.VAT_RATE
TOOLS_EUR_HT_PER_MONTH = 150
CAMPAIGN_MONTHS = 6
# Shares of what remains of the budget once the tools are paid.
REMAINDER_SHARES = {
    "Production de contenus": 0.45,
    "Publicité sociale": 0.35,
    "Partenariats créateurs": 0.20,
}
BUDGET_ITEMS = ("Outils", *REMAINDER_SHARES)

# The three expectations of section 5 of the brief.
EXPECTATIONS = (
    "retrouver la confiance de la communauté",
    "faire grandir et animer la communauté",
    "faire des réseaux sociaux un moteur de ventes",
)


@dataclass(frozen=True)
class Indicator:
    name: str  # French, exactly as the candidate must write it
    unit: str
    baseline: float


INDICATORS = (
    Indicator("Abonnés Instagram", "abonnés", 12_400),
    Indicator("Abonnés TikTok", "abonnés", 3_100),
    Indicator("Taux d'engagement moyen Instagram", "%", 2.1),
    Indicator("Sentiment net des mentions", "%", -18),
    Indicator("Sessions du site issues des réseaux sociaux", "sessions par mois", 9_800),
    Indicator("Commandes issues des réseaux sociaux", "commandes par mois", 150),
    Indicator("Taux de conversion des sessions issues des réseaux sociaux", "%", 1.5),
)
INDICATOR_NAMES = tuple(i.name for i in INDICATORS)

def brief_text() -> str:
    """The brief as Markdown text."""
    return shipped(BRIEF_FILE).read_text(encoding="utf-8")


def show_brief() -> None:
    """Display the brief in a notebook, rendered as Markdown."""
    from IPython.display import Markdown, display

    display(Markdown(brief_text()))


def indicator_table() -> pd.DataFrame:
    """The indicators an objective may use, their unit and their value at the start."""
    return pd.DataFrame(
        {
            "Indicateur": [i.name for i in INDICATORS],
            "Unité": [i.unit for i in INDICATORS],
            f"Situation de départ ({BASELINE_MONTH})": [
                f"{number_fr(i.baseline)} {i.unit}" for i in INDICATORS
            ],
        }
    )


def _cell(value: Any) -> str:
    # Candidates' text goes into a Markdown table: a pipe or a line break would break it.
    return str(value).replace("|", "/").replace("\n", " ").strip() or "—"


def _target(value: Any) -> str:
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return number_fr(value)
    return _cell(value)


def _deadline(value: Any) -> str:
    try:
        return date_fr(date.fromisoformat(str(value)))
    except ValueError:
        return _cell(value)


def framing_sheet(
    problem: str,
    constraints: Iterable[str],
    objectives: Iterable[Mapping[str, Any]],
    budget: Mapping[str, Any],
) -> str:
    """The one-page « fiche de cadrage » (Markdown) built from the candidate's answers.

    Tolerates incomplete answers (a missing key shows as « — ») so that the
    candidate always gets a page to reread.
    """
    lines = [
        f"# Fiche de cadrage — {brand.BRAND}",
        "",
        f"**Client :** {brand.BRAND} ({brand.BRAND_TAGLINE[0].lower()}{brand.BRAND_TAGLINE[1:]})  ",
        f"**Interlocutrice :** {CONTACT_NAME}, {CONTACT_ROLE}  ",
        f"**Brief reçu le :** {date_fr(brand.BRIEF_DATE)}  ",
        (f"**Période du projet :** du {date_fr(brand.PROJECT_START)} "
        f"au {date_fr(brand.PROJECT_END)}"),
        "",
        "## Problématique",
        "",
        str(problem).strip() or "—",
        "",
        "## Objectifs SMART",
        "",
        "| N° | Objectif | Indicateur | Cible | Échéance |",
        "| --- | --- | --- | --- | --- |",
    ]
    for number, obj in enumerate(objectives, start=1):
        obj = obj if isinstance(obj, Mapping) else {}
        unit = _cell(obj.get("unite", "")) if obj.get("unite") else ""
        target = f"{_target(obj.get('cible', '—'))} {unit}".strip()
        lines.append(
            f"| {number} | {_cell(obj.get('objectif', '—'))} | "
            f"{_cell(obj.get('indicateur', '—'))} | {target} | "
            f"{_deadline(obj.get('echeance', '—'))} |"
        )
    items = budget.get("postes_ht", {}) if isinstance(budget, Mapping) else {}
    items = items if isinstance(items, Mapping) else {}
    lines += ["", "## Budget", "", "| Poste | Montant HT |", "| --- | ---: |"]
    lines += [f"| {_cell(name)} | {euros(amount)} |" for name, amount in items.items()]
    get = budget.get if isinstance(budget, Mapping) else (lambda key: None)
    lines += [
        f"| **Total HT** | **{euros(get('total_ht'))}** |",
        f"| TVA ({TVA_RATE:.0%}) | {euros(get('tva'))} |".replace("%", " %"),
        f"| **Total TTC** | **{euros(get('total_ttc'))}** |",
        "",
        "## Contraintes",
        "",
    ]
    lines += [f"- {str(c).strip()}" for c in constraints if str(c).strip()] or ["—"]
    lines += [
        "",
        "## Jalons",
        "",
        f"- Remise du cahier de préconisations : {date_fr(PROPOSAL_DUE)}",
        f"- Présentation orale : {date_fr(PITCH_DATE)}",
        (f"- Mise en œuvre : du {date_fr(brand.PROJECT_START)} au {date_fr(brand.PROJECT_END)}, "
        f"bilan intermédiaire {MIDTERM_REVIEW}"),
        "",
    ]
    return "\n".join(lines)
