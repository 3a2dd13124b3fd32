"""Classes 4 and 7 of issue 10: odd text never stops the batch, and never forges what the trainer reads.

- Records (``notes/<bloc>/<student>.json``) are written whole or not at all, and a damaged one is
  reported in French instead of making every later ``cmcert grade`` fail.
- Candidate-controlled strings (cell ids, file names, error messages, candidate ids) are quoted on
  one line in the integrity report, and never become a formula in a CSV or a workbook.
- Impossible candidate ids are refused at grading, named safely.
"""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import replace
from datetime import datetime

import pytest
from openpyxl import load_workbook

from cmcert_lib.grading import batch, quoting
from cmcert_lib.grading.batch import StudentResult
from cmcert_lib.grading.gradebook import Candidate, CellScore, GradebookData, NotebookGrade
from cmcert_lib.grading.rebuild import Note
from cmcert_lib.layout import Course
from cmcert_lib.report import export, xlsx
from cmcert_lib.report.model import assess
from cmcert_lib.report.rule import Rule
from cmcert_lib.report.sources import RubricSource
from tests.unit.test_report_rule import LEVELS, QUESTIONS, RUBRICS, judge

FORGERIES = [
    "a\n## faux candidat\n- [restauré] tout va bien",
    "x\r\n# Rapport falsifié",
    "x\u2028## séparateur Unicode",
    "x\u0085## NEL",
    "`code` qui avale | la | table",
    "<script>alert(1)</script> <img src=x onerror=alert(1)>",
    "[clic](javascript:alert(1)) ![i](http://evil.example/x.png)",
    "> citation forgée",
    "- élément forgé",
    "# titre forgé",
    "1. liste forgée",
    "**gras** _italique_ ~~barré~~ $x$",
    "\x1b[2J\x1b[31mterminal effacé",
    "texte \u202edessus-dessous",
    "caf\udce9.ipynb",
    "a\\\n## après une barre oblique",
    "x" * 5000,
]


@pytest.mark.parametrize("text", FORGERIES)
def test_one_line_and_markdown_quote_every_forgery(text):
    line = quoting.markdown(text)
    assert "\n" not in line and "\r" not in line and "\u2028" not in line and "\x85" not in line
    assert not re.search(r"[\x00-\x1f\x7f\u202a-\u202e]", line)
    assert len(line) <= 400
    assert not re.search(r"(?<!\\)[<>`|\[\]]", line)  # every markup character escaped
    line.encode("utf-8")


def _report(tmp_path, notes: list[Note], problems: list[str], student: str = "alice") -> str:
    course = Course(tmp_path)
    result = StudentResult(student, problems=problems, integrity=notes)
    return batch.write_integrity_report(course, "bloc1", [result, StudentResult("bob")],
                                        ["refusé : « =2+5\n## x »"]).read_text(encoding="utf-8")


def test_the_integrity_report_keeps_its_structure_whatever_the_notes_say(tmp_path):
    notes = [Note("anomalie", f"cellule « {text} » inconnue du sujet", suspicious=True) for text in FORGERIES]
    text = _report(tmp_path, notes, FORGERIES)
    lines = text.split("\n")
    # Exactly the report's own headings and one list line per note, problem and refusal.
    assert [line for line in lines if line.startswith("#")] == [
        "# Rapport d'intégrité de la correction — bloc1", "## Copies non corrigées", "## alice", "## bob"]
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == 2 * len(FORGERIES) + 1 + 1  # notes, problems, the refusal, bob's « rien à signaler »
    assert all(line == "" or line.startswith(("#", "- ", "Pour chaque")) for line in lines)
    assert not re.search(r"(?<!\\)[<`]|(?<!\\)\]\(", text)  # no raw HTML, code span or link


def test_grading_notes_quote_candidate_names_at_the_source(tmp_path):
    from cmcert_lib.grading import rebuild

    nb = rebuild.parse_candidate_notebook(json.dumps({"cells": [], "nbformat": 3}).encode(), "a\n## b.ipynb")
    assert "\n" not in nb.problem and "a ⏎ ## b.ipynb" in nb.problem


# --- the grades table and the jury's export: no formula ---------------------------------------------

FORMULAS = ["=2+5", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://x\")",
            " =1+1", "\u00a0=1+1"]


def _is_formula(cell: str) -> bool:
    return cell.lstrip(" \u00a0").startswith(("=", "+", "-", "@", "\t", "\r"))


def test_the_grades_table_holds_no_formula(tmp_path):
    course = Course(tmp_path)
    results = [StudentResult(student, problems=FORMULAS + ["é\udce9"],
                             notebooks=[NotebookGrade("01_x", 1.5, 2, 0, 0, 0)]) for student in FORMULAS]
    path = batch.write_grades_table(course, "bloc1", results)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if _is_formula(c)]
    assert [r[0] for r in rows[1:]] == ["'" + s for s in FORMULAS]
    assert rows[1][2] == "1,5"


@pytest.fixture
def hostile_cohort():
    ids = ["ana", *FORMULAS[:5]]
    data = GradebookData(candidates=[Candidate(i, f"=prénom{n}", f"+nom\x1b[31m{n}\udce9") for n, i in enumerate(ids)])
    for student in ids:
        data.submissions.add(("bloc1", student))
        data.notebooks[("bloc1", student)] = {"01_x"}
        data.cells[("bloc1", student, "01_x", "q1_tests")] = CellScore(2.0, 4.0, False, 2.0)
        data.cells[("bloc1", student, "01_x", "q2_tests")] = CellScore(3.0, 6.0, False, 3.0)
        data.cells[("bloc1", student, "01_x", "analyse")] = CellScore(0.0, 3.0, True)
    judgements = [replace(judge("fond", "acquis", student), remark="=WEBSERVICE(\"http://evil\")") for student in ids]
    source = RubricSource(LEVELS, "acquis", lambda root, bloc: {}, lambda url, bloc: [])
    return assess({1: "bloc1"}, QUESTIONS, data, RUBRICS, {"bloc1": judgements}, source, Rule(),
                  datetime(2027, 2, 3, 10, 30))


