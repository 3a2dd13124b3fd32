"""Rubric grades in the course's gradebook: per-criterion levels beside nbgrader's own tables.

nbgrader keeps one score and one comment per cell.  Saving a rubric grade writes,
in one transaction of nbgrader's :class:`~nbgrader.api.Gradebook` session:

- our two tables (created on demand in the same database): ``cmcert_rubric_grade``
  (one row per candidate and cell: revision, score, free comment, who saved it,
  whether it must be reviewed) and ``cmcert_rubric_judgement`` (one row per
  criterion: level, remark, points, and the criterion's fingerprint);
- nbgrader's ``Grade.manual_score`` and ``Comment.manual_comment`` (French: one
  line per criterion, then the free comment), which formgrader and the feedback
  pages already show.

Two trainers saving the same cell never silently lose a grade: a save states the
revision it was based on and the row is updated only ``WHERE revision =
:expected``; if someone saved in between, :class:`ConcurrentEdit` is raised and
nothing is written.

Re-autograding (``cmcert grade``) never touches these tables, and nbgrader's
``SaveAutoGrades`` keeps an existing ``manual_score`` (it only marks the cell as
needing a manual look again, since the answer may have changed).
"""

from __future__ import annotations

import contextlib
import functools
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from cmcert_lib.authoring.rubrics import (
    LEVEL_KEYS,
    MASTERED_FROM,
    Rubric,
    level_label,
    load_rubrics,
)
from cmcert_lib.facts import french

__all__ = [
    "ConcurrentEdit",
    "Judgement",
    "RecomputeReport",
    "SavedCell",
    "cell_revision",
    "claim_revision",
    "judgements",
    "load_cell",
    "nbgrader_comment",
    "open_gradebook",
    "recompute",
    "save_cell",
]

GRADE_TABLE = "cmcert_rubric_grade"
JUDGEMENT_TABLE = "cmcert_rubric_judgement"

# Plain SQL both engines read alike: TEXT, INTEGER (booleans as 0/1), DOUBLE PRECISION (SQLite's REAL; on
# PostgreSQL REAL would be a 4-byte float and round 0.1 points), no AUTOINCREMENT, natural primary keys.
_SCHEMA = (
    f"""CREATE TABLE IF NOT EXISTS {GRADE_TABLE} (
        bloc TEXT NOT NULL, notebook TEXT NOT NULL, cell TEXT NOT NULL, student TEXT NOT NULL,
        revision INTEGER NOT NULL, score DOUBLE PRECISION NOT NULL, max_points DOUBLE PRECISION NOT NULL,
        comment TEXT NOT NULL, grader TEXT NOT NULL, saved_at TEXT NOT NULL,
        needs_review INTEGER NOT NULL DEFAULT 0, review_reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (bloc, notebook, cell, student))""",
    f"""CREATE TABLE IF NOT EXISTS {JUDGEMENT_TABLE} (
        bloc TEXT NOT NULL, notebook TEXT NOT NULL, cell TEXT NOT NULL, student TEXT NOT NULL,
        criterion TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL,
        referential TEXT NOT NULL, level TEXT NOT NULL, remark TEXT NOT NULL,
        points DOUBLE PRECISION NOT NULL, max_points DOUBLE PRECISION NOT NULL, competencies TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        PRIMARY KEY (bloc, notebook, cell, student, criterion))""",
)


class ConcurrentEdit(RuntimeError):
    """Someone saved this cell since it was loaded; the message (French) says what to do."""


@dataclass(frozen=True)
class Judgement:
    """One criterion of one candidate's rubric grade, as saved."""

    student: str
    bloc: str
    notebook: str
    cell: str
    criterion: str
    level: str
    remark: str
    points: float
    max_points: float
    competencies: tuple[str, ...]
    grader: str
    saved_at: str  # ISO 8601, UTC
    needs_review: bool  # the rubric changed since: a trainer must look at it again
    title: str = ""
    referential: str = ""


