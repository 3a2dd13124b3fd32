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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from cmcert_lib.facts import french
from cmcert_lib.grading import sandbox
from cmcert_lib.grading.rebuild import Note
from cmcert_lib.grading.sandbox import Limits
from cmcert_lib.grading.trusted import stage_candidate
from cmcert_lib.layout import Course, CourseError

# nbgrader writes this English comment on unanswered cells; candidates read French.
NO_RESPONSE = {"No response.": "Aucune réponse."}


@dataclass
class NotebookGrade:
    notebook: str
    auto_score: float  # points earned on autograded test cells
    auto_max: float
    manual_max: float
    manual_pending: int  # manually graded cells still waiting for a trainer
    manual_score: float  # points already given by trainers


@dataclass
class StudentResult:
    student: str
    notebooks: list[NotebookGrade] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # French lines for the trainer
    integrity: list[Note] = field(default_factory=list)  # what was restored, what looked like tampering
    run_seconds: list[float] = field(default_factory=list)  # isolated execution time per notebook
    staged: bool = False  # at least one notebook was staged for nbgrader

    def auto_total(self) -> float:
        return sum(n.auto_score for n in self.notebooks)


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
            auto_max = sum(n.auto_max for n in res.notebooks)
            pending = sum(n.manual_pending for n in res.notebooks)
            lines.append(
                f"  {res.student} : {french.number(res.auto_total())} / {french.number(auto_max)} points automatiques, "
                f"{pending} réponse(s) à corriger à la main"
            )
            lines += [f"    ⚠ {p}" for p in res.problems]
            flagged = [n for n in res.integrity if n.suspicious]
            if res.integrity:
                lines.append(f"    intégrité : {len(res.integrity)} remarque(s), dont {len(flagged)} à examiner")
        runs = [s for res in self.results for s in res.run_seconds]
        if runs:
            lines.append(
                f"Exécution isolée : {len(runs)} notebook(s), {french.number(round(statistics.mean(runs), 1))} s en moyenne, "
                f"{french.number(round(max(runs), 1))} s au plus."
            )
        lines.append(f"Tableau des notes : {self.grades_csv}")
        lines.append(f"Rapport d'intégrité : {self.integrity_report}")
        lines.append(f"Retours aux candidats (HTML) : {self.feedback_dir}/<candidat>/{self.bloc}/")
        return "\n".join(lines)


def submitted_students(course: Course, bloc: str) -> list[str]:
    base = course.root / "submitted"
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / bloc).is_dir())


def grade_bloc(course: Course, bloc: str, students: list[str] | None = None,
               limits: Limits | None = None, jobs: int | None = None) -> GradingReport:
    """Grade the collected hand-ins of a bloc; a broken hand-in never stops the batch.

    Candidates' notebooks run in the sandbox, ``jobs`` at a time (one per core by default);
    nbgrader then records every staged copy in one call, and writes the feedback in another.
    """
    if bloc not in course.blocs():
        raise CourseError(f"Bloc inconnu : « {bloc} ». Blocs du cours : {', '.join(course.blocs())}.")
    reason = sandbox.available() or sandbox.self_test()
    if reason:
        raise CourseError(f"Correction impossible sur cette machine : {reason}")
    # The gradebook must know the assignment's cells (and the hidden tests) before autograding.
    course.generate_release(bloc)
    students = students or submitted_students(course, bloc)
    if not students:
        raise CourseError(f"Aucune copie à corriger dans submitted/*/{bloc}/.")
    with Gradebook(course.gradebook_url) as gb:
        for student in students:
            gb.update_or_create_student(student)

    limits = limits or Limits()
    with tempfile.TemporaryDirectory(prefix="cmcert-grade-") as tmp:
        staging = Path(tmp)
        with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
            results = list(pool.map(lambda s: _stage(course, bloc, s, staging, limits), students))
        _record(course, bloc, staging, [r for r in results if r.staged])

    with Gradebook(course.gradebook_url) as gb:
        _translate_auto_comments(gb, bloc)
        for result in results:
            result.notebooks = notebook_grades(gb, bloc, result.student)
            save_record(course, bloc, result)
    grades_csv, integrity = write_tables(course, bloc)
    return GradingReport(bloc, results, grades_csv, course.root / "feedback", integrity)


def write_tables(course: Course, bloc: str) -> tuple[Path, Path]:
    """The grades table and the integrity report, for every candidate graded so far (not only a batch)."""
    everyone = [load_record(course, bloc, student) for student in recorded_students(course, bloc)]
    with Gradebook(course.gradebook_url) as gb:
        for result in everyone:
            result.notebooks = notebook_grades(gb, bloc, result.student)
    return write_grades_table(course, bloc, everyone), write_integrity_report(course, bloc, everyone)


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


