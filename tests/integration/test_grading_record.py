"""Recording in nbgrader: a failure stays with the candidate concerned, and its log is kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cmcert_lib import nbgrader_steps
from cmcert_lib.grading.batch import StudentResult, _record
from cmcert_lib.layout import BIN, Course
from cmcert_lib.nbgrader_steps import StepResult


@pytest.fixture(autouse=True)
def tools_on_path(monkeypatch):
    # The fake autograde creates no gradebook: the translation step creates it, with nbgrader's `alembic`.
    monkeypatch.setenv("PATH", f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")


def test_one_failing_candidate_keeps_the_others_and_its_log(tmp_path, monkeypatch):
    calls = []

    def autograde(root, bloc, student, staging):
        calls.append(("autograde", student))
        return StepResult(student != "b", "sortie\nerreur de b" if student == "b" else "sortie")

    def feedback(root, bloc, student):
        calls.append(("feedback", student))
        return StepResult(True, "")

    monkeypatch.setattr(nbgrader_steps, "autograde_prescored", autograde)
    monkeypatch.setattr(nbgrader_steps, "generate_feedback", feedback)
    course = Course(tmp_path)
    results = [StudentResult("a"), StudentResult("b"), StudentResult("c")]
    for result in results:
        _record(course, "bloc1", Path(tmp_path / "staging"), result)
    assert results[0].problems == [] and results[2].problems == []
    (problem,) = results[1].problems
    assert "l'enregistrement des notes dans le carnet a échoué" in problem
    log = tmp_path / "notes" / "bloc1" / "b.nbgrader.log"
    assert str(log) in problem and "erreur de b" in log.read_text(encoding="utf-8")
    # Feedback is written for the two candidates recorded, not for the one whose recording failed.
    assert [c for c in calls if c[0] == "feedback"] == [("feedback", "a"), ("feedback", "c")]


def test_a_failing_feedback_is_reported_not_raised(tmp_path, monkeypatch):
    monkeypatch.setattr(nbgrader_steps, "autograde_prescored", lambda *a: StepResult(True, ""))
    monkeypatch.setattr(nbgrader_steps, "generate_feedback", lambda *a: StepResult(False, "Traceback"))
    result = StudentResult("a")
    _record(Course(tmp_path), "bloc1", Path(tmp_path / "staging"), result)
    assert result.problems == ["le retour HTML n'a pas pu être généré."]


def test_grading_s_own_failure_on_a_notebook_leaves_its_traceback_for_the_team(tmp_path, monkeypatch):
    from cmcert_lib.authoring.build import ensure_release
    from cmcert_lib.demo import write_submissions
    from cmcert_lib.grading import batch, trusted
    from cmcert_lib.grading.sandbox import Limits
    from tests.conftest import copy_course

    course = copy_course(tmp_path / "cours")
    ensure_release(course, "bloc1")
    write_submissions(course, "bloc1")

    def broken(name, *args):
        raise SystemError(f"panne interne sur {name}")

    monkeypatch.setattr(trusted, "_stage_notebook", broken)
    result = batch._stage(course, "bloc1", "demo_complet", tmp_path / "staging", Limits())
    names = sorted(p.name for p in course.release("bloc1").glob("*.ipynb"))
    failed = [n for n in result.integrity if n.kind == "anomalie"]
    assert len(failed) == len(names) and all(n.suspicious for n in failed)
    log = course.grading_records("bloc1") / "demo_complet.erreurs.log"
    assert any(str(log) in p and f"{len(names)} notebook(s)" in p for p in result.problems)
    text = log.read_text(encoding="utf-8")
    for name in names:
        assert f"== {name}\n" in text and f"SystemError: panne interne sur {name}" in text
    assert "Traceback (most recent call last)" in text