@dataclass(frozen=True)
class SavedCell:
    """A candidate's saved rubric grade on one cell, as the grading tool reloads it."""

    revision: int
    levels: dict[str, str]
    remarks: dict[str, str]
    comment: str
    score: float
    grader: str
    saved_at: str
    needs_review: bool
    review_reason: str
    judgements: tuple[Judgement, ...] = ()


@dataclass
class RecomputeReport:
    bloc: str
    rescored: list[tuple[str, str, str, float, float]] = field(default_factory=list)  # student, nb, cell, old, new
    flagged: list[tuple[str, str, str, str]] = field(default_factory=list)  # student, nb, cell, reason
    unchanged: int = 0
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # saved meanwhile by someone

    def summary(self) -> str:
        lines = [(f"Recalcul des grilles de {self.bloc} : {len(self.rescored)} note(s) recalculée(s), "
                 f"{len(self.flagged)} réponse(s) à revoir, {self.unchanged} inchangée(s).")]
        for student, notebook, cell, old, new in self.rescored:
            lines.append(f"  recalculée : {student}, {notebook}/{cell} : {_fr(old)} → {_fr(new)} point(s)")
        for student, notebook, cell, reason in self.flagged:
            lines.append(f"  à revoir : {student}, {notebook}/{cell} : {reason}")
        for student, notebook, cell in self.skipped:
            lines.append(f"  non traitée (enregistrée pendant le recalcul, relancez) : {student}, {notebook}/{cell}")
        return "\n".join(lines)


def _fr(number: float) -> str:
    return french.number(number, 4)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# The key of PostgreSQL's transaction lock around our ``CREATE TABLE IF NOT EXISTS`` (any fixed number).
_SCHEMA_LOCK = 0x636D6365  # "cmce"


def open_gradebook(db_url: str, schema: tuple[str, ...]) -> Gradebook:
    """nbgrader's gradebook, with tables of ours (``CREATE TABLE IF NOT EXISTS`` statements) made on demand."""
    gb = Gradebook(db_url)
    if gb.engine.dialect.name == "postgresql":
        # Two first saves at once would both create the table: PostgreSQL's IF NOT EXISTS does not wait for
        # the other's uncommitted CREATE, and one fails on a catalogue's unique key. Queue them instead.
        gb.db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
    for statement in schema:
        gb.db.execute(text(statement))
    gb.db.commit()
    return gb


def _open(db_url: str) -> Gradebook:
    return open_gradebook(db_url, _SCHEMA)


def claim_revision(db, insert: str, update: str, row: dict, expected: int) -> bool:
    """Take the next revision of a row, or say (False, rolled back) that someone else took it.

    ``expected`` 0: ``insert`` the row at revision 1 (a duplicate key means someone saved
    first); otherwise ``update`` must change exactly one row ``WHERE revision = :expected``.
    The claim is the transaction's first write, and what it locks is held until commit:
    on SQLite the database's write lock, so a concurrent save waits here and then sees the
    revision this one leaves; on PostgreSQL (READ COMMITTED, its default) the row, or for an
    insert the key in the primary key's index, so a concurrent ``update`` waits, re-reads the
    committed row, no longer matches ``revision = :expected`` and changes nothing, and a
    concurrent ``insert`` waits and then fails on the duplicate key.
    """
    if expected == 0:
        try:
            db.execute(text(insert), row)
        except IntegrityError:
            db.rollback()
            return False
        return True
    if db.execute(text(update), row).rowcount != 1:
        db.rollback()
        return False
    return True


# --- nbgrader's comment ----------------------------------------------------------