def _record(course: Course, bloc: str, staging: Path, staged: list[StudentResult]) -> None:
    """nbgrader records the staged, already scored copies (executing nothing), then writes feedback."""
    if not staged:
        return
    # CMCERT_PRESCORED: see nbgrader_config.py. One call for the batch; should it fail, one call per
    # candidate, so that the failure stays with the candidate concerned.
    batch = course.nbgrader("autograde", bloc, "--force", f"--CourseDirectory.submitted_directory={staging}",
                            *_students_filter(staged), check=False, env={"CMCERT_PRESCORED": "1"})
    recorded = staged
    if batch.returncode != 0:
        recorded = []
        for result in staged:
            proc = course.nbgrader("autograde", bloc, "--force", f"--student={result.student}",
                                   f"--CourseDirectory.submitted_directory={staging}", check=False,
                                   env={"CMCERT_PRESCORED": "1"})
            if proc.returncode == 0:
                recorded.append(result)
            else:
                log = _records(course, bloc) / f"{result.student}.nbgrader.log"
                log.parent.mkdir(parents=True, exist_ok=True)
                log.write_text(proc.stdout + proc.stderr, encoding="utf-8")
                result.problems.append("l'enregistrement des notes dans le carnet a échoué ; "
                                       f"journal de nbgrader : {log}")
    if not recorded:
        return
    proc = course.nbgrader("generate_feedback", bloc, "--force", *_students_filter(recorded), check=False)
    if proc.returncode != 0:
        for result in recorded:
            one = course.nbgrader("generate_feedback", bloc, "--force", f"--student={result.student}", check=False)
            if one.returncode != 0:
                result.problems.append("le retour HTML n'a pas pu être généré.")


def _students_filter(results: list[StudentResult]) -> list[str]:
    if len(results) == 1:
        return [f"--student={results[0].student}"]
    # nbgrader matches --student as a glob; the batch's candidates are the only ones staged, and
    # feedback for candidates outside the batch is regenerated unchanged.
    return []


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


def notebook_grades(gb: Gradebook, bloc: str, student: str) -> list[NotebookGrade]:
    """Per-notebook totals for one candidate, from the gradebook (0 where not graded)."""
    assignment = gb.find_assignment(bloc)
    grades = []
    for notebook in assignment.notebooks:
        auto = auto_max = manual_max = manual_score = 0.0
        pending = 0
        try:
            submitted = gb.find_submission_notebook(notebook.name, bloc, student)
            cells = submitted.grades
        except MissingEntry:
            cells = []
        by_name = {g.name: g for g in cells}
        for cell in notebook.grade_cells:
            grade = by_name.get(cell.name)
            if cell.cell_type == "code" and not _is_solution(notebook, cell.name):
                auto_max += cell.max_score
                if grade is not None:
                    auto += grade.auto_score or 0.0
            else:
                manual_max += cell.max_score
                # A trainer's score stands; grading the same hand-in again re-flags the cell in
                # nbgrader (needs_manual_grade) but keeps that score.
                if grade is not None and grade.manual_score is not None:
                    manual_score += grade.manual_score
                elif grade is None or grade.needs_manual_grade:
                    pending += 1
        grades.append(NotebookGrade(notebook.name, auto, auto_max, manual_max, pending, manual_score))
    return grades


def _is_solution(notebook, name: str) -> bool:
    return any(c.name == name for c in notebook.solution_cells)


def _records(course: Course, bloc: str) -> Path:
    return course.root / "notes" / bloc


def save_record(course: Course, bloc: str, result: StudentResult) -> None:
    """Keep a candidate's last grading problems and integrity summary (notes/<bloc>/<student>.json)."""
    folder = _records(course, bloc)
    folder.mkdir(parents=True, exist_ok=True)
    record = {"problems": result.problems,
              "integrity": [{"kind": n.kind, "text": n.text, "suspicious": n.suspicious} for n in result.integrity]}
    (folder / f"{result.student}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")


def load_record(course: Course, bloc: str, student: str) -> StudentResult:
    record = json.loads((_records(course, bloc) / f"{student}.json").read_text(encoding="utf-8"))
    return StudentResult(student, problems=record["problems"],
                         integrity=[Note(**note) for note in record["integrity"]])


def recorded_students(course: Course, bloc: str) -> list[str]:
    folder = _records(course, bloc)
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def write_grades_table(course: Course, bloc: str, results: list[StudentResult]) -> Path:
    """A table a trainer opens in a French spreadsheet: ';' separators, decimal commas."""
    out = course.root / "notes" / f"{bloc}_notes.csv"
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
    out = course.root / "notes" / f"{bloc}_integrite.md"
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
