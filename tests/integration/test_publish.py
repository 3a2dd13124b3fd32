"""« Publier »: after a rubric grade, one action brings the feedback, the grades table and the jury's
reports up to date, without nbgrader's schema warnings."""

from __future__ import annotations

import logging
import os
import subprocess

import pytest

from cmcert_lib.authoring.rubrics import load_rubrics
from cmcert_lib.layout import CourseError
from cmcert_lib.marking import store as rubric_store
from cmcert_lib.publish import publish
from tests.conftest import CMCERT, demo_copy

BLOC = "bloc1"
STUDENT = "demo_partiel"


@pytest.fixture
def graded(demo_template, tmp_path):
    course = demo_copy(demo_template, tmp_path)
    rubric = load_rubrics(course.root, BLOC)[("01_brief", "reformulation")]
    rubric_store.save_cell(course.gradebook_url, rubric, STUDENT, {c.id: "maitrise" for c in rubric.criteria}, {},
                           "Commentaire publié après la correction.", "formatrice", expected_revision=0)
    return course


def _feedback(course) -> str:
    return (course.feedback(STUDENT, BLOC) / "01_brief.html").read_text(encoding="utf-8")


def test_publish_refreshes_feedback_tables_and_reports(graded, caplog):
    course = graded
    assert "Commentaire publié après la correction." not in _feedback(course)  # saved, not yet published
    before = course.grades_table(BLOC).read_text(encoding="utf-8-sig")
    with caplog.at_level(logging.WARNING):
        report = publish(course)
    blocs = course.blocs()  # every bloc of the course, graded by the demo: 4 copies each
    assert report.problems == [] and report.blocs == blocs and report.feedback == 4 * len(blocs)
    assert "Commentaire publié après la correction." in _feedback(course)
    assert course.grades_table(BLOC).read_text(encoding="utf-8-sig") != before
    assert report.reports == course.reports_root and any(course.reports_root.glob("*.html"))
    assert "Notebook JSON is invalid" not in caplog.text
    assert f"Retours régénérés : {4 * len(blocs)} copie(s) ({', '.join(blocs)})." in report.summary()


def test_cli_publier_and_its_french_error(graded):
    env = dict(os.environ, PATH=f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}")
    proc = subprocess.run([str(CMCERT), "publier", BLOC], cwd=graded.root, env=env, capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Retours régénérés : 4 copie(s)" in proc.stdout and "Rapports du jury" in proc.stdout
    assert "Notebook JSON is invalid" not in proc.stdout + proc.stderr
    assert "Commentaire publié après la correction." in _feedback(graded)
    proc = subprocess.run([str(CMCERT), "publier", "bloc9"], cwd=graded.root, env=env, capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 2 and "Bloc inconnu : « bloc9 »" in proc.stderr


def test_publish_of_an_unknown_bloc_is_refused(graded):
    with pytest.raises(CourseError, match="Bloc inconnu"):
        publish(graded, ["bloc9"])