def nbgrader_comment(rubric: Rubric, levels: dict[str, str], remarks: dict[str, str], comment: str,
                     points: dict[str, float] | None = None) -> str:
    """The French comment (markdown) formgrader and the feedback show.

    One item per criterion, « Critère — Niveau (points) : remarque », then what to work on: each
    criterion below the level that proves it, with what that level asks for, then the free comment.
    """
    lines = []
    for crit in rubric.criteria:
        earned = points[crit.id] if points else crit.points_for(levels[crit.id])
        line = f"- {crit.title} — {level_label(levels[crit.id])} ({_fr(earned)}/{_fr(crit.max_points)} pt)"
        remark = remarks.get(crit.id, "").strip()
        lines.append(f"{line} : {remark}" if remark else line)
    proven = LEVEL_KEYS.index(MASTERED_FROM)
    to_work = [crit for crit in rubric.criteria if LEVEL_KEYS.index(levels[crit.id]) < proven]
    if to_work:
        lines += ["", "À travailler :"]
        lines += [f"- {crit.title} — pour atteindre « {level_label(MASTERED_FROM)} » : {crit.descriptors[proven]}"
                  for crit in to_work]
    if comment.strip():
        lines += ["", comment.strip()]
    return "\n".join(lines)


# --- saving ------------------------------------------------------------------------


def _check_levels(rubric: Rubric, levels: dict[str, str], remarks: dict[str, str]) -> None:
    ids = [c.id for c in rubric.criteria]
    missing = [c.title for c in rubric.criteria if not levels.get(c.id)]
    if missing:
        raise ValueError(f"Choisissez un niveau pour : {', '.join(missing)}.")
    unknown = sorted(set(levels) - set(ids)) + sorted(set(remarks) - set(ids))
    if unknown:
        raise ValueError(f"Critère(s) inconnu(s) pour {rubric.notebook}/{rubric.cell} : {', '.join(unknown)}.")
    for ident, level in levels.items():
        if level not in LEVEL_KEYS:
            raise ValueError(f"Niveau inconnu pour « {ident} » : {level!r}.")


def _find_nbgrader_rows(gb: Gradebook, rubric: Rubric, student: str):
    try:
        grade = gb.find_grade(rubric.cell, rubric.notebook, rubric.bloc, student)
        comment = gb.find_comment(rubric.cell, rubric.notebook, rubric.bloc, student)
    except MissingEntry:
        raise ValueError(
            f"Le carnet de notes n'a pas de copie de {student} pour {rubric.bloc}/{rubric.notebook} "
            f"(cellule {rubric.cell}) : lancez d'abord « cmcert grade {rubric.bloc} »."
        ) from None
    return grade, comment


def _key(rubric_or_bloc, notebook=None, cell=None, student=None) -> dict:
    if isinstance(rubric_or_bloc, Rubric):
        return {"bloc": rubric_or_bloc.bloc, "notebook": rubric_or_bloc.notebook,
                "cell": rubric_or_bloc.cell, "student": student}
    return {"bloc": rubric_or_bloc, "notebook": notebook, "cell": cell, "student": student}


_WHERE = "bloc = :bloc AND notebook = :notebook AND cell = :cell AND student = :student"


def _concurrent(rubric: Rubric, student: str, expected: int, actual: int | None) -> ConcurrentEdit:
    return ConcurrentEdit(
        f"La note de {student} pour {rubric.notebook}/{rubric.cell} a été enregistrée par quelqu'un "
        f"d'autre depuis que vous l'avez ouverte (version {actual or 0}, vous partiez de la version "
        f"{expected}). Rien n'a été écrit : la copie est rechargée avec la note enregistrée, "
        "reprenez votre correction à partir de celle-ci."
    )


