"""A bloc's own code, found by convention: the package ``cmcert_lib.<bloc>``.

A bloc is a folder pair: ``course/<bloc>/`` holds its notebooks' text sources
and rubrics, ``cmcert_lib/<bloc>/`` its Python code, in submodules that the
infrastructure discovers by name and never imports by hand:

- ``checks``: visible checks and scorers, registered on import (``cmcert_lib.checks``);
- ``datasets``: the loaders its notebooks call, over the files of ``data/``;
- ``datagen``: ``generate_all(dest)``, the seeded generators of ``data/`` (``cmcert data``);
- ``demo``: the demo cohort's partly-right answers, ``notebook_<NN>`` (``cmcert demo``).

Every submodule is optional; a bloc without checks simply has no autograded question.

A bloc package may also come from outside the library: any ``cmcert_lib/<bloc>/`` folder on
``sys.path`` (see ``cmcert_lib/__init__.py``), which is how a plugin or a test fixture adds a
bloc without touching the library. The library's own folder comes first: a bloc it has
cannot be replaced from outside. The plugin's folder must come after the library's on
``sys.path``: otherwise Python takes the plugin's ``cmcert_lib/`` (no ``__init__.py``) for
the whole package, which this module refuses with a clear error.
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
if cmcert_lib.__file__ is None:  # imported as a namespace package: its __init__ never ran
    raise ImportError(
        "cmcert_lib a été chargé depuis un dossier sans __init__.py "
        f"({', '.join(cmcert_lib.__path__)}) : le dossier d'un bloc ajouté (cmcert_lib/<bloc>/) "
        "passe avant la bibliothèque dans le chemin de Python ; placez d'abord le dossier de la "
        "bibliothèque (PYTHONPATH=<bibliothèque>:<bloc ajouté>)."
    )
LIBRARY = Path(cmcert_lib.__file__).resolve().parent


def portions() -> list[Path]:
    """The folders that make up ``cmcert_lib``: the library's own first, then those found on sys.path."""
    found: list[Path] = []
    for entry in cmcert_lib.__path__:
        folder = Path(entry).resolve()
        if folder.is_dir() and folder not in found:
            found.append(folder)
    return found


def _packages() -> dict[str, Path]:
    """Every subpackage of ``cmcert_lib`` and its folder; the first portion holding a name wins, as on import."""
    found: dict[str, Path] = {}
    for portion in portions():
        for info in pkgutil.iter_modules([str(portion)]):
            if info.ispkg and info.name not in found:
                found[info.name] = portion / info.name
    return found


def bloc_packages() -> list[str]:
    """Names of the bloc packages (those with a ``checks``, ``datasets`` or ``demo`` part)."""
    return sorted(name for name, folder in _packages().items()
                  if any((folder / part).exists() for part in ("checks", "datasets", "demo")))


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


def package_dir(bloc: str) -> Path:
    """The folder of the bloc's package, wherever it was found (the library's folder when it has none)."""
    if not BLOC_ID.match(bloc):
        raise ValueError(f"nom de bloc invalide : {bloc!r}")
    return _packages().get(bloc, LIBRARY / bloc)


def data_dir(bloc: str) -> Path:
    """The folder of the files a bloc ships to its notebooks (``cmcert_lib/<bloc>/data``)."""
    return package_dir(bloc) / "data"


def import_submodules(package: str, path: list[str]) -> list[ModuleType]:
    """Import every public submodule of a package (a bloc's ``checks`` use it to register all topics)."""
    return [importlib.import_module(f"{package}.{info.name}")
            for info in pkgutil.iter_modules(path) if not info.name.startswith("_")]


def reexport_loaders(namespace: dict, package: str, path: list[str]) -> list[str]:
    """Put the ``__all__`` of every public submodule of a bloc's ``datasets`` into ``namespace``.

    A notebook then writes ``from cmcert_lib.<bloc>.datasets import load_x`` whatever file
    defines ``load_x``; the names are returned for the package's own ``__all__``.
    """
    names: list[str] = []
    for module in import_submodules(package, path):
        for name in module.__all__:
            namespace[name] = getattr(module, name)
            names.append(name)
    return names


def run_generators(package: str, path: list[str], dest: Path) -> list[Path]:
    """Run ``generate(dest)`` of every submodule of a bloc's ``datagen``, in name order; the files written."""
    written: list[Path] = []
    for name in sorted(info.name for info in pkgutil.iter_modules(path)):
        written += importlib.import_module(f"{package}.{name}").generate(dest)
    return written
