"""The startup shortcuts (cmcert_lib/startup.py) give what they stand for."""

from __future__ import annotations

import os
import subprocess
import sys

import nbgrader.api

from cmcert_lib import startup
from cmcert_lib.layout import BIN


def test_new_gradebooks_get_the_alembic_version_nbgrader_s_own_way_gives(monkeypatch):
    # nbgrader's own way: `alembic heads` from PATH, in a subprocess.
    monkeypatch.setenv("PATH", f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    assert nbgrader.api.get_alembic_version is startup.alembic_head  # applied by tests/conftest.py
    assert startup.alembic_head() == startup.alembic_head.nbgrader_s()


def test_the_command_validates_notebooks_without_building_the_iri_parser():
    code = ("from cmcert_lib import cli\nimport sys, nbformat\n"
            "nb = nbformat.v4.new_notebook()\nnb.cells.append(nbformat.v4.new_code_cell('x = 1'))\n"
            "nbformat.validate(nb)\nbad = nbformat.v4.new_notebook()\nbad.cells.append({'cell_type': 'code'})\n"
            "try:\n    nbformat.validate(bad)\nexcept nbformat.ValidationError:\n    print('refused')\n"
            "print('lark' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["refused", "False"]
