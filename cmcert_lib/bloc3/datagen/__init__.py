"""Seeded generators of the course datasets (developer tools; outputs are committed).

Each submodule exposes ``generate(dest: pathlib.Path) -> list[pathlib.Path]``
writing its files under ``dest`` (the library's ``data`` folder by default).
``cmcert data`` runs them all; a test proves the committed files are in sync.
"""

from __future__ import annotations

from pathlib import Path

from cmcert_lib.blocs import run_generators


def generate_all(dest: Path) -> list[Path]:
    return run_generators(__name__, __path__, dest)
