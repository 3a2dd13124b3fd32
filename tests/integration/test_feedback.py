"""The feedback a candidate receives after a trainer graded with the rubric: criteria, levels, remarks,
what to work on, and still no hidden test."""

from __future__ import annotations

import re

import pytest

from cmcert_lib import nbgrader_steps
from cmcert_lib.authoring.rubrics import load_rubrics
from cmcert_lib.marking import store as rubric_store
from tests.conftest import demo_copy

BLOC = "bloc1"


@pytest.fixture(scope="module")
def feedback_page(demo_template, tmp_path_factory):
    course = demo_copy(demo_template, tmp_path_factory.mktemp("feedback"))
    rubric = load_rubrics(course.root, BLOC)[("01_brief", "reformulation")]
    levels = dict(zip([c.id for c in rubric.criteria], ["maitrise", "en_cours", "acquis"], strict=True))
    remarks = {rubric.criteria[1].id: "La question oublie <b>les cibles</b>."}
    rubric_store.save_cell(course.gradebook_url, rubric, "demo_partiel", levels, remarks,
                           "Relisez le brief, partie « Attentes ».", "formatrice", expected_revision=0)
    assert nbgrader_steps.generate_feedback(course.root, BLOC, "demo_partiel").ok
    html = (course.feedback("demo_partiel", BLOC) / "01_brief.html").read_text(encoding="utf-8")
    return rubric, html


def test_feedback_shows_each_criterion_its_level_and_remark(feedback_page):
    rubric, html = feedback_page
    for crit, level in zip(rubric.criteria, ["Maîtrisé", "En cours d&#39;acquisition", "Acquis"], strict=True):
        assert f"{crit.title} — {level}" in html.replace("'", "&#39;")
    assert "La question oublie <b>les cibles</b>." in html  # markdown's inline HTML, made inert but kept
    assert "Relisez le brief" in html


def test_feedback_says_what_to_work_on(feedback_page):
    rubric, html = feedback_page
    assert "À travailler" in html
    assert rubric.criteria[1].descriptors[2].split(" ")[0] in html


def test_feedback_still_hides_tests_and_solutions(feedback_page):
    _, html = feedback_page
    for leak in ("BEGIN HIDDEN TESTS", "BEGIN SOLUTION", "expected=", "Traceback (most recent call last)"):
        assert leak not in html


def test_a_judgement_answer_not_yet_graded_says_so_instead_of_zero(feedback_page, demo_template):
    # demo_partiel's other judgement answers wait for a trainer; the one graded above shows its score.
    _, html = feedback_page
    assert "en attente de correction" in html
    assert "réponse rédigée en attente de correction" in html or "réponses rédigées en attente de correction" in html
    pages = (demo_template.course.feedback("demo_complet", BLOC) / "01_brief.html").read_text(encoding="utf-8")
    assert "en attente de correction</span>, sur" not in pages  # every answer of the model candidate is graded


def test_feedback_has_no_prompt_counters_and_loads_nothing_from_outside(feedback_page):
    _, html = feedback_page
    assert "In&nbsp;[" not in html and "Out[" not in html
    assert "mathjax" not in html.lower() and "¶" not in html
    # A test cell's value (its points as Python prints them) is not shown beside « Points : 1,5 / 3 ».
    assert not re.search(r"<pre>\s*\d+\.\d+\s*</pre>", html)
    assert not re.search(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)


def test_every_chart_in_the_feedback_is_described_in_french(demo_template):
    # The page is rendered without nbconvert's last pass (FeedbackExporter), which wrote English descriptions.
    html = (demo_template.course.feedback("demo_complet", BLOC) / "02_benchmark_ecoute.html").read_text(
        encoding="utf-8")
    images = re.findall(r"<img\b[^>]*>", html)
    assert len(images) >= 3
    assert all(re.search(r'\balt="[^"]+"', image) for image in images)
    assert "Image produite par la cellule de code (sans description)" in html
    assert "No description" not in html
