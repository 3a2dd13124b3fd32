"""The export for the certifying body: a CSV and an Excel workbook.

The CSV opens as is in a French spreadsheet: ``;`` separators, decimal commas,
UTF-8 with BOM; one row per candidate and competency (38 per candidate).  The
workbook holds the same rows with real numbers, plus a summary per candidate,
the evidence behind each status, the questions and the rule.

Text that a candidate may have typed (names, identifiers) or a trainer (remarks)
is never read as a spreadsheet formula: in the CSV, a leading apostrophe keeps
text starting with ``=``, ``+``, ``-``, ``@``, a tab or a line break as text
(:func:`cmcert_lib.grading.quoting.spreadsheet`); in the workbook, such cells are
typed as text and carry the apostrophe prefix (``quotePrefix``: the spreadsheet keeps
them text even when edited), and characters a workbook cannot hold are removed.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from cmcert_lib.facts import french, referential
from cmcert_lib.grading import quoting
from cmcert_lib.report import model, xlsx
from cmcert_lib.report.model import CandidateResult, Cohort, CompetencyResult

FORMULA_START = quoting.FORMULA_START
# What an XLSX cell cannot hold (openpyxl refuses it): control characters but tab and line breaks.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

COLUMNS = [
    "Identifiant", "Nom", "Prénom", "Bloc", "Intitulé du bloc", "Statut du bloc", "Compétence",
    "Intitulé de la compétence", "Statut de la compétence", "Points obtenus", "Points maximum",
    "Part des points (%)", "Points en attente de correction", "Critères de grille au niveau requis",
    "Critères de grille", "Preuves", "Proposable au jury", "Situation du bloc",
]


def safe_text(value: object) -> str:
    """A CSV cell's text, never a formula."""
    return quoting.spreadsheet(value)


@functools.lru_cache(maxsize=4096)  # a cohort's points are a few hundred values, written a million times
def _fr(number: float | None) -> str:
    if number is None:
        return ""
    return french.number(number, 2)


def _criteria(comp: CompetencyResult) -> tuple[int | None, int | None]:
    grid = [ev for ev in comp.evidence if ev.kind == "grille"]
    if not grid:
        return None, None
    return sum(bool(ev.meets_level) for ev in grid if not ev.pending), len(grid)


def _evidence_text(comp: CompetencyResult) -> str:
    parts = []
    for ev in comp.evidence:
        where = f"{ev.question.notebook}/{ev.question.cell}"
        if ev.oral:
            value = f"{ev.criterion.id} : {ev.level_label or 'en attente du jury'}"
            parts.append(f"soutenance orale {value}" + (f" ({ev.note})" if ev.note else ""))
            continue
        if ev.kind == "points":
            value = "en attente" if ev.points is None else f"{_fr(ev.points)}/{_fr(ev.max_points)}"
        else:
            value = f"{ev.criterion.id} : {ev.level_label or 'non corrigé'}"
        parts.append(f"{where} {value}" + (f" ({ev.note})" if ev.note else ""))
    return " | ".join(parts)


def rows(cohort: Cohort) -> list[tuple[CandidateResult, model.BlocResult, CompetencyResult]]:
    return [(result, bloc, comp) for result in cohort.candidates for bloc in result.blocs
            for comp in bloc.competencies]


def _values(result: CandidateResult, bloc: model.BlocResult, comp: CompetencyResult) -> list:
    cand = result.candidate
    counted = comp.status not in (model.NOT_TAKEN, model.NOT_ASSESSED) and comp.max_points
    ok, total = _criteria(comp)
    return [
        cand.id, cand.last_name, cand.first_name, bloc.number, bloc.title, bloc.status, comp.code,
        comp.text, comp.status,
        comp.points if counted else None,
        comp.max_points if counted else None,
        round(comp.points / comp.max_points * 100, 1) if counted else None,
        comp.pending_points if counted else None,
        ok, total, _evidence_text(comp), "oui" if result.proposable else "non", bloc.explanation,
    ]


def competency_values(cohort: Cohort) -> list[list]:
    """The rows of the CSV and of the « Compétences » sheet (computed once for both)."""
    return [_values(*r) for r in rows(cohort)]


_csv_text = functools.lru_cache(maxsize=65536)(safe_text)  # the same texts fill thousands of rows


