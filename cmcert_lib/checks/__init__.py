"""What the notebooks' test cells call.

Visible part of a test cell (the candidate sees and runs it)::

    from cmcert_lib.checks import check, score
    check("bloc1.engagement", taux_engagement)

Hidden part (stripped from the candidate's copy, kept in the gradebook)::

    score("bloc1.engagement", taux_engagement, expected={...}, points=3)

``score`` returns the points as a plain float, the cell's last value, which
nbgrader reads as partial credit.
"""

from __future__ import annotations

from typing import Any

from cmcert_lib.checks.core import CheckFailed, Outcome, run_scorer, run_visible
from cmcert_lib.checks.wire import UnsupportedAnswer, roundtrip
from cmcert_lib.facts import french

__all__ = ["CheckFailed", "Outcome", "check", "report", "score"]


def check(question: str, answer: Any) -> None:
    """Run the visible check of a question and print a French verdict.

    The check runs on the answer's wire form (:func:`cmcert_lib.checks.wire.roundtrip`),
    exactly the plain data the scorer will receive at grading.
    """
    try:
        plain = roundtrip(answer)
    except UnsupportedAnswer as exc:
        raise CheckFailed(_sentence(exc)) from None
    print("✅ " + run_visible(question, plain))


def score(question: str, answer: Any, expected: Any, points: float) -> float:
    """Points earned (0..points), printing what is right or wrong, never the expected values.

    Scored on the answer's wire form, as trusted grading scores it: nbgrader's own runs of the
    hidden tests (« Valider » on a source notebook, stock autograding) give the same points.
    """
    try:
        plain = roundtrip(answer)
    except UnsupportedAnswer as exc:
        outcome = Outcome(0.0, [_sentence(exc)])
    else:
        outcome = run_scorer(question, plain, expected)
    earned, lines = report(outcome, points)
    for line in lines:
        print(line)
    return earned


def _sentence(exc: UnsupportedAnswer) -> str:
    """The conversion's French message, which starts lowercase, as a sentence on its own."""
    message = str(exc)
    return message[:1].upper() + message[1:]


def report(outcome: Outcome, points: float) -> tuple[float, list[str]]:
    """The points an outcome earns and the French lines the candidate reads about it."""
    earned = round(points * outcome.fraction, 2)
    lines = ["• " + remark for remark in outcome.remarks]
    lines.append(f"Points : {french.number(earned)} / {french.number(points)}")
    return float(earned), lines
