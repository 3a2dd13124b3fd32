"""The checking machinery shared by every bloc.

A question has two functions, registered under one id such as ``"bloc1.engagement"``:

* a *visible check* ``f(answer) -> str`` that the candidate runs at will.  It
  verifies what the statement tells (shape, types, plausible ranges, the worked
  example) and raises :class:`CheckFailed` with a French message saying what is
  wrong and where to look; it returns a French line on success;
* a *scorer* ``f(answer, expected) -> Outcome`` that compares the answer with
  the real expected values, kept in the hidden tests of the source notebook,
  and gives partial credit as a fraction.

Both take the answer as plain data (numbers, strings, lists, dicts, tables), so
that the same functions can run outside the candidate's kernel.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd


class CheckFailed(AssertionError):
    """A visible check that fails; the message is meant for the candidate."""


@dataclass
class Outcome:
    """What a scorer found: the share of the points earned, and why."""

    fraction: float
    remarks: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.fraction = min(1.0, max(0.0, float(self.fraction)))


VisibleCheck = Callable[[Any], str]
Scorer = Callable[[Any, Any], Outcome]

_VISIBLE: dict[str, VisibleCheck] = {}
_SCORERS: dict[str, Scorer] = {}


def visible(question: str) -> Callable[[VisibleCheck], VisibleCheck]:
    def register(func: VisibleCheck) -> VisibleCheck:
        if question in _VISIBLE:
            raise ValueError(f"visible check {question!r} registered twice")
        _VISIBLE[question] = func
        return func

    return register


def scorer(question: str) -> Callable[[Scorer], Scorer]:
    def register(func: Scorer) -> Scorer:
        if question in _SCORERS:
            raise ValueError(f"scorer {question!r} registered twice")
        _SCORERS[question] = func
        return func

    return register


def questions() -> dict[str, tuple[VisibleCheck | None, Scorer | None]]:
    _load_all()
    ids = sorted(set(_VISIBLE) | set(_SCORERS))
    return {q: (_VISIBLE.get(q), _SCORERS.get(q)) for q in ids}


def _load_all() -> None:
    # Importing the blocs' check modules registers their questions.
    from cmcert_lib.blocs import load_checks

    load_checks()


def _lookup(table: Mapping[str, Any], question: str) -> Any:
    _load_all()
    try:
        return table[question]
    except KeyError:
        raise KeyError(f"question inconnue : {question!r}") from None


def run_visible(question: str, answer: Any) -> str:
    """Run a visible check; raise CheckFailed with a French message on failure."""
    return _lookup(_VISIBLE, question)(answer)


def run_scorer(question: str, answer: Any, expected: Any) -> Outcome:
    """Score an answer; a malformed answer scores 0 with the check's message."""
    check = _VISIBLE.get(question)
    try:
        if check is not None:
            check(answer)
        return _lookup(_SCORERS, question)(answer, expected)
    except CheckFailed as exc:
        return Outcome(0.0, [str(exc)])


# --- helpers for writing checks and scorers ---------------------------------


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def is_close(value: Any, expected: float, rel: float = 1e-3, abs_: float = 1e-9) -> bool:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    if math.isnan(number):
        return False
    return math.isclose(number, float(expected), rel_tol=rel, abs_tol=abs_)


def as_number(value: Any, what: str) -> float:
    if isinstance(value, bool):
        raise CheckFailed(f"{what} doit être un nombre, pas un booléen (True/False).")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise CheckFailed(
            f"{what} doit être un nombre ; vous avez donné {_show(value)}."
        ) from None
    if math.isnan(number):
        raise CheckFailed(f"{what} vaut NaN (valeur manquante) : vérifiez votre calcul.")
    return number


def as_mapping(value: Any, what: str) -> dict:
    """Accept a dict or a pandas Series (index -> value) as a mapping."""
    if isinstance(value, pd.Series):
        return dict(value.items())
    if isinstance(value, Mapping):
        return dict(value)
    raise CheckFailed(
        f"{what} doit être un dictionnaire (ou une Series pandas) ; "
        f"vous avez donné un objet de type {type(value).__name__}."
    )


def as_text(value: Any, what: str, min_words: int = 1) -> str:
    if not isinstance(value, str):
        raise CheckFailed(f"{what} doit être un texte entre guillemets.")
    words = value.split()
    expect(
        len(words) >= min_words,
        f"{what} est trop court : au moins {min_words} mot(s) attendu(s), {len(words)} trouvé(s).",
    )
    return value.strip()


def as_list(value: Any, what: str) -> list:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise CheckFailed(f"{what} doit être une liste, par exemple [\"a\", \"b\"].")
    return list(value)


def as_frame(value: Any, what: str, columns: Iterable[str]) -> pd.DataFrame:
    expect(
        isinstance(value, pd.DataFrame),
        f"{what} doit être un tableau pandas (DataFrame) ; "
        f"vous avez donné un objet de type {type(value).__name__}.",
    )
    missing = [c for c in columns if c not in value.columns]
    expect(
        not missing,
        f"{what} : colonne(s) manquante(s) {', '.join(repr(c) for c in missing)}. "
        f"Colonnes présentes : {', '.join(repr(str(c)) for c in value.columns)}.",
    )
    return value


def share_of_close_values(
    answer: Mapping, expected: Mapping, rel: float = 1e-3, abs_: float = 1e-9
) -> tuple[float, list[str]]:
    """Fraction of expected keys whose value is close; remarks name the wrong keys."""
    wrong = [k for k, v in expected.items() if not is_close(answer.get(k), v, rel, abs_)]
    right = len(expected) - len(wrong)
    remarks = []
    if wrong:
        remarks.append(
            f"{right} valeur(s) juste(s) sur {len(expected)} ; à revoir : "
            + ", ".join(str(k) for k in wrong)
            + "."
        )
    return right / len(expected), remarks


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
