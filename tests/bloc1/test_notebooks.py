"""Every notebook keeps the course's promises: solutions pass, blank copies earn nothing,
every competency of a bloc is evidenced, and the candidate's copy speaks French."""

from __future__ import annotations

import shutil

import nbformat
import pytest

from cmcert_lib.authoring.selfcheck import validate
from cmcert_lib.facts import referential
from tests.conftest import ROOT

SOURCES = sorted((ROOT / "source").glob("*/*.ipynb"))
RELEASES = sorted((ROOT / "release").glob("*/*.ipynb"))


def _graded(nb):
    return [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_solutions_pass_every_check(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    verdict = validate(copy)
    assert verdict.ok, f"failing cells: {verdict.failed}"


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_blank_copy_passes_no_graded_check(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    verdict = validate(copy, invert=True)
    assert not verdict.passed, f"cells passing on a blank copy: {verdict.passed}"


@pytest.mark.parametrize("bloc", sorted({p.parent.name for p in SOURCES}))
def test_every_competency_of_the_bloc_is_evidenced(bloc):
    number = int(bloc.removeprefix("bloc"))
    evidenced = set()
    for path in (ROOT / "source" / bloc).glob("*.ipynb"):
        for cell in _graded(nbformat.read(path, as_version=4)):
            evidenced |= set(cell.metadata["cmcert"]["competencies"])
    expected = {c.code for c in referential.competencies_of_bloc(number)}
    assert expected <= evidenced, f"not evidenced: {sorted(expected - evidenced)}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_notebook_opens_on_the_situation_and_competencies(path):
    nb = nbformat.read(path, as_version=4)
    opening = nb.cells[0]
    assert opening.cell_type == "markdown" and opening.source.startswith("# ")
    graded_codes = {code for c in _graded(nb) for code in c.metadata["cmcert"]["competencies"]}
    head = "\n".join(c.source for c in nb.cells[:3] if c.cell_type == "markdown")
    missing = [code for code in graded_codes if code not in head]
    assert not missing, f"{path.name} grades {missing} without announcing them at the top"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_test_cell_says_what_it_checks(path):
    nb = nbformat.read(path, as_version=4)
    for cell in _graded(nb):
        if cell.cell_type == "code":
            assert cell.source.lstrip().startswith('"""'), cell.source[:80]
            assert "BEGIN HIDDEN TESTS" in cell.source, f"{cell.metadata.nbgrader.grade_id}: no hidden test"


def test_release_stubs_are_french():
    text = "".join(p.read_text(encoding="utf-8") for p in RELEASES)
    assert "VOTRE CODE ICI" in text and "VOTRE RÉPONSE ICI" in text
    assert "YOUR CODE HERE" not in text and "YOUR ANSWER HERE" not in text
