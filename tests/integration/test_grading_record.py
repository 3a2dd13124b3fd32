"""Recording in nbgrader: a failure stays with the candidate concerned, and its log is kept."""

from __future__ import annotations

from pathlib import Path

from cmcert_lib import nbgrader_steps
from cmcert_lib.grading.batch import StudentResult, _record
from cmcert_lib.layout import Course
from cmcert_lib.nbgrader_steps import StepResult


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
    _record(course, "bloc1", Path(tmp_path / "staging"), results)
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
    results = [StudentResult("a")]
    _record(Course(tmp_path), "bloc1", Path(tmp_path / "staging"), results)
    assert results[0].problems == ["le retour HTML n'a pas pu être généré."]
