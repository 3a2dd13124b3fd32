"""Rubric grades in the gradebook: scores, nbgrader's fields, concurrency, rubric changes, regrading."""

from __future__ import annotations

import os
import re
import shutil
import warnings
from pathlib import Path

import pytest
from nbgrader.api import Gradebook
from sqlalchemy.exc import SAWarning

from cmcert_lib.authoring.rubrics import load_rubrics, manual_cells
from cmcert_lib.layout import BIN
from cmcert_lib.marking import store
from tests.conftest import ROOT, copy_course

BLOC = "bloc1"
STUDENTS = ("alice", "bruno")


def minimal_gradebook(path: Path, course_root: Path = ROOT) -> str:
    """A gradebook holding bloc1's manual cells and two submissions, built with nbgrader's API."""
    url = f"sqlite:///{path}"
    # nbgrader runs `alembic` from PATH when it creates a gradebook.
    os.environ["PATH"] = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"
    with Gradebook(url) as gb:
        gb.add_assignment(BLOC)
        cells = manual_cells(course_root / "source" / BLOC)
        for notebook in sorted({nb for nb, _ in cells}):
            gb.add_notebook(notebook, BLOC)
        for (notebook, cell), info in cells.items():
            gb.add_grade_cell(cell, notebook, BLOC, max_score=info.points, cell_type="markdown")
            gb.add_solution_cell(cell, notebook, BLOC)
        for student in STUDENTS:
            gb.add_student(student)
            with warnings.catch_warnings():
                # nbgrader 0.9.6's add_submission under SQLAlchemy 2.1: an autoflush warning on an
                # object it adds just after; the rows are created all the same (the tests read them).
                warnings.filterwarnings("ignore", category=SAWarning, message=".*not in session.*")
                gb.add_submission(BLOC, student)
    return url


@pytest.fixture
def course(tmp_path):
    return copy_course(tmp_path / "cours")


@pytest.fixture(scope="module")
def template_gradebook(tmp_path_factory) -> Path:
    # Creating a gradebook runs nbgrader's migrations (seconds): once per module, copied per test.
    path = tmp_path_factory.mktemp("gradebook") / "gradebook.db"
    minimal_gradebook(path)
    return path


@pytest.fixture
def db(tmp_path, template_gradebook):
    path = tmp_path / "gradebook.db"
    shutil.copy(template_gradebook, path)
    return f"sqlite:///{path}"


@pytest.fixture
def rubric():
    return load_rubrics(ROOT, BLOC)[("01_brief", "reformulation")]


def nbgrader_fields(url, rubric, student):
    with Gradebook(url) as gb:
        grade = gb.find_grade(rubric.cell, rubric.notebook, BLOC, student)
        comment = gb.find_comment(rubric.cell, rubric.notebook, BLOC, student)
        return grade.manual_score, grade.needs_manual_grade, comment.manual_comment


LEVELS = {"situation": "acquis", "problematique": "maitrise", "enjeux_attentes": "en_cours"}


def test_save_computes_the_score_and_fills_nbgrader_fields(db, rubric):
    assert store.cell_revision(db, BLOC, rubric.notebook, rubric.cell, "alice") == 0
    revision = store.save_cell(db, rubric, "alice", LEVELS, {"problematique": "Très juste."},
                               "Bonne base.", "formatrice", expected_revision=0)
    assert revision == 1 == store.cell_revision(db, BLOC, rubric.notebook, rubric.cell, "alice")
    score, needs_manual, comment = nbgrader_fields(db, rubric, "alice")
    assert score == pytest.approx(0.75 + 1 + 0.25)  # acquis, maîtrisé, en cours (hand-computed)
    assert needs_manual is False
    enjeux = rubric.criterion("enjeux_attentes")
    assert comment.splitlines() == [
        "- Situation de la marque résumée — Acquis (0,75/1 pt)",
        "- Problématique posée — Maîtrisé (1/1 pt) : Très juste.",
        "- Enjeux et attentes de la cliente — En cours d'acquisition (0,25/1 pt)",
        "",
        "À travailler :",
        f"- Enjeux et attentes de la cliente — pour atteindre « Acquis » : {enjeux.descriptors[2]}",
        "",
        "Bonne base.",
    ]
    found = store.judgements(db, BLOC)
    assert [(j.criterion, j.level, j.points, j.max_points) for j in found] == [
        ("situation", "acquis", 0.75, 1.0),
        ("problematique", "maitrise", 1.0, 1.0),
        ("enjeux_attentes", "en_cours", 0.25, 1.0),
    ]
    assert all(j.student == "alice" and j.grader == "formatrice" and not j.needs_review for j in found)
    assert found[0].competencies == ("C1.1.1",)
    saved = store.load_cell(db, BLOC, rubric.notebook, rubric.cell, "alice")
    assert saved.levels == LEVELS and saved.remarks == {"problematique": "Très juste."}
    assert saved.comment == "Bonne base." and saved.revision == 1
    # The other candidate is untouched.
    assert nbgrader_fields(db, rubric, "bruno")[0] is None


