"""The wire form of an answer: the plain data both the check cell and the scorer see.

:func:`to_plain` turns the value of an answer variable into JSON made of plain
types only; :func:`from_plain` rebuilds numbers, strings, lists, dicts, dates,
pandas Series and DataFrames from that JSON.  At grading, the sandboxed kernel
runs the first (:mod:`cmcert_lib.grading.answers`) and the scorer's process the
second.  The visible check runs on :func:`roundtrip`, the same two steps done in
memory, so a check cell can never pass on something grading refuses.

The conversion also settles the forms a competent candidate naturally writes:
a pandas ``Index``, a numpy array or a tuple become a list, numpy scalars
become Python numbers, a ``Period`` becomes its text (``"2026-03"``), dict
views become lists.  No object of the candidate's survives the trip, so an
answer cannot pretend to be equal to anything.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import KeysView, Mapping, ValuesView
from typing import Any

MAX_BYTES = 8 * 1024 * 1024  # an answer bigger than this is not a Bloc answer
MAX_DEPTH = 20
EXPECTED_FORMS = ("un nombre, un texte, une date, une liste, un dictionnaire, "
                  "une Series ou un DataFrame pandas")


class UnsupportedAnswer(ValueError):
    """An answer value that has no plain-data form; the message is French."""


def to_plain(value: Any, _depth: int = 0) -> Any:
    """A JSON-able form of ``value`` made of dicts, lists, strings, numbers, bools and None."""
    import numpy as np
    import pandas as pd

    if _depth > MAX_DEPTH:
        raise UnsupportedAnswer("réponse trop imbriquée (plus de 20 niveaux).")
    deeper = _depth + 1
    # Whatever the candidate's objects do while being converted, only plain JSON comes out:
    # the conversion can shape the answer, never the checking.
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int.__index__(value)
    if isinstance(value, float):
        return _float(float.__float__(value))
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return _float(float(value))
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value)
        if value is pd.NaT:
            return None
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return {"__type__": "datetime", "iso": pd.Timestamp(value).isoformat()}
    if isinstance(value, dt.date):
        return {"__type__": "date", "iso": value.isoformat()}
    if isinstance(value, pd.Period):
        # "2026-03" for a month, "2026-03-09" for a day, "2026-03-09/2026-03-15" for a week.
        return str.__str__(str(value))
    if isinstance(value, (list, tuple, KeysView, ValuesView)):
        return [to_plain(v, deeper) for v in value]
    if isinstance(value, (set, frozenset)):
        return {"__type__": "set", "items": sorted((to_plain(v, deeper) for v in value), key=repr)}
    if isinstance(value, Mapping):
        return {"__type__": "dict", "items": [[to_plain(k, deeper), to_plain(v, deeper)] for k, v in value.items()]}
    if isinstance(value, np.ndarray):
        return [to_plain(v, deeper) for v in value.tolist()]
    if isinstance(value, pd.Index):
        return [to_plain(v, deeper) for v in value.tolist()]
    if isinstance(value, pd.Series):
        return {
            "__type__": "series",
            "name": to_plain(value.name, deeper),
            "index": [to_plain(i, deeper) for i in value.index.tolist()],
            "values": [to_plain(v, deeper) for v in value.tolist()],
        }
    if isinstance(value, pd.DataFrame):
        return {
            "__type__": "frame",
            "columns": [to_plain(c, deeper) for c in value.columns.tolist()],
            "index": [to_plain(i, deeper) for i in value.index.tolist()],
            "rows": [[to_plain(v, deeper) for v in row] for row in value.itertuples(index=False, name=None)],
        }
    raise UnsupportedAnswer(
        f"une valeur de type {type(value).__name__} ne peut pas être corrigée : "
        f"donnez {EXPECTED_FORMS}."
    )


def _float(number: float) -> Any:
    if math.isnan(number):
        return {"__type__": "float", "value": "nan"}
    if math.isinf(number):
        return {"__type__": "float", "value": "inf" if number > 0 else "-inf"}
    return number


MAX_VALUES = 1_000_000  # values in one answer (a DataFrame of 100,000 rows and 10 columns)
MAX_INT_BITS = 333  # about 100 digits
SPECIAL_FLOATS = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}


def check_bounds(data: Any) -> None:
    """Refuse plain data no answer of the course can be: too many values, too long, too deep, huge or
    non-finite numbers, anything but JSON types (the export's limits, checked again on the trusted side,
    where the data comes out of the candidate's sandbox)."""
    count, chars = 0, 0
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise UnsupportedAnswer("réponse beaucoup trop volumineuse pour être corrigée.")
        if depth > 3 * (MAX_DEPTH + 2):
            raise UnsupportedAnswer("réponse trop imbriquée.")
        kind = type(node)
        if kind is str:
            chars += len(node)
            if chars > MAX_BYTES:
                raise UnsupportedAnswer("réponse beaucoup trop volumineuse (plus de 8 Mo) pour être corrigée.")
        elif kind is int:
            if node.bit_length() > MAX_INT_BITS:
                raise UnsupportedAnswer("nombre entier beaucoup trop grand (plus de 100 chiffres).")
        elif kind is float:
            if not math.isfinite(node):
                raise UnsupportedAnswer("nombre hors limites.")
        elif kind is list:
            stack.extend((item, depth + 1) for item in node)
        elif kind is dict:
            if any(type(k) is not str for k in node):
                raise UnsupportedAnswer("forme de réponse inconnue.")
            chars += sum(len(k) for k in node)
            stack.extend((item, depth + 1) for item in node.values())
        elif node is not None and kind is not bool:
            raise UnsupportedAnswer("forme de réponse inconnue.")


def from_plain(data: Any, _depth: int = 0) -> Any:
    """Rebuild an answer from its plain form (trusted side); unknown shapes raise UnsupportedAnswer.

    The data is checked first (:func:`check_bounds`): it comes from the candidate's side.
    """
    import pandas as pd

    if _depth == 0:
        check_bounds(data)
    if _depth > MAX_DEPTH + 1:
        raise UnsupportedAnswer("réponse trop imbriquée.")
    deeper = _depth + 1
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is list:
        return [from_plain(v, deeper) for v in data]
    if type(data) is not dict:
        raise UnsupportedAnswer("forme de réponse inconnue.")
    kind = data.get("__type__")
    if kind == "float":
        if data.get("value") not in SPECIAL_FLOATS:
            raise UnsupportedAnswer("forme de réponse inconnue.")
        return SPECIAL_FLOATS[data["value"]]
    if kind == "datetime":
        return pd.Timestamp(data["iso"])
    if kind == "date":
        return dt.date.fromisoformat(data["iso"])
    if kind == "set":
        return {_hashable(from_plain(v, deeper)) for v in data["items"]}
    if kind == "dict":
        return {_hashable(from_plain(k, deeper)): from_plain(v, deeper) for k, v in data["items"]}
    if kind == "series":
        index = [_hashable(from_plain(i, deeper)) for i in data["index"]]
        values = [from_plain(v, deeper) for v in data["values"]]
        return pd.Series(values, index=index if index else None, name=from_plain(data["name"], deeper),
                         dtype=None if values else object)
    if kind == "frame":
        columns = [_hashable(from_plain(c, deeper)) for c in data["columns"]]
        rows = [[from_plain(v, deeper) for v in row] for row in data["rows"]]
        index = [_hashable(from_plain(i, deeper)) for i in data["index"]]
        frame = pd.DataFrame(rows, columns=columns, index=index if index else None)
        return frame.infer_objects()
    raise UnsupportedAnswer("forme de réponse inconnue.")


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, (dict, set)):
        raise UnsupportedAnswer("une clé de dictionnaire doit être un nombre, un texte ou une date.")
    return value


def encode(value: Any) -> str:
    """The JSON text of ``value``'s plain form; UnsupportedAnswer (French) when it has none."""
    try:
        plain = to_plain(value)
    except UnsupportedAnswer:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure is the candidate's answer failing
        raise UnsupportedAnswer(f"valeur illisible ({type(exc).__name__}) : donnez {EXPECTED_FORMS}.") from None
    text = json.dumps(plain, ensure_ascii=False, allow_nan=False)
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise UnsupportedAnswer("réponse beaucoup trop volumineuse (plus de 8 Mo) pour être corrigée.")
    return text


def roundtrip(value: Any) -> Any:
    """Exactly what the scorer will receive for ``value``: to_plain, JSON, from_plain, in memory."""
    try:
        return from_plain(json.loads(encode(value)))
    except UnsupportedAnswer:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise UnsupportedAnswer(f"réponse illisible ({exc}).") from None
