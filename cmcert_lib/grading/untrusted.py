"""Reading data that comes from a candidate, or out of the sandbox, with bounds on everything.

A hand-in, the executed notebook the sandbox gives back and the answers it carries are
all written by the candidate (their code runs as the same user as the runner and can
replace its result).  Each is read here before anything else looks at it:

- :func:`loads`: JSON with a size cap, a nesting cap (60,000 nested brackets are refused,
  never a ``RecursionError`` further on), integers of at most :data:`MAX_INT_DIGITS`
  digits, finite numbers only (``1e400``, ``NaN`` and ``Infinity`` are refused), a cap on
  the number of values, and lone UTF-16 surrogates (``"\\ud800"``, which JupyterLab can
  save) replaced by U+FFFD so that the text can always be written back as UTF-8;
- :func:`executed_cells`: the strict schema of an executed notebook (cells, outputs of a
  known type, metadata) as the trusted side uses it.

Every refusal is a :class:`Rejected` with a French reason, for the trainer's integrity report.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 64  # a notebook is about 8 levels deep; an answer at most 22
MAX_INT_DIGITS = 100
MAX_NUMBER_CHARS = 400
MAX_VALUES = 4_000_000
OUTPUT_TYPES = ("stream", "display_data", "execute_result", "error")
CELL_TYPES = ("code", "markdown", "raw")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class Rejected(ValueError):
    """Data refused at the boundary; the message is French and says why."""


@dataclass
class Parsed:
    value: Any
    replaced: int = 0  # strings whose lone surrogates became U+FFFD


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise Rejected(f"nombre entier de {len(text.lstrip('-'))} chiffres refusé ({MAX_INT_DIGITS} au plus).")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise Rejected(f"nombre de {len(text)} caractères refusé.")
    value = float(text)
    if not math.isfinite(value):
        raise Rejected(f"nombre hors limites refusé ({text[:20]}).")
    return value


def _constant(text: str) -> Any:
    raise Rejected(f"valeur non numérique refusée ({text}).")


def loads(data: bytes | str, max_bytes: int) -> Parsed:
    """Parse untrusted JSON within bounds; :class:`Rejected` (French) otherwise."""
    size = len(data)
    if size > max_bytes:
        raise Rejected(f"fichier trop volumineux ({_mb(size)} ; {_mb(max_bytes)} au plus).")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise Rejected("ce n'est pas un fichier texte UTF-8.") from None
    else:
        text = data
    try:
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except Rejected:
        raise
    except RecursionError:
        raise Rejected(f"structure JSON trop imbriquée ({MAX_DEPTH} niveaux au plus).") from None
    except json.JSONDecodeError as exc:
        raise Rejected(f"JSON invalide (ligne {exc.lineno}).") from None
    except (ValueError, OverflowError, MemoryError) as exc:
        raise Rejected(f"JSON illisible ({type(exc).__name__}).") from None
    scrub = bool(_ESCAPED_SURROGATE.search(text))
    return _bounded(value, scrub)


def bounded(value: Any) -> Parsed:
    """The same bounds as :func:`loads` on data someone else already parsed (numbers checked too)."""
    return _bounded(value, scrub=True, numbers=True)


def _bounded(value: Any, scrub: bool, numbers: bool = False) -> Parsed:
    """Check depth and size without recursion; replace lone surrogates when the text had escaped ones."""
    parsed = Parsed(value)

    def fix(text: str) -> str:
        if scrub and _SURROGATE.search(text):
            parsed.replaced += 1
            return _SURROGATE.sub("\ufffd", text)
        return text

    def scalar(item: Any) -> Any:
        if isinstance(item, str):
            return fix(item)
        if numbers and isinstance(item, float) and not math.isfinite(item):
            raise Rejected("nombre hors limites refusé.")
        if numbers and isinstance(item, int) and item.bit_length() > MAX_INT_DIGITS * 10 // 3:
            raise Rejected(f"nombre entier de plus de {MAX_INT_DIGITS} chiffres refusé.")
        if item is not None and not isinstance(item, (str, int, float, bool)):
            raise Rejected("valeur JSON inconnue.")
        return item

    if not isinstance(value, (list, dict)):
        parsed.value = scalar(value)
        return parsed
    count = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise Rejected(f"structure JSON trop imbriquée ({MAX_DEPTH} niveaux au plus).")
        count += len(node)
        if count > MAX_VALUES:
            raise Rejected("trop de valeurs dans le fichier.")
        if isinstance(node, dict):
            if any(not isinstance(k, str) for k in node):
                raise Rejected("clé JSON mal formée.")
            if scrub and any(_SURROGATE.search(k) for k in node):
                items = [(fix(k), v) for k, v in node.items()]
                node.clear()
                node.update(items)
            keys = node.keys()
        else:
            keys = range(len(node))
        for key in keys:
            item = node[key]
            if isinstance(item, (list, dict)):
                stack.append((item, depth + 1))
            elif scrub or numbers:
                node[key] = scalar(item)
    return parsed


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")


# --- the executed notebook the sandbox gives back ---------------------------------------------------


@dataclass
class Executed:
    outputs: list[list[dict]]  # per cell, outputs of a known type and shape
    runner_error: str | None  # what the runner said when the kernel died (untrusted text)


def _text(value: Any, what: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "".join(value)
    raise Rejected(f"{what} : texte attendu.")


def _output(output: Any) -> dict:
    if not isinstance(output, dict):
        raise Rejected("sortie de cellule mal formée.")
    kind = output.get("output_type")
    if kind not in OUTPUT_TYPES:
        raise Rejected("sortie de cellule d'un type inconnu.")
    if "metadata" in output and not isinstance(output["metadata"], dict):
        raise Rejected("métadonnées de sortie mal formées.")
    if kind == "stream":
        name = output.get("name")
        if name not in ("stdout", "stderr"):
            raise Rejected("flux de sortie inconnu.")
        return {"output_type": kind, "name": name, "text": _text(output.get("text", ""), "flux de sortie")}
    if kind == "error":
        traceback = output.get("traceback", [])
        if not isinstance(traceback, list) or not all(isinstance(t, str) for t in traceback):
            raise Rejected("trace d'erreur mal formée.")
        return {"output_type": kind, "ename": _text(output.get("ename", ""), "nom d'erreur"),
                "evalue": _text(output.get("evalue", ""), "message d'erreur"), "traceback": traceback}
    data = output.get("data", {})
    if not isinstance(data, dict):
        raise Rejected("données de sortie mal formées.")
    return {"output_type": kind, "data": data}


def executed_cells(raw: Any, cell_count: int) -> Executed:
    """The outputs of each cell of an executed notebook, in the strict schema grading relies on."""
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        raise Rejected("le résultat n'est pas un notebook (pas de liste de cellules).")
    if raw.get("nbformat", 4) != 4 or isinstance(raw.get("nbformat"), bool):
        raise Rejected("le résultat n'est pas au format de notebook attendu (nbformat 4).")
    metadata = raw.get("metadata", {})
    if not isinstance(metadata, dict):
        raise Rejected("métadonnées du résultat mal formées.")
    cells = raw["cells"]
    if len(cells) != cell_count:
        raise Rejected(f"le résultat compte {len(cells)} cellule(s) au lieu de {cell_count}.")
    outputs = []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") not in CELL_TYPES:
            raise Rejected("cellule du résultat mal formée.")
        if not isinstance(cell.get("metadata", {}), dict):
            raise Rejected("métadonnées de cellule mal formées.")
        if "source" in cell:
            _text(cell["source"], "source de cellule")
        found = cell.get("outputs", [])
        if not isinstance(found, list):
            raise Rejected("liste de sorties mal formée.")
        outputs.append([_output(o) for o in found] if cell["cell_type"] == "code" else [])
    error = metadata.get("cmcert_runner_error")
    return Executed(outputs, error if isinstance(error, str) else None)
