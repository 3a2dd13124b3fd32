"""`cmcert grade` with several blocs, or none: one batch over the blocs asked, or over every bloc with
hand-ins (the batch itself is faked: what is tested is what the command asks of it and prints)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cmcert_lib import cli
from cmcert_lib.grading import batch
from cmcert_lib.grading.batch import GradingReport, StudentResult
from cmcert_lib.layout import Course, CourseError


class FakeCourse:
    def __init__(self, handed_in: dict[str, list[str]]):
        self.handed_in = handed_in

    def blocs(self) -> list[str]:
        return ["bloc1", "bloc2", "bloc3"]


@pytest.fixture
def asked(monkeypatch):
    """What the command asked of the batch, and a course whose hand-ins the test sets."""
    calls: list[tuple[dict, int | None]] = []
    course = FakeCourse({"bloc1": ["ana"], "bloc2": [], "bloc3": ["ana", "bob"]})

    def grade_blocs(course_, blocs, limits=None, jobs=None, listener=None):
        calls.append((dict(blocs), jobs))
        listener.started(len(blocs))
        reports = {}
        for bloc in blocs:
            res = StudentResult("ana", bloc=bloc, seconds=1.0)
            listener.finished(res)
            reports[bloc] = GradingReport(bloc, [res], Path(f"/c/{bloc}.csv"), Path("/c/fb"), Path(f"/c/{bloc}.md"))
        return reports

    monkeypatch.setattr(Course, "find", staticmethod(lambda: course))
    monkeypatch.setattr(batch, "grade_blocs", grade_blocs)
    monkeypatch.setattr(batch, "submitted_students", lambda c, bloc: c.handed_in[bloc])
    return calls, course


def _run(argv: list[str]) -> str:
    args = cli.parser().parse_args(["grade", *argv])
    out = io.StringIO()
    assert cli._grade(args, out) == 0
    return out.getvalue()


def test_several_blocs_are_one_batch_and_each_line_names_its_bloc(asked):
    calls, _ = asked
    printed = _run(["bloc3", "bloc1", "bloc3", "--student", "ana", "--jobs", "3"])
    assert calls == [({"bloc3": ["ana"], "bloc1": ["ana"]}, 3)]
    assert printed.startswith("bloc3 · ana : 0 / 0 points automatiques")
    assert "Correction automatique de bloc3" in printed and "Correction automatique de bloc1" in printed


def test_no_bloc_means_every_bloc_with_hand_ins(asked):
    calls, _ = asked
    document = json.loads(_run(["--json"]))
    assert calls == [({"bloc1": None, "bloc3": None}, None)]
    assert [one["bloc"] for one in document["blocs"]] == ["bloc1", "bloc3"]


def test_one_bloc_prints_that_bloc_s_document(asked):
    document = json.loads(_run(["bloc2", "--json"]))
    assert document["bloc"] == "bloc2"


def test_no_hand_in_anywhere_is_said_in_french(asked):
    calls, course = asked
    course.handed_in = {"bloc1": [], "bloc2": [], "bloc3": []}
    with pytest.raises(CourseError, match="Aucune copie à corriger"):
        _run([])
    assert calls == []
