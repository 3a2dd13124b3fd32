"""Seeded generators of the course datasets (developer tools; outputs are committed).

Each submodule exposes ``generate(dest: pathlib.Path) -> list[pathlib.Path]``
writing its files under ``dest`` (the library's ``data`` folder by default).
``cmcert data`` runs them all; a test proves the committed files are in sync.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path


def generate_all(dest: Path) -> list[Path]:
    written: list[Path] = []
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        written += importlib.import_module(f"{__name__}.{module}").generate(dest)
    return written
