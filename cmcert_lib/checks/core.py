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

import contextvars
import datetime as dt
import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd


class CheckFailed(AssertionError):
    """A visible check that fails; the message is meant for the candidate.

    It holds one French fault, or several when :func:`run_visible` collected them
    (``faults``); ``str()`` joins them one a line.  In a notebook, IPython shows
    ``_render_traceback_``'s lines instead of a traceback: a short French box
    naming every fault, with no library code, path or English.  The exception is
    still an error: the cell fails, for nbgrader's « Valider » as for the scorer.
    """

    def __init__(self, *faults: str) -> None:
        self.faults = tuple(str(fault) for fault in faults)
        super().__init__("\n".join(self.faults))

    def _render_traceback_(self) -> list[str]:
        from cmcert_lib.checks.display import check_failed_lines

        return check_failed_lines(self.faults)


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


_FORMS: dict[str, str] = {}
_DECIMALS: dict[str, int] = {}
DEFAULT_FORM = "celle que décrit l'énoncé (type de la réponse, clés ou colonnes, format des valeurs)"


def visible(question: str, form: str | None = None) -> Callable[[VisibleCheck], VisibleCheck]:
    """Register the visible check of ``question``; ``form`` names, in French, the answer's expected form.

    The registered check never raises anything but :class:`CheckFailed`: an
    unexpected exception on a candidate's value becomes a French message that
    names the expected form.  The function itself is returned unchanged.
    """
    def register(func: VisibleCheck) -> VisibleCheck:
        if question in _VISIBLE:
            raise ValueError(f"visible check {question!r} registered twice")
        _VISIBLE[question] = _guarded(question, func)
        if form:
            _FORMS[question] = form
        return func

    return register


def scorer(question: str, form: str | None = None, decimals: int | None = None) -> Callable[[Scorer], Scorer]:
    """Register the scorer of ``question``; ``form`` as for :func:`visible`.

    ``decimals`` is the rounding the statement allows (« arrondi à N décimales »): the scorer must
    accept every rounding at least that precise, which :func:`rounding_tolerance` gives; a test
    holds the statement's words and this number together.
    """
    def register(func: Scorer) -> Scorer:
        if question in _SCORERS:
            raise ValueError(f"scorer {question!r} registered twice")
        _SCORERS[question] = _guarded(question, func)
        if form:
            _FORMS[question] = form
        if decimals is not None:
            _DECIMALS[question] = decimals
        return func

    return register


def unexpected_form(question: str) -> str:
    """The French remark for an answer the checks could not read: it names the expected form."""
    return (f"La réponse n'a pas la forme attendue, qui est {_FORMS.get(question, DEFAULT_FORM)} : "
            "relisez le format demandé dans l'énoncé.")


def _guarded(question: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def guarded(*args: Any) -> Any:
        try:
            return func(*args)
        except CheckFailed:
            raise
        except Exception:  # noqa: BLE001 - a candidate's odd value is a French message, never a crash
            raise CheckFailed(unexpected_form(question)) from None

    return guarded


def stated_decimals(question: str) -> int | None:
    """The rounding a question's statement allows, as its scorer declared it (None: no rounding stated)."""
    _load_all()
    return _DECIMALS.get(question)


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


# While run_visible runs a check, the faults expect() has found so far; None elsewhere (raise at once).
_COLLECTED: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("cmcert_collected", default=None)


def run_visible(question: str, answer: Any) -> str:
    """Run a visible check; raise CheckFailed naming every fault found on failure.

    The check runs in collecting mode: a failed :func:`expect` records its
    message and the check goes on, so that the candidate reads all the faults at
    once.  It stops at the first CheckFailed raised (a helper such as
    :func:`as_number` that cannot go on) or at any other exception; an exception
    that follows a fault already recorded is taken for that fault's consequence
    and only the recorded faults are reported.  The scorer's side
    (:func:`run_scorer`) runs the same check without collecting: the first fault
    stops it, as before.
    """
    check = _lookup(_VISIBLE, question)
    faults: list[str] = []
    token = _COLLECTED.set(faults)
    try:
        verdict = check(answer)
    except CheckFailed as exc:
        if not (faults and str(exc) == unexpected_form(question)):
            faults.extend(exc.faults or (str(exc),))
    except Exception:
        if not faults:
            raise
    finally:
        _COLLECTED.reset(token)
    if faults:
        raise CheckFailed(*dict.fromkeys(faults)) from None
    return verdict


def run_scorer(question: str, answer: Any, expected: Any) -> Outcome:
    """Score an answer; a malformed answer scores 0 with the check's message."""
    check = _VISIBLE.get(question)
    scorer_ = _lookup(_SCORERS, question)
    try:
        if check is not None:
            check(answer)
        outcome = scorer_(answer, expected)
    except CheckFailed as exc:
        return Outcome(0.0, [str(exc)])
    except Exception:  # noqa: BLE001 - whatever the value, a score and a French remark
        return Outcome(0.0, [unexpected_form(question)])
    if not isinstance(outcome, Outcome):
        return Outcome(0.0, [unexpected_form(question)])
    return outcome


# --- helpers for writing checks and scorers ---------------------------------


def expect(condition: bool, message: str) -> None:
    """Fail with ``message`` unless ``condition``; inside :func:`run_visible`, record it and go on."""
    if condition:
        return
    collected = _COLLECTED.get()
    if collected is None:
        raise CheckFailed(message)
    collected.append(message)


def is_close(value: Any, expected: float, rel: float = 1e-3, abs_: float = 1e-9) -> bool:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    if math.isnan(number):
        return False
    return math.isclose(number, float(expected), rel_tol=rel, abs_tol=abs_)


# Half a unit of the last stated place (the expected figure is itself rounded there), plus half a unit of
# the next place (a candidate who rounds one place further), rounded up.
ROUNDING_SLACK = 0.6


def rounding_tolerance(decimals: int) -> float:
    """The absolute tolerance around an expected figure rounded to ``decimals`` places that accepts the
    exact value and every rounding to ``decimals`` places or more."""
    return ROUNDING_SLACK * 10.0 ** -decimals


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
    """Accept a dict, a pandas Series or a one-column DataFrame (index -> value) as a mapping."""
    if isinstance(value, pd.DataFrame) and value.shape[1] == 1:
        value = value.iloc[:, 0]
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
    """Accept a list, a tuple, a set, a pandas Index or Series (its values), a numpy array, a one-column frame."""
    if isinstance(value, pd.DataFrame) and value.shape[1] == 1:
        value = value.iloc[:, 0]
    if isinstance(value, (pd.Series, pd.Index)):
        return value.tolist()
    if isinstance(value, (str, bytes, pd.DataFrame)) or not isinstance(value, Iterable):
        raise CheckFailed(f"{what} doit être une liste, par exemple [\"a\", \"b\"].")
    return list(value)


PARIS = "Europe/Paris"
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_FRENCH_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:$|[ T])")


