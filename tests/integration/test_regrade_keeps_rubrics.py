"""Regrading never overwrites a rubric grade, and a build applies a rubric change (real `cmcert grade` runs)."""

from __future__ import annotations

import pytest
from nbgrader.api import Gradebook

from cmcert_lib.authoring.rubrics import load_rubrics
from cmcert_lib.marking import store
from tests.conftest import demo_copy
from tests.unit.test_marking_store import BLOC, LEVELS, nbgrader_fields


@pytest.fixture(scope="module")
def graded_course(demo_template, tmp_path_factory):
    # The session's demo, already graded by `cmcert grade`; a copy, since this test grades again.
    return demo_copy(demo_template, tmp_path_factory.mktemp("regrade"))


def test_autograding_again_keeps_the_rubric_grade(graded_course):
    course = graded_course
    url = course.gradebook_url
    rubric = load_rubrics(course.root, BLOC)[("01_brief", "reformulation")]
    store.save_cell(url, rubric, "demo_partiel", LEVELS, {"situation": "Peu de chiffres."}, "À étoffer.",
                    "formatrice", 0)
    before = nbgrader_fields(url, rubric, "demo_partiel")
    from cmcert_lib.grading.batch import grade_bloc

    grade_bloc(course, BLOC, ["demo_partiel"], jobs=2)
    score, needs_manual, comment = nbgrader_fields(url, rubric, "demo_partiel")
    assert score == before[0] == pytest.approx(2.0)
    assert comment == before[2]
    assert store.load_cell(url, BLOC, rubric.notebook, rubric.cell, "demo_partiel").levels == LEVELS
    # nbgrader asks for a fresh look at a manually graded cell after autograding (the answer may have
    # changed), without touching its score; the total it reports still counts the rubric grade.
    assert needs_manual is True
    with Gradebook(url) as gb:
        assert gb.find_grade(rubric.cell, rubric.notebook, BLOC, "demo_partiel").score == pytest.approx(2.0)


def test_the_build_applies_a_rubric_change_to_the_grades_already_given(graded_course, monkeypatch, capsys):
    from cmcert_lib.cli import main

    course = graded_course
    rubric = load_rubrics(course.root, BLOC)[("01_brief", "reformulation")]
    revision = store.cell_revision(course.gradebook_url, BLOC, rubric.notebook, rubric.cell, "demo_complet")
    store.save_cell(course.gradebook_url, rubric, "demo_complet", dict.fromkeys(LEVELS, "acquis"), {}, "", "f",
                    revision)
    assert nbgrader_fields(course.gradebook_url, rubric, "demo_complet")[0] == pytest.approx(2.25)
    path = course.root / "course" / BLOC / "rubriques.toml"
    head, sep, tail = path.read_text(encoding="utf-8").partition('cellule = "reformulation"')
    path.write_text(head + sep + tail.replace("points = [0, 0.25, 0.75, 1]", "points = [0, 0.25, 0.5, 1]", 3),
                    encoding="utf-8")
    monkeypatch.chdir(course.root)
    monkeypatch.delenv("CMCERT_COURSE", raising=False)
    assert main(["build", BLOC]) == 0
    # Three criteria at « acquis », now worth 0.5 each (was 0.75): 1.5.
    assert nbgrader_fields(course.gradebook_url, rubric, "demo_complet")[0] == pytest.approx(1.5)
    assert "demo_complet, 01_brief/reformulation : 2,25 → 1,5 point(s)" in capsys.readouterr().out
