"""Everything generated and committed equals what its command produces now."""

from __future__ import annotations

import filecmp
import pkgutil
from pathlib import Path

import pytest

from cmcert_lib import blocs
from cmcert_lib.authoring.build import build_sources, generate_release
from cmcert_lib.layout import RUN_OUTPUT_DIRS
from tests.conftest import ROOT, copy_course


def _files(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, Path]:
    return {
        str(p.relative_to(folder)): p
        for p in folder.rglob("*")
        if p.is_file() and not set(p.parts) & {*skip, "__pycache__"}
    }


def test_every_bloc_has_text_sources(real_course):
    assert "bloc1" in real_course.blocs()
    assert len(real_course.texts("bloc1")) >= 7


def test_source_notebooks_are_generated_from_course_texts(tmp_path):
    course = copy_course(tmp_path)
    for bloc in course.blocs():
        changed = build_sources(course, bloc)
        assert changed == [], f"source/{bloc} is out of date: run `make build` ({changed})"


@pytest.mark.slow  # runs nbgrader's generate_assignment and creates a gradebook
def test_release_is_what_nbgrader_generates(tmp_path):
    course = copy_course(tmp_path)
    for bloc in course.blocs():
        # What a solution run in place writes beside itself (git ignores it) never reaches a release.
        for folder in RUN_OUTPUT_DIRS:
            (course.source(bloc) / folder).mkdir(exist_ok=True)
            (course.source(bloc) / folder / "ecrit_par_la_solution.csv").write_text("nom;email\n", encoding="utf-8")
        generate_release(course, bloc)
        # The working tree's release/ may hold what a release notebook run in place wrote (git ignores it).
        committed = _files(ROOT / "release" / bloc, skip=RUN_OUTPUT_DIRS)
        generated = _files(course.release(bloc))
        assert sorted(committed) == sorted(generated), "run `make build`"
        for name, path in generated.items():
            assert filecmp.cmp(path, committed[name], shallow=False), f"release/{bloc}/{name} is stale"


def test_release_has_no_solution_or_hidden_test():
    for nb in (ROOT / "release").rglob("*.ipynb"):
        text = nb.read_text(encoding="utf-8")
        for marker in ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "score(\\\"", "expected="):
            assert marker not in text, f"{nb.name} leaks {marker}"


def _blocs_with_generators() -> list[str]:
    """Blocs whose ``datagen`` package holds a generator (a bloc starts without data)."""
    found = []
    for bloc in blocs.bloc_packages():
        datagen = blocs.part(bloc, "datagen")
        if datagen is not None and any(pkgutil.iter_modules(datagen.__path__)):
            found.append(bloc)
    return found


@pytest.mark.parametrize("bloc", _blocs_with_generators())
def test_datasets_are_what_the_seeded_generators_write(tmp_path, bloc):
    written = blocs.part(bloc, "datagen").generate_all(tmp_path)
    assert written, "no dataset generator"
    generated = _files(tmp_path)
    committed = _files(blocs.data_dir(bloc))
    for name, path in generated.items():
        assert name in committed, f"{name} is generated but not committed: run `make data`"
        assert filecmp.cmp(path, committed[name], shallow=False), f"{name} is stale: run `make data`"