def test_saving_again_replaces_the_grade(db, rubric):
    store.save_cell(db, rubric, "alice", LEVELS, {}, "", "f1", 0)
    revision = store.save_cell(db, rubric, "alice", dict.fromkeys(LEVELS, "non_acquis"), {}, "", "f1", 1)
    assert revision == 2
    assert nbgrader_fields(db, rubric, "alice")[0] == 0
    assert {j.level for j in store.judgements(db, BLOC)} == {"non_acquis"}


def test_incomplete_or_unknown_levels_are_refused(db, rubric):
    with pytest.raises(ValueError, match="Choisissez un niveau pour : Problématique posée"):
        store.save_cell(db, rubric, "alice", {"situation": "acquis", "enjeux_attentes": "acquis"}, {}, "", "f", 0)
    with pytest.raises(ValueError, match="Niveau inconnu"):
        store.save_cell(db, rubric, "alice", dict(LEVELS, situation="excellent"), {}, "", "f", 0)
    with pytest.raises(ValueError, match="cmcert grade"):
        store.save_cell(db, rubric, "inconnu", LEVELS, {}, "", "f", 0)
    assert store.judgements(db, BLOC) == []


def test_two_trainers_on_the_same_revision_the_second_is_told(db, rubric):
    # Both opened the never-saved cell (revision 0).
    store.save_cell(db, rubric, "alice", LEVELS, {}, "Premier avis.", "formatrice A", 0)
    with pytest.raises(store.ConcurrentEdit, match="enregistrée par quelqu'un d'autre"):
        store.save_cell(db, rubric, "alice", dict.fromkeys(LEVELS, "maitrise"), {}, "Second avis.",
                        "formateur B", 0)
    # Nothing lost: the first grade is whole, in our tables and in nbgrader's.
    saved = store.load_cell(db, BLOC, rubric.notebook, rubric.cell, "alice")
    assert saved.grader == "formatrice A" and saved.levels == LEVELS and saved.revision == 1
    assert nbgrader_fields(db, rubric, "alice")[2].endswith("Premier avis.")
    # Same on a later revision: both loaded revision 1.
    store.save_cell(db, rubric, "alice", dict.fromkeys(LEVELS, "acquis"), {}, "A bis", "formatrice A", 1)
    with pytest.raises(store.ConcurrentEdit, match="version 2, vous partiez de la version 1"):
        store.save_cell(db, rubric, "alice", dict.fromkeys(LEVELS, "maitrise"), {}, "B bis", "formateur B", 1)
    assert nbgrader_fields(db, rubric, "alice")[0] == pytest.approx(2.25)
    # B reloads and saves on top of A's grade.
    assert store.save_cell(db, rubric, "alice", dict.fromkeys(LEVELS, "maitrise"), {}, "", "formateur B", 2) == 3


def test_concurrent_sessions_really_concurrent(db, rubric):
    """Two threads save the same cell from revision 0: exactly one wins, the other is told."""
    from concurrent.futures import ThreadPoolExecutor

    def attempt(grader):
        try:
            store.save_cell(db, rubric, "bruno", LEVELS, {}, grader, grader, 0)
            return "ok"
        except store.ConcurrentEdit:
            return "conflict"

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = sorted(pool.map(attempt, ["A", "B"]))
    assert outcomes == ["conflict", "ok"]
    assert store.cell_revision(db, BLOC, rubric.notebook, rubric.cell, "bruno") == 1


