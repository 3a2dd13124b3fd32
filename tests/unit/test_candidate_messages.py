"""What a candidate reads when a cell fails: every fault of a check in one French box, an answer still
to write in one line that stops nothing (a fresh notebook runs to its end), a NameError of a cell
explained; and ``make lab`` starting as root."""

from __future__ import annotations

import os
import subprocess
import sys
import types

import pytest

from cmcert_lib.authoring.cells import CODE_STUB, LEGACY_CODE_STUBS
from cmcert_lib.checks import core, display
from cmcert_lib.checks.core import CheckFailed, Outcome, expect
from tests.conftest import ROOT

Q = "tests.collecting"


@pytest.fixture
def registered():
    """A visible check and a scorer registered for the test only."""
    added = []

    def register(question, check, score=None):
        core.visible(question)(check)
        core.scorer(question)(score or (lambda answer, expected: Outcome(1.0)))
        added.append(question)

    yield register
    for question in added:
        core._VISIBLE.pop(question, None)
        core._SCORERS.pop(question, None)


def _three_faults(answer):
    expect(answer.get("a") == 1, "a doit valoir 1.")
    expect(answer.get("b") == 2, "b doit valoir 2.")
    expect(answer.get("c") == 3, "c doit valoir 3.")
    return "Tout est juste."


# --- collecting mode ------------------------------------------------------------------------


def test_run_visible_names_every_fault(registered):
    registered(Q, _three_faults)
    with pytest.raises(CheckFailed) as caught:
        core.run_visible(Q, {"a": 0, "b": 2, "c": 0})
    assert caught.value.faults == ("a doit valoir 1.", "c doit valoir 3.")
    assert str(caught.value) == "a doit valoir 1.\nc doit valoir 3."
    assert core.run_visible(Q, {"a": 1, "b": 2, "c": 3}) == "Tout est juste."


def test_the_scorer_still_stops_at_the_first_fault(registered):
    registered(Q, _three_faults)
    outcome = core.run_scorer(Q, {"a": 0, "b": 0, "c": 0}, expected=None)
    assert outcome.fraction == 0.0 and outcome.remarks == ["a doit valoir 1."]
    assert core.run_scorer(Q, {"a": 1, "b": 2, "c": 3}, expected=None).fraction == 1.0


def test_expect_raises_at_once_outside_run_visible():
    with pytest.raises(CheckFailed, match="premier"):
        expect(False, "premier")
    expect(True, "jamais")


def test_a_crash_after_a_fault_reports_the_faults_found(registered):
    def check(answer):
        expect(isinstance(answer, list), "La réponse doit être une liste.")
        expect(len(answer) == 2, "Deux éléments attendus.")  # TypeError on a number
        return "ok"

    registered(Q, check)
    with pytest.raises(CheckFailed) as caught:
        core.run_visible(Q, 5)
    assert caught.value.faults == ("La réponse doit être une liste.",)


def test_a_helper_that_cannot_go_on_ends_the_list(registered):
    def check(answer):
        expect(answer.get("nom"), "Le nom manque.")
        core.as_number(answer.get("taux"), "taux")
        expect(False, "jamais atteint")
        return "ok"

    registered(Q, check)
    with pytest.raises(CheckFailed) as caught:
        core.run_visible(Q, {"taux": "beaucoup"})
    assert caught.value.faults[0] == "Le nom manque."
    assert "taux doit être un nombre" in caught.value.faults[1] and len(caught.value.faults) == 2


def test_a_fault_found_twice_is_named_once(registered):
    def check(answer):
        for _ in range(3):
            expect(False, "Même défaut.")
        return "ok"

    registered(Q, check)
    with pytest.raises(CheckFailed) as caught:
        core.run_visible(Q, 1)
    assert caught.value.faults == ("Même défaut.",)


def test_collecting_does_not_leak_after_a_visible_check(registered):
    registered(Q, _three_faults)
    with pytest.raises(CheckFailed):
        core.run_visible(Q, {})
    with pytest.raises(CheckFailed):
        expect(False, "hors de run_visible : on s'arrête tout de suite")