def write_csv(cohort: Cohort, path: Path, values: list[list] | None = None) -> Path:
    """``values``: :func:`competency_values` of the cohort, when already computed."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(COLUMNS)
        for row in competency_values(cohort) if values is None else values:
            writer.writerow([
                _fr(v) if isinstance(v, float) else _csv_text(v) if isinstance(v, str) else
                ("" if v is None else v)
                for v in row
            ])
    return Path(path)


# (evidence kind, question kind) -> the « Preuves » sheet's « Type de preuve »
EVIDENCE_KINDS = {
    ("points", "auto"): "question autocorrigée",
    ("points", "manual"): "réponse notée sans grille",
    ("grille", "manual"): "critère de grille",
    ("grille", "oral"): "critère de la grille de soutenance",
}
QUESTION_KINDS = {"auto": "autocorrigée", "manual": "corrigée à la main", "oral": "notée par le jury"}

STATUS_FILL = {
    model.ACQUIRED: "C8E6C9", model.VALIDATED: "C8E6C9",
    model.NOT_ACQUIRED: "FFCDD2", model.FAILED: "FFCDD2",
    model.PENDING: "FFECB3",
    model.ORAL_PENDING: "D1C4E9",  # and BLOC_ORAL_PENDING: the same words
    model.NOT_TAKEN: "ECEFF1", model.BLOC_NOT_TAKEN: "ECEFF1",
    model.NOT_ASSESSED: "F5F5F5", model.BLOC_NOT_ASSESSED: "F5F5F5",
}


def _workbook_text(text: str) -> str:
    """A text as the workbook holds it: without the characters a workbook cannot hold."""
    return _ILLEGAL.sub("", quoting.clean(text))


def _formula_like(text: str) -> bool:
    # A text a spreadsheet would read as a formula is typed as text, with the apostrophe prefix: it stays
    # text in every spreadsheet, even once edited, without showing the apostrophe.
    return quoting.spreadsheet(text) != text


def write_xlsx(cohort: Cohort, path: Path, values: list[list] | None = None) -> Path:
    """``values``: :func:`competency_values` of the cohort, when already computed."""
    summary = []
    for result in cohort.candidates:
        cand = result.candidate
        summary.append([cand.id, cand.last_name, cand.first_name, *[b.status for b in result.blocs],
                        "oui" if result.proposable else "non", result.jury_explanation])
    sheets = [xlsx.Sheet(
        "Synthèse",
        ["Identifiant", "Nom", "Prénom", *[f"Bloc {b.number}" for b in referential.BLOCS], "Proposable au jury",
         "Motif"],
        summary, {1: 22, 2: 16, 3: 14, 4: 16, 5: 16, 6: 16, 7: 16, 8: 16, 9: 12, 10: 70},
        fills=dict.fromkeys([4, 5, 6, 7, 8], STATUS_FILL))]
    sheets.append(xlsx.Sheet(
        "Compétences", COLUMNS, competency_values(cohort) if values is None else values,
        {1: 22, 2: 14, 3: 12, 4: 6, 5: 40, 6: 16, 7: 10, 8: 60, 9: 20, 10: 9, 11: 9, 12: 9, 13: 11, 14: 11,
         15: 9, 16: 60, 17: 10, 18: 60},
        fills=dict.fromkeys([6, 9], STATUS_FILL), number_columns=frozenset({10, 11, 12, 13})))

    evidence = []
    for result, _bloc, comp in rows(cohort):
        for ev in comp.evidence:
            q = ev.question
            evidence.append([
                result.candidate.id, comp.code, comp.status, "soutenance" if ev.oral else "notebook",
                "" if ev.oral else q.notebook, q.title or q.cell, "" if ev.oral else q.cell,
                EVIDENCE_KINDS[(ev.kind, q.kind)],
                ev.criterion.id if ev.criterion else "", ev.criterion.title if ev.criterion else "",
                ev.criterion.referential if ev.criterion else "", ev.level_label, ev.points,
                ev.max_points, ev.remark, ev.grader, ev.note,
            ])
    sheets.append(xlsx.Sheet(
        "Preuves",
        ["Identifiant", "Compétence", "Statut de la compétence", "Source", "Notebook", "Question", "Cellule",
         "Type de preuve", "Critère", "Intitulé du critère", "Critère du référentiel", "Niveau",
         "Points obtenus", "Points maximum", "Remarque", "Évaluée par", "Observation"],
        evidence, {1: 22, 2: 10, 3: 20, 4: 12, 5: 24, 6: 44, 7: 22, 8: 26, 9: 18, 10: 34, 11: 10,
                   12: 20, 13: 9, 14: 9, 15: 50, 16: 24, 17: 34}))

    # The oral is no notebook cell: its rows name it by its title only.
    questions = [[q.question.bloc, "" if q.question.kind == "oral" else q.question.notebook,
                  q.question.title or q.question.cell, "" if q.question.kind == "oral" else q.question.cell,
                  QUESTION_KINDS[q.question.kind],
                  ", ".join(q.question.competencies), q.question.points, len(q.graded),
                  None if q.mean is None else round(q.mean * 100, 1)] for q in cohort.questions]
    sheets.append(xlsx.Sheet(
        "Questions",
        ["Bloc", "Notebook", "Question", "Cellule", "Correction", "Compétences", "Points", "Copies notées",
         "Moyenne (%)"],
        questions, {1: 8, 2: 24, 3: 50, 4: 24, 5: 18, 6: 18, 7: 8, 8: 10, 9: 11}))
    sheets.append(xlsx.Sheet("Règle", ["Règle de validation appliquée"],
                             [[line] for line in cohort.rule_lines], {1: 120},
                             wrapped_top=frozenset({1})))
    return xlsx.write_workbook(path, sheets, _formula_like, _workbook_text)
