"""Trusted scoring: the hidden tests of a source notebook applied to exported answers.

A test cell of a source notebook ends with a hidden call such as::

    score("bloc1.engagement", taux_engagement, expected={...}, points=3)

:func:`hidden_tests` reads those calls from the *source* notebook (never from a
submission) with :mod:`ast`, without running anything; :func:`score_payload`
applies the question's scorer, in the grading process, to the answer the
candidate's sandboxed kernel exported as plain data (:mod:`cmcert_lib.grading.answers`).
"""

from __future__ import annotations

import ast
import threading
from dataclasses import dataclass
from typing import Any

import nbformat

from cmcert_lib.authoring import cells
from cmcert_lib.checks import Outcome, report
from cmcert_lib.checks.core import run_scorer
from cmcert_lib.grading import quoting
from cmcert_lib.grading.answers import UnsupportedAnswer, from_plain


class HiddenTestError(ValueError):
    """A source test cell whose hidden test cannot be read (an authoring error)."""


@dataclass(frozen=True)
class HiddenTest:
    grade_id: str
    question: str
    variable: str
    expected: Any
    points: float


def hidden_tests(source_nb: nbformat.NotebookNode) -> dict[str, HiddenTest]:
    """The hidden test of every autograded test cell of a source notebook, by grade_id."""
    tests = {}
    for cell in source_nb.cells:
        if cells.is_test(cell):
            tests[cells.grade_id(cell)] = _parse(cell.source, cells.grade_id(cell), cells.points(cell))
    return tests


# CPython 3.11's AST constructor keeps its recursion depth in shared state: two threads parsing at once
# can fail with « SystemError: AST constructor recursion depth mismatch » (staging threads did, under load).
_AST_LOCK = threading.Lock()


def _parse_ast(source: str) -> ast.AST:
    with _AST_LOCK:
        return ast.parse(source)


def _parse(source: str, grade_id: str, points: float) -> HiddenTest:
    calls = [
        node for node in ast.walk(_parse_ast(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "score"
    ]
    if len(calls) != 1:
        raise HiddenTestError(f"{grade_id}: expected one score(...) call, found {len(calls)}")
    call = calls[0]
    try:
        question = ast.literal_eval(call.args[0])
        variable = call.args[1].id
        keywords = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
    except (IndexError, AttributeError, ValueError) as exc:
        raise HiddenTestError(f"{grade_id}: score(question, variable, expected=<literal>, points=<n>): {exc}") from None
    if float(keywords.get("points", -1)) != points:
        raise HiddenTestError(f"{grade_id}: score(points=...) differs from the cell's {points:g} points")
    return HiddenTest(grade_id, question, variable, keywords["expected"], points)


def score_payload(test: HiddenTest, payload: Any) -> tuple[float, list[str]]:
    """Points and French lines for one exported answer (payload as the sandbox exported it)."""
    outcome = _outcome(test, payload)
    return report(outcome, test.points)


def _outcome(test: HiddenTest, payload: Any) -> Outcome:
    status = payload.get("status") if isinstance(payload, dict) else None
    if status == "missing":
        return Outcome(0.0, [(f"La variable « {test.variable} » n'existe pas au moment de la vérification : "
                              "écrivez votre réponse dans la cellule prévue et exécutez-la.")])
    if status == "unsupported":
        # The message comes out of the candidate's sandbox: one line of text, however long it was.
        message = quoting.one_line(payload.get("message", "valeur illisible."), 300)
        return Outcome(0.0, [f"« {test.variable} » : {message}"])
    if status == "too_big":
        return Outcome(0.0, [f"« {test.variable} » est beaucoup trop volumineuse pour une réponse."])
    if status != "ok" or payload.get("name") != test.variable:
        unread = f"La réponse « {test.variable} » n'a pas pu être lue : la cellule a-t-elle été exécutée ?"
        return Outcome(0.0, [unread])
    try:
        answer = from_plain(payload.get("value"))
    except (UnsupportedAnswer, KeyError, TypeError, ValueError, OverflowError, RecursionError) as exc:
        return Outcome(0.0, [f"« {test.variable} » : réponse illisible ({quoting.one_line(exc, 200)})."])
    try:
        return run_scorer(test.question, answer, test.expected)
    except Exception as exc:  # noqa: BLE001 - a scorer failing on odd data costs the points, not the batch
        return Outcome(0.0, [(f"« {test.variable} » n'a pas pu être vérifiée ({type(exc).__name__}) : "
                              "vérifiez le format demandé par l'énoncé.")])
