"""Customer journey maps: a plain table of touchpoints in, a journey map (figure) out.

The journey table has one row per touchpoint, with French column names::

    Étape            Point de contact                 Canal       Contenu de marque        Émotion
    Découverte       Reel vu dans le fil « Pour toi »  Instagram   Reel « 3 gestes zéro …»  1
    ...

``Étape`` is one of :data:`STAGES` (awareness -> consideration -> conversion
-> loyalty -> advocacy), ``Canal`` one of :data:`CHANNELS`, ``Contenu de
marque`` the brand content met at that touchpoint (may be empty when the
brand has no content there, e.g. word of mouth) and ``Émotion`` (optional)
the persona's feeling from -2 (très négatif) to +2 (très positif).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch, Polygon

from cmcert_lib.bloc1.personas import DisplayFigure
from cmcert_lib.facts.platforms import NETWORKS

__all__ = [
    "CHANNELS",
    "COLUMNS",
    "STAGES",
    "JourneyError",
    "draw_journey",
    "journey_frame",
    "save_journey",
]

STAGES = ("Découverte", "Considération", "Achat", "Fidélisation", "Recommandation")
COLUMNS = ("Étape", "Point de contact", "Canal", "Contenu de marque")
EMOTION = "Émotion"
CHANNELS = (
    *NETWORKS,
    "Site web",
    "Newsletter",
    "Moteur de recherche",
    "Avis en ligne",
    "Presse et blogs",
    "Boutique de Saint-Malo",
    "Marchés et salons",
    "Revendeurs",
    "Colis",
    "Service client",
    "SMS",
    "Bouche-à-oreille",
)

STAGE_COLOURS = ("#2E6F7E", "#3C8796", "#D9825B", "#4E8F6A", "#1F3B4D")
NAVY = "#1F3B4D"
INK = "#22313A"
MUTED = "#5E6B73"
PAPER = "#FBF8F3"
EMOTION_LABELS = {-2: "Très négative", -1: "Négative", 0: "Neutre", 1: "Positive", 2: "Très positive"}


class JourneyError(ValueError):
    """A journey table that cannot be drawn; the message is French, for the candidate."""


def journey_frame(table: Any) -> pd.DataFrame:
    """The journey table as a clean DataFrame (stages in order), or a French JourneyError.

    Accepts a DataFrame or a list of dicts with the columns of :data:`COLUMNS`
    (and optionally ``Émotion``).
    """
    if isinstance(table, pd.DataFrame):
        frame = table.copy()
    elif isinstance(table, Sequence) and not isinstance(table, (str, bytes)) and all(
        isinstance(row, Mapping) for row in table
    ):
        frame = pd.DataFrame(list(table))
    else:
        raise JourneyError(
            "Le parcours doit être un tableau pandas (DataFrame) ou une liste de dictionnaires, "
            "une ligne par point de contact."
        )
    if frame.empty:
        raise JourneyError("Le parcours est vide : ajoutez au moins un point de contact par étape.")
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise JourneyError(
            f"Colonne(s) manquante(s) dans le parcours : {', '.join('« ' + c + ' »' for c in missing)}. "
            f"Colonnes attendues : {', '.join('« ' + c + ' »' for c in COLUMNS)} "
            f"(et « {EMOTION} » si vous tracez la courbe d'émotion)."
        )
    frame = frame.reset_index(drop=True)
    for column in COLUMNS:
        frame[column] = frame[column].fillna("").astype(str).str.strip()
    unknown = sorted(set(frame["Étape"]) - set(STAGES))
    if unknown:
        raise JourneyError(
            f"Étape(s) inconnue(s) : {', '.join('« ' + s + ' »' for s in unknown)}. "
            f"Étapes possibles : {', '.join(STAGES)}."
        )
    absent = [s for s in STAGES if s not in set(frame["Étape"])]
    if absent:
        raise JourneyError(
            f"Aucun point de contact pour l'étape ou les étapes : {', '.join(absent)}. "
            "Le parcours type couvre les cinq étapes."
        )
    empty = frame.index[frame["Point de contact"] == ""]
    if len(empty):
        raise JourneyError(f"Ligne {empty[0]} : le « Point de contact » est vide.")
    bad = frame.loc[~frame["Canal"].isin(CHANNELS), "Canal"]
    if len(bad):
        raise JourneyError(
            f"Canal inconnu « {bad.iloc[0]} » (ligne {bad.index[0]}). "
            f"Canaux possibles : {', '.join(CHANNELS)}."
        )
    if EMOTION in frame.columns:
        emotions = pd.to_numeric(frame[EMOTION], errors="coerce")
        if emotions.isna().any() or not emotions.between(-2, 2).all() or (emotions % 1 != 0).any():
            raise JourneyError(
                f"La colonne « {EMOTION} » attend un entier de -2 (très négative) à +2 (très positive) "
                "sur chaque ligne."
            )
        frame[EMOTION] = emotions.astype(int)
    order = {stage: i for i, stage in enumerate(STAGES)}
    frame["_ordre"] = frame["Étape"].map(order)
    frame = frame.sort_values("_ordre", kind="stable").drop(columns="_ordre")
    return frame.reset_index(drop=True)


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width=width)) if text else ""


def draw_journey(table: Any, title: str | None = None, emotions: bool = True) -> Figure:
    """Draw the journey map: one column per stage, touchpoints, channels, brand contents,
    and the emotion curve when the table has an ``Émotion`` column."""
    frame = journey_frame(table)
    with_curve = emotions and EMOTION in frame.columns
    per_stage = {s: frame[frame["Étape"] == s] for s in STAGES}
    most = max(len(rows) for rows in per_stage.values())
    # Heights in inches: title, stage grid, emotion curve, footer.
    title_h, grid_h, curve_h, foot_h = 0.9, 0.5 + 1.75 * most, 2.4 if with_curve else 0.0, 0.35
    height = title_h + grid_h + curve_h + foot_h
    fig = DisplayFigure(figsize=(17, height), facecolor=PAPER)
    fig.text(0.06, 1 - 0.45 / height, title or "Parcours client type", fontsize=18,
             fontweight="bold", color=NAVY, va="center")
    left, width = 0.06, 0.925
    grid = fig.add_axes((left, (foot_h + curve_h) / height, width, grid_h / height))
    grid.set_xlim(0, 5)
    grid.set_ylim(0, 1)
    grid.axis("off")

    col_w = 1.0
    header_h = 0.5 / grid_h
    for i, (stage, colour) in enumerate(zip(STAGES, STAGE_COLOURS, strict=True)):
        x0, x1 = i * col_w + 0.01, (i + 1) * col_w - 0.01
        tip = 0.06
        points = [(x0, 1 - header_h), (x1 - tip, 1 - header_h), (x1, 1 - header_h / 2),
                  (x1 - tip, 1), (x0, 1)]
        if i:
            points.insert(0, (x0 + tip, 1 - header_h / 2))
        grid.add_patch(Polygon(points, closed=True, facecolor=colour, edgecolor="none"))
        grid.text((x0 + x1) / 2, 1 - header_h / 2, stage.upper(), color="white", fontsize=12.5,
                  fontweight="bold", ha="center", va="center")
        rows = per_stage[stage]
        slot = (1 - header_h - 0.02) / max(most, 1)
        for j, (_, row) in enumerate(rows.iterrows()):
            y1 = 1 - header_h - 0.02 - j * slot
            y0 = y1 - slot + 0.015
            grid.add_patch(FancyBboxPatch(
                (x0 + 0.01, y0), x1 - x0 - 0.02, y1 - y0,
                boxstyle="round,pad=0,rounding_size=0.02", facecolor="white",
                edgecolor=colour, linewidth=1.2,
            ))
            grid.text(x0 + 0.04, y1 - 0.1 / grid_h, row["Canal"].upper(), fontsize=8.5,
                      fontweight="bold", color=colour, va="top")
            grid.text(x0 + 0.04, y1 - 0.3 / grid_h,
                      _wrap(row["Point de contact"], 36), fontsize=9.5, color=INK, va="top",
                      linespacing=1.25)
            content = row["Contenu de marque"]
            grid.text(x0 + 0.04, y0 + 0.1 / grid_h,
                      _wrap("Contenu : " + content, 42) if content else "Pas de contenu de marque",
                      fontsize=8.5, color=MUTED if not content else colour, style="italic",
                      va="bottom", linespacing=1.2)

    if with_curve:
        curve = fig.add_axes((left, (foot_h + 0.2) / height, width, (curve_h - 0.65) / height))
        means = [per_stage[s][EMOTION].mean() for s in STAGES]
        xs = [i + 0.5 for i in range(5)]
        curve.axhspan(0, 2.4, color="#E3F0E8", zorder=0)
        curve.axhspan(-2.4, 0, color="#F6E3DA", zorder=0)
        curve.plot(xs, means, color=NAVY, linewidth=2.5, marker="o", markersize=9,
                   markerfacecolor="white", markeredgewidth=2.5, zorder=3)
        for x, m in zip(xs, means, strict=True):
            label = EMOTION_LABELS[math.floor(m + 0.5)]
            curve.annotate(label, (x, m), textcoords="offset points",
                           xytext=(0, 12 if m >= 0 else -18), ha="center", fontsize=9,
                           color=INK)
        curve.set_xlim(0, 5)
        curve.set_ylim(-2.4, 2.4)
        curve.set_yticks([-2, 0, 2], ["Négative", "Neutre", "Positive"], fontsize=9, color=MUTED)
        curve.set_xticks([])
        curve.set_title("Émotion du persona à chaque étape (moyenne des points de contact)",
                        fontsize=10.5, color=NAVY, loc="left")
        for side in ("top", "right", "bottom"):
            curve.spines[side].set_visible(False)
        curve.set_facecolor(PAPER)
    fig.text(0.98, 0.012, "Carte du parcours client · Maison Ondine", fontsize=8.5, color=MUTED,
             ha="right", va="bottom")
    return fig


def save_journey(journey: Any, path: str | Path, dpi: int = 150, title: str | None = None) -> Path:
    """Write the journey map (a Figure or a journey table) as a PNG and return its path."""
    fig = journey if isinstance(journey, Figure) else draw_journey(journey, title=title)
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise JourneyError(f"Le fichier de la carte doit se terminer par .png (reçu : {path.name}).")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=dpi, facecolor=fig.get_facecolor())
    return path