# --- the renderings -------------------------------------------------------------------------


def _readable(lines):
    text = "\n".join(lines)
    assert "Traceback" not in text and "File" not in text and "/" not in text and ".py" not in text
    return text


def test_check_failed_renders_a_french_box_with_every_fault():
    text = _readable(CheckFailed("a doit valoir 1.", "c doit valoir 3.")._render_traceback_())
    assert "2 points à revoir" in text and "• a doit valoir 1." in text and "• c doit valoir 3." in text
    assert "exécutez de nouveau cette cellule" in " ".join(text.replace("│", "").split())
    single = _readable(CheckFailed("Un seul défaut.")._render_traceback_())
    assert "1 point à revoir" in single and "Un seul défaut." in single


def test_a_long_list_of_faults_is_cut_with_a_count():
    faults = [f"défaut numéro {n}" for n in range(12)]
    text = _readable(display.check_failed_lines(faults))
    assert "12 points à revoir" in text and "défaut numéro 7" in text and "défaut numéro 8" not in text
    assert "et 4 autre(s) point(s)" in text


def test_check_failed_stays_an_assertion_error():
    assert issubclass(CheckFailed, AssertionError)
    assert str(CheckFailed("message")) == "message" and CheckFailed("message").faults == ("message",)


def test_the_stub_raises_nothing_and_says_the_answer_is_to_write(capsys):
    assert CODE_STUB.splitlines()[-1] == display.STUB_STATEMENT and "VOTRE CODE ICI" in CODE_STUB
    assert "import" not in CODE_STUB and "raise" not in CODE_STUB
    namespace = {}
    exec(compile(CODE_STUB, "<stub>", "exec"), namespace)  # noqa: S102 - the stub as a kernel runs it
    assert capsys.readouterr().out == "✏️ Réponse à compléter\n"
    assert set(namespace) == {"__builtins__"}  # the answer variable stays unset


def test_the_old_stub_is_still_recognised():
    (legacy,) = LEGACY_CODE_STUBS
    assert legacy.splitlines()[-1] == display.LEGACY_STUB_STATEMENT
    assert f'raise NotImplementedError("{display.STUB_MESSAGE}")' in legacy
    assert display.STUB_LINE.count("\n") == 0 and "Réponse à compléter" in display.STUB_LINE


class _Compiler:
    def __init__(self, cells):
        self.cells = cells

    def format_code_name(self, name):
        return ("Cell", f"In[{self.cells[name]}]") if name in self.cells else None


def _raise_in(source, filename, namespace):
    import linecache

    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - a stand-in for a kernel's cell
    except (NotImplementedError, NameError):
        return sys.exc_info()
    raise AssertionError("the source raised nothing")


def _shell(namespace):
    return types.SimpleNamespace(compile=_Compiler({"<cellule-7>": 7}), user_ns=namespace)


def test_the_old_stub_renders_as_one_line_only_in_a_cell():
    namespace = {}
    shell = _shell(namespace)
    (legacy,) = LEGACY_CODE_STUBS
    etype, value, tb = _raise_in(legacy, "<cellule-7>", namespace)
    assert display.render(shell, etype, value, tb) == [display.STUB_LINE]
    # The same exception from a file the candidate did not write in a cell keeps its traceback.
    etype, value, tb = _raise_in(legacy, "<module-ailleurs>", namespace)
    assert display.render(shell, etype, value, tb) is None
    etype, value, tb = _raise_in('raise NotImplementedError("autre chose")', "<cellule-7>", namespace)
    assert display.render(shell, etype, value, tb) is None


def test_a_name_error_of_a_cell_names_the_name_the_line_and_a_close_name():
    namespace = {"taux_engagement": 0.04}
    shell = _shell(namespace)
    etype, value, tb = _raise_in("x = 1\nprint(taux_engagment)\n", "<cellule-7>", namespace)
    text = _readable(display.render(shell, etype, value, tb))
    assert "« taux_engagment » n'est pas défini" in text
    assert "Cellule [7], ligne 2 : print(taux_engagment)" in text
    assert "« taux_engagement »" in text and "exécutez d'abord la cellule" in text


