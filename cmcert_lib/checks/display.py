"""What a candidate sees when a cell fails in the notebook: a short French box, never a traceback.

Three failures are a candidate's daily lot, and each gets its own rendering in the kernel:

* a visible check that fails (:class:`~cmcert_lib.checks.core.CheckFailed`): every
  fault the check found, then what to do (:func:`check_failed_lines`, used by the
  exception's ``_render_traceback_``, which IPython shows instead of the traceback);
* an answer not written yet (:func:`pending`): a fresh notebook runs from top to
  bottom (« Exécuter toutes les cellules ») without one error, one French line a
  question, see below;
* a ``NameError`` in a cell's own code, most often a check cell run before its
  answer cell: the unknown name, the line, and the two usual causes
  (:func:`name_error_lines`).

An answer to write.  The answer stub (:data:`cmcert_lib.authoring.cells.CODE_STUB`)
raises nothing: it prints « ✏️ Réponse à compléter » and leaves the answer variable
unset.  What would then fail for want of that variable is recognised in the kernel
and reported as a note instead of an error, so that the run goes on:

* the author's line kept after the stub (``taux_engagement_instagram`` to show the
  answer): nothing more is shown, the stub said it all;
* the question's check cell, ``check("bloc1....", taux_engagement_instagram)``:
  « ✏️ Question « taux_engagement_instagram » : réponse à compléter … », written on
  **stderr**, which nbgrader counts as a failed test cell: « Valider » and
  ``nbgrader validate`` still list the question, a stock autograde scores it 0;
* a later cell that uses such a variable (a chart, a table), or a name that a cell
  skipped for that reason did not compute: « ⏭️ Cellule non exécutée : elle a besoin
  de … » naming the answers it waits for; the cell stops there.

Only those are softened, and only while the variable is unset: the variable of a check
call, the names an untouched answer cell shows, what depends on them.  Any other error,
a typo in a name included, stays an error with its box or IPython's traceback.  Grading
never relies on any of this: the trusted scorer reads the exported answer, and an unset
variable scores 0.

The old stub, ``raise NotImplementedError("Réponse à compléter")`` (copies handed out
before the change), reads as :data:`STUB_LINE` and goes on the same way.

The kernel is told about all this by :func:`install` (``InteractiveShell.set_custom_exc``),
which the library runs when a notebook imports it.
"""

from __future__ import annotations

import ast
import difflib
import linecache
import sys
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

# The statement of the answer stub (cmcert_lib.authoring.cells.CODE_STUB ends with it; a test keeps both
# in step), then the old stub's, which copies handed out before the change still hold.
STUB_STATEMENT = 'print("✏️ Réponse à compléter")'
STUB_MESSAGE = "Réponse à compléter"
LEGACY_STUB_STATEMENT = f'raise NotImplementedError("{STUB_MESSAGE}")'
STUB_LINE = ("✏️ Réponse à compléter : écrivez votre code à la place de ces deux lignes, "
             "puis exécutez la cellule.")
CHECK_PENDING_LINE = ("✏️ Question « {name} » : réponse à compléter (la variable n'existe pas encore : écrivez-la "
                      "dans la cellule de réponse au-dessus et exécutez-la sans erreur, puis cette vérification).")
SKIPPED_LINE = "⏭️ Cellule non exécutée : elle a besoin de {name}, réponse encore à compléter plus haut."
SKIPPED_MANY_LINE = "⏭️ Cellule non exécutée : elle a besoin de réponses encore à compléter plus haut : {names}."

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


def _innermost(tb: TracebackType | None) -> TracebackType | None:
    last = tb
    while last is not None and last.tb_next is not None:
        last = last.tb_next
    return last


def _cell_frame(shell: Any, tb: TracebackType | None) -> tuple[str, int] | None:
    """(« cellule [n] », line) when the innermost frame of ``tb`` is a cell's top-level code."""
    last = _innermost(tb)
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
    last = _innermost(tb)
    if last is None:
        return ""
    return linecache.getline(last.tb_frame.f_code.co_filename, lineno)


# --- answers still to write: notes, not errors ----------------------------------------------


@dataclass(frozen=True)
class Notice:
    """What a cell shows instead of an error: ``text`` (may be empty) on ``stream``, and the run goes on."""

    text: str
    stream: str = "stdout"  # "stderr" marks the cell failed for nbgrader


