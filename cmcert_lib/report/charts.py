"""The report's charts (matplotlib), as PNG bytes the HTML embeds in base64.

Figures are built with :class:`matplotlib.figure.Figure` directly (no pyplot
state), so that building reports never opens a window nor leaks figures.
"""

from __future__ import annotations

import base64
import io
import textwrap

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import PercentFormatter

from cmcert_lib.facts import referential
from cmcert_lib.report import model
from cmcert_lib.report.model import Cohort

# One colour per status, shared by the charts and the HTML badges.
COLOURS = {
    model.ACQUIRED: "#2e7d32",
    model.PENDING: "#f2a900",
    model.ORAL_PENDING: "#7e57c2",  # also BLOC_ORAL_PENDING: the same words
    model.NOT_ACQUIRED: "#c62828",
    model.NOT_TAKEN: "#90a4ae",
    model.NOT_ASSESSED: "#cfd8dc",
    model.VALIDATED: "#2e7d32",
    model.FAILED: "#c62828",
    model.BLOC_NOT_TAKEN: "#90a4ae",
    model.BLOC_NOT_ASSESSED: "#cfd8dc",
}
INK = "#263238"
GRID = "#e0e6ea"
MEAN_BAR = "#d6e4f0"  # the candidates' mean, behind their dots
ACCENT = "#1f4e79"
MANUAL_DOT = "#8e44ad"
ORAL_DOT = "#00897b"
# Statuses of the candidates who presented a bloc, in the order the bars stack them.
PRESENTED = (model.ACQUIRED, model.PENDING, model.ORAL_PENDING, model.NOT_ACQUIRED)
DPI = 110


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    fig.patch.set_facecolor("white")
    return fig


