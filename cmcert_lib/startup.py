"""What a cmcert process does before anything else: leave out work that costs seconds and serves nothing.

- jsonschema, which nbformat imports to validate notebooks, builds an Earley parser of RFC 3987 IRIs
  when its import finds the optional package ``rfc3987_syntax`` (jupyter-events brings it in): about
  3 s per process here, for a string format that no notebook schema uses (nbformat's schemas have no
  ``format`` check). Marked absent, jsonschema leaves that one check out, as it does wherever the
  package is not installed (it imports it under ``suppress(ImportError)``).
- nbgrader, creating a gradebook, asks ``alembic heads`` in a subprocess (which imports nbgrader
  again: 4 to 20 s) for the head of its migrations, a constant of the installed nbgrader: read here,
  in process, from the same migration scripts.
- nbgrader's cell metadata validator calls ``jsonschema.validate`` for every graded cell, which checks
  nbgrader's own schema against JSON Schema's metaschema each time (5 s of a 4-candidate × 3-bloc
  batch's 35 s of recording): checked once per schema here, then every cell is validated as before.
- every ``nbgrader.api.Gradebook`` creates its own database engine, and SQLAlchemy keeps compiled SQL
  per engine: the 436 gradebooks of such a batch compiled 1,844 statements. One engine per database
  and process here, so a statement is compiled once; a gradebook's ``close`` still returns its
  connections (it disposes the engine's pool, and the engine opens new ones when next asked).

:func:`apply` is called by the ``cmcert`` command and by the test suite, never by a candidate's kernel.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import threading


@functools.cache
def alembic_head() -> str:
    """The head revision of nbgrader's gradebook migrations, as ``alembic heads`` prints it."""
    from alembic.script import ScriptDirectory
    from nbgrader import dbutil

    return ScriptDirectory(dbutil.ALEMBIC_DIR).get_current_head()


class CheckedOnceJsonschema:
    """``jsonschema`` as nbgrader's metadata validator uses it, with each schema checked once per process.

    ``validate`` raises what ``jsonschema.validate`` raises (the best-matching error); every other name
    is jsonschema's own.
    """

    def __init__(self) -> None:
        import jsonschema

        self._jsonschema = jsonschema
        self._validators: dict[str, object] = {}

    def validate(self, instance, schema) -> None:
        key = json.dumps(schema, sort_keys=True)
        validator = self._validators.get(key)
        if validator is None:
            cls = self._jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            validator = self._validators[key] = cls(schema)
        error = self._jsonschema.exceptions.best_match(validator.iter_errors(instance))
        if error is not None:
            raise error

    def __getattr__(self, name: str):
        return getattr(self._jsonschema, name)


_engines: dict[tuple[int, str], object] = {}
_engines_lock = threading.Lock()
_ENGINES_KEPT = 8


def shared_engine(url, **kwargs):
    """``sqlalchemy.create_engine`` for nbgrader's gradebooks: one engine per database URL and process
    (a forked child gets its own, never its parent's connections)."""
    from sqlalchemy import create_engine

    key = (os.getpid(), f"{url}|{sorted(kwargs.items())}")
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            if len(_engines) >= _ENGINES_KEPT:  # a test session opens hundreds of course copies' gradebooks
                del _engines[next(iter(_engines))]  # an open gradebook keeps its own reference
            engine = _engines[key] = create_engine(url, **kwargs)
        return engine


def apply() -> None:
    """Call before nbformat or nbgrader is imported (later, all but the IRI parser's shortcut apply)."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)
    import nbgrader.api

    if not getattr(nbgrader.api.get_alembic_version, "cmcert_in_process", False):
        alembic_head.cmcert_in_process = True
        alembic_head.nbgrader_s = nbgrader.api.get_alembic_version
        nbgrader.api.get_alembic_version = alembic_head
    import nbgrader.nbgraderformat.common as metadata_format

    if not isinstance(metadata_format.jsonschema, CheckedOnceJsonschema):
        metadata_format.jsonschema = CheckedOnceJsonschema()
    nbgrader.api.create_engine = shared_engine