def as_date(value: Any, what: str) -> dt.date:
    """A calendar day from a date, a datetime or Timestamp (an aware one read in Paris time),
    or a text « AAAA-MM-JJ » (time, offset or ``/end`` of a period allowed after it) or « JJ/MM/AAAA »."""
    if isinstance(value, dt.datetime):
        stamp = pd.Timestamp(value)
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert(PARIS)
        return stamp.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            french = _FRENCH_DAY.match(text)
            if french:
                day, month, year = (int(g) for g in french.groups())
                return dt.date(year, month, day)
            if _ISO_DAY.match(text):
                head = text.split("/")[0]
                if len(head) > 10:
                    stamp = pd.Timestamp(head)
                    return as_date(stamp.to_pydatetime(), what)
                return dt.date.fromisoformat(head)
        except ValueError:
            pass
    raise CheckFailed(
        f"{what} doit être une date : un texte au format « AAAA-MM-JJ » (ou « JJ/MM/AAAA ») "
        f"ou une date pandas ; vous avez donné {_show(value)}."
    )


# --- labels: compared without case, accents, typographic apostrophes or extra spaces --------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})


def label_key(text: Any) -> str:
    """The comparison key of a label: no case, no accents, straight apostrophes, single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_APOSTROPHES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split()).casefold()


def same_label(a: Any, b: Any) -> bool:
    """Two texts that name the same thing once case, accents, apostrophes and spaces are set aside."""
    return isinstance(a, str) and isinstance(b, str) and label_key(a) == label_key(b)


def canonical_label(value: Any, known: Iterable[str]) -> Any:
    """The known label ``value`` stands for (see :func:`same_label`), or ``value`` unchanged."""
    if not isinstance(value, str):
        return value
    known = list(known)
    if value in known:
        return value
    matches = [k for k in known if same_label(value, k)]
    return matches[0] if len(matches) == 1 else value


def rekeyed(mapping: Mapping, key_of: Callable[[Any], Any], into: Mapping | None = None) -> dict:
    """``mapping`` with each key written as ``key_of(key)``, added to a copy of ``into``.

    A key landing on a written key already there keeps its own spelling, so it still shows as
    unexpected: two spellings never add up to more than one right key.
    """
    result = dict(into or {})
    for key, value in mapping.items():
        written = key_of(key)
        result[key if written in result else written] = value
    return result


def canonical_keys(mapping: Mapping, known: Iterable[str]) -> dict:
    """``mapping`` with its keys written as the known labels they stand for.

    A key that already is a known label wins; a second key standing for the
    same label keeps its own spelling (:func:`rekeyed`).
    """
    known = list(known)
    exact = {k: v for k, v in mapping.items() if isinstance(k, str) and k in known}
    others = {k: v for k, v in mapping.items() if not (isinstance(k, str) and k in known)}
    return rekeyed(others, lambda key: canonical_label(key, known), into=exact)


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