def test_a_name_error_inside_a_function_keeps_its_traceback():
    namespace = {}
    shell = _shell(namespace)
    etype, value, tb = _raise_in("def f():\n    return absent\nf()\n", "<cellule-7>", namespace)
    assert display.render(shell, etype, value, tb) is None


def test_install_is_a_no_op_outside_ipython():
    assert display.install(types.SimpleNamespace()) is False


# --- answers still to write: notes that stop nothing ----------------------------------------


@pytest.fixture
def kernel():
    """A stand-in kernel: cells named <cellule-N>, one namespace, the pending answers reset."""
    display._PENDING.clear()
    namespace = {}
    shell = types.SimpleNamespace(compile=_Compiler({f"<cellule-{n}>": n for n in range(1, 20)}),
                                  user_ns=namespace)
    counter = iter(range(1, 20))

    def run(source):
        """The Notice a cell's exception gets (None: it stays an error); a cell raising nothing: 'ok'."""
        import linecache

        filename = f"<cellule-{next(counter)}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        try:
            exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - a stand-in for a cell
        except (NotImplementedError, NameError):
            return display.pending(shell, *sys.exc_info())
        return "ok"

    yield run
    display._PENDING.clear()


CHECK_CELL = '"""Taux."""\nfrom math import floor as check\n\ncheck("bloc1.taux", taux)\n'


def test_an_untouched_answer_cell_goes_on_and_its_check_fails_in_one_line(kernel, capsys):
    assert kernel(CODE_STUB) == "ok"
    assert kernel(CODE_STUB + "\ntaux") == display.Notice("")  # the author's line showing the answer
    assert display.pending_answers() == {"taux"}
    notice = kernel(CHECK_CELL)
    assert notice == display.Notice(display.CHECK_PENDING_LINE.format(name="taux"), "stderr")
    assert notice.text.startswith("✏️ Question « taux » : réponse à compléter") and "\n" not in notice.text


def test_a_check_cell_names_an_answer_whose_cell_showed_nothing(kernel):
    assert kernel(CODE_STUB) == "ok"
    notice = kernel('from math import floor as check\ncheck("bloc1.budget", budget)\n')
    assert notice.stream == "stderr" and "« budget »" in notice.text
    assert display.pending_answers() == {"budget"}


def test_a_later_cell_needing_the_answer_is_skipped_and_so_is_what_it_computes(kernel):
    kernel(CHECK_CELL)
    notice = kernel("ordre = sorted([1, 2], key=lambda m: taux[m])\nfig = ordre\n")
    assert notice == display.Notice(display.SKIPPED_LINE.format(name="« taux »"))
    assert {"ordre", "fig"} <= display.pending_answers()
    notice = kernel("total = 2\nprint(fig, total, budget)\n")  # fig: not computed for want of taux
    assert notice.stream == "stdout" and "« taux »" in notice.text
    kernel('from math import floor as check\ncheck("bloc1.budget", budget)\n')
    notice = kernel("x = [v for v in (taux, budget)]\n")
    assert notice.text == display.SKIPPED_MANY_LINE.format(names="« taux », « budget »")


def test_the_old_stub_goes_on_too(kernel):
    (legacy,) = LEGACY_CODE_STUBS
    assert kernel(legacy + "\ntaux.round(2)") == display.Notice(display.STUB_LINE)
    assert display.pending_answers() == {"taux"}


