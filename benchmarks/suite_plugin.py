"""A pytest plugin for benchmarks/suite.py: each test's phases, one JSON line each, in the file named by
``CMCERT_SUITE_TIMELINE`` (nothing without it).

Written by whichever process ran the test (an xdist worker, or pytest itself with ``-n 0``): lines are
short and appended whole, so the workers share the file. A phase's line says whether the test asked for
the session's demo (``demo_template``, tests/conftest.py): the slowest such setup is the demo's run.
"""

from __future__ import annotations

import json
import os

import pytest

TIMELINE = "CMCERT_SUITE_TIMELINE"
DEMO_FIXTURE = "demo_template"


def _writer(config: pytest.Config) -> bool:
    if not os.environ.get(TIMELINE):
        return False
    # With xdist the controller hears every report again: only the process that ran the test writes.
    return bool(os.environ.get("PYTEST_XDIST_WORKER")) or not getattr(config.option, "numprocesses", None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call):
    outcome = yield
    report = outcome.get_result()
    if not _writer(item.config):
        return
    line = {"nodeid": item.nodeid, "when": report.when, "seconds": report.duration,
            "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
            "demo": DEMO_FIXTURE in getattr(item, "fixturenames", ())}
    with open(os.environ[TIMELINE], "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")