def save_cell(db_url: str, rubric: Rubric, student: str, levels: dict[str, str], remarks: dict[str, str],
              comment: str, grader: str, expected_revision: int) -> int:
    """Save one candidate's rubric grade on one cell; return the new revision.

    Writes the per-criterion judgements, the cell's row, nbgrader's manual score and
    comment, all in one transaction.  Raises :class:`ConcurrentEdit` (nothing written)
    if the cell's revision is no longer ``expected_revision`` (0: never saved).
    """
    _check_levels(rubric, levels, remarks)
    score = rubric.score(levels)
    key = _key(rubric, student=student)
    row = dict(key, score=score, max_points=rubric.max_points, comment=comment.strip(),
               grader=grader, saved_at=_now(), expected=expected_revision)
    with _open(db_url) as gb:
        db = gb.db
        try:
            claimed = claim_revision(
                db,
                f"INSERT INTO {GRADE_TABLE} (bloc, notebook, cell, student, revision, score, "
                "max_points, comment, grader, saved_at, needs_review, review_reason) VALUES "
                "(:bloc, :notebook, :cell, :student, 1, :score, :max_points, :comment, :grader, "
                ":saved_at, 0, '')",
                f"UPDATE {GRADE_TABLE} SET revision = revision + 1, score = :score, "
                "max_points = :max_points, comment = :comment, grader = :grader, "
                f"saved_at = :saved_at, needs_review = 0, review_reason = '' WHERE {_WHERE} "
                "AND revision = :expected",
                row, expected_revision)
            if not claimed:
                raise _concurrent(rubric, student, expected_revision,
                                  cell_revision(db_url, rubric.bloc, rubric.notebook, rubric.cell, student))
            grade, nb_comment = _find_nbgrader_rows(gb, rubric, student)
            db.execute(text(f"DELETE FROM {JUDGEMENT_TABLE} WHERE {_WHERE}"), key)
            for position, crit in enumerate(rubric.criteria):
                db.execute(text(
                    f"INSERT INTO {JUDGEMENT_TABLE} (bloc, notebook, cell, student, criterion, position, "
                    "title, referential, level, remark, points, max_points, competencies, fingerprint) "
                    "VALUES (:bloc, :notebook, :cell, :student, :criterion, :position, :title, "
                    ":referential, :level, :remark, :points, :max_points, :competencies, :fingerprint)"),
                    dict(key, criterion=crit.id, position=position, title=crit.title,
                         referential=crit.referential, level=levels[crit.id],
                         remark=remarks.get(crit.id, "").strip(), points=crit.points_for(levels[crit.id]),
                         max_points=crit.max_points, competencies=json.dumps(list(crit.competencies)),
                         fingerprint=crit.fingerprint))
            grade.manual_score = score
            grade.needs_manual_grade = False
            nb_comment.manual_comment = nbgrader_comment(rubric, levels, remarks, comment)
            db.commit()
        except BaseException:
            db.rollback()
            raise
    return expected_revision + 1


# --- reading -----------------------------------------------------------------------


def _tables_exist(gb: Gradebook) -> bool:
    return GRADE_TABLE in inspect(gb.engine).get_table_names()


def cell_revision(db_url: str, bloc: str, notebook: str, cell: str, student: str) -> int:
    """The revision of a candidate's saved rubric grade on a cell (0 if never saved)."""
    with Gradebook(db_url) as gb:
        if not _tables_exist(gb):
            return 0
        value = gb.db.execute(text(f"SELECT revision FROM {GRADE_TABLE} WHERE {_WHERE}"),
                              _key(bloc, notebook, cell, student)).scalar()
    return int(value or 0)


_JUDGEMENT_SELECT = (
    f"SELECT j.student, j.bloc, j.notebook, j.cell, j.criterion, j.level, j.remark, j.points, "
    f"j.max_points, j.competencies, g.grader, g.saved_at, g.needs_review, j.title, j.referential "
    f"FROM {JUDGEMENT_TABLE} j JOIN {GRADE_TABLE} g ON g.bloc = j.bloc AND g.notebook = j.notebook "
    f"AND g.cell = j.cell AND g.student = j.student"
)


@functools.lru_cache(maxsize=4096)
def _codes(stored: str) -> tuple[str, ...]:
    # A criterion's competencies, the same few lists on every candidate's row.
    return tuple(json.loads(stored))


