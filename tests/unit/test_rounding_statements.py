"""The rounding a statement allows and the tolerance its scorer applies are one fact, said twice.

A statement that says « arrondi à N décimales » (or « au dixième », « au centième », « à l'euro
près ») promises the candidate that the exact value and every rounding at least that precise are
right; the question's scorer declares the same N (``@scorer(..., decimals=N)``) and accepts them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cmcert_lib.authoring import cells, textformat
from cmcert_lib.checks.core import rounding_tolerance, run_scorer, stated_decimals
from cmcert_lib.grading.scoring import hidden_tests
from cmcert_lib.layout import Course

ROOT = Path(__file__).resolve().parents[2]

_DECIMALS = re.compile(r"arrondi(?:e|s|es)?\s+(?:à|a)\s+(\d+)\s+décimales?", re.IGNORECASE)
_WORDS = {
    r"arrondi(?:e|s|es)?\s+au\s+dixième": 1,
    r"arrondi(?:e|s|es)?\s+au\s+centième": 2,
    r"arrondi(?:e|s|es)?\s+au\s+millième": 3,
    r"arrondi(?:e|s|es)?\s+(?:à\s+l'unité|à\s+l'euro(?:\s+près)?)": 0,
}


def stated_rounding(statement: str) -> set[int]:
    """Every rounding the French statement names (a set: two different ones are an authoring error)."""
    text = " ".join(statement.replace("’", "'").split())
    found = {int(n) for n in _DECIMALS.findall(text)}
    found |= {n for pattern, n in _WORDS.items() if re.search(pattern, text, re.IGNORECASE)}
    return found


def _questions():
    """(notebook, test cell id, hidden test, statement text) for every autograded question of the course."""
    course = Course(ROOT)
    for bloc in course.blocs():
        for path in course.texts(bloc):
            nb = textformat.build(path.read_text(encoding="utf-8"), str(path))
            tests = hidden_tests(nb)
            statement: list[str] = []
            for cell in nb.cells:
                if cells.is_test(cell):
                    test = tests.get(cells.grade_id(cell))
                    if test is not None:
                        yield pytest.param(test, "\n".join(statement), id=f"{path.stem}:{test.grade_id}")
                    statement = []
                elif cell.cell_type == "markdown" and not cells.is_answer(cell):
                    statement.append(cell.source)


QUESTIONS = list(_questions())


def test_the_statement_reader_knows_the_course_s_wordings():
    assert stated_rounding("non arrondis ou arrondis à 4 décimales.") == {4}
    assert stated_rounding("la durée, arrondie au dixième : minutes…") == {1}
    assert stated_rounding("en euros, arrondis à l’euro près") == {0}
    assert stated_rounding("sans arrondi") == set()


@pytest.mark.parametrize(("test", "statement"), QUESTIONS)
def test_scorer_declares_the_rounding_its_statement_states(test, statement):
    said = stated_rounding(statement)
    assert len(said) <= 1, f"{test.question}: the statement names several roundings {sorted(said)}"
    assert stated_decimals(test.question) == (said.pop() if said else None), (
        f"{test.question}: the statement says {stated_rounding(statement) or 'no rounding'}, "
        f"the scorer declares {stated_decimals(test.question)}")


def _nudged(value, step):
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value + step
    if isinstance(value, dict):
        return {k: _nudged(v, step) for k, v in value.items()}
    return value


def _numbers_only(value) -> bool:
    if isinstance(value, dict):
        return bool(value) and all(_numbers_only(v) for v in value.values())
    return isinstance(value, (int, float)) and not isinstance(value, bool)


ROUNDED = [p for p in QUESTIONS if stated_decimals(p.values[0].question) is not None]


@pytest.mark.parametrize(("test", "statement"), ROUNDED)
def test_every_rounding_at_least_as_precise_as_stated_gets_full_marks(test, statement):
    """The expected figures, moved by what a finer rounding or the exact value can differ, still score 1."""
    if not _numbers_only(test.expected) or run_scorer(test.question, test.expected, test.expected).fraction < 1:
        pytest.skip("the hidden literal is not the answer itself (a figure or a table of figures)")
    decimals = stated_decimals(test.question)
    for step in (0.9 * rounding_tolerance(decimals), -0.9 * rounding_tolerance(decimals)):
        outcome = run_scorer(test.question, _nudged(test.expected, step), test.expected)
        assert outcome.fraction == pytest.approx(1), (test.question, step, outcome.remarks)
