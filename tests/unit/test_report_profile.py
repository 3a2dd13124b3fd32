"""A candidate's chart (cmcert_lib/report/profile.py): what it draws, from hand-made results."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

from cmcert_lib.report import charts, model, profile
from cmcert_lib.report.model import assess
from cmcert_lib.report.rule import Rule
from tests.unit.test_report_rule import QUESTIONS, RUBRICS, SOURCE, gradebook, judge

SVG = "{http://www.w3.org/2000/svg}"


def _cohort(q1: float, q2: float, judgements, rule: Rule = Rule(), submitted: bool = True):  # noqa: B008
    return assess({1: "bloc1"}, QUESTIONS, gradebook(q1, q2, submitted=submitted), RUBRICS,
                  {"bloc1": judgements}, SOURCE, rule)


def _bars(svg: str) -> list[tuple[float, str, str]]:
    """(width, fill, tooltip) of each bar, top to bottom."""
    root = ET.fromstring(svg)
    return [(float(r.get("width")), r.get("fill"), r.find(f"{SVG}title").text)
            for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]


def test_one_bar_per_competency_with_points_its_width_the_share_its_colour_the_status():
    cohort = _cohort(2.5, 3.5, [judge("fond", "acquis"), judge("forme", "maitrise")])
    svg = profile.candidate_profile(cohort, cohort.candidates[0], "Points de <Ana>")
    bars = _bars(svg)
    # Bloc 1 of the hand-made course: only C1.1.1 has points (6 of 10 autograded), and it is acquired.
    assert len(bars) == 1
    width, fill, tooltip = bars[0]
    plot = profile.WIDTH - profile.LEFT - profile.RIGHT
    assert abs(width - plot * 0.6 / profile.X_MAX) < 0.06
    assert fill == charts.COLOURS[model.ACQUIRED] and tooltip == "C1.1.1 : acquise"
    texts = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    assert "60\u00a0%" in texts and "\u00a0seuil 60\u00a0%" in texts and "C1.1.1" in texts
    assert "Part des points des questions notées par points" in texts and "Acquise" in texts
    assert 'aria-label="Points de &lt;Ana&gt;"' in svg  # the alternative text is escaped


def test_a_failed_competency_is_red_and_the_threshold_follows_the_rule():
    cohort = _cohort(1.0, 1.0, [judge("fond", "acquis"), judge("forme", "acquis")],
                     replace(Rule(), points_threshold=50.0))
    svg = profile.candidate_profile(cohort, cohort.candidates[0], "x")
    assert _bars(svg)[0][1] == charts.COLOURS[model.NOT_ACQUIRED]
    dashed = next(line for line in ET.fromstring(svg).iter(f"{SVG}line") if line.get("stroke-dasharray"))
    plot = profile.WIDTH - profile.LEFT - profile.RIGHT
    assert abs(float(dashed.get("x1")) - (profile.LEFT + plot * 0.5 / profile.X_MAX)) < 0.06
    assert "Non acquise" in svg and "Acquise<" not in svg  # the legend lists the statuses shown only


def test_no_chart_without_points_and_nothing_outside_the_page():
    absent = _cohort(0, 0, [], submitted=False)
    assert profile.candidate_profile(absent, absent.candidates[0], "x") is None
    cohort = _cohort(4, 6, [])
    svg = profile.candidate_profile(cohort, cohort.candidates[0], "x")
    assert not re.search(r"url\(|href|<script|<image", svg)
