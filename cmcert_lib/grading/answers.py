"""Answers as plain data: what crosses from a candidate's sandboxed kernel to the trusted scorer.

Inside the sandbox, :func:`export` turns the value of an answer variable into
JSON made of plain types only.  Outside, :func:`from_plain` rebuilds numbers,
strings, lists, dicts, dates, pandas Series and DataFrames from that JSON.  No
object of the candidate's survives the trip, so an answer cannot pretend to be
equal to anything, and the checks run on data the candidate could have typed.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from typing import Any

MIMETYPE = "application/vnd.cmcert.answer+json"
MAX_BYTES = 8 * 1024 * 1024  # an answer bigger than this is not a Bloc answer
MAX_DEPTH = 20


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
    if value is None:
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
    if value is pd.NaT:
        return None
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return {"__type__": "datetime", "iso": pd.Timestamp(value).isoformat()}
    if isinstance(value, dt.date):
        return {"__type__": "date", "iso": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v, deeper) for v in value]
    if isinstance(value, (set, frozenset)):
        return {"__type__": "set", "items": sorted((to_plain(v, deeper) for v in value), key=repr)}
    if isinstance(value, Mapping):
        return {"__type__": "dict", "items": [[to_plain(k, deeper), to_plain(v, deeper)] for k, v in value.items()]}
    if isinstance(value, np.ndarray):
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
        "donnez un nombre, un texte, une liste, un dictionnaire ou un tableau pandas."
    )


def _float(number: float) -> Any:
    if math.isnan(number):
        return {"__type__": "float", "value": "nan"}
    if math.isinf(number):
        return {"__type__": "float", "value": "inf" if number > 0 else "-inf"}
    return number


def from_plain(data: Any, _depth: int = 0) -> Any:
    """Rebuild an answer from its plain form (trusted side); unknown shapes raise UnsupportedAnswer."""
    import pandas as pd

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
        return float(data["value"])
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


# --- what the export cell runs inside the candidate's kernel ------------------------------


def export(name: str, namespace: Mapping[str, Any]) -> None:
    """Display the plain form of ``namespace[name]`` under the cmcert answer mimetype."""
    from IPython.display import display

    if name not in namespace:
        payload: dict[str, Any] = {"status": "missing", "name": name}
    else:
        try:
            payload = {"status": "ok", "name": name, "value": to_plain(namespace[name])}
        except UnsupportedAnswer as exc:
            payload = {"status": "unsupported", "name": name, "message": str(exc)}
        except Exception as exc:  # noqa: BLE001 - any failure is the candidate's answer failing
            payload = {"status": "unsupported", "name": name, "message": f"valeur illisible ({type(exc).__name__})."}
    text = json.dumps(payload, ensure_ascii=False, allow_nan=False)
    if len(text.encode("utf-8")) > MAX_BYTES:
        payload = {"status": "too_big", "name": name}
    display({MIMETYPE: payload}, raw=True)


PRELOAD = "import cmcert_lib.grading.answers, numpy, pandas, IPython.display"


def export_source(name: str) -> str:
    """The code of the cell that exports answer ``name`` (replaces a test cell in the sandbox)."""
    return f"import cmcert_lib.grading.answers as _cmcert_answers\n_cmcert_answers.export({name!r}, globals())\n"
