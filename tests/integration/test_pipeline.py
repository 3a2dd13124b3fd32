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

import cmcert_lib.demo as demo_module
from cmcert_lib.demo import CANDIDATES, partial_module
from cmcert_lib.facts import referential
from cmcert_lib.grading.batch import load_record, notebook_grades
from cmcert_lib.grading.sandbox import Limits
from cmcert_lib.layout import Course
from tests.conftest import CMCERT, ROOT, demo_copy


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
        grades = {bloc: {c.student_id: {n.notebook: n for n in notebook_grades(gb, bloc, c.student_id)}
                         for c in CANDIDATES}
                  for bloc in course.blocs()}
    return course, demo_template.stdout, grades


def textformat_manual_ids(path: Path) -> list[str]:
    """The ids of the manually graded cells of a notebook's text source."""
    from cmcert_lib.authoring import cells, textformat

    nb = textformat.build(path.read_text(encoding="utf-8"), str(path))
    return [cells.grade_id(c) for c in nb.cells if cells.is_answer(c) and c.cell_type == "markdown"]


def _all(grades, student):
    """(bloc, notebook, grade) of every notebook of every bloc for one candidate."""
    return [(bloc, name, nb) for bloc, by_student in grades.items() for name, nb in by_student[student].items()]


def test_demo_prints_where_outputs_are(demo):
    course, out, _ = demo
    assert len(course.blocs()) >= 2  # the demo runs every bloc of the course
    for where in ("gradebook.db", "autograded", "feedback", "bloc1 : 16 réponse(s) notée(s)",
                  "promotion.html", "competences.xlsx"):
        assert where in out
    for bloc in course.blocs():
        assert f"{bloc}_notes.csv" in out and f"{bloc}_integrite.md" in out
    assert "Traceback" not in out


def test_complete_candidate_gets_every_automatic_point(demo):
    _, _, grades = demo
    for bloc, name, nb in _all(grades, "demo_complet"):
        assert nb.auto_max > 0, (bloc, name)
        assert nb.auto_score == pytest.approx(nb.auto_max), (bloc, name)
        # The demo's trainer graded every judgement answer « Maîtrisé » with the rubrics.
        assert nb.manual_pending == 0 and nb.manual_score == pytest.approx(nb.manual_max), (bloc, name)
    for bloc, name, nb in _all(grades, "demo_partiel"):
        assert nb.manual_pending > 0 and nb.manual_score == 0, (bloc, name)  # waiting for a trainer


def test_blank_candidate_earns_nothing(demo):
    course, _, grades = demo
    for bloc, name, nb in _all(grades, "demo_vide"):
        assert nb.auto_score == 0, (bloc, name)
    for bloc in course.blocs():
        with Gradebook(course.gradebook_url) as gb:
            sub = gb.find_submission(bloc, "demo_vide")
            comments = [c.auto_comment for nb in sub.notebooks for c in nb.comments if c.auto_comment]
            manual = [g for nb in sub.notebooks for g in nb.grades if g.cell_type == "markdown"]
        assert comments and set(comments) == {"Aucune réponse."}, bloc
        assert manual and all(g.score == 0 for g in manual), bloc
        # The feedback the candidate reads says it in French too (it is written after the translation).
        pages = "".join(p.read_text(encoding="utf-8") for p in course.feedback("demo_vide", bloc).glob("*.html"))
        assert "Aucune réponse." in pages and "No response" not in pages, bloc


def test_partly_right_candidate_gets_the_hand_computed_points(demo):
    _, _, grades = demo
    for bloc, name, nb in _all(grades, "demo_partiel"):
        expected = partial_module(bloc, name).PARTIAL_EXPECTED_POINTS
        # Cell scores are recorded to the hundredth; a module's expectation may be exact (sevenths).
        assert nb.auto_score == pytest.approx(expected, abs=0.005), (bloc, name)
        assert 0 < nb.auto_score < nb.auto_max, (bloc, name)


