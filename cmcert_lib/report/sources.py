"""What the competency report reads: source notebooks, the gradebook and the rubric grades.

Everything is read into plain dataclasses first, so that the status computation
(:mod:`cmcert_lib.report.model`) is a pure function that tests feed by hand.

- Which cell evidences which competency comes from ``source/<bloc>/*.ipynb``
  only (``metadata.cmcert``): a submission's metadata is the candidate's and is
  never trusted.
- Scores come from nbgrader's gradebook, read by :mod:`cmcert_lib.grading.gradebook`.
- The rubrics (:mod:`cmcert_lib.authoring.rubrics`) and the trainers' per-criterion
  judgements (:mod:`cmcert_lib.marking.store`) come through :class:`RubricSource`,
  which tests replace by a fake built on the same records.
- The jury's combined grades of the oral defence of a bloc that has one
  (:mod:`cmcert_lib.facts.soutenance`) come through :attr:`RubricSource.orals`
  (:func:`cmcert_lib.marking.jury.oral_evidence`); the oral is one more rubric-graded
  :class:`Question`, of kind ``"oral"``, that no notebook holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import nbformat

from cmcert_lib.authoring import cells
from cmcert_lib.authoring.rubrics import LEVELS, MASTERED_FROM, Rubric, load_rubrics
from cmcert_lib.facts import referential, soutenance
from cmcert_lib.layout import Course

if TYPE_CHECKING:
    from cmcert_lib.marking.store import Judgement

BLOC_FOLDER = re.compile(r"^bloc(?P<number>[1-9])$")
QUESTION_HEADING = re.compile(r"^#{2,4}\s+(?P<title>(Question|Exercice)\b.*)$", re.MULTILINE)
TITLE_HEADING = re.compile(r"^#\s+(?P<title>.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Question:
    """A graded cell of a source notebook: what it is worth and which competencies it evidences."""

    bloc: str  # assignment name, "bloc1"
    notebook: str  # notebook stem, "01_brief"
    cell: str  # grade_id
    kind: str  # "auto" (test cell), "manual" (answer graded by a trainer) or "oral" (graded by the jury)
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


# --- source notebooks ------------------------------------------------------------


def course_blocs(course_root: Path) -> dict[int, str]:
    """Referential bloc number -> assignment name, for every bloc with source notebooks.

    An assignment named ``bloc<N>`` is bloc N; one named otherwise is the bloc of the
    competencies its graded cells evidence, when they all belong to one bloc that no
    ``bloc<N>`` assignment claims (the first such assignment by name).
    """
    named: dict[int, str] = {}
    other: dict[int, str] = {}
    source = Course(Path(course_root)).source_root
    if source.is_dir():
        for folder in sorted(source.iterdir()):
            if not folder.is_dir() or not any(folder.glob("*.ipynb")):
                continue
            match = BLOC_FOLDER.match(folder.name)
            if match:
                named[int(match["number"])] = folder.name
                continue
            numbers = {referential.competency(code).bloc for q in questions_of(course_root, folder.name)
                       for code in q.competencies if referential.is_competency_code(code)}
            if len(numbers) == 1:
                other.setdefault(numbers.pop(), folder.name)
    return dict(sorted({**other, **named}.items()))


def questions_of(course_root: Path, bloc: str) -> list[Question]:
    """The graded cells of ``source/<bloc>/*.ipynb``, in notebook order."""
    questions = []
    for path in sorted(Course(Path(course_root)).source(bloc).glob("*.ipynb")):
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
            if not cells.is_graded(cell):
                continue
            questions.append(Question(
                bloc=bloc,
                notebook=path.stem,
                cell=cells.grade_id(cell),
                kind="manual" if cells.is_manual(cell) else "auto",
                points=cells.points(cell),
                competencies=cells.competencies(cell),
                criteria=cells.criteria(cell),
                title=heading,
                notebook_title=notebook_title,
            ))
    # Two graded cells under one heading (an exercise with two exports) need telling apart.
    seen: dict[tuple[str, str], int] = {}
    for q in questions:
        seen[(q.notebook, q.title)] = seen.get((q.notebook, q.title), 0) + 1
    return [replace(q, title=f"{q.title} [{q.cell}]") if q.title and seen[(q.notebook, q.title)] > 1 else q
            for q in questions]


# --- the oral defence ---------------------------------------------------------------

ORAL_TITLE = "Soutenance orale"


class OralRecords(Protocol):
    """What the report reads of a bloc's oral: :class:`cmcert_lib.marking.jury.OralEvidence`."""

    @property
    def rubric(self) -> Rubric | None: ...  # None: the bloc has no oral

    @property
    def judgements(self) -> tuple[Judgement, ...]: ...  # combined jury levels of the orals that count

    @property
    def notes(self) -> dict[str, str]: ...  # candidate -> French reason their oral does not count yet


@dataclass(frozen=True)
class NoOral:
    """The records of a bloc without oral (an :class:`OralRecords`)."""

    rubric: None = None
    judgements: tuple = ()
    notes: dict[str, str] = field(default_factory=dict)


def no_oral(course_root: Path, db_url: str, bloc: str) -> NoOral:
    return NoOral()


def oral_question(rubric: Rubric) -> Question:
    """The oral of a bloc as a question of the report, worth its rubric's points."""
    codes = tuple(dict.fromkeys(code for c in rubric.criteria for code in c.competencies))
    refs = tuple(dict.fromkeys(c.referential for c in rubric.criteria))
    return Question(bloc=rubric.bloc, notebook=rubric.notebook, cell=rubric.cell, kind="oral",
                    points=rubric.max_points, competencies=codes, criteria=refs, title=ORAL_TITLE,
                    notebook_title="Soutenance orale devant le jury")


def oral_records(source: RubricSource, course_root: Path, db_url: str,
                 blocs: dict[int, str]) -> dict[str, OralRecords]:
    """Assignment -> its oral's records, for the blocs evaluated at an oral too (facts.soutenance)."""
    return {name: source.orals(Path(course_root), db_url, name) for number, name in blocs.items()
            if soutenance.oral_format(number) is not None}


# --- rubric grades -------------------------------------------------------------------


@dataclass(frozen=True)
class RubricSource:
    """Where the rubric scale, the rubrics and the trainers' judgements come from.

    :meth:`standard` reads :mod:`cmcert_lib.authoring.rubrics` and :mod:`cmcert_lib.marking.store`;
    tests build one by hand.
    """

    levels: tuple[tuple[str, str], ...]  # (key, French label), lowest first
    mastered_from: str
    # (course_root, bloc) -> the bloc's rubrics by (notebook, cell), as authoring.rubrics.load_rubrics
    rubrics: Callable[[Path, str], dict[tuple[str, str], Rubric]]
    # (db_url, bloc) -> the bloc's saved judgements, as marking.store.judgements
    judgements: Callable[[str, str], list[Judgement]]
    # (course_root, db_url, bloc) -> the jury's grades of the bloc's oral, as marking.jury.oral_evidence
    orals: Callable[[Path, str, str], OralRecords] = no_oral

    @classmethod
    def standard(cls) -> RubricSource:
        # The store loads nbgrader's database layer: only a report on a real course needs it.
        from cmcert_lib.marking.jury import oral_evidence
        from cmcert_lib.marking.store import judgements

        def load(course_root: Path, bloc: str) -> dict[tuple[str, str], Rubric]:
            if not Course(Path(course_root)).rubric_file(bloc).is_file():
                return {}
            return load_rubrics(Path(course_root), bloc)

        return cls(
            levels=tuple((level.key, level.label) for level in LEVELS),
            mastered_from=MASTERED_FROM,
            rubrics=load,
            judgements=judgements,
            orals=oral_evidence,
        )

    def label(self, key: str | None) -> str:
        return self._labels.get(key or "", key or "")

    def rank(self, key: str) -> int:
        return self._ranks.get(key, -1)

    # Asked for every piece of evidence of every candidate: built once per source.
    @cached_property
    def _labels(self) -> dict[str, str]:
        return dict(self.levels)

    @cached_property
    def _ranks(self) -> dict[str, int]:
        ranks: dict[str, int] = {}
        for rank, (key, _label) in enumerate(self.levels):
            ranks.setdefault(key, rank)
        return ranks
