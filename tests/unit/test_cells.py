"""The cell metadata module: what the course's own cells say, and hostile metadata read safely."""

from __future__ import annotations

import nbformat
import pytest
from traitlets.config.loader import PyFileConfigLoader

from cmcert_lib.authoring import cells
from cmcert_lib.authoring import textformat as nf
from tests.conftest import ROOT

TEXT = """\
# %% [markdown]
# # Titre
# %% readonly id=setup
import math
# %% solution id=taux
taux = 1
# %% tests id=taux_tests points=3 competencies=C1.2.2
score("x", taux, expected=1, points=3)
# %% manual id=avis points=2 competencies=C1.1.1 criteria=B1-01
# Ma réponse.
"""


@pytest.fixture(scope="module")
def built() -> dict[str, nbformat.NotebookNode]:
    nb = nf.build(TEXT, "essai.py", rubrics={})
    return {cells.grade_id(c) or c.source[:7]: c for c in nb.cells}


def test_each_kind_of_course_cell_reads_as_what_it_is(built):
    expected = {  # grade_id: (graded, answer, locked, test, manual, points)
        "setup": (False, False, True, False, False, 0.0),
        "taux": (False, True, False, False, False, 0.0),
        "taux_tests": (True, False, True, True, False, 3.0),
        "avis_grille": (False, False, True, False, False, 0.0),
        "avis": (True, True, False, False, True, 2.0),
        "# Titre": (False, False, False, False, False, 0.0),
    }
    assert set(built) == set(expected)
    for key, values in expected.items():
        cell = built[key]
        found = (cells.is_graded(cell), cells.is_answer(cell), cells.is_locked(cell), cells.is_test(cell),
                 cells.is_manual(cell), cells.points(cell))
        assert found == values, key


def test_course_entries_of_the_source_cells(built):
    assert cells.competencies(built["taux_tests"]) == ("C1.2.2",)
    assert cells.criteria(built["taux_tests"]) == ()
    assert cells.competencies(built["avis"]) == ("C1.1.1",)
    assert cells.criteria(built["avis"]) == ("B1-01",)
    assert cells.criteria(built["avis_grille"]) == ("B1-01",)
    assert cells.competencies(built["setup"]) == ()
    assert "cmcert" not in built["setup"].metadata and "nbgrader" not in built["# Titre"].metadata


def test_mark_writes_nbgraders_schema():
    cell = nbformat.v4.new_code_cell("x = 1")
    cells.mark(cell, "essai", grade=True, solution=False, locked=True, points=2)
    assert cell.metadata["nbgrader"] == {"grade": True, "solution": False, "locked": True, "grade_id": "essai",
                                         "schema_version": cells.SCHEMA_VERSION, "points": 2.0}
    plain = nbformat.v4.new_markdown_cell("texte")
    cells.mark(plain, "lecture", grade=False, solution=False, locked=True)
    assert "points" not in plain.metadata["nbgrader"]
    with pytest.raises(ValueError, match="points"):
        cells.mark(nbformat.v4.new_code_cell(""), "sans_points", grade=True, solution=False, locked=True)


def test_describe_writes_only_what_there_is():
    cell = nbformat.v4.new_code_cell("")
    cells.describe(cell)
    assert "cmcert" not in cell.metadata
    cells.describe(cell, competencies=("C1.1.1",))
    assert cell.metadata["cmcert"] == {"competencies": ["C1.1.1"]}
    cells.describe(cell, criteria=["B1-01"])
    assert cell.metadata["cmcert"] == {"criteria": ["B1-01"]}


def _cell(metadata, cell_type="code", source="x"):
    return {"cell_type": cell_type, "source": source, "metadata": metadata}


HOSTILE = [
    None,
    "nbgrader",
    ["grade", "solution"],
    {"nbgrader": None},
    {"nbgrader": "grade"},
    {"nbgrader": ["grade_id", "taux"]},
    {"nbgrader": 42},
    {"cmcert": "C1.1.1", "nbgrader": []},
]


@pytest.mark.parametrize("metadata", HOSTILE)
def test_metadata_that_is_not_a_dict_reads_as_a_plain_cell(metadata):
    for cell in (_cell(metadata), nbformat.from_dict(_cell(metadata))):
        assert cells.nbgrader_metadata(cell) == {}
        assert cells.grade_id(cell) is None
        assert cells.points(cell) == 0.0
        assert not (cells.is_graded(cell) or cells.is_answer(cell) or cells.is_locked(cell)
                    or cells.is_test(cell) or cells.is_manual(cell))
        assert cells.competencies(cell) == () and cells.criteria(cell) == ()