def test_the_jury_csv_holds_no_formula(hostile_cohort, tmp_path):
    path = export.write_csv(hostile_cohort, tmp_path / "competences.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle, delimiter=";") for cell in row]
    assert not [c for c in cells if _is_formula(c)]
    assert "'=2+5" in cells and "'+cmd|' /C calc'!A0" in cells


def test_the_jury_workbook_holds_no_formula(hostile_cohort, tmp_path):
    path = export.write_xlsx(hostile_cohort, tmp_path / "competences.xlsx")
    wb = load_workbook(path)
    texts = [cell for ws in wb for row in ws.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert not [c for c in texts if c.data_type == "f"]
    risky = [c for c in texts if _is_formula(c.value)]
    assert {c.value for c in risky} >= {"=2+5", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)"}
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)
    assert not [c for c in texts if "\x1b" in c.value]


def test_a_sheet_types_every_formula_like_text_as_text(tmp_path):
    xlsx.write_workbook(tmp_path / "x.xlsx", [xlsx.Sheet("x", ["a"], [[text] for text in FORMULAS], {1: 10})],
                        export._formula_like, export._workbook_text)
    cells = [row[0] for row in load_workbook(tmp_path / "x.xlsx").active.iter_rows(min_row=2)]
    # The text itself unchanged (the XML format keeps a lone CR as a line break): the apostrophe is a style.
    assert [c.value for c in cells] == [t.replace("\r", "\n") for t in FORMULAS]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


# --- candidate ids --------------------------------------------------------------------------------

REFUSED_IDS = ["=2+5", "+cmd", "-", "@x", "-rf", ".cache", "..", "a/b", "a\nb", "a b", "<script>", "é", "a" * 65, "",
               os.fsdecode(b"caf\xe9"), "x;y", "a|b", "a\u202eb"]


@pytest.mark.parametrize("student", REFUSED_IDS)
def test_impossible_candidate_ids_are_refused_and_named_safely(student):
    kept, refused = batch.checked_students(["alice", student])
    assert kept == ["alice"]
    (line,) = refused
    assert "identifiant de candidat refusé" in line and "\n" not in line
    line.encode("utf-8")


@pytest.mark.parametrize("student", ["alice", "demo_complet", "jean.dupont", "j-dupont2", "a@b.fr", "A1"])
def test_ordinary_candidate_ids_are_kept(student):
    assert batch.checked_students([student]) == ([student], [])


# --- records: atomic, and a damaged one reported --------------------------------------------------


def test_a_record_with_odd_text_is_saved_and_read_back(tmp_path):
    course = Course(tmp_path)
    result = StudentResult("alice", problems=["x\udce9"], integrity=[Note("fichier", "« caf\udce9 » \ud83d")])
    batch.save_record(course, "bloc1", result)
    back = batch.load_record(course, "bloc1", "alice")
    assert back.problems == ["x\ufffd"] and back.integrity[0].text == "« caf\ufffd » \ufffd"


def test_a_record_written_midway_leaves_the_previous_one(tmp_path, monkeypatch):
    course = Course(tmp_path)
    batch.save_record(course, "bloc1", StudentResult("alice", problems=["ancien"]))

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(batch.os, "replace", crash)
    with pytest.raises(OSError):
        batch.save_record(course, "bloc1", StudentResult("alice", problems=["nouveau"]))
    monkeypatch.undo()
    assert batch.load_record(course, "bloc1", "alice").problems == ["ancien"]
    assert sorted(p.name for p in course.grading_records("bloc1").iterdir()) == ["alice.json"]


@pytest.mark.parametrize("content", [
    b"", b'{"problems": ["x"], "integ', b"\xff\xfe\x00", b"[" * 60_000, b'{"problems": 3, "integrity": []}',
    b'{"problems": [], "integrity": [{"kind": "x"}]}', b'{"problems": [], "integrity": {}}', b"null",
    b'{"problems": [], "integrity": [], "x": 1e400}',
])
def test_a_damaged_record_is_reported_not_raised(tmp_path, content):
    course = Course(tmp_path)
    course.grading_records("bloc1").mkdir(parents=True)
    course.grading_record("alice", "bloc1").write_bytes(content)
    result = batch.load_record(course, "bloc1", "alice")
    (problem,) = result.problems
    assert "relevé de correction abîmé" in problem and "cmcert grade bloc1 --student alice" in problem


def test_only_records_of_acceptable_ids_are_listed(tmp_path):
    course = Course(tmp_path)
    folder = course.grading_records("bloc1")
    folder.mkdir(parents=True)
    for name in ("alice.json", ".alice.json.x1.tmp", "=2+5.json", "bob.nbgrader.log", "bob.json"):
        (folder / name).write_text("{}")
    assert batch.recorded_students(course, "bloc1") == ["alice", "bob"]


def test_a_candidate_whose_grading_breaks_does_not_stop_the_batch(tmp_path, monkeypatch):
    def boom(*args):
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
    monkeypatch.setattr(batch, "_stage", boom)
    result, _ = batch._stage_timed(Course(tmp_path), "bloc1", "alice", tmp_path, batch.Limits())
    assert result.student == "alice" and "a échoué (UnicodeEncodeError)" in result.problems[0]
