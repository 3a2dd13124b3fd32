"""A bloc's own code, found by convention: the package ``cmcert_lib.<bloc>``.

A bloc is a folder pair: ``course/<bloc>/`` holds its notebooks' text sources
and rubrics, ``cmcert_lib/<bloc>/`` its Python code, in submodules that the
infrastructure discovers by name and never imports by hand:

- ``checks``: visible checks and scorers, registered on import (``cmcert_lib.checks``);
- ``datasets``: the loaders its notebooks call, over the files of ``data/``;
- ``datagen``: ``generate_all(dest)``, the seeded generators of ``data/`` (``cmcert data``);
- ``demo``: the demo cohort's partly-right answers, ``notebook_<NN>`` (``cmcert demo``).

Every submodule is optional; a bloc without checks simply has no autograded question.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import cmcert_lib

# A bloc id as the course writes it: folder names in course/, question ids "<bloc>.<name>".
BLOC_ID = re.compile(r"^[a-z][a-z0-9_]*$")
LIBRARY = Path(cmcert_lib.__file__).resolve().parent


def bloc_packages() -> list[str]:
    """Names of the library's bloc packages (those with a ``checks`` or ``datasets`` part)."""
    found = []
    for info in pkgutil.iter_modules(cmcert_lib.__path__):
        folder = LIBRARY / info.name
        if info.ispkg and any((folder / part).exists() for part in ("checks", "datasets", "demo")):
            found.append(info.name)
    return sorted(found)


def part(bloc: str, name: str) -> ModuleType | None:
    """The bloc's submodule ``name`` (``checks``, ``datasets``...), or None when the bloc has none."""
    if not BLOC_ID.match(bloc):
        raise ValueError(f"nom de bloc invalide : {bloc!r}")
    module = f"cmcert_lib.{bloc}.{name}"
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name in (module, f"cmcert_lib.{bloc}"):
            return None
        raise


def load_checks() -> None:
    """Import every bloc's checks, which registers their questions."""
    for bloc in bloc_packages():
        part(bloc, "checks")


def data_dir(bloc: str) -> Path:
    """The folder of the files a bloc ships to its notebooks (``cmcert_lib/<bloc>/data``)."""
    return LIBRARY / bloc / "data"


def import_submodules(package: str, path: list[str]) -> list[ModuleType]:
    """Import every public submodule of a package (a bloc's ``checks`` use it to register all topics)."""
    return [importlib.import_module(f"{package}.{info.name}")
            for info in pkgutil.iter_modules(path) if not info.name.startswith("_")]
