"""Loaders of the course datasets: one line each in a notebook, French errors on bad files.

Each public submodule (survey, social, ...) defines ``load_*`` functions listed
in its ``__all__``; they are re-exported here so a notebook writes
``from cmcert_lib.datasets import load_survey``.
"""

import importlib
import pkgutil

from cmcert_lib.datasets._io import DataFileError, shipped

__all__ = ["DataFileError", "shipped"]

for _info in pkgutil.iter_modules(__path__):
    if not _info.name.startswith("_"):
        _module = importlib.import_module(f"{__name__}.{_info.name}")
        for _name in _module.__all__:
            globals()[_name] = getattr(_module, _name)
            __all__.append(_name)
