"""The shortcuts of tests/conftest.py give what they stand for."""

from __future__ import annotations

import os

from cmcert_lib.layout import BIN
from tests import conftest


def test_the_gradebooks_of_the_tests_get_the_alembic_version_nbgrader_writes(monkeypatch):
    # nbgrader's own way: `alembic heads` from PATH, in a subprocess.
    monkeypatch.setenv("PATH", f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    assert conftest.alembic_head() == conftest.nbgrader_alembic_version()
