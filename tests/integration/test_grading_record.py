"""Recording a batch in nbgrader: a failure stays with the candidate concerned, and its log is kept."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cmcert_lib.grading.batch import StudentResult, _record
from cmcert_lib.layout import Course


class FailingFor(Course):
    """A course whose nbgrader fails the batch and one candidate's autograde."""

    def nbgrader(self, *args, check=True, env=None):
        self.calls.append(args)
        failed = args[0] == "autograde" and ("--student=b" in args or not any(a.startswith("--student") for a in args))
        return subprocess.CompletedProcess(args, 1 if failed else 0, "sortie", "erreur de b" if failed else "")


def test_one_failing_candidate_keeps_the_others_and_its_log(tmp_path):
    course = FailingFor(tmp_path)
    object.__setattr__(course, "calls", [])
    results = [StudentResult("a"), StudentResult("b"), StudentResult("c")]
    _record(course, "bloc1", Path(tmp_path / "staging"), results)
    assert results[0].problems == [] and results[2].problems == []
    (problem,) = results[1].problems
    assert "l'enregistrement des notes dans le carnet a échoué" in problem
    log = tmp_path / "notes" / "bloc1" / "b.nbgrader.log"
    assert str(log) in problem and "erreur de b" in log.read_text(encoding="utf-8")
    # Feedback is written for the two candidates recorded, in one call.
    feedback = [c for c in course.calls if c[0] == "generate_feedback"]
    assert len(feedback) == 1
