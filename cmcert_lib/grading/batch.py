"""``cmcert grade <bloc>``: the trainer's grading step for collected submissions.

Each candidate's hand-in is run and scored by :mod:`cmcert_lib.grading.trusted` (sandbox,
trusted scoring), so that one broken submission never stops the batch; nbgrader
then records the scored copies and writes the feedback. This module also
translates nbgrader's automatic English comments and writes the grades table
and the integrity report.

Candidate ids that could not be used safely (a formula such as ``=2+5``, a hidden or parent
folder, a line break, non-UTF-8 bytes) are refused before grading and named in the report.
Records (``notes/<bloc>/<student>.json``) are replaced atomically; a damaged one is reported,
never raised.  Every candidate-controlled text is quoted (:mod:`cmcert_lib.grading.quoting`):
one line in the integrity report, never a formula in the grades table.
"""

from __future__ import annotations

import csv
import json
import os
import statistics
import tempfile
import time
from concurrent.futures import Executor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from nbgrader.api import Gradebook

from cmcert_lib import nbgrader_steps
from cmcert_lib.authoring.build import ensure_release
from cmcert_lib.facts import french
from cmcert_lib.grading import quoting, sandbox, untrusted
from cmcert_lib.grading.gradebook import NotebookGrade, cohort_grades, notebook_grades
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
    bloc: str = ""  # the bloc graded (a batch may grade several)

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
    refused: list[str] = field(default_factory=list)  # French: hand-ins not graded (impossible candidate ids)
    isolation: str | None = None  # French: the sandboxes' whole-run limits are missing on this host

    def summary(self) -> str:
        lines = [f"Correction automatique de {self.bloc} : {len(self.results)} candidat(s)."]
        if self.isolation:
            lines.append(f"  ⚠ Isolation réduite : {self.isolation}")
        lines += [f"  ⚠ {line}" for line in self.refused]
        for res in self.results:
            pending = sum(n.manual_pending for n in res.notebooks)
            lines.append(
                f"  {quoting.one_line(res.student, 64)} : {french.number(res.auto_total())} / "
                f"{french.number(res.auto_max())} "
                f"points automatiques, {pending} réponse(s) à corriger à la main"
            )
            lines += [f"    ⚠ {quoting.one_line(p, 400)}" for p in res.problems]
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
    """The names of the folders ``submitted/<student>/`` holding the bloc (ids not checked yet)."""
    base = course.submitted_root
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / bloc).is_dir())


def checked_students(students: list[str]) -> tuple[list[str], list[str]]:
    """The candidate ids grading may use, and a French line for each one refused (named safely).

    An id names folders, gradebook rows and table cells: ``=2+5`` would be a formula in a spreadsheet,
    ``../x`` a path elsewhere, a line break a forged line in a report.
    """
    kept, refused = [], []
    for student in students:
        problem = quoting.id_problem(student)
        if problem:
            refused.append(problem)
        elif student not in kept:
            kept.append(student)
    return kept, refused


def grade_bloc(course: Course, bloc: str, students: list[str] | None = None,
               limits: Limits | None = None, jobs: int | None = None,
               listener: GradingListener | None = None) -> GradingReport:
    """Grade the collected hand-ins of a bloc; a broken hand-in never stops the batch.

    Candidates' notebooks run in the sandbox, ``jobs`` notebooks at a time (one per core by default),
    a candidate's side by side, candidates in turn; as each candidate's copies are staged, nbgrader
    records them and writes the feedback, in this thread, while the others still run. ``listener``
    hears of each candidate once recorded.
    """
    return grade_blocs(course, {bloc: students}, limits, jobs, listener)[bloc]