# The answer variables this kernel found unset (a check cell or an untouched answer cell named them), and
# the names a skipped cell did not compute for want of them: name -> the answers it waits for.
_PENDING: dict[str, tuple[str, ...]] = {}
MAX_NAMED = 3  # a skipped cell names this many answers at most
SOFTENED = (NotImplementedError, NameError)  # what an answer still to write raises (stub, unset name)


def pending_answers() -> frozenset[str]:
    """The names found unset so far in this kernel for want of an answer (a cell using one is skipped)."""
    return frozenset(_PENDING)


def _cell_tree(filename: str) -> ast.Module | None:
    try:
        return ast.parse("".join(linecache.getlines(filename)))
    except (SyntaxError, ValueError):
        return None


def _is_stub_statement(node: ast.stmt) -> bool:
    text = ast.unparse(node)
    return text in (ast.unparse(ast.parse(STUB_STATEMENT).body[0]),
                    ast.unparse(ast.parse(LEGACY_STUB_STATEMENT).body[0]))


def _untouched_answer(tree: ast.Module) -> list[ast.stmt] | None:
    """The statements after the stub when the cell is an answer cell as handed out (the stub, then the
    author's expressions that show the answer, or given lines that pack it for grading, such as
    ``usages = {"choix": choix, "usages": usages_segments}``), else None."""
    body = tree.body
    if not body or not _is_stub_statement(body[0]) or any(_is_stub_statement(node) for node in body[1:]):
        return None
    rest = body[1:]
    given = all(isinstance(node, ast.Expr) or _packs_names(node) for node in rest)
    return rest if given else None


def _packs_names(node: ast.stmt) -> bool:
    """An assignment of names and constants only (``x = {"a": a, "b": b}``): what the author gives to pack
    an answer, as opposed to the candidate's own code (a call, an attribute, an operation)."""
    if not isinstance(node, ast.Assign) or not all(isinstance(t, ast.Name) for t in node.targets):
        return False
    value = node.value
    parts = ([*value.keys, *value.values] if isinstance(value, ast.Dict)
             else value.elts if isinstance(value, (ast.Tuple, ast.List)) else [value])
    return all(isinstance(part, (ast.Name, ast.Constant)) for part in parts)


def _names(nodes: Iterable[ast.AST], context: type[ast.expr_context]) -> list[str]:
    names = []
    for node in nodes:
        names += [n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, context)]
    return list(dict.fromkeys(names))


def _defined(tree: ast.Module) -> list[str]:
    """The names a cell's code assigns, defines or imports, anywhere in it."""
    names = _names([tree], ast.Store)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names += [(alias.asname or alias.name).split(".")[0] for alias in node.names]
    return list(dict.fromkeys(names))


def _checked_name(tree: ast.Module, lineno: int) -> str | None:
    """The variable of the ``check("question", variable)`` call at the top of the cell on line ``lineno``."""
    for node in tree.body:
        call = node.value if isinstance(node, ast.Expr) else None
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "check"
                and len(call.args) == 2 and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str) and isinstance(call.args[1], ast.Name)
                and node.lineno <= lineno <= (node.end_lineno or node.lineno)):
            return call.args[1].id
    return None


def _skipped_line(names: Sequence[str]) -> str:
    shown = ", ".join(f"« {name} »" for name in names[:MAX_NAMED]) + ("…" if len(names) > MAX_NAMED else "")
    if len(names) == 1:
        return SKIPPED_LINE.format(name=shown)
    return SKIPPED_MANY_LINE.format(names=shown)


