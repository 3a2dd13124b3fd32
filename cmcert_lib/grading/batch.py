"""``cmcert grade <bloc>``: the trainer's grading step for collected submissions.

Each candidate's hand-in is run and scored by :mod:`cmcert_lib.grading.trusted` (sandbox,
trusted scoring), so that one broken submission never stops the batch; nbgrader
then records the scored copies and writes the feedback. This module also
translates nbgrader's automatic English comments and writes the grades table
and the integrity report.
"""

from __future__ import annotations

import csv
import json
import os
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from nbgrader.api import Gradebook

from cmcert_lib import nbgrader_steps
from cmcert_lib.authoring.build import ensure_release
from cmcert_lib.facts import french
from cmcert_lib.grading import sandbox
from cmcert_lib.grading.gradebook import NotebookGrade, notebook_grades
from cmcert_lib.grading.rebuild import Note
from cmcert_lib.grading.sandbox import Limits
from cmcert_lib.grading.trusted import stage_candidate
from cmcert_lib.layout import Course, CourseError

# nbgrader writes this English comment on unanswered cells; candidates read French.
NO_RESPONSE = {"No response.": "Aucune réponse."}


@dataclass
class StudentResult:
    student: str
    notebooks: list[NotebookGrade] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # French lines for the trainer
    integrity: list[Note] = field(default_factory=list)  # what was restored, what looked like tampering
    run_seconds: list[float] = field(default_factory=list)  # isolated execution time per notebook
    staged: bool = False  # at least one notebook was staged for nbgrader
    seconds: float = 0.0  # wall time of the candidate: staged (sandbox, scoring), then recorded by nbgrader

    def auto_total(self) -> float:
        return sum(n.auto_score for n in self.notebooks)

    def auto_max(self) -> float:
        return sum(n.auto_max for n in self.notebooks)


class GradingListener(Protocol):
    """What follows a batch while it runs (:mod:`cmcert_lib.grading.progress` shows it to the trainer)."""

    def started(self, total: int) -> None:
        """Grading of ``total`` candidates begins (the release is ready, the sandbox works)."""

    def finished(self, result: StudentResult) -> None:
        """One candidate is graded and recorded: ``result.notebooks`` holds their grades."""


@dataclass
class GradingReport:
    bloc: str
    results: list[StudentResult]
    grades_csv: Path
    feedback_dir: Path
    integrity_report: Path

    def summary(self) -> str:
        lines = [f"Correction automatique de {self.bloc} : {len(self.results)} candidat(s)."]
        for res in self.results:
            pending = sum(n.manual_pending for n in res.notebooks)
            lines.append(
                f"  {res.student} : {french.number(res.auto_total())} / {french.number(res.auto_max())} "
                f"points automatiques, {pending} réponse(s) à corriger à la main"
            )
            lines += [f"    ⚠ {p}" for p in res.problems]
            flagged = [n for n in res.integrity if n.suspicious]
            if res.integrity:
                lines.append(f"    intégrité : {len(res.integrity)} remarque(s), dont {len(flagged)} à examiner")
        runs = [s for res in self.results for s in res.run_seconds]
        if runs:
            lines.append(
                f"Exécution isolée : {len(runs)} notebook(s), "
                f"{french.number(round(statistics.mean(runs), 1))} s en moyenne, "
                f"{french.number(round(max(runs), 1))} s au plus."
            )
        lines.append(f"Tableau des notes : {self.grades_csv}")
        lines.append(f"Rapport d'intégrité : {self.integrity_report}")
        lines.append(f"Retours aux candidats (HTML) : {self.feedback_dir}/<candidat>/{self.bloc}/")
        return "\n".join(lines)


def submitted_students(course: Course, bloc: str) -> list[str]:
    base = course.submitted_root
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / bloc).is_dir())


def grade_bloc(course: Course, bloc: str, students: list[str] | None = None,
               limits: Limits | None = None, jobs: int | None = None,
               listener: GradingListener | None = None) -> GradingReport:
    """Grade the collected hand-ins of a bloc; a broken hand-in never stops the batch.

    Candidates' notebooks run in the sandbox, ``jobs`` candidates at a time (one per core by
    default); as each candidate's copies are staged, nbgrader records them and writes the feedback,
    in this thread, while the others still run. ``listener`` hears of each candidate once recorded.
    """
    if bloc not in course.blocs():
        raise CourseError(f"Bloc inconnu : « {bloc} ». Blocs du cours : {', '.join(course.blocs())}.")
    reason = sandbox.available() or sandbox.self_test()
    if reason:
        raise CourseError(f"Correction impossible sur cette machine : {reason}")
    # The gradebook must know the assignment's cells (and the hidden tests) before autograding.
    ensure_release(course, bloc)
    students = students or submitted_students(course, bloc)
    if not students:
        raise CourseError(f"Aucune copie à corriger dans submitted/*/{bloc}/.")
    with Gradebook(course.gradebook_url) as gb:
        for student in students:
            gb.update_or_create_student(student)

    limits = limits or Limits()
    if listener:
        listener.started(len(students))
    done: dict[str, StudentResult] = {}
    with tempfile.TemporaryDirectory(prefix="cmcert-grade-") as tmp:
        staging = Path(tmp)
        with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
            pending = [pool.submit(_stage_timed, course, bloc, student, staging, limits) for student in students]
            for future in as_completed(pending):
                result, began = future.result()
                if result.staged:
                    _record(course, bloc, staging, result)
                with Gradebook(course.gradebook_url) as gb:
                    result.notebooks = notebook_grades(gb, bloc, result.student)
                save_record(course, bloc, result)
                result.seconds = time.monotonic() - began
                done[result.student] = result
                if listener:
                    listener.finished(result)

    results = [done[student] for student in students]
    grades_csv, integrity = write_tables(course, bloc)
    return GradingReport(bloc, results, grades_csv, course.feedback_root, integrity)


