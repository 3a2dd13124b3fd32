"""Scores out of nbgrader's gradebook: the one reader of what nbgrader recorded for the course.

nbgrader keeps, per candidate, hand-in and graded cell, an automatic score, a
trainer's manual score and whether the cell still needs a trainer.  Grading
(:mod:`cmcert_lib.grading.batch`: per-notebook totals of the grades table), the
report (:mod:`cmcert_lib.report`: every cell of every hand-in) and the grading
tool (the candidates' names) read them here, as plain dataclasses.

The rubric store (:mod:`cmcert_lib.marking.store`) writes a trainer's manual score
in the same database; it reads nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cmcert_lib.layout import Course

__all__ = [
    "Candidate",
    "CellScore",
    "GradebookData",
    "NotebookGrade",
    "candidates",
    "cohort_grades",
    "notebook_grades",
    "read_gradebook",
]


@dataclass(frozen=True)
class Candidate:
    id: str
    first_name: str = ""
    last_name: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name or ''} {self.last_name or ''}".strip()

    @property
    def name(self) -> str:
        return self.full_name or self.id


@dataclass(frozen=True)
class CellScore:
    """One candidate's grade on one graded cell, as the gradebook holds it."""

    score: float  # nbgrader's score: the manual score when set, else the automatic one
    max_score: float
    needs_manual_grade: bool
    auto_score: float | None = None
    manual_score: float | None = None

    @property
    def blank(self) -> bool:
        """An answer nbgrader scored 0 by itself because it was left unchanged (no trainer needed)."""
        return not self.needs_manual_grade and self.manual_score is None and self.auto_score == 0


@dataclass
class NotebookGrade:
    """One candidate's totals on one notebook of a bloc."""

    notebook: str
    auto_score: float  # points earned on autograded test cells
    auto_max: float
    manual_max: float
    manual_pending: int  # manually graded cells still waiting for a trainer
    manual_score: float  # points already given by trainers


@dataclass
class GradebookData:
    """The part of the gradebook the report needs, for the blocs of the course."""

    candidates: list[Candidate] = field(default_factory=list)
    # (bloc, student) for every hand-in recorded, whatever it contains
    submissions: set[tuple[str, str]] = field(default_factory=set)
    # (bloc, student) -> notebook stems recorded for that hand-in
    notebooks: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # (bloc, student, notebook, cell) -> score
    cells: dict[tuple[str, str, str, str], CellScore] = field(default_factory=dict)


def candidates(gb) -> list[Candidate]:
    """Every candidate of the gradebook (an open :class:`nbgrader.api.Gradebook`), by id."""
    return [Candidate(s.id, s.first_name or "", s.last_name or "") for s in sorted(gb.students, key=lambda s: s.id)]


def notebook_grades(gb, bloc: str, student: str) -> list[NotebookGrade]:
    """Per-notebook totals for one candidate, from the gradebook (0 where not graded)."""
    return cohort_grades(gb, bloc, [student])[student]


