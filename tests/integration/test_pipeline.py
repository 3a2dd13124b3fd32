"""The main job end to end: `cmcert demo` on a copy of the course, then its scores.

The session's one run of the demo (tests/conftest.py) serves every test here.
"""

from __future__ import annotations

import csv
import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from cmcert_lib.demo import CANDIDATES, partial_module
from cmcert_lib.grading.batch import notebook_grades
from tests.conftest import CMCERT, demo_copy


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    # A copy: test_grading_never_modifies_submissions grades again.
    course = demo_copy(demo_template, tmp_path_factory.mktemp("pipeline"))
    with Gradebook(course.gradebook_url) as gb:
        grades = {c.student_id: {n.notebook: n for n in notebook_grades(gb, "bloc1", c.student_id)}
                  for c in CANDIDATES}
    return course, demo_template.stdout, grades


def test_demo_prints_where_outputs_are(demo):
    _course, out, _ = demo
    for where in ("gradebook.db", "autograded", "feedback", "bloc1_notes.csv", "bloc1_integrite.md",
                  "16 réponse(s) notée(s)", "promotion.html", "competences.xlsx"):
        assert where in out
    assert "Traceback" not in out


def test_complete_candidate_gets_every_automatic_point(demo):
    _, _, grades = demo
    for name, nb in grades["demo_complet"].items():
        assert nb.auto_max > 0, name
        assert nb.auto_score == pytest.approx(nb.auto_max), name
        # The demo's trainer graded every judgement answer « Maîtrisé » with the rubrics.
        assert nb.manual_pending == 0 and nb.manual_score == pytest.approx(nb.manual_max), name
    for name, nb in grades["demo_partiel"].items():
        assert nb.manual_pending > 0 and nb.manual_score == 0, name  # waiting for a trainer


def test_blank_candidate_earns_nothing(demo):
    course, _, grades = demo
    for name, nb in grades["demo_vide"].items():
        assert nb.auto_score == 0, name
    with Gradebook(course.gradebook_url) as gb:
        sub = gb.find_submission("bloc1", "demo_vide")
        comments = [c.auto_comment for nb in sub.notebooks for c in nb.comments if c.auto_comment]
        manual = [g for nb in sub.notebooks for g in nb.grades if g.cell_type == "markdown"]
    assert comments and set(comments) == {"Aucune réponse."}
    assert manual and all(g.score == 0 for g in manual)
    # The feedback the candidate reads says it in French too (it is written after the translation).
    pages = "".join(p.read_text(encoding="utf-8") for p in course.feedback("demo_vide", "bloc1").glob("*.html"))
    assert "Aucune réponse." in pages and "No response" not in pages


def test_partly_right_candidate_gets_the_hand_computed_points(demo):
    _, _, grades = demo
    for name, nb in grades["demo_partiel"].items():
        expected = partial_module("bloc1", name).PARTIAL_EXPECTED_POINTS
        # Cell scores are recorded to the hundredth; a module's expectation may be exact (sevenths).
        assert nb.auto_score == pytest.approx(expected, abs=0.005), name
        assert 0 < nb.auto_score < nb.auto_max, name


def test_disruptive_candidate(demo):
    _, _out, grades = demo
    ours = grades["demo_perturbateur"]
    complete = grades["demo_complet"]
    names = sorted(ours)
    last = names[-1]
    assert ours[last].auto_score == 0  # not handed in
    first = names[0]
    assert 0 <= ours[first].auto_score < complete[first].auto_max  # the error cost points
    for name in names[1:3]:  # deleted test restored and passed; loop interrupted
        assert ours[name].auto_score == pytest.approx(complete[name].auto_max), name
    for name in names[3:-1]:
        assert ours[name].auto_score == pytest.approx(complete[name].auto_max), name


def test_grading_never_modifies_submissions(demo):
    course, _, _ = demo
    before = _digest(course.root / "submitted")
    env = dict(os.environ, PATH=f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}")
    proc = subprocess.run([str(CMCERT), "grade", "bloc1", "--student", "demo_partiel"],
                          cwd=course.root, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert _digest(course.root / "submitted") == before


def test_feedback_is_written_per_notebook(demo):
    course, _, grades = demo
    for student in ("demo_complet", "demo_partiel", "demo_vide"):
        folder = course.feedback(student, "bloc1")
        htmls = sorted(p.stem for p in folder.glob("*.html"))
        assert htmls == sorted(grades[student]), student


def test_the_jury_report_shows_the_graded_candidate_validating_bloc1(demo):
    course, _, _ = demo
    page = (course.root / "rapports" / "candidats" / "demo_complet.html").read_text(encoding="utf-8")
    assert "Camille Durand" in page and "Proposition au jury : Non" in page
    assert page.count(">Acquise</span>") == 12  # the 12 competencies of Bloc 1
    assert "blocs 2, 3, 4 et 5 non évalués" in page


def test_grades_table_is_a_french_spreadsheet(demo):
    course, _, grades = demo
    path = course.root / "notes" / "bloc1_notes.csv"
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == len(CANDIDATES) * len(grades["demo_complet"])
    row = next(r for r in rows if r["Candidat"] == "demo_partiel")
    nb = grades["demo_partiel"][row["Notebook"]]
    assert row["Points automatiques"] == f"{nb.auto_score:g}".replace(".", ",")


def test_feedback_is_french_and_hides_the_hidden_tests(demo):
    course, _, _ = demo
    pages = list(course.feedback("demo_partiel", "bloc1").glob("*.html"))
    pages += list(course.feedback("demo_perturbateur", "bloc1").glob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'lang="fr"' in html and "Vérification automatique" in html and "Votre réponse" in html
        for leak in ("BEGIN HIDDEN TESTS", "score(", "expected=", "Traceback (most recent call last)",
                     "Student&#39;s answer"):
            assert leak not in html, f"{page.name} shows {leak}"
    partial = "".join(p.read_text(encoding="utf-8") for p in course.feedback("demo_partiel", "bloc1").glob("*.html"))
    assert "Points : " in partial  # the scorers' remarks reach the candidate


def test_feedback_of_the_partial_candidate_shows_the_marking_guides(demo):
    course, _, _ = demo
    html = "".join(p.read_text(encoding="utf-8") for p in course.feedback("demo_partiel", "bloc1").glob("*.html"))
    assert html.count("Grille de correction") >= 7
