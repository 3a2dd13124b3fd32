"""The cohort report ranks « les questions les moins réussies » only on enough graded copies, and its
legend's colours are those of its marks."""

from __future__ import annotations

from datetime import datetime

from matplotlib.colors import to_hex

from cmcert_lib.report import charts, html, model
from cmcert_lib.report.model import Cohort, QuestionStats
from cmcert_lib.report.sources import Question


def _cohort(copies: int) -> Cohort:
    questions = [
        QuestionStats(Question("bloc1", "02_benchmark", f"q{i}", "auto", 2.0, ("C1.2.2",), title=f"Question {i}"),
                      {f"c{n}": (i + n) % 3 / 2 for n in range(copies)})
        for i in range(3)
    ]
    return Cohort([], None, [], {1: "bloc1"}, questions, datetime(2027, 2, 1))


def test_below_the_minimum_of_graded_copies_the_report_says_so_instead_of_ranking():
    few = _cohort(model.MIN_COPIES_TO_RANK - 1)
    assert few.hardest_questions() == [] and charts.hardest_questions(few) is None
    page = html._hardest_table(few)
    assert f"au moins {model.MIN_COPIES_TO_RANK} copies" in page and "<table>" not in page
    assert f"({model.MIN_COPIES_TO_RANK - 1} au plus aujourd’hui)" in page


def test_with_enough_graded_copies_the_questions_are_ranked_lowest_mean_first():
    enough = _cohort(model.MIN_COPIES_TO_RANK)
    ranked = enough.hardest_questions()
    assert len(ranked) == 3 and [q.mean for q in ranked] == sorted(q.mean for q in ranked)
    assert "<table>" in html._hardest_table(enough)


def test_the_distribution_legend_shows_the_mean_bars_colour(monkeypatch):
    captured = {}
    real = charts._legend_below

    def spy(fig, ax, ncols, extra=None):
        real(fig, ax, ncols, extra)
        captured["legend"] = fig.legends[-1]

    monkeypatch.setattr(charts, "_legend_below", spy)
    assert charts.question_distribution(_cohort(4)) is not None
    legend = captured["legend"]
    entries = dict(zip([t.get_text() for t in legend.get_texts()], legend.legend_handles, strict=True))
    assert to_hex(entries["moyenne des candidats"].get_facecolor()) == charts.MEAN_BAR
