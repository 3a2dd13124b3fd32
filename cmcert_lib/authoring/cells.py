"""A notebook cell's metadata as the course reads and writes it: nbgrader's marks and the course's own.

nbgrader marks the cells it grades in ``metadata.nbgrader`` (grade_id, points, and
whether the cell is graded, an answer, locked); the course adds ``metadata.cmcert``
(the competencies a graded cell evidences, the referential criteria of a manual
answer) to its source notebooks only.  This module is the one place that reads and
writes both.

Cells may come from a candidate's file: every reader here accepts any cell (a
NotebookNode or a plain dict) and treats metadata that is missing, not a dict, or of
the wrong type as absent, answering as for a plain, ungraded cell.  What a cell *is*
(graded, answer, locked) is decided by nbgrader's own predicates
(:mod:`nbgrader.utils`), so that the course and nbgrader never disagree on it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from nbformat import NotebookNode
from nbgrader import utils as nbgrader_utils

__all__ = [
    "CODE_STUB",
    "LEGACY_CODE_STUBS",
    "SCHEMA_VERSION",
    "TEXT_STUB",
    "competencies",
    "course_metadata",
    "criteria",
    "describe",
    "grade_id",
    "is_answer",
    "is_graded",
    "is_locked",
    "is_manual",
    "is_stub",
    "is_test",
    "mark",
    "nbgrader_metadata",
    "points",
]

# What a candidate finds in an answer cell to complete (nbgrader_config.py gives them to nbgrader).  The
# code stub raises nothing: it says the answer is to write and leaves the answer's variable unset, so that
# « Exécuter toutes les cellules » runs a fresh notebook to its end (the kernel's side, checks.display, turns
# what fails for want of that variable into one French line; the question's check still fails for nbgrader).
CODE_STUB = '# VOTRE CODE ICI (à écrire à la place de ces deux lignes)\nprint("✏️ Réponse à compléter")'
TEXT_STUB = "VOTRE RÉPONSE ICI (double-cliquez pour écrire)"
# The code stubs of earlier releases, still found in copies handed out with them.
LEGACY_CODE_STUBS = ('# VOTRE CODE ICI\nraise NotImplementedError("Réponse à compléter")',)

SCHEMA_VERSION = 3  # nbgrader's cell metadata format, as nbgrader 0.9 writes it


def _metadata(cell: object) -> dict:
    metadata = cell.get("metadata") if isinstance(cell, dict) else None
    return metadata if isinstance(metadata, dict) else {}


def _entry(cell: object, key: str) -> dict:
    value = _metadata(cell).get(key)
    return value if isinstance(value, dict) else {}


def _cell_type(cell: object) -> str | None:
    return cell.get("cell_type") if isinstance(cell, dict) else None


# --- nbgrader's marks ----------------------------------------------------------------


def nbgrader_metadata(cell: object) -> dict:
    """The cell's ``metadata.nbgrader``; an empty dict when it is missing or not a dict."""
    return _entry(cell, "nbgrader")


def _nbgrader_view(cell: object) -> NotebookNode:
    # nbgrader's predicates index metadata["nbgrader"] without checking it; they get a stand-in
    # that holds the cell's nbgrader metadata only when it is a dict.
    meta = nbgrader_metadata(cell)
    return NotebookNode(metadata=NotebookNode({"nbgrader": meta} if meta else {}))


def grade_id(cell: object) -> str | None:
    """The cell's nbgrader id, or None (no id, or an id that is not a string)."""
    value = nbgrader_metadata(cell).get("grade_id")
    return value if isinstance(value, str) else None


def points(cell: object) -> float:
    """What a graded cell is worth; 0 when the cell says nothing usable (not a finite number)."""
    value = nbgrader_metadata(cell).get("points")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return 0.0
    try:
        number = float(value)
    except ValueError:
        return 0.0
    return number if math.isfinite(number) else 0.0


def is_graded(cell: object) -> bool:
    """nbgrader records a score for the cell (a test cell or a manually graded answer)."""
    return bool(nbgrader_utils.is_grade(_nbgrader_view(cell)))


def is_answer(cell: object) -> bool:
    """The candidate writes in the cell (nbgrader's solution cell)."""
    return bool(nbgrader_utils.is_solution(_nbgrader_view(cell)))


def is_locked(cell: object) -> bool:
    """nbgrader puts the course's version of the cell back whatever the candidate did to it."""
    return bool(nbgrader_utils.is_locked(_nbgrader_view(cell)))


def is_test(cell: object) -> bool:
    """An autograded test cell: graded code that is not an answer."""
    return _cell_type(cell) == "code" and is_graded(cell) and not is_answer(cell)


def is_manual(cell: object) -> bool:
    """An answer a trainer grades (nbgrader: a graded solution cell)."""
    return is_graded(cell) and is_answer(cell)


def is_stub(cell: object) -> bool:
    """The answer cell still holds what the candidates' copy put there (nothing written)."""
    source = cell.get("source") if isinstance(cell, dict) else None
    if not isinstance(source, str):
        return False
    stubs = (TEXT_STUB,) if _cell_type(cell) == "markdown" else (CODE_STUB, *LEGACY_CODE_STUBS)
    return source.strip() in (stub.strip() for stub in stubs)


def mark(cell: NotebookNode, grade_id: str, *, grade: bool, solution: bool, locked: bool,
         points: float | None = None) -> None:
    """Write the cell's nbgrader metadata; ``points`` is required on a graded cell."""
    if grade and points is None:
        raise ValueError(f"{grade_id}: a graded cell needs its points")
    meta = {"grade": grade, "solution": solution, "locked": locked, "grade_id": grade_id,
            "schema_version": SCHEMA_VERSION}
    if grade:
        meta["points"] = float(points)
    cell.metadata["nbgrader"] = meta


# --- the course's own entries --------------------------------------------------------


def course_metadata(cell: object) -> dict:
    """The cell's ``metadata.cmcert``; an empty dict when it is missing or not a dict."""
    return _entry(cell, "cmcert")


def _codes(cell: object, key: str) -> tuple[str, ...]:
    value = course_metadata(cell).get(key)
    if not isinstance(value, list | tuple):
        return ()
    return tuple(code for code in value if isinstance(code, str))


def competencies(cell: object) -> tuple[str, ...]:
    """The referential competency codes a graded cell evidences (``metadata.cmcert.competencies``)."""
    return _codes(cell, "competencies")


def criteria(cell: object) -> tuple[str, ...]:
    """The referential criterion ids a manual answer is judged on (``metadata.cmcert.criteria``)."""
    return _codes(cell, "criteria")


def describe(cell: NotebookNode, competencies: Iterable[str] = (), criteria: Iterable[str] = ()) -> None:
    """Write the course's entries of a source cell; nothing is written for an empty list."""
    entries = {"competencies": list(competencies), "criteria": list(criteria)}
    entries = {key: value for key, value in entries.items() if value}
    if entries:
        cell.metadata["cmcert"] = entries
