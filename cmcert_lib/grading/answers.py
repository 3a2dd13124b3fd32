"""Answers as plain data: what crosses from a candidate's sandboxed kernel to the trusted scorer.

Inside the sandbox, :func:`export` turns the value of an answer variable into
JSON made of plain types only.  Outside, :func:`from_plain` rebuilds numbers,
strings, lists, dicts, dates, pandas Series and DataFrames from that JSON.  No
object of the candidate's survives the trip, so an answer cannot pretend to be
equal to anything, and the checks run on data the candidate could have typed.

The conversion itself lives in :mod:`cmcert_lib.checks.wire`, because the
visible check of a test cell runs on the same round trip (``checks`` may not
import ``grading``); this module is the sandbox's side of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cmcert_lib.checks.wire import EXPECTED_FORMS, MAX_BYTES, UnsupportedAnswer, from_plain, roundtrip, to_plain

__all__ = ["MAX_BYTES", "MIMETYPE", "UnsupportedAnswer", "export", "export_source", "from_plain",
           "roundtrip", "to_plain"]

MIMETYPE = "application/vnd.cmcert.answer+json"


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
            payload = {"status": "unsupported", "name": name, "message": (f"valeur illisible ({type(exc).__name__}) : "
                                                                          f"donnez {EXPECTED_FORMS}.")}
    text = json.dumps(payload, ensure_ascii=False, allow_nan=False)
    if len(text.encode("utf-8")) > MAX_BYTES:
        payload = {"status": "too_big", "name": name}
    display({MIMETYPE: payload}, raw=True)


PRELOAD = "import cmcert_lib.grading.answers, numpy, pandas, IPython.display"


def export_source(name: str) -> str:
    """The code of the cell that exports answer ``name`` (replaces a test cell in the sandbox)."""
    return f"import cmcert_lib.grading.answers as _cmcert_answers\n_cmcert_answers.export({name!r}, globals())\n"
