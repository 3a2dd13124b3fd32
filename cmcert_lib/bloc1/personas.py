"""Persona cards: a plain dict in, a client-ready card (matplotlib figure) out.

A persona is written as a dict with French keys, so that a candidate types it
as data and the card layout stays the library's business::

    persona = {
        "nom": "Claire Le Gall",
        "âge": 38,
        "métier": "Infirmière, mère de deux enfants",
        "citation": "Je veux des produits sûrs pour toute la famille, sans y passer des heures.",
        "objectifs": ["...", "..."],
        "freins": ["..."],
        "motivations": ["..."],
        "réseaux": ["Facebook", "Pinterest", "Instagram"],
        "habitudes médias": ["..."],
        # optional: "ville", "segment", "bio"
    }
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Ellipse, FancyBboxPatch

from cmcert_lib.bloc1.datasets import survey

__all__ = [
    "LIST_FIELDS",
    "OPTIONAL_FIELDS",
    "REQUIRED_FIELDS",
    "DisplayFigure",
    "PersonaError",
    "check_persona",
    "draw_persona",
    "save_persona",
    "sketch_from_answers",
]

# Field -> what the candidate is asked for, in French (error messages use it).
REQUIRED_FIELDS = {
    "nom": "le prénom et le nom du persona",
    "âge": "son âge (un nombre entier)",
    "métier": "son métier ou sa situation",
    "citation": "une phrase qu'il ou elle pourrait dire",
    "objectifs": "ses objectifs",
    "freins": "ses freins (ce qui l'empêche d'acheter)",
    "motivations": "ses motivations",
    "réseaux": "les réseaux sociaux qu'il ou elle utilise",
    "habitudes médias": "ses habitudes médias",
}
OPTIONAL_FIELDS = ("ville", "segment", "bio")
LIST_FIELDS = ("objectifs", "freins", "motivations", "réseaux", "habitudes médias")

NAVY = "#1F3B4D"
SEA = "#2E6F7E"
FOAM = "#EAF3F4"
SAND = "#F6EFE6"
CORAL = "#D9825B"
INK = "#22313A"
MUTED = "#5E6B73"

# Colours of the network chips (brand-neutral, readable with white text).
NETWORK_COLOURS = {
    "Instagram": "#B5386F",
    "Facebook": "#2F5DA8",
    "TikTok": "#222222",
    "YouTube": "#C4302B",
    "Pinterest": "#B7081B",
    "LinkedIn": "#0A66C2",
    "Snapchat": "#B59A00",
    "X": "#333333",
}


class DisplayFigure(Figure):
    """A figure a notebook shows as an image by itself.

    Built without pyplot, so that redrawing cards in a widget never piles up
    pyplot figures (and never triggers its too-many-figures warning).
    """

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=100, facecolor=self.get_facecolor())
        return buffer.getvalue()


class PersonaError(ValueError):
    """A persona dict that cannot be drawn; the message is French, for the candidate."""


def check_persona(persona: Any) -> dict:
    """Return a cleaned copy of the persona, or raise PersonaError saying what is wrong."""
    if not isinstance(persona, Mapping):
        raise PersonaError(
            "Le persona doit être un dictionnaire Python, par exemple "
            '{"nom": "Claire Le Gall", "âge": 38, ...} ; '
            f"vous avez donné un objet de type {type(persona).__name__}."
        )
    missing = [key for key in REQUIRED_FIELDS if key not in persona]
    if missing:
        details = " ; ".join(f"« {k} » ({REQUIRED_FIELDS[k]})" for k in missing)
        raise PersonaError(f"Il manque dans le persona : {details}.")
    unknown = [k for k in persona if k not in REQUIRED_FIELDS and k not in OPTIONAL_FIELDS]
    if unknown:
        known = ", ".join(f"« {k} »" for k in (*REQUIRED_FIELDS, *OPTIONAL_FIELDS))
        raise PersonaError(
            f"Clé(s) inconnue(s) : {', '.join('« ' + str(k) + ' »' for k in unknown)}. "
            f"Clés possibles : {known} (attention aux accents)."
        )
    card = dict(persona)
    age = card["âge"]
    if isinstance(age, bool) or not isinstance(age, (int, float)) or age != int(age):
        raise PersonaError("L'« âge » du persona doit être un nombre entier, par exemple 38.")
    if not 15 <= age <= 100:
        raise PersonaError(f"L'« âge » du persona ({age}) n'est pas plausible : entre 15 et 100 ans.")
    card["âge"] = int(age)
    for key in ("nom", "métier", "citation", *(k for k in OPTIONAL_FIELDS if k in card)):
        if not isinstance(card[key], str) or not card[key].strip():
            raise PersonaError(f"« {key} » doit être un texte non vide entre guillemets.")
        card[key] = card[key].strip()
    for key in LIST_FIELDS:
        value = card[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)) or not value:
            raise PersonaError(
                f"« {key} » doit être une liste non vide de textes, par exemple [\"...\", \"...\"]."
            )
        if not all(isinstance(item, str) and item.strip() for item in value):
            raise PersonaError(f"Chaque élément de « {key} » doit être un texte non vide.")
        if len(value) > 6:
            raise PersonaError(
                f"« {key} » a {len(value)} éléments : 6 au plus, une fiche persona se lit d'un coup d'œil."
            )
        card[key] = [item.strip() for item in value]
    return card


def _initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p]
    # "Claire Le Gall" -> "CL", "Persona à nommer" -> "P": small lower-case words are skipped.
    capitals = [p for p in parts if p[0].isupper()] or parts
    return "".join(p[0].upper() for p in capitals[:2])


def _bullets(items: list[str], width: int) -> str:
    lines = []
    for item in items:
        wrapped = textwrap.wrap(item, width=width) or [""]
        lines.append("•  " + wrapped[0])
        lines += ["    " + rest for rest in wrapped[1:]]
    return "\n".join(lines)


def _panel(fig: Figure, x: float, y: float, w: float, h: float, title: str, items: list[str]):
    fig.add_artist(FancyBboxPatch(
        (x, y), w, h, boxstyle="round,pad=0,rounding_size=0.012",
        transform=fig.transFigure, facecolor="white", edgecolor="#D5DEE2", linewidth=1.0,
    ))
    fig.add_artist(FancyBboxPatch(
        (x, y + h - 0.006), w, 0.006, boxstyle="square,pad=0",
        transform=fig.transFigure, facecolor=CORAL, edgecolor="none",
    ))
    fig.text(x + 0.018, y + h - 0.045, title.upper(), fontsize=11, fontweight="bold",
             color=SEA, va="center")
    fig.text(x + 0.018, y + h - 0.085, _bullets(items, width=int(w * 150)), fontsize=10.5,
             color=INK, va="top", linespacing=1.45)


def draw_persona(persona: Mapping) -> Figure:
    """Draw a persona card (landscape, 13 x 7.5 in) from a persona dict."""
    card = check_persona(persona)
    fig = DisplayFigure(figsize=(13, 7.5), facecolor=SAND)
    # An empty axes: Jupyter's inline backend skips figures that have none.
    fig.add_axes((0, 0, 1, 1)).set_axis_off()

    # Identity band on the left.
    fig.add_artist(FancyBboxPatch(
        (0.0, 0.0), 0.29, 1.0, boxstyle="square,pad=0", transform=fig.transFigure,
        facecolor=NAVY, edgecolor="none",
    ))
    # Width and height differ in figure units so that the avatar stays round.
    fig.add_artist(Ellipse((0.145, 0.80), 0.12, 0.12 * 13 / 7.5, transform=fig.transFigure,
                           facecolor=FOAM, edgecolor=CORAL, linewidth=3))
    fig.text(0.145, 0.80, _initials(card["nom"]), fontsize=34, fontweight="bold", color=NAVY,
             ha="center", va="center")
    fig.text(0.145, 0.635, card["nom"], fontsize=17, fontweight="bold", color="white",
             ha="center", va="center")
    subtitle = f"{card['âge']} ans" + (f" · {card['ville']}" if "ville" in card else "")
    fig.text(0.145, 0.59, subtitle, fontsize=11.5, color=FOAM, ha="center", va="center")
    fig.text(0.145, 0.545, "\n".join(textwrap.wrap(card["métier"], 34)), fontsize=10.5,
             color=FOAM, ha="center", va="top", linespacing=1.35)
    top = 0.43
    if "segment" in card:
        fig.text(0.025, top, "SEGMENT", fontsize=9, fontweight="bold", color=CORAL)
        fig.text(0.025, top - 0.035, "\n".join(textwrap.wrap(card["segment"], 38)),
                 fontsize=10, color="white", va="top")
        top -= 0.11
    fig.text(0.025, top, "RÉSEAUX SOCIAUX", fontsize=9, fontweight="bold", color=CORAL)
    y, x = top - 0.06, 0.025
    for network in card["réseaux"]:
        width = 0.012 + 0.0078 * len(network)
        if x + width > 0.275:
            x, y = 0.025, y - 0.055
        fig.add_artist(FancyBboxPatch(
            (x, y), width, 0.036, boxstyle="round,pad=0,rounding_size=0.015",
            transform=fig.transFigure,
            facecolor=NETWORK_COLOURS.get(network, SEA), edgecolor="white", linewidth=0.8,
        ))
        fig.text(x + width / 2, y + 0.018, network, fontsize=9.5, color="white",
                 fontweight="bold", ha="center", va="center")
        x += width + 0.008
    if "bio" in card:
        fig.text(0.025, y - 0.05, "\n".join(textwrap.wrap(card["bio"], 40)), fontsize=9.2,
                 color=FOAM, va="top", linespacing=1.4, style="italic")

    # Quote, then four panels.
    quote = "\n".join(textwrap.wrap(f"« {card['citation']} »", 85))
    fig.text(0.32, 0.925, quote, fontsize=14, style="italic", color=NAVY, va="top",
             linespacing=1.35)
    fig.text(0.965, 0.035, "Fiche persona · Maison Ondine", fontsize=8.5, color=MUTED,
             ha="right")
    left, gap, w = 0.32, 0.02, 0.315
    h = 0.345
    _panel(fig, left, 0.43, w, h, "Objectifs", card["objectifs"])
    _panel(fig, left + w + gap, 0.43, w, h, "Motivations", card["motivations"])
    _panel(fig, left, 0.07, w, h, "Freins", card["freins"])
    _panel(fig, left + w + gap, 0.07, w, h, "Habitudes médias", card["habitudes médias"])
    return fig


def save_persona(persona: Mapping | Figure, path: str | Path, dpi: int = 150) -> Path:
    """Write the card as a PNG (parent folders created) and return its path."""
    fig = persona if isinstance(persona, Figure) else draw_persona(persona)
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise PersonaError(f"Le fichier de la fiche doit se terminer par .png (reçu : {path.name}).")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=dpi, facecolor=fig.get_facecolor())
    return path


def _top(series: pd.Series, n: int) -> list[str]:
    counts = series[series.astype(str).str.strip() != ""].value_counts()
    return [str(v) for v in counts.index[:n]]


def sketch_from_answers(answers: pd.DataFrame, segment: str, name: str = "Persona à nommer") -> dict:
    """A first draft of a persona from a group of survey answers (to explore, not to hand in).

    ``answers`` has the survey's columns (pseudonymised or not).  Networks are
    those ticked by at least 40 % of the group, in decreasing order.
    """
    if answers.empty:
        raise PersonaError(f"Aucune réponse dans le segment « {segment} » : rien à résumer.")
    networks = answers[survey.NETWORKS_USED]
    ticked = networks.str.split(", ").explode().value_counts() / len(answers)
    used = [str(n) for n, share in ticked.items() if share >= 0.4] or [str(ticked.index[0])]
    budget = answers[survey.BUDGET].median()
    criterion = _top(answers[survey.FIRST_CRITERION], 2)
    place = _top(answers[survey.WHERE_BOUGHT], 1)
    time = _top(answers[survey.DAILY_TIME], 1)
    expects = _top(answers[survey.EXPECTATIONS], 3)
    unaware = (answers[survey.KNOWS_BRAND] == "Non").mean()
    return {
        "nom": name,
        "âge": round(float(answers[survey.AGE].median())),
        "métier": _top(answers[survey.JOB], 1)[0],
        "segment": f"{segment} ({len(answers)} répondants)",
        "citation": expects[0][0].upper() + expects[0][1:] if expects else "(pas de verbatim dans ce segment)",
        "objectifs": [f"Premier critère d'achat : {c.lower()}" for c in criterion],
        "freins": [f"Ne connaît pas Maison Ondine : {unaware:.0%} du segment".replace("%", " %")],
        "motivations": expects[1:] or ["(à compléter avec les verbatims)"],
        "réseaux": used,
        "habitudes médias": [
            f"Temps quotidien le plus cité : {time[0].lower()}" if time else "Temps non renseigné",
            f"Achète surtout : {place[0].lower()}" if place else "Lieu d'achat non renseigné",
            f"Budget mensuel médian : {budget:.0f} €" if pd.notna(budget) else "Budget non renseigné",
        ],
    }