def pending(shell: Any, etype: type[BaseException], value: BaseException,
            tb: TracebackType | None) -> Notice | None:
    """The note shown instead of an error raised for want of an answer not written yet, or None."""
    last = _innermost(tb)
    if last is None:
        return None
    code = last.tb_frame.f_code
    if shell.compile.format_code_name(code.co_filename) is None:
        return None  # raised in a library's code, not in a cell's
    name = getattr(value, "name", None) if issubclass(etype, NameError) else None
    if name is not None and not isinstance(name, str):
        return None
    tree = _cell_tree(code.co_filename)
    if tree is None:
        return None
    unset = [n for n in _names([tree], ast.Load) if n not in shell.user_ns and not _is_builtin(n)]
    if code.co_name == "<module>":
        after_stub = _untouched_answer(tree)
        if after_stub is not None:
            shown = [n for n in _names(after_stub, ast.Load) if n in unset]
            if issubclass(etype, NotImplementedError) and str(value) == STUB_MESSAGE:
                _PENDING.update({n: (n,) for n in shown})
                return Notice(STUB_LINE)
            if name is not None and name in shown:
                _PENDING.update({n: (n,) for n in shown})
                # What a given line packs from them waits for the same answers.
                for target in _names(after_stub, ast.Store):
                    _PENDING.setdefault(target, tuple(shown))
                return Notice("")  # the stub printed its line already
            return None
        if name is not None and _checked_name(tree, last.tb_lineno) == name:
            _PENDING[name] = (name,)
            return Notice(CHECK_PENDING_LINE.format(name=name), "stderr")
    if name is None:
        return None
    # A later cell that needs an answer still to write (or what a skipped cell did not compute): it stops
    # there, and what it would have defined waits for the same answers.
    # (A name the cell assigns itself is its own, set before use or not at all, the failing one apart.)
    defined = _defined(tree)
    needed = [name, *(n for n in unset if n not in defined)]
    waiting = [answer for n in needed if n in _PENDING for answer in _PENDING[n]]
    if not waiting:
        return None
    answers = tuple(dict.fromkeys(waiting))
    for missing in [name, *(n for n in defined if n not in shell.user_ns)]:
        _PENDING.setdefault(missing, answers)
    _close_inline_figures()
    return Notice(_skipped_line(answers))


def _is_builtin(name: str) -> bool:
    import builtins

    return hasattr(builtins, name)


def _close_inline_figures() -> None:
    """Drop the half-drawn figures of a cell that stopped (the inline backend would show them empty)."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return
    try:
        if "inline" in str(pyplot.get_backend()).lower():
            pyplot.close("all")
    except Exception:  # noqa: BLE001, S110 - a figure left open is harmless
        pass


def _go_on(shell: Any, value: BaseException) -> None:
    """The cell ends here without an error: its execution reply is « ok », so « Exécuter toutes les
    cellules » (and nbclient) go on to the next cell."""
    result = getattr(getattr(shell, "displayhook", None), "exec_result", None)
    if result is not None and getattr(result, "error_in_exec", None) is value:
        result.error_in_exec = None


def _noted(shell: Any, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> bool:
    """Print the note of an answer still to write in place of the error, if it is one; whether it was."""
    try:
        notice = pending(shell, etype, value, tb)
    except Exception:  # noqa: BLE001 - never worse than IPython's own rendering
        notice = None
    if notice is None:
        return False
    if notice.text:
        print(notice.text, file=sys.stderr if notice.stream == "stderr" else sys.stdout, flush=True)
    return True


def _handler(shell: Any, etype: type[BaseException], value: BaseException, tb: TracebackType | None,
             tb_offset: int | None = None) -> None:
    if _noted(shell, etype, value, tb):
        _go_on(shell, value)
        return
    lines = render(shell, etype, value, tb)
    if lines is None:
        # Still inside run_code's except clause: IPython's own rendering, as without this handler.
        shell.showtraceback(running_compiled_code=True)
    else:
        shell._showtraceback(etype, value, lines)


def install(shell: Any = None) -> bool:
    """Have the running IPython show answers still to write as notes that stop nothing, and a failed stub or
    a cell's NameError in French; False outside IPython."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    shell.set_custom_exc(SOFTENED, _handler)
    if not getattr(shell.showtraceback, "cmcert_pending", False):
        shell.showtraceback = _showing_pending(shell, shell.showtraceback)
    return True


def _showing_pending(shell: Any, showtraceback: Any) -> Any:
    """``shell.showtraceback`` that shows an answer still to write as its note when the error comes from a
    callback outside ``run_code`` (``interact`` runs its function at once and reports its errors this way:
    in a fresh notebook, a table of an answer not written yet was a red NameError under the widget)."""

    def show(exc_tuple: Any = None, *args: Any, **kwargs: Any) -> Any:
        etype, value, tb = exc_tuple if exc_tuple is not None else sys.exc_info()
        if (not kwargs.get("running_compiled_code") and isinstance(etype, type)
                and issubclass(etype, SOFTENED) and _noted(shell, etype, value, tb)):
            return None
        return showtraceback(exc_tuple, *args, **kwargs)

    show.cmcert_pending = True  # type: ignore[attr-defined]
    return show