def _judgement(row) -> Judgement:
    return Judgement(row[0], row[1], row[2], row[3], row[4], row[5], row[6], float(row[7]),
                     float(row[8]), _codes(row[9]), row[10], row[11], bool(row[12]),
                     row[13], row[14])


def judgements(db_url: str, bloc: str) -> list[Judgement]:
    """The current rubric grades of a bloc, one entry per candidate, cell and criterion."""
    with Gradebook(db_url) as gb:
        if not _tables_exist(gb):
            return []
        rows = gb.db.execute(text(
            f"{_JUDGEMENT_SELECT} WHERE j.bloc = :bloc "
            "ORDER BY j.student, j.notebook, j.cell, j.position"), {"bloc": bloc}).all()
    return [_judgement(r) for r in rows]


def load_cell(db_url: str, bloc: str, notebook: str, cell: str, student: str) -> SavedCell | None:
    """A candidate's saved rubric grade on a cell, or None if never saved."""
    key = _key(bloc, notebook, cell, student)
    with Gradebook(db_url) as gb:
        if not _tables_exist(gb):
            return None
        head = gb.db.execute(text(
            f"SELECT revision, comment, score, grader, saved_at, needs_review, review_reason "
            f"FROM {GRADE_TABLE} WHERE {_WHERE}"), key).first()
        if head is None:
            return None
        rows = gb.db.execute(text(
            f"{_JUDGEMENT_SELECT} WHERE j.bloc = :bloc AND j.notebook = :notebook AND j.cell = :cell "
            "AND j.student = :student ORDER BY j.position"), key).all()
    found = tuple(_judgement(r) for r in rows)
    return SavedCell(int(head[0]), {j.criterion: j.level for j in found},
                     {j.criterion: j.remark for j in found if j.remark}, head[1], float(head[2]),
                     head[3], head[4], bool(head[5]), head[6], found)


# --- after a rubric change ------------------------------------------------------


def _review_reason(rubric: Rubric | None, saved: dict[str, tuple[str, str]]) -> str:
    """Why saved judgements (criterion -> (fingerprint, level)) no longer fit the rubric; "" if they do."""
    if rubric is None:
        return "la question n'a plus de grille"
    current = {c.id: c for c in rubric.criteria}
    parts = []
    gone = [ident for ident in saved if ident not in current]
    new = [c.title for c in rubric.criteria if c.id not in saved]
    changed = [current[i].title for i, (fp, _lvl) in saved.items() if i in current and current[i].fingerprint != fp]
    if gone:
        parts.append(f"critère(s) retiré(s) : {', '.join(gone)}")
    if new:
        parts.append(f"critère(s) ajouté(s) : {', '.join(new)}")
    if changed:
        parts.append(f"critère(s) ou niveaux modifiés : {', '.join(changed)}")
    return " ; ".join(parts)


def recompute(db_url: str, course_root: Path, bloc: str) -> RecomputeReport:
    """Bring saved rubric grades in line with the current rubrics, in one transaction.

    Only the points changed: every saved cell is rescored (judgements, our score and
    nbgrader's manual score and comment).  A criterion or the level set changed (another
    fingerprint, a criterion gone or added): the old judgements and score are kept as
    they are, the cell is flagged « à revoir » (and nbgrader's cell needs a manual grade
    again) until a trainer saves it anew.
    """
    rubrics = load_rubrics(Path(course_root), bloc)
    report = RecomputeReport(bloc)
    with _open(db_url) as gb:
        db = gb.db
        try:
            heads = db.execute(text(
                f"SELECT notebook, cell, student, revision, score, comment, needs_review, review_reason "
                f"FROM {GRADE_TABLE} WHERE bloc = :bloc ORDER BY notebook, cell, student"),
                {"bloc": bloc}).all()
            for head in heads:
                _recompute_cell(gb, bloc, rubrics, _SavedCell(*head), report)
            db.commit()
        except BaseException:
            db.rollback()
            raise
    return report