def write_tables(course: Course, bloc: str) -> tuple[Path, Path]:
    """The grades table and the integrity report, for every candidate graded so far (not only a batch)."""
    everyone = [load_record(course, bloc, student) for student in recorded_students(course, bloc)]
    with Gradebook(course.gradebook_url) as gb:
        for result in everyone:
            result.notebooks = notebook_grades(gb, bloc, result.student)
    return write_grades_table(course, bloc, everyone), write_integrity_report(course, bloc, everyone)


def _stage_timed(course: Course, bloc: str, student: str, staging: Path,
                 limits: Limits) -> tuple[StudentResult, float]:
    """:func:`_stage`, with the moment it began (a candidate's time runs from there to their recording)."""
    began = time.monotonic()
    return _stage(course, bloc, student, staging, limits), began


def _stage(course: Course, bloc: str, student: str, staging: Path, limits: Limits) -> StudentResult:
    """Run and score one candidate's hand-in into staging/<student>/<bloc>/ (the trusted copies)."""
    result = StudentResult(student)
    if not course.submitted(student, bloc).is_dir():
        result.problems.append(f"aucune copie rendue pour {bloc}.")
        return result
    grading = stage_candidate(student, course.submitted(student, bloc), course.release(bloc),
                              course.source(bloc), staging / student / bloc, limits)
    result.integrity = grading.notes
    result.run_seconds = [r.seconds for r in grading.runs if r.status != "absent"]
    result.staged = any((staging / student / bloc).glob("*.ipynb"))
    if not result.staged:
        result.problems.append("aucun notebook lisible : rien à noter automatiquement.")
    return result


def _record(course: Course, bloc: str, staging: Path, result: StudentResult) -> None:
    """nbgrader records one candidate's staged, already scored copies (executing nothing), then
    writes their feedback.

    Always in the batch's own thread, one candidate at a time: a failure stays with the candidate
    concerned, with nbgrader's log kept beside their record. nbgrader changes the working directory
    while it converts; the staging threads running meanwhile use absolute paths only.
    """
    step = nbgrader_steps.autograde_prescored(course.root, bloc, result.student, staging)
    if step.ok:
        # The feedback shows nbgrader's automatic comments: French before it is written.
        with Gradebook(course.gradebook_url) as gb:
            _translate_auto_comments(gb, bloc)
        step = nbgrader_steps.generate_feedback(course.root, bloc, result.student)
        if not step.ok:
            result.problems.append("le retour HTML n'a pas pu être généré.")
        return
    log = course.grading_records(bloc) / f"{result.student}.nbgrader.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(step.log, encoding="utf-8")
    result.problems.append(f"l'enregistrement des notes dans le carnet a échoué ; journal de nbgrader : {log}")


def _translate_auto_comments(gb: Gradebook, bloc: str) -> None:
    from nbgrader.api import Comment, SubmittedAssignment, SubmittedNotebook

    comments = (
        gb.db.query(Comment)
        .join(SubmittedNotebook)
        .join(SubmittedAssignment)
        .filter(SubmittedAssignment.assignment.has(name=bloc))
        .filter(Comment.auto_comment.in_(list(NO_RESPONSE)))
    )
    for comment in comments:
        comment.auto_comment = NO_RESPONSE[comment.auto_comment]
    gb.db.commit()


def save_record(course: Course, bloc: str, result: StudentResult) -> None:
    """Keep a candidate's last grading problems and integrity summary (notes/<bloc>/<student>.json)."""
    path = course.grading_record(result.student, bloc)
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {"problems": result.problems,
              "integrity": [{"kind": n.kind, "text": n.text, "suspicious": n.suspicious} for n in result.integrity]}
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")


def load_record(course: Course, bloc: str, student: str) -> StudentResult:
    record = json.loads(course.grading_record(student, bloc).read_text(encoding="utf-8"))
    return StudentResult(student, problems=record["problems"],
                         integrity=[Note(**note) for note in record["integrity"]])


def recorded_students(course: Course, bloc: str) -> list[str]:
    folder = course.grading_records(bloc)
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def write_grades_table(course: Course, bloc: str, results: list[StudentResult]) -> Path:
    """A table a trainer opens in a French spreadsheet: ';' separators, decimal commas."""
    out = course.grades_table(bloc)
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            ["Candidat", "Notebook", "Points automatiques", "Maximum automatique",
             "Points manuels attribués", "Maximum manuel", "Réponses à corriger", "Problèmes"]
        )
        for res in results:
            for nb in res.notebooks:
                writer.writerow(
                    [res.student, nb.notebook, french.number(nb.auto_score), french.number(nb.auto_max),
                     french.number(nb.manual_score), french.number(nb.manual_max), nb.manual_pending,
                     " | ".join(res.problems)]
                )
    return out


def write_integrity_report(course: Course, bloc: str, results: list[StudentResult]) -> Path:
    """The trainer's review list: per candidate, what grading restored and what looked like tampering."""
    out = course.integrity_report(bloc)
    out.parent.mkdir(exist_ok=True)
    lines = [f"# Rapport d'intégrité de la correction — {bloc}", "",
             ("Pour chaque candidat : ce que la correction a rétabli ou ignoré dans la copie rendue. "
              "Les lignes marquées ⚠ ressemblent à une manipulation et méritent un examen. "
              "Les copies rendues n'ont pas été modifiées."), ""]
    for res in results:
        lines.append(f"## {res.student}")
        lines.append("")
        entries = [f"- {note}" for note in res.integrity] + [f"- [problème] {p}" for p in res.problems]
        lines += entries or ["- rien à signaler."]
        lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")
    return out
