"""Class 3 of issue 10: everything that comes out of the sandbox (or a hand-in) is parsed with bounds.

The executed notebook the sandbox gives back is the candidate's to rewrite (their code runs as
the runner's user).  Each malformed result is refused with a French reason and the notebook
scores 0; a well-formed but huge one has its outputs cut; the answers' wire form is bounded
on the trusted side too.
"""

from __future__ import annotations

import json
import math

import nbformat
import pytest

from cmcert_lib.checks import wire
from cmcert_lib.grading import answers, sandbox, scoring, trusted, untrusted
from cmcert_lib.grading.rebuild import parse_candidate_notebook


def executed(cells: list[dict] | None = None, **top) -> dict:
    cells = cells if cells is not None else [
        {"cell_type": "code", "source": "x = 1", "metadata": {}, "outputs": [
            {"output_type": "stream", "name": "stdout", "text": "bonjour\n"}]}]
    return {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5, **top}


MALFORMED = {
    "nesting_60000": b"[" * 60_000 + b"]" * 60_000,
    "nesting_in_outputs": json.dumps(executed()).encode().replace(b'"x = 1"', b'"x"').replace(
        b'"bonjour\\n"', b"[" * 5000 + b"]" * 5000),
    "int_5000_digits": json.dumps(executed()).encode().replace(b'"nbformat_minor": 5', b'"nbformat_minor": '
                                                                + b"9" * 5000),
    "int_200_digits": b'{"cells": [], "n": ' + b"1" * 200 + b"}",
    "float_1e400": b'{"cells": [], "metadata": {"x": 1e400}}',
    "negative_infinity": b'{"cells": [], "metadata": {"x": -1e999}}',
    "nan": b'{"cells": [], "metadata": {"x": NaN}}',
    "infinity": b'{"cells": [], "metadata": {"x": Infinity}}',
    "not_utf8": "{\"cells\": [\"é\"]}".encode("latin-1"),
    "truncated": b'{"cells": [{"cell_type": "code"',
    "too_big": b" " * (2 * 1024 * 1024 + 1),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_json_is_refused_in_french_never_raised(name):
    with pytest.raises(untrusted.Rejected) as caught:
        untrusted.loads(MALFORMED[name], 2 * 1024 * 1024)
    assert caught.value.args[0][0].islower() or caught.value.args[0][0].isupper()
    assert any(word in str(caught.value) for word in ("refusé", "imbriquée", "JSON", "UTF-8", "volumineux"))


def test_the_nesting_that_json_itself_accepts_is_refused_too():
    with pytest.raises(untrusted.Rejected, match="imbriquée"):
        untrusted.loads(b"[" * 500 + b"]" * 500, 10_000)
    with pytest.raises(untrusted.Rejected, match="imbriquée"):
        untrusted.bounded(json.loads("[" * 500 + "]" * 500))


def test_data_parsed_elsewhere_is_bounded_the_same():
    for value in ({"x": math.inf}, {"x": math.nan}, {"x": 10 ** 200}, [[[]]] * 3 + [json.loads("[" * 100 + "]" * 100)]):
        with pytest.raises(untrusted.Rejected):
            untrusted.bounded(value)


def test_lone_surrogates_become_replacement_characters():
    parsed = untrusted.loads(b'{"cells": ["a\\ud800b", {"k\\udfff": "\\ud83d\\ude00"}]}', 1000)
    assert parsed.value["cells"][0] == "a\ufffdb"
    assert parsed.value["cells"][1] == {"k\ufffd": "\U0001f600"}  # a whole pair is an emoji, kept
    assert parsed.replaced == 2
    json.dumps(parsed.value, ensure_ascii=False).encode("utf-8")  # writable as UTF-8


SCHEMA = {
    "not_a_dict": [],
    "cells_not_a_list": {"cells": {"0": {}}},
    "nbformat_3": executed(nbformat=3),
    "nbformat_string": executed(nbformat="4"),
    "metadata_list": executed(metadata=[]),
    "cell_not_a_dict": executed(["cellule"]),
    "unknown_cell_type": executed([{"cell_type": "widget", "outputs": []}]),
    "outputs_not_a_list": executed([{"cell_type": "code", "outputs": {"0": {}}}]),
    "output_not_a_dict": executed([{"cell_type": "code", "outputs": ["texte"]}]),
    "unknown_output_type": executed([{"cell_type": "code", "outputs": [{"output_type": "update_display_data"}]}]),
    "stream_name": executed([{"cell_type": "code", "outputs": [{"output_type": "stream", "name": "/dev/tty",
                                                                  "text": ""}]}]),
    "stream_text_number": executed([{"cell_type": "code", "outputs": [{"output_type": "stream", "name": "stdout",
                                                                         "text": 42}]}]),
    "data_list": executed([{"cell_type": "code", "outputs": [{"output_type": "display_data", "data": []}]}]),
    "traceback_dict": executed([{"cell_type": "code", "outputs": [{"output_type": "error", "ename": "E",
                                                                     "evalue": "", "traceback": {}}]}]),
    "ename_number": executed([{"cell_type": "code", "outputs": [{"output_type": "error", "ename": 1,
                                                                   "evalue": "", "traceback": []}]}]),
    "cell_metadata_list": executed([{"cell_type": "code", "metadata": [], "outputs": []}]),
    "source_number": executed([{"cell_type": "code", "source": 3, "outputs": []}]),
    "wrong_cell_count": executed([{"cell_type": "code", "outputs": []}] * 2),
}


@pytest.mark.parametrize("name", sorted(SCHEMA))
def test_results_out_of_schema_are_refused(name):
    with pytest.raises(untrusted.Rejected):
        untrusted.executed_cells(SCHEMA[name], 1)


def test_a_result_in_schema_gives_each_cells_outputs():
    found = untrusted.executed_cells(executed(metadata={"cmcert_runner_error": "mort"}), 1)
    assert found.outputs == [[{"output_type": "stream", "name": "stdout", "text": "bonjour\n"}]]
    assert found.runner_error == "mort"


# --- the answers' wire form, on the trusted side ---------------------------------------------------


@pytest.mark.parametrize("plain", [
    10 ** 150,
    [1, 2, 10 ** 400],
    math.inf,
    -math.inf,
    math.nan,
    {"__type__": "float", "value": "1e400"},
    {"__type__": "float", "value": "9" * 5000},
    {"__type__": "float", "value": 3},
    {"__type__": "dict", "items": [["a", {"__type__": "set", "items": [b"x"]}]]},
    ["x" * (wire.MAX_BYTES + 1)],
    [0] * (wire.MAX_VALUES + 1),
    json.loads("[" * 80 + "]" * 80),
    {"__type__": "series", "name": None, "index": list(range(3)), "values": [1, 2]},
    {"__type__": "frame", "columns": ["a"], "index": [], "rows": "abc"},
    {"__type__": "date", "iso": 20260101},
    {"__type__": "datetime", "iso": "x" * 10_000},
    {1: 2},
])
def test_forged_wire_values_are_refused_not_raised(plain):
    test = scoring.HiddenTest("q_tests", "essai.nombre", "nombre", 42, 2.0)
    points, lines = scoring.score_payload(test, {"status": "ok", "name": "nombre", "value": plain})
    assert points == 0
    assert lines


def test_from_plain_refuses_each_bound_with_unsupported_answer():
    for plain in (10 ** 150, math.inf, {"__type__": "float", "value": "1e400"}, json.loads("[" * 80 + "]" * 80)):
        with pytest.raises(answers.UnsupportedAnswer):
            wire.from_plain(plain)
    assert math.isnan(wire.from_plain({"__type__": "float", "value": "nan"}))
    assert wire.from_plain(10 ** 90) == 10 ** 90


def test_a_huge_unsupported_message_is_one_short_line():
    test = scoring.HiddenTest("q_tests", "essai.nombre", "nombre", 42, 2.0)
    _, lines = scoring.score_payload(test, {"status": "unsupported", "message": "a\n## forgé\n" * 10_000})
    assert all("\n" not in line and len(line) < 400 for line in lines)


# --- the staging step: a malformed result scores 0 with a French note, huge outputs are cut -------------


def _prepared() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("print('x')"), nbformat.v4.new_markdown_cell("texte")]
    return nb


