"""Bloc 2's loaders: one line each in a notebook, French errors on bad files.

Each public submodule (keywords, photos, ...) defines ``load_*`` functions listed
in its ``__all__``; they are re-exported here so a notebook writes
``from cmcert_lib.bloc2.datasets import load_keywords``.
"""

from pathlib import Path

from cmcert_lib.blocs import data_dir, reexport_loaders
from cmcert_lib.domain.datafiles import DataFileError


def shipped(name: str = "") -> Path:
    """A file Bloc 2 ships to its notebooks (``cmcert_lib/bloc2/data/<name>``)."""
    return data_dir("bloc2") / name


__all__ = ["DataFileError", "shipped"]
__all__.extend(reexport_loaders(globals(), __name__, __path__))
