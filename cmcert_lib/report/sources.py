"""What the competency report reads: source notebooks, the gradebook and the rubric grades.

Everything is read into plain dataclasses first, so that the status computation
(:mod:`cmcert_lib.report.model`) is a pure function that tests feed by hand.

- Which cell evidences which competency comes from ``source/<bloc>/*.ipynb``
  only (``metadata.cmcert``): a submission's metadata is the candidate's and is
  never trusted.
- Scores come from nbgrader's gradebook (one score per graded cell).
- Per-criterion levels come from the rubric store (:mod:`cmcert_lib.marking.store`),
  through :class:`RubricSource`, which tests replace by a fake.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import nbformat

BLOC_FOLDER = re.compile(r"^bloc(?P<number>[1-9])$")
QUESTION_HEADING = re.compile(r"^#{2,4}\s+(?P<title>(Question|Exercice)\b.*)$", re.MULTILINE)
TITLE_HEADING = re.compile(r"^#\s+(?P<title>.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Question:
    """A graded cell of a source notebook: what it is worth and which competencies it evidences."""

    bloc: str  # assignment name, "bloc1"
    notebook: str  # notebook stem, "01_brief"
    cell: str  # grade_id
    kind: str  # "auto" (test cell) or "manual" (answer graded by a trainer)
    points: float
    competencies: tuple[str, ...]
    criteria: tuple[str, ...] = ()  # referential criterion ids of a manual cell
    title: str = ""  # French heading of the question ("Question 1.1 — Taux d'engagement ...")
    notebook_title: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return self.bloc, self.notebook, self.cell

    @property
    def label(self) -> str:
        return f"{self.notebook} · {self.title or self.cell}"


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


@dataclass(frozen=True)
class Candidate:
    id: str
    first_name: str = ""
    last_name: str = ""

    @property
    def name(self) -> str:
        full = f"{self.first_name or ''} {self.last_name or ''}".strip()
        return full or self.id


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


# --- source notebooks ------------------------------------------------------------


def course_blocs(course_root: Path) -> dict[int, str]:
    """Referential bloc number -> assignment name, for every bloc with source notebooks."""
    found = {}
    source = Path(course_root) / "source"
    if source.is_dir():
        for folder in sorted(source.iterdir()):
            match = BLOC_FOLDER.match(folder.name)
            if match and folder.is_dir() and any(folder.glob("*.ipynb")):
                found[int(match["number"])] = folder.name
    return found


def questions_of(course_root: Path, bloc: str) -> list[Question]:
    """The graded cells of ``source/<bloc>/*.ipynb``, in notebook order."""
    questions = []
    for path in sorted((Path(course_root) / "source" / bloc).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        notebook_title = ""
        heading = ""
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                if not notebook_title and (m := TITLE_HEADING.search(cell.source)):
                    notebook_title = m["title"].strip()
                found = QUESTION_HEADING.findall(cell.source)
                if found:
                    heading = found[-1][0].strip()
            meta = cell.metadata.get("nbgrader", {})
            if not meta.get("grade"):
                continue
            cmcert = cell.metadata.get("cmcert", {})
            manual = bool(meta.get("solution")) or cell.cell_type == "markdown"
            questions.append(Question(
                bloc=bloc,
                notebook=path.stem,
                cell=meta["grade_id"],
                kind="manual" if manual else "auto",
                points=float(meta.get("points", 0)),
                competencies=tuple(cmcert.get("competencies", ())),
                criteria=tuple(cmcert.get("criteria", ())),
                title=heading,
                notebook_title=notebook_title,
            ))
    # Two graded cells under one heading (an exercise with two exports) need telling apart.
    seen: dict[tuple[str, str], int] = {}
    for q in questions:
        seen[(q.notebook, q.title)] = seen.get((q.notebook, q.title), 0) + 1
    return [replace(q, title=f"{q.title} [{q.cell}]") if q.title and seen[(q.notebook, q.title)] > 1 else q
            for q in questions]


# --- gradebook ---------------------------------------------------------------------


def read_gradebook(db_url: str, blocs: list[str], course_root: Path | None = None) -> GradebookData:
    """Candidates, hand-ins and cell scores of ``blocs`` from nbgrader's gradebook.

    nbgrader records a notebook missing from a hand-in as a notebook scored 0, like a
    blank one; the hand-in folder ``submitted/<student>/<bloc>/`` of ``course_root``,
    when it is still there, tells the two apart.
    """
    from nbgrader.api import Gradebook, MissingEntry

    data = GradebookData()
    with Gradebook(db_url) as gb:
        data.candidates = [Candidate(s.id, s.first_name or "", s.last_name or "")
                           for s in sorted(gb.students, key=lambda s: s.id)]
        known = {a.name for a in gb.assignments}
        for bloc in blocs:
            if bloc not in known:
                continue
            for candidate in data.candidates:
                try:
                    submission = gb.find_submission(bloc, candidate.id)
                except MissingEntry:
                    continue
                data.submissions.add((bloc, candidate.id))
                names = data.notebooks.setdefault((bloc, candidate.id), set())
                folder = Path(course_root) / "submitted" / candidate.id / bloc if course_root else None
                for notebook in submission.notebooks:
                    if folder is None or not folder.is_dir() or (folder / f"{notebook.name}.ipynb").is_file():
                        names.add(notebook.name)
                    for grade in notebook.grades:
                        data.cells[(bloc, candidate.id, notebook.name, grade.name)] = CellScore(
                            score=float(grade.score or 0.0),
                            max_score=float(grade.max_score or 0.0),
                            needs_manual_grade=bool(grade.needs_manual_grade),
                            auto_score=grade.auto_score,
                            manual_score=grade.manual_score,
                        )
    return data


# --- rubric grades -------------------------------------------------------------------


@dataclass(frozen=True)
class RubricCriterion:
    """A rubric criterion as the report needs it."""

    id: str
    title: str
    referential: str
    competencies: tuple[str, ...]
    max_points: float


@dataclass(frozen=True)
class RubricJudgement:
    """A trainer's level on one criterion for one candidate."""

    student: str
    notebook: str
    cell: str
    criterion: str
    level: str
    remark: str
    points: float
    max_points: float
    needs_review: bool = False
    grader: str = ""
    saved_at: str = ""


@dataclass(frozen=True)
class RubricSource:
    """Where the rubric scale, the rubrics and the trainers' judgements come from.

    :meth:`standard` reads :mod:`cmcert_lib.authoring.rubrics` and :mod:`cmcert_lib.marking.store`;
    tests build one by hand.
    """

    levels: tuple[tuple[str, str], ...]  # (key, French label), lowest first
    mastered_from: str
    # (course_root, bloc) -> {(notebook, cell): [RubricCriterion, ...]}
    rubrics: Callable[[Path, str], dict[tuple[str, str], list[RubricCriterion]]]
    # (db_url, bloc) -> [RubricJudgement, ...]
    judgements: Callable[[str, str], list[RubricJudgement]]

    @classmethod
    def standard(cls) -> RubricSource:
        from cmcert_lib.authoring import rubrics

        def load(course_root: Path, bloc: str) -> dict[tuple[str, str], list[RubricCriterion]]:
            rubric_file = Path(course_root) / "course" / bloc / "rubriques.toml"
            if not rubric_file.is_file():
                return {}
            return {
                key: [RubricCriterion(c.id, c.title, c.referential, tuple(c.competencies),
                                      float(c.max_points)) for c in rubric.criteria]
                for key, rubric in rubrics.load_rubrics(Path(course_root), bloc).items()
            }

        def judged(db_url: str, bloc: str) -> list[RubricJudgement]:
            from cmcert_lib.marking import store as rubric_store

            return [
                RubricJudgement(j.student, j.notebook, j.cell, j.criterion, j.level, j.remark or "",
                                float(j.points), float(j.max_points), bool(j.needs_review),
                                j.grader or "", j.saved_at or "")
                for j in rubric_store.judgements(db_url, bloc)
            ]

        return cls(
            levels=tuple((level.key, level.label) for level in rubrics.LEVELS),
            mastered_from=rubrics.MASTERED_FROM,
            rubrics=load,
            judgements=judged,
        )

    def label(self, key: str | None) -> str:
        return dict(self.levels).get(key or "", key or "")

    def rank(self, key: str) -> int:
        keys = [k for k, _ in self.levels]
        return keys.index(key) if key in keys else -1
