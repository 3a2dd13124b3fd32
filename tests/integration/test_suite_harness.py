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


def _metadata_validator():
    from nbgrader.nbgraderformat import MetadataValidator

    return MetadataValidator()


def _graded_cell(**nbgrader_metadata):
    import nbformat

    cell = nbformat.v4.new_code_cell("assert True")
    cell.metadata["nbgrader"] = {"schema_version": 3, "grade": True, "solution": False, "locked": True,
                                 "task": False, "grade_id": "test-q1", "points": 2, **nbgrader_metadata}
    return cell


def test_cell_metadata_is_validated_as_jsonschema_does_with_the_schema_checked_once(monkeypatch):
    import jsonschema
    import nbgrader.nbgraderformat.common as metadata_format

    assert isinstance(metadata_format.jsonschema, startup.CheckedOnceJsonschema)  # applied by tests/conftest.py
    checked_once = startup.CheckedOnceJsonschema()
    monkeypatch.setattr(metadata_format, "jsonschema", checked_once)
    checks = []
    draft = jsonschema.validators.validator_for(_metadata_validator().schema)
    monkeypatch.setattr(draft, "check_schema", classmethod(lambda cls, schema: checks.append(schema)))
    for _ in range(3):
        _metadata_validator().validate_cell(_graded_cell())  # a valid cell passes
    assert len(checks) == 1
    monkeypatch.undo()

    validator = _metadata_validator()
    bad = _graded_cell(points="deux")
    try:
        jsonschema.validate(bad.metadata["nbgrader"], validator.schema)
    except jsonschema.ValidationError as exc:
        expected = exc.message
    try:
        checked_once.validate(bad.metadata["nbgrader"], validator.schema)
    except jsonschema.ValidationError as exc:
        assert exc.message == expected
    else:
        raise AssertionError("a cell whose points are not a number passed the validation")
    assert checked_once.ValidationError is jsonschema.ValidationError  # the rest is jsonschema's own


def test_gradebooks_of_one_database_share_one_engine_and_close_alone(tmp_path, monkeypatch):
    from nbgrader.api import Gradebook

    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    first, second = Gradebook(url), Gradebook(url)
    assert first.engine is second.engine  # SQL compiled for one is compiled for the other
    first.add_student("ana")
    first.close()
    assert [s.id for s in second.students] == ["ana"]  # the other gradebook still reads and writes
    second.add_student("bea")
    second.close()
    with Gradebook(url) as third:
        assert sorted(s.id for s in third.students) == ["ana", "bea"]
    # A forked child never reuses its parent's connections; a long session keeps a few engines only.
    monkeypatch.setattr(startup.os, "getpid", lambda: -1)
    assert startup.shared_engine(url, echo=False, future=True) is not first.engine
    for n in range(startup._ENGINES_KEPT):
        startup.shared_engine(f"sqlite:///{tmp_path / f'autre{n}.db'}")
    assert len(startup._engines) <= startup._ENGINES_KEPT
