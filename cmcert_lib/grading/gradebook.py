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


def _cell_score(grade) -> CellScore:
    return CellScore(
        score=float(grade.score or 0.0),
        max_score=float(grade.max_score or 0.0),
        needs_manual_grade=bool(grade.needs_manual_grade),
        auto_score=grade.auto_score,
        manual_score=grade.manual_score,
    )


def candidates(gb) -> list[Candidate]:
    """Every candidate of the gradebook (an open :class:`nbgrader.api.Gradebook`), by id."""
    return [Candidate(s.id, s.first_name or "", s.last_name or "") for s in sorted(gb.students, key=lambda s: s.id)]


def _notebook_scores(gb, bloc: str, notebook: str, student: str) -> dict[str, CellScore]:
    from nbgrader.api import MissingEntry

    try:
        submitted = gb.find_submission_notebook(notebook, bloc, student)
    except MissingEntry:
        return {}
    return {grade.name: _cell_score(grade) for grade in submitted.grades}


def notebook_grades(gb, bloc: str, student: str) -> list[NotebookGrade]:
    """Per-notebook totals for one candidate, from the gradebook (0 where not graded)."""
    assignment = gb.find_assignment(bloc)
    grades = []
    for notebook in assignment.notebooks:
        auto = auto_max = manual_max = manual_score = 0.0
        pending = 0
        scores = _notebook_scores(gb, bloc, notebook.name, student)
        answers = {c.name for c in notebook.solution_cells}
        for cell in notebook.grade_cells:
            score = scores.get(cell.name)
            if cell.cell_type == "code" and cell.name not in answers:
                auto_max += cell.max_score
                if score is not None:
                    auto += score.auto_score or 0.0
            else:
                manual_max += cell.max_score
                # A trainer's score stands; grading the same hand-in again re-flags the cell in
                # nbgrader (needs_manual_grade) but keeps that score.
                if score is not None and score.manual_score is not None:
                    manual_score += score.manual_score
                elif score is None or score.needs_manual_grade:
                    pending += 1
        grades.append(NotebookGrade(notebook.name, auto, auto_max, manual_max, pending, manual_score))
    return grades


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
