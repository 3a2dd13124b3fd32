"""Bloc 3's loaders: one line each in a notebook, French errors on bad files.

Each public submodule (moderation, publishing, ...) defines ``load_*`` functions listed
in its ``__all__``; they are re-exported here so a notebook writes
``from cmcert_lib.bloc3.datasets import load_comments``.
"""

from pathlib import Path

from cmcert_lib.blocs import data_dir, reexport_loaders
from cmcert_lib.domain.datafiles import DataFileError


def shipped(name: str = "") -> Path:
    """A file Bloc 3 ships to its notebooks (``cmcert_lib/bloc3/data/<name>``)."""
    return data_dir("bloc3") / name


__all__ = ["DataFileError", "shipped"]
__all__.extend(reexport_loaders(globals(), __name__, __path__))