@pytest.mark.parametrize("cell", [None, "cellule", 3, ["metadata"], {}, {"cell_type": "code"}])
def test_anything_that_is_not_a_cell_reads_as_a_plain_cell(cell):
    assert cells.grade_id(cell) is None
    assert not cells.is_graded(cell) and not cells.is_test(cell) and not cells.is_stub(cell)
    assert cells.course_metadata(cell) == {}


@pytest.mark.parametrize("value", [7, 3.5, None, ["taux"], {"id": "taux"}, True])
def test_an_id_that_is_not_a_string_is_no_id(value):
    assert cells.grade_id(_cell({"nbgrader": {"grade_id": value, "solution": True}})) is None


@pytest.mark.parametrize(("value", "expected"), [
    (3, 3.0), (2.5, 2.5), ("4", 4.0), (True, 0.0), (None, 0.0), ("beaucoup", 0.0), ([3], 0.0),
    (float("nan"), 0.0), (float("inf"), 0.0), ("1e400", 0.0),
])
def test_points_are_a_finite_number_or_zero(value, expected):
    assert cells.points(_cell({"nbgrader": {"grade": True, "points": value}})) == expected


def test_flags_follow_nbgrader_and_its_truthiness():
    # nbgrader reads the flags as they are: a candidate's "yes" counts as true for nbgrader too.
    answer = _cell({"nbgrader": {"grade_id": "taux", "solution": "oui"}})
    assert cells.is_answer(answer) and not cells.is_locked(answer)
    # A graded cell is locked unless it is an answer (nbgrader.utils.is_locked).
    graded = _cell({"nbgrader": {"grade_id": "t", "grade": True, "locked": False}})
    assert cells.is_locked(graded) and cells.is_test(graded)
    assert not cells.is_test(_cell({"nbgrader": {"grade": True}}, cell_type="markdown"))


@pytest.mark.parametrize("value", ["C1.1.1", {"C1.1.1": True}, 3, None])
def test_course_entries_of_the_wrong_type_are_empty(value):
    cell = _cell({"cmcert": {"competencies": value, "criteria": value}})
    assert cells.competencies(cell) == () and cells.criteria(cell) == ()


def test_course_entries_keep_only_strings():
    cell = _cell({"cmcert": {"competencies": ["C1.1.1", 3, None, "C1.2.2"]}})
    assert cells.competencies(cell) == ("C1.1.1", "C1.2.2")


def test_stubs_are_recognised_by_cell_type():
    assert cells.is_stub(_cell({}, "code", "\n" + cells.CODE_STUB + "\n"))
    assert cells.is_stub(_cell({}, "markdown", cells.TEXT_STUB))
    assert not cells.is_stub(_cell({}, "markdown", cells.CODE_STUB))
    assert not cells.is_stub(_cell({}, "code", cells.CODE_STUB + "\ntaux = 1"))
    assert not cells.is_stub(_cell({}, "code", ["# VOTRE CODE ICI"]))
    # Copies handed out with an earlier stub still count as blank.
    assert all(cells.is_stub(_cell({}, "code", stub)) for stub in cells.LEGACY_CODE_STUBS)
    assert not cells.is_stub(_cell({}, "markdown", cells.LEGACY_CODE_STUBS[0]))


def test_the_release_carries_the_stubs_of_this_module(real_course):
    release = real_course.release("bloc1")
    answers = [c for path in sorted(release.glob("*.ipynb")) for c in nbformat.read(path, as_version=4).cells
               if cells.is_answer(c)]
    written = [c for c in answers if c.cell_type == "markdown"]
    code = [c for c in answers if c.cell_type == "code"]
    assert written and all(cells.is_stub(c) for c in written)
    # A code answer may keep lines of the author's outside the solution markers, around the stub.
    assert code and all(cells.CODE_STUB in c.source for c in code) and any(cells.is_stub(c) for c in code)


def test_nbgrader_config_gives_nbgrader_these_stubs():
    config = PyFileConfigLoader("nbgrader_config.py", path=str(ROOT)).load_config()
    assert config.ClearSolutions.code_stub == {"python": cells.CODE_STUB}
    assert config.ClearSolutions.text_stub == cells.TEXT_STUB
