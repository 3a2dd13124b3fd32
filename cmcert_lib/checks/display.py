"""What a candidate sees when a cell fails in the notebook: a short French box, never a traceback.

Three failures are a candidate's daily lot, and each gets its own rendering in the kernel:

* a visible check that fails (:class:`~cmcert_lib.checks.core.CheckFailed`): every
  fault the check found, then what to do (:func:`check_failed_lines`, used by the
  exception's ``_render_traceback_``, which IPython shows instead of the traceback);
* an answer cell still holding its stub, ``raise NotImplementedError("Réponse à
  compléter")``: one line saying what to write (:data:`STUB_LINE`);
* a ``NameError`` in a cell's own code, most often a check cell run before its
  answer cell: the unknown name, the line, and the two usual causes
  (:func:`name_error_lines`).

The last two are plain Python exceptions raised by the cell itself, so IPython is
told about them by :func:`install` (``InteractiveShell.set_custom_exc``), which
the library runs when a notebook imports it.  Anything else, including the same
exceptions raised inside a function, keeps IPython's usual traceback: a genuine
error in the candidate's own code is never hidden.  The error stays an error
(the cell fails, « Valider » and ``nbgrader validate`` see it); only its
rendering changes.
"""

from __future__ import annotations

import difflib
import textwrap
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Any

# The stub's exception message; cmcert_lib.authoring.cells.CODE_STUB raises it (a test keeps both in step).
STUB_MESSAGE = "Réponse à compléter"
STUB_LINE = ("✏️ Réponse à compléter : écrivez votre code à la place de ces deux lignes, "
             "puis exécutez la cellule.")

WIDTH = 88
MAX_FAULTS = 8  # beyond, the box names how many more: a candidate fixes a few at a time
_TOP = "┌─ "
_SIDE = "│ "
_BOTTOM = "└" + "─" * 40


def _box(title: str, paragraphs: Iterable[tuple[str, str]]) -> list[str]:
    """A box drawn on the left side only: ``paragraphs`` are (first-line prefix, text) pairs."""
    lines = [_TOP + title]
    for prefix, text in paragraphs:
        if not text:
            lines.append(_SIDE.rstrip())
            continue
        for number, chunk in enumerate(text.splitlines() or [""]):
            lead = prefix if number == 0 else " " * len(prefix)
            wrapped = textwrap.wrap(chunk, WIDTH - len(_SIDE) - len(prefix), break_on_hyphens=False) or [""]
            lines.extend(_SIDE + (lead if i == 0 else " " * len(prefix)) + part for i, part in enumerate(wrapped))
    lines.append(_BOTTOM)
    return lines


def check_failed_lines(faults: Sequence[str]) -> list[str]:
    """The box of a failed visible check: every fault, then what to do next."""
    faults = [fault.strip() for fault in faults if fault and fault.strip()]
    if not faults:
        faults = ["La réponse ne passe pas la vérification : relisez la consigne de la question."]
    count = len(faults)
    title = f"❌ Vérification non réussie : {count} point{'s' if count > 1 else ''} à revoir"
    bullets = [("• ", fault) for fault in faults[:MAX_FAULTS]]
    if count > MAX_FAULTS:
        bullets.append(("• ", f"… et {count - MAX_FAULTS} autre(s) point(s), à voir une fois ceux-ci corrigés."))
    advice = ("Corrigez votre réponse dans la cellule au-dessus, exécutez-la, "
              "puis exécutez de nouveau cette cellule de vérification.")
    return ["\n".join(_box(title, [*bullets, ("", ""), ("", advice)]))]


NAME_ERROR_ADVICE = ("Si c'est le nom d'une réponse, exécutez d'abord la cellule où vous l'écrivez, ou toutes "
                     "les cellules au-dessus (menu « Exécuter », « Exécuter tout au-dessus de la cellule "
                     "sélectionnée ») ; sinon, vérifiez l'orthographe du nom.")


def name_error_lines(name: str, where: str, line: str, suggestion: str | None) -> list[str]:
    """The box of a NameError raised by a cell's own code."""
    paragraphs = [("", f"{where} : {line.strip()}" if line.strip() else where), ("", "")]
    if suggestion:
        paragraphs.append(("", f"Un nom proche existe : « {suggestion} »."))
    paragraphs.append(("", NAME_ERROR_ADVICE))
    return ["\n".join(_box(f"❓ Nom inconnu : « {name} » n'est pas défini dans cette session", paragraphs))]


# --- the kernel's side --------------------------------------------------------------------


def _cell_frame(shell: Any, tb: TracebackType | None) -> tuple[str, int] | None:
    """(« cellule [n] », line) when the innermost frame of ``tb`` is a cell's top-level code."""
    last = tb
    while last is not None and last.tb_next is not None:
        last = last.tb_next
    if last is None:
        return None
    code = last.tb_frame.f_code
    label = shell.compile.format_code_name(code.co_filename)
    if label is None or code.co_name != "<module>":
        return None
    number = label[1].removeprefix("In[").removesuffix("]")
    return f"Cellule [{number}], ligne {last.tb_lineno}", last.tb_lineno


def render(shell: Any, etype: type[BaseException], value: BaseException,
           tb: TracebackType | None) -> list[str] | None:
    """The French rendering of an exception raised by a cell's own code, or None for the usual traceback."""
    where = _cell_frame(shell, tb)
    if where is None:
        return None
    if issubclass(etype, NotImplementedError) and str(value) == STUB_MESSAGE:
        return [STUB_LINE]
    if issubclass(etype, NameError) and isinstance(getattr(value, "name", None), str):
        name = value.name
        label, lineno = where
        source = _source_line(tb, lineno)
        names = [key for key in shell.user_ns if not key.startswith("_")]
        close = difflib.get_close_matches(name, names, n=1)
        return name_error_lines(name, label, source, close[0] if close else None)
    return None


def _source_line(tb: TracebackType | None, lineno: int) -> str:
    import linecache

    last = tb
    while last is not None and last.tb_next is not None:
        last = last.tb_next
    if last is None:
        return ""
    return linecache.getline(last.tb_frame.f_code.co_filename, lineno)


def _handler(shell: Any, etype: type[BaseException], value: BaseException, tb: TracebackType | None,
             tb_offset: int | None = None) -> None:
    lines = render(shell, etype, value, tb)
    if lines is None:
        # Still inside run_code's except clause: IPython's own rendering, as without this handler.
        shell.showtraceback(running_compiled_code=True)
    else:
        shell._showtraceback(etype, value, lines)


def install(shell: Any = None) -> bool:
    """Have the running IPython render the stub and a cell's NameError in French; False outside IPython."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    shell.set_custom_exc((NotImplementedError, NameError), _handler)
    return True
