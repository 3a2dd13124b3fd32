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