def cohort_grades(gb, bloc: str, students: list[str]) -> dict[str, list[NotebookGrade]]:
    """Per-notebook totals for each of ``students`` (an open :class:`nbgrader.api.Gradebook`), notebooks by name.

    Four queries whatever the cohort: nbgrader's objects, loaded one relation at a time, took a query per
    notebook, cell and grade (about a second a candidate on a bloc of eight notebooks, paid again by every
    grades table).
    """
    from nbgrader.api import (
        BaseCell,
        Grade,
        GradeCell,
        Notebook,
        SolutionCell,
        SubmittedAssignment,
        SubmittedNotebook,
    )
    from sqlalchemy import select

    assignment = gb.find_assignment(bloc)  # MissingEntry for a bloc the gradebook does not know
    notebooks = gb.db.execute(select(Notebook.id, Notebook.name).where(Notebook.assignment_id == assignment.id)
                              .order_by(Notebook.name)).all()
    ids = [notebook_id for notebook_id, _ in notebooks]
    graded: dict[str, list[tuple[str, str, float]]] = {notebook_id: [] for notebook_id in ids}
    for notebook_id, name, cell_type, max_score in gb.db.execute(
            select(GradeCell.notebook_id, GradeCell.name, GradeCell.cell_type, GradeCell.max_score)
            .where(GradeCell.notebook_id.in_(ids))):
        graded[notebook_id].append((name, cell_type, max_score))
    answers: dict[str, set[str]] = {notebook_id: set() for notebook_id in ids}
    for notebook_id, name in gb.db.execute(select(SolutionCell.notebook_id, SolutionCell.name)
                                           .where(SolutionCell.notebook_id.in_(ids))):
        answers[notebook_id].add(name)
    scores: dict[tuple[str, str], dict[str, CellScore]] = {}
    found = gb.db.execute(
        select(SubmittedAssignment.student_id, SubmittedNotebook.notebook_id, BaseCell.name, Grade.auto_score,
               Grade.manual_score, Grade.needs_manual_grade)
        .join(SubmittedNotebook, Grade.notebook_id == SubmittedNotebook.id)
        .join(SubmittedAssignment, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
        .join(BaseCell, Grade.cell_id == BaseCell.id)
        .where(SubmittedAssignment.assignment_id == assignment.id, SubmittedAssignment.student_id.in_(students)))
    for student, notebook_id, cell, auto, manual, needs_manual_grade in found:
        # Only these three fields are read below; the maximum comes from the grade cell.
        scores.setdefault((student, notebook_id), {})[cell] = CellScore(
            0.0, 0.0, bool(needs_manual_grade), auto_score=auto, manual_score=manual)
    return {student: [_totals(name, graded[notebook_id], answers[notebook_id],
                              scores.get((student, notebook_id), {}))
                      for notebook_id, name in notebooks]
            for student in students}


def _totals(notebook: str, graded: list[tuple[str, str, float]], answers: set[str],
            scores: dict[str, CellScore]) -> NotebookGrade:
    auto = auto_max = manual_max = manual_score = 0.0
    pending = 0
    for name, cell_type, max_score in graded:
        score = scores.get(name)
        if cell_type == "code" and name not in answers:
            auto_max += max_score
            if score is not None:
                auto += score.auto_score or 0.0
        else:
            manual_max += max_score
            # A trainer's score stands; grading the same hand-in again re-flags the cell in
            # nbgrader (needs_manual_grade) but keeps that score.
            if score is not None and score.manual_score is not None:
                manual_score += score.manual_score
            elif score is None or score.needs_manual_grade:
                pending += 1
    return NotebookGrade(notebook, auto, auto_max, manual_max, pending, manual_score)


def read_gradebook(db_url: str, blocs: list[str], course_root: Path | None = None) -> GradebookData:
    """Candidates, hand-ins and cell scores of ``blocs`` from nbgrader's gradebook.

    nbgrader records a notebook missing from a hand-in as a notebook scored 0, like a
    blank one; the hand-in folder ``submitted/<student>/<bloc>/`` of ``course_root``,
    when it is still there, tells the two apart.

    Three queries read the whole cohort (hand-ins, their notebooks, their grades): nbgrader's
    objects, loaded one relation at a time, took a query per hand-in, notebook and grade.
    """
    from nbgrader.api import (
        Assignment,
        BaseCell,
        Grade,
        Gradebook,
        GradeCell,
        Notebook,
        SubmittedAssignment,
        SubmittedNotebook,
        TaskCell,
    )
    from sqlalchemy import func, select

    course = Course(Path(course_root)) if course_root else None
    data = GradebookData()
    with Gradebook(db_url) as gb:
        data.candidates = candidates(gb)
        handed_in = (select(Assignment.name, SubmittedAssignment.student_id)
                     .join(Assignment, SubmittedAssignment.assignment_id == Assignment.id)
                     .where(Assignment.name.in_(blocs)))
        for bloc, student in gb.db.execute(handed_in):
            data.submissions.add((bloc, student))
            data.notebooks.setdefault((bloc, student), set())
        notebooks = handed_in.add_columns(Notebook.name).join(
            SubmittedNotebook, SubmittedNotebook.assignment_id == SubmittedAssignment.id).join(
            Notebook, SubmittedNotebook.notebook_id == Notebook.id)
        folders: dict[tuple[str, str], Path | None] = {}
        for bloc, student, notebook in gb.db.execute(notebooks):
            if (bloc, student) not in folders:
                folder = course.submitted(student, bloc) if course else None
                folders[(bloc, student)] = folder if folder is not None and folder.is_dir() else None
            folder = folders[(bloc, student)]
            if folder is None or (folder / f"{notebook}.ipynb").is_file():
                data.notebooks[(bloc, student)].add(notebook)
        # A grade's maximum is its grade cell's or its task cell's (nbgrader's Grade.max_score), read by
        # joins rather than nbgrader's two subqueries a row.
        grade_cells, task_cells = GradeCell.__table__, TaskCell.__table__
        grades = notebooks.add_columns(
            BaseCell.name, Grade.score, func.coalesce(grade_cells.c.max_score, task_cells.c.max_score, 0.0),
            Grade.needs_manual_grade, Grade.auto_score, Grade.manual_score).join(
            Grade, Grade.notebook_id == SubmittedNotebook.id).join(BaseCell, Grade.cell_id == BaseCell.id).outerjoin(
            grade_cells, grade_cells.c.id == Grade.cell_id).outerjoin(task_cells, task_cells.c.id == Grade.cell_id)
        for bloc, student, notebook, cell, score, max_score, needs_manual_grade, auto, manual in gb.db.execute(grades):
            data.cells[(bloc, student, notebook, cell)] = CellScore(
                score=float(score or 0.0), max_score=float(max_score or 0.0),
                needs_manual_grade=bool(needs_manual_grade), auto_score=auto, manual_score=manual)
    return data