@dataclass(frozen=True)
class _SavedCell:
    """One row of the grades table, as :func:`recompute` reads it."""

    notebook: str
    cell: str
    student: str
    revision: int
    score: float
    comment: str
    needs_review: bool
    review_reason: str


def _recompute_cell(gb, bloc: str, rubrics: dict, saved: _SavedCell, report: RecomputeReport) -> None:
    key = _key(bloc, saved.notebook, saved.cell, saved.student)
    rows = gb.db.execute(text(
        f"SELECT criterion, fingerprint, level, remark, points, max_points FROM {JUDGEMENT_TABLE} "
        f"WHERE {_WHERE} ORDER BY position"), key).all()
    judged = {r[0]: (r[1], r[2]) for r in rows}
    rubric = rubrics.get((saved.notebook, saved.cell))
    reason = _review_reason(rubric, judged)
    if reason:
        _flag_for_review(gb, bloc, key, saved, reason, report)
    else:
        _rescore(gb, rubric, key, saved, rows, report)


def _flag_for_review(gb, bloc: str, key: dict, saved: _SavedCell, reason: str, report: RecomputeReport) -> None:
    """The rubric changed under the judgement: keep it, flag the cell « à revoir »."""
    where = (saved.student, saved.notebook, saved.cell)
    if saved.needs_review and saved.review_reason == reason:
        report.flagged.append((*where, reason))
        return
    done = gb.db.execute(text(
        f"UPDATE {GRADE_TABLE} SET revision = revision + 1, needs_review = 1, "
        f"review_reason = :reason WHERE {_WHERE} AND revision = :rev"),
        dict(key, reason=reason, rev=saved.revision))
    if done.rowcount != 1:
        report.skipped.append(where)
        return
    with contextlib.suppress(MissingEntry):
        gb.find_grade(saved.cell, saved.notebook, bloc, saved.student).needs_manual_grade = True
    report.flagged.append((*where, reason))


def _rescore(gb, rubric: Rubric, key: dict, saved: _SavedCell, rows: list, report: RecomputeReport) -> None:
    """Only the points changed: the same levels, scored with today's points."""
    where = (saved.student, saved.notebook, saved.cell)
    levels = {r[0]: r[2] for r in rows}
    remarks = {r[0]: r[3] for r in rows if r[3]}
    new_points = {c.id: c.points_for(levels[c.id]) for c in rubric.criteria}
    stale = any(abs(r[4] - new_points[r[0]]) > 1e-9
                or abs(r[5] - rubric.criterion(r[0]).max_points) > 1e-9 for r in rows)
    if not stale and not saved.needs_review:
        report.unchanged += 1
        return
    new_score = sum(new_points.values())
    done = gb.db.execute(text(
        f"UPDATE {GRADE_TABLE} SET revision = revision + 1, score = :score, "
        "max_points = :max_points, needs_review = 0, review_reason = '' "
        f"WHERE {_WHERE} AND revision = :rev"),
        dict(key, score=new_score, max_points=rubric.max_points, rev=saved.revision))
    if done.rowcount != 1:
        report.skipped.append(where)
        return
    for crit in rubric.criteria:
        gb.db.execute(text(
            f"UPDATE {JUDGEMENT_TABLE} SET points = :points, max_points = :max_points "
            f"WHERE {_WHERE} AND criterion = :criterion"),
            dict(key, criterion=crit.id, points=new_points[crit.id], max_points=crit.max_points))
    try:
        grade, nb_comment = _find_nbgrader_rows(gb, rubric, saved.student)
    except ValueError:
        pass
    else:
        grade.manual_score = new_score
        grade.needs_manual_grade = False
        nb_comment.manual_comment = nbgrader_comment(rubric, levels, remarks, saved.comment)
    if stale:
        report.rescored.append((*where, float(saved.score), new_score))
    else:
        report.unchanged += 1  # a rubric reverted to what the judgement was made on
