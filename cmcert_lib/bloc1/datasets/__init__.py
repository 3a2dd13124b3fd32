"""Bloc 1's loaders: one line each in a notebook, French errors on bad files.

Each public submodule (survey, social, ...) defines ``load_*`` functions listed
in its ``__all__``; they are re-exported here so a notebook writes
``from cmcert_lib.bloc1.datasets import load_survey``.
"""

from pathlib import Path

from cmcert_lib.blocs import data_dir, import_submodules
from cmcert_lib.domain.datafiles import DataFileError

__all__ = ["DataFileError", "shipped"]


def shipped(name: str = "") -> Path:
    """A file Bloc 1 ships to its notebooks (``cmcert_lib/bloc1/data/<name>``)."""
    return data_dir("bloc1") / name


for _module in import_submodules(__name__, __path__):
    for _name in _module.__all__:
        globals()[_name] = getattr(_module, _name)
        __all__.append(_name)