def grade_blocs(course: Course, blocs: dict[str, list[str] | None], limits: Limits | None = None,
                jobs: int | None = None, listener: GradingListener | None = None) -> dict[str, GradingReport]:
    """Grade several blocs as one batch (bloc -> candidates, None: every hand-in of the bloc).

    One pool of sandboxes serves every bloc: while the last candidates of a bloc are recorded, the
    next bloc's notebooks already run, and the cores never wait for a bloc's tail. The sandbox is
    tested once for the batch. ``listener`` hears of every (bloc, candidate) pair, ``result.bloc`` says
    which.
    """
    for bloc in blocs:
        if bloc not in course.blocs():
            raise CourseError(f"Bloc inconnu : « {bloc} ». Blocs du cours : {', '.join(course.blocs())}.")
    reason = sandbox.available() or sandbox.self_test()
    if reason:
        raise CourseError(f"Correction impossible sur cette machine : {reason}")
    chosen: dict[str, tuple[list[str], list[str]]] = {}
    for bloc, students in blocs.items():
        # The gradebook must know the assignment's cells (and the hidden tests) before autograding.
        ensure_release(course, bloc)
        kept, refused = checked_students(students or submitted_students(course, bloc))
        if not kept:
            raise CourseError("\n".join([f"Aucune copie à corriger dans submitted/*/{bloc}/.", *refused]))
        chosen[bloc] = (kept, refused)
    with Gradebook(course.gradebook_url) as gb:
        for student in dict.fromkeys(s for kept, _ in chosen.values() for s in kept):
            gb.update_or_create_student(student)

    limits = limits or Limits()
    if listener:
        listener.started(sum(len(kept) for kept, _ in chosen.values()))
    done: dict[tuple[str, str], StudentResult] = {}
    with tempfile.TemporaryDirectory(prefix="cmcert-grade-") as tmp:
        width = jobs or os.cpu_count() or 1
        # Two pools: candidates (each waits for its notebooks) and notebooks (the sandboxes, `width` at a
        # time). A candidate's thread never runs a notebook, so waiting on the notebooks' pool cannot block it.
        with ThreadPoolExecutor(max_workers=width, thread_name_prefix="cmcert-notebook") as notebooks, \
                ThreadPoolExecutor(max_workers=width, thread_name_prefix="cmcert-candidate") as pool:
            pending = [pool.submit(_stage_timed, course, bloc, student, Path(tmp), limits, notebooks)
                       for bloc, (kept, _) in chosen.items() for student in kept]
            for future in as_completed(pending):
                result, began = future.result()
                _finish(course, Path(tmp), result)
                result.seconds = time.monotonic() - began
                done[(result.bloc, result.student)] = result
                if listener:
                    listener.finished(result)

    reports = {}
    for bloc, (kept, refused) in chosen.items():
        grades_csv, integrity = write_tables(course, bloc, refused)
        reports[bloc] = GradingReport(bloc, [done[(bloc, student)] for student in kept], grades_csv,
                                      course.feedback_root, integrity, refused, isolation=sandbox.degraded())
    return reports


def _finish(course: Course, staging: Path, result: StudentResult) -> None:
    """Record a staged candidate in the gradebook, read back their grades and keep their record."""
    if result.staged:
        _record(course, result.bloc, staging, result)
    with Gradebook(course.gradebook_url) as gb:
        result.notebooks = notebook_grades(gb, result.bloc, result.student)
    try:
        save_record(course, result.bloc, result)
    except OSError as exc:
        result.problems.append(f"le relevé de correction n'a pas pu être enregistré ({exc.strerror}).")


def write_tables(course: Course, bloc: str, refused: list[str] | tuple[str, ...] = ()) -> tuple[Path, Path]:
    """The grades table and the integrity report, for every candidate graded so far (not only a batch).

    The report also lists every hand-in of ``submitted/`` that grading refuses (an impossible candidate id),
    and ``refused``, what this run was asked to grade and refused.
    """
    refused = list(dict.fromkeys([*checked_students(submitted_students(course, bloc))[1], *refused]))
    everyone = [load_record(course, bloc, student) for student in recorded_students(course, bloc)]
    with Gradebook(course.gradebook_url) as gb:
        grades = cohort_grades(gb, bloc, [result.student for result in everyone])
    for result in everyone:
        result.notebooks = grades[result.student]
    return (write_grades_table(course, bloc, everyone),
            write_integrity_report(course, bloc, everyone, list(refused)))