def _fake_run(notebook_for):
    def run(path, limits):
        to_run = json.loads(path.read_text(encoding="utf-8"))
        return sandbox.RunResult(notebook_for(to_run), "ok", 0.1)
    return run


@pytest.mark.parametrize("name", ["nesting_60000", "int_5000_digits"])
def test_a_result_that_breaks_the_sandbox_reader_costs_the_notebook_only(name, tmp_path, monkeypatch):
    def broken(path, limits):
        json.loads(MALFORMED[name])  # what sandbox.py does with the result today
        raise AssertionError("unreachable")
    monkeypatch.setattr(sandbox, "run_notebook", broken)
    run = trusted.NotebookRun("n.ipynb")
    graded = trusted._run_and_score(_prepared(), {}, tmp_path, run, sandbox.Limits())
    assert run.status == "rejected" and "refusé" in run.problems[0] and "0 point" in run.problems[0]
    assert graded.cells[0].outputs == []


@pytest.mark.parametrize("name", sorted(SCHEMA))
def test_a_result_out_of_schema_costs_the_notebook_only(name, tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox, "run_notebook", _fake_run(lambda to_run: SCHEMA[name]))
    run = trusted.NotebookRun("n.ipynb")
    graded = trusted._run_and_score(_prepared(), {}, tmp_path, run, sandbox.Limits())
    assert run.status == "rejected" and "résultat de l'exécution a été refusé" in run.problems[0]
    assert graded.cells[0].outputs == []