def _edit_rubric(course, old: str, new: str, count: int = 1) -> None:
    path = course.root / "course" / BLOC / "rubriques.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_changing_points_rescores_every_saved_cell(db, course, rubric):
    store.save_cell(db, rubric, "alice", LEVELS, {"situation": "Chiffres exacts."}, "", "f", 0)
    store.save_cell(db, rubric, "bruno", dict.fromkeys(LEVELS, "acquis"), {}, "", "f", 0)
    # The trainers decide « acquis » is worth 0.5 on the first two criteria (maxima, hence the
    # cell's 3 points, unchanged).
    path = course.root / "course" / BLOC / "rubriques.toml"
    text = path.read_text(encoding="utf-8")
    head, sep, tail = text.partition('cellule = "reformulation"')
    tail = tail.replace("points = [0, 0.25, 0.75, 1]", "points = [0, 0.25, 0.5, 1]", 2)
    path.write_text(head + sep + tail, encoding="utf-8")
    report = store.recompute(db, course.root, BLOC)
    # alice: acquis 0.5 + maîtrisé 1 + en cours 0.25 = 1.75 (was 2); bruno: 0.5 + 0.5 + 0.75 = 1.75 (was 2.25)
    assert sorted((s, old, new) for s, _nb, _c, old, new in report.rescored) == [
        ("alice", 2.0, 1.75), ("bruno", 2.25, 1.75)]
    assert report.flagged == []
    assert nbgrader_fields(db, rubric, "alice")[0] == pytest.approx(1.75)
    assert nbgrader_fields(db, rubric, "bruno")[0] == pytest.approx(1.75)
    assert "Situation de la marque résumée — Acquis (0,5/1 pt) : Chiffres exacts." in \
        nbgrader_fields(db, rubric, "alice")[2]
    assert "recalculée : alice, 01_brief/reformulation : 2 → 1,75 point(s)" in report.summary()
    # The levels did not move, and the revision did: a trainer who had it open must reload.
    assert store.load_cell(db, BLOC, rubric.notebook, rubric.cell, "alice").levels == LEVELS
    assert store.cell_revision(db, BLOC, rubric.notebook, rubric.cell, "alice") == 2
    # Recomputing again changes nothing.
    again = store.recompute(db, course.root, BLOC)
    assert again.rescored == [] and again.unchanged == 2


def test_changing_a_criterion_keeps_judgements_and_flags_the_cell(db, course, rubric):
    store.save_cell(db, rubric, "alice", LEVELS, {}, "Avis.", "f", 0)
    before = store.judgements(db, BLOC)
    _edit_rubric(course, 'titre = "Problématique posée"', 'titre = "Problématique posée et justifiée"')
    report = store.recompute(db, course.root, BLOC)
    assert report.rescored == []
    assert [(s, c) for s, _nb, c, _r in report.flagged] == [("alice", "reformulation")]
    assert "modifiés : Problématique posée et justifiée" in report.flagged[0][3]
    assert "à revoir : alice, 01_brief/reformulation" in report.summary()
    after = store.judgements(db, BLOC)
    assert [(j.criterion, j.level, j.points) for j in after] == [(j.criterion, j.level, j.points) for j in before]
    assert all(j.needs_review for j in after)
    score, needs_manual, comment = nbgrader_fields(db, rubric, "alice")
    assert score == pytest.approx(2.0) and needs_manual is True and comment.endswith("Avis.")
    # A new save with the changed rubric clears the flag.
    changed = load_rubrics(course.root, BLOC)[("01_brief", "reformulation")]
    store.save_cell(db, changed, "alice", LEVELS, {}, "Revu.", "f", 2)
    assert not any(j.needs_review for j in store.judgements(db, BLOC))
    assert store.recompute(db, course.root, BLOC).flagged == []


def test_a_removed_criterion_is_flagged_too(db, course, rubric):
    store.save_cell(db, rubric, "alice", LEVELS, {}, "", "f", 0)
    path = course.root / "course" / BLOC / "rubriques.toml"
    text = path.read_text(encoding="utf-8")
    # Merge « enjeux_attentes » into « problematique »: one criterion gone, points kept at 3.
    start = text.index('[[rubrique.critere]]\nid = "enjeux_attentes"')
    end = text.index("[[rubrique]]", start)
    text = text[:start] + text[end:]
    text = re.sub(r'(id = "problematique"(?:.|\n)*?points = )\[0, 0.25, 0.75, 1\]', r"\1[0, 0.5, 1.5, 2]", text,
                  count=1)
    path.write_text(text, encoding="utf-8")
    report = store.recompute(db, course.root, BLOC)
    assert "critère(s) retiré(s) : enjeux_attentes" in report.flagged[0][3]
    assert len(store.judgements(db, BLOC)) == 3  # old judgements kept, including the removed criterion
