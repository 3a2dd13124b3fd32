"""Shared fixtures: a throw-away copy of the course, so tests never touch the real one.

The tree mirrors the code: ``unit/`` (one module, fast), ``<bloc>/`` (a bloc's helpers, checks and
notebooks), ``integration/`` (the pipeline end to end: sandbox, nbgrader, the demo; all marked
``slow``). ``pytest -m "not slow"`` is what an author runs while writing.

The suite runs on every core (pytest-xdist, ``-n auto --dist loadgroup`` in pyproject.toml): tests
sharing a module-scoped fixture run on one worker, so that fixture is built once; the demo is graded
once for all workers (:func:`demo_template`).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from xdist.scheduler import LoadScopeScheduling

from cmcert_lib import startup
from cmcert_lib.grading import sandbox
from cmcert_lib.layout import Course

ROOT = Path(__file__).resolve().parents[1]

startup.apply()  # see cmcert_lib/startup.py: what the cmcert command leaves out, the tests do too
# The tests make their own gradebooks: a trainer's CMCERT_GRADEBOOK_URL must never send them to the school's
# server (tests/integration/test_postgres_gradebook.py starts a server of its own).
os.environ.pop("CMCERT_GRADEBOOK_URL", None)


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


def shared_dir(tmp_path_factory, name: str) -> Path:
    """A folder of this test session that every xdist worker sees (their base temps' parent)."""
    base = tmp_path_factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / name


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold the session-wide lock of ``folder``: one worker at a time fills it, the others wait."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.with_name(folder.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Demo:
    """`cmcert demo` run ONCE per test session on a copy of the course (about 100 s), for all workers.

    The first worker to ask runs it while the others wait; each reads the same graded course and output
    (a failed demo fails every test that needs it, without running again). Read it, never change it:
    tests that grade again, save rubric grades or otherwise write use :func:`demo_copy`.
    """
    reason = sandbox.available()
    if reason:
        pytest.skip(f"the demo grades in the sandbox, unavailable here: {reason}")
    folder = shared_dir(tmp_path_factory, "demo")
    root, stdout, outcome = folder / "cours", folder / "stdout.txt", folder / "outcome.txt"
    with exclusive(folder):
        if not outcome.is_file():
            course = copy_course(root)
            env = dict(os.environ, PATH=f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}")
            proc = subprocess.run([str(CMCERT), "demo"], cwd=course.root, env=env, capture_output=True, text=True,
                                  check=False)
            stdout.write_text(proc.stdout, encoding="utf-8")
            outcome.write_text(f"{proc.returncode}\n{proc.stderr}", encoding="utf-8")
    returncode, stderr = outcome.read_text(encoding="utf-8").split("\n", 1)
    out = stdout.read_text(encoding="utf-8")
    assert returncode == "0", out + stderr
    return Demo(Course(root), out)


def demo_copy(template: Demo, dest: Path) -> Course:
    """An independent graded demo course (gradebook, autograded, feedback, notes) to write into."""
    shutil.copytree(template.course.root, dest, dirs_exist_ok=True)
    return Course(dest)


def pytest_collection_modifyitems(items):
    for item in items:
        if "integration" in item.path.parts or "browser" in item.path.parts:
            item.add_marker(pytest.mark.slow)
    groups = os.environ.get(GROUPS_FILE)
    if groups and os.environ.get("PYTEST_XDIST_WORKER"):
        _write_groups(Path(groups), items)


# --- parallel runs (pytest-xdist) -------------------------------------------------------------------
# Tests sharing a module-scoped fixture (a course graded, a server) run on one worker, so that fixture is
# built once; the others are spread one by one. xdist's --dist loadgroup carries its groups in the node ids,
# which pytest 9.2 no longer lets it change (pytest-xdist#1386): here the workers, which collect, write
# the groups to a file the controller's scheduler reads once every worker has collected.
GROUPS_FILE = "CMCERT_TEST_GROUPS"


def _module_scoped(item: pytest.Item) -> bool:
    return any(defs[-1].scope in ("module", "class", "package")
               for defs in item._fixtureinfo.name2fixturedefs.values())


def _write_groups(path: Path, items) -> None:
    groups = {item.nodeid: item.nodeid.split("::")[0] for item in items if _module_scoped(item)}
    mine = path.with_name(f"{os.environ['PYTEST_XDIST_WORKER']}.json")
    mine.write_text(json.dumps(groups), encoding="utf-8")
    mine.replace(path)  # every worker collects the same tests: the last write is as good as the first


def pytest_configure(config):
    parallel = config.getoption("numprocesses", None) and config.getoption("dist", "no") == "loadgroup"
    if parallel and not os.environ.get("PYTEST_XDIST_WORKER"):
        # Set before the workers start: they inherit it.
        os.environ[GROUPS_FILE] = str(Path(tempfile.mkdtemp(prefix="cmcert-test-groups-")) / "groups.json")


def pytest_unconfigure(config):
    if not os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get(GROUPS_FILE):
        shutil.rmtree(Path(os.environ.pop(GROUPS_FILE)).parent, ignore_errors=True)


class _ModuleFixtureScheduling(LoadScopeScheduling):
    """xdist's scope scheduling, a scope being a module for the tests written to the groups file, else
    the test itself; the biggest scopes go first (``--loadscope-reorder``, xdist's default)."""

    _groups: dict[str, str] | None = None

    def _split_scope(self, nodeid: str) -> str:
        if self._groups is None:
            path = Path(os.environ[GROUPS_FILE])
            self._groups = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        return self._groups.get(nodeid, nodeid)


def pytest_xdist_make_scheduler(config, log):
    if config.getoption("dist") == "loadgroup" and os.environ.get(GROUPS_FILE):
        return _ModuleFixtureScheduling(config, log)
    return None
