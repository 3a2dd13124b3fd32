"""Shared fixtures: a throw-away copy of the course, so tests never touch the real one.

The tree mirrors the code: ``unit/`` (one module, fast), ``<bloc>/`` (a bloc's helpers, checks and
notebooks), ``integration/`` (the pipeline end to end: sandbox, nbgrader, the demo; all marked
``slow``). ``pytest -m "not slow"`` is what an author runs while writing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from cmcert_lib.grading import sandbox
from cmcert_lib.layout import Course

ROOT = Path(__file__).resolve().parents[1]
def copy_course(dest: Path) -> Course:
    return Course(ROOT).copy_to(dest)


@pytest.fixture(scope="session")
def real_course() -> Course:
    return Course(ROOT)


@pytest.fixture
def course_copy(tmp_path) -> Course:
    return copy_course(tmp_path)


CMCERT = Path(sys.executable).parent / "cmcert"


@dataclass(frozen=True)
class Demo:
    course: Course
    stdout: str  # what `cmcert demo` printed


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Demo:
    """`cmcert demo` run ONCE per test session on a copy of the course (about 100 s).

    Read it, never change it: tests that grade again, save rubric grades or otherwise write use
    :func:`demo_copy`.
    """
    reason = sandbox.available()
    if reason:
        pytest.skip(f"the demo grades in the sandbox, unavailable here: {reason}")
    root = tmp_path_factory.mktemp("demo")
    course = copy_course(root)
    env = dict(os.environ, PATH=f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}")
    proc = subprocess.run([str(CMCERT), "demo"], cwd=root, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return Demo(course, proc.stdout)


def demo_copy(template: Demo, dest: Path) -> Course:
    """An independent graded demo course (gradebook, autograded, feedback, notes) to write into."""
    shutil.copytree(template.course.root, dest, dirs_exist_ok=True)
    return Course(dest)


def pytest_collection_modifyitems(items):
    for item in items:
        if "integration" in item.path.parts or "browser" in item.path.parts:
            item.add_marker(pytest.mark.slow)
