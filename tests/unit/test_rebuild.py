"""Rebuilding a hand-in on the release's structure: whatever the file, the graded cells are the course's."""

import json

import nbformat
import pytest

from cmcert_lib.authoring import cells
from cmcert_lib.authoring import textformat as nf
from cmcert_lib.authoring.selfcheck import candidate_copy
from cmcert_lib.grading import rebuild

TEXT = '''\
# %% [markdown]
# # Titre

# %% [markdown]
# Calculez le taux.

# %% solution id=taux
### BEGIN SOLUTION
taux = 0.04
### END SOLUTION

# %% tests id=taux_tests points=2 competencies=C1.2.2
"""Taux."""
from cmcert_lib.checks import check, score
check("q", taux)
### BEGIN HIDDEN TESTS
score("q", taux, expected=0.04, points=2)
### END HIDDEN TESTS

# %% manual id=avis points=3 competencies=C1.2.2 criteria=B1-03
# Un avis modèle.
'''


@pytest.fixture
def release():
    return candidate_copy(nf.build(TEXT))


def ids(nb):
    return [cells.grade_id(c) for c in nb.cells]


def answered(release, code="taux = 0.05", text="Mon avis."):
    nb = nbformat.from_dict(json.loads(nf.dumps(release)))
    for cell in nb.cells:
        if cells.grade_id(cell) == "taux":
            cell.source = code
        if cells.grade_id(cell) == "avis":
            cell.source = text
    return nb


def test_an_honest_copy_keeps_its_answers_and_the_course_cells(release):
    prepared = rebuild.rebuild(release, answered(release), "n.ipynb")
    assert ids(prepared.notebook) == ids(release)
    by_id = {cells.grade_id(c): c for c in prepared.notebook.cells}
    assert by_id["taux"].source == "taux = 0.05" and by_id["avis"].source == "Mon avis."
    assert prepared.notes == []


def test_deleted_and_edited_test_cells_are_restored_and_flagged(release):
    nb = answered(release)
    test = next(c for c in nb.cells if cells.grade_id(c) == "taux_tests")
    test.source = "pass"
    prepared = rebuild.rebuild(release, nb, "n.ipynb")
    restored = next(c for c in prepared.notebook.cells if cells.grade_id(c) == "taux_tests")
    assert "check(" in restored.source
    assert any(n.suspicious and "modifiée" in n.text for n in prepared.notes)
    nb.cells.remove(test)
    prepared = rebuild.rebuild(release, nb, "n.ipynb")
    assert ids(prepared.notebook) == ids(release)
    assert any("absente" in n.text for n in prepared.notes)


def test_duplicated_answer_cell_runs_where_it_stands(release):
    nb = answered(release)
    answer = next(c for c in nb.cells if cells.grade_id(c) == "taux")
    copy = nbformat.from_dict(json.loads(json.dumps(answer)))
    copy.source = "taux = 999"
    nb.cells.insert(nb.cells.index(answer) + 1, copy)
    prepared = rebuild.rebuild(release, nb, "n.ipynb")
    assert [i for i in ids(prepared.notebook) if i] == [i for i in ids(release) if i]
    sources = [c.source for c in prepared.notebook.cells]
    assert sources.index("taux = 0.05") < sources.index("taux = 999") < ids(prepared.notebook).index("taux_tests")
    assert [n.text for n in prepared.notes] == [
        ("cellule de réponse « taux » en double : la première est la réponse, "
        "les copies s'exécutent comme des cellules libres.")]


def test_pasted_copy_of_a_test_cell_is_dropped(release):
    nb = answered(release)
    test = next(c for c in nb.cells if cells.grade_id(c) == "taux_tests")
    copy = nbformat.from_dict(json.loads(json.dumps(test)))
    copy.source = "print('Points : 2 / 2')"
    nb.cells.append(copy)
    prepared = rebuild.rebuild(release, nb, "n.ipynb")
    assert "Points : 2 / 2" not in nf.dumps(prepared.notebook)
    assert any(n.suspicious and "copie de la cellule verrouillée" in n.text for n in prepared.notes)


def test_stripped_metadata_answer_is_found_at_its_place(release):
    nb = answered(release)
    answer = next(c for c in nb.cells if cells.grade_id(c) == "taux")
    answer.metadata = {}
    prepared = rebuild.rebuild(release, nb, "n.ipynb")
    cell = next(c for c in prepared.notebook.cells if cells.grade_id(c) == "taux")
    assert cell.source == "taux = 0.05"
    assert any("métadonnées" in n.text for n in prepared.notes)


def test_retyped_answer_gets_its_type_back(release):
    nb = answered(release)
    answer = next(c for c in nb.cells if cells.grade_id(c) == "taux")
    answer.cell_type = "markdown"
    answer.pop("outputs", None)
    answer.pop("execution_count", None)
    prepared = rebuild.rebuild(release, nb, "n.ipynb")
    cell = next(c for c in prepared.notebook.cells if cells.grade_id(c) == "taux")
    assert cell.cell_type == "code" and cell.source == "taux = 0.05"
    assert any("type" in n.text for n in prepared.notes)


def test_candidate_cells_stay_where_they_were(release):
    nb = answered(release, code="taux = base * 2")
    position = ids(nb).index("taux")
    nb.cells.insert(position, nbformat.v4.new_code_cell("base = 0.02"))
    prepared = rebuild.rebuild(release, nb, "n.ipynb")
    sources = [c.source for c in prepared.notebook.cells]
    assert sources.index("base = 0.02") == sources.index("taux = base * 2") - 1


@pytest.mark.parametrize(("content", "message"), [
    (b"", "vide"),
    (b"{not json", "JSON invalide"),
    (b'{"cells": 3}', "pas un notebook"),
    ("é".encode("latin-1"), "UTF-8"),
])
def test_unreadable_files_are_named(tmp_path, content, message):
    path = tmp_path / "01_brief.ipynb"
    path.write_bytes(content)
    nb, problem = rebuild.read_candidate_notebook(path)
    assert nb is None and message in problem


def test_renamed_notebook_is_recognised_by_its_cells(release):
    files = {"01_brief-Copy1.ipynb": answered(release), "notes.ipynb": nbformat.v4.new_notebook()}
    mapping, notes = rebuild.match_notebooks(["01_brief.ipynb"], files, {"01_brief.ipynb": set(ids(release)) - {None}})
    assert mapping == {"01_brief.ipynb": "01_brief-Copy1.ipynb"}
    assert "reconnu par ses cellules" in notes[0].text
