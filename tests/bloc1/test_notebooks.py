"""Every notebook keeps the course's promises: solutions pass, blank copies earn nothing,
every competency of a bloc is evidenced, and the candidate's copy speaks French."""

from __future__ import annotations

import re
import shutil

import nbformat
import pytest
from nbgrader.utils import determine_grade

from cmcert_lib.authoring import cells
from cmcert_lib.authoring.cells import CODE_STUB
from cmcert_lib.authoring.selfcheck import nbgrader_validator, validate
from cmcert_lib.authoring.static_run import StaticClient
from cmcert_lib.checks import CheckFailed, check, display
from cmcert_lib.facts import referential
from tests.conftest import ROOT

SOURCES = sorted((ROOT / "source").glob("*/*.ipynb"))
RELEASES = sorted((ROOT / "release").glob("*/*.ipynb"))


def _graded(nb):
    return [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]


# Slow like the blank copies' (nbgrader's validator, a kernel a notebook); the sandbox grades the same model
# answers in full for the demo's complete candidate (tests/integration/test_pipeline.py).
@pytest.mark.slow
@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_solutions_pass_every_check(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    verdict = validate(copy)
    assert verdict.ok, f"failing cells: {verdict.failed}, cells in error: {verdict.errors}"


# Slow (a kernel a notebook): while writing one notebook, `cmcert check-notebook` runs the same check on it.
# One run of each candidate's copy, as « Valider » runs it, proves three promises.
@pytest.mark.slow
@pytest.mark.parametrize("path", RELEASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_blank_copy_runs_to_its_end_earns_nothing_and_names_every_answer_to_write(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    verdict = validate(copy, invert=True)
    # 1. No graded check passes on a blank copy.
    assert not verdict.passed, f"cells passing on a blank copy: {verdict.passed}"
    # 2. « Exécuter toutes les cellules » goes to the end: no cell shows an error or a traceback.
    assert not verdict.errors, f"cells in error on a blank copy: {verdict.errors}"
    nb = verdict.executed
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert "Traceback" not in str(outputs)
    # interact(...) returns its function: without « ; » the candidate reads « <function …> » under the widget.
    assert not [o for o in outputs if o.output_type == "execute_result"
                and o.data.get("text/plain", "").startswith("<function")]
    # 3. Each answer cell says it is to write; each check cell names its question on stderr, which nbgrader
    # counts as a failure: « Valider » lists every question.
    answers = [c for c in nb.cells if c.cell_type == "code" and cells.is_answer(c)]
    assert answers and all(CODE_STUB in c.source for c in answers)
    for cell in answers:
        assert any("✏️ Réponse à compléter" in o.get("text", "") for o in cell.outputs), cell.source
    for cell in (c for c in nb.cells if cells.is_test(c)):
        name = re.search(r'^check\("[^"]+", (\w+)\)', cell.source, re.MULTILINE).group(1)
        assert _streams(cell) == {"stderr": display.CHECK_PENDING_LINE.format(name=name) + "\n"}, cell.source
        assert determine_grade(cell)[0] == 0


def _streams(cell) -> dict[str, str]:
    """A cell's stream outputs joined by stream: a kernel may flush one message in several pieces."""
    joined: dict[str, str] = {}
    for output in cell.outputs:
        assert output.output_type == "stream", output.output_type
        joined[output.name] = joined.get(output.name, "") + output.text
    return joined


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


# --- what a candidate sees in the kernel when a cell fails ------------------------------------

FIRST_CHECKED = ROOT / "release" / "bloc1" / "02_benchmark_ecoute.ipynb"
WRONG_ANSWER = {"Maison Ondine": 2.5, "Marque inventée": "beaucoup"}


def _first_answer_and_check(nb):
    """The code cells up to the first answer (setup), that answer, and the test cell after it."""
    code = [c for c in nb.cells if c.cell_type == "code"]
    answer = next(i for i, c in enumerate(code) if cells.is_answer(c))
    test = next(c for c in code[answer:] if cells.is_test(c))
    return code[:answer], code[answer], test


def _run(nb, cwd):
    StaticClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                 resources={"metadata": {"path": str(cwd)}}).execute()
    return nb


def _error_text(cell):
    errors = [o for o in cell.outputs if o.output_type == "error"]
    assert len(errors) == 1, cell.outputs
    return "\n".join(errors[0].traceback)


def _failing_copy():
    nb = nbformat.read(FIRST_CHECKED, as_version=4)
    setup, answer, test = _first_answer_and_check(nb)
    name = answer.source.strip().splitlines()[-1]  # the stub ends on the answer's name
    answer.source = f"{name} = {WRONG_ANSWER!r}"
    nb.cells = [*setup, answer, test]
    return nb, test


@pytest.mark.slow  # a real kernel runs the whole notebook
def test_a_failing_check_shows_one_french_box_naming_every_fault(tmp_path):
    nb, test = _failing_copy()
    with pytest.raises(CheckFailed) as caught:
        check(re.search(r'check\("([^"]+)"', test.source).group(1), WRONG_ANSWER)
    _run(nb, tmp_path)
    text = _error_text(test)
    assert "Traceback" not in text and "File" not in text and "/" not in text and ".py" not in text
    unwrapped = " ".join(text.replace("│", "").split())
    assert len(caught.value.faults) >= 2
    for fault in caught.value.faults:
        assert " ".join(fault.split()) in unwrapped
    assert f"{len(caught.value.faults)} points à revoir" in unwrapped


@pytest.mark.slow  # a real kernel runs the whole notebook
def test_nbgrader_validate_still_sees_the_failing_check(tmp_path):
    nb, _ = _failing_copy()
    path = tmp_path / FIRST_CHECKED.name
    nbformat.write(nb, path)
    failed = nbgrader_validator(invert=False).validate(str(path))["failed"]
    assert len(failed) == 1 and "Vérification non réussie" in failed[0]["error"]


@pytest.mark.slow  # a real kernel runs the whole notebook
def test_a_blank_answer_cell_shows_one_french_line(tmp_path):
    nb = nbformat.read(FIRST_CHECKED, as_version=4)
    setup, answer, _ = _first_answer_and_check(nb)
    assert cells.is_stub({"cell_type": "code", "source": answer.source.rsplit("\n", 1)[0]})
    nb.cells = [*setup, answer]
    _run(nb, tmp_path)
    # The stub raises nothing: « Exécuter toutes les cellules » goes on past an unanswered question.
    assert not [o for o in answer.outputs if o.output_type == "error"]
    assert "".join(o.get("text", "") for o in answer.outputs).strip() == "✏️ Réponse à compléter"