def _stage_timed(course: Course, bloc: str, student: str, staging: Path,
                 limits: Limits, notebooks: Executor | None = None) -> tuple[StudentResult, float]:
    """:func:`_stage`, with the moment it began (a candidate's time runs from there to their recording).

    Whatever happens while one candidate is graded stays with that candidate: the batch goes on.
    """
    began = time.monotonic()
    try:
        return _stage(course, bloc, student, staging, limits, notebooks), began
    except Exception as exc:  # noqa: BLE001 - one hand-in must never stop the batch
        result = StudentResult(student, bloc=bloc)
        result.problems.append(f"la correction de cette copie a échoué ({type(exc).__name__}) : aucune note "
                               "automatique ; signalez-le à l'équipe du cours.")
        return result, began


def _stage(course: Course, bloc: str, student: str, staging: Path, limits: Limits,
           notebooks: Executor | None = None) -> StudentResult:
    """Run and score one candidate's hand-in into staging/<student>/<bloc>/ (the trusted copies)."""
    result = StudentResult(student, bloc=bloc)
    if not course.submitted(student, bloc).is_dir():
        result.problems.append(f"aucune copie rendue pour {bloc}.")
        return result
    grading = stage_candidate(student, course.submitted(student, bloc), course.release(bloc),
                              course.source(bloc), staging / student / bloc, limits, notebooks)
    result.integrity = grading.notes
    result.run_seconds = [r.seconds for r in grading.runs if r.status != "absent"]
    failures = [f"== {run.name}\n{run.failure}" for run in grading.runs if run.failure]
    if failures:  # what the course's team needs to find grading's own fault (the candidate's note says to ask)
        log = course.grading_records(bloc) / f"{student}.erreurs.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("\n".join(failures), encoding="utf-8", errors="replace")
        result.problems.append(f"la correction a échoué sur {len(failures)} notebook(s) ; détails pour l'équipe du "
                               f"cours : {log}")
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
    try:
        step = nbgrader_steps.autograde_prescored(course.root, bloc, result.student, staging)
    except Exception as exc:  # noqa: BLE001 - a candidate's copies that nbgrader cannot record stay with them
        step = nbgrader_steps.StepResult(False, f"{type(exc).__name__}: {exc}")
    if step.ok:
        # The feedback shows nbgrader's automatic comments: French before it is written.
        with Gradebook(course.gradebook_url) as gb:
            _translate_auto_comments(gb, bloc, result.student)
        step = nbgrader_steps.generate_feedback(course.root, bloc, result.student)
        if not step.ok:
            result.problems.append("le retour HTML n'a pas pu être généré.")
        return
    log = course.grading_records(bloc) / f"{result.student}.nbgrader.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(step.log, encoding="utf-8")
    result.problems.append(f"l'enregistrement des notes dans le carnet a échoué ; journal de nbgrader : {log}")


def _translate_auto_comments(gb: Gradebook, bloc: str, student: str) -> None:
    """nbgrader's English automatic comments on one candidate's hand-in, in French (the cohort's others
    were translated when they were recorded)."""
    from nbgrader.api import Comment, SubmittedAssignment, SubmittedNotebook

    comments = (
        gb.db.query(Comment)
        .join(SubmittedNotebook)
        .join(SubmittedAssignment)
        .filter(SubmittedAssignment.assignment.has(name=bloc))
        .filter(SubmittedAssignment.student_id == student)
        .filter(Comment.auto_comment.in_(list(NO_RESPONSE)))
    )
    for comment in comments:
        comment.auto_comment = NO_RESPONSE[comment.auto_comment]
    gb.db.commit()


RECORD_BYTES = 8 * 1024 * 1024


