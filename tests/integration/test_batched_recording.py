"""Recording pre-scored copies writes each notebook in one transaction, and the grades read back in a few
queries (:func:`cmcert_lib.grading.gradebook.cohort_grades`) are nbgrader's, candidate by candidate.

A failure while one candidate's notebook is recorded rolls that notebook back, keeps the notebooks recorded
before it and every other candidate, and is reported to the trainer in French.
"""

from __future__ import annotations

import shutil

import pytest
from nbgrader.api import Gradebook

from cmcert_lib import nbgrader_steps
from cmcert_lib.demo import CANDIDATES
from cmcert_lib.grading.batch import StudentResult, _record
from cmcert_lib.grading.gradebook import cohort_grades, notebook_grades
from tests.conftest import demo_copy

BLOC = "bloc2"
STUDENTS = [c.student_id for c in CANDIDATES]


def _grades(course):
    with Gradebook(course.gradebook_url) as gb:
        return cohort_grades(gb, BLOC, STUDENTS)


def test_cohort_grades_are_each_candidates_grades(demo_template):
    with Gradebook(demo_template.course.gradebook_url) as gb:
        together = cohort_grades(gb, BLOC, STUDENTS)
        alone = {student: notebook_grades(gb, BLOC, student) for student in STUDENTS}
    assert together == alone
    assert [n.notebook for n in together["demo_complet"]] == sorted(
        p.stem for p in demo_template.course.release(BLOC).glob("*.ipynb"))
    assert together["demo_complet"] != together["demo_vide"]


def test_a_failing_notebook_is_rolled_back_and_loses_nothing_else(demo_template, tmp_path, monkeypatch):
    course = demo_copy(demo_template, tmp_path / "cours")
    before = _grades(course)
    differing = [i for i, (full, part) in enumerate(zip(before["demo_complet"], before["demo_partiel"], strict=True))
                 if full.auto_score != part.auto_score]
    assert len(differing) >= 2, "the demo's partial candidate differs from the complete one on two notebooks"
    first, failing = (before["demo_complet"][i].notebook for i in differing[:2])

    # Staged copies: the complete candidate's own, and, under the partial candidate's name, the complete
    # candidate's two notebooks: recorded, they would give the partial candidate full marks on both.
    staging = tmp_path / "staging"
    shutil.copytree(course.autograded("demo_complet", BLOC), staging / "demo_complet" / BLOC)
    partial = staging / "demo_partiel" / BLOC
    partial.mkdir(parents=True)
    for name in (first, failing):
        shutil.copy(course.autograded("demo_complet", BLOC) / f"{name}.ipynb", partial / f"{name}.ipynb")

    add_score = nbgrader_steps.SaveAutoGradesAtOnce._add_score
    written = []

    def breaks_midway(self, cell, resources):
        add_score(self, cell, resources)  # a grade of the notebook is already changed in the session
        written.append((self.student_id, self.notebook_id))
        if (self.student_id, self.notebook_id) == ("demo_partiel", failing) and written.count(written[-1]) == 2:
            raise RuntimeError("panne simulée du carnet de notes")

    monkeypatch.setattr(nbgrader_steps.SaveAutoGradesAtOnce, "_add_score", breaks_midway)
    results = [StudentResult("demo_complet", bloc=BLOC), StudentResult("demo_partiel", bloc=BLOC)]
    for result in results:
        _record(course, BLOC, staging, result)

    assert results[0].problems == []
    (problem,) = results[1].problems
    assert problem.startswith("l'enregistrement des notes dans le carnet a échoué ; journal de nbgrader : ")
    assert "panne simulée du carnet de notes" in course.grading_record("demo_partiel", BLOC).with_suffix(
        ".nbgrader.log").read_text(encoding="utf-8")
    after = _grades(course)
    # The other candidates, untouched; the complete candidate recorded again, the same.
    for student in ("demo_complet", "demo_vide", "demo_perturbateur"):
        assert after[student] == before[student], student
    by_name = {n.notebook: n for n in after["demo_partiel"]}
    full = {n.notebook: n for n in before["demo_complet"]}
    was = {n.notebook: n for n in before["demo_partiel"]}
    # The notebook recorded before the failure is committed; the failing one is as it was, not half written.
    assert by_name[first].auto_score == pytest.approx(full[first].auto_score)
    assert by_name[failing] == was[failing]
    assert by_name[failing].auto_score != full[failing].auto_score


def _rows(course, student):
    """Every grade and comment nbgrader holds for one candidate's hand-in of the bloc."""
    from nbgrader.api import Comment, Grade, SubmittedAssignment, SubmittedNotebook

    def of(gb, kind):
        return (gb.db.query(kind).join(SubmittedNotebook).join(SubmittedAssignment)
                .filter(SubmittedAssignment.student_id == student, SubmittedAssignment.assignment.has(name=BLOC)))

    with Gradebook(course.gradebook_url) as gb:
        grades = sorted((g.notebook.notebook.name, g.cell.name, g.auto_score, g.manual_score, g.needs_manual_grade)
                        for g in of(gb, Grade))
        comments = sorted((c.notebook.notebook.name, c.cell.name, c.auto_comment, c.manual_comment)
                          for c in of(gb, Comment))
    return grades, comments


def _forget(course, student):
    """The candidate's automatic grades and comments wiped, as before a first recording."""
    from nbgrader.api import Comment, Grade, SubmittedAssignment, SubmittedNotebook

    with Gradebook(course.gradebook_url) as gb:
        for kind in (Grade, Comment):
            for row in (gb.db.query(kind).join(SubmittedNotebook).join(SubmittedAssignment)
                        .filter(SubmittedAssignment.student_id == student)):
                if kind is Grade:
                    row.auto_score, row.needs_manual_grade = None, True
                else:
                    row.auto_comment = None
        gb.db.commit()


def test_the_gradebook_holds_what_nbgraders_own_recording_writes(demo_template, tmp_path, monkeypatch):
    from nbgrader.preprocessors import SaveAutoGrades

    course = demo_copy(demo_template, tmp_path / "cours")
    staging = tmp_path / "staging"
    students = ("demo_partiel", "demo_vide")
    for student in students:
        shutil.copytree(course.autograded(student, BLOC), staging / student / BLOC)
    found = {}
    for name, saver in (("at once", nbgrader_steps.SaveAutoGradesAtOnce), ("nbgrader", SaveAutoGrades)):
        config = nbgrader_steps.prescored_config()
        config.Autograde.autograde_preprocessors = [saver, *config.Autograde.autograde_preprocessors[1:]]
        monkeypatch.setattr(nbgrader_steps, "prescored_config", lambda config=config: config)
        for student in students:
            _forget(course, student)
            assert nbgrader_steps.autograde_prescored(course.root, BLOC, student, staging).ok
        found[name] = {student: _rows(course, student) for student in students}
    partial_grades, _ = found["at once"]["demo_partiel"]
    _, blank_comments = found["at once"]["demo_vide"]
    assert any(g[2] for g in partial_grades) and any(c[2] == "No response." for c in blank_comments)
    assert found["at once"] == found["nbgrader"]
