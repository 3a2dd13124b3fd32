"""Fixtures of the browser tests: the demo course graded once, JupyterLab on a copy of it, a fresh Chromium.

Marked slow by tests/conftest.py (the folder's name).  Skipped, saying why, without Playwright or Chromium
(`make install` installs both as root), or where the demo cannot grade (no sandbox).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest

from tests.browser import harness
from tests.conftest import CMCERT, ROOT, demo_copy

CANDIDATE_FOLDER = "candidat/bloc1"  # where the candidate works: the notebooks as fetched, untouched
CANDIDATE_NOTEBOOK = "02_benchmark_ecoute.ipynb"


def pytest_configure(config):
    config.addinivalue_line("markers", "headed: the test's Chromium opens a real window on an Xvfb screen when Xvfb "
                            "is installed (headless otherwise, saying so)")


@pytest.fixture(scope="module")
def day_course(request, tmp_path_factory):
    """A graded demo course to walk through: the trainer's tool beside it, a candidate's fresh notebook."""
    reason = harness.unavailable()
    if reason:
        pytest.skip(reason)
    (harness.SCREENSHOTS / "timings.json").unlink(missing_ok=True)
    started = time.monotonic()
    template = request.getfixturevalue("demo_template")
    demo_seconds = time.monotonic() - started
    started = time.monotonic()
    course = demo_copy(template, tmp_path_factory.mktemp("jour") / "cours")
    shutil.copytree(ROOT / "formateur", course.root / "formateur")
    # As `make lab` does before starting JupyterLab: the release is current, the exchange exists.
    env = dict(os.environ, PATH=f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}")
    env.pop("CMCERT_COURSE", None)
    build = subprocess.run([str(CMCERT), "build"], cwd=course.root, env=env, capture_output=True, text=True,
                           timeout=600, check=False)
    assert build.returncode == 0, build.stdout + build.stderr
    harness.record_timings({"course_copy_and_build_s": time.monotonic() - started})
    candidate = course.root / CANDIDATE_FOLDER
    candidate.mkdir(parents=True)
    shutil.copy(course.release("bloc1") / CANDIDATE_NOTEBOOK, candidate / CANDIDATE_NOTEBOOK)
    return course, demo_seconds


@pytest.fixture(scope="module")
def lab(day_course, tmp_path_factory):
    """JupyterLab serving the course copy, started in the background and stopped by its process id."""
    course, demo_seconds = day_course
    started = time.monotonic()
    server = harness.start_lab(course.root, tmp_path_factory.mktemp("jupyter"))
    try:
        yield server
    finally:
        server.stop()
        harness.record_timings({"server_ready_s": server.ready_seconds,
                                "harness_total_s": time.monotonic() - started,
                                "demo_graded_for_the_session_s": demo_seconds})


@pytest.fixture
def browser(request):
    """A fresh Chromium: headless, or with a real window on Xvfb for a test marked ``headed`` (or every test
    with CMCERT_BROWSER_HEADED=1) when Xvfb is installed; the mode is printed and saved in constats.json."""
    from playwright.sync_api import sync_playwright

    headed = harness.headed_wanted(request.node.get_closest_marker("headed") is not None)
    with sync_playwright() as playwright:
        chromium = harness.Browser.launch(playwright, harness.SCREENSHOTS / request.node.name, headed=headed)
        print(f"\n[{request.node.name}] Chromium : {chromium.display}")
        try:
            yield chromium
        finally:
            chromium.close()