def test_forty_megabytes_of_outputs_are_cut(tmp_path, monkeypatch):
    def huge(to_run):
        for cell in to_run["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "x" * (10 * 1024 * 1024)},
                                   {"output_type": "display_data", "data": {"text/html": "<b>y</b>" * 1_000_000},
                                    "metadata": {}}] * 2
        return to_run
    prepared = _prepared()
    prepared.cells += [nbformat.v4.new_code_cell(f"print({i})") for i in range(5)]
    monkeypatch.setattr(sandbox, "run_notebook", _fake_run(huge))
    run = trusted.NotebookRun("n.ipynb")
    graded = trusted._run_and_score(prepared, {}, tmp_path, run, sandbox.Limits())
    size = len(json.dumps(graded))
    assert size < trusted.TOTAL_OUTPUT_BYTES + 1024 * 1024
    assert any("coupées" in p for p in run.problems)
    assert "sorties suivantes coupées" in graded.cells[0].outputs[-1].text


def test_a_forged_answer_payload_is_only_an_answer(tmp_path, monkeypatch):
    """A forged export can only say what the answer is: the trusted scorer still judges it."""
    prepared = _prepared()
    test_cell = nbformat.v4.new_code_cell("check()")
    test_cell.metadata.nbgrader = {"grade": True, "solution": False, "grade_id": "q_tests", "points": 2}
    prepared.cells.append(test_cell)

    def forged(to_run):
        for cell in to_run["cells"]:
            cell["outputs"] = [{"output_type": "display_data", "metadata": {}, "data": {
                answers.MIMETYPE: {"status": "ok", "name": "nombre", "value": {"__type__": "float", "value": "inf"}},
                "text/plain": "x"}}]
        return to_run
    monkeypatch.setattr(sandbox, "run_notebook", _fake_run(forged))
    monkeypatch.setattr(scoring, "run_scorer", lambda q, answer, expected: scoring.Outcome(float(answer == expected)))
    run = trusted.NotebookRun("n.ipynb")
    trusted._run_and_score(prepared, {"q_tests": scoring.HiddenTest("q_tests", "q", "nombre", 42, 2.0)}, tmp_path,
                           run, sandbox.Limits())
    assert run.points == {"q_tests": 0.0}


# --- hand-ins: what broke grading before ------------------------------------------------------------


def _notebook_bytes(cells: list[dict], **top) -> bytes:
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5, **top}).encode()


@pytest.mark.parametrize(("data", "message"), [
    (_notebook_bytes([], nbformat=3), "format de notebook"),
    (_notebook_bytes([], nbformat=5), "format de notebook"),
    (b'{"nbformat": 3, "worksheets": [{"cells": []}]}', "pas un notebook"),
    (_notebook_bytes([{"cell_type": "code", "source": ""}] * 50_000), "50000 cellules"),
    (b"[" * 60_000, "imbriquée"),
    (_notebook_bytes([{"cell_type": "code", "source": "", "execution_count": int("9" * 4000)}]), "chiffres"),
])
def test_hand_ins_that_cannot_be_graded_score_0_with_a_french_note(data, message):
    reading = parse_candidate_notebook(data, "01_essai.ipynb")
    assert reading.notebook is None and message in reading.problem
    assert reading.problem.startswith("01_essai.ipynb : ")


def test_a_lone_surrogate_is_replaced_and_noted():
    data = _notebook_bytes([{"cell_type": "code", "source": 'x = "\ud83d"', "metadata": {}}])  # JSON: "\ud83d"
    assert b'\\ud83d' in data
    reading = parse_candidate_notebook(data, "01_essai.ipynb")
    assert reading.notebook.cells[0].source == 'x = "\ufffd"'
    assert "caractère invalide" in reading.notes[0].text


def test_attachments_duplicate_ids_and_widget_state_are_dropped_with_a_note():
    cell = {"cell_type": "markdown", "id": "a", "source": "![x](attachment:x.png)",
            "attachments": {"x.png": {"image/svg+xml": "<svg onload=alert(1)>"}},
            "metadata": {"widgets": {"state": {}}, "nbgrader": {"grade_id": "avis", "solution": True}}}
    data = _notebook_bytes([cell, dict(cell)], metadata={"widgets": {"application/vnd.jupyter.widget-state+json":
                                                                     {"state": {"x": "<script>"}}}})
    reading = parse_candidate_notebook(data, "01_essai.ipynb")
    kept = reading.notebook
    assert kept.metadata == nbformat.v4.new_notebook().metadata
    assert all("attachments" not in c and set(c.metadata) == {"nbgrader"} for c in kept.cells)
    notes = " ".join(n.text for n in reading.notes)
    assert "pièces jointes ignorées" in notes and "identifiant(s) de cellule en double" in notes


def test_the_runners_cut_of_a_flood_is_reported_to_the_trainer():
    from cmcert_lib.grading import executor

    flood = {"output_type": "stream", "name": "stdout", "text": "contrôle 1\n" * 50_000}
    kept = executor.cap([flood], 10_000)
    cut = trusted.cut_in_sandbox(kept)
    assert cut > 500_000  # the size of what was cut, as the runner wrote it
    # The marker only counts where the runner puts it: at the end of a stream, not quoted in the middle.
    quoted = {**kept[0], "text": kept[0]["text"] + "suite\n"}
    assert trusted.cut_in_sandbox([quoted, {"output_type": "error", "text": kept[0]["text"]}]) == 0
    assert trusted.cut_in_sandbox([{"output_type": "stream", "name": "stdout", "text": "bonjour\n"}]) == 0
