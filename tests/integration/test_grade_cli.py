"""`cmcert grade --json` on the graded demo: one JSON document on stdout, the candidate's scores in it."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from cmcert_lib.demo import partial_module
from tests.conftest import CMCERT, demo_copy

BLOC = "bloc1"
PARTIAL_AUTO_TOTAL = 64.86  # the partly-right candidate's automatic points over Bloc 1


def _env() -> dict[str, str]:
    env = dict(os.environ, PATH=f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}")
    env.pop("CMCERT_COURSE", None)
    return env


@pytest.fixture(scope="module")
def graded_again(demo_template, tmp_path_factory):
    course = demo_copy(demo_template, tmp_path_factory.mktemp("grade_cli"))
    proc = subprocess.run([str(CMCERT), "grade", BLOC, "--student", "demo_partiel", "--json"], cwd=course.root,
                          env=_env(), capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return course, proc


def test_stdout_is_one_json_document_with_the_scores(graded_again):
    course, proc = graded_again
    summary = json.loads(proc.stdout)  # fails on any other line
    assert summary["bloc"] == BLOC
    assert [s["student"] for s in summary["students"]] == ["demo_partiel"]
    partial = summary["students"][0]
    assert partial["auto_score"] == pytest.approx(PARTIAL_AUTO_TOTAL)
    names = sorted(p.stem for p in course.release(BLOC).glob("*.ipynb"))
    assert [nb["notebook"] for nb in partial["notebooks"]] == names
    for nb in partial["notebooks"]:
        # Cell scores are recorded to the hundredth; a module's expectation may be exact (thirds, sevenths).
        assert nb["auto_score"] == pytest.approx(partial_module(BLOC, nb["notebook"]).PARTIAL_EXPECTED_POINTS,
                                                 abs=0.005)
        assert nb["manual_pending"] > 0
    assert partial["problems"] == []
    assert partial["seconds"] > 0 and len(partial["run_seconds"]) == len(names)
    assert summary["grades_csv"].endswith(f"{BLOC}_notes.csv")


def test_without_a_flag_one_line_per_candidate_then_the_summary(graded_again):
    course, proc = graded_again
    normal = subprocess.run([str(CMCERT), "grade", BLOC, "--student", "demo_vide"], cwd=course.root,
                            env=_env(), capture_output=True, text=True, check=False)
    assert normal.returncode == 0, normal.stdout + normal.stderr
    first, rest = normal.stdout.split("\n", 1)
    assert first.startswith("demo_vide : 0 / ") and first.endswith(" s")
    assert rest.startswith("Correction automatique de bloc1 : 1 candidat(s).\n  demo_vide : 0 / ")
    # Not a terminal: no progress bar, anywhere.
    assert "Correction : [" not in normal.stdout + normal.stderr + proc.stderr