def test_genuine_errors_stay_errors(kernel):
    kernel(CHECK_CELL)  # « taux » waits for an answer
    assert kernel("print(taux_engagment)") is None  # a typo, in a cell that needs no pending answer
    assert kernel(CODE_STUB + "\ntaux = donnes_brutes.dropna()") is None  # an answer written under the stub
    assert kernel("x = donnes_brutes\n" + CODE_STUB) is None  # code above the stub
    assert kernel('from math import floor as check\ncheck("bloc1.autre", 1 + inconnu)\n') is None
    assert kernel('raise NotImplementedError("autre chose")') is None
    assert kernel("def f():\n    return absent\nf()\n") is None
    # Raised in a module that is not a cell (a library's code): never softened.
    namespace = {}
    etype, value, tb = _raise_in("taux", "<module-ailleurs>", namespace)
    assert display.pending(_shell(namespace), etype, value, tb) is None


def test_once_the_answer_exists_nothing_is_softened(kernel):
    kernel(CHECK_CELL)
    assert kernel("taux = {'Maison Ondine': 0.05}") == "ok"
    assert kernel("print(taux, budget)") is None  # budget: never named by a check, a plain NameError


def test_the_handler_prints_the_note_and_clears_the_error(kernel, capsys):
    import linecache

    from IPython.core.interactiveshell import ExecutionResult

    source = 'from math import floor as check\ncheck("bloc1.taux", taux)\n'
    linecache.cache["<cellule-3>"] = (len(source), None, source.splitlines(True), "<cellule-3>")
    namespace = {}
    try:
        exec(compile(source, "<cellule-3>", "exec"), namespace)  # noqa: S102
    except NameError:
        etype, value, tb = sys.exc_info()
    result = ExecutionResult(None)
    result.error_in_exec = value
    shell = types.SimpleNamespace(compile=_Compiler({"<cellule-3>": 3}), user_ns=namespace,
                                  displayhook=types.SimpleNamespace(exec_result=result))
    display._handler(shell, etype, value, tb)
    assert result.success  # the execution reply is « ok »: « Exécuter toutes les cellules » goes on
    assert capsys.readouterr().err == display.CHECK_PENDING_LINE.format(name="taux") + "\n"


def test_an_interact_callback_needing_an_answer_shows_the_note_not_a_traceback(kernel, capsys):
    import linecache

    kernel(CHECK_CELL)  # « taux » waits for an answer
    namespace = {}
    cells = {"<cellule-7>": "def voir(n=1):\n    return taux[n]\n",
             "<cellule-8>": "def coquille(n=1):\n    return taux_engagment[n]\n"}  # a typo, in a cell of its own
    for filename, source in cells.items():
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - a stand-in for a cell
    shell = types.SimpleNamespace(compile=_Compiler({"<cellule-7>": 7, "<cellule-8>": 8}), user_ns=namespace)
    tracebacks = []
    show = display._showing_pending(shell, lambda *args, **kwargs: tracebacks.append(args))
    # ipywidgets' interact calls the function at once and reports its error with showtraceback().
    for function in ("voir", "coquille"):
        try:
            namespace[function]()
        except NameError:
            show()
    assert capsys.readouterr().out == display.SKIPPED_LINE.format(name="« taux »") + "\n"
    assert len(tracebacks) == 1  # the typo keeps IPython's traceback
    try:
        raise ValueError("autre chose")
    except ValueError:
        show()
    assert len(tracebacks) == 2


# --- make lab ---------------------------------------------------------------------------------


def _make_lab(env=None):
    result = subprocess.run(["make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True, env=env, check=True)
    return [line for line in result.stdout.splitlines() if "jupyter lab" in line]


@pytest.mark.skipif(os.geteuid() != 0, reason="the root case needs root")
def test_make_lab_allows_root_when_run_as_root():
    (line,) = _make_lab()
    assert line.endswith("--allow-root") and f"--ServerApp.root_dir={ROOT}" in line


def test_make_lab_does_not_allow_root_for_another_user(tmp_path):
    fake_id = tmp_path / "id"
    fake_id.write_text("#!/bin/sh\necho 1000\n")
    fake_id.chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    (line,) = _make_lab(env)
    assert "--allow-root" not in line and f"--ServerApp.root_dir={ROOT}" in line