def test_disruptive_candidate(demo):
    _, _out, grades = demo
    for bloc in grades:
        ours = grades[bloc]["demo_perturbateur"]
        complete = grades[bloc]["demo_complet"]
        names = sorted(ours)
        last = names[-1]
        assert ours[last].auto_score == 0, bloc  # not handed in
        first = names[0]
        assert 0 <= ours[first].auto_score < complete[first].auto_max, bloc  # the error cost points
        for name in names[1:-1]:  # deleted test restored and passed; loop, flood or fake test caught
            assert ours[name].auto_score == pytest.approx(complete[name].auto_max), (bloc, name)


# What the trainer reads about the third notebook of each bloc, by the breakage it carries.
CAUGHT = {
    demo_module._break_with_a_loop: f"interrompue après {Limits().cell_timeout} s (boucle sans fin",
    demo_module._break_with_a_flood: "sorties trop volumineuses",
    demo_module._break_by_faking_a_test: "modifiée : l'original a été rétabli",
}


def test_each_bloc_shows_the_trainer_another_breakage_caught(demo):
    course, _, grades = demo
    shown = set()
    for bloc in grades:
        third = demo_module.breakages(course, bloc)[2]
        name = sorted(grades[bloc]["demo_perturbateur"])[2]
        notes = [n.text for n in load_record(course, bloc, "demo_perturbateur").integrity
                 if n.text.startswith(f"{name}.ipynb")]
        assert any(CAUGHT[third] in text for text in notes), (bloc, name, notes)
        shown.add(third)
    assert len(shown) == min(len(grades), len(CAUGHT))  # one kind per bloc, the loop once


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
    for bloc in grades:
        for student in ("demo_complet", "demo_partiel", "demo_vide"):
            folder = course.feedback(student, bloc)
            htmls = sorted(p.stem for p in folder.glob("*.html"))
            assert htmls == sorted(grades[bloc][student]), (bloc, student)


def test_the_jury_report_shows_the_graded_candidate_validating_every_bloc_of_the_demo(demo):
    course, _, _ = demo
    page = (course.root / "rapports" / "candidats" / "demo_complet.html").read_text(encoding="utf-8")
    assert "Camille Durand" in page and "Proposition au jury : Non" in page
    numbers = [int(bloc.removeprefix("bloc")) for bloc in course.blocs()]
    competencies = sum(len(referential.competencies_of_bloc(n)) for n in numbers)
    assert page.count(">Acquise</span>") == competencies  # 12 for Bloc 1, 7 for Bloc 2
    missing = [str(n) for n in range(1, 6) if n not in numbers]
    assert f"blocs {', '.join(missing[:-1])} et {missing[-1]} non évalués" in page


def test_grades_table_is_a_french_spreadsheet(demo):
    course, _, grades = demo
    path = course.root / "notes" / "bloc1_notes.csv"
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == len(CANDIDATES) * len(grades["bloc1"]["demo_complet"])
    row = next(r for r in rows if r["Candidat"] == "demo_partiel")
    nb = grades["bloc1"]["demo_partiel"][row["Notebook"]]
    assert row["Points automatiques"] == f"{nb.auto_score:g}".replace(".", ",")


@pytest.mark.parametrize("bloc", Course(ROOT).blocs())
def test_feedback_is_french_and_hides_the_hidden_tests(demo, bloc):
    course, _, _ = demo
    pages = list(course.feedback("demo_partiel", bloc).glob("*.html"))
    pages += list(course.feedback("demo_perturbateur", bloc).glob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'lang="fr"' in html and "Vérification automatique" in html and "Votre réponse" in html
        for leak in ("BEGIN HIDDEN TESTS", "score(", "expected=", "Traceback (most recent call last)",
                     "Student&#39;s answer"):
            assert leak not in html, f"{page.name} shows {leak}"
    partial = "".join(p.read_text(encoding="utf-8") for p in course.feedback("demo_partiel", bloc).glob("*.html"))
    assert "Points : " in partial  # the scorers' remarks reach the candidate


@pytest.mark.parametrize("bloc", Course(ROOT).blocs())
def test_feedback_of_the_partial_candidate_shows_the_marking_guides(demo, bloc):
    course, _, _ = demo
    html = "".join(p.read_text(encoding="utf-8") for p in course.feedback("demo_partiel", bloc).glob("*.html"))
    manual = sum(len(textformat_manual_ids(path)) for path in course.texts(bloc))
    assert manual and html.count("Grille de correction") >= manual
