"""A candidate's chart, « Points obtenus par compétence », as inline SVG written directly.

Every candidate's page has one.  Drawn by matplotlib and encoded as PNG it cost about a second a
candidate (layout, text metrics, rasterising, compressing): a cohort of 1,000 took a quarter of an
hour for these charts alone.  Written as SVG it costs a millisecond, stays self-contained (no script,
no external resource, no ``url()`` reference), prints sharp on A4 and scales with the page.  It draws
what the PNG drew: one bar per competency of the presented blocs with points, coloured by status,
its share written beside it, the rule's threshold dashed, the x axis in percent, a legend below.

Every text is escaped (codes and statuses come from the referential, but the rule is the same
for every text of the report).
"""

from __future__ import annotations

from html import escape

from cmcert_lib.report import model
from cmcert_lib.report.charts import COLOURS, GRID, INK, PRESENTED
from cmcert_lib.report.model import CandidateResult, Cohort

WIDTH = 935  # the PNG's 8.5 in at 110 dpi
ROW = 35  # 0.32 in a row
LEFT, RIGHT = 70, 20  # room for the codes, and for « 100 % » beside a full bar
TOP, BOTTOM = 58, 88  # title and threshold label; axis, its label and the legend
X_MAX = 1.1  # the axis runs to 110 % so that a full bar's share still fits
FONT = 'font-family="DejaVu Sans, Arial, Helvetica, sans-serif"'


def _pct(share: float) -> str:
    return f"{round(share * 100):d}\u00a0%"


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def candidate_profile(cohort: Cohort, result: CandidateResult, alt: str) -> str | None:
    """The SVG of one candidate's share of points per competency against the threshold; None without points."""
    rows = [c for b in result.blocs if b.status not in (model.BLOC_NOT_TAKEN, model.BLOC_NOT_ASSESSED)
            for c in b.competencies if c.max_points]
    if not rows:
        return None
    threshold = (cohort.rule.points_threshold if cohort.rule.method == "seuils"
                 else cohort.rule.share_threshold) / 100
    plot = WIDTH - LEFT - RIGHT
    height = TOP + ROW * len(rows) + BOTTOM
    bottom = TOP + ROW * len(rows)

    def x(share: float) -> str:
        return _num(LEFT + plot * share / X_MAX)

    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(alt)}" '
             f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" {FONT} font-size="11">'),
             (f'<text x="{LEFT}" y="24" font-size="16" font-weight="bold" fill="{INK}">'
             "Points obtenus par compétence</text>")]
    for tick in range(0, 101, 20):
        tx = x(tick / 100)
        parts.append(f'<line x1="{tx}" y1="{TOP}" x2="{tx}" y2="{bottom}" stroke="{GRID}"/>'
                     f'<text x="{tx}" y="{bottom + 16}" text-anchor="middle" fill="{INK}">{tick}\u00a0%</text>')
    labels = []  # drawn over the threshold's line, as matplotlib's texts were
    for i, comp in enumerate(rows):
        share = comp.points / comp.max_points
        y = TOP + ROW * i
        parts.append(f'<rect x="{LEFT}" y="{y + 6}" width="{_num(plot * share / X_MAX)}" height="{ROW - 12}" '
                     f'fill="{COLOURS[comp.status]}"><title>{escape(comp.code)} : {escape(comp.status)}</title></rect>')
        labels.append(f'<text x="{LEFT - 8}" y="{y + ROW / 2 + 4:.0f}" text-anchor="end" fill="{INK}">'
                      f"{escape(comp.code)}</text>"
                      f'<text x="{x(share + 0.01)}" y="{y + ROW / 2 + 4:.0f}" font-size="10" fill="{INK}">'
                      f"{_pct(share)}</text>")
    parts.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}" stroke="#b0bec5"/>'
                 f'<line x1="{LEFT}" y1="{bottom}" x2="{LEFT + plot}" y2="{bottom}" stroke="#b0bec5"/>'
                 f'<line x1="{x(threshold)}" y1="{TOP - 6}" x2="{x(threshold)}" y2="{bottom}" stroke="{INK}" '
                 'stroke-dasharray="5 3"/>'
                 f'<text x="{x(threshold)}" y="{TOP - 10}" font-size="10" fill="{INK}">'
                 f"\u00a0seuil {_pct(threshold)}</text>")
    parts += labels
    counted = "notées par points" if cohort.rule.method == "seuils" else "de toutes les preuves"
    parts.append(f'<text x="{_num(LEFT + plot / 2)}" y="{bottom + 36}" text-anchor="middle" fill="{INK}">'
                 f"Part des points des questions {counted}</text>")
    present = [s for s in PRESENTED if any(c.status == s for c in rows)]
    lx = LEFT + plot / 2 - 75 * len(present)
    for status in present:
        parts.append(f'<rect x="{_num(lx)}" y="{bottom + 56}" width="14" height="10" fill="{COLOURS[status]}"/>'
                     f'<text x="{_num(lx + 20)}" y="{bottom + 65}" fill="{INK}">{escape(status.capitalize())}</text>')
        lx += 150
    parts.append("</svg>")
    return "".join(parts)