def save_record(course: Course, bloc: str, result: StudentResult) -> None:
    """Keep a candidate's last grading problems and integrity summary (notes/<bloc>/<student>.json).

    Written whole or not at all (a temporary file, then renamed over the old record): a run killed
    midway leaves the previous record, never half of one.
    """
    path = course.grading_record(result.student, bloc)
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {"problems": [quoting.clean(p) for p in result.problems],
              "integrity": [{"kind": quoting.clean(n.kind), "text": quoting.clean(n.text),
                             "suspicious": bool(n.suspicious)} for n in result.integrity]}
    text = json.dumps(record, ensure_ascii=False, indent=1)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_record(course: Course, bloc: str, student: str) -> StudentResult:
    """A candidate's last record; a damaged one is reported (French) rather than stopping the tables."""
    path = course.grading_record(student, bloc)
    try:
        with path.open("rb") as handle:
            data = handle.read(RECORD_BYTES + 1)
        record = untrusted.loads(data, RECORD_BYTES).value
        problems, integrity = record["problems"], record["integrity"]
        if not isinstance(problems, list) or not all(isinstance(p, str) for p in problems):
            raise TypeError("problems")
        if not isinstance(integrity, list):
            raise TypeError("integrity")
        notes = [Note(str(n["kind"]), str(n["text"]), bool(n["suspicious"])) for n in integrity]
    except (OSError, untrusted.Rejected, KeyError, TypeError, AttributeError):
        damaged = (f"relevé de correction abîmé ou illisible ({path.parent.name}/{path.name}) : corrigez de "
                   f"nouveau ce candidat (cmcert grade {bloc} --student {student}).")
        return StudentResult(student, problems=[damaged])
    return StudentResult(student, problems=problems, integrity=notes)


def recorded_students(course: Course, bloc: str) -> list[str]:
    """The candidates with a record for the bloc (files named after an id grading accepts)."""
    folder = course.grading_records(bloc)
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json") if quoting.SAFE_ID.fullmatch(p.stem))


def write_grades_table(course: Course, bloc: str, results: list[StudentResult]) -> Path:
    """A table a trainer opens in a French spreadsheet: ';' separators, decimal commas, no formula."""
    out = course.grades_table(bloc)
    out.parent.mkdir(exist_ok=True)
    rows = [["Candidat", "Notebook", "Points automatiques", "Maximum automatique",
             "Points manuels attribués", "Maximum manuel", "Réponses à corriger", "Problèmes"]]
    for res in results:
        for nb in res.notebooks:
            rows.append([res.student, nb.notebook, french.number(nb.auto_score), french.number(nb.auto_max),
                         french.number(nb.manual_score), french.number(nb.manual_max), str(nb.manual_pending),
                         " | ".join(quoting.one_line(p, 400) for p in res.problems)])
    with out.open("w", encoding="utf-8-sig", errors="replace", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerows([quoting.spreadsheet(cell) for cell in row] for row in rows)
    return out


def write_integrity_report(course: Course, bloc: str, results: list[StudentResult],
                           refused: list[str] | None = None) -> Path:
    """The trainer's review list: per candidate, what grading restored and what looked like tampering.

    Every line a candidate could have shaped (ids, file and cell names, error messages) is quoted on one
    line with its Markdown escaped: nothing in a hand-in can forge a section or a line of this report.
    """
    out = course.integrity_report(bloc)
    out.parent.mkdir(exist_ok=True)
    lines = [f"# Rapport d'intégrité de la correction — {bloc}", "",
             ("Pour chaque candidat : ce que la correction a rétabli ou ignoré dans la copie rendue. "
              "Les lignes marquées ⚠ ressemblent à une manipulation et méritent un examen. "
              "Les copies rendues n'ont pas été modifiées."), ""]
    if refused:
        lines += ["## Copies non corrigées", ""]
        lines += [f"- {quoting.markdown(line, 600)}" for line in refused]
        lines.append("")
    for res in results:
        # Ids grading accepted are letters, digits and separators (quoting.SAFE_ID): shown as they are.
        student = res.student if quoting.SAFE_ID.fullmatch(res.student) else quoting.markdown(res.student, 64)
        lines.append(f"## {student}")
        lines.append("")
        entries = [f"- {_kind(note)} {quoting.markdown(note.text, 600)}" for note in res.integrity]
        entries += [f"- [problème] {quoting.markdown(p, 600)}" for p in res.problems]
        lines += entries or ["- rien à signaler."]
        lines.append("")
    text = "\n".join(lines)
    out.write_text(text, encoding="utf-8", errors="replace")
    return out


def _kind(note: Note) -> str:
    # Grading's own words; the brackets link nowhere (no candidate text can define a link target here).
    return f"[{quoting.one_line(note.kind, 20)}{' ⚠' if note.suspicious else ''}]"
