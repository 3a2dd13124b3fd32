"""What a cmcert process does before anything else: leave out work that costs seconds and serves nothing.

- jsonschema, which nbformat imports to validate notebooks, builds an Earley parser of RFC 3987 IRIs
  when its import finds the optional package ``rfc3987_syntax`` (jupyter-events brings it in): about
  3 s per process here, for a string format that no notebook schema uses (nbformat's schemas have no
  ``format`` check). Marked absent, jsonschema leaves that one check out, as it does wherever the
  package is not installed (it imports it under ``suppress(ImportError)``).
- nbgrader, creating a gradebook, asks ``alembic heads`` in a subprocess (which imports nbgrader
  again: 4 to 20 s) for the head of its migrations, a constant of the installed nbgrader: read here,
  in process, from the same migration scripts.

:func:`apply` is called by the ``cmcert`` command and by the test suite, never by a candidate's kernel.
"""

from __future__ import annotations

import functools
import sys


@functools.cache
def alembic_head() -> str:
    """The head revision of nbgrader's gradebook migrations, as ``alembic heads`` prints it."""
    from alembic.script import ScriptDirectory
    from nbgrader import dbutil

    return ScriptDirectory(dbutil.ALEMBIC_DIR).get_current_head()


def apply() -> None:
    """Call before nbformat or nbgrader is imported (later, only the gradebook's shortcut applies)."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)
    import nbgrader.api

    if not getattr(nbgrader.api.get_alembic_version, "cmcert_in_process", False):
        alembic_head.cmcert_in_process = True
        alembic_head.nbgrader_s = nbgrader.api.get_alembic_version
        nbgrader.api.get_alembic_version = alembic_head