def _style(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color("#b0bec5")
    ax.spines["bottom"].set_color("#b0bec5")
    ax.tick_params(colors=INK, labelsize=9)
    ax.title.set_color(INK)


def png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return buffer.getvalue()


def data_uri(image: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(image).decode("ascii")


def _percent_axis(axis) -> None:
    # French typography: a space before the percent sign.
    axis.set_major_formatter(PercentFormatter(1.0, decimals=0, symbol="\u00a0%"))


def _pct(share: float) -> str:
    return f"{round(share * 100):d}\u00a0%"


def _legend_below(fig: Figure, ax, ncols: int, extra: list | None = None) -> None:
    handles, labels = ax.get_legend_handles_labels()
    for handle in extra or ():
        handles.append(handle)
        labels.append(handle.get_label())
    fig.legend(handles, labels, loc="outside lower center", ncols=ncols, frameon=False, fontsize=9)


def _short(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder="…")


def _label(question, width: int) -> str:
    """« 06 · Exercice 2 — Exporter… [export_ics_tests] »: shortened, keeping a disambiguating suffix."""
    title = question.title or question.cell
    suffix = ""
    if title.endswith("]") and " [" in title:
        title, _, suffix = title.rpartition(" [")
        suffix = " [" + suffix
    prefix = f"{question.notebook[:2]} · "
    return prefix + _short(title, max(12, width - len(prefix) - len(suffix))) + suffix


def competency_rates(cohort: Cohort) -> bytes | None:
    """Stacked horizontal bars: per assessed competency, the share of presenting candidates by status."""
    rows = []
    for comp in cohort.assessed_competencies():
        counts = cohort.competency_counts(comp.code)
        presented = sum(counts[s] for s in PRESENTED)
        if presented:
            rows.append((comp.code, {s: counts[s] / presented for s in PRESENTED}))
    if not rows:
        return None
    rows.sort(key=lambda r: (r[1][model.ACQUIRED], r[1][model.PENDING], r[1][model.ORAL_PENDING], r[0]))
    fig = _figure(8.5, 1.3 + 0.34 * len(rows))
    ax = fig.add_subplot()
    labels = [code for code, _ in rows]
    left = [0.0] * len(rows)
    for status in PRESENTED:
        values = [shares[status] for _, shares in rows]
        if status == model.ORAL_PENDING and not any(values):
            continue  # no oral pending: no legend entry for it
        ax.barh(labels, values, left=left, color=COLOURS[status], label=status.capitalize(), height=0.7)
        for i, (start, value) in enumerate(zip(left, values, strict=True)):
            if value >= 0.12:
                ax.text(start + value / 2, i, _pct(value), ha="center",
                        va="center", fontsize=8, color="white" if status != model.PENDING else INK)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_xlim(0, 1)
    _percent_axis(ax.xaxis)
    ax.set_xlabel("Part des candidats ayant présenté le bloc", color=INK)
    ax.set_title("Compétences par taux de réussite", loc="left", fontsize=12, fontweight="bold")
    _legend_below(fig, ax, 4)
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    _style(ax)
    return png(fig)


def candidates_by_bloc(cohort: Cohort) -> bytes:
    """Stacked bars: per bloc of the referential, the number of candidates by bloc status."""
    fig = _figure(8.5, 3.8)
    ax = fig.add_subplot()
    labels = [f"Bloc {b.number}" for b in referential.BLOCS]
    bottom = [0] * len(labels)
    for status in model.BLOC_STATUSES:
        values = [cohort.bloc_counts(b.number)[status] for b in referential.BLOCS]
        if not any(values):
            continue
        ax.bar(labels, values, bottom=bottom, color=COLOURS[status], label=status.capitalize(), width=0.6)
        for i, (start, value) in enumerate(zip(bottom, values, strict=True)):
            if value:
                ax.text(i, start + value / 2, str(value), ha="center", va="center", fontsize=9,
                        color="white" if status in (model.VALIDATED, model.FAILED, model.BLOC_ORAL_PENDING)
                        else INK)
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    ax.set_ylabel("Candidats", color=INK)
    ax.set_ylim(0, max(1, len(cohort.candidates)))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Candidats par bloc", loc="left", fontsize=12, fontweight="bold")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9)
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    _style(ax)
    return png(fig)


def question_distribution(cohort: Cohort) -> bytes | None:
    """Per question, every presenting candidate's share of the points (dots) and their mean (bar)."""
    stats = [q for q in cohort.questions if q.graded]
    if not stats:
        return None
    fig = _figure(8.5, 1.2 + 0.3 * len(stats))
    ax = fig.add_subplot()
    positions = list(range(len(stats)))[::-1]
    labels = []
    for y, q in zip(positions, stats, strict=True):
        labels.append(_label(q.question, 62))
        ax.barh(y, q.mean, color=MEAN_BAR, height=0.7)
        graded = q.graded
        # Spread equal scores vertically so that each candidate stays visible, within the question's row:
        # 0.12 apart for a small group, closer for a cohort (800 dots 0.12 apart covered the whole chart).
        step = min(0.12, 0.6 / max(1, len(graded) - 1))
        offsets = [(i - (len(graded) - 1) / 2) * step for i in range(len(graded))]
        colour = {"auto": ACCENT, "oral": ORAL_DOT}.get(q.question.kind, MANUAL_DOT)
        # Arrays, not lists: matplotlib turns a list into a masked array element by element.
        ax.scatter(np.asarray(graded, dtype=float), y + np.asarray(offsets, dtype=float), s=16, color=colour,
                   zorder=3)
    ax.set_yticks(positions, labels, fontsize=8)
    ax.set_xlim(-0.03, 1.03)
    _percent_axis(ax.xaxis)
    ax.set_xlabel("Part des points de la question", color=INK)
    ax.set_title("Distribution des scores par question", loc="left", fontsize=12, fontweight="bold")
    ax.scatter([], [], s=16, color=ACCENT, label="candidat, question autocorrigée")
    ax.scatter([], [], s=16, color=MANUAL_DOT, label="candidat, réponse corrigée à la main")
    if any(q.question.kind == "oral" for q in stats):
        ax.scatter([], [], s=16, color=ORAL_DOT, label="candidat, soutenance orale (jury)")
    # A proxy patch: an empty bar series has none, and its legend entry took matplotlib's default blue.
    _legend_below(fig, ax, 3, extra=[Patch(facecolor=MEAN_BAR, label="moyenne des candidats")])
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    _style(ax)
    return png(fig)


def hardest_questions(cohort: Cohort, limit: int = 10) -> bytes | None:
    """The questions with the lowest mean share of points."""
    stats = cohort.hardest_questions(limit)
    if not stats:
        return None
    fig = _figure(8.5, 1.1 + 0.38 * len(stats))
    ax = fig.add_subplot()
    labels = [_label(q.question, 62) for q in stats][::-1]
    means = [q.mean for q in stats][::-1]
    ax.barh(labels, means, color="#d9534f", height=0.65)
    for i, m in enumerate(means):
        ax.text(m + 0.01, i, _pct(m), va="center", fontsize=8, color=INK)
    ax.set_xlim(0, 1.08)
    _percent_axis(ax.xaxis)
    ax.set_xlabel("Part moyenne des points obtenus", color=INK)
    ax.set_title("Les questions les moins réussies", loc="left", fontsize=12, fontweight="bold")
    ax.tick_params(axis="y", labelsize=8)
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    _style(ax)
    return png(fig)
